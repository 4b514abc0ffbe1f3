"""The ``account`` operations of the ClickSend API as methods (generated from the spec: do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._blocking import SyncResource, blocking
from .._resource import Resource
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account import Account
    from ..models.account_usage import AccountUsage
    from ..models.account_verification import AccountVerification


class AccountResource(Resource):
    """The ``account`` operations: ``cs.account.<operation>(...)``."""

    async def get_account(
        self,
        *,
        request_timeout: float | None = None,
    ) -> Account | None:
        """Get Account Information

        Tool to retrieve authenticated user's account information. Use when you need to view account details such as
        balance, user information, settings, and billing details.

        ``GET /account``; catalogue action: CLICKSEND_GET_ACCOUNT.
        """
        result: Account | None = await self._call("get_account", {}, request_timeout)
        return result

    async def update_account(
        self,
        *,
        country: str | Unset = UNSET,
        user_phone: str | Unset = UNSET,
        user_last_name: str | Unset = UNSET,
        user_first_name: str | Unset = UNSET,
        request_timeout: float | None = None,
    ) -> Account | None:
        """Update Account Information

        Tool to update authenticated user's account information. Use when you need to modify account details such as
        first name, last name, phone number, or country.

        ``PUT /account``; catalogue action: CLICKSEND_UPDATE_ACCOUNT.

        Args:
            country: (body) User's country code (ISO 3166-1 alpha-2 format, e.g., 'US', 'AU', 'GB')

            user_phone: (body) User's phone number in E.164 format (e.g., '+16068249028')

            user_last_name: (body) User's last name to update

            user_first_name: (body) User's first name to update

        """
        result: Account | None = await self._call(
            "update_account",
            {
                "country": country,
                "user_phone": user_phone,
                "user_last_name": user_last_name,
                "user_first_name": user_first_name,
            },
            request_timeout,
        )
        return result

    async def create_account(
        self,
        *,
        username: str,
        password: str,
        user_phone: str,
        user_email: str,
        user_first_name: str,
        user_last_name: str,
        account_name: str,
        country: str,
        request_timeout: float | None = None,
    ) -> Account | None:
        """Create an Account

        Open a new ClickSend account with its login, contact details and country. The new account starts without
        credit; its API key is shown in the dashboard. Not safe to repeat (a second call tries to open a second
        account).

        ``POST /account``.

        Args:
            username: (body, required) Login name of the new account.

            password: (body, required) Its password (never logged by the SDK).

            user_phone: (body, required) The account holder's phone number in E.164 format.

            user_email: (body, required) The account holder's email address.

            user_first_name: (body, required) The account holder's first name.

            user_last_name: (body, required) The account holder's last name.

            account_name: (body, required) The name of the account, e.g. the company.

            country: (body, required) Country of the account (ISO 3166-1 alpha-2, e.g. AU).

        """
        result: Account | None = await self._call(
            "create_account",
            {
                "username": username,
                "password": password,
                "user_phone": user_phone,
                "user_email": user_email,
                "user_first_name": user_first_name,
                "user_last_name": user_last_name,
                "account_name": account_name,
                "country": country,
            },
            request_timeout,
        )
        return result

    async def get_account_usage_by_subaccount(
        self,
        *,
        year: int,
        month: int,
        request_timeout: float | None = None,
    ) -> AccountUsage | None:
        """Get Account Usage by Subaccount

        Tool to retrieve account usage statistics by subaccount for a specific month and year. Use when you need to
        view usage breakdown across subaccounts for billing or monitoring purposes.

        ``GET /account/usage/{year}/{month}/subaccount``; catalogue action: CLICKSEND_ACCOUNT_USEAGE_BY_SUBACCOUNT_GET.

        Args:
            year: (path, required)

            month: (path, required)

        """
        result: AccountUsage | None = await self._call(
            "get_account_usage_by_subaccount",
            {
                "year": year,
                "month": month,
            },
            request_timeout,
        )
        return result

    async def send_account_activation_token(
        self,
        *,
        type_: str | Unset = UNSET,
        country: str | Unset = UNSET,
        user_phone: str | Unset = UNSET,
        request_timeout: float | None = None,
    ) -> AccountVerification | None:
        """Send Account Activation Token

        Tool to send an account activation token for verification. Use when you need to verify a new user account
        via SMS or other verification method.

        ``PUT /account-verify/send``; catalogue action: CLICKSEND_ACCOUNT_VERIFY_SEND_PUT.

        Args:
            type_: (body, ``type`` on the wire) Verification method type. Required for successful verification.

            country: (body) Country designation (e.g., 'US'). Required for successful verification.

            user_phone: (body) Your phone number in E.164 format (e.g., '+13523944199'). Required for successful verification.

        """
        result: AccountVerification | None = await self._call(
            "send_account_activation_token",
            {
                "type": type_,
                "country": country,
                "user_phone": user_phone,
            },
            request_timeout,
        )
        return result

    async def verify_account(
        self,
        *,
        activation_token: int,
        request_timeout: float | None = None,
    ) -> Account | None:
        """Verify New Account

        Tool to verify a new ClickSend account using an activation token. Use when you need to activate a newly
        created account with the token received during registration.

        ``PUT /account-verify/verify/{activation_token}``; catalogue action: CLICKSEND_ACCOUNT_VERIFY_VERIFY_BY_ACTIVATION_TOKEN_PUT.

        Args:
            activation_token: (path, required)

        """
        result: Account | None = await self._call(
            "verify_account",
            {
                "activation_token": activation_token,
            },
            request_timeout,
        )
        return result

    async def forgot_password(
        self,
        *,
        username: str,
        request_timeout: float | None = None,
    ) -> Any:
        """Forgot Password

        Tool to initiate password recovery for a ClickSend account. Use when a user has forgotten their password and
        needs to receive a verification code via email to reset it.

        ``PUT /forgot-password``; catalogue action: CLICKSEND_PUT_FORGOT_PASSWORD.

        Args:
            username: (body, required) Username belonging to the account that needs password recovery. Required field.

        """
        result: Any = await self._call(
            "forgot_password",
            {
                "username": username,
            },
            request_timeout,
        )
        return result

    async def verify_forgot_password(
        self,
        *,
        password: str,
        subaccount_id: int,
        activation_token: str,
        request_timeout: float | None = None,
    ) -> Any:
        """Verify Forgot Password

        Tool to verify forgot password request and reset user password. Use in the second step of password reset
        flow after receiving the activation token via email.

        ``PUT /forgot-password/verify``; catalogue action: CLICKSEND_VERIFY_FORGOT_PASSWORD_VERIFY.

        Args:
            password: (body, required) The new password to be set for the account

            subaccount_id: (body, required) The identifier for the subaccount that needs password reset

            activation_token: (body, required) The verification token/code received via email from the forgot password request

        """
        result: Any = await self._call(
            "verify_forgot_password",
            {
                "password": password,
                "subaccount_id": subaccount_id,
                "activation_token": activation_token,
            },
            request_timeout,
        )
        return result

    async def forgot_username(
        self,
        *,
        email: str | Unset = UNSET,
        phone_number: str | Unset = UNSET,
        request_timeout: float | None = None,
    ) -> Any:
        """Forgot Username

        Tool to retrieve forgotten username by providing registered email or phone number. Use when a user needs to
        recover their account username via notification.

        ``PUT /forgot-username``; catalogue action: CLICKSEND_PUT_FORGOT_USERNAME.

        Args:
            email: (body) Email address registered to the account. Either email or phone_number must be provided.

            phone_number: (body) Phone number registered to the account in E.164 format or local format. Either email or phone_number must be provided.

        """
        result: Any = await self._call(
            "forgot_username",
            {
                "email": email,
                "phone_number": phone_number,
            },
            request_timeout,
        )
        return result


class SyncAccountResource(SyncResource):
    """The ``account`` operations, blocking: ``cs.account.<operation>(...)`` on a ``ClickSendSync``."""

    get_account = blocking(AccountResource.get_account)
    update_account = blocking(AccountResource.update_account)
    create_account = blocking(AccountResource.create_account)
    get_account_usage_by_subaccount = blocking(AccountResource.get_account_usage_by_subaccount)
    send_account_activation_token = blocking(AccountResource.send_account_activation_token)
    verify_account = blocking(AccountResource.verify_account)
    forgot_password = blocking(AccountResource.forgot_password)
    verify_forgot_password = blocking(AccountResource.verify_forgot_password)
    forgot_username = blocking(AccountResource.forgot_username)
