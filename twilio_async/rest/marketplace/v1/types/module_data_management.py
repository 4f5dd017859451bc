# Generated from specs/marketplace_v1.yaml by `make codegen`; do not edit.
"""ModuleDataManagement models (``module_data_management``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..module_data_management import ModuleDataManagementContext


class ModuleDataManagement(InstanceModel["ModuleDataManagementContext"]):
    """A ModuleDataManagement as returned by the API."""

    url: str | None = None
    sid: str
    description: Any | None = None
    support: Any | None = None
    policies: Any | None = None
    module_info: Any | None = None
    documentation: Any | None = None
    configuration: Any | None = None
    pricing: Any | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = ModuleDataManagementContext.fetch
        update: ClassVar = ModuleDataManagementContext.update

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..module_data_management import ModuleDataManagementContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
