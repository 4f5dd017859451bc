"""Flex plugin configurations: the plugin versions a configuration names become its plugins.

``POST /PluginService/Configurations`` takes ``Plugins``, JSON objects naming a
plugin version (``{"plugin_version": "FV…", "phase": 3}``); each becomes a
configured plugin under ``/Configurations/{Sid}/Plugins/{PluginSid}``, with the
plugin's and the version's fields copied in. A version that does not exist is
refused (400), as Twilio refuses it.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from ._behaviours import Hooks
from ._types import EmulatorError

if TYPE_CHECKING:
    from ._engine import Ctx
    from ._store import Record

_VERSIONS = "plugins.plugin_versions"
_CONFIGURED = "plugin_configurations.plugins"
_CHANNELS = "interaction.channels"


class Configurations(Hooks):
    """A configuration's ``Plugins`` become its configured plugins."""

    def validate(self, ctx: Ctx) -> None:
        for item in _items(ctx):
            if _version(ctx, item) is None:
                raise EmulatorError(
                    400,
                    20001,
                    f"Invalid Plugins: no plugin version {str(item.get('plugin_version'))[:40]!r}",
                )

    def created(self, ctx: Ctx, rec: Record) -> None:
        configured = ctx.version.resources.get(_CONFIGURED)
        if configured is None:
            return
        for item in _items(ctx):
            version = _version(ctx, item)
            if version is None:  # pragma: no cover - refused by validate
                continue
            plugin = ctx.engine.store.get(
                ctx.engine.store_key(ctx.version.resources["plugins"]),
                (ctx.account_sid,),
                str(version.data.get("plugin_sid")),
            )
            p = plugin.data if plugin is not None else {}
            v = version.data
            ctx.engine.insert(
                configured,
                (ctx.account_sid, rec.key),
                {
                    "plugin_sid": v.get("plugin_sid"),
                    "plugin_version_sid": version.key,
                    "phase": item.get("phase"),
                    "plugin_url": v.get("plugin_url"),
                    "unique_name": p.get("unique_name"),
                    "friendly_name": p.get("friendly_name"),
                    "description": p.get("description"),
                    "plugin_archived": bool(p.get("archived")),
                    "version": v.get("version"),
                    "changelog": v.get("changelog"),
                    "plugin_version_archived": bool(v.get("archived")),
                    "private": bool(v.get("private")),
                },
                account_sid=ctx.account_sid,
                path={ctx.res.id: rec.key},
            )


def _items(ctx: Ctx) -> list[dict[str, Any]]:
    """The ``Plugins`` objects of the request (JSON text per form value)."""
    out: list[dict[str, Any]] = []
    for raw in ctx.params.get("Plugins") or []:
        try:
            item = json.loads(raw)
        except ValueError:
            raise EmulatorError(400, 20001, f"Invalid Plugins: {raw[:40]!r}") from None
        if not isinstance(item, dict):
            raise EmulatorError(400, 20001, f"Invalid Plugins: {raw[:40]!r}")
        out.append(item)
    return out


def _version(ctx: Ctx, item: dict[str, Any]) -> Record | None:
    """The plugin version an item names (by its SID, in any plugin of the account)."""
    versions = ctx.version.resources.get(_VERSIONS)
    sid = item.get("plugin_version")
    if versions is None or not isinstance(sid, str):
        return None
    skey = ctx.engine.store_key(versions)
    mine = (r for r in ctx.engine.store.scan(skey) if r.scope[:1] == (ctx.account_sid,))
    return next((r for r in mine if r.key == sid), None)


class Interactions(Hooks):
    """A new interaction opens its channel (``Channel``'s ``type``), in status ``setup``."""

    def created(self, ctx: Ctx, rec: Record) -> None:
        channels = ctx.version.resources.get(_CHANNELS)
        if channels is None:
            return
        try:
            channel = json.loads(ctx.param("Channel") or "{}")
        except ValueError:
            channel = {}
        kind = channel.get("type") if isinstance(channel, dict) else None
        ctx.engine.insert(
            channels,
            (ctx.account_sid, rec.key),
            {"interaction_sid": rec.key, "type": kind, "status": "setup"},
            account_sid=ctx.account_sid,
            path={ctx.res.id: rec.key},
        )


FLEX_HOOKS: dict[tuple[str, str], Hooks] = {
    ("flex-api/v1", "plugin_configurations"): Configurations(),
    ("flex-api/v1", "interaction"): Interactions(),
}
