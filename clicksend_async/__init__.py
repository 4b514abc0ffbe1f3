"""clicksend_async: an async-first client for the ClickSend REST API v3.

This package is assembled by ``make generate``: the low-level client (``client``, ``api``, ``models``,
``types``, ``errors``) is generated from ``openapi/clicksend.yaml``, and the handwritten layer is linked
in from ``overrides/``. Its public names are declared in ``_exports`` and loaded on first use.
"""

from typing import TYPE_CHECKING

from ._exports import __all__, __dir__, __getattr__

if TYPE_CHECKING:
    from ._exports import *  # noqa: F403
