from typing import Literal

UpdateSmsInboundRuleBodyMessageSearchType = Literal[0, 1, 2, 3]

UPDATE_SMS_INBOUND_RULE_BODY_MESSAGE_SEARCH_TYPE_VALUES: set[UpdateSmsInboundRuleBodyMessageSearchType] = {
    0,
    1,
    2,
    3,
}


def check_update_sms_inbound_rule_body_message_search_type(value: int) -> UpdateSmsInboundRuleBodyMessageSearchType:
    if value in UPDATE_SMS_INBOUND_RULE_BODY_MESSAGE_SEARCH_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_SMS_INBOUND_RULE_BODY_MESSAGE_SEARCH_TYPE_VALUES!r}"
    )
