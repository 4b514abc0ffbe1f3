from typing import Literal

SendPostLetterBodyTemplateUsed = Literal[0, 1]

SEND_POST_LETTER_BODY_TEMPLATE_USED_VALUES: set[SendPostLetterBodyTemplateUsed] = {
    0,
    1,
}


def check_send_post_letter_body_template_used(value: int) -> SendPostLetterBodyTemplateUsed:
    if value in SEND_POST_LETTER_BODY_TEMPLATE_USED_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEND_POST_LETTER_BODY_TEMPLATE_USED_VALUES!r}")
