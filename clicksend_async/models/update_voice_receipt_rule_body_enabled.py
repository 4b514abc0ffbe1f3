from typing import Literal

UpdateVoiceReceiptRuleBodyEnabled = Literal[0, 1]

UPDATE_VOICE_RECEIPT_RULE_BODY_ENABLED_VALUES: set[UpdateVoiceReceiptRuleBodyEnabled] = {
    0,
    1,
}


def check_update_voice_receipt_rule_body_enabled(value: int) -> UpdateVoiceReceiptRuleBodyEnabled:
    if value in UPDATE_VOICE_RECEIPT_RULE_BODY_ENABLED_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPDATE_VOICE_RECEIPT_RULE_BODY_ENABLED_VALUES!r}")
