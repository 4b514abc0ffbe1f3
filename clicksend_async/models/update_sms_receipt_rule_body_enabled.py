from typing import Literal

UpdateSmsReceiptRuleBodyEnabled = Literal[0, 1]

UPDATE_SMS_RECEIPT_RULE_BODY_ENABLED_VALUES: set[UpdateSmsReceiptRuleBodyEnabled] = {
    0,
    1,
}


def check_update_sms_receipt_rule_body_enabled(value: int) -> UpdateSmsReceiptRuleBodyEnabled:
    if value in UPDATE_SMS_RECEIPT_RULE_BODY_ENABLED_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPDATE_SMS_RECEIPT_RULE_BODY_ENABLED_VALUES!r}")
