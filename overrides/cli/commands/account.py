"""``clicksend-async account``: the account's details and balance."""

from __future__ import annotations

import argparse
from typing import Any

from ..._client import ClickSend
from .._output import table
from .._parser import add_command

FIELDS = ["user_id", "username", "account_name", "user_email", "country", "balance", "user_phone"]


def register(commands: argparse._SubParsersAction[Any]) -> None:
    add_command(commands, "account", help="the account's details and balance").set_defaults(run=account)


async def account(cs: ClickSend, args: argparse.Namespace) -> int:
    data = await cs.call("get_account")
    print(table(["field", "value"], [[name, getattr(data, name, None)] for name in FIELDS]))
    return 0
