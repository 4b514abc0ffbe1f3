from typing import Literal

UpdateFaxInboundRuleBodyEnabled = Literal[0, 1]

UPDATE_FAX_INBOUND_RULE_BODY_ENABLED_VALUES: set[UpdateFaxInboundRuleBodyEnabled] = {
    0,
    1,
}


def check_update_fax_inbound_rule_body_enabled(value: int) -> UpdateFaxInboundRuleBodyEnabled:
    if value in UPDATE_FAX_INBOUND_RULE_BODY_ENABLED_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPDATE_FAX_INBOUND_RULE_BODY_ENABLED_VALUES!r}")
