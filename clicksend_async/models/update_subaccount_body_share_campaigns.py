from typing import Literal

UpdateSubaccountBodyShareCampaigns = Literal[0, 1]

UPDATE_SUBACCOUNT_BODY_SHARE_CAMPAIGNS_VALUES: set[UpdateSubaccountBodyShareCampaigns] = {
    0,
    1,
}


def check_update_subaccount_body_share_campaigns(value: int) -> UpdateSubaccountBodyShareCampaigns:
    if value in UPDATE_SUBACCOUNT_BODY_SHARE_CAMPAIGNS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPDATE_SUBACCOUNT_BODY_SHARE_CAMPAIGNS_VALUES!r}")
