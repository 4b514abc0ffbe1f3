"""The argument parser: global options (accepted before or after the subcommand) and each command's parser."""

from __future__ import annotations

import argparse
from typing import Any, NoReturn

from .._defaults import DEFAULT_BASE_URL
from ._errors import EXIT_CODES_HELP, CLIError

DESCRIPTION = """\
clicksend-async: the ClickSend REST API v3 from the command line.
With no credentials, every command runs against the embedded mock server and says so."""


class Parser(argparse.ArgumentParser):
    """An ``ArgumentParser`` whose mistakes are one line (``main`` prints it) instead of usage and exit."""

    def error(self, message: str) -> NoReturn:
        raise CLIError(f"{self.prog}: {message} (see {self.prog} --help)")


class _Formatter(argparse.RawDescriptionHelpFormatter):
    def __init__(self, prog: str) -> None:
        super().__init__(prog, max_help_position=32)


def _add_global_options(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    """The connection options. On subcommands their default is SUPPRESS, so a value given before the
    subcommand is not reset by the subcommand's parser."""

    def default(value: Any) -> Any:
        return argparse.SUPPRESS if suppress else value

    group = parser.add_argument_group("connection (before or after the subcommand)")
    group.add_argument(
        "--username", default=default(None), help="API username (default: $CLICKSEND_USERNAME)"
    )
    group.add_argument("--api-key", default=default(None), help="API key (default: $CLICKSEND_API_KEY)")
    group.add_argument(
        "--base-url", default=default(None), help=f"API root, ending in /v3 (default: {DEFAULT_BASE_URL})"
    )
    group.add_argument(
        "--allow-http",
        action="store_true",
        default=default(False),
        help="allow a plain-http --base-url on a host other than loopback (the key travels unencrypted)",
    )
    group.add_argument(
        "--mock",
        action="store_true",
        default=default(False),
        help="use the embedded mock server even when credentials are set",
    )


_GLOBAL_OPTIONS = Parser(add_help=False)
_add_global_options(_GLOBAL_OPTIONS, suppress=True)


def add_command(
    subparsers: argparse._SubParsersAction[Any], name: str, *, help: str, description: str | None = None
) -> argparse.ArgumentParser:
    """A (sub)command's parser, with the global options and the exit codes in its ``--help``."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        name,
        help=help,
        description=description or help[0].upper() + help[1:] + ".",
        parents=[_GLOBAL_OPTIONS],
        formatter_class=_Formatter,
        epilog=EXIT_CODES_HELP,
    )
    return parser


def add_verbs(parser: argparse.ArgumentParser, title: str = "verbs") -> argparse._SubParsersAction[Any]:
    """The verbs of a command (``sms send``, ``sms history`` ...); one of them is required."""
    return parser.add_subparsers(title=title, dest="verb", required=True, metavar="VERB")


def build_parser() -> argparse.ArgumentParser:
    from .commands import COMMANDS

    parser = Parser(
        prog="clicksend-async", description=DESCRIPTION, formatter_class=_Formatter, epilog=EXIT_CODES_HELP
    )
    _add_global_options(parser, suppress=False)
    commands = parser.add_subparsers(title="commands", dest="command", required=True, metavar="COMMAND")
    for command in COMMANDS:
        command.register(commands)
    return parser


def number_in(low: float, high: float | None = None, kind: type = int) -> Any:
    """An argparse ``type`` accepting a ``kind`` number from ``low`` to ``high`` (inclusive)."""

    def parse(text: str) -> Any:
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(
                f"expected {'an integer' if kind is int else 'a number'}, got {text!r}"
            ) from None
        if value < low or (high is not None and value > high):
            bounds = f"from {low} to {high}" if high is not None else f"at least {low}"
            raise argparse.ArgumentTypeError(f"must be {bounds}, got {text}")
        return value

    return parse
