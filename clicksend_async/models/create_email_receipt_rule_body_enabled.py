from typing import Literal

CreateEmailReceiptRuleBodyEnabled = Literal[0, 1]

CREATE_EMAIL_RECEIPT_RULE_BODY_ENABLED_VALUES: set[CreateEmailReceiptRuleBodyEnabled] = {
    0,
    1,
}


def check_create_email_receipt_rule_body_enabled(value: int) -> CreateEmailReceiptRuleBodyEnabled:
    if value in CREATE_EMAIL_RECEIPT_RULE_BODY_ENABLED_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_EMAIL_RECEIPT_RULE_BODY_ENABLED_VALUES!r}")
