"""The ``automations`` operations of the ClickSend API as methods (generated from the spec: do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._blocking import SyncResource, blocking, blocking_pages
from .._resource import AsyncPaginator, Resource
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_email_receipt_rule_body_action import (
        CreateEmailReceiptRuleBodyAction,
    )
    from ..models.create_email_receipt_rule_body_enabled import (
        CreateEmailReceiptRuleBodyEnabled,
    )
    from ..models.create_fax_inbound_rule_body_action import (
        CreateFaxInboundRuleBodyAction,
    )
    from ..models.create_fax_inbound_rule_body_enabled import (
        CreateFaxInboundRuleBodyEnabled,
    )
    from ..models.create_fax_receipt_rule_body_action import (
        CreateFaxReceiptRuleBodyAction,
    )
    from ..models.create_fax_receipt_rule_body_enabled import (
        CreateFaxReceiptRuleBodyEnabled,
    )
    from ..models.create_sms_inbound_rule_body_action import (
        CreateSmsInboundRuleBodyAction,
    )
    from ..models.create_sms_inbound_rule_body_enabled import (
        CreateSmsInboundRuleBodyEnabled,
    )
    from ..models.create_sms_inbound_rule_body_message_search_type import (
        CreateSmsInboundRuleBodyMessageSearchType,
    )
    from ..models.create_sms_inbound_rule_body_webhook_type import (
        CreateSmsInboundRuleBodyWebhookType,
    )
    from ..models.create_sms_receipt_rule_body_action import (
        CreateSmsReceiptRuleBodyAction,
    )
    from ..models.create_sms_receipt_rule_body_enabled import (
        CreateSmsReceiptRuleBodyEnabled,
    )
    from ..models.create_voice_receipt_rule_body_action import (
        CreateVoiceReceiptRuleBodyAction,
    )
    from ..models.create_voice_receipt_rule_body_enabled import (
        CreateVoiceReceiptRuleBodyEnabled,
    )
    from ..models.delivery_receipt_rule import DeliveryReceiptRule
    from ..models.delivery_receipt_rule_page import DeliveryReceiptRulePage
    from ..models.inbound_fax_rule import InboundFaxRule
    from ..models.inbound_fax_rule_page import InboundFaxRulePage
    from ..models.inbound_sms_rule import InboundSmsRule
    from ..models.inbound_sms_rule_page import InboundSmsRulePage
    from ..models.update_email_receipt_rule_body_action import (
        UpdateEmailReceiptRuleBodyAction,
    )
    from ..models.update_email_receipt_rule_body_enabled import (
        UpdateEmailReceiptRuleBodyEnabled,
    )
    from ..models.update_fax_inbound_rule_body_action import (
        UpdateFaxInboundRuleBodyAction,
    )
    from ..models.update_fax_inbound_rule_body_enabled import (
        UpdateFaxInboundRuleBodyEnabled,
    )
    from ..models.update_fax_receipt_rule_body_action import (
        UpdateFaxReceiptRuleBodyAction,
    )
    from ..models.update_fax_receipt_rule_body_enabled import (
        UpdateFaxReceiptRuleBodyEnabled,
    )
    from ..models.update_sms_inbound_rule_body_action import (
        UpdateSmsInboundRuleBodyAction,
    )
    from ..models.update_sms_inbound_rule_body_enabled import (
        UpdateSmsInboundRuleBodyEnabled,
    )
    from ..models.update_sms_inbound_rule_body_message_search_type import (
        UpdateSmsInboundRuleBodyMessageSearchType,
    )
    from ..models.update_sms_inbound_rule_body_webhook_type import (
        UpdateSmsInboundRuleBodyWebhookType,
    )
    from ..models.update_sms_receipt_rule_body_action import (
        UpdateSmsReceiptRuleBodyAction,
    )
    from ..models.update_sms_receipt_rule_body_enabled import (
        UpdateSmsReceiptRuleBodyEnabled,
    )
    from ..models.update_voice_receipt_rule_body_action import (
        UpdateVoiceReceiptRuleBodyAction,
    )
    from ..models.update_voice_receipt_rule_body_enabled import (
        UpdateVoiceReceiptRuleBodyEnabled,
    )


class AutomationsResource(Resource):
    """The ``automations`` operations: ``cs.automations.<operation>(...)``."""

    def list_email_receipt_rules(
        self,
        *,
        q: str | Unset = UNSET,
        page: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        max_items: int | None = None,
        read_ahead: int | None = None,
        request_timeout: float | None = None,
    ) -> AsyncPaginator[DeliveryReceiptRulePage | None, DeliveryReceiptRule]:
        """Get All Email Delivery Receipt Automations

        Tool to retrieve all email delivery receipt automation rules configured in your ClickSend account. Use when
        you need to view or list all email receipt automation configurations. Supports pagination and filtering.

        ``GET /automations/email/receipts``; catalogue action: CLICKSEND_GET_AUTOMATIONS_EMAIL_RECEIPTS.

        Paginated: ``await`` this for one page, or ``async for`` over it for every DeliveryReceiptRule of every page
        (``limit`` sets the page size; ``max_items`` and ``read_ahead`` apply to the loop).

        Args:
            q: (query)

            page: (query)

            limit: (query)

        """
        return self._paginate(
            "list_email_receipt_rules",
            {
                "q": q,
                "page": page,
                "limit": limit,
            },
            max_items=max_items,
            read_ahead=read_ahead,
            request_timeout=request_timeout,
        )

    async def create_email_receipt_rule(
        self,
        *,
        action: CreateEmailReceiptRuleBodyAction,
        enabled: CreateEmailReceiptRuleBodyEnabled,
        rule_name: str,
        match_type: int,
        action_address: str,
        request_timeout: float | None = None,
    ) -> DeliveryReceiptRule | None:
        """Create Email Delivery Receipt Automation

        Tool to create an email delivery receipt automation rule in ClickSend. Use when you need to set up automated
        actions to trigger when email delivery receipts are received.

        ``POST /automations/email/receipts``; catalogue action: CLICKSEND_CREATE_AUTOMATIONS_EMAIL_RECEIPTS.

        Args:
            action: (body, required) Determines the response type when rule matches. Valid values: AUTO_REPLY, EMAIL_USER, EMAIL_FIXED, URL, SMS, POLL, GROUP_SMS, MOVE_CONTACT, CREATE_CONTACT, SMPP, or NONE.

            enabled: (body, required) Controls activation status of the rule. 0 = disabled, 1 = enabled (default: 1).

            rule_name: (body, required) Name to identify the automation rule. Helps organize and manage multiple rules.

            match_type: (body, required) Specifies match criteria for the delivery receipt. 0 = match all reports (default: 0).

            action_address: (body, required) Specifies where the action should be directed (e.g., email address for EMAIL_FIXED action, URL endpoint for URL action).

        """
        result: DeliveryReceiptRule | None = await self._call(
            "create_email_receipt_rule",
            {
                "action": action,
                "enabled": enabled,
                "rule_name": rule_name,
                "match_type": match_type,
                "action_address": action_address,
            },
            request_timeout,
        )
        return result

    async def get_email_receipt_rule(
        self,
        *,
        receipt_rule_id: int,
        request_timeout: float | None = None,
    ) -> DeliveryReceiptRule | None:
        """Get Email Delivery Receipt Automation

        Tool to retrieve a specific email delivery receipt automation rule by its ID. Use when you need to view the
        configuration details of an email receipt automation rule.

        ``GET /automations/email/receipts/{receipt_rule_id}``; catalogue action: CLICKSEND_EMAIL_DELIVERY_RECEIPT_AUTOMATION_GET.

        Args:
            receipt_rule_id: (path, required)

        """
        result: DeliveryReceiptRule | None = await self._call(
            "get_email_receipt_rule",
            {
                "receipt_rule_id": receipt_rule_id,
            },
            request_timeout,
        )
        return result

    async def update_email_receipt_rule(
        self,
        *,
        receipt_rule_id: int,
        action: UpdateEmailReceiptRuleBodyAction,
        enabled: UpdateEmailReceiptRuleBodyEnabled,
        rule_name: str,
        match_type: int,
        action_address: str,
        request_timeout: float | None = None,
    ) -> DeliveryReceiptRule | None:
        """Update Email Delivery Receipt Automation

        Tool to update an email delivery receipt automation rule in ClickSend. Use when you need to modify the
        configuration of an existing email receipt automation rule.

        ``PUT /automations/email/receipts/{receipt_rule_id}``; catalogue actions: CLICKSEND_EMAIL_DELIVERY_RECEIPT_AUTOMATION_PUT, CLICKSEND_UPDATE_AUTOMATIONS_EMAIL_RECEIPTS.

        Args:
            receipt_rule_id: (path, required)

            action: (body, required) Determines the response type when rule matches. Valid values: AUTO_REPLY, EMAIL_USER, EMAIL_FIXED, URL, SMS, POLL, GROUP_SMS, MOVE_CONTACT, CREATE_CONTACT, CREATE_CONTACT_PLUS_EMAIL, CREATE_CONTACT_PLUS_NAME_EMAIL, CREATE_CONTACT_PLUS_NAME, SMPP, or NONE.

            enabled: (body, required) Controls activation status of the rule. 0 = disabled, 1 = enabled.

            rule_name: (body, required) Name to identify the automation rule. Helps organize and manage multiple rules.

            match_type: (body, required) Specifies match criteria for the delivery receipt. 0 = match all reports (default: 0).

            action_address: (body, required) Specifies where the action should be directed (e.g., email address for EMAIL_FIXED action, URL endpoint for URL action).

        """
        result: DeliveryReceiptRule | None = await self._call(
            "update_email_receipt_rule",
            {
                "receipt_rule_id": receipt_rule_id,
                "action": action,
                "enabled": enabled,
                "rule_name": rule_name,
                "match_type": match_type,
                "action_address": action_address,
            },
            request_timeout,
        )
        return result

    async def delete_email_receipt_rule(
        self,
        *,
        receipt_rule_id: int,
        request_timeout: float | None = None,
    ) -> Any:
        """Delete Email Delivery Receipt Automation

        Tool to delete an email delivery receipt automation rule. Use when you need to remove an existing email
        receipt automation by its rule ID.

        ``DELETE /automations/email/receipts/{receipt_rule_id}``; catalogue actions: CLICKSEND_DELETE_AUTOMATIONS_EMAIL_RECEIPTS, CLICKSEND_EMAIL_DELIVERY_RECEIPT_AUTOMATION_DELETE.

        Args:
            receipt_rule_id: (path, required)

        """
        result: Any = await self._call(
            "delete_email_receipt_rule",
            {
                "receipt_rule_id": receipt_rule_id,
            },
            request_timeout,
        )
        return result

    def list_fax_inbound_rules(
        self,
        *,
        page: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        max_items: int | None = None,
        read_ahead: int | None = None,
        request_timeout: float | None = None,
    ) -> AsyncPaginator[InboundFaxRulePage | None, InboundFaxRule]:
        """Get All Inbound Fax Automations

        Tool to retrieve all inbound fax automation rules configured in your ClickSend account. Use when you need to
        view or list all inbound fax automation configurations. Supports pagination.

        ``GET /automations/fax/inbound``; catalogue action: CLICKSEND_GET_AUTOMATIONS_FAX_INBOUND.

        Paginated: ``await`` this for one page, or ``async for`` over it for every InboundFaxRule of every page
        (``limit`` sets the page size; ``max_items`` and ``read_ahead`` apply to the loop).

        Args:
            page: (query)

            limit: (query)

        """
        return self._paginate(
            "list_fax_inbound_rules",
            {
                "page": page,
                "limit": limit,
            },
            max_items=max_items,
            read_ahead=read_ahead,
            request_timeout=request_timeout,
        )

    async def create_fax_inbound_rule(
        self,
        *,
        action: CreateFaxInboundRuleBodyAction,
        enabled: CreateFaxInboundRuleBodyEnabled,
        rule_name: str,
        action_address: str,
        dedicated_number: str,
        request_timeout: float | None = None,
    ) -> InboundFaxRule | None:
        """Create Inbound Fax Automation

        Tool to create a new inbound fax automation rule in ClickSend. Use when you need to set up automated actions
        to trigger when inbound faxes are received.

        ``POST /automations/fax/inbound``; catalogue action: CLICKSEND_CREATE_AUTOMATIONS_FAX_INBOUND.

        Args:
            action: (body, required) The action to perform when a fax is received. Supported actions include EMAIL_FIXED (send to fixed email), URL (send to webhook), and others.

            enabled: (body, required) Controls activation status of the rule. 0 = disabled, 1 = enabled.

            rule_name: (body, required) Name of the automation rule to identify it. Helps organize and manage multiple rules.

            action_address: (body, required) The destination address for the action. For EMAIL_FIXED action, provide an email address. For URL action, provide a webhook URL.

            dedicated_number: (body, required) The dedicated fax number to apply this rule to. Use '*' to apply the rule to all fax numbers.

        """
        result: InboundFaxRule | None = await self._call(
            "create_fax_inbound_rule",
            {
                "action": action,
                "enabled": enabled,
                "rule_name": rule_name,
                "action_address": action_address,
                "dedicated_number": dedicated_number,
            },
            request_timeout,
        )
        return result

    async def get_fax_inbound_rule(
        self,
        *,
        inbound_rule_id: int,
        request_timeout: float | None = None,
    ) -> InboundFaxRule | None:
        """Get Inbound Fax Rule

        One inbound fax automation rule.

        ``GET /automations/fax/inbound/{inbound_rule_id}``.

        Args:
            inbound_rule_id: (path, required)

        """
        result: InboundFaxRule | None = await self._call(
            "get_fax_inbound_rule",
            {
                "inbound_rule_id": inbound_rule_id,
            },
            request_timeout,
        )
        return result

    async def update_fax_inbound_rule(
        self,
        *,
        inbound_rule_id: int,
        action: UpdateFaxInboundRuleBodyAction,
        enabled: UpdateFaxInboundRuleBodyEnabled,
        rule_name: str,
        action_address: str,
        dedicated_number: str,
        request_timeout: float | None = None,
    ) -> InboundFaxRule | None:
        """Update Inbound Fax Automation

        Tool to update an existing inbound fax automation rule in ClickSend. Use when you need to modify the
        settings of an inbound fax automation rule.

        ``PUT /automations/fax/inbound/{inbound_rule_id}``; catalogue actions: CLICKSEND_FAX_INBOUND_AUTOMATION_PUT, CLICKSEND_UPDATE_AUTOMATIONS_FAX_INBOUND.

        Args:
            inbound_rule_id: (path, required)

            action: (body, required) The action to perform when a fax is received. Allowed values: AUTO_REPLY, EMAIL_USER, EMAIL_FIXED, URL, SMS, POLL, GROUP_SMS, MOVE_CONTACT, CREATE_CONTACT, CREATE_CONTACT_PLUS_EMAIL, CREATE_CONTACT_PLUS_NAME_EMAIL, CREATE_CONTACT_PLUS_NAME, SMPP, NONE.

            enabled: (body, required) Controls activation status of the rule. 0 = disabled, 1 = enabled.

            rule_name: (body, required) Name of the automation rule to identify it. Helps organize and manage multiple rules.

            action_address: (body, required) The destination address for the action. For EMAIL_FIXED action, provide an email address. For URL action, provide a webhook URL.

            dedicated_number: (body, required) The dedicated fax number to apply this rule to. Use '*' to apply the rule to all fax numbers.

        """
        result: InboundFaxRule | None = await self._call(
            "update_fax_inbound_rule",
            {
                "inbound_rule_id": inbound_rule_id,
                "action": action,
                "enabled": enabled,
                "rule_name": rule_name,
                "action_address": action_address,
                "dedicated_number": dedicated_number,
            },
            request_timeout,
        )
        return result

    async def delete_fax_inbound_rule(
        self,
        *,
        inbound_rule_id: int,
        request_timeout: float | None = None,
    ) -> Any:
        """Delete Inbound Fax Rule

        Delete an inbound fax automation rule.

        ``DELETE /automations/fax/inbound/{inbound_rule_id}``.

        Args:
            inbound_rule_id: (path, required)

        """
        result: Any = await self._call(
            "delete_fax_inbound_rule",
            {
                "inbound_rule_id": inbound_rule_id,
            },
            request_timeout,
        )
        return result

    def list_fax_receipt_rules(
        self,
        *,
        q: str | Unset = UNSET,
        page: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        max_items: int | None = None,
        read_ahead: int | None = None,
        request_timeout: float | None = None,
    ) -> AsyncPaginator[DeliveryReceiptRulePage | None, DeliveryReceiptRule]:
        """Get All Fax Delivery Receipt Automations

        Tool to retrieve all fax delivery receipt automation rules configured in your ClickSend account. Use when
        you need to view or list all fax receipt automation configurations. Supports pagination and filtering.

        ``GET /automations/fax/receipts``; catalogue action: CLICKSEND_GET_AUTOMATIONS_FAX_RECEIPTS.

        Paginated: ``await`` this for one page, or ``async for`` over it for every DeliveryReceiptRule of every page
        (``limit`` sets the page size; ``max_items`` and ``read_ahead`` apply to the loop).

        Args:
            q: (query)

            page: (query)

            limit: (query)

        """
        return self._paginate(
            "list_fax_receipt_rules",
            {
                "q": q,
                "page": page,
                "limit": limit,
            },
            max_items=max_items,
            read_ahead=read_ahead,
            request_timeout=request_timeout,
        )

    async def create_fax_receipt_rule(
        self,
        *,
        action: CreateFaxReceiptRuleBodyAction,
        enabled: CreateFaxReceiptRuleBodyEnabled,
        rule_name: str,
        match_type: int,
        action_address: str,
        request_timeout: float | None = None,
    ) -> DeliveryReceiptRule | None:
        """Create Fax Delivery Receipt Automation

        Tool to create a fax delivery receipt automation rule in ClickSend. Use when you need to set up automated
        actions to trigger when fax delivery receipts are received.

        ``POST /automations/fax/receipts``; catalogue action: CLICKSEND_CREATE_AUTOMATIONS_FAX_RECEIPTS.

        Args:
            action: (body, required) Determines the response type when rule matches. Valid values: AUTO_REPLY, EMAIL_USER, EMAIL_FIXED, URL, SMS, POLL, GROUP_SMS, MOVE_CONTACT, CREATE_CONTACT, CREATE_CONTACT_PLUS_EMAIL, CREATE_CONTACT_PLUS_NAME_EMAIL, CREATE_CONTACT_PLUS_NAME, SMPP, or NONE.

            enabled: (body, required) Controls activation status of the rule. 0 = disabled, 1 = enabled (default: 1).

            rule_name: (body, required) Name to identify the automation rule. Helps organize and manage multiple rules.

            match_type: (body, required) Specifies match criteria for the delivery receipt. 0 = match all reports (default: 0).

            action_address: (body, required) Specifies where the action should be directed (e.g., email address for EMAIL_FIXED action, URL endpoint for URL action).

        """
        result: DeliveryReceiptRule | None = await self._call(
            "create_fax_receipt_rule",
            {
                "action": action,
                "enabled": enabled,
                "rule_name": rule_name,
                "match_type": match_type,
                "action_address": action_address,
            },
            request_timeout,
        )
        return result

    async def get_fax_receipt_rule(
        self,
        *,
        receipt_rule_id: int,
        request_timeout: float | None = None,
    ) -> DeliveryReceiptRule | None:
        """Get Fax Delivery Receipt Automation

        Tool to retrieve a specific fax delivery receipt automation rule by its ID. Use when you need to view the
        configuration details of a fax receipt automation rule.

        ``GET /automations/fax/receipts/{receipt_rule_id}``; catalogue action: CLICKSEND_FAX_DELIVERY_RECEIPT_AUTOMATION_GET.

        Args:
            receipt_rule_id: (path, required)

        """
        result: DeliveryReceiptRule | None = await self._call(
            "get_fax_receipt_rule",
            {
                "receipt_rule_id": receipt_rule_id,
            },
            request_timeout,
        )
        return result

    async def update_fax_receipt_rule(
        self,
        *,
        receipt_rule_id: int,
        action: UpdateFaxReceiptRuleBodyAction,
        enabled: UpdateFaxReceiptRuleBodyEnabled,
        rule_name: str,
        match_type: int,
        action_address: str,
        request_timeout: float | None = None,
    ) -> DeliveryReceiptRule | None:
        """Update Fax Delivery Receipt Automation

        Tool to update fax delivery receipt automation. Use when you need to modify an existing fax delivery receipt
        automation rule by its rule ID.

        ``PUT /automations/fax/receipts/{receipt_rule_id}``; catalogue actions: CLICKSEND_FAX_DELIVERY_RECEIPT_AUTOMATION_PUT, CLICKSEND_UPDATE_AUTOMATIONS_FAX_RECEIPTS.

        Args:
            receipt_rule_id: (path, required)

            action: (body, required) Determines the response type when rule matches. Supported options: AUTO_REPLY, EMAIL_USER, EMAIL_FIXED, URL, SMS, POLL, GROUP_SMS, MOVE_CONTACT, CREATE_CONTACT, CREATE_CONTACT_PLUS_EMAIL, CREATE_CONTACT_PLUS_NAME_EMAIL, CREATE_CONTACT_PLUS_NAME, SMPP, NONE.

            enabled: (body, required) Controls activation status of the rule. 0 = disabled, 1 = enabled.

            rule_name: (body, required) Name to identify the automation rule. Helps organize and manage multiple rules.

            match_type: (body, required) Specifies match criteria for the delivery receipt. 0 = match all reports.

            action_address: (body, required) Designates the target destination or endpoint for the triggered action (e.g., URL endpoint or email address).

        """
        result: DeliveryReceiptRule | None = await self._call(
            "update_fax_receipt_rule",
            {
                "receipt_rule_id": receipt_rule_id,
                "action": action,
                "enabled": enabled,
                "rule_name": rule_name,
                "match_type": match_type,
                "action_address": action_address,
            },
            request_timeout,
        )
        return result

    async def delete_fax_receipt_rule(
        self,
        *,
        receipt_rule_id: int,
        request_timeout: float | None = None,
    ) -> Any:
        """Delete Fax Delivery Receipt Automation

        Tool to delete a fax delivery receipt automation rule. Use when you need to remove an existing fax delivery
        receipt automation by its rule ID.

        ``DELETE /automations/fax/receipts/{receipt_rule_id}``; catalogue action: CLICKSEND_FAX_DELIVERY_RECEIPT_AUTOMATION_DELETE.

        Args:
            receipt_rule_id: (path, required)

        """
        result: Any = await self._call(
            "delete_fax_receipt_rule",
            {
                "receipt_rule_id": receipt_rule_id,
            },
            request_timeout,
        )
        return result

    def list_sms_inbound_rules(
        self,
        *,
        q: str | Unset = UNSET,
        page: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        max_items: int | None = None,
        read_ahead: int | None = None,
        request_timeout: float | None = None,
    ) -> AsyncPaginator[InboundSmsRulePage | None, InboundSmsRule]:
        """Get All Inbound SMS Automations

        Tool to retrieve all inbound SMS automation rules configured in your ClickSend account. Use when you need to
        view or list all inbound SMS automation configurations. Supports pagination and filtering.

        ``GET /automations/sms/inbound``; catalogue action: CLICKSEND_GET_AUTOMATIONS_SMS_INBOUND.

        Paginated: ``await`` this for one page, or ``async for`` over it for every InboundSmsRule of every page
        (``limit`` sets the page size; ``max_items`` and ``read_ahead`` apply to the loop).

        Args:
            q: (query)

            page: (query)

            limit: (query)

        """
        return self._paginate(
            "list_sms_inbound_rules",
            {
                "q": q,
                "page": page,
                "limit": limit,
            },
            max_items=max_items,
            read_ahead=read_ahead,
            request_timeout=request_timeout,
        )

    async def create_sms_inbound_rule(
        self,
        *,
        action: CreateSmsInboundRuleBodyAction,
        enabled: CreateSmsInboundRuleBodyEnabled,
        rule_name: str,
        action_address: str,
        dedicated_number: str,
        message_search_term: str,
        message_search_type: CreateSmsInboundRuleBodyMessageSearchType,
        webhook_type: CreateSmsInboundRuleBodyWebhookType | Unset = UNSET,
        request_timeout: float | None = None,
    ) -> InboundSmsRule | None:
        """Create Inbound SMS Automation

        Tool to create a new inbound SMS automation rule in ClickSend. Use when you need to set up automated actions
        to trigger when inbound SMS messages are received.

        ``POST /automations/sms/inbound``; catalogue action: CLICKSEND_CREATE_AUTOMATIONS_SMS_INBOUND.

        Args:
            action: (body, required) Action to perform when rule matches. Valid values: AUTO_REPLY, EMAIL_USER, EMAIL_FIXED, URL, SMS, POLL, GROUP_SMS, MOVE_CONTACT, CREATE_CONTACT, CREATE_CONTACT_PLUS_EMAIL, CREATE_CONTACT_PLUS_NAME_EMAIL, CREATE_CONTACT_PLUS_NAME, SMPP, NONE.

            enabled: (body, required) Controls activation status of the rule. 0 = disabled, 1 = enabled.

            rule_name: (body, required) Name of the automation rule to identify it. Helps organize and manage multiple rules.

            action_address: (body, required) Target destination for the specified action. For EMAIL_FIXED provide email address, for URL provide webhook URL, for contact lists provide list ID.

            dedicated_number: (body, required) The dedicated phone number to apply this rule to. Use '*' to apply the rule to all numbers.

            message_search_term: (body, required) Text pattern to match against incoming messages. Can be null for message_search_type=0 (any message).

            message_search_type: (body, required) Message matching logic. 0 = Any message, 1 = starts with, 2 = contains, 3 = does not contain.

            webhook_type: (body) Webhook format type. Valid values: 'post', 'get', or 'json'. Defaults to 'post' if not specified.

        """
        result: InboundSmsRule | None = await self._call(
            "create_sms_inbound_rule",
            {
                "action": action,
                "enabled": enabled,
                "rule_name": rule_name,
                "action_address": action_address,
                "dedicated_number": dedicated_number,
                "message_search_term": message_search_term,
                "message_search_type": message_search_type,
                "webhook_type": webhook_type,
            },
            request_timeout,
        )
        return result

    async def get_sms_inbound_rule(
        self,
        *,
        inbound_rule_id: int,
        request_timeout: float | None = None,
    ) -> InboundSmsRule | None:
        """Get Inbound SMS Automation

        Tool to retrieve a specific inbound SMS automation rule by its ID. Use when you need to view the
        configuration details of an inbound SMS automation rule.

        ``GET /automations/sms/inbound/{inbound_rule_id}``; catalogue action: CLICKSEND_SMS_INBOUND_AUTOMATION_GET.

        Args:
            inbound_rule_id: (path, required)

        """
        result: InboundSmsRule | None = await self._call(
            "get_sms_inbound_rule",
            {
                "inbound_rule_id": inbound_rule_id,
            },
            request_timeout,
        )
        return result

    async def update_sms_inbound_rule(
        self,
        *,
        inbound_rule_id: int,
        action: UpdateSmsInboundRuleBodyAction,
        enabled: UpdateSmsInboundRuleBodyEnabled,
        rule_name: str,
        action_address: str,
        dedicated_number: str,
        message_search_term: str,
        message_search_type: UpdateSmsInboundRuleBodyMessageSearchType,
        webhook_type: UpdateSmsInboundRuleBodyWebhookType | Unset = UNSET,
        request_timeout: float | None = None,
    ) -> InboundSmsRule | None:
        """Update Inbound SMS Automation

        Tool to update an existing inbound SMS automation rule in ClickSend. Use when you need to modify automated
        actions for inbound SMS messages.

        ``PUT /automations/sms/inbound/{inbound_rule_id}``; catalogue actions: CLICKSEND_SMS_INBOUND_AUTOMATION_PUT, CLICKSEND_UPDATE_AUTOMATIONS_SMS_INBOUND.

        Args:
            inbound_rule_id: (path, required)

            action: (body, required) Action to perform when rule matches. Valid values: AUTO_REPLY, EMAIL_USER, EMAIL_FIXED, URL, SMS, POLL, GROUP_SMS, MOVE_CONTACT, CREATE_CONTACT, CREATE_CONTACT_PLUS_EMAIL, CREATE_CONTACT_PLUS_NAME_EMAIL, CREATE_CONTACT_PLUS_NAME, SMPP, NONE.

            enabled: (body, required) Controls activation status of the rule. 0 = disabled, 1 = enabled.

            rule_name: (body, required) Name of the automation rule to identify it. Helps organize and manage multiple rules.

            action_address: (body, required) Target destination for the specified action. For EMAIL_FIXED provide email address, for URL provide webhook URL, for contact lists provide list ID.

            dedicated_number: (body, required) The dedicated phone number to apply this rule to. Use '*' to apply the rule to all numbers.

            message_search_term: (body, required) Text pattern to match against incoming messages. Can be null for message_search_type=0 (any message).

            message_search_type: (body, required) Message matching logic. 0 = Any message, 1 = starts with, 2 = contains, 3 = does not contain.

            webhook_type: (body) Webhook format type. Valid values: 'post', 'get', or 'json'. Defaults to 'post' if not specified.

        """
        result: InboundSmsRule | None = await self._call(
            "update_sms_inbound_rule",
            {
                "inbound_rule_id": inbound_rule_id,
                "action": action,
                "enabled": enabled,
                "rule_name": rule_name,
                "action_address": action_address,
                "dedicated_number": dedicated_number,
                "message_search_term": message_search_term,
                "message_search_type": message_search_type,
                "webhook_type": webhook_type,
            },
            request_timeout,
        )
        return result

    async def delete_sms_inbound_rule(
        self,
        *,
        inbound_rule_id: int,
        request_timeout: float | None = None,
    ) -> Any:
        """Delete Inbound SMS Automation

        Tool to delete an inbound SMS automation rule. Use when you need to remove an existing inbound SMS
        automation by its rule ID.

        ``DELETE /automations/sms/inbound/{inbound_rule_id}``; catalogue actions: CLICKSEND_DELETE_AUTOMATIONS_SMS_INBOUND, CLICKSEND_SMS_INBOUND_AUTOMATION_DELETE.

        Args:
            inbound_rule_id: (path, required)

        """
        result: Any = await self._call(
            "delete_sms_inbound_rule",
            {
                "inbound_rule_id": inbound_rule_id,
            },
            request_timeout,
        )
        return result

    def list_sms_receipt_rules(
        self,
        *,
        q: str | Unset = UNSET,
        page: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        max_items: int | None = None,
        read_ahead: int | None = None,
        request_timeout: float | None = None,
    ) -> AsyncPaginator[DeliveryReceiptRulePage | None, DeliveryReceiptRule]:
        """Get All SMS Delivery Receipt Automations

        Tool to retrieve all SMS delivery receipt automation rules configured in your ClickSend account. Use when
        you need to view or list all SMS receipt automation configurations. Supports pagination and filtering.

        ``GET /automations/sms/receipts``; catalogue action: CLICKSEND_GET_AUTOMATIONS_SMS_RECEIPTS.

        Paginated: ``await`` this for one page, or ``async for`` over it for every DeliveryReceiptRule of every page
        (``limit`` sets the page size; ``max_items`` and ``read_ahead`` apply to the loop).

        Args:
            q: (query)

            page: (query)

            limit: (query)

        """
        return self._paginate(
            "list_sms_receipt_rules",
            {
                "q": q,
                "page": page,
                "limit": limit,
            },
            max_items=max_items,
            read_ahead=read_ahead,
            request_timeout=request_timeout,
        )

    async def create_sms_receipt_rule(
        self,
        *,
        action: CreateSmsReceiptRuleBodyAction,
        enabled: CreateSmsReceiptRuleBodyEnabled,
        rule_name: str,
        match_type: int,
        action_address: str,
        request_timeout: float | None = None,
    ) -> DeliveryReceiptRule | None:
        """Create SMS Delivery Receipt Automation

        Tool to create an SMS delivery receipt automation rule in ClickSend. Use when you need to set up automated
        actions to trigger when SMS delivery receipts are received.

        ``POST /automations/sms/receipts``; catalogue action: CLICKSEND_CREATE_AUTOMATIONS_SMS_RECEIPTS.

        Args:
            action: (body, required) Determines the response type when rule matches. Valid values: AUTO_REPLY, EMAIL_USER, EMAIL_FIXED, URL, SMS, POLL, GROUP_SMS, MOVE_CONTACT, CREATE_CONTACT, CREATE_CONTACT_PLUS_EMAIL, CREATE_CONTACT_PLUS_NAME_EMAIL, CREATE_CONTACT_PLUS_NAME, SMPP, or NONE.

            enabled: (body, required) Controls activation status of the rule. 0 = disabled, 1 = enabled.

            rule_name: (body, required) Name to identify the automation rule. Helps organize and manage multiple rules.

            match_type: (body, required) Specifies match criteria for the delivery receipt. 0 = match all reports, 1-3 = specific match types.

            action_address: (body, required) Specifies where the action should be directed (e.g., email address for EMAIL_FIXED action, URL for URL action).

        """
        result: DeliveryReceiptRule | None = await self._call(
            "create_sms_receipt_rule",
            {
                "action": action,
                "enabled": enabled,
                "rule_name": rule_name,
                "match_type": match_type,
                "action_address": action_address,
            },
            request_timeout,
        )
        return result

    async def get_sms_receipt_rule(
        self,
        *,
        receipt_rule_id: int,
        request_timeout: float | None = None,
    ) -> DeliveryReceiptRule | None:
        """Get SMS Delivery Receipt Automation

        Tool to retrieve a specific SMS delivery receipt automation rule by its ID. Use when you need to view the
        configuration details of an SMS receipt automation rule.

        ``GET /automations/sms/receipts/{receipt_rule_id}``; catalogue action: CLICKSEND_SMS_DELIVERY_RECEIPT_AUTOMATION_GET.

        Args:
            receipt_rule_id: (path, required)

        """
        result: DeliveryReceiptRule | None = await self._call(
            "get_sms_receipt_rule",
            {
                "receipt_rule_id": receipt_rule_id,
            },
            request_timeout,
        )
        return result

    async def update_sms_receipt_rule(
        self,
        *,
        receipt_rule_id: int,
        action: UpdateSmsReceiptRuleBodyAction,
        enabled: UpdateSmsReceiptRuleBodyEnabled,
        rule_name: str,
        match_type: int,
        action_address: str,
        request_timeout: float | None = None,
    ) -> DeliveryReceiptRule | None:
        """Update SMS Delivery Receipt Automation

        Tool to update an SMS delivery receipt automation rule in ClickSend. Use when you need to modify the
        configuration of an existing SMS receipt automation rule.

        ``PUT /automations/sms/receipts/{receipt_rule_id}``; catalogue actions: CLICKSEND_SMS_DELIVERY_RECEIPT_AUTOMATION_PUT, CLICKSEND_UPDATE_AUTOMATIONS_SMS_RECEIPTS.

        Args:
            receipt_rule_id: (path, required)

            action: (body, required) Determines the response type when rule matches. Valid values: AUTO_REPLY, EMAIL_USER, EMAIL_FIXED, URL, SMS, POLL, GROUP_SMS, MOVE_CONTACT, CREATE_CONTACT, CREATE_CONTACT_PLUS_EMAIL, CREATE_CONTACT_PLUS_NAME_EMAIL, CREATE_CONTACT_PLUS_NAME, SMPP, or NONE.

            enabled: (body, required) Controls activation status of the rule. 0 = disabled, 1 = enabled.

            rule_name: (body, required) Name to identify the automation rule. Helps organize and manage multiple rules.

            match_type: (body, required) Specifies match criteria for the delivery receipt. 0 = match all reports (default: 0).

            action_address: (body, required) Specifies where the action should be directed (e.g., email address for EMAIL_FIXED action, URL endpoint for URL action).

        """
        result: DeliveryReceiptRule | None = await self._call(
            "update_sms_receipt_rule",
            {
                "receipt_rule_id": receipt_rule_id,
                "action": action,
                "enabled": enabled,
                "rule_name": rule_name,
                "match_type": match_type,
                "action_address": action_address,
            },
            request_timeout,
        )
        return result

    async def delete_sms_receipt_rule(
        self,
        *,
        receipt_rule_id: int,
        request_timeout: float | None = None,
    ) -> Any:
        """Delete SMS Delivery Receipt Automation

        Tool to delete an SMS delivery receipt automation rule. Use when you need to remove an existing delivery
        receipt automation by its rule ID.

        ``DELETE /automations/sms/receipts/{receipt_rule_id}``; catalogue action: CLICKSEND_SMS_DELIVERY_RECEIPT_AUTOMATION_DELETE.

        Args:
            receipt_rule_id: (path, required)

        """
        result: Any = await self._call(
            "delete_sms_receipt_rule",
            {
                "receipt_rule_id": receipt_rule_id,
            },
            request_timeout,
        )
        return result

    def list_voice_receipt_rules(
        self,
        *,
        q: str | Unset = UNSET,
        page: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        max_items: int | None = None,
        read_ahead: int | None = None,
        request_timeout: float | None = None,
    ) -> AsyncPaginator[DeliveryReceiptRulePage | None, DeliveryReceiptRule]:
        """Get All Voice Delivery Receipt Automations

        Tool to retrieve all voice delivery receipt automation rules configured in your ClickSend account. Use when
        you need to view or list all voice receipt automation configurations. Supports pagination and filtering.

        ``GET /automations/voice/receipts``; catalogue action: CLICKSEND_GET_AUTOMATIONS_VOICE_RECEIPTS.

        Paginated: ``await`` this for one page, or ``async for`` over it for every DeliveryReceiptRule of every page
        (``limit`` sets the page size; ``max_items`` and ``read_ahead`` apply to the loop).

        Args:
            q: (query)

            page: (query)

            limit: (query)

        """
        return self._paginate(
            "list_voice_receipt_rules",
            {
                "q": q,
                "page": page,
                "limit": limit,
            },
            max_items=max_items,
            read_ahead=read_ahead,
            request_timeout=request_timeout,
        )

    async def create_voice_receipt_rule(
        self,
        *,
        action: CreateVoiceReceiptRuleBodyAction,
        enabled: CreateVoiceReceiptRuleBodyEnabled,
        rule_name: str,
        match_type: int,
        action_address: str,
        request_timeout: float | None = None,
    ) -> DeliveryReceiptRule | None:
        """Create Voice Delivery Receipt Automation

        Tool to create a voice delivery receipt automation rule in ClickSend. Use when you need to set up automated
        actions to forward voice delivery receipts to a specified URL or email when voice messages are delivered.

        ``POST /automations/voice/receipts``; catalogue action: CLICKSEND_CREATE_AUTOMATIONS_VOICE_RECEIPTS.

        Args:
            action: (body, required) Response action to perform when rule matches (e.g., 'URL' for webhook, 'EMAIL_FIXED' for email notification).

            enabled: (body, required) Binary flag to activate/deactivate the rule. 1 = enabled, 0 = disabled.

            rule_name: (body, required) Name identifying the automation rule. Helps organize and manage multiple rules.

            match_type: (body, required) Determines which delivery statuses trigger the rule. Value 0 = All delivery reports, values 1-3 = Specific status filters.

            action_address: (body, required) Target destination for the action - URL endpoint or email address where delivery receipts will be sent.

        """
        result: DeliveryReceiptRule | None = await self._call(
            "create_voice_receipt_rule",
            {
                "action": action,
                "enabled": enabled,
                "rule_name": rule_name,
                "match_type": match_type,
                "action_address": action_address,
            },
            request_timeout,
        )
        return result

    async def get_voice_receipt_rule(
        self,
        *,
        receipt_rule_id: int,
        request_timeout: float | None = None,
    ) -> DeliveryReceiptRule | None:
        """Get Voice Delivery Receipt Automation

        Tool to retrieve a specific voice delivery receipt automation rule by its ID. Use when you need to view the
        configuration details of a voice receipt automation rule.

        ``GET /automations/voice/receipts/{receipt_rule_id}``; catalogue action: CLICKSEND_VOICE_DELIVERY_RECEIPT_AUTOMATION_GET.

        Args:
            receipt_rule_id: (path, required)

        """
        result: DeliveryReceiptRule | None = await self._call(
            "get_voice_receipt_rule",
            {
                "receipt_rule_id": receipt_rule_id,
            },
            request_timeout,
        )
        return result

    async def update_voice_receipt_rule(
        self,
        *,
        receipt_rule_id: int,
        action: UpdateVoiceReceiptRuleBodyAction,
        enabled: UpdateVoiceReceiptRuleBodyEnabled,
        rule_name: str,
        match_type: int,
        action_address: str,
        request_timeout: float | None = None,
    ) -> DeliveryReceiptRule | None:
        """Update Voice Delivery Receipt Automation

        Tool to update a voice delivery receipt automation rule in ClickSend. Use when you need to modify the
        configuration of an existing voice receipt automation rule.

        ``PUT /automations/voice/receipts/{receipt_rule_id}``; catalogue actions: CLICKSEND_VOICE_DELIVERY_RECEIPT_AUTOMATION_PUT, CLICKSEND_UPDATE_AUTOMATIONS_VOICE_RECEIPTS.

        Args:
            receipt_rule_id: (path, required)

            action: (body, required) Response action to perform when rule matches (e.g., 'URL' for webhook, 'EMAIL_FIXED' for email notification).

            enabled: (body, required) Controls activation status of the rule. 0 = disabled, 1 = enabled.

            rule_name: (body, required) Name to identify the automation rule. Helps organize and manage multiple rules.

            match_type: (body, required) Determines which delivery statuses trigger the rule. Value 0 = All delivery reports, values 1-3 = Specific status filters.

            action_address: (body, required) Target destination for the action - URL endpoint or email address where delivery receipts will be sent.

        """
        result: DeliveryReceiptRule | None = await self._call(
            "update_voice_receipt_rule",
            {
                "receipt_rule_id": receipt_rule_id,
                "action": action,
                "enabled": enabled,
                "rule_name": rule_name,
                "match_type": match_type,
                "action_address": action_address,
            },
            request_timeout,
        )
        return result

    async def delete_voice_receipt_rule(
        self,
        *,
        receipt_rule_id: int,
        request_timeout: float | None = None,
    ) -> Any:
        """Delete Voice Receipt Automation

        Tool to delete a voice delivery receipt automation rule. Use when you need to remove a specific voice
        receipt automation rule.

        ``DELETE /automations/voice/receipts/{receipt_rule_id}``; catalogue action: CLICKSEND_VOICE_DELIVERY_RECEIPT_AUTOMATION_DELETE.

        Args:
            receipt_rule_id: (path, required)

        """
        result: Any = await self._call(
            "delete_voice_receipt_rule",
            {
                "receipt_rule_id": receipt_rule_id,
            },
            request_timeout,
        )
        return result


class SyncAutomationsResource(SyncResource):
    """The ``automations`` operations, blocking: ``cs.automations.<operation>(...)`` on a ``ClickSendSync``."""

    list_email_receipt_rules = blocking_pages(AutomationsResource.list_email_receipt_rules)
    create_email_receipt_rule = blocking(AutomationsResource.create_email_receipt_rule)
    get_email_receipt_rule = blocking(AutomationsResource.get_email_receipt_rule)
    update_email_receipt_rule = blocking(AutomationsResource.update_email_receipt_rule)
    delete_email_receipt_rule = blocking(AutomationsResource.delete_email_receipt_rule)
    list_fax_inbound_rules = blocking_pages(AutomationsResource.list_fax_inbound_rules)
    create_fax_inbound_rule = blocking(AutomationsResource.create_fax_inbound_rule)
    get_fax_inbound_rule = blocking(AutomationsResource.get_fax_inbound_rule)
    update_fax_inbound_rule = blocking(AutomationsResource.update_fax_inbound_rule)
    delete_fax_inbound_rule = blocking(AutomationsResource.delete_fax_inbound_rule)
    list_fax_receipt_rules = blocking_pages(AutomationsResource.list_fax_receipt_rules)
    create_fax_receipt_rule = blocking(AutomationsResource.create_fax_receipt_rule)
    get_fax_receipt_rule = blocking(AutomationsResource.get_fax_receipt_rule)
    update_fax_receipt_rule = blocking(AutomationsResource.update_fax_receipt_rule)
    delete_fax_receipt_rule = blocking(AutomationsResource.delete_fax_receipt_rule)
    list_sms_inbound_rules = blocking_pages(AutomationsResource.list_sms_inbound_rules)
    create_sms_inbound_rule = blocking(AutomationsResource.create_sms_inbound_rule)
    get_sms_inbound_rule = blocking(AutomationsResource.get_sms_inbound_rule)
    update_sms_inbound_rule = blocking(AutomationsResource.update_sms_inbound_rule)
    delete_sms_inbound_rule = blocking(AutomationsResource.delete_sms_inbound_rule)
    list_sms_receipt_rules = blocking_pages(AutomationsResource.list_sms_receipt_rules)
    create_sms_receipt_rule = blocking(AutomationsResource.create_sms_receipt_rule)
    get_sms_receipt_rule = blocking(AutomationsResource.get_sms_receipt_rule)
    update_sms_receipt_rule = blocking(AutomationsResource.update_sms_receipt_rule)
    delete_sms_receipt_rule = blocking(AutomationsResource.delete_sms_receipt_rule)
    list_voice_receipt_rules = blocking_pages(AutomationsResource.list_voice_receipt_rules)
    create_voice_receipt_rule = blocking(AutomationsResource.create_voice_receipt_rule)
    get_voice_receipt_rule = blocking(AutomationsResource.get_voice_receipt_rule)
    update_voice_receipt_rule = blocking(AutomationsResource.update_voice_receipt_rule)
    delete_voice_receipt_rule = blocking(AutomationsResource.delete_voice_receipt_rule)
