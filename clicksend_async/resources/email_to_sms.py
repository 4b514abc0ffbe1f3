"""The ``email_to_sms`` operations of the ClickSend API as methods (generated from the spec: do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._blocking import SyncResource, blocking, blocking_pages
from .._resource import AsyncPaginator, Resource
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.email_to_sms_address import EmailToSmsAddress
    from ..models.email_to_sms_address_page import EmailToSmsAddressPage
    from ..models.stripped_string import StrippedString
    from ..models.stripped_string_page import StrippedStringPage


class EmailToSmsResource(Resource):
    """The ``email_to_sms`` operations: ``cs.email_to_sms.<operation>(...)``."""

    def list_email_to_sms_addresses(
        self,
        *,
        page: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        max_items: int | None = None,
        read_ahead: int | None = None,
        request_timeout: float | None = None,
    ) -> AsyncPaginator[EmailToSmsAddressPage | None, EmailToSmsAddress]:
        """List Email-to-SMS Addresses

        The email addresses allowed to send SMS by email.

        ``GET /sms/email-sms``.

        Paginated: ``await`` this for one page, or ``async for`` over it for every EmailToSmsAddress of every page
        (``limit`` sets the page size; ``max_items`` and ``read_ahead`` apply to the loop).

        Args:
            page: (query)

            limit: (query)

        """
        return self._paginate(
            "list_email_to_sms_addresses",
            {
                "page": page,
                "limit": limit,
            },
            max_items=max_items,
            read_ahead=read_ahead,
            request_timeout=request_timeout,
        )

    async def create_email_to_sms_address(
        self,
        *,
        from_: str,
        email_address: str,
        from_fax: str | Unset = UNSET,
        subaccount_id: int | Unset = UNSET,
        request_timeout: float | None = None,
    ) -> EmailToSmsAddress | None:
        """Create Email-to-SMS Allowed Address

        Tool to create an allowed email address for email-to-SMS conversion. Use when you need to authorize a
        specific email address to send SMS messages through ClickSend's email-to-SMS gateway.

        ``POST /sms/email-sms``; catalogue action: CLICKSEND_CREATE_SMS_EMAIL_SMS2.

        Args:
            from_: (body, required, ``from`` on the wire) Sender: a dedicated or own number in E.164 format, or an alphanumeric sender id of up to 11 characters (ClickSend's "sender id"; omit for a shared number).

            email_address: (body, required) The email address to be added as an allowed address for email-to-SMS conversion. Must be a valid email address.

            from_fax: (body) Fax number associated with the sender (optional).

            subaccount_id: (body) The subaccount ID to assign this email-to-SMS usage to for reporting purposes (optional).

        """
        result: EmailToSmsAddress | None = await self._call(
            "create_email_to_sms_address",
            {
                "from": from_,
                "email_address": email_address,
                "from_fax": from_fax,
                "subaccount_id": subaccount_id,
            },
            request_timeout,
        )
        return result

    async def get_email_to_sms_address(
        self,
        *,
        email_address_id: int,
        request_timeout: float | None = None,
    ) -> EmailToSmsAddress | None:
        """Get SMS Email-to-SMS Allowed Address

        Tool to retrieve a specific allowed email address for SMS email-to-SMS by its ID. Use when you need to view
        detailed information about a specific allowed email address configured for email-to-SMS functionality.

        ``GET /sms/email-sms/{email_address_id}``; catalogue action: CLICKSEND_CREATE_SMS_EMAIL_SMS3.

        Args:
            email_address_id: (path, required)

        """
        result: EmailToSmsAddress | None = await self._call(
            "get_email_to_sms_address",
            {
                "email_address_id": email_address_id,
            },
            request_timeout,
        )
        return result

    async def update_email_to_sms_address(
        self,
        *,
        email_address_id: int,
        email_address: str,
        from_: str | Unset = UNSET,
        request_timeout: float | None = None,
    ) -> EmailToSmsAddress | None:
        """Update Email-to-SMS Allowed Address

        Tool to update a specific allowed email address for email-to-SMS. Use when you need to modify an existing
        email address configuration including sender number, voice settings, or language preferences.

        ``PUT /sms/email-sms/{email_address_id}``; catalogue action: CLICKSEND_CREATE_SMS_EMAIL_SMS4.

        Args:
            email_address_id: (path, required)

            email_address: (body, required) The email address to update. Must be a valid email address.

            from_: (body, ``from`` on the wire) Sender: a dedicated or own number in E.164 format, or an alphanumeric sender id of up to 11 characters (ClickSend's "sender id"; omit for a shared number).

        """
        result: EmailToSmsAddress | None = await self._call(
            "update_email_to_sms_address",
            {
                "email_address_id": email_address_id,
                "email_address": email_address,
                "from": from_,
            },
            request_timeout,
        )
        return result

    async def delete_email_to_sms_address(
        self,
        *,
        email_address_id: int,
        request_timeout: float | None = None,
    ) -> Any:
        """Delete SMS Email-to-SMS Allowed Address

        Tool to delete a specific allowed email address from SMS email-to-SMS settings. Use when you need to remove
        an email address from your allowed email addresses list for email-to-SMS functionality.

        ``DELETE /sms/email-sms/{email_address_id}``; catalogue action: CLICKSEND_CREATE_SMS_EMAIL_SMS5.

        Args:
            email_address_id: (path, required)

        """
        result: Any = await self._call(
            "delete_email_to_sms_address",
            {
                "email_address_id": email_address_id,
            },
            request_timeout,
        )
        return result

    def list_stripped_string_rules(
        self,
        *,
        page: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        max_items: int | None = None,
        read_ahead: int | None = None,
        request_timeout: float | None = None,
    ) -> AsyncPaginator[StrippedStringPage | None, StrippedString]:
        """Get Email to SMS Stripped String Rules List

        Tool to retrieve the list of email to sms stripped string rules with pagination support. Use when you need
        to view all stripped string rules that automatically remove specific text from email-to-SMS messages.

        ``GET /sms/email-sms-stripped-strings``; catalogue action: CLICKSEND_GET_SMS_EMAIL_SMS_STRIPPED_STRINGS.

        Paginated: ``await`` this for one page, or ``async for`` over it for every StrippedString of every page
        (``limit`` sets the page size; ``max_items`` and ``read_ahead`` apply to the loop).

        Args:
            page: (query)

            limit: (query)

        """
        return self._paginate(
            "list_stripped_string_rules",
            {
                "page": page,
                "limit": limit,
            },
            max_items=max_items,
            read_ahead=read_ahead,
            request_timeout=request_timeout,
        )

    async def create_stripped_string_rule(
        self,
        *,
        strip_string: str,
        request_timeout: float | None = None,
    ) -> StrippedString | None:
        """Create Email to SMS Stripped String Rule

        Tool to create an email to SMS stripped string rule. Use when you need to automatically remove specific text
        (like email signatures) from email-to-SMS messages.

        ``POST /sms/email-sms-stripped-strings``; catalogue action: CLICKSEND_CREATE_SMS_EMAIL_SMS_STRIPPED_STRINGS.

        Args:
            strip_string: (body, required) The string to be stripped from email-to-SMS messages. When this string is encountered, everything after it (including the string itself) will be removed from the SMS message. Useful for removing email signatures.

        """
        result: StrippedString | None = await self._call(
            "create_stripped_string_rule",
            {
                "strip_string": strip_string,
            },
            request_timeout,
        )
        return result

    async def get_stripped_string_rule(
        self,
        *,
        rule_id: int,
        request_timeout: float | None = None,
    ) -> StrippedString | None:
        """Get Email to SMS Stripped String Rule

        Tool to retrieve an email to SMS stripped string rule by its ID. Use when you need to view the details of a
        specific stripped string rule.

        ``GET /sms/email-sms-stripped-strings/{rule_id}``; catalogue action: CLICKSEND_SMS_EMAIL_SMS_STRIPPED_STRING_GET.

        Args:
            rule_id: (path, required)

        """
        result: StrippedString | None = await self._call(
            "get_stripped_string_rule",
            {
                "rule_id": rule_id,
            },
            request_timeout,
        )
        return result

    async def update_stripped_string_rule(
        self,
        *,
        rule_id: int,
        strip_string: str,
        request_timeout: float | None = None,
    ) -> StrippedString | None:
        """Update Email to SMS Stripped String Rule

        Tool to update an email to SMS stripped string rule. Use when you need to modify the text pattern that is
        stripped from emails before converting to SMS.

        ``PUT /sms/email-sms-stripped-strings/{rule_id}``; catalogue actions: CLICKSEND_SMS_EMAIL_SMS_STRIPPED_STRING_PUT, CLICKSEND_UPDATE_SMS_EMAIL_SMS_STRIPPED_STRINGS.

        Args:
            rule_id: (path, required)

            strip_string: (body, required) The new text string/pattern to be stripped from emails before SMS conversion. This will replace the existing stripped string for this rule.

        """
        result: StrippedString | None = await self._call(
            "update_stripped_string_rule",
            {
                "rule_id": rule_id,
                "strip_string": strip_string,
            },
            request_timeout,
        )
        return result

    async def delete_stripped_string_rule(
        self,
        *,
        rule_id: int,
        request_timeout: float | None = None,
    ) -> Any:
        """Delete Email to SMS Stripped String Rule

        Tool to delete an email to SMS stripped string rule from the account. Use when you need to remove an
        existing stripped string rule by its rule ID.

        ``DELETE /sms/email-sms-stripped-strings/{rule_id}``; catalogue action: CLICKSEND_SMS_EMAIL_SMS_STRIPPED_STRING_DELETE.

        Args:
            rule_id: (path, required)

        """
        result: Any = await self._call(
            "delete_stripped_string_rule",
            {
                "rule_id": rule_id,
            },
            request_timeout,
        )
        return result


class SyncEmailToSmsResource(SyncResource):
    """The ``email_to_sms`` operations, blocking: ``cs.email_to_sms.<operation>(...)`` on a ``ClickSendSync``."""

    list_email_to_sms_addresses = blocking_pages(EmailToSmsResource.list_email_to_sms_addresses)
    create_email_to_sms_address = blocking(EmailToSmsResource.create_email_to_sms_address)
    get_email_to_sms_address = blocking(EmailToSmsResource.get_email_to_sms_address)
    update_email_to_sms_address = blocking(EmailToSmsResource.update_email_to_sms_address)
    delete_email_to_sms_address = blocking(EmailToSmsResource.delete_email_to_sms_address)
    list_stripped_string_rules = blocking_pages(EmailToSmsResource.list_stripped_string_rules)
    create_stripped_string_rule = blocking(EmailToSmsResource.create_stripped_string_rule)
    get_stripped_string_rule = blocking(EmailToSmsResource.get_stripped_string_rule)
    update_stripped_string_rule = blocking(EmailToSmsResource.update_stripped_string_rule)
    delete_stripped_string_rule = blocking(EmailToSmsResource.delete_stripped_string_rule)
