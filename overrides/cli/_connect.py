"""Which ClickSend a command talks to: the real API with credentials, the embedded mock without."""

from __future__ import annotations

import argparse
import os
import sys

from .._client import ClickSend
from .._connection import check_base_url
from .._defaults import DEFAULT_BASE_URL
from .._exceptions import ConfigurationError
from ..mock import mock_client
from ._errors import CLIError

MOCK_BANNER = (
    "No ClickSend credentials (--username/--api-key or CLICKSEND_USERNAME/CLICKSEND_API_KEY): "
    "using the EMBEDDED MOCK server. Nothing is really sent, and its state lasts one command "
    "(for state across commands: `clicksend-async mock serve`, then --base-url http://127.0.0.1:8765/v3 "
    "--username mock-user --api-key mock-key)."
)
DEMO_BANNER = (
    "The demo always uses the EMBEDDED MOCK server: nothing is really sent, no credentials are used."
)
OFFLINE_BANNER = "Read from the catalogue shipped with clicksend-async: no API call, no credentials used."


def notice(text: str) -> None:
    """A line for the person at the terminal (stderr, so stdout stays the command's output)."""
    print(text, file=sys.stderr)


def connect(args: argparse.Namespace) -> ClickSend:
    """The real API with credentials from flags or the environment; the embedded mock without any."""
    username = args.username or os.environ.get("CLICKSEND_USERNAME")
    api_key = args.api_key or os.environ.get("CLICKSEND_API_KEY")
    if args.mock or not (username or api_key or args.base_url):
        notice(MOCK_BANNER if not args.mock else "Using the EMBEDDED MOCK server (--mock).")
        return mock_client()
    if not username:
        raise CLIError(
            "no username: pass --username or set CLICKSEND_USERNAME (or neither key, for the mock)"
        )
    if not api_key:
        raise CLIError(
            "no API key: pass --api-key or set CLICKSEND_API_KEY (or neither username, for the mock)"
        )
    base_url = args.base_url or DEFAULT_BASE_URL
    if not args.allow_http:
        try:
            check_base_url(base_url, allow_http=False)
        except ConfigurationError:
            if not base_url.startswith("http://"):
                raise CLIError(f"--base-url must be an https:// URL, got {base_url!r}") from None
            raise CLIError(
                f"--base-url {base_url} is plain http: the API key would travel unencrypted "
                "(use https://, a loopback host, or --allow-http)"
            ) from None
    return ClickSend(username, api_key, base_url=base_url, allow_http=args.allow_http)
