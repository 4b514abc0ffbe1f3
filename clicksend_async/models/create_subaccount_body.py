from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateSubaccountBody")


@_attrs_define
class CreateSubaccountBody:
    """
    Attributes:
        email (str): Email address for the subaccount. This is required for account notifications and communications.
        password (str): Password for the new subaccount. Must be a strong password for security.
        last_name (str): Last name of the subaccount user. Required field.
        first_name (str): First name of the subaccount user. Required field.
        api_username (str): Username for the new subaccount. This will be used for API authentication.
        phone_number (str): Phone number in international format (e.g., '+61411111111'). Required contact number for the
            subaccount.
        notes (str | Unset): Optional notes about the subaccount for reference purposes.
        user_id (int | Unset): User ID to associate with the subaccount. Optional field for linking to existing user.
        access_smpp (int | Unset): Access to SMPP protocol. Use 0 for no access, 1 for access granted.
        access_users (int | Unset): Access to users management. Use 0 for no access, 1 for access granted.
        access_billing (int | Unset): Access to billing features. Use 0 for no access, 1 for access granted.
        access_contacts (int | Unset): Access to contacts management. Use 0 for no access, 1 for access granted.
        access_settings (int | Unset): Access to settings. Use 0 for no access, 1 for access granted.
        access_reporting (int | Unset): Access to reporting features. Use 0 for no access, 1 for access granted.
        sms_deidentify_message (int | Unset): SMS de-identify message setting. Use 0 for disabled, 1 for enabled.
    """

    email: str
    password: str
    last_name: str
    first_name: str
    api_username: str
    phone_number: str
    notes: str | Unset = UNSET
    user_id: int | Unset = UNSET
    access_smpp: int | Unset = UNSET
    access_users: int | Unset = UNSET
    access_billing: int | Unset = UNSET
    access_contacts: int | Unset = UNSET
    access_settings: int | Unset = UNSET
    access_reporting: int | Unset = UNSET
    sms_deidentify_message: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        password = self.password

        last_name = self.last_name

        first_name = self.first_name

        api_username = self.api_username

        phone_number = self.phone_number

        notes = self.notes

        user_id = self.user_id

        access_smpp = self.access_smpp

        access_users = self.access_users

        access_billing = self.access_billing

        access_contacts = self.access_contacts

        access_settings = self.access_settings

        access_reporting = self.access_reporting

        sms_deidentify_message = self.sms_deidentify_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "password": password,
                "last_name": last_name,
                "first_name": first_name,
                "api_username": api_username,
                "phone_number": phone_number,
            }
        )
        if notes is not UNSET:
            field_dict["notes"] = notes
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if access_smpp is not UNSET:
            field_dict["access_smpp"] = access_smpp
        if access_users is not UNSET:
            field_dict["access_users"] = access_users
        if access_billing is not UNSET:
            field_dict["access_billing"] = access_billing
        if access_contacts is not UNSET:
            field_dict["access_contacts"] = access_contacts
        if access_settings is not UNSET:
            field_dict["access_settings"] = access_settings
        if access_reporting is not UNSET:
            field_dict["access_reporting"] = access_reporting
        if sms_deidentify_message is not UNSET:
            field_dict["sms_deidentify_message"] = sms_deidentify_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email")

        password = d.pop("password")

        last_name = d.pop("last_name")

        first_name = d.pop("first_name")

        api_username = d.pop("api_username")

        phone_number = d.pop("phone_number")

        notes = d.pop("notes", UNSET)

        user_id = d.pop("user_id", UNSET)

        access_smpp = d.pop("access_smpp", UNSET)

        access_users = d.pop("access_users", UNSET)

        access_billing = d.pop("access_billing", UNSET)

        access_contacts = d.pop("access_contacts", UNSET)

        access_settings = d.pop("access_settings", UNSET)

        access_reporting = d.pop("access_reporting", UNSET)

        sms_deidentify_message = d.pop("sms_deidentify_message", UNSET)

        _instance = cls(
            email,
            password,
            last_name,
            first_name,
            api_username,
            phone_number,
            notes,
            user_id,
            access_smpp,
            access_users,
            access_billing,
            access_contacts,
            access_settings,
            access_reporting,
            sms_deidentify_message,
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
