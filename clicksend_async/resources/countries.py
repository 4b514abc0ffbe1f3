"""The ``countries`` operations of the ClickSend API as methods (generated from the spec: do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._blocking import SyncResource, blocking
from .._resource import Resource
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.country import Country
    from ..models.country_pricing import CountryPricing
    from ..models.global_sending_country import GlobalSendingCountry


class CountriesResource(Resource):
    """The ``countries`` operations: ``cs.countries.<operation>(...)``."""

    async def list_countries(
        self,
        *,
        request_timeout: float | None = None,
    ) -> list[Country] | None:
        """Get All Countries

        Tool to retrieve all available country codes that ClickSend supports. Use when you need to get a list of
        countries for international messaging services.

        ``GET /countries``; catalogue action: CLICKSEND_GET_COUNTRIES.
        """
        result: list[Country] | None = await self._call("list_countries", {}, request_timeout)
        return result

    async def list_global_sending_countries(
        self,
        *,
        request_timeout: float | None = None,
    ) -> list[GlobalSendingCountry] | None:
        """List Countries

        Tool to retrieve the list of countries with IDs for global sending. Use when you need to select countries
        for international messaging operations.

        ``GET /country-list``; catalogue action: CLICKSEND_LIST_COUNTRIES_GET.
        """
        result: list[GlobalSendingCountry] | None = await self._call(
            "list_global_sending_countries", {}, request_timeout
        )
        return result

    async def get_selected_countries(
        self,
        *,
        request_timeout: float | None = None,
    ) -> list[GlobalSendingCountry] | None:
        """Get User Countries

        Tool to retrieve the list of selected countries for Global Sending. Use when you need to view which
        countries are currently enabled for international messaging.

        ``GET /user-countries``; catalogue action: CLICKSEND_USER_COUNTRIES_GET.
        """
        result: list[GlobalSendingCountry] | None = await self._call("get_selected_countries", {}, request_timeout)
        return result

    async def select_countries(
        self,
        *,
        country_list_ids: list[int],
        request_timeout: float | None = None,
    ) -> Any:
        """Select User Countries

        Tool to select countries for Global SMS/MMS sending. Use when you need to configure which countries are
        enabled for international messaging. To remove/unselect a country, exclude its ID from the array.

        ``POST /user-countries``; catalogue action: CLICKSEND_USER_COUNTRIES_POST.

        Args:
            country_list_ids: (body, required) Array of country IDs to enable for SMS/MMS sending. Country IDs can be obtained from GET /country-list endpoint. To remove/unselect a country, exclude its ID from this array.

        """
        result: Any = await self._call(
            "select_countries",
            {
                "country_list_ids": country_list_ids,
            },
            request_timeout,
        )
        return result

    async def agree_to_country_rules(
        self,
        *,
        request_timeout: float | None = None,
    ) -> Any:
        """Agree to User Countries Rules

        Tool to agree on rules and regulations for selected countries in Global Sending. Use when you need to
        confirm acceptance of terms and conditions for countries selected for international messaging.

        ``POST /user-countries/agree``; catalogue action: CLICKSEND_USER_COUNTRIES_AGREE_POST.
        """
        result: Any = await self._call("agree_to_country_rules", {}, request_timeout)
        return result

    async def get_country_pricing(
        self,
        *,
        country: str,
        currency: str | Unset = UNSET,
        request_timeout: float | None = None,
    ) -> CountryPricing | None:
        """Get Country Pricing

        Tool to retrieve pricing information for a specific country. Use when you need to check rates for SMS, MMS,
        and voice services in a particular country and currency.

        ``GET /pricing/{country}``; catalogue action: CLICKSEND_GET_PRICING.

        Args:
            country: (path, required)

            currency: (query)

        """
        result: CountryPricing | None = await self._call(
            "get_country_pricing",
            {
                "country": country,
                "currency": currency,
            },
            request_timeout,
        )
        return result

    async def list_timezones(
        self,
        *,
        request_timeout: float | None = None,
    ) -> list[float | None | str] | None:
        """Get Supported Timezones

        Tool to retrieve supported list of timezones. Use when you need to get available timezones for scheduling or
        configuration purposes.

        ``GET /timezones``; catalogue action: CLICKSEND_GET_TIMEZONES.
        """
        result: list[float | None | str] | None = await self._call("list_timezones", {}, request_timeout)
        return result


class SyncCountriesResource(SyncResource):
    """The ``countries`` operations, blocking: ``cs.countries.<operation>(...)`` on a ``ClickSendSync``."""

    list_countries = blocking(CountriesResource.list_countries)
    list_global_sending_countries = blocking(CountriesResource.list_global_sending_countries)
    get_selected_countries = blocking(CountriesResource.get_selected_countries)
    select_countries = blocking(CountriesResource.select_countries)
    agree_to_country_rules = blocking(CountriesResource.agree_to_country_rules)
    get_country_pricing = blocking(CountriesResource.get_country_pricing)
    list_timezones = blocking(CountriesResource.list_timezones)
