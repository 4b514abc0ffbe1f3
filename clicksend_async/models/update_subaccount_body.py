from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateSubaccountBody")


@_attrs_define
class UpdateSubaccountBody:
    """
    Attributes:
        email (str): New email address for the subaccount. This is required for account notifications and
            communications.
        last_name (str): Last name of the subaccount user. Required field for personalization.
        first_name (str): First name of the subaccount user. Required field for personalization.
        api_username (str): New API username for the subaccount. This will be used for API authentication.
        phone_number (str): Phone number in E.164 format (e.g., '+61411111111'). Required contact number for the
            subaccount.
        password (str | Unset): New password for the subaccount. Must be a strong password for security. When provided,
            old_password is also required.
        access_users (int | Unset): Access permission for users management. Use 0 for no access, 1 for access granted.
            Defaults to 1.
        old_password (str | Unset): Current password for the subaccount. Required only when updating the password field.
        access_billing (int | Unset): Access permission for billing features. Use 0 for no access, 1 for access granted.
            Defaults to 1.
        access_contacts (int | Unset): Access permission for contacts management. Use 0 for no access, 1 for access
            granted. Defaults to 0.
        access_settings (int | Unset): Access permission for settings. Use 0 for no access, 1 for access granted.
            Defaults to 1.
        access_reporting (int | Unset): Access permission for reporting features. Use 0 for no access, 1 for access
            granted. Defaults to 1.
    """

    email: str
    last_name: str
    first_name: str
    api_username: str
    phone_number: str
    password: str | Unset = UNSET
    access_users: int | Unset = UNSET
    old_password: str | Unset = UNSET
    access_billing: int | Unset = UNSET
    access_contacts: int | Unset = UNSET
    access_settings: int | Unset = UNSET
    access_reporting: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        last_name = self.last_name

        first_name = self.first_name

        api_username = self.api_username

        phone_number = self.phone_number

        password = self.password

        access_users = self.access_users

        old_password = self.old_password

        access_billing = self.access_billing

        access_contacts = self.access_contacts

        access_settings = self.access_settings

        access_reporting = self.access_reporting

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "last_name": last_name,
                "first_name": first_name,
                "api_username": api_username,
                "phone_number": phone_number,
            }
        )
        if password is not UNSET:
            field_dict["password"] = password
        if access_users is not UNSET:
            field_dict["access_users"] = access_users
        if old_password is not UNSET:
            field_dict["old_password"] = old_password
        if access_billing is not UNSET:
            field_dict["access_billing"] = access_billing
        if access_contacts is not UNSET:
            field_dict["access_contacts"] = access_contacts
        if access_settings is not UNSET:
            field_dict["access_settings"] = access_settings
        if access_reporting is not UNSET:
            field_dict["access_reporting"] = access_reporting

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email")

        last_name = d.pop("last_name")

        first_name = d.pop("first_name")

        api_username = d.pop("api_username")

        phone_number = d.pop("phone_number")

        password = d.pop("password", UNSET)

        access_users = d.pop("access_users", UNSET)

        old_password = d.pop("old_password", UNSET)

        access_billing = d.pop("access_billing", UNSET)

        access_contacts = d.pop("access_contacts", UNSET)

        access_settings = d.pop("access_settings", UNSET)

        access_reporting = d.pop("access_reporting", UNSET)

        _instance = cls(
            email=email,
            last_name=last_name,
            first_name=first_name,
            api_username=api_username,
            phone_number=phone_number,
            password=password,
            access_users=access_users,
            old_password=old_password,
            access_billing=access_billing,
            access_contacts=access_contacts,
            access_settings=access_settings,
            access_reporting=access_reporting,
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
