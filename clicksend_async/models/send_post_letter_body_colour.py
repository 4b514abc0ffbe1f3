from typing import Literal

SendPostLetterBodyColour = Literal[0, 1]

SEND_POST_LETTER_BODY_COLOUR_VALUES: set[SendPostLetterBodyColour] = {
    0,
    1,
}


def check_send_post_letter_body_colour(value: int) -> SendPostLetterBodyColour:
    if value in SEND_POST_LETTER_BODY_COLOUR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEND_POST_LETTER_BODY_COLOUR_VALUES!r}")
