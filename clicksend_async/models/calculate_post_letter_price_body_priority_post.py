from typing import Literal

CalculatePostLetterPriceBodyPriorityPost = Literal[0, 1]

CALCULATE_POST_LETTER_PRICE_BODY_PRIORITY_POST_VALUES: set[CalculatePostLetterPriceBodyPriorityPost] = {
    0,
    1,
}


def check_calculate_post_letter_price_body_priority_post(value: int) -> CalculatePostLetterPriceBodyPriorityPost:
    if value in CALCULATE_POST_LETTER_PRICE_BODY_PRIORITY_POST_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CALCULATE_POST_LETTER_PRICE_BODY_PRIORITY_POST_VALUES!r}"
    )
