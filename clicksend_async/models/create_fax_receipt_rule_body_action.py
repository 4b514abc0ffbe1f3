from typing import Literal

CreateFaxReceiptRuleBodyAction = Literal[
    "AUTO_REPLY",
    "CREATE_CONTACT",
    "CREATE_CONTACT_PLUS_EMAIL",
    "CREATE_CONTACT_PLUS_NAME",
    "CREATE_CONTACT_PLUS_NAME_EMAIL",
    "EMAIL_FIXED",
    "EMAIL_USER",
    "GROUP_SMS",
    "MOVE_CONTACT",
    "NONE",
    "POLL",
    "SMPP",
    "SMS",
    "URL",
]

CREATE_FAX_RECEIPT_RULE_BODY_ACTION_VALUES: set[CreateFaxReceiptRuleBodyAction] = {
    "AUTO_REPLY",
    "CREATE_CONTACT",
    "CREATE_CONTACT_PLUS_EMAIL",
    "CREATE_CONTACT_PLUS_NAME",
    "CREATE_CONTACT_PLUS_NAME_EMAIL",
    "EMAIL_FIXED",
    "EMAIL_USER",
    "GROUP_SMS",
    "MOVE_CONTACT",
    "NONE",
    "POLL",
    "SMPP",
    "SMS",
    "URL",
}


def check_create_fax_receipt_rule_body_action(value: str) -> CreateFaxReceiptRuleBodyAction:
    if value in CREATE_FAX_RECEIPT_RULE_BODY_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_FAX_RECEIPT_RULE_BODY_ACTION_VALUES!r}")
