from typing import Literal

CreateSmsInboundRuleBodyWebhookType = Literal["get", "json", "post"]

CREATE_SMS_INBOUND_RULE_BODY_WEBHOOK_TYPE_VALUES: set[CreateSmsInboundRuleBodyWebhookType] = {
    "get",
    "json",
    "post",
}


def check_create_sms_inbound_rule_body_webhook_type(value: str) -> CreateSmsInboundRuleBodyWebhookType:
    if value in CREATE_SMS_INBOUND_RULE_BODY_WEBHOOK_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_SMS_INBOUND_RULE_BODY_WEBHOOK_TYPE_VALUES!r}")
