from typing import Literal

UpdateSmsInboundRuleBodyAction = Literal[
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

UPDATE_SMS_INBOUND_RULE_BODY_ACTION_VALUES: set[UpdateSmsInboundRuleBodyAction] = {
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


def check_update_sms_inbound_rule_body_action(value: str) -> UpdateSmsInboundRuleBodyAction:
    if value in UPDATE_SMS_INBOUND_RULE_BODY_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPDATE_SMS_INBOUND_RULE_BODY_ACTION_VALUES!r}")
