# Generated from specs/assistants_v1.yaml by `make codegen`; do not edit.
"""ToolWithPolicies models (``tools``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..tools import ToolWithPoliciesContext


class ToolWithPolicies(InstanceModel["ToolWithPoliciesContext"]):
    """A ToolWithPolicies as returned by the API."""

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
    policies: list[Any] | None = None

    _key_field = "id"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = ToolWithPoliciesContext.fetch
        update: ClassVar = ToolWithPoliciesContext.update
        delete: ClassVar = ToolWithPoliciesContext.delete

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..tools import ToolWithPoliciesContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        delete = FromContext()
