from typing import Literal

RemoveDuplicateContactsBodyFieldsType0Item = Literal[
    "address_city",
    "address_country",
    "address_line_1",
    "address_postal_code",
    "email",
    "fax_number",
    "first_name",
    "last_name",
    "organization_name",
    "phone_number",
]

REMOVE_DUPLICATE_CONTACTS_BODY_FIELDS_TYPE_0_ITEM_VALUES: set[RemoveDuplicateContactsBodyFieldsType0Item] = {
    "address_city",
    "address_country",
    "address_line_1",
    "address_postal_code",
    "email",
    "fax_number",
    "first_name",
    "last_name",
    "organization_name",
    "phone_number",
}


def check_remove_duplicate_contacts_body_fields_type_0_item(value: str) -> RemoveDuplicateContactsBodyFieldsType0Item:
    if value in REMOVE_DUPLICATE_CONTACTS_BODY_FIELDS_TYPE_0_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REMOVE_DUPLICATE_CONTACTS_BODY_FIELDS_TYPE_0_ITEM_VALUES!r}"
    )
