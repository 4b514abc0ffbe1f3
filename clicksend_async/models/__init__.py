"""Data models used in requests and responses.

Models are imported on first access: importing this package costs nothing until a model is used.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .account import Account
    from .account_page import AccountPage
    from .account_page_response import AccountPageResponse
    from .account_response import AccountResponse
    from .account_usage import AccountUsage
    from .account_usage_response import AccountUsageResponse
    from .account_verification import AccountVerification
    from .account_verification_response import AccountVerificationResponse
    from .acknowledgement_response import AcknowledgementResponse
    from .add_email_receipt_webhook_body import AddEmailReceiptWebhookBody
    from .add_fax_receipt_webhook_body import AddFaxReceiptWebhookBody
    from .add_inbound_sms_webhook_body import AddInboundSmsWebhookBody
    from .add_inbound_sms_webhook_body_webhook_type import AddInboundSmsWebhookBodyWebhookType
    from .add_sms_receipt_webhook_body import AddSmsReceiptWebhookBody
    from .add_voice_receipt_webhook_body import AddVoiceReceiptWebhookBody
    from .allowed_sender_countries import AllowedSenderCountries
    from .allowed_sender_type import AllowedSenderType
    from .alpha_tag import AlphaTag
    from .alpha_tag_business_input import AlphaTagBusinessInput
    from .alpha_tag_list import AlphaTagList
    from .available_number import AvailableNumber
    from .available_number_page import AvailableNumberPage
    from .available_number_page_response import AvailableNumberPageResponse
    from .business_address_input import BusinessAddressInput
    from .business_info_input import BusinessInfoInput
    from .buy_dedicated_number_body import BuyDedicatedNumberBody
    from .buy_dedicated_number_body_type import BuyDedicatedNumberBodyType
    from .calculate_direct_mail_campaign_price_body import CalculateDirectMailCampaignPriceBody
    from .calculate_email_campaign_price_body import CalculateEmailCampaignPriceBody
    from .calculate_email_price_body import CalculateEmailPriceBody
    from .calculate_fax_price_body import CalculateFaxPriceBody
    from .calculate_mms_campaign_price_body import CalculateMmsCampaignPriceBody
    from .calculate_mms_price_body import CalculateMmsPriceBody
    from .calculate_post_letter_price_body import CalculatePostLetterPriceBody
    from .calculate_post_letter_price_body_colour import CalculatePostLetterPriceBodyColour
    from .calculate_post_letter_price_body_duplex import CalculatePostLetterPriceBodyDuplex
    from .calculate_post_letter_price_body_priority_post import CalculatePostLetterPriceBodyPriorityPost
    from .calculate_post_letter_price_body_template_used import CalculatePostLetterPriceBodyTemplateUsed
    from .calculate_postcard_price_body import CalculatePostcardPriceBody
    from .calculate_sms_campaign_price_body import CalculateSmsCampaignPriceBody
    from .calculate_sms_price_body import CalculateSmsPriceBody
    from .calculate_voice_price_body import CalculateVoicePriceBody
    from .campaign_price import CampaignPrice
    from .campaign_price_response import CampaignPriceResponse
    from .cancel_all_sms_body import CancelAllSmsBody
    from .compliant_sender_type_list import CompliantSenderTypeList
    from .compliant_sender_type_list_response import CompliantSenderTypeListResponse
    from .compliant_sender_types import CompliantSenderTypes
    from .contact import Contact
    from .contact_list import ContactList
    from .contact_list_array_response import ContactListArrayResponse
    from .contact_list_page import ContactListPage
    from .contact_list_page_response import ContactListPageResponse
    from .contact_list_response import ContactListResponse
    from .contact_page import ContactPage
    from .contact_page_response import ContactPageResponse
    from .contact_response import ContactResponse
    from .contact_search_hit import ContactSearchHit
    from .contact_search_hit_page import ContactSearchHitPage
    from .contact_search_hit_page_response import ContactSearchHitPageResponse
    from .country import Country
    from .country_list_response import CountryListResponse
    from .country_pricing import CountryPricing
    from .country_pricing_response import CountryPricingResponse
    from .create_account_body import CreateAccountBody
    from .create_allowed_email_address_body import CreateAllowedEmailAddressBody
    from .create_contact_body import CreateContactBody
    from .create_contact_list_body import CreateContactListBody
    from .create_default_sender_body import CreateDefaultSenderBody
    from .create_default_sender_body_product_type import CreateDefaultSenderBodyProductType
    from .create_delivery_issue_body import CreateDeliveryIssueBody
    from .create_email_receipt_rule_body import CreateEmailReceiptRuleBody
    from .create_email_receipt_rule_body_action import CreateEmailReceiptRuleBodyAction
    from .create_email_receipt_rule_body_enabled import CreateEmailReceiptRuleBodyEnabled
    from .create_email_template_body import CreateEmailTemplateBody
    from .create_email_to_sms_address_body import CreateEmailToSmsAddressBody
    from .create_fax_inbound_rule_body import CreateFaxInboundRuleBody
    from .create_fax_inbound_rule_body_action import CreateFaxInboundRuleBodyAction
    from .create_fax_inbound_rule_body_enabled import CreateFaxInboundRuleBodyEnabled
    from .create_fax_receipt_rule_body import CreateFaxReceiptRuleBody
    from .create_fax_receipt_rule_body_action import CreateFaxReceiptRuleBodyAction
    from .create_fax_receipt_rule_body_enabled import CreateFaxReceiptRuleBodyEnabled
    from .create_reseller_account_body import CreateResellerAccountBody
    from .create_return_address_body import CreateReturnAddressBody
    from .create_sms_inbound_rule_body import CreateSmsInboundRuleBody
    from .create_sms_inbound_rule_body_action import CreateSmsInboundRuleBodyAction
    from .create_sms_inbound_rule_body_enabled import CreateSmsInboundRuleBodyEnabled
    from .create_sms_inbound_rule_body_message_search_type import CreateSmsInboundRuleBodyMessageSearchType
    from .create_sms_inbound_rule_body_webhook_type import CreateSmsInboundRuleBodyWebhookType
    from .create_sms_receipt_rule_body import CreateSmsReceiptRuleBody
    from .create_sms_receipt_rule_body_action import CreateSmsReceiptRuleBodyAction
    from .create_sms_receipt_rule_body_enabled import CreateSmsReceiptRuleBodyEnabled
    from .create_sms_template_body import CreateSmsTemplateBody
    from .create_stripped_string_rule_body import CreateStrippedStringRuleBody
    from .create_subaccount_body import CreateSubaccountBody
    from .create_voice_receipt_rule_body import CreateVoiceReceiptRuleBody
    from .create_voice_receipt_rule_body_action import CreateVoiceReceiptRuleBodyAction
    from .create_voice_receipt_rule_body_enabled import CreateVoiceReceiptRuleBodyEnabled
    from .credit_card import CreditCard
    from .credit_card_response import CreditCardResponse
    from .credit_card_token import CreditCardToken
    from .credit_card_token_response import CreditCardTokenResponse
    from .currency import Currency
    from .dedicated_number import DedicatedNumber
    from .dedicated_number_page import DedicatedNumberPage
    from .dedicated_number_page_response import DedicatedNumberPageResponse
    from .default_sender import DefaultSender
    from .default_sender_list import DefaultSenderList
    from .default_sender_list_response import DefaultSenderListResponse
    from .default_sender_response import DefaultSenderResponse
    from .default_sender_strategy import DefaultSenderStrategy
    from .default_sender_strategy_input import DefaultSenderStrategyInput
    from .delivery_issue import DeliveryIssue
    from .delivery_issue_page import DeliveryIssuePage
    from .delivery_issue_page_response import DeliveryIssuePageResponse
    from .delivery_issue_response import DeliveryIssueResponse
    from .delivery_receipt import DeliveryReceipt
    from .delivery_receipt_page import DeliveryReceiptPage
    from .delivery_receipt_page_response import DeliveryReceiptPageResponse
    from .delivery_receipt_response import DeliveryReceiptResponse
    from .delivery_receipt_rule import DeliveryReceiptRule
    from .delivery_receipt_rule_page import DeliveryReceiptRulePage
    from .delivery_receipt_rule_page_response import DeliveryReceiptRulePageResponse
    from .delivery_receipt_rule_response import DeliveryReceiptRuleResponse
    from .detect_post_letter_address_body import DetectPostLetterAddressBody
    from .detected_address import DetectedAddress
    from .detected_address_response import DetectedAddressResponse
    from .direct_mail_area import DirectMailArea
    from .direct_mail_area_input import DirectMailAreaInput
    from .direct_mail_campaign import DirectMailCampaign
    from .direct_mail_campaign_response import DirectMailCampaignResponse
    from .direct_mail_campaign_summary import DirectMailCampaignSummary
    from .direct_mail_campaign_summary_page import DirectMailCampaignSummaryPage
    from .direct_mail_campaign_summary_page_response import DirectMailCampaignSummaryPageResponse
    from .direct_mail_location import DirectMailLocation
    from .direct_mail_location_list_response import DirectMailLocationListResponse
    from .email_address import EmailAddress
    from .email_address_page import EmailAddressPage
    from .email_address_page_response import EmailAddressPageResponse
    from .email_address_response import EmailAddressResponse
    from .email_addressee import EmailAddressee
    from .email_attachment import EmailAttachment
    from .email_attachment_input import EmailAttachmentInput
    from .email_campaign import EmailCampaign
    from .email_campaign_page import EmailCampaignPage
    from .email_campaign_page_response import EmailCampaignPageResponse
    from .email_campaign_recipient import EmailCampaignRecipient
    from .email_campaign_recipient_page import EmailCampaignRecipientPage
    from .email_campaign_recipient_page_response import EmailCampaignRecipientPageResponse
    from .email_campaign_response import EmailCampaignResponse
    from .email_campaign_result import EmailCampaignResult
    from .email_campaign_result_response import EmailCampaignResultResponse
    from .email_receipt import EmailReceipt
    from .email_receipt_response import EmailReceiptResponse
    from .email_recipient import EmailRecipient
    from .email_sender import EmailSender
    from .email_template import EmailTemplate
    from .email_template_page import EmailTemplatePage
    from .email_template_page_response import EmailTemplatePageResponse
    from .email_template_response import EmailTemplateResponse
    from .email_to_sms_address import EmailToSmsAddress
    from .email_to_sms_address_page import EmailToSmsAddressPage
    from .email_to_sms_address_page_response import EmailToSmsAddressPageResponse
    from .email_to_sms_address_response import EmailToSmsAddressResponse
    from .envelope import Envelope
    from .error_envelope import ErrorEnvelope
    from .export_file import ExportFile
    from .export_file_response import ExportFileResponse
    from .fax_message import FaxMessage
    from .fax_message_input import FaxMessageInput
    from .fax_message_page import FaxMessagePage
    from .fax_message_page_response import FaxMessagePageResponse
    from .fax_send_result import FaxSendResult
    from .fax_send_result_response import FaxSendResultResponse
    from .forgot_password_body import ForgotPasswordBody
    from .forgot_username_body import ForgotUsernameBody
    from .global_sending_country import GlobalSendingCountry
    from .global_sending_country_list_response import GlobalSendingCountryListResponse
    from .import_contacts_body import ImportContactsBody
    from .import_field import ImportField
    from .import_field_list_response import ImportFieldListResponse
    from .import_result import ImportResult
    from .import_result_response import ImportResultResponse
    from .inbound_fax_rule import InboundFaxRule
    from .inbound_fax_rule_page import InboundFaxRulePage
    from .inbound_fax_rule_page_response import InboundFaxRulePageResponse
    from .inbound_fax_rule_response import InboundFaxRuleResponse
    from .inbound_sms import InboundSms
    from .inbound_sms_page import InboundSmsPage
    from .inbound_sms_page_response import InboundSmsPageResponse
    from .inbound_sms_response import InboundSmsResponse
    from .inbound_sms_rule import InboundSmsRule
    from .inbound_sms_rule_page import InboundSmsRulePage
    from .inbound_sms_rule_page_response import InboundSmsRulePageResponse
    from .inbound_sms_rule_response import InboundSmsRuleResponse
    from .label_count import LabelCount
    from .list_alpha_tags_sort_direction import ListAlphaTagsSortDirection
    from .list_compliant_sender_types_filterproduct_type import ListCompliantSenderTypesFilterproductType
    from .list_default_senders_sort_direction import ListDefaultSendersSortDirection
    from .list_metadata import ListMetadata
    from .list_own_numbers_filterstatus_item import ListOwnNumbersFilterstatusItem
    from .list_own_numbers_sort_direction import ListOwnNumbersSortDirection
    from .list_short_url_tracking_direction import ListShortUrlTrackingDirection
    from .mark_fax_receipts_read_body import MarkFaxReceiptsReadBody
    from .mark_inbound_sms_read_body import MarkInboundSmsReadBody
    from .mark_mms_receipts_read_body import MarkMmsReceiptsReadBody
    from .mark_sms_receipts_read_body import MarkSmsReceiptsReadBody
    from .mark_voice_receipts_read_body import MarkVoiceReceiptsReadBody
    from .master_email_template import MasterEmailTemplate
    from .master_email_template_list_response import MasterEmailTemplateListResponse
    from .master_email_template_response import MasterEmailTemplateResponse
    from .master_email_template_thumbnail import MasterEmailTemplateThumbnail
    from .message_statistics import MessageStatistics
    from .message_statistics_response import MessageStatisticsResponse
    from .mms_campaign import MmsCampaign
    from .mms_campaign_page import MmsCampaignPage
    from .mms_campaign_page_response import MmsCampaignPageResponse
    from .mms_campaign_response import MmsCampaignResponse
    from .mms_message import MmsMessage
    from .mms_message_input import MmsMessageInput
    from .mms_message_page import MmsMessagePage
    from .mms_message_page_response import MmsMessagePageResponse
    from .mms_send_result import MmsSendResult
    from .mms_send_result_response import MmsSendResultResponse
    from .number_registration_input import NumberRegistrationInput
    from .own_number import OwnNumber
    from .own_number_list import OwnNumberList
    from .own_number_verification import OwnNumberVerification
    from .page import Page
    from .page_links import PageLinks
    from .post_letter import PostLetter
    from .post_letter_page import PostLetterPage
    from .post_letter_page_response import PostLetterPageResponse
    from .post_letter_send_result import PostLetterSendResult
    from .post_letter_send_result_response import PostLetterSendResultResponse
    from .post_recipient_input import PostRecipientInput
    from .postcard import Postcard
    from .postcard_page import PostcardPage
    from .postcard_page_response import PostcardPageResponse
    from .postcard_send_result import PostcardSendResult
    from .postcard_send_result_response import PostcardSendResultResponse
    from .preview_contact_import_body import PreviewContactImportBody
    from .purchased_number import PurchasedNumber
    from .purchased_number_response import PurchasedNumberResponse
    from .recharge_package import RechargePackage
    from .recharge_packages import RechargePackages
    from .recharge_packages_response import RechargePackagesResponse
    from .recharge_result import RechargeResult
    from .recharge_result_response import RechargeResultResponse
    from .referral_account import ReferralAccount
    from .referral_account_page import ReferralAccountPage
    from .referral_account_page_response import ReferralAccountPageResponse
    from .register_numbers_body import RegisterNumbersBody
    from .remove_duplicate_contacts_body import RemoveDuplicateContactsBody
    from .remove_duplicate_contacts_body_fields_type_0_item import RemoveDuplicateContactsBodyFieldsType0Item
    from .remove_duplicate_contacts_body_fields_type_1 import RemoveDuplicateContactsBodyFieldsType1
    from .removed_contacts import RemovedContacts
    from .removed_contacts_response import RemovedContactsResponse
    from .representative_input import RepresentativeInput
    from .request_alpha_tag_body import RequestAlphaTagBody
    from .request_own_number_verification_body import RequestOwnNumberVerificationBody
    from .reseller_settings import ResellerSettings
    from .reseller_settings_response import ResellerSettingsResponse
    from .return_address import ReturnAddress
    from .return_address_page import ReturnAddressPage
    from .return_address_page_response import ReturnAddressPageResponse
    from .return_address_response import ReturnAddressResponse
    from .search_available_numbers_search_type import SearchAvailableNumbersSearchType
    from .select_countries_body import SelectCountriesBody
    from .send_account_activation_token_body import SendAccountActivationTokenBody
    from .send_direct_mail_campaign_body import SendDirectMailCampaignBody
    from .send_email_body import SendEmailBody
    from .send_email_campaign_body import SendEmailCampaignBody
    from .send_fax_body import SendFaxBody
    from .send_mms_body import SendMmsBody
    from .send_mms_campaign_body import SendMmsCampaignBody
    from .send_post_letter_body import SendPostLetterBody
    from .send_post_letter_body_colour import SendPostLetterBodyColour
    from .send_post_letter_body_duplex import SendPostLetterBodyDuplex
    from .send_post_letter_body_priority_post import SendPostLetterBodyPriorityPost
    from .send_post_letter_body_template_used import SendPostLetterBodyTemplateUsed
    from .send_postcard_body import SendPostcardBody
    from .send_sms_body import SendSmsBody
    from .send_sms_campaign_body import SendSmsCampaignBody
    from .send_voice_body import SendVoiceBody
    from .short_url_contact import ShortUrlContact
    from .short_url_link_counts import ShortUrlLinkCounts
    from .short_url_open import ShortUrlOpen
    from .short_url_statistics import ShortUrlStatistics
    from .short_url_statistics_list import ShortUrlStatisticsList
    from .short_url_tracking_page import ShortUrlTrackingPage
    from .sms_campaign import SmsCampaign
    from .sms_campaign_link_counts import SmsCampaignLinkCounts
    from .sms_campaign_link_statistics import SmsCampaignLinkStatistics
    from .sms_campaign_link_statistics_response import SmsCampaignLinkStatisticsResponse
    from .sms_campaign_link_tracking_page import SmsCampaignLinkTrackingPage
    from .sms_campaign_link_tracking_page_response import SmsCampaignLinkTrackingPageResponse
    from .sms_campaign_page import SmsCampaignPage
    from .sms_campaign_page_response import SmsCampaignPageResponse
    from .sms_campaign_response import SmsCampaignResponse
    from .sms_message import SmsMessage
    from .sms_message_input import SmsMessageInput
    from .sms_message_page import SmsMessagePage
    from .sms_message_page_response import SmsMessagePageResponse
    from .sms_send_result import SmsSendResult
    from .sms_send_result_response import SmsSendResultResponse
    from .sms_sender import SmsSender
    from .sms_sender_sender_type import SmsSenderSenderType
    from .sms_template import SmsTemplate
    from .sms_template_page import SmsTemplatePage
    from .sms_template_page_response import SmsTemplatePageResponse
    from .sms_template_response import SmsTemplateResponse
    from .statistics_bucket import StatisticsBucket
    from .statistics_day import StatisticsDay
    from .string_list_response import StringListResponse
    from .stripped_string import StrippedString
    from .stripped_string_page import StrippedStringPage
    from .stripped_string_page_response import StrippedStringPageResponse
    from .stripped_string_response import StrippedStringResponse
    from .subaccount import Subaccount
    from .subaccount_page import SubaccountPage
    from .subaccount_page_response import SubaccountPageResponse
    from .subaccount_response import SubaccountResponse
    from .template_category import TemplateCategory
    from .template_category_list_response import TemplateCategoryListResponse
    from .template_category_response import TemplateCategoryResponse
    from .transaction import Transaction
    from .transaction_page import TransactionPage
    from .transaction_page_response import TransactionPageResponse
    from .transaction_response import TransactionResponse
    from .transactional_email import TransactionalEmail
    from .transactional_email_page import TransactionalEmailPage
    from .transactional_email_page_response import TransactionalEmailPageResponse
    from .transactional_email_response import TransactionalEmailResponse
    from .transfer_reseller_credit_body import TransferResellerCreditBody
    from .update_account_body import UpdateAccountBody
    from .update_contact_body import UpdateContactBody
    from .update_contact_list_body import UpdateContactListBody
    from .update_credit_card_body import UpdateCreditCardBody
    from .update_default_sender_body import UpdateDefaultSenderBody
    from .update_email_campaign_body import UpdateEmailCampaignBody
    from .update_email_receipt_rule_body import UpdateEmailReceiptRuleBody
    from .update_email_receipt_rule_body_action import UpdateEmailReceiptRuleBodyAction
    from .update_email_receipt_rule_body_enabled import UpdateEmailReceiptRuleBodyEnabled
    from .update_email_template_body import UpdateEmailTemplateBody
    from .update_email_to_sms_address_body import UpdateEmailToSmsAddressBody
    from .update_fax_inbound_rule_body import UpdateFaxInboundRuleBody
    from .update_fax_inbound_rule_body_action import UpdateFaxInboundRuleBodyAction
    from .update_fax_inbound_rule_body_enabled import UpdateFaxInboundRuleBodyEnabled
    from .update_fax_receipt_rule_body import UpdateFaxReceiptRuleBody
    from .update_fax_receipt_rule_body_action import UpdateFaxReceiptRuleBodyAction
    from .update_fax_receipt_rule_body_enabled import UpdateFaxReceiptRuleBodyEnabled
    from .update_mms_campaign_body import UpdateMmsCampaignBody
    from .update_own_number_body import UpdateOwnNumberBody
    from .update_reseller_account_body import UpdateResellerAccountBody
    from .update_reseller_settings_body import UpdateResellerSettingsBody
    from .update_reseller_settings_body_allow_public_signups import UpdateResellerSettingsBodyAllowPublicSignups
    from .update_return_address_body import UpdateReturnAddressBody
    from .update_sms_campaign_body import UpdateSmsCampaignBody
    from .update_sms_inbound_rule_body import UpdateSmsInboundRuleBody
    from .update_sms_inbound_rule_body_action import UpdateSmsInboundRuleBodyAction
    from .update_sms_inbound_rule_body_enabled import UpdateSmsInboundRuleBodyEnabled
    from .update_sms_inbound_rule_body_message_search_type import UpdateSmsInboundRuleBodyMessageSearchType
    from .update_sms_inbound_rule_body_webhook_type import UpdateSmsInboundRuleBodyWebhookType
    from .update_sms_receipt_rule_body import UpdateSmsReceiptRuleBody
    from .update_sms_receipt_rule_body_action import UpdateSmsReceiptRuleBodyAction
    from .update_sms_receipt_rule_body_enabled import UpdateSmsReceiptRuleBodyEnabled
    from .update_sms_template_body import UpdateSmsTemplateBody
    from .update_stripped_string_rule_body import UpdateStrippedStringRuleBody
    from .update_subaccount_body import UpdateSubaccountBody
    from .update_subaccount_body_access_sms import UpdateSubaccountBodyAccessSms
    from .update_subaccount_body_share_campaigns import UpdateSubaccountBodyShareCampaigns
    from .update_voice_receipt_rule_body import UpdateVoiceReceiptRuleBody
    from .update_voice_receipt_rule_body_action import UpdateVoiceReceiptRuleBodyAction
    from .update_voice_receipt_rule_body_enabled import UpdateVoiceReceiptRuleBodyEnabled
    from .updated_reseller_settings_response import UpdatedResellerSettingsResponse
    from .upload_email_template_image_body import UploadEmailTemplateImageBody
    from .upload_file_body import UploadFileBody
    from .upload_file_convert import UploadFileConvert
    from .uploaded_file import UploadedFile
    from .uploaded_file_response import UploadedFileResponse
    from .url_response import UrlResponse
    from .usage_row import UsageRow
    from .usage_total import UsageTotal
    from .verify_forgot_password_body import VerifyForgotPasswordBody
    from .verify_own_number_body import VerifyOwnNumberBody
    from .voice_language import VoiceLanguage
    from .voice_language_list_response import VoiceLanguageListResponse
    from .voice_message import VoiceMessage
    from .voice_message_input import VoiceMessageInput
    from .voice_message_input_machine_detection import VoiceMessageInputMachineDetection
    from .voice_message_input_require_input import VoiceMessageInputRequireInput
    from .voice_message_input_voice import VoiceMessageInputVoice
    from .voice_message_page import VoiceMessagePage
    from .voice_message_page_response import VoiceMessagePageResponse
    from .voice_send_result import VoiceSendResult
    from .voice_send_result_response import VoiceSendResultResponse

_MODULE_OF: dict[str, str] = {
    "Account": ".account",
    "AccountPage": ".account_page",
    "AccountPageResponse": ".account_page_response",
    "AccountResponse": ".account_response",
    "AccountUsage": ".account_usage",
    "AccountUsageResponse": ".account_usage_response",
    "AccountVerification": ".account_verification",
    "AccountVerificationResponse": ".account_verification_response",
    "AcknowledgementResponse": ".acknowledgement_response",
    "AddEmailReceiptWebhookBody": ".add_email_receipt_webhook_body",
    "AddFaxReceiptWebhookBody": ".add_fax_receipt_webhook_body",
    "AddInboundSmsWebhookBody": ".add_inbound_sms_webhook_body",
    "AddInboundSmsWebhookBodyWebhookType": ".add_inbound_sms_webhook_body_webhook_type",
    "AddSmsReceiptWebhookBody": ".add_sms_receipt_webhook_body",
    "AddVoiceReceiptWebhookBody": ".add_voice_receipt_webhook_body",
    "AllowedSenderCountries": ".allowed_sender_countries",
    "AllowedSenderType": ".allowed_sender_type",
    "AlphaTag": ".alpha_tag",
    "AlphaTagBusinessInput": ".alpha_tag_business_input",
    "AlphaTagList": ".alpha_tag_list",
    "AvailableNumber": ".available_number",
    "AvailableNumberPage": ".available_number_page",
    "AvailableNumberPageResponse": ".available_number_page_response",
    "BusinessAddressInput": ".business_address_input",
    "BusinessInfoInput": ".business_info_input",
    "BuyDedicatedNumberBody": ".buy_dedicated_number_body",
    "BuyDedicatedNumberBodyType": ".buy_dedicated_number_body_type",
    "CalculateDirectMailCampaignPriceBody": ".calculate_direct_mail_campaign_price_body",
    "CalculateEmailCampaignPriceBody": ".calculate_email_campaign_price_body",
    "CalculateEmailPriceBody": ".calculate_email_price_body",
    "CalculateFaxPriceBody": ".calculate_fax_price_body",
    "CalculateMmsCampaignPriceBody": ".calculate_mms_campaign_price_body",
    "CalculateMmsPriceBody": ".calculate_mms_price_body",
    "CalculatePostLetterPriceBody": ".calculate_post_letter_price_body",
    "CalculatePostLetterPriceBodyColour": ".calculate_post_letter_price_body_colour",
    "CalculatePostLetterPriceBodyDuplex": ".calculate_post_letter_price_body_duplex",
    "CalculatePostLetterPriceBodyPriorityPost": ".calculate_post_letter_price_body_priority_post",
    "CalculatePostLetterPriceBodyTemplateUsed": ".calculate_post_letter_price_body_template_used",
    "CalculatePostcardPriceBody": ".calculate_postcard_price_body",
    "CalculateSmsCampaignPriceBody": ".calculate_sms_campaign_price_body",
    "CalculateSmsPriceBody": ".calculate_sms_price_body",
    "CalculateVoicePriceBody": ".calculate_voice_price_body",
    "CampaignPrice": ".campaign_price",
    "CampaignPriceResponse": ".campaign_price_response",
    "CancelAllSmsBody": ".cancel_all_sms_body",
    "CompliantSenderTypeList": ".compliant_sender_type_list",
    "CompliantSenderTypeListResponse": ".compliant_sender_type_list_response",
    "CompliantSenderTypes": ".compliant_sender_types",
    "Contact": ".contact",
    "ContactList": ".contact_list",
    "ContactListArrayResponse": ".contact_list_array_response",
    "ContactListPage": ".contact_list_page",
    "ContactListPageResponse": ".contact_list_page_response",
    "ContactListResponse": ".contact_list_response",
    "ContactPage": ".contact_page",
    "ContactPageResponse": ".contact_page_response",
    "ContactResponse": ".contact_response",
    "ContactSearchHit": ".contact_search_hit",
    "ContactSearchHitPage": ".contact_search_hit_page",
    "ContactSearchHitPageResponse": ".contact_search_hit_page_response",
    "Country": ".country",
    "CountryListResponse": ".country_list_response",
    "CountryPricing": ".country_pricing",
    "CountryPricingResponse": ".country_pricing_response",
    "CreateAccountBody": ".create_account_body",
    "CreateAllowedEmailAddressBody": ".create_allowed_email_address_body",
    "CreateContactBody": ".create_contact_body",
    "CreateContactListBody": ".create_contact_list_body",
    "CreateDefaultSenderBody": ".create_default_sender_body",
    "CreateDefaultSenderBodyProductType": ".create_default_sender_body_product_type",
    "CreateDeliveryIssueBody": ".create_delivery_issue_body",
    "CreateEmailReceiptRuleBody": ".create_email_receipt_rule_body",
    "CreateEmailReceiptRuleBodyAction": ".create_email_receipt_rule_body_action",
    "CreateEmailReceiptRuleBodyEnabled": ".create_email_receipt_rule_body_enabled",
    "CreateEmailTemplateBody": ".create_email_template_body",
    "CreateEmailToSmsAddressBody": ".create_email_to_sms_address_body",
    "CreateFaxInboundRuleBody": ".create_fax_inbound_rule_body",
    "CreateFaxInboundRuleBodyAction": ".create_fax_inbound_rule_body_action",
    "CreateFaxInboundRuleBodyEnabled": ".create_fax_inbound_rule_body_enabled",
    "CreateFaxReceiptRuleBody": ".create_fax_receipt_rule_body",
    "CreateFaxReceiptRuleBodyAction": ".create_fax_receipt_rule_body_action",
    "CreateFaxReceiptRuleBodyEnabled": ".create_fax_receipt_rule_body_enabled",
    "CreateResellerAccountBody": ".create_reseller_account_body",
    "CreateReturnAddressBody": ".create_return_address_body",
    "CreateSmsInboundRuleBody": ".create_sms_inbound_rule_body",
    "CreateSmsInboundRuleBodyAction": ".create_sms_inbound_rule_body_action",
    "CreateSmsInboundRuleBodyEnabled": ".create_sms_inbound_rule_body_enabled",
    "CreateSmsInboundRuleBodyMessageSearchType": ".create_sms_inbound_rule_body_message_search_type",
    "CreateSmsInboundRuleBodyWebhookType": ".create_sms_inbound_rule_body_webhook_type",
    "CreateSmsReceiptRuleBody": ".create_sms_receipt_rule_body",
    "CreateSmsReceiptRuleBodyAction": ".create_sms_receipt_rule_body_action",
    "CreateSmsReceiptRuleBodyEnabled": ".create_sms_receipt_rule_body_enabled",
    "CreateSmsTemplateBody": ".create_sms_template_body",
    "CreateStrippedStringRuleBody": ".create_stripped_string_rule_body",
    "CreateSubaccountBody": ".create_subaccount_body",
    "CreateVoiceReceiptRuleBody": ".create_voice_receipt_rule_body",
    "CreateVoiceReceiptRuleBodyAction": ".create_voice_receipt_rule_body_action",
    "CreateVoiceReceiptRuleBodyEnabled": ".create_voice_receipt_rule_body_enabled",
    "CreditCard": ".credit_card",
    "CreditCardResponse": ".credit_card_response",
    "CreditCardToken": ".credit_card_token",
    "CreditCardTokenResponse": ".credit_card_token_response",
    "Currency": ".currency",
    "DedicatedNumber": ".dedicated_number",
    "DedicatedNumberPage": ".dedicated_number_page",
    "DedicatedNumberPageResponse": ".dedicated_number_page_response",
    "DefaultSender": ".default_sender",
    "DefaultSenderList": ".default_sender_list",
    "DefaultSenderListResponse": ".default_sender_list_response",
    "DefaultSenderResponse": ".default_sender_response",
    "DefaultSenderStrategy": ".default_sender_strategy",
    "DefaultSenderStrategyInput": ".default_sender_strategy_input",
    "DeliveryIssue": ".delivery_issue",
    "DeliveryIssuePage": ".delivery_issue_page",
    "DeliveryIssuePageResponse": ".delivery_issue_page_response",
    "DeliveryIssueResponse": ".delivery_issue_response",
    "DeliveryReceipt": ".delivery_receipt",
    "DeliveryReceiptPage": ".delivery_receipt_page",
    "DeliveryReceiptPageResponse": ".delivery_receipt_page_response",
    "DeliveryReceiptResponse": ".delivery_receipt_response",
    "DeliveryReceiptRule": ".delivery_receipt_rule",
    "DeliveryReceiptRulePage": ".delivery_receipt_rule_page",
    "DeliveryReceiptRulePageResponse": ".delivery_receipt_rule_page_response",
    "DeliveryReceiptRuleResponse": ".delivery_receipt_rule_response",
    "DetectPostLetterAddressBody": ".detect_post_letter_address_body",
    "DetectedAddress": ".detected_address",
    "DetectedAddressResponse": ".detected_address_response",
    "DirectMailArea": ".direct_mail_area",
    "DirectMailAreaInput": ".direct_mail_area_input",
    "DirectMailCampaign": ".direct_mail_campaign",
    "DirectMailCampaignResponse": ".direct_mail_campaign_response",
    "DirectMailCampaignSummary": ".direct_mail_campaign_summary",
    "DirectMailCampaignSummaryPage": ".direct_mail_campaign_summary_page",
    "DirectMailCampaignSummaryPageResponse": ".direct_mail_campaign_summary_page_response",
    "DirectMailLocation": ".direct_mail_location",
    "DirectMailLocationListResponse": ".direct_mail_location_list_response",
    "EmailAddress": ".email_address",
    "EmailAddressPage": ".email_address_page",
    "EmailAddressPageResponse": ".email_address_page_response",
    "EmailAddressResponse": ".email_address_response",
    "EmailAddressee": ".email_addressee",
    "EmailAttachment": ".email_attachment",
    "EmailAttachmentInput": ".email_attachment_input",
    "EmailCampaign": ".email_campaign",
    "EmailCampaignPage": ".email_campaign_page",
    "EmailCampaignPageResponse": ".email_campaign_page_response",
    "EmailCampaignRecipient": ".email_campaign_recipient",
    "EmailCampaignRecipientPage": ".email_campaign_recipient_page",
    "EmailCampaignRecipientPageResponse": ".email_campaign_recipient_page_response",
    "EmailCampaignResponse": ".email_campaign_response",
    "EmailCampaignResult": ".email_campaign_result",
    "EmailCampaignResultResponse": ".email_campaign_result_response",
    "EmailReceipt": ".email_receipt",
    "EmailReceiptResponse": ".email_receipt_response",
    "EmailRecipient": ".email_recipient",
    "EmailSender": ".email_sender",
    "EmailTemplate": ".email_template",
    "EmailTemplatePage": ".email_template_page",
    "EmailTemplatePageResponse": ".email_template_page_response",
    "EmailTemplateResponse": ".email_template_response",
    "EmailToSmsAddress": ".email_to_sms_address",
    "EmailToSmsAddressPage": ".email_to_sms_address_page",
    "EmailToSmsAddressPageResponse": ".email_to_sms_address_page_response",
    "EmailToSmsAddressResponse": ".email_to_sms_address_response",
    "Envelope": ".envelope",
    "ErrorEnvelope": ".error_envelope",
    "ExportFile": ".export_file",
    "ExportFileResponse": ".export_file_response",
    "FaxMessage": ".fax_message",
    "FaxMessageInput": ".fax_message_input",
    "FaxMessagePage": ".fax_message_page",
    "FaxMessagePageResponse": ".fax_message_page_response",
    "FaxSendResult": ".fax_send_result",
    "FaxSendResultResponse": ".fax_send_result_response",
    "ForgotPasswordBody": ".forgot_password_body",
    "ForgotUsernameBody": ".forgot_username_body",
    "GlobalSendingCountry": ".global_sending_country",
    "GlobalSendingCountryListResponse": ".global_sending_country_list_response",
    "ImportContactsBody": ".import_contacts_body",
    "ImportField": ".import_field",
    "ImportFieldListResponse": ".import_field_list_response",
    "ImportResult": ".import_result",
    "ImportResultResponse": ".import_result_response",
    "InboundFaxRule": ".inbound_fax_rule",
    "InboundFaxRulePage": ".inbound_fax_rule_page",
    "InboundFaxRulePageResponse": ".inbound_fax_rule_page_response",
    "InboundFaxRuleResponse": ".inbound_fax_rule_response",
    "InboundSms": ".inbound_sms",
    "InboundSmsPage": ".inbound_sms_page",
    "InboundSmsPageResponse": ".inbound_sms_page_response",
    "InboundSmsResponse": ".inbound_sms_response",
    "InboundSmsRule": ".inbound_sms_rule",
    "InboundSmsRulePage": ".inbound_sms_rule_page",
    "InboundSmsRulePageResponse": ".inbound_sms_rule_page_response",
    "InboundSmsRuleResponse": ".inbound_sms_rule_response",
    "LabelCount": ".label_count",
    "ListAlphaTagsSortDirection": ".list_alpha_tags_sort_direction",
    "ListCompliantSenderTypesFilterproductType": ".list_compliant_sender_types_filterproduct_type",
    "ListDefaultSendersSortDirection": ".list_default_senders_sort_direction",
    "ListMetadata": ".list_metadata",
    "ListOwnNumbersFilterstatusItem": ".list_own_numbers_filterstatus_item",
    "ListOwnNumbersSortDirection": ".list_own_numbers_sort_direction",
    "ListShortUrlTrackingDirection": ".list_short_url_tracking_direction",
    "MarkFaxReceiptsReadBody": ".mark_fax_receipts_read_body",
    "MarkInboundSmsReadBody": ".mark_inbound_sms_read_body",
    "MarkMmsReceiptsReadBody": ".mark_mms_receipts_read_body",
    "MarkSmsReceiptsReadBody": ".mark_sms_receipts_read_body",
    "MarkVoiceReceiptsReadBody": ".mark_voice_receipts_read_body",
    "MasterEmailTemplate": ".master_email_template",
    "MasterEmailTemplateListResponse": ".master_email_template_list_response",
    "MasterEmailTemplateResponse": ".master_email_template_response",
    "MasterEmailTemplateThumbnail": ".master_email_template_thumbnail",
    "MessageStatistics": ".message_statistics",
    "MessageStatisticsResponse": ".message_statistics_response",
    "MmsCampaign": ".mms_campaign",
    "MmsCampaignPage": ".mms_campaign_page",
    "MmsCampaignPageResponse": ".mms_campaign_page_response",
    "MmsCampaignResponse": ".mms_campaign_response",
    "MmsMessage": ".mms_message",
    "MmsMessageInput": ".mms_message_input",
    "MmsMessagePage": ".mms_message_page",
    "MmsMessagePageResponse": ".mms_message_page_response",
    "MmsSendResult": ".mms_send_result",
    "MmsSendResultResponse": ".mms_send_result_response",
    "NumberRegistrationInput": ".number_registration_input",
    "OwnNumber": ".own_number",
    "OwnNumberList": ".own_number_list",
    "OwnNumberVerification": ".own_number_verification",
    "Page": ".page",
    "PageLinks": ".page_links",
    "PostLetter": ".post_letter",
    "PostLetterPage": ".post_letter_page",
    "PostLetterPageResponse": ".post_letter_page_response",
    "PostLetterSendResult": ".post_letter_send_result",
    "PostLetterSendResultResponse": ".post_letter_send_result_response",
    "PostRecipientInput": ".post_recipient_input",
    "Postcard": ".postcard",
    "PostcardPage": ".postcard_page",
    "PostcardPageResponse": ".postcard_page_response",
    "PostcardSendResult": ".postcard_send_result",
    "PostcardSendResultResponse": ".postcard_send_result_response",
    "PreviewContactImportBody": ".preview_contact_import_body",
    "PurchasedNumber": ".purchased_number",
    "PurchasedNumberResponse": ".purchased_number_response",
    "RechargePackage": ".recharge_package",
    "RechargePackages": ".recharge_packages",
    "RechargePackagesResponse": ".recharge_packages_response",
    "RechargeResult": ".recharge_result",
    "RechargeResultResponse": ".recharge_result_response",
    "ReferralAccount": ".referral_account",
    "ReferralAccountPage": ".referral_account_page",
    "ReferralAccountPageResponse": ".referral_account_page_response",
    "RegisterNumbersBody": ".register_numbers_body",
    "RemoveDuplicateContactsBody": ".remove_duplicate_contacts_body",
    "RemoveDuplicateContactsBodyFieldsType0Item": ".remove_duplicate_contacts_body_fields_type_0_item",
    "RemoveDuplicateContactsBodyFieldsType1": ".remove_duplicate_contacts_body_fields_type_1",
    "RemovedContacts": ".removed_contacts",
    "RemovedContactsResponse": ".removed_contacts_response",
    "RepresentativeInput": ".representative_input",
    "RequestAlphaTagBody": ".request_alpha_tag_body",
    "RequestOwnNumberVerificationBody": ".request_own_number_verification_body",
    "ResellerSettings": ".reseller_settings",
    "ResellerSettingsResponse": ".reseller_settings_response",
    "ReturnAddress": ".return_address",
    "ReturnAddressPage": ".return_address_page",
    "ReturnAddressPageResponse": ".return_address_page_response",
    "ReturnAddressResponse": ".return_address_response",
    "SearchAvailableNumbersSearchType": ".search_available_numbers_search_type",
    "SelectCountriesBody": ".select_countries_body",
    "SendAccountActivationTokenBody": ".send_account_activation_token_body",
    "SendDirectMailCampaignBody": ".send_direct_mail_campaign_body",
    "SendEmailBody": ".send_email_body",
    "SendEmailCampaignBody": ".send_email_campaign_body",
    "SendFaxBody": ".send_fax_body",
    "SendMmsBody": ".send_mms_body",
    "SendMmsCampaignBody": ".send_mms_campaign_body",
    "SendPostLetterBody": ".send_post_letter_body",
    "SendPostLetterBodyColour": ".send_post_letter_body_colour",
    "SendPostLetterBodyDuplex": ".send_post_letter_body_duplex",
    "SendPostLetterBodyPriorityPost": ".send_post_letter_body_priority_post",
    "SendPostLetterBodyTemplateUsed": ".send_post_letter_body_template_used",
    "SendPostcardBody": ".send_postcard_body",
    "SendSmsBody": ".send_sms_body",
    "SendSmsCampaignBody": ".send_sms_campaign_body",
    "SendVoiceBody": ".send_voice_body",
    "ShortUrlContact": ".short_url_contact",
    "ShortUrlLinkCounts": ".short_url_link_counts",
    "ShortUrlOpen": ".short_url_open",
    "ShortUrlStatistics": ".short_url_statistics",
    "ShortUrlStatisticsList": ".short_url_statistics_list",
    "ShortUrlTrackingPage": ".short_url_tracking_page",
    "SmsCampaign": ".sms_campaign",
    "SmsCampaignLinkCounts": ".sms_campaign_link_counts",
    "SmsCampaignLinkStatistics": ".sms_campaign_link_statistics",
    "SmsCampaignLinkStatisticsResponse": ".sms_campaign_link_statistics_response",
    "SmsCampaignLinkTrackingPage": ".sms_campaign_link_tracking_page",
    "SmsCampaignLinkTrackingPageResponse": ".sms_campaign_link_tracking_page_response",
    "SmsCampaignPage": ".sms_campaign_page",
    "SmsCampaignPageResponse": ".sms_campaign_page_response",
    "SmsCampaignResponse": ".sms_campaign_response",
    "SmsMessage": ".sms_message",
    "SmsMessageInput": ".sms_message_input",
    "SmsMessagePage": ".sms_message_page",
    "SmsMessagePageResponse": ".sms_message_page_response",
    "SmsSendResult": ".sms_send_result",
    "SmsSendResultResponse": ".sms_send_result_response",
    "SmsSender": ".sms_sender",
    "SmsSenderSenderType": ".sms_sender_sender_type",
    "SmsTemplate": ".sms_template",
    "SmsTemplatePage": ".sms_template_page",
    "SmsTemplatePageResponse": ".sms_template_page_response",
    "SmsTemplateResponse": ".sms_template_response",
    "StatisticsBucket": ".statistics_bucket",
    "StatisticsDay": ".statistics_day",
    "StringListResponse": ".string_list_response",
    "StrippedString": ".stripped_string",
    "StrippedStringPage": ".stripped_string_page",
    "StrippedStringPageResponse": ".stripped_string_page_response",
    "StrippedStringResponse": ".stripped_string_response",
    "Subaccount": ".subaccount",
    "SubaccountPage": ".subaccount_page",
    "SubaccountPageResponse": ".subaccount_page_response",
    "SubaccountResponse": ".subaccount_response",
    "TemplateCategory": ".template_category",
    "TemplateCategoryListResponse": ".template_category_list_response",
    "TemplateCategoryResponse": ".template_category_response",
    "Transaction": ".transaction",
    "TransactionPage": ".transaction_page",
    "TransactionPageResponse": ".transaction_page_response",
    "TransactionResponse": ".transaction_response",
    "TransactionalEmail": ".transactional_email",
    "TransactionalEmailPage": ".transactional_email_page",
    "TransactionalEmailPageResponse": ".transactional_email_page_response",
    "TransactionalEmailResponse": ".transactional_email_response",
    "TransferResellerCreditBody": ".transfer_reseller_credit_body",
    "UpdateAccountBody": ".update_account_body",
    "UpdateContactBody": ".update_contact_body",
    "UpdateContactListBody": ".update_contact_list_body",
    "UpdateCreditCardBody": ".update_credit_card_body",
    "UpdateDefaultSenderBody": ".update_default_sender_body",
    "UpdateEmailCampaignBody": ".update_email_campaign_body",
    "UpdateEmailReceiptRuleBody": ".update_email_receipt_rule_body",
    "UpdateEmailReceiptRuleBodyAction": ".update_email_receipt_rule_body_action",
    "UpdateEmailReceiptRuleBodyEnabled": ".update_email_receipt_rule_body_enabled",
    "UpdateEmailTemplateBody": ".update_email_template_body",
    "UpdateEmailToSmsAddressBody": ".update_email_to_sms_address_body",
    "UpdateFaxInboundRuleBody": ".update_fax_inbound_rule_body",
    "UpdateFaxInboundRuleBodyAction": ".update_fax_inbound_rule_body_action",
    "UpdateFaxInboundRuleBodyEnabled": ".update_fax_inbound_rule_body_enabled",
    "UpdateFaxReceiptRuleBody": ".update_fax_receipt_rule_body",
    "UpdateFaxReceiptRuleBodyAction": ".update_fax_receipt_rule_body_action",
    "UpdateFaxReceiptRuleBodyEnabled": ".update_fax_receipt_rule_body_enabled",
    "UpdateMmsCampaignBody": ".update_mms_campaign_body",
    "UpdateOwnNumberBody": ".update_own_number_body",
    "UpdateResellerAccountBody": ".update_reseller_account_body",
    "UpdateResellerSettingsBody": ".update_reseller_settings_body",
    "UpdateResellerSettingsBodyAllowPublicSignups": ".update_reseller_settings_body_allow_public_signups",
    "UpdateReturnAddressBody": ".update_return_address_body",
    "UpdateSmsCampaignBody": ".update_sms_campaign_body",
    "UpdateSmsInboundRuleBody": ".update_sms_inbound_rule_body",
    "UpdateSmsInboundRuleBodyAction": ".update_sms_inbound_rule_body_action",
    "UpdateSmsInboundRuleBodyEnabled": ".update_sms_inbound_rule_body_enabled",
    "UpdateSmsInboundRuleBodyMessageSearchType": ".update_sms_inbound_rule_body_message_search_type",
    "UpdateSmsInboundRuleBodyWebhookType": ".update_sms_inbound_rule_body_webhook_type",
    "UpdateSmsReceiptRuleBody": ".update_sms_receipt_rule_body",
    "UpdateSmsReceiptRuleBodyAction": ".update_sms_receipt_rule_body_action",
    "UpdateSmsReceiptRuleBodyEnabled": ".update_sms_receipt_rule_body_enabled",
    "UpdateSmsTemplateBody": ".update_sms_template_body",
    "UpdateStrippedStringRuleBody": ".update_stripped_string_rule_body",
    "UpdateSubaccountBody": ".update_subaccount_body",
    "UpdateSubaccountBodyAccessSms": ".update_subaccount_body_access_sms",
    "UpdateSubaccountBodyShareCampaigns": ".update_subaccount_body_share_campaigns",
    "UpdateVoiceReceiptRuleBody": ".update_voice_receipt_rule_body",
    "UpdateVoiceReceiptRuleBodyAction": ".update_voice_receipt_rule_body_action",
    "UpdateVoiceReceiptRuleBodyEnabled": ".update_voice_receipt_rule_body_enabled",
    "UpdatedResellerSettingsResponse": ".updated_reseller_settings_response",
    "UploadEmailTemplateImageBody": ".upload_email_template_image_body",
    "UploadFileBody": ".upload_file_body",
    "UploadFileConvert": ".upload_file_convert",
    "UploadedFile": ".uploaded_file",
    "UploadedFileResponse": ".uploaded_file_response",
    "UrlResponse": ".url_response",
    "UsageRow": ".usage_row",
    "UsageTotal": ".usage_total",
    "VerifyForgotPasswordBody": ".verify_forgot_password_body",
    "VerifyOwnNumberBody": ".verify_own_number_body",
    "VoiceLanguage": ".voice_language",
    "VoiceLanguageListResponse": ".voice_language_list_response",
    "VoiceMessage": ".voice_message",
    "VoiceMessageInput": ".voice_message_input",
    "VoiceMessageInputMachineDetection": ".voice_message_input_machine_detection",
    "VoiceMessageInputRequireInput": ".voice_message_input_require_input",
    "VoiceMessageInputVoice": ".voice_message_input_voice",
    "VoiceMessagePage": ".voice_message_page",
    "VoiceMessagePageResponse": ".voice_message_page_response",
    "VoiceSendResult": ".voice_send_result",
    "VoiceSendResultResponse": ".voice_send_result_response",
}

__all__ = (
    "Account",
    "AccountPage",
    "AccountPageResponse",
    "AccountResponse",
    "AccountUsage",
    "AccountUsageResponse",
    "AccountVerification",
    "AccountVerificationResponse",
    "AcknowledgementResponse",
    "AddEmailReceiptWebhookBody",
    "AddFaxReceiptWebhookBody",
    "AddInboundSmsWebhookBody",
    "AddInboundSmsWebhookBodyWebhookType",
    "AddSmsReceiptWebhookBody",
    "AddVoiceReceiptWebhookBody",
    "AllowedSenderCountries",
    "AllowedSenderType",
    "AlphaTag",
    "AlphaTagBusinessInput",
    "AlphaTagList",
    "AvailableNumber",
    "AvailableNumberPage",
    "AvailableNumberPageResponse",
    "BusinessAddressInput",
    "BusinessInfoInput",
    "BuyDedicatedNumberBody",
    "BuyDedicatedNumberBodyType",
    "CalculateDirectMailCampaignPriceBody",
    "CalculateEmailCampaignPriceBody",
    "CalculateEmailPriceBody",
    "CalculateFaxPriceBody",
    "CalculateMmsCampaignPriceBody",
    "CalculateMmsPriceBody",
    "CalculatePostcardPriceBody",
    "CalculatePostLetterPriceBody",
    "CalculatePostLetterPriceBodyColour",
    "CalculatePostLetterPriceBodyDuplex",
    "CalculatePostLetterPriceBodyPriorityPost",
    "CalculatePostLetterPriceBodyTemplateUsed",
    "CalculateSmsCampaignPriceBody",
    "CalculateSmsPriceBody",
    "CalculateVoicePriceBody",
    "CampaignPrice",
    "CampaignPriceResponse",
    "CancelAllSmsBody",
    "CompliantSenderTypeList",
    "CompliantSenderTypeListResponse",
    "CompliantSenderTypes",
    "Contact",
    "ContactList",
    "ContactListArrayResponse",
    "ContactListPage",
    "ContactListPageResponse",
    "ContactListResponse",
    "ContactPage",
    "ContactPageResponse",
    "ContactResponse",
    "ContactSearchHit",
    "ContactSearchHitPage",
    "ContactSearchHitPageResponse",
    "Country",
    "CountryListResponse",
    "CountryPricing",
    "CountryPricingResponse",
    "CreateAccountBody",
    "CreateAllowedEmailAddressBody",
    "CreateContactBody",
    "CreateContactListBody",
    "CreateDefaultSenderBody",
    "CreateDefaultSenderBodyProductType",
    "CreateDeliveryIssueBody",
    "CreateEmailReceiptRuleBody",
    "CreateEmailReceiptRuleBodyAction",
    "CreateEmailReceiptRuleBodyEnabled",
    "CreateEmailTemplateBody",
    "CreateEmailToSmsAddressBody",
    "CreateFaxInboundRuleBody",
    "CreateFaxInboundRuleBodyAction",
    "CreateFaxInboundRuleBodyEnabled",
    "CreateFaxReceiptRuleBody",
    "CreateFaxReceiptRuleBodyAction",
    "CreateFaxReceiptRuleBodyEnabled",
    "CreateResellerAccountBody",
    "CreateReturnAddressBody",
    "CreateSmsInboundRuleBody",
    "CreateSmsInboundRuleBodyAction",
    "CreateSmsInboundRuleBodyEnabled",
    "CreateSmsInboundRuleBodyMessageSearchType",
    "CreateSmsInboundRuleBodyWebhookType",
    "CreateSmsReceiptRuleBody",
    "CreateSmsReceiptRuleBodyAction",
    "CreateSmsReceiptRuleBodyEnabled",
    "CreateSmsTemplateBody",
    "CreateStrippedStringRuleBody",
    "CreateSubaccountBody",
    "CreateVoiceReceiptRuleBody",
    "CreateVoiceReceiptRuleBodyAction",
    "CreateVoiceReceiptRuleBodyEnabled",
    "CreditCard",
    "CreditCardResponse",
    "CreditCardToken",
    "CreditCardTokenResponse",
    "Currency",
    "DedicatedNumber",
    "DedicatedNumberPage",
    "DedicatedNumberPageResponse",
    "DefaultSender",
    "DefaultSenderList",
    "DefaultSenderListResponse",
    "DefaultSenderResponse",
    "DefaultSenderStrategy",
    "DefaultSenderStrategyInput",
    "DeliveryIssue",
    "DeliveryIssuePage",
    "DeliveryIssuePageResponse",
    "DeliveryIssueResponse",
    "DeliveryReceipt",
    "DeliveryReceiptPage",
    "DeliveryReceiptPageResponse",
    "DeliveryReceiptResponse",
    "DeliveryReceiptRule",
    "DeliveryReceiptRulePage",
    "DeliveryReceiptRulePageResponse",
    "DeliveryReceiptRuleResponse",
    "DetectedAddress",
    "DetectedAddressResponse",
    "DetectPostLetterAddressBody",
    "DirectMailArea",
    "DirectMailAreaInput",
    "DirectMailCampaign",
    "DirectMailCampaignResponse",
    "DirectMailCampaignSummary",
    "DirectMailCampaignSummaryPage",
    "DirectMailCampaignSummaryPageResponse",
    "DirectMailLocation",
    "DirectMailLocationListResponse",
    "EmailAddress",
    "EmailAddressee",
    "EmailAddressPage",
    "EmailAddressPageResponse",
    "EmailAddressResponse",
    "EmailAttachment",
    "EmailAttachmentInput",
    "EmailCampaign",
    "EmailCampaignPage",
    "EmailCampaignPageResponse",
    "EmailCampaignRecipient",
    "EmailCampaignRecipientPage",
    "EmailCampaignRecipientPageResponse",
    "EmailCampaignResponse",
    "EmailCampaignResult",
    "EmailCampaignResultResponse",
    "EmailReceipt",
    "EmailReceiptResponse",
    "EmailRecipient",
    "EmailSender",
    "EmailTemplate",
    "EmailTemplatePage",
    "EmailTemplatePageResponse",
    "EmailTemplateResponse",
    "EmailToSmsAddress",
    "EmailToSmsAddressPage",
    "EmailToSmsAddressPageResponse",
    "EmailToSmsAddressResponse",
    "Envelope",
    "ErrorEnvelope",
    "ExportFile",
    "ExportFileResponse",
    "FaxMessage",
    "FaxMessageInput",
    "FaxMessagePage",
    "FaxMessagePageResponse",
    "FaxSendResult",
    "FaxSendResultResponse",
    "ForgotPasswordBody",
    "ForgotUsernameBody",
    "GlobalSendingCountry",
    "GlobalSendingCountryListResponse",
    "ImportContactsBody",
    "ImportField",
    "ImportFieldListResponse",
    "ImportResult",
    "ImportResultResponse",
    "InboundFaxRule",
    "InboundFaxRulePage",
    "InboundFaxRulePageResponse",
    "InboundFaxRuleResponse",
    "InboundSms",
    "InboundSmsPage",
    "InboundSmsPageResponse",
    "InboundSmsResponse",
    "InboundSmsRule",
    "InboundSmsRulePage",
    "InboundSmsRulePageResponse",
    "InboundSmsRuleResponse",
    "LabelCount",
    "ListAlphaTagsSortDirection",
    "ListCompliantSenderTypesFilterproductType",
    "ListDefaultSendersSortDirection",
    "ListMetadata",
    "ListOwnNumbersFilterstatusItem",
    "ListOwnNumbersSortDirection",
    "ListShortUrlTrackingDirection",
    "MarkFaxReceiptsReadBody",
    "MarkInboundSmsReadBody",
    "MarkMmsReceiptsReadBody",
    "MarkSmsReceiptsReadBody",
    "MarkVoiceReceiptsReadBody",
    "MasterEmailTemplate",
    "MasterEmailTemplateListResponse",
    "MasterEmailTemplateResponse",
    "MasterEmailTemplateThumbnail",
    "MessageStatistics",
    "MessageStatisticsResponse",
    "MmsCampaign",
    "MmsCampaignPage",
    "MmsCampaignPageResponse",
    "MmsCampaignResponse",
    "MmsMessage",
    "MmsMessageInput",
    "MmsMessagePage",
    "MmsMessagePageResponse",
    "MmsSendResult",
    "MmsSendResultResponse",
    "NumberRegistrationInput",
    "OwnNumber",
    "OwnNumberList",
    "OwnNumberVerification",
    "Page",
    "PageLinks",
    "Postcard",
    "PostcardPage",
    "PostcardPageResponse",
    "PostcardSendResult",
    "PostcardSendResultResponse",
    "PostLetter",
    "PostLetterPage",
    "PostLetterPageResponse",
    "PostLetterSendResult",
    "PostLetterSendResultResponse",
    "PostRecipientInput",
    "PreviewContactImportBody",
    "PurchasedNumber",
    "PurchasedNumberResponse",
    "RechargePackage",
    "RechargePackages",
    "RechargePackagesResponse",
    "RechargeResult",
    "RechargeResultResponse",
    "ReferralAccount",
    "ReferralAccountPage",
    "ReferralAccountPageResponse",
    "RegisterNumbersBody",
    "RemovedContacts",
    "RemovedContactsResponse",
    "RemoveDuplicateContactsBody",
    "RemoveDuplicateContactsBodyFieldsType0Item",
    "RemoveDuplicateContactsBodyFieldsType1",
    "RepresentativeInput",
    "RequestAlphaTagBody",
    "RequestOwnNumberVerificationBody",
    "ResellerSettings",
    "ResellerSettingsResponse",
    "ReturnAddress",
    "ReturnAddressPage",
    "ReturnAddressPageResponse",
    "ReturnAddressResponse",
    "SearchAvailableNumbersSearchType",
    "SelectCountriesBody",
    "SendAccountActivationTokenBody",
    "SendDirectMailCampaignBody",
    "SendEmailBody",
    "SendEmailCampaignBody",
    "SendFaxBody",
    "SendMmsBody",
    "SendMmsCampaignBody",
    "SendPostcardBody",
    "SendPostLetterBody",
    "SendPostLetterBodyColour",
    "SendPostLetterBodyDuplex",
    "SendPostLetterBodyPriorityPost",
    "SendPostLetterBodyTemplateUsed",
    "SendSmsBody",
    "SendSmsCampaignBody",
    "SendVoiceBody",
    "ShortUrlContact",
    "ShortUrlLinkCounts",
    "ShortUrlOpen",
    "ShortUrlStatistics",
    "ShortUrlStatisticsList",
    "ShortUrlTrackingPage",
    "SmsCampaign",
    "SmsCampaignLinkCounts",
    "SmsCampaignLinkStatistics",
    "SmsCampaignLinkStatisticsResponse",
    "SmsCampaignLinkTrackingPage",
    "SmsCampaignLinkTrackingPageResponse",
    "SmsCampaignPage",
    "SmsCampaignPageResponse",
    "SmsCampaignResponse",
    "SmsMessage",
    "SmsMessageInput",
    "SmsMessagePage",
    "SmsMessagePageResponse",
    "SmsSender",
    "SmsSenderSenderType",
    "SmsSendResult",
    "SmsSendResultResponse",
    "SmsTemplate",
    "SmsTemplatePage",
    "SmsTemplatePageResponse",
    "SmsTemplateResponse",
    "StatisticsBucket",
    "StatisticsDay",
    "StringListResponse",
    "StrippedString",
    "StrippedStringPage",
    "StrippedStringPageResponse",
    "StrippedStringResponse",
    "Subaccount",
    "SubaccountPage",
    "SubaccountPageResponse",
    "SubaccountResponse",
    "TemplateCategory",
    "TemplateCategoryListResponse",
    "TemplateCategoryResponse",
    "Transaction",
    "TransactionalEmail",
    "TransactionalEmailPage",
    "TransactionalEmailPageResponse",
    "TransactionalEmailResponse",
    "TransactionPage",
    "TransactionPageResponse",
    "TransactionResponse",
    "TransferResellerCreditBody",
    "UpdateAccountBody",
    "UpdateContactBody",
    "UpdateContactListBody",
    "UpdateCreditCardBody",
    "UpdateDefaultSenderBody",
    "UpdatedResellerSettingsResponse",
    "UpdateEmailCampaignBody",
    "UpdateEmailReceiptRuleBody",
    "UpdateEmailReceiptRuleBodyAction",
    "UpdateEmailReceiptRuleBodyEnabled",
    "UpdateEmailTemplateBody",
    "UpdateEmailToSmsAddressBody",
    "UpdateFaxInboundRuleBody",
    "UpdateFaxInboundRuleBodyAction",
    "UpdateFaxInboundRuleBodyEnabled",
    "UpdateFaxReceiptRuleBody",
    "UpdateFaxReceiptRuleBodyAction",
    "UpdateFaxReceiptRuleBodyEnabled",
    "UpdateMmsCampaignBody",
    "UpdateOwnNumberBody",
    "UpdateResellerAccountBody",
    "UpdateResellerSettingsBody",
    "UpdateResellerSettingsBodyAllowPublicSignups",
    "UpdateReturnAddressBody",
    "UpdateSmsCampaignBody",
    "UpdateSmsInboundRuleBody",
    "UpdateSmsInboundRuleBodyAction",
    "UpdateSmsInboundRuleBodyEnabled",
    "UpdateSmsInboundRuleBodyMessageSearchType",
    "UpdateSmsInboundRuleBodyWebhookType",
    "UpdateSmsReceiptRuleBody",
    "UpdateSmsReceiptRuleBodyAction",
    "UpdateSmsReceiptRuleBodyEnabled",
    "UpdateSmsTemplateBody",
    "UpdateStrippedStringRuleBody",
    "UpdateSubaccountBody",
    "UpdateSubaccountBodyAccessSms",
    "UpdateSubaccountBodyShareCampaigns",
    "UpdateVoiceReceiptRuleBody",
    "UpdateVoiceReceiptRuleBodyAction",
    "UpdateVoiceReceiptRuleBodyEnabled",
    "UploadedFile",
    "UploadedFileResponse",
    "UploadEmailTemplateImageBody",
    "UploadFileBody",
    "UploadFileConvert",
    "UrlResponse",
    "UsageRow",
    "UsageTotal",
    "VerifyForgotPasswordBody",
    "VerifyOwnNumberBody",
    "VoiceLanguage",
    "VoiceLanguageListResponse",
    "VoiceMessage",
    "VoiceMessageInput",
    "VoiceMessageInputMachineDetection",
    "VoiceMessageInputRequireInput",
    "VoiceMessageInputVoice",
    "VoiceMessagePage",
    "VoiceMessagePageResponse",
    "VoiceSendResult",
    "VoiceSendResultResponse",
)


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(__all__)
