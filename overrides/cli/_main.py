"""``main``: parse, run the command, and turn every expected failure into one line and an exit code."""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Sequence

import anyio

from .._defaults import DEFAULT_BASE_URL
from .._exceptions import (
    APIConnectionError,
    APIError,
    ClickSendError,
    NotFoundError,
    ValidationError,
)
from . import _errors
from ._connect import connect
from ._errors import CLIError
from ._parser import build_parser


async def _run_connected(args: argparse.Namespace) -> int:
    async with connect(args) as cs:
        return int(await args.run(cs, args))


def _run(args: argparse.Namespace) -> int:
    if hasattr(args, "check"):
        args.check(args)
    if hasattr(args, "run_offline"):
        return int(args.run_offline(args))
    try:
        return int(anyio.run(_run_connected, args))
    except asyncio.CancelledError:
        # Python 3.10: anyio's backport of asyncio.Runner cancels the main task on Ctrl-C, but with no
        # Task.uncancel() it lets that CancelledError out where 3.11+ raises KeyboardInterrupt
        raise KeyboardInterrupt from None


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``clicksend-async`` with ``argv`` (default: ``sys.argv[1:]``); returns the exit code."""
    args: argparse.Namespace | None = None
    try:
        args = build_parser().parse_args(argv)
        return _run(args)
    except CLIError as exc:
        return _fail(str(exc), exc.code)
    except ValidationError as exc:
        return _fail(str(exc), _errors.USAGE)
    except APIConnectionError as exc:
        return _fail(_unreachable(exc, args), _errors.API)
    except APIError as exc:
        return _fail(f"{exc}{_not_found_hint(exc, args)}", _errors.API)
    except ClickSendError as exc:  # ConfigurationError and the like: the input was wrong
        return _fail(str(exc), _errors.USAGE)
    except OSError as exc:
        return _fail(_os_error(exc), _errors.USAGE)
    except KeyboardInterrupt:
        return _fail("interrupted", _errors.INTERRUPTED)


def _fail(message: str, code: int) -> int:
    print(f"error: {message}", file=sys.stderr)
    return code


def _base_url(args: argparse.Namespace | None) -> str:
    return getattr(args, "base_url", None) or DEFAULT_BASE_URL


def _unreachable(exc: APIConnectionError, args: argparse.Namespace | None) -> str:
    cause = exc.__cause__
    reason = (str(cause) or type(cause).__name__) if cause is not None else str(exc)
    return f"could not reach {_base_url(args)} ({reason}); {exc}"


def _not_found_hint(exc: APIError, args: argparse.Namespace | None) -> str:
    base = _base_url(args).rstrip("/")
    if isinstance(exc, NotFoundError) and not base.endswith("/v3"):
        return f" (--base-url {base} does not end in /v3: is it the API root, e.g. {base}/v3?)"
    return ""


def _os_error(exc: OSError) -> str:
    where = f"{exc.filename}: " if exc.filename else ""
    return f"{where}{exc.strerror or exc}"
