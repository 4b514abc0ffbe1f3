"""The ``email`` operations of the ClickSend API as methods (generated from the spec: do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._blocking import SyncResource, blocking, blocking_pages
from .._resource import AsyncPaginator, Resource
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.email_address import EmailAddress
    from ..models.email_address_page import EmailAddressPage
    from ..models.email_attachment_input import EmailAttachmentInput
    from ..models.email_receipt import EmailReceipt
    from ..models.email_recipient import EmailRecipient
    from ..models.email_sender import EmailSender
    from ..models.email_template import EmailTemplate
    from ..models.email_template_page import EmailTemplatePage
    from ..models.export_file import ExportFile
    from ..models.master_email_template import MasterEmailTemplate
    from ..models.template_category import TemplateCategory
    from ..models.transactional_email import TransactionalEmail
    from ..models.transactional_email_page import TransactionalEmailPage


class EmailResource(Resource):
    """The ``email`` operations: ``cs.email.<operation>(...)``."""

    def list_allowed_email_addresses(
        self,
        *,
        page: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        max_items: int | None = None,
        read_ahead: int | None = None,
        request_timeout: float | None = None,
    ) -> AsyncPaginator[EmailAddressPage | None, EmailAddress]:
        """Get Allowed Email Addresses

        Tool to retrieve list of allowed email addresses for sending transactional emails. Use when you need to view
        verified sender addresses configured in your ClickSend account.

        ``GET /email/addresses``; catalogue action: CLICKSEND_CREATE_EMAIL_ADDRESSES6.

        Paginated: ``await`` this for one page, or ``async for`` over it for every EmailAddress of every page
        (``limit`` sets the page size; ``max_items`` and ``read_ahead`` apply to the loop).

        Args:
            page: (query)

            limit: (query)

        """
        return self._paginate(
            "list_allowed_email_addresses",
            {
                "page": page,
                "limit": limit,
            },
            max_items=max_items,
            read_ahead=read_ahead,
            request_timeout=request_timeout,
        )

    async def create_allowed_email_address(
        self,
        *,
        email_address: str,
        request_timeout: float | None = None,
    ) -> EmailAddress | None:
        """Create Allowed Email Address

        Tool to create an allowed email address for sending transactional emails. Use when you need to add a new
        sender email address to your ClickSend account. The address will need to be verified before it can be used
        for sending.

        ``POST /email/addresses``; catalogue action: CLICKSEND_CREATE_EMAIL_ADDRESSES2.

        Args:
            email_address: (body, required) Email address to be allowed for sending transactional emails. This address will need to be verified before use.

        """
        result: EmailAddress | None = await self._call(
            "create_allowed_email_address",
            {
                "email_address": email_address,
            },
            request_timeout,
        )
        return result

    async def get_allowed_email_address(
        self,
        *,
        email_address_id: int,
        request_timeout: float | None = None,
    ) -> EmailAddress | None:
        """Get Specific Allowed Email Address

        Tool to retrieve a specific allowed email address by its ID. Use when you need to view detailed information
        about a specific email address in your account.

        ``GET /email/addresses/{email_address_id}``; catalogue action: CLICKSEND_SPECIFIC_ALLOWED_EMAIL_ADDRESS_GET.

        Args:
            email_address_id: (path, required)

        """
        result: EmailAddress | None = await self._call(
            "get_allowed_email_address",
            {
                "email_address_id": email_address_id,
            },
            request_timeout,
        )
        return result

    async def delete_allowed_email_address(
        self,
        *,
        email_address_id: int,
        request_timeout: float | None = None,
    ) -> Any:
        """Delete Specific Allowed Email Address

        Tool to delete a specific allowed email address from the account. Use when you need to remove an email
        address from your allowed email addresses list.

        ``DELETE /email/addresses/{email_address_id}``; catalogue action: CLICKSEND_SPECIFIC_ALLOWED_EMAIL_ADDRESS_DELETE.

        Args:
            email_address_id: (path, required)

        """
        result: Any = await self._call(
            "delete_allowed_email_address",
            {
                "email_address_id": email_address_id,
            },
            request_timeout,
        )
        return result

    async def send_email_verification_token(
        self,
        *,
        email_address_id: int,
        request_timeout: float | None = None,
    ) -> Any:
        """Send Email Verification Token

        Tool to send a verification email containing an activation token to a registered email address. Use when you
        need to verify an email address before it can be used to send email campaigns through ClickSend.

        ``PUT /email/address-verify/{email_address_id}/send``; catalogue action: CLICKSEND_SEND_VERIFICATION_TOKEN_GET.

        Args:
            email_address_id: (path, required)

        """
        result: Any = await self._call(
            "send_email_verification_token",
            {
                "email_address_id": email_address_id,
            },
            request_timeout,
        )
        return result

    async def verify_allowed_email_address(
        self,
        *,
        email_address_id: int,
        activation_token: str,
        request_timeout: float | None = None,
    ) -> Any:
        """Verify Allowed Email Address

        Tool to verify an email address using the activation token sent to it. Use when you need to complete the
        email address verification process after adding a new sender address.

        ``PUT /email/address-verify/{email_address_id}/verify/{activation_token}``; catalogue action: CLICKSEND_VERIFY_ALLOWED_EMAIL_ADDRESS_GET.

        Args:
            email_address_id: (path, required)

            activation_token: (path, required)

        """
        result: Any = await self._call(
            "verify_allowed_email_address",
            {
                "email_address_id": email_address_id,
                "activation_token": activation_token,
            },
            request_timeout,
        )
        return result

    def list_email_templates(
        self,
        *,
        page: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        max_items: int | None = None,
        read_ahead: int | None = None,
        request_timeout: float | None = None,
    ) -> AsyncPaginator[EmailTemplatePage | None, EmailTemplate]:
        """Get All User Email Templates

        Tool to retrieve all user email templates. Use when you need to view custom email templates created by the
        user. Supports pagination.

        ``GET /email/templates``; catalogue action: CLICKSEND_GET_EMAIL_TEMPLATES.

        Paginated: ``await`` this for one page, or ``async for`` over it for every EmailTemplate of every page
        (``limit`` sets the page size; ``max_items`` and ``read_ahead`` apply to the loop).

        Args:
            page: (query)

            limit: (query)

        """
        return self._paginate(
            "list_email_templates",
            {
                "page": page,
                "limit": limit,
            },
            max_items=max_items,
            read_ahead=read_ahead,
            request_timeout=request_timeout,
        )

    async def create_email_template(
        self,
        *,
        template_name: str,
        template_id_master: int,
        request_timeout: float | None = None,
    ) -> EmailTemplate | None:
        """Create Email Template from Master

        Tool to create a new email template from an existing master template. Use when you need to create a custom
        email template based on a predefined master template.

        ``POST /email/templates``; catalogue action: CLICKSEND_CREATE_EMAIL_TEMPLATES.

        Args:
            template_name: (body, required) The intended name for the new email template. This is a user-defined name that will identify your custom template.

            template_id_master: (body, required) The ID of the master template you want to base your new template on. This references an existing master template that will serve as the foundation for the new template.

        """
        result: EmailTemplate | None = await self._call(
            "create_email_template",
            {
                "template_name": template_name,
                "template_id_master": template_id_master,
            },
            request_timeout,
        )
        return result

    async def get_email_template(
        self,
        *,
        template_id: int,
        request_timeout: float | None = None,
    ) -> EmailTemplate | None:
        """Get Email Template

        Tool to retrieve a specific user email template by its template ID. Use when you need to view details of a
        specific email template including its HTML content and metadata.

        ``GET /email/templates/{template_id}``; catalogue action: CLICKSEND_EMAIL_TEMPLATE_GET.

        Args:
            template_id: (path, required)

        """
        result: EmailTemplate | None = await self._call(
            "get_email_template",
            {
                "template_id": template_id,
            },
            request_timeout,
        )
        return result

    async def update_email_template(
        self,
        *,
        template_id: int,
        body: str,
        template_name: str | Unset = UNSET,
        request_timeout: float | None = None,
    ) -> EmailTemplate | None:
        """Update Email Template

        Tool to update an existing email template in ClickSend. Use when you need to modify the name or HTML body
        content of an email template.

        ``PUT /email/templates/{template_id}``; catalogue action: CLICKSEND_EMAIL_TEMPLATE_PUT.

        Args:
            template_id: (path, required)

            body: (body, required) The HTML content of the email template. This is the body content that will be used when sending emails using this template.

            template_name: (body) The new name for the template. If not provided, the existing name will be retained.

        """
        result: EmailTemplate | None = await self._call(
            "update_email_template",
            {
                "template_id": template_id,
                "body": body,
                "template_name": template_name,
            },
            request_timeout,
        )
        return result

    async def delete_email_template(
        self,
        *,
        template_id: int,
        request_timeout: float | None = None,
    ) -> Any:
        """Delete Email Template

        Tool to delete an email template by its template ID. Use when you need to remove an existing email template
        from your account.

        ``DELETE /email/templates/{template_id}``; catalogue action: CLICKSEND_EMAIL_TEMPLATE_DELETE.

        Args:
            template_id: (path, required)

        """
        result: Any = await self._call(
            "delete_email_template",
            {
                "template_id": template_id,
            },
            request_timeout,
        )
        return result

    async def upload_email_template_image(
        self,
        *,
        template_id: int,
        url: str | Unset = UNSET,
        image: str | Unset = UNSET,
        request_timeout: float | None = None,
    ) -> str | None:
        """Upload an Image to an Email Template

        Add an image to one of your email templates, from a URL or as a file; the answer's data is the URL the image
        is stored at, to use in the template's body.

        ``POST /email/templates-images/{template_id}``.

        Args:
            template_id: (path, required)

            url: (body) Public URL of the image (https://example.com/logo.png).

            image: (body) The image file itself (its content as sent by a file upload form).

        """
        result: str | None = await self._call(
            "upload_email_template_image",
            {
                "template_id": template_id,
                "url": url,
                "image": image,
            },
            request_timeout,
        )
        return result

    async def list_master_email_templates(
        self,
        *,
        page: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        request_timeout: float | None = None,
    ) -> list[MasterEmailTemplate] | None:
        """Get All Master Email Templates

        Tool to retrieve all master email templates. Use when you need to view pre-designed email templates that can
        be used for email communications.

        ``GET /email/master-templates``; catalogue action: CLICKSEND_GET_EMAIL_MASTER_TEMPLATES.

        Args:
            page: (query)

            limit: (query)

        """
        result: list[MasterEmailTemplate] | None = await self._call(
            "list_master_email_templates",
            {
                "page": page,
                "limit": limit,
            },
            request_timeout,
        )
        return result

    async def get_master_email_template(
        self,
        *,
        template_id: int,
        request_timeout: float | None = None,
    ) -> MasterEmailTemplate | None:
        """Get Master Email Template

        Tool to retrieve a specific master email template by its template ID. Use when you need to view details of a
        pre-designed master email template including its HTML content and thumbnails.

        ``GET /email/master-templates/{template_id}``; catalogue action: CLICKSEND_MASTER_EMAIL_TEMPLATE_GET.

        Args:
            template_id: (path, required)

        """
        result: MasterEmailTemplate | None = await self._call(
            "get_master_email_template",
            {
                "template_id": template_id,
            },
            request_timeout,
        )
        return result

    async def list_master_email_template_categories(
        self,
        *,
        page: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        request_timeout: float | None = None,
    ) -> list[TemplateCategory] | None:
        """Get All Master Email Template Categories

        Tool to retrieve all master email template categories. Use when you need to view available categories of
        pre-designed email templates.

        ``GET /email/master-templates-categories``; catalogue action: CLICKSEND_GET_EMAIL_MASTER_TEMPLATES_CATEGORIES.

        Args:
            page: (query)

            limit: (query)

        """
        result: list[TemplateCategory] | None = await self._call(
            "list_master_email_template_categories",
            {
                "page": page,
                "limit": limit,
            },
            request_timeout,
        )
        return result

    async def get_master_email_template_category(
        self,
        *,
        category_id: int,
        request_timeout: float | None = None,
    ) -> TemplateCategory | None:
        """Get Master Email Template Category

        Tool to retrieve a specific master email template category by its ID. Use when you need to view details
        about a category of pre-designed email templates.

        ``GET /email/master-templates-categories/{category_id}``; catalogue action: CLICKSEND_MASTER_EMAIL_TEMPLATE_CATEGORY_GET.

        Args:
            category_id: (path, required)

        """
        result: TemplateCategory | None = await self._call(
            "get_master_email_template_category",
            {
                "category_id": category_id,
            },
            request_timeout,
        )
        return result

    async def list_master_email_templates_in_category(
        self,
        *,
        category_id: int,
        page: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        request_timeout: float | None = None,
    ) -> list[MasterEmailTemplate] | None:
        """Get Master Email Templates in Category

        Tool to retrieve all master email templates within a specific category. Use when you need to browse pre-
        designed email templates from ClickSend's template library for a particular category.

        ``GET /email/master-templates-categories/{category_id}/master-templates``; catalogue action: CLICKSEND_MASTER_EMAIL_TEMPLATES_IN_CATEGORY_GET.

        Args:
            category_id: (path, required)

            page: (query)

            limit: (query)

        """
        result: list[MasterEmailTemplate] | None = await self._call(
            "list_master_email_templates_in_category",
            {
                "category_id": category_id,
                "page": page,
                "limit": limit,
            },
            request_timeout,
        )
        return result

    async def send_email(
        self,
        *,
        to: list[EmailRecipient],
        from_: EmailSender,
        body: str,
        cc: list[EmailRecipient] | Unset = UNSET,
        bcc: list[EmailRecipient] | Unset = UNSET,
        subject: str | Unset = UNSET,
        attachments: list[EmailAttachmentInput] | Unset = UNSET,
        schedule: int | Unset = UNSET,
        request_timeout: float | None = None,
    ) -> TransactionalEmail | None:
        """Send Transactional Email

        Send one email (with copies and attachments) from a verified allowed address.

        ``POST /email/send``.

        Args:
            to: (body, required) Recipients.

            from_: (body, required, ``from`` on the wire) Who the email is from: one of the account's verified allowed addresses.

            body: (body, required) The message, HTML or plain text.

            cc: (body) Copied recipients.

            bcc: (body) Blind-copied recipients.

            subject: (body) Subject line.

            attachments: (body) Files to attach.

            schedule: (body) When to send, as a Unix timestamp; omit to send now.

        """
        result: TransactionalEmail | None = await self._call(
            "send_email",
            {
                "to": to,
                "from": from_,
                "body": body,
                "cc": cc,
                "bcc": bcc,
                "subject": subject,
                "attachments": attachments,
                "schedule": schedule,
            },
            request_timeout,
        )
        return result

    async def calculate_email_price(
        self,
        *,
        to: list[EmailRecipient],
        from_: EmailSender,
        body: str,
        cc: list[EmailRecipient] | Unset = UNSET,
        bcc: list[EmailRecipient] | Unset = UNSET,
        subject: str | Unset = UNSET,
        attachments: list[EmailAttachmentInput] | Unset = UNSET,
        schedule: int | Unset = UNSET,
        request_timeout: float | None = None,
    ) -> TransactionalEmail | None:
        """Calculate Email Price

        What sending this email would cost, without sending it.

        ``POST /email/price``.

        Args:
            to: (body, required) Recipients.

            from_: (body, required, ``from`` on the wire) Who the email is from: one of the account's verified allowed addresses.

            body: (body, required) The message, HTML or plain text.

            cc: (body) Copied recipients.

            bcc: (body) Blind-copied recipients.

            subject: (body) Subject line.

            attachments: (body) Files to attach.

            schedule: (body) When to send, as a Unix timestamp; omit to send now.

        """
        result: TransactionalEmail | None = await self._call(
            "calculate_email_price",
            {
                "to": to,
                "from": from_,
                "body": body,
                "cc": cc,
                "bcc": bcc,
                "subject": subject,
                "attachments": attachments,
                "schedule": schedule,
            },
            request_timeout,
        )
        return result

    def list_email_history(
        self,
        *,
        date_from: int | Unset = UNSET,
        date_to: int | Unset = UNSET,
        page: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        max_items: int | None = None,
        read_ahead: int | None = None,
        request_timeout: float | None = None,
    ) -> AsyncPaginator[TransactionalEmailPage | None, TransactionalEmail]:
        """Get Email History

        Transactional emails sent by the account, with their status and price.

        ``GET /email/history``.

        Paginated: ``await`` this for one page, or ``async for`` over it for every TransactionalEmail of every page
        (``limit`` sets the page size; ``max_items`` and ``read_ahead`` apply to the loop).

        Args:
            date_from: (query)

            date_to: (query)

            page: (query)

            limit: (query)

        """
        return self._paginate(
            "list_email_history",
            {
                "date_from": date_from,
                "date_to": date_to,
                "page": page,
                "limit": limit,
            },
            max_items=max_items,
            read_ahead=read_ahead,
            request_timeout=request_timeout,
        )

    async def export_email_history(
        self,
        *,
        filename: str | Unset = UNSET,
        date_from: int | Unset = UNSET,
        date_to: int | Unset = UNSET,
        request_timeout: float | None = None,
    ) -> ExportFile | None:
        """Export Email History

        A download link to the transactional email history as a CSV file.

        ``GET /email/history/export``.

        Args:
            filename: (query)

            date_from: (query)

            date_to: (query)

        """
        result: ExportFile | None = await self._call(
            "export_email_history",
            {
                "filename": filename,
                "date_from": date_from,
                "date_to": date_to,
            },
            request_timeout,
        )
        return result

    async def add_email_receipt_webhook(
        self,
        *,
        url: str,
        request_timeout: float | None = None,
    ) -> EmailReceipt | None:
        """Add Test Email Delivery Receipt

        Push a made-up email delivery receipt to a URL, to test a webhook.

        ``POST /email/receipts``.

        Args:
            url: (body, required) The URL that receives a test email delivery receipt.

        """
        result: EmailReceipt | None = await self._call(
            "add_email_receipt_webhook",
            {
                "url": url,
            },
            request_timeout,
        )
        return result


class SyncEmailResource(SyncResource):
    """The ``email`` operations, blocking: ``cs.email.<operation>(...)`` on a ``ClickSendSync``."""

    list_allowed_email_addresses = blocking_pages(EmailResource.list_allowed_email_addresses)
    create_allowed_email_address = blocking(EmailResource.create_allowed_email_address)
    get_allowed_email_address = blocking(EmailResource.get_allowed_email_address)
    delete_allowed_email_address = blocking(EmailResource.delete_allowed_email_address)
    send_email_verification_token = blocking(EmailResource.send_email_verification_token)
    verify_allowed_email_address = blocking(EmailResource.verify_allowed_email_address)
    list_email_templates = blocking_pages(EmailResource.list_email_templates)
    create_email_template = blocking(EmailResource.create_email_template)
    get_email_template = blocking(EmailResource.get_email_template)
    update_email_template = blocking(EmailResource.update_email_template)
    delete_email_template = blocking(EmailResource.delete_email_template)
    upload_email_template_image = blocking(EmailResource.upload_email_template_image)
    list_master_email_templates = blocking(EmailResource.list_master_email_templates)
    get_master_email_template = blocking(EmailResource.get_master_email_template)
    list_master_email_template_categories = blocking(EmailResource.list_master_email_template_categories)
    get_master_email_template_category = blocking(EmailResource.get_master_email_template_category)
    list_master_email_templates_in_category = blocking(EmailResource.list_master_email_templates_in_category)
    send_email = blocking(EmailResource.send_email)
    calculate_email_price = blocking(EmailResource.calculate_email_price)
    list_email_history = blocking_pages(EmailResource.list_email_history)
    export_email_history = blocking(EmailResource.export_email_history)
    add_email_receipt_webhook = blocking(EmailResource.add_email_receipt_webhook)
