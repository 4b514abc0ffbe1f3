"""Types of ``clicksend_async.resources`` (generated from the spec: do not edit): the resource properties of
both clients, and ``call`` / ``paginate`` overloaded by operationId (the answer's ``data`` model, the record
type). Type checkers read this file; importing the client does not."""

from collections.abc import AsyncIterator, Callable, Iterator
from functools import cached_property
from types import ModuleType
from typing import Any, Literal, overload

from typing_extensions import TypeAlias

from .._blocking import Portal
from .._client import ClickSend
from ..models.account import Account
from ..models.account_page import AccountPage
from ..models.account_usage import AccountUsage
from ..models.account_verification import AccountVerification
from ..models.alpha_tag import AlphaTag
from ..models.alpha_tag_list import AlphaTagList
from ..models.available_number import AvailableNumber
from ..models.available_number_page import AvailableNumberPage
from ..models.campaign_price import CampaignPrice
from ..models.compliant_sender_type_list import CompliantSenderTypeList
from ..models.contact import Contact
from ..models.contact_list import ContactList
from ..models.contact_list_page import ContactListPage
from ..models.contact_page import ContactPage
from ..models.contact_search_hit import ContactSearchHit
from ..models.contact_search_hit_page import ContactSearchHitPage
from ..models.country import Country
from ..models.country_pricing import CountryPricing
from ..models.credit_card import CreditCard
from ..models.credit_card_token import CreditCardToken
from ..models.dedicated_number import DedicatedNumber
from ..models.dedicated_number_page import DedicatedNumberPage
from ..models.default_sender import DefaultSender
from ..models.default_sender_list import DefaultSenderList
from ..models.delivery_issue import DeliveryIssue
from ..models.delivery_issue_page import DeliveryIssuePage
from ..models.delivery_receipt import DeliveryReceipt
from ..models.delivery_receipt_page import DeliveryReceiptPage
from ..models.delivery_receipt_rule import DeliveryReceiptRule
from ..models.delivery_receipt_rule_page import DeliveryReceiptRulePage
from ..models.detected_address import DetectedAddress
from ..models.direct_mail_campaign import DirectMailCampaign
from ..models.direct_mail_campaign_summary import DirectMailCampaignSummary
from ..models.direct_mail_campaign_summary_page import DirectMailCampaignSummaryPage
from ..models.direct_mail_location import DirectMailLocation
from ..models.email_address import EmailAddress
from ..models.email_address_page import EmailAddressPage
from ..models.email_campaign import EmailCampaign
from ..models.email_campaign_page import EmailCampaignPage
from ..models.email_campaign_recipient import EmailCampaignRecipient
from ..models.email_campaign_recipient_page import EmailCampaignRecipientPage
from ..models.email_campaign_result import EmailCampaignResult
from ..models.email_receipt import EmailReceipt
from ..models.email_template import EmailTemplate
from ..models.email_template_page import EmailTemplatePage
from ..models.email_to_sms_address import EmailToSmsAddress
from ..models.email_to_sms_address_page import EmailToSmsAddressPage
from ..models.export_file import ExportFile
from ..models.fax_message import FaxMessage
from ..models.fax_message_page import FaxMessagePage
from ..models.fax_send_result import FaxSendResult
from ..models.global_sending_country import GlobalSendingCountry
from ..models.import_field import ImportField
from ..models.import_result import ImportResult
from ..models.inbound_fax_rule import InboundFaxRule
from ..models.inbound_fax_rule_page import InboundFaxRulePage
from ..models.inbound_sms import InboundSms
from ..models.inbound_sms_page import InboundSmsPage
from ..models.inbound_sms_rule import InboundSmsRule
from ..models.inbound_sms_rule_page import InboundSmsRulePage
from ..models.master_email_template import MasterEmailTemplate
from ..models.message_statistics import MessageStatistics
from ..models.mms_campaign import MmsCampaign
from ..models.mms_campaign_page import MmsCampaignPage
from ..models.mms_message import MmsMessage
from ..models.mms_message_page import MmsMessagePage
from ..models.mms_send_result import MmsSendResult
from ..models.own_number import OwnNumber
from ..models.own_number_list import OwnNumberList
from ..models.own_number_verification import OwnNumberVerification
from ..models.post_letter import PostLetter
from ..models.post_letter_page import PostLetterPage
from ..models.post_letter_send_result import PostLetterSendResult
from ..models.postcard import Postcard
from ..models.postcard_page import PostcardPage
from ..models.postcard_send_result import PostcardSendResult
from ..models.purchased_number import PurchasedNumber
from ..models.recharge_packages import RechargePackages
from ..models.recharge_result import RechargeResult
from ..models.referral_account import ReferralAccount
from ..models.referral_account_page import ReferralAccountPage
from ..models.removed_contacts import RemovedContacts
from ..models.reseller_settings import ResellerSettings
from ..models.return_address import ReturnAddress
from ..models.return_address_page import ReturnAddressPage
from ..models.short_url_open import ShortUrlOpen
from ..models.short_url_statistics_list import ShortUrlStatisticsList
from ..models.short_url_tracking_page import ShortUrlTrackingPage
from ..models.sms_campaign import SmsCampaign
from ..models.sms_campaign_link_statistics import SmsCampaignLinkStatistics
from ..models.sms_campaign_link_tracking_page import SmsCampaignLinkTrackingPage
from ..models.sms_campaign_page import SmsCampaignPage
from ..models.sms_message import SmsMessage
from ..models.sms_message_page import SmsMessagePage
from ..models.sms_send_result import SmsSendResult
from ..models.sms_template import SmsTemplate
from ..models.sms_template_page import SmsTemplatePage
from ..models.stripped_string import StrippedString
from ..models.stripped_string_page import StrippedStringPage
from ..models.subaccount import Subaccount
from ..models.subaccount_page import SubaccountPage
from ..models.template_category import TemplateCategory
from ..models.transaction import Transaction
from ..models.transaction_page import TransactionPage
from ..models.transactional_email import TransactionalEmail
from ..models.transactional_email_page import TransactionalEmailPage
from ..models.uploaded_file import UploadedFile
from ..models.voice_language import VoiceLanguage
from ..models.voice_message import VoiceMessage
from ..models.voice_message_page import VoiceMessagePage
from ..models.voice_send_result import VoiceSendResult
from .account import AccountResource, SyncAccountResource
from .automations import AutomationsResource, SyncAutomationsResource
from .contacts import ContactsResource, SyncContactsResource
from .countries import CountriesResource, SyncCountriesResource
from .delivery_issues import DeliveryIssuesResource, SyncDeliveryIssuesResource
from .email import EmailResource, SyncEmailResource
from .email_campaigns import EmailCampaignsResource, SyncEmailCampaignsResource
from .email_to_sms import EmailToSmsResource, SyncEmailToSmsResource
from .fax import FaxResource, SyncFaxResource
from .mms import MmsResource, SyncMmsResource
from .mms_campaigns import MmsCampaignsResource, SyncMmsCampaignsResource
from .numbers import NumbersResource, SyncNumbersResource
from .post import PostResource, SyncPostResource
from .recharge import RechargeResource, SyncRechargeResource
from .reseller import ResellerResource, SyncResellerResource
from .senders import SendersResource, SyncSendersResource
from .short_urls import ShortUrlsResource, SyncShortUrlsResource
from .sms import SmsResource, SyncSmsResource
from .sms_campaigns import SmsCampaignsResource, SyncSmsCampaignsResource
from .statistics import StatisticsResource, SyncStatisticsResource
from .subaccounts import SubaccountsResource, SyncSubaccountsResource
from .uploads import SyncUploadsResource, UploadsResource
from .voice import SyncVoiceResource, VoiceResource

TAGS: tuple[str, ...]
Operation: TypeAlias = str | ModuleType | Callable[..., Any]

class Resources:
    @cached_property
    def account(self) -> AccountResource:
        """The 9 ``account`` operations."""
    @cached_property
    def automations(self) -> AutomationsResource:
        """The 30 ``automations`` operations."""
    @cached_property
    def contacts(self) -> ContactsResource:
        """The 20 ``contacts`` operations."""
    @cached_property
    def countries(self) -> CountriesResource:
        """The 7 ``countries`` operations."""
    @cached_property
    def delivery_issues(self) -> DeliveryIssuesResource:
        """The 2 ``delivery_issues`` operations."""
    @cached_property
    def email(self) -> EmailResource:
        """The 22 ``email`` operations."""
    @cached_property
    def email_campaigns(self) -> EmailCampaignsResource:
        """The 8 ``email_campaigns`` operations."""
    @cached_property
    def email_to_sms(self) -> EmailToSmsResource:
        """The 10 ``email_to_sms`` operations."""
    @cached_property
    def fax(self) -> FaxResource:
        """The 8 ``fax`` operations."""
    @cached_property
    def mms(self) -> MmsResource:
        """The 9 ``mms`` operations."""
    @cached_property
    def mms_campaigns(self) -> MmsCampaignsResource:
        """The 6 ``mms_campaigns`` operations."""
    @cached_property
    def numbers(self) -> NumbersResource:
        """The 10 ``numbers`` operations."""
    @cached_property
    def post(self) -> PostResource:
        """The 20 ``post`` operations."""
    @cached_property
    def recharge(self) -> RechargeResource:
        """The 6 ``recharge`` operations."""
    @cached_property
    def reseller(self) -> ResellerResource:
        """The 8 ``reseller`` operations."""
    @cached_property
    def senders(self) -> SendersResource:
        """The 10 ``senders`` operations."""
    @cached_property
    def short_urls(self) -> ShortUrlsResource:
        """The 2 ``short_urls`` operations."""
    @cached_property
    def sms(self) -> SmsResource:
        """The 20 ``sms`` operations."""
    @cached_property
    def sms_campaigns(self) -> SmsCampaignsResource:
        """The 9 ``sms_campaigns`` operations."""
    @cached_property
    def statistics(self) -> StatisticsResource:
        """The 2 ``statistics`` operations."""
    @cached_property
    def subaccounts(self) -> SubaccountsResource:
        """The 6 ``subaccounts`` operations."""
    @cached_property
    def uploads(self) -> UploadsResource:
        """The 1 ``uploads`` operation."""
    @cached_property
    def voice(self) -> VoiceResource:
        """The 11 ``voice`` operations."""
    @overload
    async def call(
        self, op: Literal["add_email_receipt_webhook"], *, request_timeout: float | None = None, **params: Any
    ) -> EmailReceipt | None: ...
    @overload
    async def call(
        self, op: Literal["add_fax_receipt_webhook"], *, request_timeout: float | None = None, **params: Any
    ) -> DeliveryReceipt | None: ...
    @overload
    async def call(
        self, op: Literal["add_inbound_sms_webhook"], *, request_timeout: float | None = None, **params: Any
    ) -> InboundSms | None: ...
    @overload
    async def call(
        self, op: Literal["add_sms_receipt_webhook"], *, request_timeout: float | None = None, **params: Any
    ) -> DeliveryReceipt | None: ...
    @overload
    async def call(
        self, op: Literal["add_voice_receipt_webhook"], *, request_timeout: float | None = None, **params: Any
    ) -> DeliveryReceipt | None: ...
    @overload
    async def call(
        self, op: Literal["agree_to_country_rules"], *, request_timeout: float | None = None, **params: Any
    ) -> Any: ...
    @overload
    async def call(
        self, op: Literal["buy_dedicated_number"], *, request_timeout: float | None = None, **params: Any
    ) -> PurchasedNumber | None: ...
    @overload
    async def call(
        self,
        op: Literal["calculate_direct_mail_campaign_price"],
        *,
        request_timeout: float | None = None,
        **params: Any,
    ) -> DirectMailCampaign | None: ...
    @overload
    async def call(
        self, op: Literal["calculate_email_campaign_price"], *, request_timeout: float | None = None, **params: Any
    ) -> EmailCampaignResult | None: ...
    @overload
    async def call(
        self, op: Literal["calculate_email_price"], *, request_timeout: float | None = None, **params: Any
    ) -> TransactionalEmail | None: ...
    @overload
    async def call(
        self, op: Literal["calculate_fax_price"], *, request_timeout: float | None = None, **params: Any
    ) -> FaxSendResult | None: ...
    @overload
    async def call(
        self, op: Literal["calculate_mms_campaign_price"], *, request_timeout: float | None = None, **params: Any
    ) -> CampaignPrice | None: ...
    @overload
    async def call(
        self, op: Literal["calculate_mms_price"], *, request_timeout: float | None = None, **params: Any
    ) -> MmsSendResult | None: ...
    @overload
    async def call(
        self, op: Literal["calculate_post_letter_price"], *, request_timeout: float | None = None, **params: Any
    ) -> PostLetterSendResult | None: ...
    @overload
    async def call(
        self, op: Literal["calculate_postcard_price"], *, request_timeout: float | None = None, **params: Any
    ) -> PostcardSendResult | None: ...
    @overload
    async def call(
        self, op: Literal["calculate_sms_campaign_price"], *, request_timeout: float | None = None, **params: Any
    ) -> CampaignPrice | None: ...
    @overload
    async def call(
        self, op: Literal["calculate_sms_price"], *, request_timeout: float | None = None, **params: Any
    ) -> SmsSendResult | None: ...
    @overload
    async def call(
        self, op: Literal["calculate_voice_price"], *, request_timeout: float | None = None, **params: Any
    ) -> VoiceSendResult | None: ...
    @overload
    async def call(
        self, op: Literal["cancel_all_mms"], *, request_timeout: float | None = None, **params: Any
    ) -> Any: ...
    @overload
    async def call(
        self, op: Literal["cancel_all_sms"], *, request_timeout: float | None = None, **params: Any
    ) -> Any: ...
    @overload
    async def call(
        self, op: Literal["cancel_all_voice"], *, request_timeout: float | None = None, **params: Any
    ) -> Any: ...
    @overload
    async def call(
        self, op: Literal["cancel_email_campaign"], *, request_timeout: float | None = None, **params: Any
    ) -> EmailCampaign | None: ...
    @overload
    async def call(self, op: Literal["cancel_mms"], *, request_timeout: float | None = None, **params: Any) -> Any: ...
    @overload
    async def call(
        self, op: Literal["cancel_mms_campaign"], *, request_timeout: float | None = None, **params: Any
    ) -> Any: ...
    @overload
    async def call(
        self, op: Literal["cancel_post_letter"], *, request_timeout: float | None = None, **params: Any
    ) -> Any: ...
    @overload
    async def call(
        self, op: Literal["cancel_postcard"], *, request_timeout: float | None = None, **params: Any
    ) -> Any: ...
    @overload
    async def call(self, op: Literal["cancel_sms"], *, request_timeout: float | None = None, **params: Any) -> Any: ...
    @overload
    async def call(
        self, op: Literal["cancel_sms_campaign"], *, request_timeout: float | None = None, **params: Any
    ) -> Any: ...
    @overload
    async def call(
        self, op: Literal["cancel_voice"], *, request_timeout: float | None = None, **params: Any
    ) -> Any: ...
    @overload
    async def call(
        self, op: Literal["copy_contact_to_list"], *, request_timeout: float | None = None, **params: Any
    ) -> Contact | None: ...
    @overload
    async def call(
        self, op: Literal["create_account"], *, request_timeout: float | None = None, **params: Any
    ) -> Account | None: ...
    @overload
    async def call(
        self, op: Literal["create_allowed_email_address"], *, request_timeout: float | None = None, **params: Any
    ) -> EmailAddress | None: ...
    @overload
    async def call(
        self, op: Literal["create_alpha_tag"], *, request_timeout: float | None = None, **params: Any
    ) -> AlphaTag: ...
    @overload
    async def call(
        self, op: Literal["create_contact"], *, request_timeout: float | None = None, **params: Any
    ) -> Contact | None: ...
    @overload
    async def call(
        self, op: Literal["create_contact_list"], *, request_timeout: float | None = None, **params: Any
    ) -> ContactList | None: ...
    @overload
    async def call(
        self, op: Literal["create_default_sender"], *, request_timeout: float | None = None, **params: Any
    ) -> DefaultSender | None: ...
    @overload
    async def call(
        self, op: Literal["create_delivery_issue"], *, request_timeout: float | None = None, **params: Any
    ) -> DeliveryIssue | None: ...
    @overload
    async def call(
        self, op: Literal["create_email_receipt_rule"], *, request_timeout: float | None = None, **params: Any
    ) -> DeliveryReceiptRule | None: ...
    @overload
    async def call(
        self, op: Literal["create_email_template"], *, request_timeout: float | None = None, **params: Any
    ) -> EmailTemplate | None: ...
    @overload
    async def call(
        self, op: Literal["create_email_to_sms_address"], *, request_timeout: float | None = None, **params: Any
    ) -> EmailToSmsAddress | None: ...
    @overload
    async def call(
        self, op: Literal["create_fax_inbound_rule"], *, request_timeout: float | None = None, **params: Any
    ) -> InboundFaxRule | None: ...
    @overload
    async def call(
        self, op: Literal["create_fax_receipt_rule"], *, request_timeout: float | None = None, **params: Any
    ) -> DeliveryReceiptRule | None: ...
    @overload
    async def call(
        self, op: Literal["create_reseller_account"], *, request_timeout: float | None = None, **params: Any
    ) -> Account | None: ...
    @overload
    async def call(
        self, op: Literal["create_return_address"], *, request_timeout: float | None = None, **params: Any
    ) -> ReturnAddress | None: ...
    @overload
    async def call(
        self, op: Literal["create_sms_inbound_rule"], *, request_timeout: float | None = None, **params: Any
    ) -> InboundSmsRule | None: ...
    @overload
    async def call(
        self, op: Literal["create_sms_receipt_rule"], *, request_timeout: float | None = None, **params: Any
    ) -> DeliveryReceiptRule | None: ...
    @overload
    async def call(
        self, op: Literal["create_sms_template"], *, request_timeout: float | None = None, **params: Any
    ) -> SmsTemplate | None: ...
    @overload
    async def call(
        self, op: Literal["create_stripped_string_rule"], *, request_timeout: float | None = None, **params: Any
    ) -> StrippedString | None: ...
    @overload
    async def call(
        self, op: Literal["create_subaccount"], *, request_timeout: float | None = None, **params: Any
    ) -> Subaccount | None: ...
    @overload
    async def call(
        self, op: Literal["create_voice_receipt_rule"], *, request_timeout: float | None = None, **params: Any
    ) -> DeliveryReceiptRule | None: ...
    @overload
    async def call(
        self, op: Literal["delete_allowed_email_address"], *, request_timeout: float | None = None, **params: Any
    ) -> Any: ...
    @overload
    async def call(
        self, op: Literal["delete_alpha_tag"], *, request_timeout: float | None = None, **params: Any
    ) -> Any: ...
    @overload
    async def call(
        self, op: Literal["delete_contact"], *, request_timeout: float | None = None, **params: Any
    ) -> Any: ...
    @overload
    async def call(
        self, op: Literal["delete_contact_list"], *, request_timeout: float | None = None, **params: Any
    ) -> Any: ...
    @overload
    async def call(
        self, op: Literal["delete_default_sender"], *, request_timeout: float | None = None, **params: Any
    ) -> None: ...
    @overload
    async def call(
        self, op: Literal["delete_email_receipt_rule"], *, request_timeout: float | None = None, **params: Any
    ) -> Any: ...
    @overload
    async def call(
        self, op: Literal["delete_email_template"], *, request_timeout: float | None = None, **params: Any
    ) -> Any: ...
    @overload
    async def call(
        self, op: Literal["delete_email_to_sms_address"], *, request_timeout: float | None = None, **params: Any
    ) -> Any: ...
    @overload
    async def call(
        self, op: Literal["delete_fax_inbound_rule"], *, request_timeout: float | None = None, **params: Any
    ) -> Any: ...
    @overload
    async def call(
        self, op: Literal["delete_fax_receipt_rule"], *, request_timeout: float | None = None, **params: Any
    ) -> Any: ...
    @overload
    async def call(
        self, op: Literal["delete_own_number"], *, request_timeout: float | None = None, **params: Any
    ) -> OwnNumber: ...
    @overload
    async def call(
        self, op: Literal["delete_return_address"], *, request_timeout: float | None = None, **params: Any
    ) -> Any: ...
    @overload
    async def call(
        self, op: Literal["delete_sms_inbound_rule"], *, request_timeout: float | None = None, **params: Any
    ) -> Any: ...
    @overload
    async def call(
        self, op: Literal["delete_sms_receipt_rule"], *, request_timeout: float | None = None, **params: Any
    ) -> Any: ...
    @overload
    async def call(
        self, op: Literal["delete_sms_template"], *, request_timeout: float | None = None, **params: Any
    ) -> Any: ...
    @overload
    async def call(
        self, op: Literal["delete_stripped_string_rule"], *, request_timeout: float | None = None, **params: Any
    ) -> Any: ...
    @overload
    async def call(
        self, op: Literal["delete_subaccount"], *, request_timeout: float | None = None, **params: Any
    ) -> Any: ...
    @overload
    async def call(
        self, op: Literal["delete_voice_receipt_rule"], *, request_timeout: float | None = None, **params: Any
    ) -> Any: ...
    @overload
    async def call(
        self, op: Literal["detect_post_letter_address"], *, request_timeout: float | None = None, **params: Any
    ) -> DetectedAddress | None: ...
    @overload
    async def call(
        self, op: Literal["export_contact_list"], *, request_timeout: float | None = None, **params: Any
    ) -> ExportFile | None: ...
    @overload
    async def call(
        self, op: Literal["export_email_campaign_history"], *, request_timeout: float | None = None, **params: Any
    ) -> ExportFile | None: ...
    @overload
    async def call(
        self, op: Literal["export_email_history"], *, request_timeout: float | None = None, **params: Any
    ) -> ExportFile | None: ...
    @overload
    async def call(
        self, op: Literal["export_fax_history"], *, request_timeout: float | None = None, **params: Any
    ) -> ExportFile | None: ...
    @overload
    async def call(
        self, op: Literal["export_mms_history"], *, request_timeout: float | None = None, **params: Any
    ) -> ExportFile | None: ...
    @overload
    async def call(
        self, op: Literal["export_post_letter_history"], *, request_timeout: float | None = None, **params: Any
    ) -> ExportFile | None: ...
    @overload
    async def call(
        self, op: Literal["export_postcard_history"], *, request_timeout: float | None = None, **params: Any
    ) -> ExportFile | None: ...
    @overload
    async def call(
        self, op: Literal["export_sms_campaign_link_tracking"], *, request_timeout: float | None = None, **params: Any
    ) -> ExportFile | None: ...
    @overload
    async def call(
        self, op: Literal["export_sms_history"], *, request_timeout: float | None = None, **params: Any
    ) -> ExportFile | None: ...
    @overload
    async def call(
        self, op: Literal["export_voice_history"], *, request_timeout: float | None = None, **params: Any
    ) -> ExportFile | None: ...
    @overload
    async def call(
        self, op: Literal["forgot_password"], *, request_timeout: float | None = None, **params: Any
    ) -> Any: ...
    @overload
    async def call(
        self, op: Literal["forgot_username"], *, request_timeout: float | None = None, **params: Any
    ) -> Any: ...
    @overload
    async def call(
        self, op: Literal["get_account"], *, request_timeout: float | None = None, **params: Any
    ) -> Account | None: ...
    @overload
    async def call(
        self, op: Literal["get_account_usage_by_subaccount"], *, request_timeout: float | None = None, **params: Any
    ) -> AccountUsage | None: ...
    @overload
    async def call(
        self, op: Literal["get_allowed_email_address"], *, request_timeout: float | None = None, **params: Any
    ) -> EmailAddress | None: ...
    @overload
    async def call(
        self, op: Literal["get_alpha_tag"], *, request_timeout: float | None = None, **params: Any
    ) -> AlphaTag: ...
    @overload
    async def call(
        self, op: Literal["get_contact"], *, request_timeout: float | None = None, **params: Any
    ) -> Contact | None: ...
    @overload
    async def call(
        self, op: Literal["get_contact_import_fields"], *, request_timeout: float | None = None, **params: Any
    ) -> list[ImportField] | None: ...
    @overload
    async def call(
        self, op: Literal["get_contact_list"], *, request_timeout: float | None = None, **params: Any
    ) -> ContactList | None: ...
    @overload
    async def call(
        self, op: Literal["get_country_pricing"], *, request_timeout: float | None = None, **params: Any
    ) -> CountryPricing | None: ...
    @overload
    async def call(
        self, op: Literal["get_credit_card"], *, request_timeout: float | None = None, **params: Any
    ) -> CreditCard | None: ...
    @overload
    async def call(
        self, op: Literal["get_default_sender"], *, request_timeout: float | None = None, **params: Any
    ) -> DefaultSender | None: ...
    @overload
    async def call(
        self, op: Literal["get_email_campaign"], *, request_timeout: float | None = None, **params: Any
    ) -> EmailCampaign | None: ...
    @overload
    async def call(
        self, op: Literal["get_email_receipt_rule"], *, request_timeout: float | None = None, **params: Any
    ) -> DeliveryReceiptRule | None: ...
    @overload
    async def call(
        self, op: Literal["get_email_template"], *, request_timeout: float | None = None, **params: Any
    ) -> EmailTemplate | None: ...
    @overload
    async def call(
        self, op: Literal["get_email_to_sms_address"], *, request_timeout: float | None = None, **params: Any
    ) -> EmailToSmsAddress | None: ...
    @overload
    async def call(
        self, op: Literal["get_fax_inbound_rule"], *, request_timeout: float | None = None, **params: Any
    ) -> InboundFaxRule | None: ...
    @overload
    async def call(
        self, op: Literal["get_fax_receipt"], *, request_timeout: float | None = None, **params: Any
    ) -> DeliveryReceipt | None: ...
    @overload
    async def call(
        self, op: Literal["get_fax_receipt_rule"], *, request_timeout: float | None = None, **params: Any
    ) -> DeliveryReceiptRule | None: ...
    @overload
    async def call(
        self, op: Literal["get_inbound_sms"], *, request_timeout: float | None = None, **params: Any
    ) -> InboundSms | None: ...
    @overload
    async def call(
        self, op: Literal["get_master_email_template"], *, request_timeout: float | None = None, **params: Any
    ) -> MasterEmailTemplate | None: ...
    @overload
    async def call(
        self, op: Literal["get_master_email_template_category"], *, request_timeout: float | None = None, **params: Any
    ) -> TemplateCategory | None: ...
    @overload
    async def call(
        self, op: Literal["get_mms_campaign"], *, request_timeout: float | None = None, **params: Any
    ) -> MmsCampaign | None: ...
    @overload
    async def call(
        self, op: Literal["get_mms_receipt"], *, request_timeout: float | None = None, **params: Any
    ) -> DeliveryReceipt | None: ...
    @overload
    async def call(
        self, op: Literal["get_own_number"], *, request_timeout: float | None = None, **params: Any
    ) -> OwnNumber: ...
    @overload
    async def call(
        self, op: Literal["get_recharge_transaction"], *, request_timeout: float | None = None, **params: Any
    ) -> Transaction | None: ...
    @overload
    async def call(
        self, op: Literal["get_reseller_account"], *, request_timeout: float | None = None, **params: Any
    ) -> Account | None: ...
    @overload
    async def call(
        self, op: Literal["get_reseller_settings"], *, request_timeout: float | None = None, **params: Any
    ) -> ResellerSettings | None: ...
    @overload
    async def call(
        self, op: Literal["get_return_address"], *, request_timeout: float | None = None, **params: Any
    ) -> ReturnAddress | None: ...
    @overload
    async def call(
        self, op: Literal["get_selected_countries"], *, request_timeout: float | None = None, **params: Any
    ) -> list[GlobalSendingCountry] | None: ...
    @overload
    async def call(
        self, op: Literal["get_short_url_statistics"], *, request_timeout: float | None = None, **params: Any
    ) -> ShortUrlStatisticsList: ...
    @overload
    async def call(
        self, op: Literal["get_sms_campaign"], *, request_timeout: float | None = None, **params: Any
    ) -> SmsCampaign | None: ...
    @overload
    async def call(
        self, op: Literal["get_sms_campaign_link_statistics"], *, request_timeout: float | None = None, **params: Any
    ) -> SmsCampaignLinkStatistics | None: ...
    @overload
    async def call(
        self, op: Literal["get_sms_inbound_rule"], *, request_timeout: float | None = None, **params: Any
    ) -> InboundSmsRule | None: ...
    @overload
    async def call(
        self, op: Literal["get_sms_receipt"], *, request_timeout: float | None = None, **params: Any
    ) -> DeliveryReceipt | None: ...
    @overload
    async def call(
        self, op: Literal["get_sms_receipt_rule"], *, request_timeout: float | None = None, **params: Any
    ) -> DeliveryReceiptRule | None: ...
    @overload
    async def call(
        self, op: Literal["get_sms_statistics"], *, request_timeout: float | None = None, **params: Any
    ) -> MessageStatistics | None: ...
    @overload
    async def call(
        self, op: Literal["get_sms_template"], *, request_timeout: float | None = None, **params: Any
    ) -> SmsTemplate | None: ...
    @overload
    async def call(
        self, op: Literal["get_stripped_string_rule"], *, request_timeout: float | None = None, **params: Any
    ) -> StrippedString | None: ...
    @overload
    async def call(
        self, op: Literal["get_subaccount"], *, request_timeout: float | None = None, **params: Any
    ) -> Subaccount | None: ...
    @overload
    async def call(
        self, op: Literal["get_voice_receipt"], *, request_timeout: float | None = None, **params: Any
    ) -> DeliveryReceipt | None: ...
    @overload
    async def call(
        self, op: Literal["get_voice_receipt_rule"], *, request_timeout: float | None = None, **params: Any
    ) -> DeliveryReceiptRule | None: ...
    @overload
    async def call(
        self, op: Literal["get_voice_statistics"], *, request_timeout: float | None = None, **params: Any
    ) -> MessageStatistics | None: ...
    @overload
    async def call(
        self, op: Literal["import_contacts"], *, request_timeout: float | None = None, **params: Any
    ) -> ImportResult | None: ...
    @overload
    async def call(
        self, op: Literal["list_allowed_email_addresses"], *, request_timeout: float | None = None, **params: Any
    ) -> EmailAddressPage | None: ...
    @overload
    async def call(
        self, op: Literal["list_alpha_tags"], *, request_timeout: float | None = None, **params: Any
    ) -> AlphaTagList: ...
    @overload
    async def call(
        self, op: Literal["list_compliant_sender_types"], *, request_timeout: float | None = None, **params: Any
    ) -> CompliantSenderTypeList | None: ...
    @overload
    async def call(
        self, op: Literal["list_contact_lists"], *, request_timeout: float | None = None, **params: Any
    ) -> ContactListPage | None: ...
    @overload
    async def call(
        self, op: Literal["list_contact_suggestions"], *, request_timeout: float | None = None, **params: Any
    ) -> list[Contact] | None: ...
    @overload
    async def call(
        self, op: Literal["list_contacts"], *, request_timeout: float | None = None, **params: Any
    ) -> ContactPage | None: ...
    @overload
    async def call(
        self, op: Literal["list_countries"], *, request_timeout: float | None = None, **params: Any
    ) -> list[Country] | None: ...
    @overload
    async def call(
        self, op: Literal["list_dedicated_numbers"], *, request_timeout: float | None = None, **params: Any
    ) -> DedicatedNumberPage | None: ...
    @overload
    async def call(
        self, op: Literal["list_default_senders"], *, request_timeout: float | None = None, **params: Any
    ) -> DefaultSenderList | None: ...
    @overload
    async def call(
        self, op: Literal["list_delivery_issues"], *, request_timeout: float | None = None, **params: Any
    ) -> DeliveryIssuePage | None: ...
    @overload
    async def call(
        self, op: Literal["list_direct_mail_campaigns"], *, request_timeout: float | None = None, **params: Any
    ) -> DirectMailCampaignSummaryPage | None: ...
    @overload
    async def call(
        self, op: Literal["list_email_campaign_history"], *, request_timeout: float | None = None, **params: Any
    ) -> EmailCampaignRecipientPage | None: ...
    @overload
    async def call(
        self, op: Literal["list_email_campaigns"], *, request_timeout: float | None = None, **params: Any
    ) -> EmailCampaignPage | None: ...
    @overload
    async def call(
        self, op: Literal["list_email_history"], *, request_timeout: float | None = None, **params: Any
    ) -> TransactionalEmailPage | None: ...
    @overload
    async def call(
        self, op: Literal["list_email_receipt_rules"], *, request_timeout: float | None = None, **params: Any
    ) -> DeliveryReceiptRulePage | None: ...
    @overload
    async def call(
        self, op: Literal["list_email_templates"], *, request_timeout: float | None = None, **params: Any
    ) -> EmailTemplatePage | None: ...
    @overload
    async def call(
        self, op: Literal["list_email_to_sms_addresses"], *, request_timeout: float | None = None, **params: Any
    ) -> EmailToSmsAddressPage | None: ...
    @overload
    async def call(
        self, op: Literal["list_fax_history"], *, request_timeout: float | None = None, **params: Any
    ) -> FaxMessagePage | None: ...
    @overload
    async def call(
        self, op: Literal["list_fax_inbound_rules"], *, request_timeout: float | None = None, **params: Any
    ) -> InboundFaxRulePage | None: ...
    @overload
    async def call(
        self, op: Literal["list_fax_receipt_rules"], *, request_timeout: float | None = None, **params: Any
    ) -> DeliveryReceiptRulePage | None: ...
    @overload
    async def call(
        self, op: Literal["list_fax_receipts"], *, request_timeout: float | None = None, **params: Any
    ) -> DeliveryReceiptPage | None: ...
    @overload
    async def call(
        self, op: Literal["list_global_sending_countries"], *, request_timeout: float | None = None, **params: Any
    ) -> list[GlobalSendingCountry] | None: ...
    @overload
    async def call(
        self, op: Literal["list_inbound_sms"], *, request_timeout: float | None = None, **params: Any
    ) -> InboundSmsPage | None: ...
    @overload
    async def call(
        self,
        op: Literal["list_master_email_template_categories"],
        *,
        request_timeout: float | None = None,
        **params: Any,
    ) -> list[TemplateCategory] | None: ...
    @overload
    async def call(
        self, op: Literal["list_master_email_templates"], *, request_timeout: float | None = None, **params: Any
    ) -> list[MasterEmailTemplate] | None: ...
    @overload
    async def call(
        self,
        op: Literal["list_master_email_templates_in_category"],
        *,
        request_timeout: float | None = None,
        **params: Any,
    ) -> list[MasterEmailTemplate] | None: ...
    @overload
    async def call(
        self, op: Literal["list_mms_campaigns"], *, request_timeout: float | None = None, **params: Any
    ) -> MmsCampaignPage | None: ...
    @overload
    async def call(
        self, op: Literal["list_mms_history"], *, request_timeout: float | None = None, **params: Any
    ) -> MmsMessagePage | None: ...
    @overload
    async def call(
        self, op: Literal["list_mms_receipts"], *, request_timeout: float | None = None, **params: Any
    ) -> DeliveryReceiptPage | None: ...
    @overload
    async def call(
        self, op: Literal["list_own_numbers"], *, request_timeout: float | None = None, **params: Any
    ) -> OwnNumberList: ...
    @overload
    async def call(
        self, op: Literal["list_post_letter_history"], *, request_timeout: float | None = None, **params: Any
    ) -> PostLetterPage | None: ...
    @overload
    async def call(
        self, op: Literal["list_postcard_history"], *, request_timeout: float | None = None, **params: Any
    ) -> PostcardPage | None: ...
    @overload
    async def call(
        self, op: Literal["list_recharge_packages"], *, request_timeout: float | None = None, **params: Any
    ) -> RechargePackages | None: ...
    @overload
    async def call(
        self, op: Literal["list_recharge_transactions"], *, request_timeout: float | None = None, **params: Any
    ) -> TransactionPage | None: ...
    @overload
    async def call(
        self, op: Literal["list_referral_accounts"], *, request_timeout: float | None = None, **params: Any
    ) -> ReferralAccountPage | None: ...
    @overload
    async def call(
        self, op: Literal["list_reseller_accounts"], *, request_timeout: float | None = None, **params: Any
    ) -> AccountPage | None: ...
    @overload
    async def call(
        self, op: Literal["list_return_addresses"], *, request_timeout: float | None = None, **params: Any
    ) -> ReturnAddressPage | None: ...
    @overload
    async def call(
        self, op: Literal["list_short_url_tracking"], *, request_timeout: float | None = None, **params: Any
    ) -> ShortUrlTrackingPage: ...
    @overload
    async def call(
        self, op: Literal["list_sms_campaign_link_tracking"], *, request_timeout: float | None = None, **params: Any
    ) -> SmsCampaignLinkTrackingPage | None: ...
    @overload
    async def call(
        self, op: Literal["list_sms_campaigns"], *, request_timeout: float | None = None, **params: Any
    ) -> SmsCampaignPage | None: ...
    @overload
    async def call(
        self, op: Literal["list_sms_history"], *, request_timeout: float | None = None, **params: Any
    ) -> SmsMessagePage | None: ...
    @overload
    async def call(
        self, op: Literal["list_sms_inbound_rules"], *, request_timeout: float | None = None, **params: Any
    ) -> InboundSmsRulePage | None: ...
    @overload
    async def call(
        self, op: Literal["list_sms_receipt_rules"], *, request_timeout: float | None = None, **params: Any
    ) -> DeliveryReceiptRulePage | None: ...
    @overload
    async def call(
        self, op: Literal["list_sms_receipts"], *, request_timeout: float | None = None, **params: Any
    ) -> DeliveryReceiptPage | None: ...
    @overload
    async def call(
        self, op: Literal["list_sms_templates"], *, request_timeout: float | None = None, **params: Any
    ) -> SmsTemplatePage | None: ...
    @overload
    async def call(
        self, op: Literal["list_stripped_string_rules"], *, request_timeout: float | None = None, **params: Any
    ) -> StrippedStringPage | None: ...
    @overload
    async def call(
        self, op: Literal["list_subaccounts"], *, request_timeout: float | None = None, **params: Any
    ) -> SubaccountPage | None: ...
    @overload
    async def call(
        self, op: Literal["list_timezones"], *, request_timeout: float | None = None, **params: Any
    ) -> list[float | None | str] | None: ...
    @overload
    async def call(
        self, op: Literal["list_voice_history"], *, request_timeout: float | None = None, **params: Any
    ) -> VoiceMessagePage | None: ...
    @overload
    async def call(
        self, op: Literal["list_voice_languages"], *, request_timeout: float | None = None, **params: Any
    ) -> list[VoiceLanguage] | None: ...
    @overload
    async def call(
        self, op: Literal["list_voice_receipt_rules"], *, request_timeout: float | None = None, **params: Any
    ) -> DeliveryReceiptRulePage | None: ...
    @overload
    async def call(
        self, op: Literal["list_voice_receipts"], *, request_timeout: float | None = None, **params: Any
    ) -> DeliveryReceiptPage | None: ...
    @overload
    async def call(
        self, op: Literal["mark_fax_receipts_read"], *, request_timeout: float | None = None, **params: Any
    ) -> Any: ...
    @overload
    async def call(
        self, op: Literal["mark_inbound_sms_message_read"], *, request_timeout: float | None = None, **params: Any
    ) -> Any: ...
    @overload
    async def call(
        self, op: Literal["mark_inbound_sms_read"], *, request_timeout: float | None = None, **params: Any
    ) -> Any: ...
    @overload
    async def call(
        self, op: Literal["mark_mms_receipts_read"], *, request_timeout: float | None = None, **params: Any
    ) -> Any: ...
    @overload
    async def call(
        self, op: Literal["mark_sms_receipts_read"], *, request_timeout: float | None = None, **params: Any
    ) -> Any: ...
    @overload
    async def call(
        self, op: Literal["mark_voice_receipts_read"], *, request_timeout: float | None = None, **params: Any
    ) -> Any: ...
    @overload
    async def call(
        self, op: Literal["preview_contact_import"], *, request_timeout: float | None = None, **params: Any
    ) -> Any: ...
    @overload
    async def call(
        self, op: Literal["purchase_recharge_package"], *, request_timeout: float | None = None, **params: Any
    ) -> RechargeResult | None: ...
    @overload
    async def call(
        self, op: Literal["regenerate_subaccount_api_key"], *, request_timeout: float | None = None, **params: Any
    ) -> Subaccount | None: ...
    @overload
    async def call(
        self, op: Literal["register_numbers"], *, request_timeout: float | None = None, **params: Any
    ) -> Any: ...
    @overload
    async def call(
        self, op: Literal["remove_duplicate_contacts"], *, request_timeout: float | None = None, **params: Any
    ) -> RemovedContacts | None: ...
    @overload
    async def call(
        self, op: Literal["remove_opted_out_contacts"], *, request_timeout: float | None = None, **params: Any
    ) -> RemovedContacts | None: ...
    @overload
    async def call(
        self, op: Literal["request_own_number_verification"], *, request_timeout: float | None = None, **params: Any
    ) -> OwnNumberVerification: ...
    @overload
    async def call(
        self, op: Literal["search_available_numbers"], *, request_timeout: float | None = None, **params: Any
    ) -> AvailableNumberPage | None: ...
    @overload
    async def call(
        self, op: Literal["search_contacts_and_lists"], *, request_timeout: float | None = None, **params: Any
    ) -> ContactSearchHitPage | None: ...
    @overload
    async def call(
        self, op: Literal["search_direct_mail_locations"], *, request_timeout: float | None = None, **params: Any
    ) -> list[DirectMailLocation] | None: ...
    @overload
    async def call(
        self, op: Literal["select_countries"], *, request_timeout: float | None = None, **params: Any
    ) -> Any: ...
    @overload
    async def call(
        self, op: Literal["send_account_activation_token"], *, request_timeout: float | None = None, **params: Any
    ) -> AccountVerification | None: ...
    @overload
    async def call(
        self, op: Literal["send_direct_mail_campaign"], *, request_timeout: float | None = None, **params: Any
    ) -> DirectMailCampaign | None: ...
    @overload
    async def call(
        self, op: Literal["send_email"], *, request_timeout: float | None = None, **params: Any
    ) -> TransactionalEmail | None: ...
    @overload
    async def call(
        self, op: Literal["send_email_campaign"], *, request_timeout: float | None = None, **params: Any
    ) -> EmailCampaignResult | None: ...
    @overload
    async def call(
        self, op: Literal["send_email_verification_token"], *, request_timeout: float | None = None, **params: Any
    ) -> Any: ...
    @overload
    async def call(
        self, op: Literal["send_fax"], *, request_timeout: float | None = None, **params: Any
    ) -> FaxSendResult | None: ...
    @overload
    async def call(
        self, op: Literal["send_mms"], *, request_timeout: float | None = None, **params: Any
    ) -> MmsSendResult | None: ...
    @overload
    async def call(
        self, op: Literal["send_mms_campaign"], *, request_timeout: float | None = None, **params: Any
    ) -> MmsCampaign | None: ...
    @overload
    async def call(
        self, op: Literal["send_post_letter"], *, request_timeout: float | None = None, **params: Any
    ) -> PostLetterSendResult | None: ...
    @overload
    async def call(
        self, op: Literal["send_postcard"], *, request_timeout: float | None = None, **params: Any
    ) -> PostcardSendResult | None: ...
    @overload
    async def call(
        self, op: Literal["send_sms"], *, request_timeout: float | None = None, **params: Any
    ) -> SmsSendResult | None: ...
    @overload
    async def call(
        self, op: Literal["send_sms_campaign"], *, request_timeout: float | None = None, **params: Any
    ) -> SmsCampaign | None: ...
    @overload
    async def call(
        self, op: Literal["send_voice"], *, request_timeout: float | None = None, **params: Any
    ) -> VoiceSendResult | None: ...
    @overload
    async def call(
        self, op: Literal["transfer_contact_to_list"], *, request_timeout: float | None = None, **params: Any
    ) -> Contact | None: ...
    @overload
    async def call(
        self, op: Literal["transfer_reseller_credit"], *, request_timeout: float | None = None, **params: Any
    ) -> Account | None: ...
    @overload
    async def call(
        self, op: Literal["update_account"], *, request_timeout: float | None = None, **params: Any
    ) -> Account | None: ...
    @overload
    async def call(
        self, op: Literal["update_contact"], *, request_timeout: float | None = None, **params: Any
    ) -> Contact | None: ...
    @overload
    async def call(
        self, op: Literal["update_contact_list"], *, request_timeout: float | None = None, **params: Any
    ) -> ContactList | None: ...
    @overload
    async def call(
        self, op: Literal["update_credit_card"], *, request_timeout: float | None = None, **params: Any
    ) -> CreditCardToken | None: ...
    @overload
    async def call(
        self, op: Literal["update_default_sender"], *, request_timeout: float | None = None, **params: Any
    ) -> DefaultSender | None: ...
    @overload
    async def call(
        self, op: Literal["update_email_campaign"], *, request_timeout: float | None = None, **params: Any
    ) -> EmailCampaign | None: ...
    @overload
    async def call(
        self, op: Literal["update_email_receipt_rule"], *, request_timeout: float | None = None, **params: Any
    ) -> DeliveryReceiptRule | None: ...
    @overload
    async def call(
        self, op: Literal["update_email_template"], *, request_timeout: float | None = None, **params: Any
    ) -> EmailTemplate | None: ...
    @overload
    async def call(
        self, op: Literal["update_email_to_sms_address"], *, request_timeout: float | None = None, **params: Any
    ) -> EmailToSmsAddress | None: ...
    @overload
    async def call(
        self, op: Literal["update_fax_inbound_rule"], *, request_timeout: float | None = None, **params: Any
    ) -> InboundFaxRule | None: ...
    @overload
    async def call(
        self, op: Literal["update_fax_receipt_rule"], *, request_timeout: float | None = None, **params: Any
    ) -> DeliveryReceiptRule | None: ...
    @overload
    async def call(
        self, op: Literal["update_mms_campaign"], *, request_timeout: float | None = None, **params: Any
    ) -> MmsCampaign | None: ...
    @overload
    async def call(
        self, op: Literal["update_own_number"], *, request_timeout: float | None = None, **params: Any
    ) -> OwnNumber: ...
    @overload
    async def call(
        self, op: Literal["update_reseller_account"], *, request_timeout: float | None = None, **params: Any
    ) -> Account | None: ...
    @overload
    async def call(
        self, op: Literal["update_reseller_settings"], *, request_timeout: float | None = None, **params: Any
    ) -> ResellerSettings | None: ...
    @overload
    async def call(
        self, op: Literal["update_return_address"], *, request_timeout: float | None = None, **params: Any
    ) -> ReturnAddress | None: ...
    @overload
    async def call(
        self, op: Literal["update_sms_campaign"], *, request_timeout: float | None = None, **params: Any
    ) -> SmsCampaign | None: ...
    @overload
    async def call(
        self, op: Literal["update_sms_inbound_rule"], *, request_timeout: float | None = None, **params: Any
    ) -> InboundSmsRule | None: ...
    @overload
    async def call(
        self, op: Literal["update_sms_receipt_rule"], *, request_timeout: float | None = None, **params: Any
    ) -> DeliveryReceiptRule | None: ...
    @overload
    async def call(
        self, op: Literal["update_sms_template"], *, request_timeout: float | None = None, **params: Any
    ) -> SmsTemplate | None: ...
    @overload
    async def call(
        self, op: Literal["update_stripped_string_rule"], *, request_timeout: float | None = None, **params: Any
    ) -> StrippedString | None: ...
    @overload
    async def call(
        self, op: Literal["update_subaccount"], *, request_timeout: float | None = None, **params: Any
    ) -> Subaccount | None: ...
    @overload
    async def call(
        self, op: Literal["update_voice_receipt_rule"], *, request_timeout: float | None = None, **params: Any
    ) -> DeliveryReceiptRule | None: ...
    @overload
    async def call(
        self, op: Literal["upload_email_template_image"], *, request_timeout: float | None = None, **params: Any
    ) -> str | None: ...
    @overload
    async def call(
        self, op: Literal["upload_file"], *, request_timeout: float | None = None, **params: Any
    ) -> UploadedFile | None: ...
    @overload
    async def call(
        self, op: Literal["verify_account"], *, request_timeout: float | None = None, **params: Any
    ) -> Account | None: ...
    @overload
    async def call(
        self, op: Literal["verify_allowed_email_address"], *, request_timeout: float | None = None, **params: Any
    ) -> Any: ...
    @overload
    async def call(
        self, op: Literal["verify_forgot_password"], *, request_timeout: float | None = None, **params: Any
    ) -> Any: ...
    @overload
    async def call(
        self, op: Literal["verify_own_number"], *, request_timeout: float | None = None, **params: Any
    ) -> OwnNumberVerification: ...
    @overload
    async def call(self, op: Operation, *, request_timeout: float | None = None, **params: Any) -> Any:
        """Call any operation by operationId (or generated function), with wire parameter names; returns
        the answer's ``data`` (typed for a literal operationId)."""
    @overload
    def paginate(
        self,
        op: Literal["list_allowed_email_addresses"],
        *,
        limit: int = 100,
        max_items: int | None = None,
        read_ahead: int | None = None,
        first_page: int = 1,
        request_timeout: float | None = None,
        **params: Any,
    ) -> AsyncIterator[EmailAddress]: ...
    @overload
    def paginate(
        self,
        op: Literal["list_alpha_tags"],
        *,
        limit: int = 100,
        max_items: int | None = None,
        read_ahead: int | None = None,
        first_page: int = 1,
        request_timeout: float | None = None,
        **params: Any,
    ) -> AsyncIterator[AlphaTag]: ...
    @overload
    def paginate(
        self,
        op: Literal["list_contact_lists"],
        *,
        limit: int = 100,
        max_items: int | None = None,
        read_ahead: int | None = None,
        first_page: int = 1,
        request_timeout: float | None = None,
        **params: Any,
    ) -> AsyncIterator[ContactList]: ...
    @overload
    def paginate(
        self,
        op: Literal["list_contacts"],
        *,
        limit: int = 100,
        max_items: int | None = None,
        read_ahead: int | None = None,
        first_page: int = 1,
        request_timeout: float | None = None,
        **params: Any,
    ) -> AsyncIterator[Contact]: ...
    @overload
    def paginate(
        self,
        op: Literal["list_dedicated_numbers"],
        *,
        limit: int = 100,
        max_items: int | None = None,
        read_ahead: int | None = None,
        first_page: int = 1,
        request_timeout: float | None = None,
        **params: Any,
    ) -> AsyncIterator[DedicatedNumber]: ...
    @overload
    def paginate(
        self,
        op: Literal["list_default_senders"],
        *,
        limit: int = 100,
        max_items: int | None = None,
        read_ahead: int | None = None,
        first_page: int = 1,
        request_timeout: float | None = None,
        **params: Any,
    ) -> AsyncIterator[DefaultSender]: ...
    @overload
    def paginate(
        self,
        op: Literal["list_delivery_issues"],
        *,
        limit: int = 100,
        max_items: int | None = None,
        read_ahead: int | None = None,
        first_page: int = 1,
        request_timeout: float | None = None,
        **params: Any,
    ) -> AsyncIterator[DeliveryIssue]: ...
    @overload
    def paginate(
        self,
        op: Literal["list_direct_mail_campaigns"],
        *,
        limit: int = 100,
        max_items: int | None = None,
        read_ahead: int | None = None,
        first_page: int = 1,
        request_timeout: float | None = None,
        **params: Any,
    ) -> AsyncIterator[DirectMailCampaignSummary]: ...
    @overload
    def paginate(
        self,
        op: Literal["list_email_campaign_history"],
        *,
        limit: int = 100,
        max_items: int | None = None,
        read_ahead: int | None = None,
        first_page: int = 1,
        request_timeout: float | None = None,
        **params: Any,
    ) -> AsyncIterator[EmailCampaignRecipient]: ...
    @overload
    def paginate(
        self,
        op: Literal["list_email_campaigns"],
        *,
        limit: int = 100,
        max_items: int | None = None,
        read_ahead: int | None = None,
        first_page: int = 1,
        request_timeout: float | None = None,
        **params: Any,
    ) -> AsyncIterator[EmailCampaign]: ...
    @overload
    def paginate(
        self,
        op: Literal["list_email_history"],
        *,
        limit: int = 100,
        max_items: int | None = None,
        read_ahead: int | None = None,
        first_page: int = 1,
        request_timeout: float | None = None,
        **params: Any,
    ) -> AsyncIterator[TransactionalEmail]: ...
    @overload
    def paginate(
        self,
        op: Literal["list_email_receipt_rules"],
        *,
        limit: int = 100,
        max_items: int | None = None,
        read_ahead: int | None = None,
        first_page: int = 1,
        request_timeout: float | None = None,
        **params: Any,
    ) -> AsyncIterator[DeliveryReceiptRule]: ...
    @overload
    def paginate(
        self,
        op: Literal["list_email_templates"],
        *,
        limit: int = 100,
        max_items: int | None = None,
        read_ahead: int | None = None,
        first_page: int = 1,
        request_timeout: float | None = None,
        **params: Any,
    ) -> AsyncIterator[EmailTemplate]: ...
    @overload
    def paginate(
        self,
        op: Literal["list_email_to_sms_addresses"],
        *,
        limit: int = 100,
        max_items: int | None = None,
        read_ahead: int | None = None,
        first_page: int = 1,
        request_timeout: float | None = None,
        **params: Any,
    ) -> AsyncIterator[EmailToSmsAddress]: ...
    @overload
    def paginate(
        self,
        op: Literal["list_fax_history"],
        *,
        limit: int = 100,
        max_items: int | None = None,
        read_ahead: int | None = None,
        first_page: int = 1,
        request_timeout: float | None = None,
        **params: Any,
    ) -> AsyncIterator[FaxMessage]: ...
    @overload
    def paginate(
        self,
        op: Literal["list_fax_inbound_rules"],
        *,
        limit: int = 100,
        max_items: int | None = None,
        read_ahead: int | None = None,
        first_page: int = 1,
        request_timeout: float | None = None,
        **params: Any,
    ) -> AsyncIterator[InboundFaxRule]: ...
    @overload
    def paginate(
        self,
        op: Literal["list_fax_receipt_rules"],
        *,
        limit: int = 100,
        max_items: int | None = None,
        read_ahead: int | None = None,
        first_page: int = 1,
        request_timeout: float | None = None,
        **params: Any,
    ) -> AsyncIterator[DeliveryReceiptRule]: ...
    @overload
    def paginate(
        self,
        op: Literal["list_fax_receipts"],
        *,
        limit: int = 100,
        max_items: int | None = None,
        read_ahead: int | None = None,
        first_page: int = 1,
        request_timeout: float | None = None,
        **params: Any,
    ) -> AsyncIterator[DeliveryReceipt]: ...
    @overload
    def paginate(
        self,
        op: Literal["list_inbound_sms"],
        *,
        limit: int = 100,
        max_items: int | None = None,
        read_ahead: int | None = None,
        first_page: int = 1,
        request_timeout: float | None = None,
        **params: Any,
    ) -> AsyncIterator[InboundSms]: ...
    @overload
    def paginate(
        self,
        op: Literal["list_mms_campaigns"],
        *,
        limit: int = 100,
        max_items: int | None = None,
        read_ahead: int | None = None,
        first_page: int = 1,
        request_timeout: float | None = None,
        **params: Any,
    ) -> AsyncIterator[MmsCampaign]: ...
    @overload
    def paginate(
        self,
        op: Literal["list_mms_history"],
        *,
        limit: int = 100,
        max_items: int | None = None,
        read_ahead: int | None = None,
        first_page: int = 1,
        request_timeout: float | None = None,
        **params: Any,
    ) -> AsyncIterator[MmsMessage]: ...
    @overload
    def paginate(
        self,
        op: Literal["list_mms_receipts"],
        *,
        limit: int = 100,
        max_items: int | None = None,
        read_ahead: int | None = None,
        first_page: int = 1,
        request_timeout: float | None = None,
        **params: Any,
    ) -> AsyncIterator[DeliveryReceipt]: ...
    @overload
    def paginate(
        self,
        op: Literal["list_own_numbers"],
        *,
        limit: int = 100,
        max_items: int | None = None,
        read_ahead: int | None = None,
        first_page: int = 1,
        request_timeout: float | None = None,
        **params: Any,
    ) -> AsyncIterator[OwnNumber]: ...
    @overload
    def paginate(
        self,
        op: Literal["list_post_letter_history"],
        *,
        limit: int = 100,
        max_items: int | None = None,
        read_ahead: int | None = None,
        first_page: int = 1,
        request_timeout: float | None = None,
        **params: Any,
    ) -> AsyncIterator[PostLetter]: ...
    @overload
    def paginate(
        self,
        op: Literal["list_postcard_history"],
        *,
        limit: int = 100,
        max_items: int | None = None,
        read_ahead: int | None = None,
        first_page: int = 1,
        request_timeout: float | None = None,
        **params: Any,
    ) -> AsyncIterator[Postcard]: ...
    @overload
    def paginate(
        self,
        op: Literal["list_recharge_transactions"],
        *,
        limit: int = 100,
        max_items: int | None = None,
        read_ahead: int | None = None,
        first_page: int = 1,
        request_timeout: float | None = None,
        **params: Any,
    ) -> AsyncIterator[Transaction]: ...
    @overload
    def paginate(
        self,
        op: Literal["list_referral_accounts"],
        *,
        limit: int = 100,
        max_items: int | None = None,
        read_ahead: int | None = None,
        first_page: int = 1,
        request_timeout: float | None = None,
        **params: Any,
    ) -> AsyncIterator[ReferralAccount]: ...
    @overload
    def paginate(
        self,
        op: Literal["list_reseller_accounts"],
        *,
        limit: int = 100,
        max_items: int | None = None,
        read_ahead: int | None = None,
        first_page: int = 1,
        request_timeout: float | None = None,
        **params: Any,
    ) -> AsyncIterator[Account]: ...
    @overload
    def paginate(
        self,
        op: Literal["list_return_addresses"],
        *,
        limit: int = 100,
        max_items: int | None = None,
        read_ahead: int | None = None,
        first_page: int = 1,
        request_timeout: float | None = None,
        **params: Any,
    ) -> AsyncIterator[ReturnAddress]: ...
    @overload
    def paginate(
        self,
        op: Literal["list_short_url_tracking"],
        *,
        limit: int = 100,
        max_items: int | None = None,
        read_ahead: int | None = None,
        first_page: int = 1,
        request_timeout: float | None = None,
        **params: Any,
    ) -> AsyncIterator[ShortUrlOpen]: ...
    @overload
    def paginate(
        self,
        op: Literal["list_sms_campaign_link_tracking"],
        *,
        limit: int = 100,
        max_items: int | None = None,
        read_ahead: int | None = None,
        first_page: int = 1,
        request_timeout: float | None = None,
        **params: Any,
    ) -> AsyncIterator[ShortUrlOpen]: ...
    @overload
    def paginate(
        self,
        op: Literal["list_sms_campaigns"],
        *,
        limit: int = 100,
        max_items: int | None = None,
        read_ahead: int | None = None,
        first_page: int = 1,
        request_timeout: float | None = None,
        **params: Any,
    ) -> AsyncIterator[SmsCampaign]: ...
    @overload
    def paginate(
        self,
        op: Literal["list_sms_history"],
        *,
        limit: int = 100,
        max_items: int | None = None,
        read_ahead: int | None = None,
        first_page: int = 1,
        request_timeout: float | None = None,
        **params: Any,
    ) -> AsyncIterator[SmsMessage]: ...
    @overload
    def paginate(
        self,
        op: Literal["list_sms_inbound_rules"],
        *,
        limit: int = 100,
        max_items: int | None = None,
        read_ahead: int | None = None,
        first_page: int = 1,
        request_timeout: float | None = None,
        **params: Any,
    ) -> AsyncIterator[InboundSmsRule]: ...
    @overload
    def paginate(
        self,
        op: Literal["list_sms_receipt_rules"],
        *,
        limit: int = 100,
        max_items: int | None = None,
        read_ahead: int | None = None,
        first_page: int = 1,
        request_timeout: float | None = None,
        **params: Any,
    ) -> AsyncIterator[DeliveryReceiptRule]: ...
    @overload
    def paginate(
        self,
        op: Literal["list_sms_receipts"],
        *,
        limit: int = 100,
        max_items: int | None = None,
        read_ahead: int | None = None,
        first_page: int = 1,
        request_timeout: float | None = None,
        **params: Any,
    ) -> AsyncIterator[DeliveryReceipt]: ...
    @overload
    def paginate(
        self,
        op: Literal["list_sms_templates"],
        *,
        limit: int = 100,
        max_items: int | None = None,
        read_ahead: int | None = None,
        first_page: int = 1,
        request_timeout: float | None = None,
        **params: Any,
    ) -> AsyncIterator[SmsTemplate]: ...
    @overload
    def paginate(
        self,
        op: Literal["list_stripped_string_rules"],
        *,
        limit: int = 100,
        max_items: int | None = None,
        read_ahead: int | None = None,
        first_page: int = 1,
        request_timeout: float | None = None,
        **params: Any,
    ) -> AsyncIterator[StrippedString]: ...
    @overload
    def paginate(
        self,
        op: Literal["list_subaccounts"],
        *,
        limit: int = 100,
        max_items: int | None = None,
        read_ahead: int | None = None,
        first_page: int = 1,
        request_timeout: float | None = None,
        **params: Any,
    ) -> AsyncIterator[Subaccount]: ...
    @overload
    def paginate(
        self,
        op: Literal["list_voice_history"],
        *,
        limit: int = 100,
        max_items: int | None = None,
        read_ahead: int | None = None,
        first_page: int = 1,
        request_timeout: float | None = None,
        **params: Any,
    ) -> AsyncIterator[VoiceMessage]: ...
    @overload
    def paginate(
        self,
        op: Literal["list_voice_receipt_rules"],
        *,
        limit: int = 100,
        max_items: int | None = None,
        read_ahead: int | None = None,
        first_page: int = 1,
        request_timeout: float | None = None,
        **params: Any,
    ) -> AsyncIterator[DeliveryReceiptRule]: ...
    @overload
    def paginate(
        self,
        op: Literal["list_voice_receipts"],
        *,
        limit: int = 100,
        max_items: int | None = None,
        read_ahead: int | None = None,
        first_page: int = 1,
        request_timeout: float | None = None,
        **params: Any,
    ) -> AsyncIterator[DeliveryReceipt]: ...
    @overload
    def paginate(
        self,
        op: Literal["search_available_numbers"],
        *,
        limit: int = 100,
        max_items: int | None = None,
        read_ahead: int | None = None,
        first_page: int = 1,
        request_timeout: float | None = None,
        **params: Any,
    ) -> AsyncIterator[AvailableNumber]: ...
    @overload
    def paginate(
        self,
        op: Literal["search_contacts_and_lists"],
        *,
        limit: int = 100,
        max_items: int | None = None,
        read_ahead: int | None = None,
        first_page: int = 1,
        request_timeout: float | None = None,
        **params: Any,
    ) -> AsyncIterator[ContactSearchHit]: ...
    @overload
    def paginate(
        self,
        op: Operation,
        *,
        limit: int = 100,
        max_items: int | None = None,
        read_ahead: int | None = None,
        first_page: int = 1,
        request_timeout: float | None = None,
        **params: Any,
    ) -> AsyncIterator[Any]:
        """Every record of a paginated list operation (typed for a literal operationId)."""

class SyncResources:
    _async: ClickSend
    _portal: Portal
    @cached_property
    def account(self) -> SyncAccountResource:
        """The 9 ``account`` operations, blocking."""
    @cached_property
    def automations(self) -> SyncAutomationsResource:
        """The 30 ``automations`` operations, blocking."""
    @cached_property
    def contacts(self) -> SyncContactsResource:
        """The 20 ``contacts`` operations, blocking."""
    @cached_property
    def countries(self) -> SyncCountriesResource:
        """The 7 ``countries`` operations, blocking."""
    @cached_property
    def delivery_issues(self) -> SyncDeliveryIssuesResource:
        """The 2 ``delivery_issues`` operations, blocking."""
    @cached_property
    def email(self) -> SyncEmailResource:
        """The 22 ``email`` operations, blocking."""
    @cached_property
    def email_campaigns(self) -> SyncEmailCampaignsResource:
        """The 8 ``email_campaigns`` operations, blocking."""
    @cached_property
    def email_to_sms(self) -> SyncEmailToSmsResource:
        """The 10 ``email_to_sms`` operations, blocking."""
    @cached_property
    def fax(self) -> SyncFaxResource:
        """The 8 ``fax`` operations, blocking."""
    @cached_property
    def mms(self) -> SyncMmsResource:
        """The 9 ``mms`` operations, blocking."""
    @cached_property
    def mms_campaigns(self) -> SyncMmsCampaignsResource:
        """The 6 ``mms_campaigns`` operations, blocking."""
    @cached_property
    def numbers(self) -> SyncNumbersResource:
        """The 10 ``numbers`` operations, blocking."""
    @cached_property
    def post(self) -> SyncPostResource:
        """The 20 ``post`` operations, blocking."""
    @cached_property
    def recharge(self) -> SyncRechargeResource:
        """The 6 ``recharge`` operations, blocking."""
    @cached_property
    def reseller(self) -> SyncResellerResource:
        """The 8 ``reseller`` operations, blocking."""
    @cached_property
    def senders(self) -> SyncSendersResource:
        """The 10 ``senders`` operations, blocking."""
    @cached_property
    def short_urls(self) -> SyncShortUrlsResource:
        """The 2 ``short_urls`` operations, blocking."""
    @cached_property
    def sms(self) -> SyncSmsResource:
        """The 20 ``sms`` operations, blocking."""
    @cached_property
    def sms_campaigns(self) -> SyncSmsCampaignsResource:
        """The 9 ``sms_campaigns`` operations, blocking."""
    @cached_property
    def statistics(self) -> SyncStatisticsResource:
        """The 2 ``statistics`` operations, blocking."""
    @cached_property
    def subaccounts(self) -> SyncSubaccountsResource:
        """The 6 ``subaccounts`` operations, blocking."""
    @cached_property
    def uploads(self) -> SyncUploadsResource:
        """The 1 ``uploads`` operation, blocking."""
    @cached_property
    def voice(self) -> SyncVoiceResource:
        """The 11 ``voice`` operations, blocking."""
    @overload
    def call(
        self, op: Literal["add_email_receipt_webhook"], *, request_timeout: float | None = None, **params: Any
    ) -> EmailReceipt | None: ...
    @overload
    def call(
        self, op: Literal["add_fax_receipt_webhook"], *, request_timeout: float | None = None, **params: Any
    ) -> DeliveryReceipt | None: ...
    @overload
    def call(
        self, op: Literal["add_inbound_sms_webhook"], *, request_timeout: float | None = None, **params: Any
    ) -> InboundSms | None: ...
    @overload
    def call(
        self, op: Literal["add_sms_receipt_webhook"], *, request_timeout: float | None = None, **params: Any
    ) -> DeliveryReceipt | None: ...
    @overload
    def call(
        self, op: Literal["add_voice_receipt_webhook"], *, request_timeout: float | None = None, **params: Any
    ) -> DeliveryReceipt | None: ...
    @overload
    def call(
        self, op: Literal["agree_to_country_rules"], *, request_timeout: float | None = None, **params: Any
    ) -> Any: ...
    @overload
    def call(
        self, op: Literal["buy_dedicated_number"], *, request_timeout: float | None = None, **params: Any
    ) -> PurchasedNumber | None: ...
    @overload
    def call(
        self,
        op: Literal["calculate_direct_mail_campaign_price"],
        *,
        request_timeout: float | None = None,
        **params: Any,
    ) -> DirectMailCampaign | None: ...
    @overload
    def call(
        self, op: Literal["calculate_email_campaign_price"], *, request_timeout: float | None = None, **params: Any
    ) -> EmailCampaignResult | None: ...
    @overload
    def call(
        self, op: Literal["calculate_email_price"], *, request_timeout: float | None = None, **params: Any
    ) -> TransactionalEmail | None: ...
    @overload
    def call(
        self, op: Literal["calculate_fax_price"], *, request_timeout: float | None = None, **params: Any
    ) -> FaxSendResult | None: ...
    @overload
    def call(
        self, op: Literal["calculate_mms_campaign_price"], *, request_timeout: float | None = None, **params: Any
    ) -> CampaignPrice | None: ...
    @overload
    def call(
        self, op: Literal["calculate_mms_price"], *, request_timeout: float | None = None, **params: Any
    ) -> MmsSendResult | None: ...
    @overload
    def call(
        self, op: Literal["calculate_post_letter_price"], *, request_timeout: float | None = None, **params: Any
    ) -> PostLetterSendResult | None: ...
    @overload
    def call(
        self, op: Literal["calculate_postcard_price"], *, request_timeout: float | None = None, **params: Any
    ) -> PostcardSendResult | None: ...
    @overload
    def call(
        self, op: Literal["calculate_sms_campaign_price"], *, request_timeout: float | None = None, **params: Any
    ) -> CampaignPrice | None: ...
    @overload
    def call(
        self, op: Literal["calculate_sms_price"], *, request_timeout: float | None = None, **params: Any
    ) -> SmsSendResult | None: ...
    @overload
    def call(
        self, op: Literal["calculate_voice_price"], *, request_timeout: float | None = None, **params: Any
    ) -> VoiceSendResult | None: ...
    @overload
    def call(self, op: Literal["cancel_all_mms"], *, request_timeout: float | None = None, **params: Any) -> Any: ...
    @overload
    def call(self, op: Literal["cancel_all_sms"], *, request_timeout: float | None = None, **params: Any) -> Any: ...
    @overload
    def call(self, op: Literal["cancel_all_voice"], *, request_timeout: float | None = None, **params: Any) -> Any: ...
    @overload
    def call(
        self, op: Literal["cancel_email_campaign"], *, request_timeout: float | None = None, **params: Any
    ) -> EmailCampaign | None: ...
    @overload
    def call(self, op: Literal["cancel_mms"], *, request_timeout: float | None = None, **params: Any) -> Any: ...
    @overload
    def call(
        self, op: Literal["cancel_mms_campaign"], *, request_timeout: float | None = None, **params: Any
    ) -> Any: ...
    @overload
    def call(
        self, op: Literal["cancel_post_letter"], *, request_timeout: float | None = None, **params: Any
    ) -> Any: ...
    @overload
    def call(self, op: Literal["cancel_postcard"], *, request_timeout: float | None = None, **params: Any) -> Any: ...
    @overload
    def call(self, op: Literal["cancel_sms"], *, request_timeout: float | None = None, **params: Any) -> Any: ...
    @overload
    def call(
        self, op: Literal["cancel_sms_campaign"], *, request_timeout: float | None = None, **params: Any
    ) -> Any: ...
    @overload
    def call(self, op: Literal["cancel_voice"], *, request_timeout: float | None = None, **params: Any) -> Any: ...
    @overload
    def call(
        self, op: Literal["copy_contact_to_list"], *, request_timeout: float | None = None, **params: Any
    ) -> Contact | None: ...
    @overload
    def call(
        self, op: Literal["create_account"], *, request_timeout: float | None = None, **params: Any
    ) -> Account | None: ...
    @overload
    def call(
        self, op: Literal["create_allowed_email_address"], *, request_timeout: float | None = None, **params: Any
    ) -> EmailAddress | None: ...
    @overload
    def call(
        self, op: Literal["create_alpha_tag"], *, request_timeout: float | None = None, **params: Any
    ) -> AlphaTag: ...
    @overload
    def call(
        self, op: Literal["create_contact"], *, request_timeout: float | None = None, **params: Any
    ) -> Contact | None: ...
    @overload
    def call(
        self, op: Literal["create_contact_list"], *, request_timeout: float | None = None, **params: Any
    ) -> ContactList | None: ...
    @overload
    def call(
        self, op: Literal["create_default_sender"], *, request_timeout: float | None = None, **params: Any
    ) -> DefaultSender | None: ...
    @overload
    def call(
        self, op: Literal["create_delivery_issue"], *, request_timeout: float | None = None, **params: Any
    ) -> DeliveryIssue | None: ...
    @overload
    def call(
        self, op: Literal["create_email_receipt_rule"], *, request_timeout: float | None = None, **params: Any
    ) -> DeliveryReceiptRule | None: ...
    @overload
    def call(
        self, op: Literal["create_email_template"], *, request_timeout: float | None = None, **params: Any
    ) -> EmailTemplate | None: ...
    @overload
    def call(
        self, op: Literal["create_email_to_sms_address"], *, request_timeout: float | None = None, **params: Any
    ) -> EmailToSmsAddress | None: ...
    @overload
    def call(
        self, op: Literal["create_fax_inbound_rule"], *, request_timeout: float | None = None, **params: Any
    ) -> InboundFaxRule | None: ...
    @overload
    def call(
        self, op: Literal["create_fax_receipt_rule"], *, request_timeout: float | None = None, **params: Any
    ) -> DeliveryReceiptRule | None: ...
    @overload
    def call(
        self, op: Literal["create_reseller_account"], *, request_timeout: float | None = None, **params: Any
    ) -> Account | None: ...
    @overload
    def call(
        self, op: Literal["create_return_address"], *, request_timeout: float | None = None, **params: Any
    ) -> ReturnAddress | None: ...
    @overload
    def call(
        self, op: Literal["create_sms_inbound_rule"], *, request_timeout: float | None = None, **params: Any
    ) -> InboundSmsRule | None: ...
    @overload
    def call(
        self, op: Literal["create_sms_receipt_rule"], *, request_timeout: float | None = None, **params: Any
    ) -> DeliveryReceiptRule | None: ...
    @overload
    def call(
        self, op: Literal["create_sms_template"], *, request_timeout: float | None = None, **params: Any
    ) -> SmsTemplate | None: ...
    @overload
    def call(
        self, op: Literal["create_stripped_string_rule"], *, request_timeout: float | None = None, **params: Any
    ) -> StrippedString | None: ...
    @overload
    def call(
        self, op: Literal["create_subaccount"], *, request_timeout: float | None = None, **params: Any
    ) -> Subaccount | None: ...
    @overload
    def call(
        self, op: Literal["create_voice_receipt_rule"], *, request_timeout: float | None = None, **params: Any
    ) -> DeliveryReceiptRule | None: ...
    @overload
    def call(
        self, op: Literal["delete_allowed_email_address"], *, request_timeout: float | None = None, **params: Any
    ) -> Any: ...
    @overload
    def call(self, op: Literal["delete_alpha_tag"], *, request_timeout: float | None = None, **params: Any) -> Any: ...
    @overload
    def call(self, op: Literal["delete_contact"], *, request_timeout: float | None = None, **params: Any) -> Any: ...
    @overload
    def call(
        self, op: Literal["delete_contact_list"], *, request_timeout: float | None = None, **params: Any
    ) -> Any: ...
    @overload
    def call(
        self, op: Literal["delete_default_sender"], *, request_timeout: float | None = None, **params: Any
    ) -> None: ...
    @overload
    def call(
        self, op: Literal["delete_email_receipt_rule"], *, request_timeout: float | None = None, **params: Any
    ) -> Any: ...
    @overload
    def call(
        self, op: Literal["delete_email_template"], *, request_timeout: float | None = None, **params: Any
    ) -> Any: ...
    @overload
    def call(
        self, op: Literal["delete_email_to_sms_address"], *, request_timeout: float | None = None, **params: Any
    ) -> Any: ...
    @overload
    def call(
        self, op: Literal["delete_fax_inbound_rule"], *, request_timeout: float | None = None, **params: Any
    ) -> Any: ...
    @overload
    def call(
        self, op: Literal["delete_fax_receipt_rule"], *, request_timeout: float | None = None, **params: Any
    ) -> Any: ...
    @overload
    def call(
        self, op: Literal["delete_own_number"], *, request_timeout: float | None = None, **params: Any
    ) -> OwnNumber: ...
    @overload
    def call(
        self, op: Literal["delete_return_address"], *, request_timeout: float | None = None, **params: Any
    ) -> Any: ...
    @overload
    def call(
        self, op: Literal["delete_sms_inbound_rule"], *, request_timeout: float | None = None, **params: Any
    ) -> Any: ...
    @overload
    def call(
        self, op: Literal["delete_sms_receipt_rule"], *, request_timeout: float | None = None, **params: Any
    ) -> Any: ...
    @overload
    def call(
        self, op: Literal["delete_sms_template"], *, request_timeout: float | None = None, **params: Any
    ) -> Any: ...
    @overload
    def call(
        self, op: Literal["delete_stripped_string_rule"], *, request_timeout: float | None = None, **params: Any
    ) -> Any: ...
    @overload
    def call(self, op: Literal["delete_subaccount"], *, request_timeout: float | None = None, **params: Any) -> Any: ...
    @overload
    def call(
        self, op: Literal["delete_voice_receipt_rule"], *, request_timeout: float | None = None, **params: Any
    ) -> Any: ...
    @overload
    def call(
        self, op: Literal["detect_post_letter_address"], *, request_timeout: float | None = None, **params: Any
    ) -> DetectedAddress | None: ...
    @overload
    def call(
        self, op: Literal["export_contact_list"], *, request_timeout: float | None = None, **params: Any
    ) -> ExportFile | None: ...
    @overload
    def call(
        self, op: Literal["export_email_campaign_history"], *, request_timeout: float | None = None, **params: Any
    ) -> ExportFile | None: ...
    @overload
    def call(
        self, op: Literal["export_email_history"], *, request_timeout: float | None = None, **params: Any
    ) -> ExportFile | None: ...
    @overload
    def call(
        self, op: Literal["export_fax_history"], *, request_timeout: float | None = None, **params: Any
    ) -> ExportFile | None: ...
    @overload
    def call(
        self, op: Literal["export_mms_history"], *, request_timeout: float | None = None, **params: Any
    ) -> ExportFile | None: ...
    @overload
    def call(
        self, op: Literal["export_post_letter_history"], *, request_timeout: float | None = None, **params: Any
    ) -> ExportFile | None: ...
    @overload
    def call(
        self, op: Literal["export_postcard_history"], *, request_timeout: float | None = None, **params: Any
    ) -> ExportFile | None: ...
    @overload
    def call(
        self, op: Literal["export_sms_campaign_link_tracking"], *, request_timeout: float | None = None, **params: Any
    ) -> ExportFile | None: ...
    @overload
    def call(
        self, op: Literal["export_sms_history"], *, request_timeout: float | None = None, **params: Any
    ) -> ExportFile | None: ...
    @overload
    def call(
        self, op: Literal["export_voice_history"], *, request_timeout: float | None = None, **params: Any
    ) -> ExportFile | None: ...
    @overload
    def call(self, op: Literal["forgot_password"], *, request_timeout: float | None = None, **params: Any) -> Any: ...
    @overload
    def call(self, op: Literal["forgot_username"], *, request_timeout: float | None = None, **params: Any) -> Any: ...
    @overload
    def call(
        self, op: Literal["get_account"], *, request_timeout: float | None = None, **params: Any
    ) -> Account | None: ...
    @overload
    def call(
        self, op: Literal["get_account_usage_by_subaccount"], *, request_timeout: float | None = None, **params: Any
    ) -> AccountUsage | None: ...
    @overload
    def call(
        self, op: Literal["get_allowed_email_address"], *, request_timeout: float | None = None, **params: Any
    ) -> EmailAddress | None: ...
    @overload
    def call(
        self, op: Literal["get_alpha_tag"], *, request_timeout: float | None = None, **params: Any
    ) -> AlphaTag: ...
    @overload
    def call(
        self, op: Literal["get_contact"], *, request_timeout: float | None = None, **params: Any
    ) -> Contact | None: ...
    @overload
    def call(
        self, op: Literal["get_contact_import_fields"], *, request_timeout: float | None = None, **params: Any
    ) -> list[ImportField] | None: ...
    @overload
    def call(
        self, op: Literal["get_contact_list"], *, request_timeout: float | None = None, **params: Any
    ) -> ContactList | None: ...
    @overload
    def call(
        self, op: Literal["get_country_pricing"], *, request_timeout: float | None = None, **params: Any
    ) -> CountryPricing | None: ...
    @overload
    def call(
        self, op: Literal["get_credit_card"], *, request_timeout: float | None = None, **params: Any
    ) -> CreditCard | None: ...
    @overload
    def call(
        self, op: Literal["get_default_sender"], *, request_timeout: float | None = None, **params: Any
    ) -> DefaultSender | None: ...
    @overload
    def call(
        self, op: Literal["get_email_campaign"], *, request_timeout: float | None = None, **params: Any
    ) -> EmailCampaign | None: ...
    @overload
    def call(
        self, op: Literal["get_email_receipt_rule"], *, request_timeout: float | None = None, **params: Any
    ) -> DeliveryReceiptRule | None: ...
    @overload
    def call(
        self, op: Literal["get_email_template"], *, request_timeout: float | None = None, **params: Any
    ) -> EmailTemplate | None: ...
    @overload
    def call(
        self, op: Literal["get_email_to_sms_address"], *, request_timeout: float | None = None, **params: Any
    ) -> EmailToSmsAddress | None: ...
    @overload
    def call(
        self, op: Literal["get_fax_inbound_rule"], *, request_timeout: float | None = None, **params: Any
    ) -> InboundFaxRule | None: ...
    @overload
    def call(
        self, op: Literal["get_fax_receipt"], *, request_timeout: float | None = None, **params: Any
    ) -> DeliveryReceipt | None: ...
    @overload
    def call(
        self, op: Literal["get_fax_receipt_rule"], *, request_timeout: float | None = None, **params: Any
    ) -> DeliveryReceiptRule | None: ...
    @overload
    def call(
        self, op: Literal["get_inbound_sms"], *, request_timeout: float | None = None, **params: Any
    ) -> InboundSms | None: ...
    @overload
    def call(
        self, op: Literal["get_master_email_template"], *, request_timeout: float | None = None, **params: Any
    ) -> MasterEmailTemplate | None: ...
    @overload
    def call(
        self, op: Literal["get_master_email_template_category"], *, request_timeout: float | None = None, **params: Any
    ) -> TemplateCategory | None: ...
    @overload
    def call(
        self, op: Literal["get_mms_campaign"], *, request_timeout: float | None = None, **params: Any
    ) -> MmsCampaign | None: ...
    @overload
    def call(
        self, op: Literal["get_mms_receipt"], *, request_timeout: float | None = None, **params: Any
    ) -> DeliveryReceipt | None: ...
    @overload
    def call(
        self, op: Literal["get_own_number"], *, request_timeout: float | None = None, **params: Any
    ) -> OwnNumber: ...
    @overload
    def call(
        self, op: Literal["get_recharge_transaction"], *, request_timeout: float | None = None, **params: Any
    ) -> Transaction | None: ...
    @overload
    def call(
        self, op: Literal["get_reseller_account"], *, request_timeout: float | None = None, **params: Any
    ) -> Account | None: ...
    @overload
    def call(
        self, op: Literal["get_reseller_settings"], *, request_timeout: float | None = None, **params: Any
    ) -> ResellerSettings | None: ...
    @overload
    def call(
        self, op: Literal["get_return_address"], *, request_timeout: float | None = None, **params: Any
    ) -> ReturnAddress | None: ...
    @overload
    def call(
        self, op: Literal["get_selected_countries"], *, request_timeout: float | None = None, **params: Any
    ) -> list[GlobalSendingCountry] | None: ...
    @overload
    def call(
        self, op: Literal["get_short_url_statistics"], *, request_timeout: float | None = None, **params: Any
    ) -> ShortUrlStatisticsList: ...
    @overload
    def call(
        self, op: Literal["get_sms_campaign"], *, request_timeout: float | None = None, **params: Any
    ) -> SmsCampaign | None: ...
    @overload
    def call(
        self, op: Literal["get_sms_campaign_link_statistics"], *, request_timeout: float | None = None, **params: Any
    ) -> SmsCampaignLinkStatistics | None: ...
    @overload
    def call(
        self, op: Literal["get_sms_inbound_rule"], *, request_timeout: float | None = None, **params: Any
    ) -> InboundSmsRule | None: ...
    @overload
    def call(
        self, op: Literal["get_sms_receipt"], *, request_timeout: float | None = None, **params: Any
    ) -> DeliveryReceipt | None: ...
    @overload
    def call(
        self, op: Literal["get_sms_receipt_rule"], *, request_timeout: float | None = None, **params: Any
    ) -> DeliveryReceiptRule | None: ...
    @overload
    def call(
        self, op: Literal["get_sms_statistics"], *, request_timeout: float | None = None, **params: Any
    ) -> MessageStatistics | None: ...
    @overload
    def call(
        self, op: Literal["get_sms_template"], *, request_timeout: float | None = None, **params: Any
    ) -> SmsTemplate | None: ...
    @overload
    def call(
        self, op: Literal["get_stripped_string_rule"], *, request_timeout: float | None = None, **params: Any
    ) -> StrippedString | None: ...
    @overload
    def call(
        self, op: Literal["get_subaccount"], *, request_timeout: float | None = None, **params: Any
    ) -> Subaccount | None: ...
    @overload
    def call(
        self, op: Literal["get_voice_receipt"], *, request_timeout: float | None = None, **params: Any
    ) -> DeliveryReceipt | None: ...
    @overload
    def call(
        self, op: Literal["get_voice_receipt_rule"], *, request_timeout: float | None = None, **params: Any
    ) -> DeliveryReceiptRule | None: ...
    @overload
    def call(
        self, op: Literal["get_voice_statistics"], *, request_timeout: float | None = None, **params: Any
    ) -> MessageStatistics | None: ...
    @overload
    def call(
        self, op: Literal["import_contacts"], *, request_timeout: float | None = None, **params: Any
    ) -> ImportResult | None: ...
    @overload
    def call(
        self, op: Literal["list_allowed_email_addresses"], *, request_timeout: float | None = None, **params: Any
    ) -> EmailAddressPage | None: ...
    @overload
    def call(
        self, op: Literal["list_alpha_tags"], *, request_timeout: float | None = None, **params: Any
    ) -> AlphaTagList: ...
    @overload
    def call(
        self, op: Literal["list_compliant_sender_types"], *, request_timeout: float | None = None, **params: Any
    ) -> CompliantSenderTypeList | None: ...
    @overload
    def call(
        self, op: Literal["list_contact_lists"], *, request_timeout: float | None = None, **params: Any
    ) -> ContactListPage | None: ...
    @overload
    def call(
        self, op: Literal["list_contact_suggestions"], *, request_timeout: float | None = None, **params: Any
    ) -> list[Contact] | None: ...
    @overload
    def call(
        self, op: Literal["list_contacts"], *, request_timeout: float | None = None, **params: Any
    ) -> ContactPage | None: ...
    @overload
    def call(
        self, op: Literal["list_countries"], *, request_timeout: float | None = None, **params: Any
    ) -> list[Country] | None: ...
    @overload
    def call(
        self, op: Literal["list_dedicated_numbers"], *, request_timeout: float | None = None, **params: Any
    ) -> DedicatedNumberPage | None: ...
    @overload
    def call(
        self, op: Literal["list_default_senders"], *, request_timeout: float | None = None, **params: Any
    ) -> DefaultSenderList | None: ...
    @overload
    def call(
        self, op: Literal["list_delivery_issues"], *, request_timeout: float | None = None, **params: Any
    ) -> DeliveryIssuePage | None: ...
    @overload
    def call(
        self, op: Literal["list_direct_mail_campaigns"], *, request_timeout: float | None = None, **params: Any
    ) -> DirectMailCampaignSummaryPage | None: ...
    @overload
    def call(
        self, op: Literal["list_email_campaign_history"], *, request_timeout: float | None = None, **params: Any
    ) -> EmailCampaignRecipientPage | None: ...
    @overload
    def call(
        self, op: Literal["list_email_campaigns"], *, request_timeout: float | None = None, **params: Any
    ) -> EmailCampaignPage | None: ...
    @overload
    def call(
        self, op: Literal["list_email_history"], *, request_timeout: float | None = None, **params: Any
    ) -> TransactionalEmailPage | None: ...
    @overload
    def call(
        self, op: Literal["list_email_receipt_rules"], *, request_timeout: float | None = None, **params: Any
    ) -> DeliveryReceiptRulePage | None: ...
    @overload
    def call(
        self, op: Literal["list_email_templates"], *, request_timeout: float | None = None, **params: Any
    ) -> EmailTemplatePage | None: ...
    @overload
    def call(
        self, op: Literal["list_email_to_sms_addresses"], *, request_timeout: float | None = None, **params: Any
    ) -> EmailToSmsAddressPage | None: ...
    @overload
    def call(
        self, op: Literal["list_fax_history"], *, request_timeout: float | None = None, **params: Any
    ) -> FaxMessagePage | None: ...
    @overload
    def call(
        self, op: Literal["list_fax_inbound_rules"], *, request_timeout: float | None = None, **params: Any
    ) -> InboundFaxRulePage | None: ...
    @overload
    def call(
        self, op: Literal["list_fax_receipt_rules"], *, request_timeout: float | None = None, **params: Any
    ) -> DeliveryReceiptRulePage | None: ...
    @overload
    def call(
        self, op: Literal["list_fax_receipts"], *, request_timeout: float | None = None, **params: Any
    ) -> DeliveryReceiptPage | None: ...
    @overload
    def call(
        self, op: Literal["list_global_sending_countries"], *, request_timeout: float | None = None, **params: Any
    ) -> list[GlobalSendingCountry] | None: ...
    @overload
    def call(
        self, op: Literal["list_inbound_sms"], *, request_timeout: float | None = None, **params: Any
    ) -> InboundSmsPage | None: ...
    @overload
    def call(
        self,
        op: Literal["list_master_email_template_categories"],
        *,
        request_timeout: float | None = None,
        **params: Any,
    ) -> list[TemplateCategory] | None: ...
    @overload
    def call(
        self, op: Literal["list_master_email_templates"], *, request_timeout: float | None = None, **params: Any
    ) -> list[MasterEmailTemplate] | None: ...
    @overload
    def call(
        self,
        op: Literal["list_master_email_templates_in_category"],
        *,
        request_timeout: float | None = None,
        **params: Any,
    ) -> list[MasterEmailTemplate] | None: ...
    @overload
    def call(
        self, op: Literal["list_mms_campaigns"], *, request_timeout: float | None = None, **params: Any
    ) -> MmsCampaignPage | None: ...
    @overload
    def call(
        self, op: Literal["list_mms_history"], *, request_timeout: float | None = None, **params: Any
    ) -> MmsMessagePage | None: ...
    @overload
    def call(
        self, op: Literal["list_mms_receipts"], *, request_timeout: float | None = None, **params: Any
    ) -> DeliveryReceiptPage | None: ...
    @overload
    def call(
        self, op: Literal["list_own_numbers"], *, request_timeout: float | None = None, **params: Any
    ) -> OwnNumberList: ...
    @overload
    def call(
        self, op: Literal["list_post_letter_history"], *, request_timeout: float | None = None, **params: Any
    ) -> PostLetterPage | None: ...
    @overload
    def call(
        self, op: Literal["list_postcard_history"], *, request_timeout: float | None = None, **params: Any
    ) -> PostcardPage | None: ...
    @overload
    def call(
        self, op: Literal["list_recharge_packages"], *, request_timeout: float | None = None, **params: Any
    ) -> RechargePackages | None: ...
    @overload
    def call(
        self, op: Literal["list_recharge_transactions"], *, request_timeout: float | None = None, **params: Any
    ) -> TransactionPage | None: ...
    @overload
    def call(
        self, op: Literal["list_referral_accounts"], *, request_timeout: float | None = None, **params: Any
    ) -> ReferralAccountPage | None: ...
    @overload
    def call(
        self, op: Literal["list_reseller_accounts"], *, request_timeout: float | None = None, **params: Any
    ) -> AccountPage | None: ...
    @overload
    def call(
        self, op: Literal["list_return_addresses"], *, request_timeout: float | None = None, **params: Any
    ) -> ReturnAddressPage | None: ...
    @overload
    def call(
        self, op: Literal["list_short_url_tracking"], *, request_timeout: float | None = None, **params: Any
    ) -> ShortUrlTrackingPage: ...
    @overload
    def call(
        self, op: Literal["list_sms_campaign_link_tracking"], *, request_timeout: float | None = None, **params: Any
    ) -> SmsCampaignLinkTrackingPage | None: ...
    @overload
    def call(
        self, op: Literal["list_sms_campaigns"], *, request_timeout: float | None = None, **params: Any
    ) -> SmsCampaignPage | None: ...
    @overload
    def call(
        self, op: Literal["list_sms_history"], *, request_timeout: float | None = None, **params: Any
    ) -> SmsMessagePage | None: ...
    @overload
    def call(
        self, op: Literal["list_sms_inbound_rules"], *, request_timeout: float | None = None, **params: Any
    ) -> InboundSmsRulePage | None: ...
    @overload
    def call(
        self, op: Literal["list_sms_receipt_rules"], *, request_timeout: float | None = None, **params: Any
    ) -> DeliveryReceiptRulePage | None: ...
    @overload
    def call(
        self, op: Literal["list_sms_receipts"], *, request_timeout: float | None = None, **params: Any
    ) -> DeliveryReceiptPage | None: ...
    @overload
    def call(
        self, op: Literal["list_sms_templates"], *, request_timeout: float | None = None, **params: Any
    ) -> SmsTemplatePage | None: ...
    @overload
    def call(
        self, op: Literal["list_stripped_string_rules"], *, request_timeout: float | None = None, **params: Any
    ) -> StrippedStringPage | None: ...
    @overload
    def call(
        self, op: Literal["list_subaccounts"], *, request_timeout: float | None = None, **params: Any
    ) -> SubaccountPage | None: ...
    @overload
    def call(
        self, op: Literal["list_timezones"], *, request_timeout: float | None = None, **params: Any
    ) -> list[float | None | str] | None: ...
    @overload
    def call(
        self, op: Literal["list_voice_history"], *, request_timeout: float | None = None, **params: Any
    ) -> VoiceMessagePage | None: ...
    @overload
    def call(
        self, op: Literal["list_voice_languages"], *, request_timeout: float | None = None, **params: Any
    ) -> list[VoiceLanguage] | None: ...
    @overload
    def call(
        self, op: Literal["list_voice_receipt_rules"], *, request_timeout: float | None = None, **params: Any
    ) -> DeliveryReceiptRulePage | None: ...
    @overload
    def call(
        self, op: Literal["list_voice_receipts"], *, request_timeout: float | None = None, **params: Any
    ) -> DeliveryReceiptPage | None: ...
    @overload
    def call(
        self, op: Literal["mark_fax_receipts_read"], *, request_timeout: float | None = None, **params: Any
    ) -> Any: ...
    @overload
    def call(
        self, op: Literal["mark_inbound_sms_message_read"], *, request_timeout: float | None = None, **params: Any
    ) -> Any: ...
    @overload
    def call(
        self, op: Literal["mark_inbound_sms_read"], *, request_timeout: float | None = None, **params: Any
    ) -> Any: ...
    @overload
    def call(
        self, op: Literal["mark_mms_receipts_read"], *, request_timeout: float | None = None, **params: Any
    ) -> Any: ...
    @overload
    def call(
        self, op: Literal["mark_sms_receipts_read"], *, request_timeout: float | None = None, **params: Any
    ) -> Any: ...
    @overload
    def call(
        self, op: Literal["mark_voice_receipts_read"], *, request_timeout: float | None = None, **params: Any
    ) -> Any: ...
    @overload
    def call(
        self, op: Literal["preview_contact_import"], *, request_timeout: float | None = None, **params: Any
    ) -> Any: ...
    @overload
    def call(
        self, op: Literal["purchase_recharge_package"], *, request_timeout: float | None = None, **params: Any
    ) -> RechargeResult | None: ...
    @overload
    def call(
        self, op: Literal["regenerate_subaccount_api_key"], *, request_timeout: float | None = None, **params: Any
    ) -> Subaccount | None: ...
    @overload
    def call(self, op: Literal["register_numbers"], *, request_timeout: float | None = None, **params: Any) -> Any: ...
    @overload
    def call(
        self, op: Literal["remove_duplicate_contacts"], *, request_timeout: float | None = None, **params: Any
    ) -> RemovedContacts | None: ...
    @overload
    def call(
        self, op: Literal["remove_opted_out_contacts"], *, request_timeout: float | None = None, **params: Any
    ) -> RemovedContacts | None: ...
    @overload
    def call(
        self, op: Literal["request_own_number_verification"], *, request_timeout: float | None = None, **params: Any
    ) -> OwnNumberVerification: ...
    @overload
    def call(
        self, op: Literal["search_available_numbers"], *, request_timeout: float | None = None, **params: Any
    ) -> AvailableNumberPage | None: ...
    @overload
    def call(
        self, op: Literal["search_contacts_and_lists"], *, request_timeout: float | None = None, **params: Any
    ) -> ContactSearchHitPage | None: ...
    @overload
    def call(
        self, op: Literal["search_direct_mail_locations"], *, request_timeout: float | None = None, **params: Any
    ) -> list[DirectMailLocation] | None: ...
    @overload
    def call(self, op: Literal["select_countries"], *, request_timeout: float | None = None, **params: Any) -> Any: ...
    @overload
    def call(
        self, op: Literal["send_account_activation_token"], *, request_timeout: float | None = None, **params: Any
    ) -> AccountVerification | None: ...
    @overload
    def call(
        self, op: Literal["send_direct_mail_campaign"], *, request_timeout: float | None = None, **params: Any
    ) -> DirectMailCampaign | None: ...
    @overload
    def call(
        self, op: Literal["send_email"], *, request_timeout: float | None = None, **params: Any
    ) -> TransactionalEmail | None: ...
    @overload
    def call(
        self, op: Literal["send_email_campaign"], *, request_timeout: float | None = None, **params: Any
    ) -> EmailCampaignResult | None: ...
    @overload
    def call(
        self, op: Literal["send_email_verification_token"], *, request_timeout: float | None = None, **params: Any
    ) -> Any: ...
    @overload
    def call(
        self, op: Literal["send_fax"], *, request_timeout: float | None = None, **params: Any
    ) -> FaxSendResult | None: ...
    @overload
    def call(
        self, op: Literal["send_mms"], *, request_timeout: float | None = None, **params: Any
    ) -> MmsSendResult | None: ...
    @overload
    def call(
        self, op: Literal["send_mms_campaign"], *, request_timeout: float | None = None, **params: Any
    ) -> MmsCampaign | None: ...
    @overload
    def call(
        self, op: Literal["send_post_letter"], *, request_timeout: float | None = None, **params: Any
    ) -> PostLetterSendResult | None: ...
    @overload
    def call(
        self, op: Literal["send_postcard"], *, request_timeout: float | None = None, **params: Any
    ) -> PostcardSendResult | None: ...
    @overload
    def call(
        self, op: Literal["send_sms"], *, request_timeout: float | None = None, **params: Any
    ) -> SmsSendResult | None: ...
    @overload
    def call(
        self, op: Literal["send_sms_campaign"], *, request_timeout: float | None = None, **params: Any
    ) -> SmsCampaign | None: ...
    @overload
    def call(
        self, op: Literal["send_voice"], *, request_timeout: float | None = None, **params: Any
    ) -> VoiceSendResult | None: ...
    @overload
    def call(
        self, op: Literal["transfer_contact_to_list"], *, request_timeout: float | None = None, **params: Any
    ) -> Contact | None: ...
    @overload
    def call(
        self, op: Literal["transfer_reseller_credit"], *, request_timeout: float | None = None, **params: Any
    ) -> Account | None: ...
    @overload
    def call(
        self, op: Literal["update_account"], *, request_timeout: float | None = None, **params: Any
    ) -> Account | None: ...
    @overload
    def call(
        self, op: Literal["update_contact"], *, request_timeout: float | None = None, **params: Any
    ) -> Contact | None: ...
    @overload
    def call(
        self, op: Literal["update_contact_list"], *, request_timeout: float | None = None, **params: Any
    ) -> ContactList | None: ...
    @overload
    def call(
        self, op: Literal["update_credit_card"], *, request_timeout: float | None = None, **params: Any
    ) -> CreditCardToken | None: ...
    @overload
    def call(
        self, op: Literal["update_default_sender"], *, request_timeout: float | None = None, **params: Any
    ) -> DefaultSender | None: ...
    @overload
    def call(
        self, op: Literal["update_email_campaign"], *, request_timeout: float | None = None, **params: Any
    ) -> EmailCampaign | None: ...
    @overload
    def call(
        self, op: Literal["update_email_receipt_rule"], *, request_timeout: float | None = None, **params: Any
    ) -> DeliveryReceiptRule | None: ...
    @overload
    def call(
        self, op: Literal["update_email_template"], *, request_timeout: float | None = None, **params: Any
    ) -> EmailTemplate | None: ...
    @overload
    def call(
        self, op: Literal["update_email_to_sms_address"], *, request_timeout: float | None = None, **params: Any
    ) -> EmailToSmsAddress | None: ...
    @overload
    def call(
        self, op: Literal["update_fax_inbound_rule"], *, request_timeout: float | None = None, **params: Any
    ) -> InboundFaxRule | None: ...
    @overload
    def call(
        self, op: Literal["update_fax_receipt_rule"], *, request_timeout: float | None = None, **params: Any
    ) -> DeliveryReceiptRule | None: ...
    @overload
    def call(
        self, op: Literal["update_mms_campaign"], *, request_timeout: float | None = None, **params: Any
    ) -> MmsCampaign | None: ...
    @overload
    def call(
        self, op: Literal["update_own_number"], *, request_timeout: float | None = None, **params: Any
    ) -> OwnNumber: ...
    @overload
    def call(
        self, op: Literal["update_reseller_account"], *, request_timeout: float | None = None, **params: Any
    ) -> Account | None: ...
    @overload
    def call(
        self, op: Literal["update_reseller_settings"], *, request_timeout: float | None = None, **params: Any
    ) -> ResellerSettings | None: ...
    @overload
    def call(
        self, op: Literal["update_return_address"], *, request_timeout: float | None = None, **params: Any
    ) -> ReturnAddress | None: ...
    @overload
    def call(
        self, op: Literal["update_sms_campaign"], *, request_timeout: float | None = None, **params: Any
    ) -> SmsCampaign | None: ...
    @overload
    def call(
        self, op: Literal["update_sms_inbound_rule"], *, request_timeout: float | None = None, **params: Any
    ) -> InboundSmsRule | None: ...
    @overload
    def call(
        self, op: Literal["update_sms_receipt_rule"], *, request_timeout: float | None = None, **params: Any
    ) -> DeliveryReceiptRule | None: ...
    @overload
    def call(
        self, op: Literal["update_sms_template"], *, request_timeout: float | None = None, **params: Any
    ) -> SmsTemplate | None: ...
    @overload
    def call(
        self, op: Literal["update_stripped_string_rule"], *, request_timeout: float | None = None, **params: Any
    ) -> StrippedString | None: ...
    @overload
    def call(
        self, op: Literal["update_subaccount"], *, request_timeout: float | None = None, **params: Any
    ) -> Subaccount | None: ...
    @overload
    def call(
        self, op: Literal["update_voice_receipt_rule"], *, request_timeout: float | None = None, **params: Any
    ) -> DeliveryReceiptRule | None: ...
    @overload
    def call(
        self, op: Literal["upload_email_template_image"], *, request_timeout: float | None = None, **params: Any
    ) -> str | None: ...
    @overload
    def call(
        self, op: Literal["upload_file"], *, request_timeout: float | None = None, **params: Any
    ) -> UploadedFile | None: ...
    @overload
    def call(
        self, op: Literal["verify_account"], *, request_timeout: float | None = None, **params: Any
    ) -> Account | None: ...
    @overload
    def call(
        self, op: Literal["verify_allowed_email_address"], *, request_timeout: float | None = None, **params: Any
    ) -> Any: ...
    @overload
    def call(
        self, op: Literal["verify_forgot_password"], *, request_timeout: float | None = None, **params: Any
    ) -> Any: ...
    @overload
    def call(
        self, op: Literal["verify_own_number"], *, request_timeout: float | None = None, **params: Any
    ) -> OwnNumberVerification: ...
    @overload
    def call(self, op: Operation, *, request_timeout: float | None = None, **params: Any) -> Any:
        """Call any operation by operationId with wire parameter names, blocking."""
    @overload
    def paginate(
        self,
        op: Literal["list_allowed_email_addresses"],
        *,
        limit: int = 100,
        max_items: int | None = None,
        read_ahead: int | None = None,
        first_page: int = 1,
        request_timeout: float | None = None,
        **params: Any,
    ) -> Iterator[EmailAddress]: ...
    @overload
    def paginate(
        self,
        op: Literal["list_alpha_tags"],
        *,
        limit: int = 100,
        max_items: int | None = None,
        read_ahead: int | None = None,
        first_page: int = 1,
        request_timeout: float | None = None,
        **params: Any,
    ) -> Iterator[AlphaTag]: ...
    @overload
    def paginate(
        self,
        op: Literal["list_contact_lists"],
        *,
        limit: int = 100,
        max_items: int | None = None,
        read_ahead: int | None = None,
        first_page: int = 1,
        request_timeout: float | None = None,
        **params: Any,
    ) -> Iterator[ContactList]: ...
    @overload
    def paginate(
        self,
        op: Literal["list_contacts"],
        *,
        limit: int = 100,
        max_items: int | None = None,
        read_ahead: int | None = None,
        first_page: int = 1,
        request_timeout: float | None = None,
        **params: Any,
    ) -> Iterator[Contact]: ...
    @overload
    def paginate(
        self,
        op: Literal["list_dedicated_numbers"],
        *,
        limit: int = 100,
        max_items: int | None = None,
        read_ahead: int | None = None,
        first_page: int = 1,
        request_timeout: float | None = None,
        **params: Any,
    ) -> Iterator[DedicatedNumber]: ...
    @overload
    def paginate(
        self,
        op: Literal["list_default_senders"],
        *,
        limit: int = 100,
        max_items: int | None = None,
        read_ahead: int | None = None,
        first_page: int = 1,
        request_timeout: float | None = None,
        **params: Any,
    ) -> Iterator[DefaultSender]: ...
    @overload
    def paginate(
        self,
        op: Literal["list_delivery_issues"],
        *,
        limit: int = 100,
        max_items: int | None = None,
        read_ahead: int | None = None,
        first_page: int = 1,
        request_timeout: float | None = None,
        **params: Any,
    ) -> Iterator[DeliveryIssue]: ...
    @overload
    def paginate(
        self,
        op: Literal["list_direct_mail_campaigns"],
        *,
        limit: int = 100,
        max_items: int | None = None,
        read_ahead: int | None = None,
        first_page: int = 1,
        request_timeout: float | None = None,
        **params: Any,
    ) -> Iterator[DirectMailCampaignSummary]: ...
    @overload
    def paginate(
        self,
        op: Literal["list_email_campaign_history"],
        *,
        limit: int = 100,
        max_items: int | None = None,
        read_ahead: int | None = None,
        first_page: int = 1,
        request_timeout: float | None = None,
        **params: Any,
    ) -> Iterator[EmailCampaignRecipient]: ...
    @overload
    def paginate(
        self,
        op: Literal["list_email_campaigns"],
        *,
        limit: int = 100,
        max_items: int | None = None,
        read_ahead: int | None = None,
        first_page: int = 1,
        request_timeout: float | None = None,
        **params: Any,
    ) -> Iterator[EmailCampaign]: ...
    @overload
    def paginate(
        self,
        op: Literal["list_email_history"],
        *,
        limit: int = 100,
        max_items: int | None = None,
        read_ahead: int | None = None,
        first_page: int = 1,
        request_timeout: float | None = None,
        **params: Any,
    ) -> Iterator[TransactionalEmail]: ...
    @overload
    def paginate(
        self,
        op: Literal["list_email_receipt_rules"],
        *,
        limit: int = 100,
        max_items: int | None = None,
        read_ahead: int | None = None,
        first_page: int = 1,
        request_timeout: float | None = None,
        **params: Any,
    ) -> Iterator[DeliveryReceiptRule]: ...
    @overload
    def paginate(
        self,
        op: Literal["list_email_templates"],
        *,
        limit: int = 100,
        max_items: int | None = None,
        read_ahead: int | None = None,
        first_page: int = 1,
        request_timeout: float | None = None,
        **params: Any,
    ) -> Iterator[EmailTemplate]: ...
    @overload
    def paginate(
        self,
        op: Literal["list_email_to_sms_addresses"],
        *,
        limit: int = 100,
        max_items: int | None = None,
        read_ahead: int | None = None,
        first_page: int = 1,
        request_timeout: float | None = None,
        **params: Any,
    ) -> Iterator[EmailToSmsAddress]: ...
    @overload
    def paginate(
        self,
        op: Literal["list_fax_history"],
        *,
        limit: int = 100,
        max_items: int | None = None,
        read_ahead: int | None = None,
        first_page: int = 1,
        request_timeout: float | None = None,
        **params: Any,
    ) -> Iterator[FaxMessage]: ...
    @overload
    def paginate(
        self,
        op: Literal["list_fax_inbound_rules"],
        *,
        limit: int = 100,
        max_items: int | None = None,
        read_ahead: int | None = None,
        first_page: int = 1,
        request_timeout: float | None = None,
        **params: Any,
    ) -> Iterator[InboundFaxRule]: ...
    @overload
    def paginate(
        self,
        op: Literal["list_fax_receipt_rules"],
        *,
        limit: int = 100,
        max_items: int | None = None,
        read_ahead: int | None = None,
        first_page: int = 1,
        request_timeout: float | None = None,
        **params: Any,
    ) -> Iterator[DeliveryReceiptRule]: ...
    @overload
    def paginate(
        self,
        op: Literal["list_fax_receipts"],
        *,
        limit: int = 100,
        max_items: int | None = None,
        read_ahead: int | None = None,
        first_page: int = 1,
        request_timeout: float | None = None,
        **params: Any,
    ) -> Iterator[DeliveryReceipt]: ...
    @overload
    def paginate(
        self,
        op: Literal["list_inbound_sms"],
        *,
        limit: int = 100,
        max_items: int | None = None,
        read_ahead: int | None = None,
        first_page: int = 1,
        request_timeout: float | None = None,
        **params: Any,
    ) -> Iterator[InboundSms]: ...
    @overload
    def paginate(
        self,
        op: Literal["list_mms_campaigns"],
        *,
        limit: int = 100,
        max_items: int | None = None,
        read_ahead: int | None = None,
        first_page: int = 1,
        request_timeout: float | None = None,
        **params: Any,
    ) -> Iterator[MmsCampaign]: ...
    @overload
    def paginate(
        self,
        op: Literal["list_mms_history"],
        *,
        limit: int = 100,
        max_items: int | None = None,
        read_ahead: int | None = None,
        first_page: int = 1,
        request_timeout: float | None = None,
        **params: Any,
    ) -> Iterator[MmsMessage]: ...
    @overload
    def paginate(
        self,
        op: Literal["list_mms_receipts"],
        *,
        limit: int = 100,
        max_items: int | None = None,
        read_ahead: int | None = None,
        first_page: int = 1,
        request_timeout: float | None = None,
        **params: Any,
    ) -> Iterator[DeliveryReceipt]: ...
    @overload
    def paginate(
        self,
        op: Literal["list_own_numbers"],
        *,
        limit: int = 100,
        max_items: int | None = None,
        read_ahead: int | None = None,
        first_page: int = 1,
        request_timeout: float | None = None,
        **params: Any,
    ) -> Iterator[OwnNumber]: ...
    @overload
    def paginate(
        self,
        op: Literal["list_post_letter_history"],
        *,
        limit: int = 100,
        max_items: int | None = None,
        read_ahead: int | None = None,
        first_page: int = 1,
        request_timeout: float | None = None,
        **params: Any,
    ) -> Iterator[PostLetter]: ...
    @overload
    def paginate(
        self,
        op: Literal["list_postcard_history"],
        *,
        limit: int = 100,
        max_items: int | None = None,
        read_ahead: int | None = None,
        first_page: int = 1,
        request_timeout: float | None = None,
        **params: Any,
    ) -> Iterator[Postcard]: ...
    @overload
    def paginate(
        self,
        op: Literal["list_recharge_transactions"],
        *,
        limit: int = 100,
        max_items: int | None = None,
        read_ahead: int | None = None,
        first_page: int = 1,
        request_timeout: float | None = None,
        **params: Any,
    ) -> Iterator[Transaction]: ...
    @overload
    def paginate(
        self,
        op: Literal["list_referral_accounts"],
        *,
        limit: int = 100,
        max_items: int | None = None,
        read_ahead: int | None = None,
        first_page: int = 1,
        request_timeout: float | None = None,
        **params: Any,
    ) -> Iterator[ReferralAccount]: ...
    @overload
    def paginate(
        self,
        op: Literal["list_reseller_accounts"],
        *,
        limit: int = 100,
        max_items: int | None = None,
        read_ahead: int | None = None,
        first_page: int = 1,
        request_timeout: float | None = None,
        **params: Any,
    ) -> Iterator[Account]: ...
    @overload
    def paginate(
        self,
        op: Literal["list_return_addresses"],
        *,
        limit: int = 100,
        max_items: int | None = None,
        read_ahead: int | None = None,
        first_page: int = 1,
        request_timeout: float | None = None,
        **params: Any,
    ) -> Iterator[ReturnAddress]: ...
    @overload
    def paginate(
        self,
        op: Literal["list_short_url_tracking"],
        *,
        limit: int = 100,
        max_items: int | None = None,
        read_ahead: int | None = None,
        first_page: int = 1,
        request_timeout: float | None = None,
        **params: Any,
    ) -> Iterator[ShortUrlOpen]: ...
    @overload
    def paginate(
        self,
        op: Literal["list_sms_campaign_link_tracking"],
        *,
        limit: int = 100,
        max_items: int | None = None,
        read_ahead: int | None = None,
        first_page: int = 1,
        request_timeout: float | None = None,
        **params: Any,
    ) -> Iterator[ShortUrlOpen]: ...
    @overload
    def paginate(
        self,
        op: Literal["list_sms_campaigns"],
        *,
        limit: int = 100,
        max_items: int | None = None,
        read_ahead: int | None = None,
        first_page: int = 1,
        request_timeout: float | None = None,
        **params: Any,
    ) -> Iterator[SmsCampaign]: ...
    @overload
    def paginate(
        self,
        op: Literal["list_sms_history"],
        *,
        limit: int = 100,
        max_items: int | None = None,
        read_ahead: int | None = None,
        first_page: int = 1,
        request_timeout: float | None = None,
        **params: Any,
    ) -> Iterator[SmsMessage]: ...
    @overload
    def paginate(
        self,
        op: Literal["list_sms_inbound_rules"],
        *,
        limit: int = 100,
        max_items: int | None = None,
        read_ahead: int | None = None,
        first_page: int = 1,
        request_timeout: float | None = None,
        **params: Any,
    ) -> Iterator[InboundSmsRule]: ...
    @overload
    def paginate(
        self,
        op: Literal["list_sms_receipt_rules"],
        *,
        limit: int = 100,
        max_items: int | None = None,
        read_ahead: int | None = None,
        first_page: int = 1,
        request_timeout: float | None = None,
        **params: Any,
    ) -> Iterator[DeliveryReceiptRule]: ...
    @overload
    def paginate(
        self,
        op: Literal["list_sms_receipts"],
        *,
        limit: int = 100,
        max_items: int | None = None,
        read_ahead: int | None = None,
        first_page: int = 1,
        request_timeout: float | None = None,
        **params: Any,
    ) -> Iterator[DeliveryReceipt]: ...
    @overload
    def paginate(
        self,
        op: Literal["list_sms_templates"],
        *,
        limit: int = 100,
        max_items: int | None = None,
        read_ahead: int | None = None,
        first_page: int = 1,
        request_timeout: float | None = None,
        **params: Any,
    ) -> Iterator[SmsTemplate]: ...
    @overload
    def paginate(
        self,
        op: Literal["list_stripped_string_rules"],
        *,
        limit: int = 100,
        max_items: int | None = None,
        read_ahead: int | None = None,
        first_page: int = 1,
        request_timeout: float | None = None,
        **params: Any,
    ) -> Iterator[StrippedString]: ...
    @overload
    def paginate(
        self,
        op: Literal["list_subaccounts"],
        *,
        limit: int = 100,
        max_items: int | None = None,
        read_ahead: int | None = None,
        first_page: int = 1,
        request_timeout: float | None = None,
        **params: Any,
    ) -> Iterator[Subaccount]: ...
    @overload
    def paginate(
        self,
        op: Literal["list_voice_history"],
        *,
        limit: int = 100,
        max_items: int | None = None,
        read_ahead: int | None = None,
        first_page: int = 1,
        request_timeout: float | None = None,
        **params: Any,
    ) -> Iterator[VoiceMessage]: ...
    @overload
    def paginate(
        self,
        op: Literal["list_voice_receipt_rules"],
        *,
        limit: int = 100,
        max_items: int | None = None,
        read_ahead: int | None = None,
        first_page: int = 1,
        request_timeout: float | None = None,
        **params: Any,
    ) -> Iterator[DeliveryReceiptRule]: ...
    @overload
    def paginate(
        self,
        op: Literal["list_voice_receipts"],
        *,
        limit: int = 100,
        max_items: int | None = None,
        read_ahead: int | None = None,
        first_page: int = 1,
        request_timeout: float | None = None,
        **params: Any,
    ) -> Iterator[DeliveryReceipt]: ...
    @overload
    def paginate(
        self,
        op: Literal["search_available_numbers"],
        *,
        limit: int = 100,
        max_items: int | None = None,
        read_ahead: int | None = None,
        first_page: int = 1,
        request_timeout: float | None = None,
        **params: Any,
    ) -> Iterator[AvailableNumber]: ...
    @overload
    def paginate(
        self,
        op: Literal["search_contacts_and_lists"],
        *,
        limit: int = 100,
        max_items: int | None = None,
        read_ahead: int | None = None,
        first_page: int = 1,
        request_timeout: float | None = None,
        **params: Any,
    ) -> Iterator[ContactSearchHit]: ...
    @overload
    def paginate(
        self,
        op: Operation,
        *,
        limit: int = 100,
        max_items: int | None = None,
        read_ahead: int | None = None,
        first_page: int = 1,
        request_timeout: float | None = None,
        **params: Any,
    ) -> Iterator[Any]:
        """Every record of a paginated list operation, blocking (typed for a literal operationId)."""
