"""The ``subaccounts`` operations of the ClickSend API as methods (generated from the spec: do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._blocking import SyncResource, blocking, blocking_pages
from .._resource import AsyncPaginator, Resource
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.subaccount import Subaccount
    from ..models.subaccount_page import SubaccountPage
    from ..models.update_subaccount_body_access_sms import (
        UpdateSubaccountBodyAccessSms,
    )
    from ..models.update_subaccount_body_share_campaigns import (
        UpdateSubaccountBodyShareCampaigns,
    )


class SubaccountsResource(Resource):
    """The ``subaccounts`` operations: ``cs.subaccounts.<operation>(...)``."""

    def list_subaccounts(
        self,
        *,
        page: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        max_items: int | None = None,
        read_ahead: int | None = None,
        request_timeout: float | None = None,
    ) -> AsyncPaginator[SubaccountPage | None, Subaccount]:
        """Get All Subaccounts

        Tool to retrieve all subaccounts from ClickSend account with pagination support. Use when you need to view
        available subaccounts and their permissions.

        ``GET /subaccounts``; catalogue action: CLICKSEND_GET_SUBACCOUNTS.

        Paginated: ``await`` this for one page, or ``async for`` over it for every Subaccount of every page
        (``limit`` sets the page size; ``max_items`` and ``read_ahead`` apply to the loop).

        Args:
            page: (query)

            limit: (query)

        """
        return self._paginate(
            "list_subaccounts",
            {
                "page": page,
                "limit": limit,
            },
            max_items=max_items,
            read_ahead=read_ahead,
            request_timeout=request_timeout,
        )

    async def create_subaccount(
        self,
        *,
        email: str,
        password: str,
        last_name: str,
        first_name: str,
        api_username: str,
        phone_number: str,
        notes: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
        access_smpp: int | Unset = UNSET,
        access_users: int | Unset = UNSET,
        access_billing: int | Unset = UNSET,
        access_contacts: int | Unset = UNSET,
        access_settings: int | Unset = UNSET,
        access_reporting: int | Unset = UNSET,
        sms_deidentify_message: int | Unset = UNSET,
        request_timeout: float | None = None,
    ) -> Subaccount | None:
        """Create Subaccount

        Tool to create a new subaccount in ClickSend with access permissions and credentials. Use when you need to
        set up a new subaccount for segregating services or users.

        ``POST /subaccounts``; catalogue action: CLICKSEND_CREATE_SUBACCOUNTS.

        Args:
            email: (body, required) Email address for the subaccount. This is required for account notifications and communications.

            password: (body, required) Password for the new subaccount. Must be a strong password for security.

            last_name: (body, required) Last name of the subaccount user. Required field.

            first_name: (body, required) First name of the subaccount user. Required field.

            api_username: (body, required) Username for the new subaccount. This will be used for API authentication.

            phone_number: (body, required) Phone number in international format (e.g., '+61411111111'). Required contact number for the subaccount.

            notes: (body) Optional notes about the subaccount for reference purposes.

            user_id: (body) User ID to associate with the subaccount. Optional field for linking to existing user.

            access_smpp: (body) Access to SMPP protocol. Use 0 for no access, 1 for access granted.

            access_users: (body) Access to users management. Use 0 for no access, 1 for access granted.

            access_billing: (body) Access to billing features. Use 0 for no access, 1 for access granted.

            access_contacts: (body) Access to contacts management. Use 0 for no access, 1 for access granted.

            access_settings: (body) Access to settings. Use 0 for no access, 1 for access granted.

            access_reporting: (body) Access to reporting features. Use 0 for no access, 1 for access granted.

            sms_deidentify_message: (body) SMS de-identify message setting. Use 0 for disabled, 1 for enabled.

        """
        result: Subaccount | None = await self._call(
            "create_subaccount",
            {
                "email": email,
                "password": password,
                "last_name": last_name,
                "first_name": first_name,
                "api_username": api_username,
                "phone_number": phone_number,
                "notes": notes,
                "user_id": user_id,
                "access_smpp": access_smpp,
                "access_users": access_users,
                "access_billing": access_billing,
                "access_contacts": access_contacts,
                "access_settings": access_settings,
                "access_reporting": access_reporting,
                "sms_deidentify_message": sms_deidentify_message,
            },
            request_timeout,
        )
        return result

    async def get_subaccount(
        self,
        *,
        subaccount_id: int,
        request_timeout: float | None = None,
    ) -> Subaccount | None:
        """Get Specific Subaccount

        Tool to retrieve detailed information about a specific subaccount by its ID. Use when you need to view
        credentials, permissions, and contact details for a particular subaccount.

        ``GET /subaccounts/{subaccount_id}``; catalogue action: CLICKSEND_GET_SUBACCOUNTS2.

        Args:
            subaccount_id: (path, required)

        """
        result: Subaccount | None = await self._call(
            "get_subaccount",
            {
                "subaccount_id": subaccount_id,
            },
            request_timeout,
        )
        return result

    async def update_subaccount(
        self,
        *,
        subaccount_id: int,
        email: str | Unset = UNSET,
        password: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        first_name: str | Unset = UNSET,
        access_users: int | Unset = UNSET,
        api_username: str | Unset = UNSET,
        phone_number: str | Unset = UNSET,
        access_billing: int | Unset = UNSET,
        access_contacts: int | Unset = UNSET,
        access_settings: int | Unset = UNSET,
        access_reporting: int | Unset = UNSET,
        access_sms: UpdateSubaccountBodyAccessSms | Unset = UNSET,
        share_campaigns: UpdateSubaccountBodyShareCampaigns | Unset = UNSET,
        request_timeout: float | None = None,
    ) -> Subaccount | None:
        """Update Subaccount

        Tool to update a specific subaccount's details and permissions in ClickSend. Use when you need to modify
        subaccount credentials, contact information, or access permissions.

        ``PUT /subaccounts/{subaccount_id}``; catalogue action: CLICKSEND_UPDATE_SUBACCOUNTS.

        Args:
            subaccount_id: (path, required)

            email: (body) New email address for the subaccount. This is required for account notifications and communications.

            password: (body) New password for the subaccount. Must be a strong password for security. When provided, old_password is also required.

            last_name: (body) Last name of the subaccount user. Required field for personalization.

            first_name: (body) First name of the subaccount user. Required field for personalization.

            access_users: (body) Access permission for users management. Use 0 for no access, 1 for access granted. Defaults to 1.

            api_username: (body) New API username for the subaccount. This will be used for API authentication.

            phone_number: (body) Phone number in E.164 format (e.g., '+61411111111'). Required contact number for the subaccount.

            access_billing: (body) Access permission for billing features. Use 0 for no access, 1 for access granted. Defaults to 1.

            access_contacts: (body) Access permission for contacts management. Use 0 for no access, 1 for access granted. Defaults to 0.

            access_settings: (body) Access permission for settings. Use 0 for no access, 1 for access granted. Defaults to 1.

            access_reporting: (body) Access permission for reporting features. Use 0 for no access, 1 for access granted. Defaults to 1.

            access_sms: (body) 1: the subaccount may send SMS (v6).

            share_campaigns: (body) 1: the subaccount shares the main account's campaigns (Apiary).

        """
        result: Subaccount | None = await self._call(
            "update_subaccount",
            {
                "subaccount_id": subaccount_id,
                "email": email,
                "password": password,
                "last_name": last_name,
                "first_name": first_name,
                "access_users": access_users,
                "api_username": api_username,
                "phone_number": phone_number,
                "access_billing": access_billing,
                "access_contacts": access_contacts,
                "access_settings": access_settings,
                "access_reporting": access_reporting,
                "access_sms": access_sms,
                "share_campaigns": share_campaigns,
            },
            request_timeout,
        )
        return result

    async def delete_subaccount(
        self,
        *,
        subaccount_id: int,
        request_timeout: float | None = None,
    ) -> Any:
        """Delete Subaccount

        Tool to delete a specific subaccount from the system. Use when you need to remove a subaccount from your
        account.

        ``DELETE /subaccounts/{subaccount_id}``; catalogue action: CLICKSEND_DELETE_SUBACCOUNTS.

        Args:
            subaccount_id: (path, required)

        """
        result: Any = await self._call(
            "delete_subaccount",
            {
                "subaccount_id": subaccount_id,
            },
            request_timeout,
        )
        return result

    async def regenerate_subaccount_api_key(
        self,
        *,
        subaccount_id: int,
        request_timeout: float | None = None,
    ) -> Subaccount | None:
        """Regenerate Subaccount API Key

        Tool to regenerate API key for a specific subaccount. Use when you need to create a new API key for security
        purposes or when the current key has been compromised.

        ``PUT /subaccounts/{subaccount_id}/regen-api-key``; catalogue action: CLICKSEND_SUBACCOUNTS_REGEN_API_KEY_BY_SUBACCOUNT_ID_PUT.

        Args:
            subaccount_id: (path, required)

        """
        result: Subaccount | None = await self._call(
            "regenerate_subaccount_api_key",
            {
                "subaccount_id": subaccount_id,
            },
            request_timeout,
        )
        return result


class SyncSubaccountsResource(SyncResource):
    """The ``subaccounts`` operations, blocking: ``cs.subaccounts.<operation>(...)`` on a ``ClickSendSync``."""

    list_subaccounts = blocking_pages(SubaccountsResource.list_subaccounts)
    create_subaccount = blocking(SubaccountsResource.create_subaccount)
    get_subaccount = blocking(SubaccountsResource.get_subaccount)
    update_subaccount = blocking(SubaccountsResource.update_subaccount)
    delete_subaccount = blocking(SubaccountsResource.delete_subaccount)
    regenerate_subaccount_api_key = blocking(SubaccountsResource.regenerate_subaccount_api_key)
