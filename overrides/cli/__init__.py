"""The ``clicksend-async`` command line. With no credentials it runs against the embedded mock server.

Run ``clicksend-async --help`` (or ``python -m clicksend_async.cli --help``). Layout: ``_parser`` (global
options, one parser per command), ``_connect`` (real API or mock), ``_errors`` (exit codes), ``_output``
(tables, progress), ``_csv_messages`` / ``_results`` (``sms send-bulk``'s input and output), and one module
per command in ``commands/``.
"""

from __future__ import annotations

from ._main import main

__all__ = ["main"]
