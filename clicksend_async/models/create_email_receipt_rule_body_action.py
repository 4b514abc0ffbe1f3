from typing import Literal

CreateEmailReceiptRuleBodyAction = Literal[
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

CREATE_EMAIL_RECEIPT_RULE_BODY_ACTION_VALUES: set[CreateEmailReceiptRuleBodyAction] = {
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


def check_create_email_receipt_rule_body_action(value: str) -> CreateEmailReceiptRuleBodyAction:
    if value in CREATE_EMAIL_RECEIPT_RULE_BODY_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_EMAIL_RECEIPT_RULE_BODY_ACTION_VALUES!r}")
