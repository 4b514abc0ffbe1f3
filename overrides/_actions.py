"""The 183 catalogue actions, run by id with the catalogue's parameter names, driven by the spec.

``call`` answers with the connector envelope ``{successful, data, error, http_code, response_msg,
response_code}``: an API error gives ``successful: False`` with ``error`` set instead of raising.
``schemas`` describes each action's inputs as JSON Schema, ready to hand to an LLM as tool definitions.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ._exceptions import APIError, ClickSendError
from ._index import action_ids, action_info, action_operation, operation
from ._responses import documented_data

if TYPE_CHECKING:
    from ._client import ClickSend


class Actions:
    """Catalogue actions of a ``ClickSend`` client."""

    def __init__(self, client: ClickSend) -> None:
        self._client = client

    def ids(self) -> list[str]:
        return action_ids()

    def schemas(self) -> list[dict[str, Any]]:
        """``[{name, title, description, operation, parameters: <JSON Schema>}]`` for every action."""
        out = []
        for action_id in action_ids():
            op_id = action_operation(action_id)
            op = operation(op_id)
            properties: dict[str, Any] = {}
            required: list[str] = []
            for param in op["params"]:
                properties[param["seed_name"]] = param["schema"]
                if param["required"]:
                    required.append(param["seed_name"])
            out.append(
                {
                    "name": action_id,
                    **action_info(action_id),
                    "operation": op_id,
                    "parameters": {"type": "object", "properties": properties, "required": required},
                }
            )
        return out

    async def call(self, action_id: str, arguments: Mapping[str, Any] | None = None) -> dict[str, Any]:
        """Run a catalogue action; never raises for API or input errors (see the envelope's ``error``)."""
        try:
            op_id = action_operation(action_id)
        except KeyError as exc:
            return _envelope(False, error=str(exc.args[0]))
        wire = {p["seed_name"]: p["name"] for p in operation(op_id)["params"]}
        params = {wire.get(name, name): value for name, value in (arguments or {}).items()}
        try:
            response = await self._client._call(op_id, params)
        except APIError as exc:
            body = exc.body if isinstance(exc.body, dict) else {}
            return _envelope(
                False,
                data=body.get("data"),
                error=str(exc),
                http_code=exc.status_code,
                response_msg=exc.response_msg,
                response_code=exc.response_code,
            )
        except ClickSendError as exc:
            return _envelope(False, error=str(exc))
        payload = json.loads(response.content) if response.content else {}
        envelope = payload if isinstance(payload, dict) else {}
        try:
            data = documented_data(op_id, response, envelope.get("data"))
        except ClickSendError as exc:
            return _envelope(False, error=str(exc), http_code=int(response.status_code))
        return _envelope(
            True,
            data=data,
            http_code=int(response.status_code),
            response_msg=envelope.get("response_msg"),
            response_code=envelope.get("response_code"),
        )


def _envelope(successful: bool, **fields: Any) -> dict[str, Any]:
    keys = ("data", "error", "http_code", "response_msg", "response_code")
    return {"successful": successful, **{k: fields.get(k) for k in keys}}
