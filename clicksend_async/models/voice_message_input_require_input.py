from typing import Literal

VoiceMessageInputRequireInput = Literal[0, 1]

VOICE_MESSAGE_INPUT_REQUIRE_INPUT_VALUES: set[VoiceMessageInputRequireInput] = {
    0,
    1,
}


def check_voice_message_input_require_input(value: int) -> VoiceMessageInputRequireInput:
    if value in VOICE_MESSAGE_INPUT_REQUIRE_INPUT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VOICE_MESSAGE_INPUT_REQUIRE_INPUT_VALUES!r}")
