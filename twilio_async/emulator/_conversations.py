"""Conversations v1: what a conversation's messages and names mean beyond CRUD.

- A message gets the next ``index`` of its conversation (0, 1, 2, … never reused
  after a delete) and ``author`` ``system`` when none is given.
- A conversation is addressed by its SID or by its ``unique_name``
  (``/v1/Conversations/my-room``), and a ``unique_name`` is taken only once (50353).
- A new conversation is ``active`` (``_relations.FIELD_DEFAULTS``).

The same holds for the conversations of a chat service (``/v1/Services/{Sid}/…``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._behaviours import Hooks
from ._types import EmulatorError

if TYPE_CHECKING:
    from ._catalog import Resource
    from ._engine import Ctx, Engine
    from ._store import Record, Scope


class Conversations(Hooks):
    """Conversations: found by ``unique_name`` too; a ``unique_name`` is unique."""

    def alias(self, engine: Engine, res: Resource, scope: Scope, name: str) -> str | None:
        if name.startswith(res.sid_prefix):
            return None
        for rec in engine.store.newest_first(engine.store_key(res), scope):
            if rec.data.get("unique_name") == name:
                return rec.key
        return None

    def validate(self, ctx: Ctx) -> None:
        self._unique(ctx, ctx.param("UniqueName"), None)

    def update(self, ctx: Ctx, rec: Record, changes: dict[str, Any]) -> None:
        self._unique(ctx, changes.get("unique_name"), rec.key)

    @staticmethod
    def _unique(ctx: Ctx, name: str | None, own: str | None) -> None:
        if not name:
            return
        engine = ctx.engine
        for rec in engine.store.newest_first(engine.store_key(ctx.res), ctx.scope()):
            if rec.key != own and rec.data.get("unique_name") == name:
                shown = name[:64]
                raise EmulatorError(
                    409, 50353, f"Conversation with provided unique name {shown!r} already exists"
                )


class Messages(Hooks):
    """Messages: the next ``index`` of the conversation; ``author`` ``system`` by default."""

    def create(self, ctx: Ctx, data: dict[str, Any]) -> None:
        engine = ctx.engine
        skey, scope = engine.store_key(ctx.res), ctx.scope()
        counters = engine.store.counters
        data["index"] = counters.get((skey, scope), 0)
        counters[(skey, scope)] = data["index"] + 1
        if not data.get("author"):
            data["author"] = "system"


CONVERSATION_HOOKS: dict[tuple[str, str], Hooks] = {
    ("conversations/v1", "conversations"): Conversations(),
    ("conversations/v1", "services.conversations"): Conversations(),
    ("conversations/v1", "conversations.messages"): Messages(),
    ("conversations/v1", "services.conversations.messages"): Messages(),
}
