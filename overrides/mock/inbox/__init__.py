"""The mock's web inbox: what an app sent through the mock, in a browser, like Mailpit for SMS.

``clicksend-async mock serve`` serves it at ``/`` (and ``--ui-port``): every message received (SMS, MMS,
voice, email, fax, letters, postcards) newest first and searchable, SMS and MMS as conversations, each
message's status and receipt timeline, live (Server-Sent Events); acting as the recipient (reply, mark
delivered or failed) and the account at a glance. The same as JSON under ``/_mock/`` (see ``_routes``).
The page is plain HTML, CSS and JavaScript shipped in ``static/``: no build step, nothing fetched elsewhere.
"""

from __future__ import annotations

from ._routes import Inbox

__all__ = ["Inbox"]
