from typing import Literal

UpdateFaxReceiptRuleBodyEnabled = Literal[0, 1]

UPDATE_FAX_RECEIPT_RULE_BODY_ENABLED_VALUES: set[UpdateFaxReceiptRuleBodyEnabled] = {
    0,
    1,
}


def check_update_fax_receipt_rule_body_enabled(value: int) -> UpdateFaxReceiptRuleBodyEnabled:
    if value in UPDATE_FAX_RECEIPT_RULE_BODY_ENABLED_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPDATE_FAX_RECEIPT_RULE_BODY_ENABLED_VALUES!r}")
