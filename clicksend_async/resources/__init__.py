"""One resource object per tag of the spec, created on first use, and ``call`` / ``paginate`` (generated from
the spec: do not edit).

``Resources`` gives ``ClickSend`` its ``cs.sms``, ``cs.contacts`` ...; ``SyncResources`` gives ``ClickSendSync``
the blocking twins. A tag's module (and the models it names) is imported only when its property is first read.
The types (``call`` / ``paginate`` overloaded by operationId) are in ``__init__.pyi``, so that importing the
client does not read them.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from functools import cached_property
from types import ModuleType
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from .._blocking import Portal
    from .._client import ClickSend
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

#: The tags of the spec, each a property of both clients.
TAGS = (
    "account",
    "automations",
    "contacts",
    "countries",
    "delivery_issues",
    "email",
    "email_campaigns",
    "email_to_sms",
    "fax",
    "mms",
    "mms_campaigns",
    "numbers",
    "post",
    "recharge",
    "reseller",
    "senders",
    "short_urls",
    "sms",
    "sms_campaigns",
    "statistics",
    "subaccounts",
    "uploads",
    "voice",
)

#: What ``call`` and ``paginate`` accept besides a literal operationId (typed ``Any`` then).
Operation = str | ModuleType | Callable[..., Any]


class Resources:
    """The resource properties of ``ClickSend``, and its ``call`` / ``paginate`` typed by operationId."""

    @cached_property
    def account(self) -> AccountResource:
        """The 9 ``account`` operations."""
        from .account import AccountResource

        return AccountResource(cast("ClickSend", self))

    @cached_property
    def automations(self) -> AutomationsResource:
        """The 30 ``automations`` operations."""
        from .automations import AutomationsResource

        return AutomationsResource(cast("ClickSend", self))

    @cached_property
    def contacts(self) -> ContactsResource:
        """The 20 ``contacts`` operations."""
        from .contacts import ContactsResource

        return ContactsResource(cast("ClickSend", self))

    @cached_property
    def countries(self) -> CountriesResource:
        """The 7 ``countries`` operations."""
        from .countries import CountriesResource

        return CountriesResource(cast("ClickSend", self))

    @cached_property
    def delivery_issues(self) -> DeliveryIssuesResource:
        """The 2 ``delivery_issues`` operations."""
        from .delivery_issues import DeliveryIssuesResource

        return DeliveryIssuesResource(cast("ClickSend", self))

    @cached_property
    def email(self) -> EmailResource:
        """The 22 ``email`` operations."""
        from .email import EmailResource

        return EmailResource(cast("ClickSend", self))

    @cached_property
    def email_campaigns(self) -> EmailCampaignsResource:
        """The 8 ``email_campaigns`` operations."""
        from .email_campaigns import EmailCampaignsResource

        return EmailCampaignsResource(cast("ClickSend", self))

    @cached_property
    def email_to_sms(self) -> EmailToSmsResource:
        """The 10 ``email_to_sms`` operations."""
        from .email_to_sms import EmailToSmsResource

        return EmailToSmsResource(cast("ClickSend", self))

    @cached_property
    def fax(self) -> FaxResource:
        """The 8 ``fax`` operations."""
        from .fax import FaxResource

        return FaxResource(cast("ClickSend", self))

    @cached_property
    def mms(self) -> MmsResource:
        """The 9 ``mms`` operations."""
        from .mms import MmsResource

        return MmsResource(cast("ClickSend", self))

    @cached_property
    def mms_campaigns(self) -> MmsCampaignsResource:
        """The 6 ``mms_campaigns`` operations."""
        from .mms_campaigns import MmsCampaignsResource

        return MmsCampaignsResource(cast("ClickSend", self))

    @cached_property
    def numbers(self) -> NumbersResource:
        """The 10 ``numbers`` operations."""
        from .numbers import NumbersResource

        return NumbersResource(cast("ClickSend", self))

    @cached_property
    def post(self) -> PostResource:
        """The 20 ``post`` operations."""
        from .post import PostResource

        return PostResource(cast("ClickSend", self))

    @cached_property
    def recharge(self) -> RechargeResource:
        """The 6 ``recharge`` operations."""
        from .recharge import RechargeResource

        return RechargeResource(cast("ClickSend", self))

    @cached_property
    def reseller(self) -> ResellerResource:
        """The 8 ``reseller`` operations."""
        from .reseller import ResellerResource

        return ResellerResource(cast("ClickSend", self))

    @cached_property
    def senders(self) -> SendersResource:
        """The 10 ``senders`` operations."""
        from .senders import SendersResource

        return SendersResource(cast("ClickSend", self))

    @cached_property
    def short_urls(self) -> ShortUrlsResource:
        """The 2 ``short_urls`` operations."""
        from .short_urls import ShortUrlsResource

        return ShortUrlsResource(cast("ClickSend", self))

    @cached_property
    def sms(self) -> SmsResource:
        """The 20 ``sms`` operations."""
        from .sms import SmsResource

        return SmsResource(cast("ClickSend", self))

    @cached_property
    def sms_campaigns(self) -> SmsCampaignsResource:
        """The 9 ``sms_campaigns`` operations."""
        from .sms_campaigns import SmsCampaignsResource

        return SmsCampaignsResource(cast("ClickSend", self))

    @cached_property
    def statistics(self) -> StatisticsResource:
        """The 2 ``statistics`` operations."""
        from .statistics import StatisticsResource

        return StatisticsResource(cast("ClickSend", self))

    @cached_property
    def subaccounts(self) -> SubaccountsResource:
        """The 6 ``subaccounts`` operations."""
        from .subaccounts import SubaccountsResource

        return SubaccountsResource(cast("ClickSend", self))

    @cached_property
    def uploads(self) -> UploadsResource:
        """The 1 ``uploads`` operation."""
        from .uploads import UploadsResource

        return UploadsResource(cast("ClickSend", self))

    @cached_property
    def voice(self) -> VoiceResource:
        """The 11 ``voice`` operations."""
        from .voice import VoiceResource

        return VoiceResource(cast("ClickSend", self))

    async def call(self, op: Operation, *, request_timeout: float | None = None, **params: Any) -> Any:
        """Call any operation by operationId (or generated function), with wire parameter names.

        Returns the parsed ``data`` model (the parsed body itself for the few operations that answer without
        ClickSend's envelope, ``None`` for an empty answer); an error status raises the matching ``APIError``,
        an unknown operationId ``UnknownOperationError`` naming the closest ones. ``request_timeout``
        (seconds) replaces the client's timeout for this call's requests. The typed twin of every operation
        is a method of its resource: ``cs.<tag>.<operationId>(...)``.
        """
        return await cast("ClickSend", self)._call_data(op, params, request_timeout)

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
        """Every record of a paginated list operation, fetched page by page in the style its spec declares.

        ``limit`` is the page size, sent as the operation's own size parameter (``limit``, ``page_size`` or
        ``per_page``) and checked against its bounds (15..100 for numbered pages). ``first_page`` applies to
        numbered pages; linked pages always start at the first. ``max_items`` stops early; ``read_ahead``
        numbered pages are fetched at once (default: the client's ``max_concurrency``).
        """
        return cast("ClickSend", self)._paginate_records(
            op,
            params,
            limit=limit,
            max_items=max_items,
            read_ahead=read_ahead,
            first_page=first_page,
            request_timeout=request_timeout,
        )


class SyncResources:
    """The resource properties of ``ClickSendSync`` and its typed ``call`` / ``paginate``: the blocking
    twins of ``Resources``."""

    _async: ClickSend
    _portal: Portal

    @cached_property
    def account(self) -> SyncAccountResource:
        """The 9 ``account`` operations, blocking."""
        from .account import SyncAccountResource

        return SyncAccountResource(self._async.account, self._portal)

    @cached_property
    def automations(self) -> SyncAutomationsResource:
        """The 30 ``automations`` operations, blocking."""
        from .automations import SyncAutomationsResource

        return SyncAutomationsResource(self._async.automations, self._portal)

    @cached_property
    def contacts(self) -> SyncContactsResource:
        """The 20 ``contacts`` operations, blocking."""
        from .contacts import SyncContactsResource

        return SyncContactsResource(self._async.contacts, self._portal)

    @cached_property
    def countries(self) -> SyncCountriesResource:
        """The 7 ``countries`` operations, blocking."""
        from .countries import SyncCountriesResource

        return SyncCountriesResource(self._async.countries, self._portal)

    @cached_property
    def delivery_issues(self) -> SyncDeliveryIssuesResource:
        """The 2 ``delivery_issues`` operations, blocking."""
        from .delivery_issues import SyncDeliveryIssuesResource

        return SyncDeliveryIssuesResource(self._async.delivery_issues, self._portal)

    @cached_property
    def email(self) -> SyncEmailResource:
        """The 22 ``email`` operations, blocking."""
        from .email import SyncEmailResource

        return SyncEmailResource(self._async.email, self._portal)

    @cached_property
    def email_campaigns(self) -> SyncEmailCampaignsResource:
        """The 8 ``email_campaigns`` operations, blocking."""
        from .email_campaigns import SyncEmailCampaignsResource

        return SyncEmailCampaignsResource(self._async.email_campaigns, self._portal)

    @cached_property
    def email_to_sms(self) -> SyncEmailToSmsResource:
        """The 10 ``email_to_sms`` operations, blocking."""
        from .email_to_sms import SyncEmailToSmsResource

        return SyncEmailToSmsResource(self._async.email_to_sms, self._portal)

    @cached_property
    def fax(self) -> SyncFaxResource:
        """The 8 ``fax`` operations, blocking."""
        from .fax import SyncFaxResource

        return SyncFaxResource(self._async.fax, self._portal)

    @cached_property
    def mms(self) -> SyncMmsResource:
        """The 9 ``mms`` operations, blocking."""
        from .mms import SyncMmsResource

        return SyncMmsResource(self._async.mms, self._portal)

    @cached_property
    def mms_campaigns(self) -> SyncMmsCampaignsResource:
        """The 6 ``mms_campaigns`` operations, blocking."""
        from .mms_campaigns import SyncMmsCampaignsResource

        return SyncMmsCampaignsResource(self._async.mms_campaigns, self._portal)

    @cached_property
    def numbers(self) -> SyncNumbersResource:
        """The 10 ``numbers`` operations, blocking."""
        from .numbers import SyncNumbersResource

        return SyncNumbersResource(self._async.numbers, self._portal)

    @cached_property
    def post(self) -> SyncPostResource:
        """The 20 ``post`` operations, blocking."""
        from .post import SyncPostResource

        return SyncPostResource(self._async.post, self._portal)

    @cached_property
    def recharge(self) -> SyncRechargeResource:
        """The 6 ``recharge`` operations, blocking."""
        from .recharge import SyncRechargeResource

        return SyncRechargeResource(self._async.recharge, self._portal)

    @cached_property
    def reseller(self) -> SyncResellerResource:
        """The 8 ``reseller`` operations, blocking."""
        from .reseller import SyncResellerResource

        return SyncResellerResource(self._async.reseller, self._portal)

    @cached_property
    def senders(self) -> SyncSendersResource:
        """The 10 ``senders`` operations, blocking."""
        from .senders import SyncSendersResource

        return SyncSendersResource(self._async.senders, self._portal)

    @cached_property
    def short_urls(self) -> SyncShortUrlsResource:
        """The 2 ``short_urls`` operations, blocking."""
        from .short_urls import SyncShortUrlsResource

        return SyncShortUrlsResource(self._async.short_urls, self._portal)

    @cached_property
    def sms(self) -> SyncSmsResource:
        """The 20 ``sms`` operations, blocking."""
        from .sms import SyncSmsResource

        return SyncSmsResource(self._async.sms, self._portal)

    @cached_property
    def sms_campaigns(self) -> SyncSmsCampaignsResource:
        """The 9 ``sms_campaigns`` operations, blocking."""
        from .sms_campaigns import SyncSmsCampaignsResource

        return SyncSmsCampaignsResource(self._async.sms_campaigns, self._portal)

    @cached_property
    def statistics(self) -> SyncStatisticsResource:
        """The 2 ``statistics`` operations, blocking."""
        from .statistics import SyncStatisticsResource

        return SyncStatisticsResource(self._async.statistics, self._portal)

    @cached_property
    def subaccounts(self) -> SyncSubaccountsResource:
        """The 6 ``subaccounts`` operations, blocking."""
        from .subaccounts import SyncSubaccountsResource

        return SyncSubaccountsResource(self._async.subaccounts, self._portal)

    @cached_property
    def uploads(self) -> SyncUploadsResource:
        """The 1 ``uploads`` operation, blocking."""
        from .uploads import SyncUploadsResource

        return SyncUploadsResource(self._async.uploads, self._portal)

    @cached_property
    def voice(self) -> SyncVoiceResource:
        """The 11 ``voice`` operations, blocking."""
        from .voice import SyncVoiceResource

        return SyncVoiceResource(self._async.voice, self._portal)

    def call(self, op: Operation, *, request_timeout: float | None = None, **params: Any) -> Any:
        """Call any operation by operationId with wire parameter names (see ``ClickSend.call``), blocking."""
        return self._portal.call(self._async.call, op, request_timeout=request_timeout, **params)

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
        """Every record of a paginated list operation (see ``ClickSend.paginate``), blocking."""
        from .._blocking import iterate_blocking

        options: Mapping[str, Any] = {
            "limit": limit,
            "max_items": max_items,
            "read_ahead": read_ahead,
            "first_page": first_page,
            "request_timeout": request_timeout,
        }
        return iterate_blocking(lambda: self._async.paginate(op, **options, **params), self._portal)
