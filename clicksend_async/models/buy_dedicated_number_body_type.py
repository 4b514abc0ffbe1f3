from typing import Literal

BuyDedicatedNumberBodyType = Literal["mms", "sms"]

BUY_DEDICATED_NUMBER_BODY_TYPE_VALUES: set[BuyDedicatedNumberBodyType] = {
    "mms",
    "sms",
}


def check_buy_dedicated_number_body_type(value: str) -> BuyDedicatedNumberBodyType:
    if value in BUY_DEDICATED_NUMBER_BODY_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BUY_DEDICATED_NUMBER_BODY_TYPE_VALUES!r}")
