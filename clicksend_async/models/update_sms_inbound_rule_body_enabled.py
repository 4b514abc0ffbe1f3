from typing import Literal

UpdateSmsInboundRuleBodyEnabled = Literal[0, 1]

UPDATE_SMS_INBOUND_RULE_BODY_ENABLED_VALUES: set[UpdateSmsInboundRuleBodyEnabled] = {
    0,
    1,
}


def check_update_sms_inbound_rule_body_enabled(value: int) -> UpdateSmsInboundRuleBodyEnabled:
    if value in UPDATE_SMS_INBOUND_RULE_BODY_ENABLED_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPDATE_SMS_INBOUND_RULE_BODY_ENABLED_VALUES!r}")
