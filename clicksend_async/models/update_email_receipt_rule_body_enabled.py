from typing import Literal

UpdateEmailReceiptRuleBodyEnabled = Literal[0, 1]

UPDATE_EMAIL_RECEIPT_RULE_BODY_ENABLED_VALUES: set[UpdateEmailReceiptRuleBodyEnabled] = {
    0,
    1,
}


def check_update_email_receipt_rule_body_enabled(value: int) -> UpdateEmailReceiptRuleBodyEnabled:
    if value in UPDATE_EMAIL_RECEIPT_RULE_BODY_ENABLED_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPDATE_EMAIL_RECEIPT_RULE_BODY_ENABLED_VALUES!r}")
