from typing import Literal

CreateFaxInboundRuleBodyEnabled = Literal[0, 1]

CREATE_FAX_INBOUND_RULE_BODY_ENABLED_VALUES: set[CreateFaxInboundRuleBodyEnabled] = {
    0,
    1,
}


def check_create_fax_inbound_rule_body_enabled(value: int) -> CreateFaxInboundRuleBodyEnabled:
    if value in CREATE_FAX_INBOUND_RULE_BODY_ENABLED_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_FAX_INBOUND_RULE_BODY_ENABLED_VALUES!r}")
