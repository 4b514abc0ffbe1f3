from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Subaccount")


@_attrs_define
class Subaccount:
    """A subaccount (API user) of the account, with its permissions.

    Attributes:
        subaccount_id (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an
            empty string when unset.
        api_username (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers,
            ids) as numbers.
        email (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids) as
            numbers.
        phone_number (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers,
            ids) as numbers.
        first_name (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids)
            as numbers.
        last_name (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids)
            as numbers.
        api_key (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids) as
            numbers.
        access_smpp (bool | int | None | str | Unset): A 0/1 flag. ClickSend sends it as an integer, a boolean or a
            string.
        access_users (bool | int | None | str | Unset): A 0/1 flag. ClickSend sends it as an integer, a boolean or a
            string.
        access_billing (bool | int | None | str | Unset): A 0/1 flag. ClickSend sends it as an integer, a boolean or a
            string.
        access_reporting (bool | int | None | str | Unset): A 0/1 flag. ClickSend sends it as an integer, a boolean or a
            string.
        access_contacts (bool | int | None | str | Unset): A 0/1 flag. ClickSend sends it as an integer, a boolean or a
            string.
        access_settings (bool | int | None | str | Unset): A 0/1 flag. ClickSend sends it as an integer, a boolean or a
            string.
        access_sms (bool | int | None | str | Unset): A 0/1 flag. ClickSend sends it as an integer, a boolean or a
            string.
        access_email (bool | int | None | str | Unset): A 0/1 flag. ClickSend sends it as an integer, a boolean or a
            string.
        access_voice (bool | int | None | str | Unset): A 0/1 flag. ClickSend sends it as an integer, a boolean or a
            string.
        access_fax (bool | int | None | str | Unset): A 0/1 flag. ClickSend sends it as an integer, a boolean or a
            string.
        access_post (bool | int | None | str | Unset): A 0/1 flag. ClickSend sends it as an integer, a boolean or a
            string.
        access_reseller (bool | int | None | str | Unset): A 0/1 flag. ClickSend sends it as an integer, a boolean or a
            string.
        access_mms (bool | int | None | str | Unset): A 0/1 flag. ClickSend sends it as an integer, a boolean or a
            string.
        share_campaigns (bool | int | None | str | Unset): A 0/1 flag. ClickSend sends it as an integer, a boolean or a
            string.
        notes (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids) as
            numbers.
    """

    subaccount_id: int | None | str | Unset = UNSET
    api_username: float | None | str | Unset = UNSET
    email: float | None | str | Unset = UNSET
    phone_number: float | None | str | Unset = UNSET
    first_name: float | None | str | Unset = UNSET
    last_name: float | None | str | Unset = UNSET
    api_key: float | None | str | Unset = UNSET
    access_smpp: bool | int | None | str | Unset = UNSET
    access_users: bool | int | None | str | Unset = UNSET
    access_billing: bool | int | None | str | Unset = UNSET
    access_reporting: bool | int | None | str | Unset = UNSET
    access_contacts: bool | int | None | str | Unset = UNSET
    access_settings: bool | int | None | str | Unset = UNSET
    access_sms: bool | int | None | str | Unset = UNSET
    access_email: bool | int | None | str | Unset = UNSET
    access_voice: bool | int | None | str | Unset = UNSET
    access_fax: bool | int | None | str | Unset = UNSET
    access_post: bool | int | None | str | Unset = UNSET
    access_reseller: bool | int | None | str | Unset = UNSET
    access_mms: bool | int | None | str | Unset = UNSET
    share_campaigns: bool | int | None | str | Unset = UNSET
    notes: float | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subaccount_id: int | None | str | Unset
        if isinstance(self.subaccount_id, Unset):
            subaccount_id = UNSET
        else:
            subaccount_id = self.subaccount_id

        api_username: float | None | str | Unset
        if isinstance(self.api_username, Unset):
            api_username = UNSET
        else:
            api_username = self.api_username

        email: float | None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        phone_number: float | None | str | Unset
        if isinstance(self.phone_number, Unset):
            phone_number = UNSET
        else:
            phone_number = self.phone_number

        first_name: float | None | str | Unset
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        last_name: float | None | str | Unset
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name

        api_key: float | None | str | Unset
        if isinstance(self.api_key, Unset):
            api_key = UNSET
        else:
            api_key = self.api_key

        access_smpp: bool | int | None | str | Unset
        if isinstance(self.access_smpp, Unset):
            access_smpp = UNSET
        else:
            access_smpp = self.access_smpp

        access_users: bool | int | None | str | Unset
        if isinstance(self.access_users, Unset):
            access_users = UNSET
        else:
            access_users = self.access_users

        access_billing: bool | int | None | str | Unset
        if isinstance(self.access_billing, Unset):
            access_billing = UNSET
        else:
            access_billing = self.access_billing

        access_reporting: bool | int | None | str | Unset
        if isinstance(self.access_reporting, Unset):
            access_reporting = UNSET
        else:
            access_reporting = self.access_reporting

        access_contacts: bool | int | None | str | Unset
        if isinstance(self.access_contacts, Unset):
            access_contacts = UNSET
        else:
            access_contacts = self.access_contacts

        access_settings: bool | int | None | str | Unset
        if isinstance(self.access_settings, Unset):
            access_settings = UNSET
        else:
            access_settings = self.access_settings

        access_sms: bool | int | None | str | Unset
        if isinstance(self.access_sms, Unset):
            access_sms = UNSET
        else:
            access_sms = self.access_sms

        access_email: bool | int | None | str | Unset
        if isinstance(self.access_email, Unset):
            access_email = UNSET
        else:
            access_email = self.access_email

        access_voice: bool | int | None | str | Unset
        if isinstance(self.access_voice, Unset):
            access_voice = UNSET
        else:
            access_voice = self.access_voice

        access_fax: bool | int | None | str | Unset
        if isinstance(self.access_fax, Unset):
            access_fax = UNSET
        else:
            access_fax = self.access_fax

        access_post: bool | int | None | str | Unset
        if isinstance(self.access_post, Unset):
            access_post = UNSET
        else:
            access_post = self.access_post

        access_reseller: bool | int | None | str | Unset
        if isinstance(self.access_reseller, Unset):
            access_reseller = UNSET
        else:
            access_reseller = self.access_reseller

        access_mms: bool | int | None | str | Unset
        if isinstance(self.access_mms, Unset):
            access_mms = UNSET
        else:
            access_mms = self.access_mms

        share_campaigns: bool | int | None | str | Unset
        if isinstance(self.share_campaigns, Unset):
            share_campaigns = UNSET
        else:
            share_campaigns = self.share_campaigns

        notes: float | None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subaccount_id is not UNSET:
            field_dict["subaccount_id"] = subaccount_id
        if api_username is not UNSET:
            field_dict["api_username"] = api_username
        if email is not UNSET:
            field_dict["email"] = email
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if api_key is not UNSET:
            field_dict["api_key"] = api_key
        if access_smpp is not UNSET:
            field_dict["access_smpp"] = access_smpp
        if access_users is not UNSET:
            field_dict["access_users"] = access_users
        if access_billing is not UNSET:
            field_dict["access_billing"] = access_billing
        if access_reporting is not UNSET:
            field_dict["access_reporting"] = access_reporting
        if access_contacts is not UNSET:
            field_dict["access_contacts"] = access_contacts
        if access_settings is not UNSET:
            field_dict["access_settings"] = access_settings
        if access_sms is not UNSET:
            field_dict["access_sms"] = access_sms
        if access_email is not UNSET:
            field_dict["access_email"] = access_email
        if access_voice is not UNSET:
            field_dict["access_voice"] = access_voice
        if access_fax is not UNSET:
            field_dict["access_fax"] = access_fax
        if access_post is not UNSET:
            field_dict["access_post"] = access_post
        if access_reseller is not UNSET:
            field_dict["access_reseller"] = access_reseller
        if access_mms is not UNSET:
            field_dict["access_mms"] = access_mms
        if share_campaigns is not UNSET:
            field_dict["share_campaigns"] = share_campaigns
        if notes is not UNSET:
            field_dict["notes"] = notes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        subaccount_id: int | None | str | Unset = d.pop("subaccount_id", UNSET)

        api_username: float | None | str | Unset = d.pop("api_username", UNSET)

        email: float | None | str | Unset = d.pop("email", UNSET)

        phone_number: float | None | str | Unset = d.pop("phone_number", UNSET)

        first_name: float | None | str | Unset = d.pop("first_name", UNSET)

        last_name: float | None | str | Unset = d.pop("last_name", UNSET)

        api_key: float | None | str | Unset = d.pop("api_key", UNSET)

        access_smpp: bool | int | None | str | Unset = d.pop("access_smpp", UNSET)

        access_users: bool | int | None | str | Unset = d.pop("access_users", UNSET)

        access_billing: bool | int | None | str | Unset = d.pop("access_billing", UNSET)

        access_reporting: bool | int | None | str | Unset = d.pop("access_reporting", UNSET)

        access_contacts: bool | int | None | str | Unset = d.pop("access_contacts", UNSET)

        access_settings: bool | int | None | str | Unset = d.pop("access_settings", UNSET)

        access_sms: bool | int | None | str | Unset = d.pop("access_sms", UNSET)

        access_email: bool | int | None | str | Unset = d.pop("access_email", UNSET)

        access_voice: bool | int | None | str | Unset = d.pop("access_voice", UNSET)

        access_fax: bool | int | None | str | Unset = d.pop("access_fax", UNSET)

        access_post: bool | int | None | str | Unset = d.pop("access_post", UNSET)

        access_reseller: bool | int | None | str | Unset = d.pop("access_reseller", UNSET)

        access_mms: bool | int | None | str | Unset = d.pop("access_mms", UNSET)

        share_campaigns: bool | int | None | str | Unset = d.pop("share_campaigns", UNSET)

        notes: float | None | str | Unset = d.pop("notes", UNSET)

        _instance = cls(
            subaccount_id,
            api_username,
            email,
            phone_number,
            first_name,
            last_name,
            api_key,
            access_smpp,
            access_users,
            access_billing,
            access_reporting,
            access_contacts,
            access_settings,
            access_sms,
            access_email,
            access_voice,
            access_fax,
            access_post,
            access_reseller,
            access_mms,
            share_campaigns,
            notes,
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
