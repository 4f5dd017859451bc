# Generated from specs/voice_v1.yaml by `make codegen`; do not edit.
"""ConnectionPolicy models (``connection_policies``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..connection_policies import ConnectionPolicyContext


class ConnectionPolicy(InstanceModel["ConnectionPolicyContext"]):
    """A ConnectionPolicy as returned by the API."""

    account_sid: str | None = None
    sid: str | None = None
    friendly_name: str | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    url: str | None = None
    links: dict[str, Any] | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = ConnectionPolicyContext.fetch
        update: ClassVar = ConnectionPolicyContext.update
        delete: ClassVar = ConnectionPolicyContext.delete
        targets: ClassVar = ConnectionPolicyContext.targets

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..connection_policies import ConnectionPolicyContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        delete = FromContext()
        targets = FromContext()
