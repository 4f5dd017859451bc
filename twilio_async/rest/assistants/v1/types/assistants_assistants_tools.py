# Generated from specs/assistants_v1.yaml by `make codegen`; do not edit.
"""Tool models (``assistants.assistants_tools``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..assistants_assistants_tools import ToolContext


class Tool(InstanceModel["ToolContext"]):
    """A Tool as returned by the API."""

    account_sid: str | None = None
    description: str | None = None
    enabled: bool | None = None
    id: str | None = None
    meta: Any | None = None
    name: str | None = None
    requires_auth: bool | None = None
    type: str | None = None
    url: str | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None

    _key_field = "id"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        create: ClassVar = ToolContext.create
        delete: ClassVar = ToolContext.delete

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..assistants_assistants_tools import ToolContext  # noqa: F401
    else:
        create = FromContext()
        delete = FromContext()
