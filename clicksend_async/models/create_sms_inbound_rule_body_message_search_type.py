from typing import Literal

CreateSmsInboundRuleBodyMessageSearchType = Literal[0, 1, 2, 3]

CREATE_SMS_INBOUND_RULE_BODY_MESSAGE_SEARCH_TYPE_VALUES: set[CreateSmsInboundRuleBodyMessageSearchType] = {
    0,
    1,
    2,
    3,
}


def check_create_sms_inbound_rule_body_message_search_type(value: int) -> CreateSmsInboundRuleBodyMessageSearchType:
    if value in CREATE_SMS_INBOUND_RULE_BODY_MESSAGE_SEARCH_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_SMS_INBOUND_RULE_BODY_MESSAGE_SEARCH_TYPE_VALUES!r}"
    )
