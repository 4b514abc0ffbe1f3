from typing import Literal

VoiceMessageInputMachineDetection = Literal[0, 1]

VOICE_MESSAGE_INPUT_MACHINE_DETECTION_VALUES: set[VoiceMessageInputMachineDetection] = {
    0,
    1,
}


def check_voice_message_input_machine_detection(value: int) -> VoiceMessageInputMachineDetection:
    if value in VOICE_MESSAGE_INPUT_MACHINE_DETECTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VOICE_MESSAGE_INPUT_MACHINE_DETECTION_VALUES!r}")
