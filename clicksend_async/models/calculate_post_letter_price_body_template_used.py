from typing import Literal

CalculatePostLetterPriceBodyTemplateUsed = Literal[0, 1]

CALCULATE_POST_LETTER_PRICE_BODY_TEMPLATE_USED_VALUES: set[CalculatePostLetterPriceBodyTemplateUsed] = {
    0,
    1,
}


def check_calculate_post_letter_price_body_template_used(value: int) -> CalculatePostLetterPriceBodyTemplateUsed:
    if value in CALCULATE_POST_LETTER_PRICE_BODY_TEMPLATE_USED_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CALCULATE_POST_LETTER_PRICE_BODY_TEMPLATE_USED_VALUES!r}"
    )
