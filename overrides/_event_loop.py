"""Which event loop is running, for the backends that work on asyncio only."""

from __future__ import annotations

import sniffio

from ._exceptions import ConfigurationError


def require_asyncio(backend: str) -> None:
    """Raise ``ConfigurationError`` unless asyncio runs this code (``backend``: the asyncio-only backend)."""
    try:
        library = sniffio.current_async_library()
    except sniffio.AsyncLibraryNotFoundError:
        library = "no event loop"
    if library != "asyncio":
        raise ConfigurationError(
            f"http_backend={backend!r} runs on asyncio only, not {library}: use http_backend='httpx'"
        )
