from typing import Literal

SmsSenderSenderType = Literal["shared_longcode"]

SMS_SENDER_SENDER_TYPE_VALUES: set[SmsSenderSenderType] = {
    "shared_longcode",
}


def check_sms_sender_sender_type(value: str) -> SmsSenderSenderType:
    if value in SMS_SENDER_SENDER_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SMS_SENDER_SENDER_TYPE_VALUES!r}")
