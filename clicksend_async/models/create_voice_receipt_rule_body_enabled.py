from typing import Literal

CreateVoiceReceiptRuleBodyEnabled = Literal[0, 1]

CREATE_VOICE_RECEIPT_RULE_BODY_ENABLED_VALUES: set[CreateVoiceReceiptRuleBodyEnabled] = {
    0,
    1,
}


def check_create_voice_receipt_rule_body_enabled(value: int) -> CreateVoiceReceiptRuleBodyEnabled:
    if value in CREATE_VOICE_RECEIPT_RULE_BODY_ENABLED_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_VOICE_RECEIPT_RULE_BODY_ENABLED_VALUES!r}")
