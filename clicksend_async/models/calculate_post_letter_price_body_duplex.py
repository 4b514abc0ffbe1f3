from typing import Literal

CalculatePostLetterPriceBodyDuplex = Literal[0, 1]

CALCULATE_POST_LETTER_PRICE_BODY_DUPLEX_VALUES: set[CalculatePostLetterPriceBodyDuplex] = {
    0,
    1,
}


def check_calculate_post_letter_price_body_duplex(value: int) -> CalculatePostLetterPriceBodyDuplex:
    if value in CALCULATE_POST_LETTER_PRICE_BODY_DUPLEX_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CALCULATE_POST_LETTER_PRICE_BODY_DUPLEX_VALUES!r}")
