from typing import Literal

CreateFaxReceiptRuleBodyEnabled = Literal[0, 1]

CREATE_FAX_RECEIPT_RULE_BODY_ENABLED_VALUES: set[CreateFaxReceiptRuleBodyEnabled] = {
    0,
    1,
}


def check_create_fax_receipt_rule_body_enabled(value: int) -> CreateFaxReceiptRuleBodyEnabled:
    if value in CREATE_FAX_RECEIPT_RULE_BODY_ENABLED_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_FAX_RECEIPT_RULE_BODY_ENABLED_VALUES!r}")
