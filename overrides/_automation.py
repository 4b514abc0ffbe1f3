"""The account's automation rules that route receipts and replies: POLL rules for polling, URL rules for
webhooks. The SDK changes them only when asked (``enable_receipt_polling``, ``configure_webhooks``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._exceptions import ConfigurationError, Problem, ValidationError
from .types import Unset

if TYPE_CHECKING:
    from ._client import ClickSend

#: Channels with a receipt rule list of their own (MMS receipts follow the SMS rules).
RECEIPT_RULES = {"sms": "sms", "mms": "sms", "voice": "voice", "fax": "fax", "email": "email"}
RULE_NAME = "clicksend-async"


class AutomationRules:
    """Reads and (when asked) writes the receipt and inbound SMS rules of the account."""

    def __init__(self, client: ClickSend) -> None:
        self._client = client

    async def rules(self, kind: str) -> list[Any]:
        """Every rule of ``kind``: ``sms``, ``voice``, ``fax``, ``email`` receipts, or ``inbound`` SMS."""
        op = "list_sms_inbound_rules" if kind == "inbound" else f"list_{_rule_kind(kind)}_receipt_rules"
        return [rule async for rule in self._client.paginate(op, limit=100)]

    async def has_poll_rule(self, kind: str) -> bool:
        return any(_field(r, "action") == "POLL" and _enabled(r) for r in await self.rules(kind))

    async def require_poll_rule(self, kind: str) -> None:
        """Raise ``ConfigurationError`` (saying how to fix it) unless an enabled POLL rule routes ``kind``."""
        if await self.has_poll_rule(kind):
            return
        what = "inbound SMS" if kind == "inbound" else f"{kind} delivery receipts"
        path = (
            "/automations/sms/inbound" if kind == "inbound" else f"/automations/{_rule_kind(kind)}/receipts"
        )
        fix = "enable_inbound_polling()" if kind == "inbound" else f"enable_receipt_polling({kind!r})"
        raise ConfigurationError(
            f"polling {what} needs an enabled POLL rule in {path}, and the account has none: create one "
            f"with `await cs.{fix}` (or in the dashboard), or use source='webhook'"
        )

    async def enable_polling(self, kind: str) -> bool:
        """Create a POLL rule for ``kind`` unless an enabled one exists; True if one was created."""
        if await self.has_poll_rule(kind):
            return False
        if kind == "inbound":
            await self._client.call("create_sms_inbound_rule", **_inbound_rule("POLL", "poll", "post"))
        else:
            await self._client.call(
                f"create_{_rule_kind(kind)}_receipt_rule", **_receipt_rule("POLL", "poll")
            )
        return True

    async def configure_webhooks(
        self, url: str, channels: tuple[str, ...], inbound: bool, webhook_type: str
    ) -> list[str]:
        """Make sure an enabled URL rule sends each channel's receipts (and inbound SMS) to ``url``:
        a rule with that address is kept (enabled if it was not), the SDK's own rule is pointed at ``url``,
        otherwise one is created. Returns what was done, one line per rule."""
        done = []
        kinds = sorted({_rule_kind(c) for c in channels}) + (["inbound"] if inbound else [])
        for kind in kinds:
            rules = [r for r in await self.rules(kind) if _field(r, "action") == "URL"]
            same = next((r for r in rules if _field(r, "action_address") == url), None)
            ours = next((r for r in rules if _field(r, "rule_name") == RULE_NAME), None)
            body = _inbound_rule("URL", url, webhook_type) if kind == "inbound" else _receipt_rule("URL", url)
            op = "sms_inbound_rule" if kind == "inbound" else f"{kind}_receipt_rule"
            id_field = "inbound_rule_id" if kind == "inbound" else "receipt_rule_id"
            target = same or ours
            if target is None:
                await self._client.call(f"create_{op}", **body)
                done.append(f"{kind}: created a URL rule")
            elif (
                target is same
                and _enabled(same)
                and (kind != "inbound" or _field(same, "webhook_type") in (None, webhook_type))
            ):
                done.append(f"{kind}: kept rule {_field(same, id_field)}")
            else:
                await self._client.call(f"update_{op}", **{id_field: _field(target, id_field)}, **body)
                done.append(f"{kind}: updated rule {_field(target, id_field)}")
        return done


def _rule_kind(channel: str) -> str:
    kind = RECEIPT_RULES.get(channel)
    if kind is None:
        choices = ", ".join(sorted(RECEIPT_RULES))
        raise ValidationError([Problem(None, "channel", channel, f"must be one of {choices}")])
    return kind


def _receipt_rule(action: str, address: str) -> dict[str, Any]:
    return {
        "rule_name": RULE_NAME,
        "match_type": 0,
        "action": action,
        "action_address": address,
        "enabled": 1,
    }


def _inbound_rule(action: str, address: str, webhook_type: str) -> dict[str, Any]:
    return {
        "rule_name": RULE_NAME,
        "dedicated_number": "*",
        "message_search_type": 0,
        "message_search_term": "",
        "action": action,
        "action_address": address,
        "enabled": 1,
        "webhook_type": webhook_type,
    }


def _field(rule: Any, name: str) -> Any:
    value = getattr(rule, name, None)
    if isinstance(value, Unset):
        value = None
    if value is None and hasattr(rule, "additional_properties"):
        value = rule.additional_properties.get(name)
    if name == "action" and isinstance(value, str):
        return value.upper()
    return value


def _enabled(rule: Any) -> bool:
    return str(_field(rule, "enabled")) not in ("0", "False", "false")
