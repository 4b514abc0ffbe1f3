from typing import Literal

CreateDefaultSenderBodyProductType = Literal["SMS"]

CREATE_DEFAULT_SENDER_BODY_PRODUCT_TYPE_VALUES: set[CreateDefaultSenderBodyProductType] = {
    "SMS",
}


def check_create_default_sender_body_product_type(value: str) -> CreateDefaultSenderBodyProductType:
    if value in CREATE_DEFAULT_SENDER_BODY_PRODUCT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_DEFAULT_SENDER_BODY_PRODUCT_TYPE_VALUES!r}")
