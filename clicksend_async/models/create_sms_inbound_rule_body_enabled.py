from typing import Literal

CreateSmsInboundRuleBodyEnabled = Literal[0, 1]

CREATE_SMS_INBOUND_RULE_BODY_ENABLED_VALUES: set[CreateSmsInboundRuleBodyEnabled] = {
    0,
    1,
}


def check_create_sms_inbound_rule_body_enabled(value: int) -> CreateSmsInboundRuleBodyEnabled:
    if value in CREATE_SMS_INBOUND_RULE_BODY_ENABLED_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_SMS_INBOUND_RULE_BODY_ENABLED_VALUES!r}")
