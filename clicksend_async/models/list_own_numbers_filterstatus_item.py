from typing import Literal

ListOwnNumbersFilterstatusItem = Literal["APPROVED", "PENDING", "REJECTED"]

LIST_OWN_NUMBERS_FILTERSTATUS_ITEM_VALUES: set[ListOwnNumbersFilterstatusItem] = {
    "APPROVED",
    "PENDING",
    "REJECTED",
}


def check_list_own_numbers_filterstatus_item(value: str) -> ListOwnNumbersFilterstatusItem:
    if value in LIST_OWN_NUMBERS_FILTERSTATUS_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_OWN_NUMBERS_FILTERSTATUS_ITEM_VALUES!r}")
