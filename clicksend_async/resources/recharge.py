"""The ``recharge`` operations of the ClickSend API as methods (generated from the spec: do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._blocking import SyncResource, blocking, blocking_pages
from .._resource import AsyncPaginator, Resource
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.credit_card import CreditCard
    from ..models.credit_card_token import CreditCardToken
    from ..models.recharge_packages import RechargePackages
    from ..models.recharge_result import RechargeResult
    from ..models.transaction import Transaction
    from ..models.transaction_page import TransactionPage


class RechargeResource(Resource):
    """The ``recharge`` operations: ``cs.recharge.<operation>(...)``."""

    async def get_credit_card(
        self,
        *,
        request_timeout: float | None = None,
    ) -> CreditCard | None:
        """Get Recharge Credit Card Info

        Tool to retrieve stored credit card payment information in tokenized form. Use when you need to view the
        masked credit card details, expiry date, and cardholder name for recharge operations.

        ``GET /recharge/credit-card``; catalogue action: CLICKSEND_UPDATE_RECHARGE_CREDIT_CARD.
        """
        result: CreditCard | None = await self._call("get_credit_card", {}, request_timeout)
        return result

    async def update_credit_card(
        self,
        *,
        cvc: int,
        name: str,
        number: str,
        bank_name: str,
        expiry_year: int,
        expiry_month: int,
        request_timeout: float | None = None,
    ) -> CreditCardToken | None:
        """Update Recharge Credit Card Info

        Tool to update credit card payment information for account recharge. Use when you need to modify the stored
        credit card details used for auto-recharge or manual recharge operations. ClickSend stores only a secure
        token, not the actual card number.

        ``PUT /recharge/credit-card``; catalogue action: CLICKSEND_UPDATE_RECHARGE_CREDIT_CARD2.

        Args:
            cvc: (body, required) CVC security code on the credit card (3 or 4 digits)

            name: (body, required) Name printed on the credit card

            number: (body, required) Credit card number (e.g., '5520000000000000'). ClickSend does not store this, only a token.

            bank_name: (body, required) Name of the bank that issued the credit card

            expiry_year: (body, required) Credit card expiry year (4-digit format, e.g., 2026)

            expiry_month: (body, required) Credit card expiry month (1-12)

        """
        result: CreditCardToken | None = await self._call(
            "update_credit_card",
            {
                "cvc": cvc,
                "name": name,
                "number": number,
                "bank_name": bank_name,
                "expiry_year": expiry_year,
                "expiry_month": expiry_month,
            },
            request_timeout,
        )
        return result

    async def list_recharge_packages(
        self,
        *,
        country: str | Unset = UNSET,
        request_timeout: float | None = None,
    ) -> RechargePackages | None:
        """Get Recharge Packages

        Tool to retrieve all available recharge packages from ClickSend. Use when you need to view pricing and
        quantity information for SMS, voice, fax, email, and postal mail services.

        ``GET /recharge/packages``; catalogue action: CLICKSEND_RECHARGE_PACKAGES_GET.

        Args:
            country: (query)

        """
        result: RechargePackages | None = await self._call(
            "list_recharge_packages",
            {
                "country": country,
            },
            request_timeout,
        )
        return result

    async def purchase_recharge_package(
        self,
        *,
        package_id: int,
        request_timeout: float | None = None,
    ) -> RechargeResult | None:
        """Purchase Recharge Package

        Tool to purchase a recharge package by package ID. Use when you need to add credits to a ClickSend account
        by purchasing a pre-defined package.

        ``PUT /recharge/purchase/{package_id}``; catalogue action: CLICKSEND_RECHARGE_PURCHASE_BY_PACKAGE_ID_PUT.

        Args:
            package_id: (path, required)

        """
        result: RechargeResult | None = await self._call(
            "purchase_recharge_package",
            {
                "package_id": package_id,
            },
            request_timeout,
        )
        return result

    def list_recharge_transactions(
        self,
        *,
        page: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        max_items: int | None = None,
        read_ahead: int | None = None,
        request_timeout: float | None = None,
    ) -> AsyncPaginator[TransactionPage | None, Transaction]:
        """Get All Recharge Transactions

        Tool to retrieve all recharge transactions from ClickSend account with pagination support. Use when you need
        to view transaction history including amounts, currencies, and dates.

        ``GET /recharge/transactions``; catalogue action: CLICKSEND_RECHARGE_TRANSACTIONS_GET.

        Paginated: ``await`` this for one page, or ``async for`` over it for every Transaction of every page
        (``limit`` sets the page size; ``max_items`` and ``read_ahead`` apply to the loop).

        Args:
            page: (query)

            limit: (query)

        """
        return self._paginate(
            "list_recharge_transactions",
            {
                "page": page,
                "limit": limit,
            },
            max_items=max_items,
            read_ahead=read_ahead,
            request_timeout=request_timeout,
        )

    async def get_recharge_transaction(
        self,
        *,
        transaction_id: str,
        request_timeout: float | None = None,
    ) -> Transaction | None:
        """Get Recharge Transaction by ID

        Tool to retrieve details of a specific recharge transaction by transaction ID. Use when you need to view
        transaction information such as amount, currency, invoice number, and date.

        ``GET /recharge/transactions/{transaction_id}``; catalogue action: CLICKSEND_RECHARGE_TRANSACTIONS_BY_TRANSACTION_ID_GET.

        Args:
            transaction_id: (path, required)

        """
        result: Transaction | None = await self._call(
            "get_recharge_transaction",
            {
                "transaction_id": transaction_id,
            },
            request_timeout,
        )
        return result


class SyncRechargeResource(SyncResource):
    """The ``recharge`` operations, blocking: ``cs.recharge.<operation>(...)`` on a ``ClickSendSync``."""

    get_credit_card = blocking(RechargeResource.get_credit_card)
    update_credit_card = blocking(RechargeResource.update_credit_card)
    list_recharge_packages = blocking(RechargeResource.list_recharge_packages)
    purchase_recharge_package = blocking(RechargeResource.purchase_recharge_package)
    list_recharge_transactions = blocking_pages(RechargeResource.list_recharge_transactions)
    get_recharge_transaction = blocking(RechargeResource.get_recharge_transaction)
