from typing import Literal

SendPostLetterBodyDuplex = Literal[0, 1]

SEND_POST_LETTER_BODY_DUPLEX_VALUES: set[SendPostLetterBodyDuplex] = {
    0,
    1,
}


def check_send_post_letter_body_duplex(value: int) -> SendPostLetterBodyDuplex:
    if value in SEND_POST_LETTER_BODY_DUPLEX_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEND_POST_LETTER_BODY_DUPLEX_VALUES!r}")
