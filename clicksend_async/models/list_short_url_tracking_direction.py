from typing import Literal

ListShortUrlTrackingDirection = Literal["backward", "forward"]

LIST_SHORT_URL_TRACKING_DIRECTION_VALUES: set[ListShortUrlTrackingDirection] = {
    "backward",
    "forward",
}


def check_list_short_url_tracking_direction(value: str) -> ListShortUrlTrackingDirection:
    if value in LIST_SHORT_URL_TRACKING_DIRECTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_SHORT_URL_TRACKING_DIRECTION_VALUES!r}")
