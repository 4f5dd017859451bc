# Generated from specs/ by `make codegen`; do not edit.
"""The index of ``twilio_async.types``."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .api.v2010.types import Account as Account
    from .api.v2010.types import Balance as Balance
    from .api.v2010.types import Media as Media
    from .api.v2010.types import Message as Message
    from .content.v1.types import Content as Content
    from .content.v1.types import Setting as Setting
    from .flex_api.v1.types import Configuration as Configuration
    from .flex_api.v1.types import Plugin as Plugin
    from .flex_api.v1.types import PluginVersion as PluginVersion

#: Model class name -> the ``types`` package (relative to ``twilio_async.rest``) exporting it.
MODULES: dict[str, str] = {
    "Account": ".api.v2010.types",
    "Balance": ".api.v2010.types",
    "Configuration": ".flex_api.v1.types",
    "Content": ".content.v1.types",
    "Media": ".api.v2010.types",
    "Message": ".api.v2010.types",
    "Plugin": ".flex_api.v1.types",
    "PluginVersion": ".flex_api.v1.types",
    "Setting": ".content.v1.types",
}
#: Names several versions use, left out of ``twilio_async.types``: where each one is.
AMBIGUOUS: dict[str, tuple[str, ...]] = {}
__all__ = [
    "Account",
    "Balance",
    "Configuration",
    "Content",
    "Media",
    "Message",
    "Plugin",
    "PluginVersion",
    "Setting",
]
