from typing import Literal

UpdateResellerSettingsBodyAllowPublicSignups = Literal[0, 1]

UPDATE_RESELLER_SETTINGS_BODY_ALLOW_PUBLIC_SIGNUPS_VALUES: set[UpdateResellerSettingsBodyAllowPublicSignups] = {
    0,
    1,
}


def check_update_reseller_settings_body_allow_public_signups(
    value: int,
) -> UpdateResellerSettingsBodyAllowPublicSignups:
    if value in UPDATE_RESELLER_SETTINGS_BODY_ALLOW_PUBLIC_SIGNUPS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_RESELLER_SETTINGS_BODY_ALLOW_PUBLIC_SIGNUPS_VALUES!r}"
    )
