from typing import Literal

UpdateVoiceReceiptRuleBodyAction = Literal[
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

UPDATE_VOICE_RECEIPT_RULE_BODY_ACTION_VALUES: set[UpdateVoiceReceiptRuleBodyAction] = {
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


def check_update_voice_receipt_rule_body_action(value: str) -> UpdateVoiceReceiptRuleBodyAction:
    if value in UPDATE_VOICE_RECEIPT_RULE_BODY_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPDATE_VOICE_RECEIPT_RULE_BODY_ACTION_VALUES!r}")
