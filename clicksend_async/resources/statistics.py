"""The ``statistics`` operations of the ClickSend API as methods (generated from the spec: do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._blocking import SyncResource, blocking
from .._resource import Resource

if TYPE_CHECKING:
    from ..models.message_statistics import MessageStatistics


class StatisticsResource(Resource):
    """The ``statistics`` operations: ``cs.statistics.<operation>(...)``."""

    async def get_sms_statistics(
        self,
        *,
        request_timeout: float | None = None,
    ) -> MessageStatistics | None:
        """Get SMS Statistics

        Tool to retrieve SMS messaging statistics for your ClickSend account. Use when you need to view usage
        metrics, pricing data, and date-based breakdowns of SMS message activity including outbound, inbound, and
        bounced messages.

        ``GET /statistics/sms``; catalogue action: CLICKSEND_GET_STATISTICS_SMS.
        """
        result: MessageStatistics | None = await self._call("get_sms_statistics", {}, request_timeout)
        return result

    async def get_voice_statistics(
        self,
        *,
        request_timeout: float | None = None,
    ) -> MessageStatistics | None:
        """Get Voice Statistics

        Tool to retrieve voice messaging statistics for your ClickSend account. Use when you need to view usage
        metrics, pricing data, and date-based breakdowns of voice message activity.

        ``GET /statistics/voice``; catalogue action: CLICKSEND_GET_STATISTICS_VOICE.
        """
        result: MessageStatistics | None = await self._call("get_voice_statistics", {}, request_timeout)
        return result


class SyncStatisticsResource(SyncResource):
    """The ``statistics`` operations, blocking: ``cs.statistics.<operation>(...)`` on a ``ClickSendSync``."""

    get_sms_statistics = blocking(StatisticsResource.get_sms_statistics)
    get_voice_statistics = blocking(StatisticsResource.get_voice_statistics)
