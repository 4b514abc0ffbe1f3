"""The ``reseller`` operations of the ClickSend API as methods (generated from the spec: do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._blocking import SyncResource, blocking, blocking_pages
from .._resource import AsyncPaginator, Resource
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account import Account
    from ..models.account_page import AccountPage
    from ..models.referral_account import ReferralAccount
    from ..models.referral_account_page import ReferralAccountPage
    from ..models.reseller_settings import ResellerSettings
    from ..models.update_reseller_settings_body_allow_public_signups import (
        UpdateResellerSettingsBodyAllowPublicSignups,
    )


class ResellerResource(Resource):
    """The ``reseller`` operations: ``cs.reseller.<operation>(...)``."""

    def list_referral_accounts(
        self,
        *,
        page: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        max_items: int | None = None,
        read_ahead: int | None = None,
        request_timeout: float | None = None,
    ) -> AsyncPaginator[ReferralAccountPage | None, ReferralAccount]:
        """Get Referral Accounts

        Tool to retrieve a list of referral accounts with pagination support. Use when you need to view referral
        accounts including user information, balance, and commission details.

        ``GET /referral/accounts``; catalogue action: CLICKSEND_GET_REFERRAL_ACCOUNTS.

        Paginated: ``await`` this for one page, or ``async for`` over it for every ReferralAccount of every page
        (``limit`` sets the page size; ``max_items`` and ``read_ahead`` apply to the loop).

        Args:
            page: (query)

            limit: (query)

        """
        return self._paginate(
            "list_referral_accounts",
            {
                "page": page,
                "limit": limit,
            },
            max_items=max_items,
            read_ahead=read_ahead,
            request_timeout=request_timeout,
        )

    async def get_reseller_settings(
        self,
        *,
        request_timeout: float | None = None,
    ) -> ResellerSettings | None:
        """Get Reseller Settings

        The white-label settings of your reseller account: subdomain, company name, logos, navigation colour,
        default margins and the trial balance of new client accounts (your account details are GET /account). Note:
        The reseller dashboard and API are only available to customers approved as resellers before January 1st,
        2024.

        ``GET /reseller``; catalogue action: CLICKSEND_GET_RESELLER.
        """
        result: ResellerSettings | None = await self._call("get_reseller_settings", {}, request_timeout)
        return result

    async def update_reseller_settings(
        self,
        *,
        company_name: str | Unset = UNSET,
        subdomain: str | Unset = UNSET,
        allow_public_signups: UpdateResellerSettingsBodyAllowPublicSignups | Unset = UNSET,
        colour_navigation: str | Unset = UNSET,
        logo_url_light: str | Unset = UNSET,
        logo_url_dark: str | Unset = UNSET,
        default_margin: float | Unset = UNSET,
        default_margin_numbers: float | Unset = UNSET,
        trial_balance: float | Unset = UNSET,
        country: str | Unset = UNSET,
        timezone: str | Unset = UNSET,
        user_email: str | Unset = UNSET,
        user_phone: str | Unset = UNSET,
        account_name: str | Unset = UNSET,
        auto_recharge: int | Unset = UNSET,
        user_last_name: str | Unset = UNSET,
        user_first_name: str | Unset = UNSET,
        low_credit_amount: str | Unset = UNSET,
        default_country_sms: str | Unset = UNSET,
        setting_unicode_sms: int | Unset = UNSET,
        auto_recharge_amount: str | Unset = UNSET,
        account_billing_email: str | Unset = UNSET,
        setting_fix_sender_id: int | Unset = UNSET,
        account_billing_mobile: str | Unset = UNSET,
        setting_email_sms_subject: int | Unset = UNSET,
        setting_sms_message_char_limit: int | Unset = UNSET,
        request_timeout: float | None = None,
    ) -> ResellerSettings | None:
        """Update Reseller Settings

        Change the white-label settings of your reseller account (only the fields given). The account fields
        (country, timezone, user_email, billing and SMS settings ...) are taken too, for the catalogue action, and
        change your own account; ClickSend documents them at PUT /account (update_account). Note: The reseller
        dashboard and API are only available to customers approved as resellers before January 1st, 2024.

        ``PUT /reseller``; catalogue action: CLICKSEND_UPDATE_RESELLER.

        Args:
            company_name: (body) Company name shown on your white-label pages.

            subdomain: (body) Subdomain of your white-label dashboard.

            allow_public_signups: (body) 1 lets anyone sign up through your white-label page, 0 does not.

            colour_navigation: (body) Colour of the dashboard's navigation, e.g. '#9999FF'.

            logo_url_light: (body) URL of your logo for light backgrounds.

            logo_url_dark: (body) URL of your logo for dark backgrounds.

            default_margin: (body) Default margin on your client accounts' messages.

            default_margin_numbers: (body) Default margin on your client accounts' dedicated numbers.

            trial_balance: (body) Trial credit a new client account starts with.

            country: (body) Country code to update (e.g., 'US', 'AU')

            timezone: (body) Account timezone to update (e.g., 'Australia/Melbourne', 'America/New_York')

            user_email: (body) Reseller email address to update

            user_phone: (body) Reseller phone number to update

            account_name: (body) Reseller account name to update

            auto_recharge: (body) Auto recharge enabled status to update (0 or 1)

            user_last_name: (body) Reseller last name to update

            user_first_name: (body) Reseller first name to update

            low_credit_amount: (body) Low credit threshold to update as decimal string

            default_country_sms: (body) Default country for SMS to update

            setting_unicode_sms: (body) Unicode SMS setting to update (0 or 1)

            auto_recharge_amount: (body) Auto recharge amount to update as decimal string

            account_billing_email: (body) Billing email address to update

            setting_fix_sender_id: (body) Fixed sender ID setting to update (0 or 1)

            account_billing_mobile: (body) Billing mobile number to update

            setting_email_sms_subject: (body) Email SMS subject setting to update (0 or 1)

            setting_sms_message_char_limit: (body) SMS character limit setting to update

        """
        result: ResellerSettings | None = await self._call(
            "update_reseller_settings",
            {
                "company_name": company_name,
                "subdomain": subdomain,
                "allow_public_signups": allow_public_signups,
                "colour_navigation": colour_navigation,
                "logo_url_light": logo_url_light,
                "logo_url_dark": logo_url_dark,
                "default_margin": default_margin,
                "default_margin_numbers": default_margin_numbers,
                "trial_balance": trial_balance,
                "country": country,
                "timezone": timezone,
                "user_email": user_email,
                "user_phone": user_phone,
                "account_name": account_name,
                "auto_recharge": auto_recharge,
                "user_last_name": user_last_name,
                "user_first_name": user_first_name,
                "low_credit_amount": low_credit_amount,
                "default_country_sms": default_country_sms,
                "setting_unicode_sms": setting_unicode_sms,
                "auto_recharge_amount": auto_recharge_amount,
                "account_billing_email": account_billing_email,
                "setting_fix_sender_id": setting_fix_sender_id,
                "account_billing_mobile": account_billing_mobile,
                "setting_email_sms_subject": setting_email_sms_subject,
                "setting_sms_message_char_limit": setting_sms_message_char_limit,
            },
            request_timeout,
        )
        return result

    def list_reseller_accounts(
        self,
        *,
        q: str | Unset = UNSET,
        page: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        max_items: int | None = None,
        read_ahead: int | None = None,
        request_timeout: float | None = None,
    ) -> AsyncPaginator[AccountPage | None, Account]:
        """Get Reseller Accounts

        Tool to retrieve a list of reseller accounts with pagination support. Use when you need to view reseller
        accounts including user information, balance, settings, and permissions. Note: The reseller dashboard and
        API are only available to customers approved as resellers before January 1st, 2024.

        ``GET /reseller/accounts``; catalogue action: CLICKSEND_GET_RESELLER_ACCOUNTS.

        Paginated: ``await`` this for one page, or ``async for`` over it for every Account of every page
        (``limit`` sets the page size; ``max_items`` and ``read_ahead`` apply to the loop).

        Args:
            q: (query)

            page: (query)

            limit: (query)

        """
        return self._paginate(
            "list_reseller_accounts",
            {
                "q": q,
                "page": page,
                "limit": limit,
            },
            max_items=max_items,
            read_ahead=read_ahead,
            request_timeout=request_timeout,
        )

    async def create_reseller_account(
        self,
        *,
        username: str,
        password: str,
        user_email: str,
        user_phone: str,
        user_first_name: str,
        user_last_name: str,
        account_name: str,
        country: str,
        request_timeout: float | None = None,
    ) -> Account | None:
        """Create Reseller Account

        Create a client account under your reseller account.

        ``POST /reseller/accounts``.

        Args:
            username: (body, required) Login name of the client account.

            password: (body, required) Password of the client account.

            user_email: (body, required) Email address of the client.

            user_phone: (body, required) Phone number of the client in E.164 format.

            user_first_name: (body, required) First name of the client.

            user_last_name: (body, required) Last name of the client.

            account_name: (body, required) Business name of the client account.

            country: (body, required) ISO 3166 country of the client.

        """
        result: Account | None = await self._call(
            "create_reseller_account",
            {
                "username": username,
                "password": password,
                "user_email": user_email,
                "user_phone": user_phone,
                "user_first_name": user_first_name,
                "user_last_name": user_last_name,
                "account_name": account_name,
                "country": country,
            },
            request_timeout,
        )
        return result

    async def get_reseller_account(
        self,
        *,
        client_user_id: int,
        request_timeout: float | None = None,
    ) -> Account | None:
        """Get Reseller Account

        One client account of your reseller account.

        ``GET /reseller/accounts/{client_user_id}``.

        Args:
            client_user_id: (path, required)

        """
        result: Account | None = await self._call(
            "get_reseller_account",
            {
                "client_user_id": client_user_id,
            },
            request_timeout,
        )
        return result

    async def update_reseller_account(
        self,
        *,
        client_user_id: int,
        username: str | Unset = UNSET,
        password: str | Unset = UNSET,
        user_email: str | Unset = UNSET,
        user_phone: str | Unset = UNSET,
        user_first_name: str | Unset = UNSET,
        user_last_name: str | Unset = UNSET,
        account_name: str | Unset = UNSET,
        country: str | Unset = UNSET,
        request_timeout: float | None = None,
    ) -> Account | None:
        """Update Reseller Account

        Change a client account's details.

        ``PUT /reseller/accounts/{client_user_id}``.

        Args:
            client_user_id: (path, required)

            username: (body) Login name of the client account.

            password: (body) Password of the client account.

            user_email: (body) Email address of the client.

            user_phone: (body) Phone number of the client in E.164 format.

            user_first_name: (body) First name of the client.

            user_last_name: (body) Last name of the client.

            account_name: (body) Business name of the client account.

            country: (body) ISO 3166 country of the client.

        """
        result: Account | None = await self._call(
            "update_reseller_account",
            {
                "client_user_id": client_user_id,
                "username": username,
                "password": password,
                "user_email": user_email,
                "user_phone": user_phone,
                "user_first_name": user_first_name,
                "user_last_name": user_last_name,
                "account_name": account_name,
                "country": country,
            },
            request_timeout,
        )
        return result

    async def transfer_reseller_credit(
        self,
        *,
        client_user_id: int,
        balance: float,
        currency: str,
        request_timeout: float | None = None,
    ) -> Account | None:
        """Transfer Credit

        Move credit from your balance to a client account's. Not safe to repeat: each call moves money.

        ``PUT /reseller/transfer-credit``.

        Args:
            client_user_id: (body, required) User id of the client account that receives the credit.

            balance: (body, required) Amount to move from your balance.

            currency: (body, required) Currency of the amount; must be your account's (e.g. AUD).

        """
        result: Account | None = await self._call(
            "transfer_reseller_credit",
            {
                "client_user_id": client_user_id,
                "balance": balance,
                "currency": currency,
            },
            request_timeout,
        )
        return result


class SyncResellerResource(SyncResource):
    """The ``reseller`` operations, blocking: ``cs.reseller.<operation>(...)`` on a ``ClickSendSync``."""

    list_referral_accounts = blocking_pages(ResellerResource.list_referral_accounts)
    get_reseller_settings = blocking(ResellerResource.get_reseller_settings)
    update_reseller_settings = blocking(ResellerResource.update_reseller_settings)
    list_reseller_accounts = blocking_pages(ResellerResource.list_reseller_accounts)
    create_reseller_account = blocking(ResellerResource.create_reseller_account)
    get_reseller_account = blocking(ResellerResource.get_reseller_account)
    update_reseller_account = blocking(ResellerResource.update_reseller_account)
    transfer_reseller_credit = blocking(ResellerResource.transfer_reseller_credit)
