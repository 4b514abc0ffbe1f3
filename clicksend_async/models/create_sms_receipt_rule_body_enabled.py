from typing import Literal

CreateSmsReceiptRuleBodyEnabled = Literal[0, 1]

CREATE_SMS_RECEIPT_RULE_BODY_ENABLED_VALUES: set[CreateSmsReceiptRuleBodyEnabled] = {
    0,
    1,
}


def check_create_sms_receipt_rule_body_enabled(value: int) -> CreateSmsReceiptRuleBodyEnabled:
    if value in CREATE_SMS_RECEIPT_RULE_BODY_ENABLED_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_SMS_RECEIPT_RULE_BODY_ENABLED_VALUES!r}")
