"""Checked by ``mypy --strict`` in tests/test_typing.py (never run): every marked line is a mistake mypy must
report. ``# error: <code>`` names the error code expected on that line."""

from __future__ import annotations

from clicksend_async import ClickSend, ClickSendSync
from clicksend_async.models import Account


async def wrong(cs: ClickSend, sync: ClickSendSync) -> None:
    await cs.contacts.create_contact(list_id="1", phone_number="+61411111111")  # error: arg-type
    await cs.contacts.create_contact(phone_number="+61411111111")  # error: call-arg
    await cs.contacts.create_contact(list_id=1, phone_numbr="+61411111111")  # error: call-arg
    await cs.email_to_sms.create_email_to_sms_address(email_address="a@b.c", from_=1)  # error: arg-type
    await cs.sms.send_sms(messages="hello")  # error: arg-type
    await cs.account.get_account(1)  # error: call-arg
    page = await cs.sms.list_sms_history(limit="100")  # error: arg-type
    account: Account = await cs.account.get_account()  # error: assignment
    async for row in cs.sms.list_sms_history():
        print(row.no_such_field)  # error: attr-defined
    print(cs.no_such_resource)  # error: attr-defined
    print(cs.sms.no_such_operation)  # error: attr-defined
    sync.contacts.create_contact(list_id="1")  # error: arg-type
    sync.sms.list_sms_history(max_items="all")  # error: arg-type
    for record in sync.sms.list_sms_history():
        print(record.no_such_field)  # error: attr-defined
    sync.send_sms([], batch_size="big")  # error: arg-type
    await cs.call("get_account", request_timeout="5")  # error: call-overload
    account = await cs.call("send_sms")  # error: assignment
    async for message in cs.paginate("list_sms_history"):
        print(message.no_such_field)  # error: attr-defined
    sync.paginate("list_sms_receipts", limit="15")  # error: call-overload
    for receipt in sync.paginate("list_sms_receipts", limit=15):
        print(receipt.no_such_field)  # error: attr-defined
    del page, account
