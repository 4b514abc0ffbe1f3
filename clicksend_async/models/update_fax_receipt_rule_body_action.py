from typing import Literal

UpdateFaxReceiptRuleBodyAction = Literal[
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

UPDATE_FAX_RECEIPT_RULE_BODY_ACTION_VALUES: set[UpdateFaxReceiptRuleBodyAction] = {
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


def check_update_fax_receipt_rule_body_action(value: str) -> UpdateFaxReceiptRuleBodyAction:
    if value in UPDATE_FAX_RECEIPT_RULE_BODY_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPDATE_FAX_RECEIPT_RULE_BODY_ACTION_VALUES!r}")
