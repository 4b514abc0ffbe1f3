from typing import Literal

SendPostLetterBodyPriorityPost = Literal[0, 1]

SEND_POST_LETTER_BODY_PRIORITY_POST_VALUES: set[SendPostLetterBodyPriorityPost] = {
    0,
    1,
}


def check_send_post_letter_body_priority_post(value: int) -> SendPostLetterBodyPriorityPost:
    if value in SEND_POST_LETTER_BODY_PRIORITY_POST_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEND_POST_LETTER_BODY_PRIORITY_POST_VALUES!r}")
