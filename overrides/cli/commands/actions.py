"""``clicksend-async actions list | call``: the 183 actions of the ClickSend connector catalogue."""

from __future__ import annotations

import argparse
import difflib
import json
from typing import Any

from ..._client import ClickSend
from ..._index import action_ids, action_info, action_operation
from .._connect import OFFLINE_BANNER, notice
from .._errors import CLIError
from .._output import table
from .._parser import add_command, add_verbs


def register(commands: argparse._SubParsersAction[Any]) -> None:
    actions = add_command(commands, "actions", help=f"the {len(action_ids())} catalogue actions")
    verbs = add_verbs(actions)
    add_command(verbs, "list", help="every action with the operation that serves it").set_defaults(
        run_offline=actions_list
    )
    call = add_command(verbs, "call", help="run an action by id; prints the connector envelope")
    call.add_argument("action_id", help="e.g. CLICKSEND_GET_ACCOUNT (see: clicksend-async actions list)")
    call.add_argument("--json", default="{}", help="the action's arguments, as a JSON object (default: {})")
    call.set_defaults(check=_check_call, run=actions_call)


def actions_list(args: argparse.Namespace) -> int:
    notice(OFFLINE_BANNER)
    rows = [[a, action_operation(a), action_info(a)["title"]] for a in action_ids()]
    print(table(["action", "operation", "title"], rows, max_width=70))
    return 0


def _arguments(text: str) -> dict[str, Any]:
    try:
        arguments = json.loads(text)
    except json.JSONDecodeError as exc:
        raise CLIError(f"--json is not valid JSON ({exc})") from None
    if not isinstance(arguments, dict):
        raise CLIError(f"--json must be a JSON object, got {type(arguments).__name__}")
    return arguments


def check_action_id(action_id: str) -> None:
    """A CLIError naming the closest ids if ``action_id`` is not in the catalogue."""
    known = action_ids()
    if action_id in known:
        return
    close = difflib.get_close_matches(action_id.upper(), known, n=3, cutoff=0.6)
    hint = f"did you mean {', '.join(close)}? " if close else ""
    raise CLIError(f"no catalogue action {action_id!r}; {hint}(all of them: clicksend-async actions list)")


def _check_call(args: argparse.Namespace) -> None:
    check_action_id(args.action_id)
    args.arguments = _arguments(args.json)


async def actions_call(cs: ClickSend, args: argparse.Namespace) -> int:
    envelope = await cs.actions.call(args.action_id, args.arguments)
    print(json.dumps(envelope, indent=2, default=str))
    return 0 if envelope["successful"] else 1
