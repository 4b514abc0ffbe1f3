from typing import Literal

AddInboundSmsWebhookBodyWebhookType = Literal["get", "json", "post"]

ADD_INBOUND_SMS_WEBHOOK_BODY_WEBHOOK_TYPE_VALUES: set[AddInboundSmsWebhookBodyWebhookType] = {
    "get",
    "json",
    "post",
}


def check_add_inbound_sms_webhook_body_webhook_type(value: str) -> AddInboundSmsWebhookBodyWebhookType:
    if value in ADD_INBOUND_SMS_WEBHOOK_BODY_WEBHOOK_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ADD_INBOUND_SMS_WEBHOOK_BODY_WEBHOOK_TYPE_VALUES!r}")
