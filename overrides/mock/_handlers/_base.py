"""What a handler is, and the registry that maps operationIds to handlers."""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .._request import Request
from .._state import Store


@dataclass
class Reply:
    """The ``data`` of a successful envelope, with its message and response code; or, with ``bare``, the
    whole body (``None``: no body), for the services that answer without the envelope."""

    data: Any
    message: str = "Here you go."
    code: str = "SUCCESS"
    bare: bool = False
    status: int = 200


Handler = Callable[[Store, Request], Reply]
HANDLERS: dict[str, Handler] = {}


def handles(*op_ids: str) -> Callable[[Handler], Handler]:
    """Register the decorated function as the handler of ``op_ids``."""

    def register(func: Handler) -> Handler:
        for op_id in op_ids:
            if op_id in HANDLERS:
                raise RuntimeError(f"two handlers for {op_id}")
            HANDLERS[op_id] = func
        return func

    return register


def ack(message: str = "Done.", data: Any = None) -> Reply:
    return Reply([] if data is None else data, message)


# The ``data`` of each acknowledgement as ClickSend's documents show it in their example answers (v6, v6 with
# fax/post, Apiary). Where they disagree, the v6 value is taken, except where 6.0.2's model reads only the other
# one (delete_sms_template: v6 null, Apiary and 6.0.2's model []). Any other acknowledgement answers [].
ACKNOWLEDGED: dict[str, Any] = {
    "delete_email_receipt_rule": True,  # v6
    "delete_stripped_string_rule": True,  # v6, Apiary
    "delete_subaccount": True,  # v6, Apiary
    "cancel_post_letter": True,  # v6 with fax/post
    "cancel_postcard": True,  # v6 with fax/post
    "delete_fax_receipt_rule": {},  # v6 with fax/post "{}"; Apiary null
    "delete_allowed_email_address": {},  # v6 "{}"; Apiary null
    "send_email_verification_token": {},  # v6 "{}"; Apiary null
    "mark_inbound_sms_read": {},  # v6 "{}"; Apiary []
    "mark_sms_receipts_read": {},  # v6 "{}"; Apiary []
    "mark_inbound_sms_message_read": 1,  # v6; Apiary []
    "mark_mms_receipts_read": None,  # Apiary
    "mark_voice_receipts_read": None,  # Apiary
    "cancel_mms": None,  # Apiary
}


def acknowledge(req: Request, message: str) -> Reply:
    """The documented acknowledgement of the request's operation (``ACKNOWLEDGED``, else ``[]``)."""
    return Reply(copy.deepcopy(ACKNOWLEDGED.get(req.op.op_id, [])), message)
