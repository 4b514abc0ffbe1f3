from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_subaccount_body_access_sms import (
    UpdateSubaccountBodyAccessSms,
    check_update_subaccount_body_access_sms,
)
from ..models.update_subaccount_body_share_campaigns import (
    UpdateSubaccountBodyShareCampaigns,
    check_update_subaccount_body_share_campaigns,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateSubaccountBody")


@_attrs_define
class UpdateSubaccountBody:
    """
    Attributes:
        email (str | Unset): New email address for the subaccount. This is required for account notifications and
            communications.
        password (str | Unset): New password for the subaccount. Must be a strong password for security. When provided,
            old_password is also required.
        last_name (str | Unset): Last name of the subaccount user. Required field for personalization.
        first_name (str | Unset): First name of the subaccount user. Required field for personalization.
        access_users (int | Unset): Access permission for users management. Use 0 for no access, 1 for access granted.
            Defaults to 1.
        api_username (str | Unset): New API username for the subaccount. This will be used for API authentication.
        phone_number (str | Unset): Phone number in E.164 format (e.g., '+61411111111'). Required contact number for the
            subaccount.
        access_billing (int | Unset): Access permission for billing features. Use 0 for no access, 1 for access granted.
            Defaults to 1.
        access_contacts (int | Unset): Access permission for contacts management. Use 0 for no access, 1 for access
            granted. Defaults to 0.
        access_settings (int | Unset): Access permission for settings. Use 0 for no access, 1 for access granted.
            Defaults to 1.
        access_reporting (int | Unset): Access permission for reporting features. Use 0 for no access, 1 for access
            granted. Defaults to 1.
        access_sms (UpdateSubaccountBodyAccessSms | Unset): 1: the subaccount may send SMS (v6).
        share_campaigns (UpdateSubaccountBodyShareCampaigns | Unset): 1: the subaccount shares the main account's
            campaigns (Apiary).
    """

    email: str | Unset = UNSET
    password: str | Unset = UNSET
    last_name: str | Unset = UNSET
    first_name: str | Unset = UNSET
    access_users: int | Unset = UNSET
    api_username: str | Unset = UNSET
    phone_number: str | Unset = UNSET
    access_billing: int | Unset = UNSET
    access_contacts: int | Unset = UNSET
    access_settings: int | Unset = UNSET
    access_reporting: int | Unset = UNSET
    access_sms: UpdateSubaccountBodyAccessSms | Unset = UNSET
    share_campaigns: UpdateSubaccountBodyShareCampaigns | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        password = self.password

        last_name = self.last_name

        first_name = self.first_name

        access_users = self.access_users

        api_username = self.api_username

        phone_number = self.phone_number

        access_billing = self.access_billing

        access_contacts = self.access_contacts

        access_settings = self.access_settings

        access_reporting = self.access_reporting

        access_sms: int | Unset = UNSET
        if not isinstance(self.access_sms, Unset):
            access_sms = self.access_sms

        share_campaigns: int | Unset = UNSET
        if not isinstance(self.share_campaigns, Unset):
            share_campaigns = self.share_campaigns

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email
        if password is not UNSET:
            field_dict["password"] = password
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if access_users is not UNSET:
            field_dict["access_users"] = access_users
        if api_username is not UNSET:
            field_dict["api_username"] = api_username
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number
        if access_billing is not UNSET:
            field_dict["access_billing"] = access_billing
        if access_contacts is not UNSET:
            field_dict["access_contacts"] = access_contacts
        if access_settings is not UNSET:
            field_dict["access_settings"] = access_settings
        if access_reporting is not UNSET:
            field_dict["access_reporting"] = access_reporting
        if access_sms is not UNSET:
            field_dict["access_sms"] = access_sms
        if share_campaigns is not UNSET:
            field_dict["share_campaigns"] = share_campaigns

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email", UNSET)

        password = d.pop("password", UNSET)

        last_name = d.pop("last_name", UNSET)

        first_name = d.pop("first_name", UNSET)

        access_users = d.pop("access_users", UNSET)

        api_username = d.pop("api_username", UNSET)

        phone_number = d.pop("phone_number", UNSET)

        access_billing = d.pop("access_billing", UNSET)

        access_contacts = d.pop("access_contacts", UNSET)

        access_settings = d.pop("access_settings", UNSET)

        access_reporting = d.pop("access_reporting", UNSET)

        _access_sms = d.pop("access_sms", UNSET)
        access_sms: UpdateSubaccountBodyAccessSms | Unset
        if isinstance(_access_sms, Unset):
            access_sms = UNSET
        else:
            access_sms = check_update_subaccount_body_access_sms(_access_sms)

        _share_campaigns = d.pop("share_campaigns", UNSET)
        share_campaigns: UpdateSubaccountBodyShareCampaigns | Unset
        if isinstance(_share_campaigns, Unset):
            share_campaigns = UNSET
        else:
            share_campaigns = check_update_subaccount_body_share_campaigns(_share_campaigns)

        _instance = cls(
            email,
            password,
            last_name,
            first_name,
            access_users,
            api_username,
            phone_number,
            access_billing,
            access_contacts,
            access_settings,
            access_reporting,
            access_sms,
            share_campaigns,
        )

        _instance.additional_properties = d
        return _instance

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
