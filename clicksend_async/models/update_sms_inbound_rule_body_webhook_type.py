from typing import Literal

UpdateSmsInboundRuleBodyWebhookType = Literal["get", "json", "post"]

UPDATE_SMS_INBOUND_RULE_BODY_WEBHOOK_TYPE_VALUES: set[UpdateSmsInboundRuleBodyWebhookType] = {
    "get",
    "json",
    "post",
}


def check_update_sms_inbound_rule_body_webhook_type(value: str) -> UpdateSmsInboundRuleBodyWebhookType:
    if value in UPDATE_SMS_INBOUND_RULE_BODY_WEBHOOK_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPDATE_SMS_INBOUND_RULE_BODY_WEBHOOK_TYPE_VALUES!r}")
