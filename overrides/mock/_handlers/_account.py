"""The account itself, reseller settings, subaccount keys, recharge, usage and verification."""

from __future__ import annotations

from collections.abc import Container
from decimal import Decimal
from typing import Any

from .._envelope import NotFound, page
from .._records import CURRENCY
from .._request import BadRequest, Request
from .._state import Collection, Store
from .._text import money, money_number
from ._base import Reply, acknowledge, handles

_PACKAGES = {1: Decimal("20.00"), 2: Decimal("50.00"), 3: Decimal("200.00")}


def account(store: Store, username: str = "mock-user") -> dict[str, Any]:
    """The Account record as GET /account shows it now (the balance falls as messages are sent)."""
    base = {
        "user_id": 1,
        "username": username,
        "user_email": "mock@example.com",
        "active": 1,
        "banned": 0,
        "balance": money(store.balance),
        "reply_to": "originalemail",
        "delivery_to": None,
        "account": 1,
        "account_name": "Mock Account",
        "account_billing_email": "billing@example.com",
        "account_billing_mobile": "+61411111111",
        "default_country_sms": store.config.default_country,
        "auto_recharge": 0,
        "auto_recharge_amount": "20.0000",
        "low_credit_amount": "5.0000",
        "setting_unicode_sms": 0,
        "setting_email_sms_subject": 0,
        "setting_fix_sender_id": 0,
        "setting_sms_message_char_limit": 6,
        "old_dashboard": 0,
        "balance_commission": "0.0000",
        "timezone": "Australia/Melbourne",
        "private_uploads": 0,
        "fax_quality": 0,
        "setting_sms_hide_your_number": 0,
        "setting_sms_hide_business_name": 0,
        "_currency": dict(CURRENCY, currency_name_short=store.config.currency),
        "_subaccount": None,
    }
    return {**base, **store.account}


@handles("get_account")
def get_account(store: Store, req: Request) -> Reply:
    return Reply(account(store, req.username))


@handles("create_account")
def create_account(store: Store, req: Request) -> Reply:
    """A new account: stored (ids from 2; 1 is the mock's own), without credit; a taken username is a 400."""
    opened = store.collection("accounts", "user_id")
    if opened.next_id == 1:
        opened.next_id = 2
    taken = {store.account.get("username", "mock-user"), *store.config.accounts}
    taken |= {a["username"] for a in opened.values()}
    if req.body["username"] in taken:
        raise BadRequest("This username is already taken.", [{"field": "username", "message": "taken"}])
    details = {k: v for k, v in req.body.items() if k != "password"}  # never echoed back
    record = opened.add(dict(details, active=1, banned=0, balance="0.0000", account=None))
    return Reply(
        dict(record, _currency=dict(CURRENCY, currency_name_short=store.config.currency)), "Account created."
    )


def _update_known(target: dict[str, Any], body: dict[str, Any], known: Container[str]) -> None:
    """Set in ``target`` the fields of ``body`` that ``known`` has and that are given (not None)."""
    target.update({k: v for k, v in body.items() if k in known and v is not None})


def _change_account(store: Store, body: dict[str, Any]) -> None:
    """Apply the account fields of ``body`` (the others are left to the caller)."""
    _update_known(store.account, body, account(store))


@handles("update_account")
def update_account(store: Store, req: Request) -> Reply:
    _change_account(store, req.body)
    return Reply(account(store, req.username), "Account updated.")


@handles("verify_account")
def verify_account(store: Store, req: Request) -> Reply:
    return Reply(account(store, req.username), "Account verified.")


def reseller_settings(store: Store) -> dict[str, Any]:
    """The reseller settings as PUT /reseller answers them (Apiary): the values as they were sent."""
    settings = dict(store.reseller)
    settings["logo_url"] = settings["logo_url_light"]  # Apiary's GET shows one logo_url; PUT sets both
    return settings


@handles("get_reseller_settings")
def get_reseller_settings(store: Store, req: Request) -> Reply:
    """Apiary: data is a list holding the settings, trial_balance as text ("500.00")."""
    settings = reseller_settings(store)
    settings["trial_balance"] = f"{Decimal(str(settings['trial_balance'])):.2f}"
    return Reply([settings], "Your result.")


@handles("update_reseller_settings")
def update_reseller_settings(store: Store, req: Request) -> Reply:
    """Apiary's settings fields change the settings; the catalogue's account fields change the account."""
    _update_known(store.reseller, req.body, store.reseller)
    _change_account(store, req.body)
    return Reply(reseller_settings(store), "Your setting has been updated.")


@handles("list_referral_accounts")
def list_empty(store: Store, req: Request) -> Reply:
    return Reply(page([], req.query))


def _clients(store: Store) -> Collection:
    return store.collection("reseller_accounts", "user_id")


_CLIENT_FIELDS = ("username", "user_email", "user_phone", "user_first_name", "user_last_name", "account_name")


@handles("create_reseller_account")
def create_reseller_account(store: Store, req: Request) -> Reply:
    body = req.body
    if any(c["username"] == body["username"] for c in _clients(store).values()):
        raise BadRequest("That username is taken.", [{"field": "username", "message": "is taken"}])
    record = {k: v for k, v in account(store).items() if k not in store.account and k not in store.reseller}
    record.update({k: body[k] for k in _CLIENT_FIELDS}, active=0, account=0, balance=money(Decimal(0)))
    record.update(
        country=body["country"],
        default_country_sms=body["country"],
        account_billing_email=body["user_email"],
        account_billing_mobile=body["user_phone"],
    )
    return Reply(dict(_clients(store).add(record)), "New reseller account has been added.")


@handles("get_reseller_account")
def get_reseller_account(store: Store, req: Request) -> Reply:
    return Reply(dict(_clients(store).get(req.path["client_user_id"])))


@handles("update_reseller_account")
def update_reseller_account(store: Store, req: Request) -> Reply:
    record = _clients(store).get(req.path["client_user_id"])
    _update_known(record, req.body, (*_CLIENT_FIELDS, "country"))
    return Reply(dict(record), "Reseller account has been updated.")


@handles("transfer_reseller_credit")
def transfer_reseller_credit(store: Store, req: Request) -> Reply:
    record = _clients(store).get(req.body["client_user_id"])
    amount = Decimal(str(req.body["balance"]))
    if str(req.body["currency"]).upper() != store.config.currency:
        raise BadRequest(
            f"Transfers are made in {store.config.currency}.", [{"field": "currency", "message": "differs"}]
        )
    if amount <= 0 or amount > store.balance:
        raise BadRequest("Insufficient credit.", [{"field": "balance", "message": "INSUFFICIENT_CREDIT"}])
    store.balance -= amount
    record["balance"] = money(Decimal(record["balance"]) + amount)
    return Reply(dict(record), "Credit has been transferred.")


@handles("list_reseller_accounts")
def list_reseller_accounts(store: Store, req: Request) -> Reply:
    return Reply(page([dict(c) for c in _clients(store).values()], req.query))


@handles("send_account_activation_token")
def send_account_activation_token(store: Store, req: Request) -> Reply:
    data = {
        "user_phone": req.body.get("user_phone", store.account["user_phone"]),
        "type": req.body.get("type", "sms"),
        "country": req.body.get("country", store.config.default_country),
        "activation_token": None,
    }
    return Reply(data, "Activation token sent.")


@handles("forgot_password", "verify_forgot_password", "forgot_username")
def account_recovery(store: Store, req: Request) -> Reply:
    return acknowledge(req, "If the account exists, we have sent instructions.")


@handles("regenerate_subaccount_api_key")
def regenerate_subaccount_api_key(store: Store, req: Request) -> Reply:
    record = store.collection("subaccounts", "subaccount_id").get(req.path["subaccount_id"])
    record["api_key"] = store.new_key()
    return Reply(dict(record), "A new API key has been generated.")


@handles("get_account_usage_by_subaccount")
def get_account_usage_by_subaccount(store: Store, req: Request) -> Reply:
    count, price = 0, Decimal(0)
    for message in store.messages:
        if message.kind == "sms" and not message.cancelled:
            count, price = count + 1, price + message.price
    # v6: total_count text ("29.00"), total_price a number; Apiary has both as text
    row = {
        "subaccount_id": None,
        "username": "mock-user",
        "total_count": f"{count}.00",
        "total_price": money_number(price),
    }
    empty = {"count": 0, "price": 0}
    data: dict[str, Any] = {k: [] for k in ("mms", "voice", "fax", "post", "email")}
    data.update({f"{k}_total": dict(empty) for k in ("mms", "voice", "fax", "post", "email")})
    data.update(sms=[row], sms_total={"count": count, "price": money_number(price)})
    return Reply(data)


@handles("get_credit_card")
def get_credit_card(store: Store, req: Request) -> Reply:
    return Reply(dict(store.credit_card))


@handles("update_credit_card")
def update_credit_card(store: Store, req: Request) -> Reply:
    number = str(req.body["number"])
    store.credit_card = {
        "display_number": "XXXX-XXXX-XXXX-" + number[-4:],
        "expiry_month": req.body["expiry_month"],
        "expiry_year": req.body["expiry_year"],
        "name": req.body["name"],
    }
    # v6 and Apiary: the answer is the processor's customer token, not the card (GET shows the card)
    return Reply({"token": f"cus_{store.new_key()[:22]}"}, "Your payment info has been updated.")


def _package(package_id: int, price: Decimal) -> dict[str, Any]:
    """v6 and Apiary: package_price is text, the unit prices are numbers."""
    rate = Decimal("0.0770")
    return {
        "package_id": package_id,
        "package_price": money(price),
        "sms_price": money_number(rate),
        "sms_quantity": int(price / rate),
        "voice_mobile_price": 0.11,
        "voice_mobile_quantity": int(price / Decimal("0.11")),
        "mms_price": 0.33,
        "mms_quantity": int(price / Decimal("0.33")),
        "fax_price": 0.15,
        "fax_quantity": int(price / Decimal("0.15")),
        "email_price": 0.005,
        "email_quantity": int(price / Decimal("0.005")),
        "post_letter_black_price": 1.25,
        "post_letter_colour_price": 1.65,
    }


@handles("list_recharge_packages")
def list_recharge_packages(store: Store, req: Request) -> Reply:
    packages = [_package(pid, price) for pid, price in _PACKAGES.items()]
    return Reply({"packages": packages, "currency": dict(CURRENCY), "_currency": dict(CURRENCY)})


@handles("purchase_recharge_package")
def purchase_recharge_package(store: Store, req: Request) -> Reply:
    price = _PACKAGES.get(req.path["package_id"])
    if price is None:
        raise NotFound(f"No recharge package {req.path['package_id']}.")
    store.balance += price
    number = len(store.transactions) + 1
    transaction = {
        "transaction_id": f"TX{number:06d}",
        "invoice_number": f"INV{number:06d}",
        "amount": money_number(price),  # v6 a number (50), Apiary text ("50.00"); 6.0.2 reads a number
        "currency": store.config.currency,
        "date": int(store.now()),
    }
    store.transactions[str(transaction["transaction_id"])] = transaction
    return Reply(dict(transaction), "Your account has been recharged.")


@handles("list_recharge_transactions")
def list_recharge_transactions(store: Store, req: Request) -> Reply:
    return Reply(page([dict(t) for t in store.transactions.values()], req.query))


@handles("get_recharge_transaction")
def get_recharge_transaction(store: Store, req: Request) -> Reply:
    transaction = store.transactions.get(str(req.path["transaction_id"]))
    if transaction is None:
        raise NotFound(f"No transaction {req.path['transaction_id']}.")
    return Reply(dict(transaction))
