from typing import Literal

CalculatePostLetterPriceBodyColour = Literal[0, 1]

CALCULATE_POST_LETTER_PRICE_BODY_COLOUR_VALUES: set[CalculatePostLetterPriceBodyColour] = {
    0,
    1,
}


def check_calculate_post_letter_price_body_colour(value: int) -> CalculatePostLetterPriceBodyColour:
    if value in CALCULATE_POST_LETTER_PRICE_BODY_COLOUR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CALCULATE_POST_LETTER_PRICE_BODY_COLOUR_VALUES!r}")
