from typing import Literal

ListOwnNumbersSortDirection = Literal["asc", "desc"]

LIST_OWN_NUMBERS_SORT_DIRECTION_VALUES: set[ListOwnNumbersSortDirection] = {
    "asc",
    "desc",
}


def check_list_own_numbers_sort_direction(value: str) -> ListOwnNumbersSortDirection:
    if value in LIST_OWN_NUMBERS_SORT_DIRECTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_OWN_NUMBERS_SORT_DIRECTION_VALUES!r}")
