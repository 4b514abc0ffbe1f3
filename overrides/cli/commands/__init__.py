"""One module per top-level command. Each has ``register(commands)``, which adds its parser (with
``_parser.add_command``) and sets ``run`` (``async (cs, args) -> int``, given a connected ``ClickSend``) or
``run_offline`` (``(args) -> int``, for commands that connect by themselves or not at all). An optional
``check`` (``(args) -> None``) runs before connecting: it checks the input (raising ``CLIError``) and may
store what it read on ``args``, so a mistake stops the command before anything is sent."""

from __future__ import annotations

from . import account, actions, campaign, demo, mock, sms, webhooks

#: Every command, in the order ``--help`` lists them.
COMMANDS = [demo, sms, campaign, account, actions, mock, webhooks]
