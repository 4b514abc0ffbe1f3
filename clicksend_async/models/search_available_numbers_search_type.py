from typing import Literal

SearchAvailableNumbersSearchType = Literal[0, 1, 2]

SEARCH_AVAILABLE_NUMBERS_SEARCH_TYPE_VALUES: set[SearchAvailableNumbersSearchType] = {
    0,
    1,
    2,
}


def check_search_available_numbers_search_type(value: int) -> SearchAvailableNumbersSearchType:
    if value in SEARCH_AVAILABLE_NUMBERS_SEARCH_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEARCH_AVAILABLE_NUMBERS_SEARCH_TYPE_VALUES!r}")
