"""The ``contacts`` operations of the ClickSend API as methods (generated from the spec: do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._blocking import SyncResource, blocking, blocking_pages
from .._resource import AsyncPaginator, Resource
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact import Contact
    from ..models.contact_list import ContactList
    from ..models.contact_list_page import ContactListPage
    from ..models.contact_page import ContactPage
    from ..models.contact_search_hit import ContactSearchHit
    from ..models.contact_search_hit_page import ContactSearchHitPage
    from ..models.export_file import ExportFile
    from ..models.import_field import ImportField
    from ..models.import_result import ImportResult
    from ..models.remove_duplicate_contacts_body_fields_type_0_item import (
        RemoveDuplicateContactsBodyFieldsType0Item,
    )
    from ..models.remove_duplicate_contacts_body_fields_type_1 import RemoveDuplicateContactsBodyFieldsType1
    from ..models.removed_contacts import RemovedContacts


class ContactsResource(Resource):
    """The ``contacts`` operations: ``cs.contacts.<operation>(...)``."""

    def list_contact_lists(
        self,
        *,
        page: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        max_items: int | None = None,
        read_ahead: int | None = None,
        request_timeout: float | None = None,
    ) -> AsyncPaginator[ContactListPage | None, ContactList]:
        """Get All Contact Lists

        Tool to retrieve all contact lists from ClickSend account with pagination support. Use when you need to view
        available contact lists for managing contacts and messaging campaigns.

        ``GET /lists``; catalogue action: CLICKSEND_GET_LISTS.

        Paginated: ``await`` this for one page, or ``async for`` over it for every ContactList of every page
        (``limit`` sets the page size; ``max_items`` and ``read_ahead`` apply to the loop).

        Args:
            page: (query)

            limit: (query)

        """
        return self._paginate(
            "list_contact_lists",
            {
                "page": page,
                "limit": limit,
            },
            max_items=max_items,
            read_ahead=read_ahead,
            request_timeout=request_timeout,
        )

    async def create_contact_list(
        self,
        *,
        list_name: str,
        request_timeout: float | None = None,
    ) -> ContactList | None:
        """Create Contact List

        Tool to create a new contact list in your ClickSend account. Use when you need to organize contacts into
        separate lists for targeted messaging campaigns. Note: API allows up to 2,000 contact lists per account.

        ``POST /lists``; catalogue action: CLICKSEND_CREATE_LISTS.

        Args:
            list_name: (body, required) The name of the contact list to create. Must be unique within your account.

        """
        result: ContactList | None = await self._call(
            "create_contact_list",
            {
                "list_name": list_name,
            },
            request_timeout,
        )
        return result

    async def get_contact_list(
        self,
        *,
        list_id: int,
        request_timeout: float | None = None,
    ) -> ContactList | None:
        """Get Specific Contact List

        Tool to retrieve a specific contact list by its list ID. Use when you need to view details of a specific
        contact list including its name, email ID, and contact count.

        ``GET /lists/{list_id}``; catalogue action: CLICKSEND_GET_LISTS2.

        Args:
            list_id: (path, required)

        """
        result: ContactList | None = await self._call(
            "get_contact_list",
            {
                "list_id": list_id,
            },
            request_timeout,
        )
        return result

    async def update_contact_list(
        self,
        *,
        list_id: int,
        list_name: str,
        request_timeout: float | None = None,
    ) -> ContactList | None:
        """Update Contact List

        Tool to update the name of a specific contact list in your ClickSend account. Use when you need to rename an
        existing contact list.

        ``PUT /lists/{list_id}``; catalogue action: CLICKSEND_UPDATE_LISTS.

        Args:
            list_id: (path, required)

            list_name: (body, required) The new name for the contact list. This will replace the existing list name.

        """
        result: ContactList | None = await self._call(
            "update_contact_list",
            {
                "list_id": list_id,
                "list_name": list_name,
            },
            request_timeout,
        )
        return result

    async def delete_contact_list(
        self,
        *,
        list_id: int,
        request_timeout: float | None = None,
    ) -> Any:
        """Delete Contact List

        Tool to delete a specific contact list from your ClickSend account. Use when you need to remove a contact
        list permanently.

        ``DELETE /lists/{list_id}``; catalogue action: CLICKSEND_DELETE_LISTS.

        Args:
            list_id: (path, required)

        """
        result: Any = await self._call(
            "delete_contact_list",
            {
                "list_id": list_id,
            },
            request_timeout,
        )
        return result

    def list_contacts(
        self,
        *,
        list_id: int,
        page: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        updated_after: int | Unset = UNSET,
        max_items: int | None = None,
        read_ahead: int | None = None,
        request_timeout: float | None = None,
    ) -> AsyncPaginator[ContactPage | None, Contact]:
        """Get All Contacts in List

        Tool to retrieve all contacts from a specific contact list in your ClickSend account with pagination and
        filtering support. Use when you need to view or process contacts within a specific list.

        ``GET /lists/{list_id}/contacts``; catalogue action: CLICKSEND_GET_LISTS_CONTACTS.

        Paginated: ``await`` this for one page, or ``async for`` over it for every Contact of every page
        (``limit`` sets the page size; ``max_items`` and ``read_ahead`` apply to the loop).

        Args:
            list_id: (path, required)

            page: (query)

            limit: (query)

            updated_after: (query)

        """
        return self._paginate(
            "list_contacts",
            {
                "list_id": list_id,
                "page": page,
                "limit": limit,
                "updated_after": updated_after,
            },
            max_items=max_items,
            read_ahead=read_ahead,
            request_timeout=request_timeout,
        )

    async def create_contact(
        self,
        *,
        list_id: int,
        email: str | Unset = UNSET,
        custom_1: str | Unset = UNSET,
        custom_2: str | Unset = UNSET,
        custom_3: str | Unset = UNSET,
        custom_4: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        fax_number: str | Unset = UNSET,
        first_name: str | Unset = UNSET,
        address_city: str | Unset = UNSET,
        phone_number: str | Unset = UNSET,
        address_state: str | Unset = UNSET,
        address_line_1: str | Unset = UNSET,
        address_line_2: str | Unset = UNSET,
        address_country: str | Unset = UNSET,
        organization_name: str | Unset = UNSET,
        address_postal_code: str | Unset = UNSET,
        request_timeout: float | None = None,
    ) -> Contact | None:
        """Create Contact in List

        Tool to create a new contact in a specific contact list in your ClickSend account. Use when you need to add
        a contact to a list. At least one of phone_number, email, or fax_number must be provided.

        ``POST /lists/{list_id}/contacts``; catalogue action: CLICKSEND_CREATE_LISTS_CONTACTS.

        Args:
            list_id: (path, required)

            email: (body) Contact's email address. At least one of phone_number, email, or fax_number must be provided.

            custom_1: (body) Custom field 1 for additional contact information

            custom_2: (body) Custom field 2 for additional contact information

            custom_3: (body) Custom field 3 for additional contact information

            custom_4: (body) Custom field 4 for additional contact information

            last_name: (body) Contact's last name

            fax_number: (body) Contact's fax number. At least one of phone_number, email, or fax_number must be provided.

            first_name: (body) Contact's first name

            address_city: (body) City in contact's address

            phone_number: (body) Contact's phone number in E.164 format (e.g., +61411111111). At least one of phone_number, email, or fax_number must be provided.

            address_state: (body) State or province in contact's address

            address_line_1: (body) First line of contact's address

            address_line_2: (body) Second line of contact's address

            address_country: (body) Country name in contact's address

            organization_name: (body) Contact's organization or company name

            address_postal_code: (body) Postal or ZIP code in contact's address

        """
        result: Contact | None = await self._call(
            "create_contact",
            {
                "list_id": list_id,
                "email": email,
                "custom_1": custom_1,
                "custom_2": custom_2,
                "custom_3": custom_3,
                "custom_4": custom_4,
                "last_name": last_name,
                "fax_number": fax_number,
                "first_name": first_name,
                "address_city": address_city,
                "phone_number": phone_number,
                "address_state": address_state,
                "address_line_1": address_line_1,
                "address_line_2": address_line_2,
                "address_country": address_country,
                "organization_name": organization_name,
                "address_postal_code": address_postal_code,
            },
            request_timeout,
        )
        return result

    async def get_contact(
        self,
        *,
        list_id: int,
        contact_id: int,
        request_timeout: float | None = None,
    ) -> Contact | None:
        """Get Specific Contact

        Tool to retrieve a specific contact from a contact list in your ClickSend account. Use when you need to view
        detailed information about a particular contact within a specific list.

        ``GET /lists/{list_id}/contacts/{contact_id}``; catalogue action: CLICKSEND_GET_LISTS_CONTACTS2.

        Args:
            list_id: (path, required)

            contact_id: (path, required)

        """
        result: Contact | None = await self._call(
            "get_contact",
            {
                "list_id": list_id,
                "contact_id": contact_id,
            },
            request_timeout,
        )
        return result

    async def update_contact(
        self,
        *,
        list_id: int,
        contact_id: int,
        email: str | Unset = UNSET,
        custom_1: str | Unset = UNSET,
        custom_2: str | Unset = UNSET,
        custom_3: str | Unset = UNSET,
        custom_4: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        fax_number: str | Unset = UNSET,
        first_name: str | Unset = UNSET,
        address_city: str | Unset = UNSET,
        phone_number: str | Unset = UNSET,
        address_state: str | Unset = UNSET,
        address_line_1: str | Unset = UNSET,
        address_line_2: str | Unset = UNSET,
        address_country: str | Unset = UNSET,
        organization_name: str | Unset = UNSET,
        address_postal_code: str | Unset = UNSET,
        request_timeout: float | None = None,
    ) -> Contact | None:
        """Update Contact in List

        Tool to update a specific contact in a contact list in your ClickSend account. Use when you need to modify
        contact details such as phone number, email, name, address, or custom fields.

        ``PUT /lists/{list_id}/contacts/{contact_id}``; catalogue action: CLICKSEND_UPDATE_LISTS_CONTACTS.

        Args:
            list_id: (path, required)

            contact_id: (path, required)

            email: (body) Contact's email address. At least one contact method (phone_number, email, or fax_number) must be provided.

            custom_1: (body) Custom field 1 for additional contact information

            custom_2: (body) Custom field 2 for additional contact information

            custom_3: (body) Custom field 3 for additional contact information

            custom_4: (body) Custom field 4 for additional contact information

            last_name: (body) Contact's last name

            fax_number: (body) Contact's fax number. At least one contact method (phone_number, email, or fax_number) must be provided.

            first_name: (body) Contact's first name

            address_city: (body) City in contact's address

            phone_number: (body) Contact's phone number in E.164 format (e.g., '+14155552999'). At least one contact method (phone_number, email, or fax_number) must be provided.

            address_state: (body) State or province in contact's address

            address_line_1: (body) First line of contact's street address

            address_line_2: (body) Second line of contact's address (apartment, suite, etc.)

            address_country: (body) Country code in ISO 3166 format (2-letter country code) for contact's address

            organization_name: (body) Contact's organization or company name

            address_postal_code: (body) Postal or ZIP code in contact's address

        """
        result: Contact | None = await self._call(
            "update_contact",
            {
                "list_id": list_id,
                "contact_id": contact_id,
                "email": email,
                "custom_1": custom_1,
                "custom_2": custom_2,
                "custom_3": custom_3,
                "custom_4": custom_4,
                "last_name": last_name,
                "fax_number": fax_number,
                "first_name": first_name,
                "address_city": address_city,
                "phone_number": phone_number,
                "address_state": address_state,
                "address_line_1": address_line_1,
                "address_line_2": address_line_2,
                "address_country": address_country,
                "organization_name": organization_name,
                "address_postal_code": address_postal_code,
            },
            request_timeout,
        )
        return result

    async def delete_contact(
        self,
        *,
        list_id: int,
        contact_id: int,
        request_timeout: float | None = None,
    ) -> Any:
        """Delete Contact from List

        Tool to delete a specific contact from a contact list in your ClickSend account. Use when you need to remove
        a contact from a specific list permanently.

        ``DELETE /lists/{list_id}/contacts/{contact_id}``; catalogue action: CLICKSEND_DELETE_LISTS_CONTACTS.

        Args:
            list_id: (path, required)

            contact_id: (path, required)

        """
        result: Any = await self._call(
            "delete_contact",
            {
                "list_id": list_id,
                "contact_id": contact_id,
            },
            request_timeout,
        )
        return result

    async def copy_contact_to_list(
        self,
        *,
        from_list_id: int,
        contact_id: int,
        to_list_id: int,
        request_timeout: float | None = None,
    ) -> Contact | None:
        """Copy Contact to Another List

        Tool to copy a contact from one list to another list. Use when you need to duplicate a contact from a source
        list to a destination list while keeping the original contact in the source list.

        ``PUT /lists/{from_list_id}/contacts/{contact_id}/copy/{to_list_id}``; catalogue action: CLICKSEND_LISTS_COPY_CONTACT_PUT.

        Args:
            from_list_id: (path, required)

            contact_id: (path, required)

            to_list_id: (path, required)

        """
        result: Contact | None = await self._call(
            "copy_contact_to_list",
            {
                "from_list_id": from_list_id,
                "contact_id": contact_id,
                "to_list_id": to_list_id,
            },
            request_timeout,
        )
        return result

    async def transfer_contact_to_list(
        self,
        *,
        from_list_id: int,
        contact_id: int,
        to_list_id: int,
        request_timeout: float | None = None,
    ) -> Contact | None:
        """Transfer Contact Between Lists

        Tool to transfer a contact from one list to another in your ClickSend account. Use when you need to move a
        contact between lists without deleting and recreating it.

        ``PUT /lists/{from_list_id}/contacts/{contact_id}/transfer/{to_list_id}``; catalogue action: CLICKSEND_LISTS_TRANSFER_CONTACT_PUT.

        Args:
            from_list_id: (path, required)

            contact_id: (path, required)

            to_list_id: (path, required)

        """
        result: Contact | None = await self._call(
            "transfer_contact_to_list",
            {
                "from_list_id": from_list_id,
                "contact_id": contact_id,
                "to_list_id": to_list_id,
            },
            request_timeout,
        )
        return result

    async def export_contact_list(
        self,
        *,
        list_id: int,
        filename: str,
        request_timeout: float | None = None,
    ) -> ExportFile | None:
        """Export Contacts List

        Tool to export contacts from a specific list to a CSV file. Use when you need to download all contacts from
        a list for backup, analysis, or migration purposes.

        ``GET /lists/{list_id}/export``; catalogue action: CLICKSEND_GET_LISTS_EXPORT.

        Args:
            list_id: (path, required)

            filename: (query, required)

        """
        result: ExportFile | None = await self._call(
            "export_contact_list",
            {
                "list_id": list_id,
                "filename": filename,
            },
            request_timeout,
        )
        return result

    async def import_contacts(
        self,
        *,
        list_id: int,
        file_url: str,
        field_order: list[str],
        request_timeout: float | None = None,
    ) -> ImportResult | None:
        """Import Contacts to List

        Tool to import contacts to a contact list from a publicly accessible file URL. Use when you need to bulk
        import contacts from a CSV or Excel file into a specific list. Note that the import process may be
        asynchronous.

        ``POST /lists/{list_id}/import``; catalogue action: CLICKSEND_GET_LISTS_IMPORT.

        Args:
            list_id: (path, required)

            file_url: (body, required) URL of the file to process. This should be a publicly accessible URL pointing to a CSV or Excel file containing the contacts to import.

            field_order: (body, required) Order of fields in the file. This array specifies how the columns in your file map to contact fields. List the field names in the order they appear in your file columns. Valid field names include: phone, phone_number, first_name, last_name, email, fax_number, address_line_1, address_line_2, address_city, address_state, address_postal_code, address_country, organization_name, custom_1, custom_2, custom_3, custom_4.

        """
        result: ImportResult | None = await self._call(
            "import_contacts",
            {
                "list_id": list_id,
                "file_url": file_url,
                "field_order": field_order,
            },
            request_timeout,
        )
        return result

    async def preview_contact_import(
        self,
        *,
        list_id: int,
        file_url: str,
        request_timeout: float | None = None,
    ) -> Any:
        """Preview CSV Import for Contact List

        Tool to preview the first row of a CSV import file for a contact list in ClickSend. Use when you need to
        verify CSV structure and field mapping before importing contacts to a list.

        ``POST /lists/{list_id}/import-csv-preview``; catalogue action: CLICKSEND_GET_LISTS_IMPORT_CSV_PREVIEW.

        Args:
            list_id: (path, required)

            file_url: (body, required) The URL of the CSV file to preview. Must be a publicly accessible URL pointing to a CSV file containing contact data.

        """
        result: Any = await self._call(
            "preview_contact_import",
            {
                "list_id": list_id,
                "file_url": file_url,
            },
            request_timeout,
        )
        return result

    async def get_contact_import_fields(
        self,
        *,
        list_id: int,
        request_timeout: float | None = None,
    ) -> list[ImportField] | None:
        """Get List Import Fields

        Tool to retrieve acceptable import fields for a contact list in ClickSend. Use when you need to view which
        fields are available for importing contacts into a specific list.

        ``GET /lists/{list_id}/import-fields``; catalogue action: CLICKSEND_GET_LISTS_IMPORT_FIELDS.

        Args:
            list_id: (path, required)

        """
        result: list[ImportField] | None = await self._call(
            "get_contact_import_fields",
            {
                "list_id": list_id,
            },
            request_timeout,
        )
        return result

    async def remove_opted_out_contacts(
        self,
        *,
        list_id: int,
        opt_out_list_id: int,
        request_timeout: float | None = None,
    ) -> RemovedContacts | None:
        """Remove Opted Out Contacts from List

        Tool to remove all opted out contacts from a contact list using an opt out list reference. Use when you need
        to clean up a list by removing contacts that have opted out.

        ``PUT /lists/{list_id}/remove-opted-out-contacts/{opt_out_list_id}``; catalogue action: CLICKSEND_DELETE_LISTS_REMOVE_OPTED_OUT_CONTACTS.

        Args:
            list_id: (path, required)

            opt_out_list_id: (path, required)

        """
        result: RemovedContacts | None = await self._call(
            "remove_opted_out_contacts",
            {
                "list_id": list_id,
                "opt_out_list_id": opt_out_list_id,
            },
            request_timeout,
        )
        return result

    def search_contacts_and_lists(
        self,
        *,
        q: str,
        page: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        max_items: int | None = None,
        read_ahead: int | None = None,
        request_timeout: float | None = None,
    ) -> AsyncPaginator[ContactSearchHitPage | None, ContactSearchHit]:
        """Search Contact Lists

        Tool to search contact lists in ClickSend account with pagination support. Use when you need to find
        specific contact lists by name or other criteria.

        ``GET /search/contacts-lists``; catalogue action: CLICKSEND_SEARCH_CONTACTS_LISTS_GET.

        Paginated: ``await`` this for one page, or ``async for`` over it for every ContactSearchHit of every page
        (``limit`` sets the page size; ``max_items`` and ``read_ahead`` apply to the loop).

        Args:
            q: (query, required)

            page: (query)

            limit: (query)

        """
        return self._paginate(
            "search_contacts_and_lists",
            {
                "q": q,
                "page": page,
                "limit": limit,
            },
            max_items=max_items,
            read_ahead=read_ahead,
            request_timeout=request_timeout,
        )

    async def list_contact_suggestions(
        self,
        *,
        page: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        request_timeout: float | None = None,
    ) -> list[Contact] | None:
        """Get Contact Suggestions

        Tool to retrieve contact suggestions from your ClickSend account. Use when you need to view or list
        suggested contacts.

        ``GET /contact-suggestions``; catalogue action: CLICKSEND_GET_CONTACT_SUGGESTIONS.

        Args:
            page: (query)

            limit: (query)

        """
        result: list[Contact] | None = await self._call(
            "list_contact_suggestions",
            {
                "page": page,
                "limit": limit,
            },
            request_timeout,
        )
        return result

    async def remove_duplicate_contacts(
        self,
        *,
        list_id: int,
        fields: list[RemoveDuplicateContactsBodyFieldsType0Item] | RemoveDuplicateContactsBodyFieldsType1,
        request_timeout: float | None = None,
    ) -> RemovedContacts | None:
        """Remove Duplicate Contacts

        Delete the contacts of a list that repeat an earlier contact in the given fields.

        ``PUT /lists/{list_id}/remove-duplicates``.

        Args:
            list_id: (path, required)

            fields: (body, required) The contact fields that make two contacts duplicates (the first is kept): a list of field names, or an object whose keys are the field names (the form both official SDKs send; its values are ignored).

        """
        result: RemovedContacts | None = await self._call(
            "remove_duplicate_contacts",
            {
                "list_id": list_id,
                "fields": fields,
            },
            request_timeout,
        )
        return result


class SyncContactsResource(SyncResource):
    """The ``contacts`` operations, blocking: ``cs.contacts.<operation>(...)`` on a ``ClickSendSync``."""

    list_contact_lists = blocking_pages(ContactsResource.list_contact_lists)
    create_contact_list = blocking(ContactsResource.create_contact_list)
    get_contact_list = blocking(ContactsResource.get_contact_list)
    update_contact_list = blocking(ContactsResource.update_contact_list)
    delete_contact_list = blocking(ContactsResource.delete_contact_list)
    list_contacts = blocking_pages(ContactsResource.list_contacts)
    create_contact = blocking(ContactsResource.create_contact)
    get_contact = blocking(ContactsResource.get_contact)
    update_contact = blocking(ContactsResource.update_contact)
    delete_contact = blocking(ContactsResource.delete_contact)
    copy_contact_to_list = blocking(ContactsResource.copy_contact_to_list)
    transfer_contact_to_list = blocking(ContactsResource.transfer_contact_to_list)
    export_contact_list = blocking(ContactsResource.export_contact_list)
    import_contacts = blocking(ContactsResource.import_contacts)
    preview_contact_import = blocking(ContactsResource.preview_contact_import)
    get_contact_import_fields = blocking(ContactsResource.get_contact_import_fields)
    remove_opted_out_contacts = blocking(ContactsResource.remove_opted_out_contacts)
    search_contacts_and_lists = blocking_pages(ContactsResource.search_contacts_and_lists)
    list_contact_suggestions = blocking(ContactsResource.list_contact_suggestions)
    remove_duplicate_contacts = blocking(ContactsResource.remove_duplicate_contacts)
