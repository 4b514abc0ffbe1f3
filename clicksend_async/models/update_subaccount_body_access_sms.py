from typing import Literal

UpdateSubaccountBodyAccessSms = Literal[0, 1]

UPDATE_SUBACCOUNT_BODY_ACCESS_SMS_VALUES: set[UpdateSubaccountBodyAccessSms] = {
    0,
    1,
}


def check_update_subaccount_body_access_sms(value: int) -> UpdateSubaccountBodyAccessSms:
    if value in UPDATE_SUBACCOUNT_BODY_ACCESS_SMS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPDATE_SUBACCOUNT_BODY_ACCESS_SMS_VALUES!r}")
