"""Checked by ``mypy --strict`` in tests/test_typing.py (never run): one representative operation of every tag
of the spec through ``ClickSend`` and ``ClickSendSync``, with the types mypy must infer."""

from __future__ import annotations

from typing import Any

from typing_extensions import assert_type

from clicksend_async import AsyncPaginator, ClickSend, ClickSendSync, SendReport, SyncPaginator
from clicksend_async.models import (
    Account,
    AlphaTag,
    AlphaTagList,
    CampaignPrice,
    Contact,
    ContactList,
    ContactListPage,
    Country,
    CreditCard,
    DedicatedNumber,
    DeliveryIssue,
    DeliveryReceipt,
    DeliveryReceiptRule,
    DetectedAddress,
    EmailAddress,
    EmailCampaign,
    EmailToSmsAddress,
    MessageStatistics,
    MmsMessage,
    PostLetter,
    ReferralAccount,
    ShortUrlOpen,
    ShortUrlStatisticsList,
    SmsCampaign,
    SmsMessage,
    SmsMessageInput,
    SmsMessagePage,
    SmsSendResult,
    Subaccount,
    Transaction,
    UploadedFile,
    VoiceLanguage,
    VoiceMessage,
)


async def async_surface(cs: ClickSend) -> None:
    assert_type(await cs.account.get_account(), Account | None)
    assert_type(
        await cs.automations.create_email_receipt_rule(
            rule_name="r", match_type=0, action="URL", action_address="https://example.com/hook", enabled=1
        ),
        DeliveryReceiptRule | None,
    )
    async for rule in cs.automations.list_email_receipt_rules():
        assert_type(rule, DeliveryReceiptRule)
    assert_type(await cs.contacts.create_contact(list_id=1, phone_number="+61411111111"), Contact | None)
    lists = cs.contacts.list_contact_lists(limit=50)
    assert_type(lists, AsyncPaginator[ContactListPage | None, ContactList])
    assert_type(await lists, ContactListPage | None)
    assert_type(await cs.countries.list_countries(), list[Country] | None)
    issue = await cs.delivery_issues.create_delivery_issue(
        type_="SMS", description="d", email_address="a@b.c"
    )
    assert_type(issue, DeliveryIssue | None)
    async for address in cs.email.list_allowed_email_addresses():
        assert_type(address, EmailAddress)
    assert_type(await cs.email_campaigns.get_email_campaign(email_campaign_id=1), EmailCampaign | None)
    created = await cs.email_to_sms.create_email_to_sms_address(from_="Shop", email_address="a@b.c")
    assert_type(created, EmailToSmsAddress | None)
    async for receipt in cs.fax.list_fax_receipts():
        assert_type(receipt, DeliveryReceipt)
    async for mms in cs.mms.list_mms_history(max_items=10):
        assert_type(mms, MmsMessage)
    price = await cs.mms_campaigns.calculate_mms_campaign_price(
        body="b", from_="f", name="n", list_id=1, subject="s", media_file="https://x.test/a.jpg"
    )
    assert_type(price, CampaignPrice | None)
    async for number in cs.numbers.list_dedicated_numbers():
        assert_type(number, DedicatedNumber)
    assert_type(await cs.post.detect_post_letter_address(), DetectedAddress | None)
    async for letter in cs.post.list_post_letter_history():
        assert_type(letter, PostLetter)
    assert_type(await cs.recharge.get_credit_card(), CreditCard | None)
    async for transaction in cs.recharge.list_recharge_transactions():
        assert_type(transaction, Transaction)
    async for referral in cs.reseller.list_referral_accounts():
        assert_type(referral, ReferralAccount)
    assert_type(await cs.senders.create_alpha_tag(alpha_tag="Shop"), AlphaTag)
    assert_type(await cs.senders.list_alpha_tags(page_size=10), AlphaTagList)
    stats = await cs.short_urls.get_short_url_statistics(source="sms", source_id="1")
    assert_type(stats, ShortUrlStatisticsList)
    async for opened in cs.short_urls.list_short_url_tracking(long_url_id="1"):
        assert_type(opened, ShortUrlOpen)
    sent = await cs.sms.send_sms(messages=[SmsMessageInput(to="+61411111111", body="hi")])
    assert_type(sent, SmsSendResult | None)
    assert_type(await cs.sms.list_sms_history(limit=100, request_timeout=5), SmsMessagePage | None)
    async for row in cs.sms.list_sms_history(q="status:Sent"):
        assert_type(row, SmsMessage)
    assert_type(await cs.sms_campaigns.get_sms_campaign(sms_campaign_id=1), SmsCampaign | None)
    assert_type(await cs.statistics.get_sms_statistics(), MessageStatistics | None)
    async for subaccount in cs.subaccounts.list_subaccounts():
        assert_type(subaccount, Subaccount)
    assert_type(await cs.uploads.upload_file(content="aGk=", convert="fax"), UploadedFile | None)
    assert_type(await cs.voice.list_voice_languages(), list[VoiceLanguage] | None)
    async for call in cs.voice.list_voice_history():
        assert_type(call, VoiceMessage)
    assert_type(await cs.send_sms([{"to": "+61411111111", "body": "hi"}]), SendReport)
    assert_type(await cs.call("get_account"), Account | None)
    assert_type(await cs.call("list_sms_history", page=2), SmsMessagePage | None)
    assert_type(await cs.call(str("get_" + "account")), Any)  # a name only known at run time: Any
    async for message in cs.paginate("list_sms_history", limit=50):
        assert_type(message, SmsMessage)


def sync_surface(cs: ClickSendSync) -> None:
    assert_type(cs.account.get_account(), Account | None)
    assert_type(
        cs.automations.create_email_receipt_rule(
            rule_name="r", match_type=0, action="URL", action_address="https://example.com/hook", enabled=1
        ),
        DeliveryReceiptRule | None,
    )
    for rule in cs.automations.list_email_receipt_rules():
        assert_type(rule, DeliveryReceiptRule)
    assert_type(cs.contacts.create_contact(list_id=1, phone_number="+61411111111"), Contact | None)
    lists = cs.contacts.list_contact_lists(limit=50)
    assert_type(lists, SyncPaginator[ContactListPage | None, ContactList])
    assert_type(lists.page(), ContactListPage | None)
    assert_type(cs.countries.list_countries(), list[Country] | None)
    issue = cs.delivery_issues.create_delivery_issue(type_="SMS", description="d", email_address="a@b.c")
    assert_type(issue, DeliveryIssue | None)
    for address in cs.email.list_allowed_email_addresses():
        assert_type(address, EmailAddress)
    assert_type(cs.email_campaigns.get_email_campaign(email_campaign_id=1), EmailCampaign | None)
    created = cs.email_to_sms.create_email_to_sms_address(from_="Shop", email_address="a@b.c")
    assert_type(created, EmailToSmsAddress | None)
    for receipt in cs.fax.list_fax_receipts():
        assert_type(receipt, DeliveryReceipt)
    for mms in cs.mms.list_mms_history(max_items=10):
        assert_type(mms, MmsMessage)
    price = cs.mms_campaigns.calculate_mms_campaign_price(
        body="b", from_="f", name="n", list_id=1, subject="s", media_file="https://x.test/a.jpg"
    )
    assert_type(price, CampaignPrice | None)
    for number in cs.numbers.list_dedicated_numbers():
        assert_type(number, DedicatedNumber)
    assert_type(cs.post.detect_post_letter_address(), DetectedAddress | None)
    assert_type(cs.recharge.get_credit_card(), CreditCard | None)
    for referral in cs.reseller.list_referral_accounts():
        assert_type(referral, ReferralAccount)
    assert_type(cs.senders.create_alpha_tag(alpha_tag="Shop"), AlphaTag)
    assert_type(cs.short_urls.get_short_url_statistics(source="sms", source_id="1"), ShortUrlStatisticsList)
    sent = cs.sms.send_sms(messages=[SmsMessageInput(to="+61411111111", body="hi")])
    assert_type(sent, SmsSendResult | None)
    for row in cs.sms.list_sms_history(q="status:Sent", request_timeout=5):
        assert_type(row, SmsMessage)
    assert_type(cs.sms_campaigns.get_sms_campaign(sms_campaign_id=1), SmsCampaign | None)
    assert_type(cs.statistics.get_sms_statistics(), MessageStatistics | None)
    for subaccount in cs.subaccounts.list_subaccounts():
        assert_type(subaccount, Subaccount)
    assert_type(cs.uploads.upload_file(content="aGk=", convert="fax"), UploadedFile | None)
    assert_type(cs.voice.list_voice_languages(), list[VoiceLanguage] | None)
    for call in cs.voice.list_voice_history():
        assert_type(call, VoiceMessage)
    assert_type(cs.send_sms([{"to": "+61411111111", "body": "hi"}]), SendReport)
    assert_type(cs.call("get_account"), Account | None)
    for message in cs.paginate("list_sms_history", limit=50):
        assert_type(message, SmsMessage)
