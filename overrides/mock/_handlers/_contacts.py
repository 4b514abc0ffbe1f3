"""Contact lists and the contacts inside them: CRUD, copy/transfer, opt-out removal, search, import."""

from __future__ import annotations

from typing import Any

from .._envelope import NotFound, page
from .._records import blank, fill
from .._request import Request
from .._search import matches
from .._state import Collection, Store
from ._base import Reply, ack, acknowledge, handles


def _lists(store: Store) -> Collection:
    return store.collection("lists", "list_id")


def _contacts(store: Store) -> Collection:
    return store.collection("contacts", "contact_id")


def _list_view(store: Store, record: dict[str, Any]) -> dict[str, Any]:
    count = sum(c["list_id"] == record["list_id"] for c in _contacts(store).values())
    return dict(record, _contacts_count=count)


def _contact_view(store: Store, record: dict[str, Any]) -> dict[str, Any]:
    return dict(record, _list_name=_lists(store).get(record["list_id"])["list_name"])


def _in_list(store: Store, list_id: Any, contact_id: Any) -> dict[str, Any]:
    _lists(store).get(list_id)
    contact = _contacts(store).get(contact_id)
    if contact["list_id"] != list_id:
        raise NotFound(f"Contact {contact_id} is not in list {list_id}.")
    return contact


@handles("create_contact_list")
def create_contact_list(store: Store, req: Request) -> Reply:
    record = fill(blank("ContactList"), req.body)
    record = _lists(store).add(record)
    record["list_email_id"] = f"list{record['list_id']}@mock.clicksend.test"
    return Reply(_list_view(store, record), "New list has been created.")


@handles("get_contact_list")
def get_contact_list(store: Store, req: Request) -> Reply:
    return Reply(_list_view(store, _lists(store).get(req.path["list_id"])))


@handles("update_contact_list")
def update_contact_list(store: Store, req: Request) -> Reply:
    record = fill(_lists(store).get(req.path["list_id"]), req.body)
    return Reply(_list_view(store, record), "List has been updated.")


@handles("delete_contact_list")
def delete_contact_list(store: Store, req: Request) -> Reply:
    list_id = req.path["list_id"]
    _lists(store).delete(list_id)
    for contact in _contacts(store).values():
        if contact["list_id"] == list_id:
            _contacts(store).delete(contact["contact_id"])
    return acknowledge(req, "List has been deleted.")


@handles("list_contact_lists")
def list_contact_lists(store: Store, req: Request) -> Reply:
    return Reply(page([_list_view(store, r) for r in _lists(store).values()], req.query))


@handles("create_contact")
def create_contact(store: Store, req: Request) -> Reply:
    _lists(store).get(req.path["list_id"])
    now = int(store.now())
    record = fill(blank("Contact"), req.body)
    record.update(list_id=req.path["list_id"], date_added=now, date_updated=now)
    return Reply(_contact_view(store, _contacts(store).add(record)), "New contact has been created.")


@handles("get_contact")
def get_contact(store: Store, req: Request) -> Reply:
    return Reply(_contact_view(store, _in_list(store, req.path["list_id"], req.path["contact_id"])))


@handles("update_contact")
def update_contact(store: Store, req: Request) -> Reply:
    record = fill(_in_list(store, req.path["list_id"], req.path["contact_id"]), req.body)
    record["date_updated"] = int(store.now())
    return Reply(_contact_view(store, record), "Contact has been updated.")


@handles("delete_contact")
def delete_contact(store: Store, req: Request) -> Reply:
    _in_list(store, req.path["list_id"], req.path["contact_id"])
    _contacts(store).delete(req.path["contact_id"])
    return acknowledge(req, "Contact has been deleted.")


def _of_list(store: Store, list_id: Any) -> list[dict[str, Any]]:
    return [c for c in _contacts(store).values() if c["list_id"] == list_id]


@handles("list_contacts")
def list_contacts(store: Store, req: Request) -> Reply:
    _lists(store).get(req.path["list_id"])
    rows = _of_list(store, req.path["list_id"])
    if "updated_after" in req.query:
        rows = [c for c in rows if c["date_updated"] > req.query["updated_after"]]
    return Reply(page([_contact_view(store, c) for c in rows], req.query))


@handles("list_contact_suggestions")
def list_contact_suggestions(store: Store, req: Request) -> Reply:
    """Apiary: the suggested contacts themselves, no page."""
    return Reply([_contact_view(store, c) for c in _contacts(store).values()])


@handles("copy_contact_to_list", "transfer_contact_to_list")
def copy_or_transfer(store: Store, req: Request) -> Reply:
    contact = _in_list(store, req.path["from_list_id"], req.path["contact_id"])
    target = _lists(store).get(req.path["to_list_id"])["list_id"]
    if req.op.op_id == "transfer_contact_to_list":
        contact.update(list_id=target, date_updated=int(store.now()))
        return Reply(_contact_view(store, contact), "Contact has been transferred.")
    copy = _contacts(store).add(dict(contact, list_id=target, date_added=int(store.now())))
    return Reply(_contact_view(store, copy), "Contact has been copied.")


@handles("remove_opted_out_contacts")
def remove_opted_out_contacts(store: Store, req: Request) -> Reply:
    _lists(store).get(req.path["list_id"])
    _lists(store).get(req.path["opt_out_list_id"])
    opted_out = {c["phone_number"] for c in _of_list(store, req.path["opt_out_list_id"]) if c["phone_number"]}
    removed = [c for c in _of_list(store, req.path["list_id"]) if c["phone_number"] in opted_out]
    for contact in removed:
        _contacts(store).delete(contact["contact_id"])
    return Reply({"deleted": len(removed)}, "Opted out contacts have been removed.")


@handles("remove_duplicate_contacts")
def remove_duplicate_contacts(store: Store, req: Request) -> Reply:
    _lists(store).get(req.path["list_id"])
    seen: set[tuple[Any, ...]] = set()
    removed = 0
    fields = list(req.body["fields"])  # a list of field names, or an object keyed by them (both SDKs)
    for contact in _of_list(store, req.path["list_id"]):
        key = tuple(str(contact.get(field) or "").lower() for field in fields)
        if key in seen:
            _contacts(store).delete(contact["contact_id"])
            removed += 1
        seen.add(key)
    return Reply({"deleted": removed}, "Duplicate contacts have been removed.")


@handles("search_contacts_and_lists")
def search_contacts_and_lists(store: Store, req: Request) -> Reply:
    def hit(record: dict[str, Any]) -> bool:
        return matches(record, req.query.get("q"), req.query.get("operator"))

    """Apiary: one page of hits, contacts then lists, each {id, name, type, contact, contacts_count}."""
    hits = [
        {
            "id": c["contact_id"],
            "name": " ".join(filter(None, (c.get("first_name"), c.get("last_name")))) or None,
            "type": "contact",
            "contact": c.get("phone_number") or c.get("email"),
            "contacts_count": None,
        }
        for c in _contacts(store).values()
        if hit(c)
    ]
    hits += [
        {
            "id": view["list_id"],
            "name": view["list_name"],
            "type": "list",
            "contact": view.get("list_email_id"),  # Apiary: the list's email id
            "contacts_count": view.get("_contacts_count"),
        }
        for view in (_list_view(store, r) for r in _lists(store).values() if hit(r))
    ]
    return Reply(page(hits, req.query), "Here are some search result.")


@handles("get_contact_import_fields")
def get_contact_import_fields(store: Store, req: Request) -> Reply:
    _lists(store).get(req.path["list_id"])
    names = ["phone_number", "first_name", "last_name", "email", "fax_number", "organization_name"]
    names += [f"custom_{i}" for i in range(1, 5)]
    return Reply([{"field": n, "label": n.replace("_", " ").title()} for n in names])


@handles("import_contacts")
def import_contacts(store: Store, req: Request) -> Reply:
    _lists(store).get(req.path["list_id"])
    job = store.new_message_id()
    return Reply({"msg": "Your file is being imported.", "id": job, "ids": [job]}, "Import queued.")


@handles("preview_contact_import")
def preview_contact_import(store: Store, req: Request) -> Reply:
    _lists(store).get(req.path["list_id"])
    return ack("Here is a preview.", [["phone_number", "first_name"], ["+61411111111", "Jane"]])


@handles("export_contact_list")
def export_contact_list(store: Store, req: Request) -> Reply:
    _lists(store).get(req.path["list_id"])
    return Reply({"url": f"https://mock.clicksend.test/exports/{req.query['filename']}"})
