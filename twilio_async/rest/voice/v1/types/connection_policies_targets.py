# Generated from specs/voice_v1.yaml by `make codegen`; do not edit.
"""ConnectionPolicyTarget models (``connection_policies.targets``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..connection_policies_targets import ConnectionPolicyTargetContext


class ConnectionPolicyTarget(InstanceModel["ConnectionPolicyTargetContext"]):
    """A ConnectionPolicyTarget as returned by the API."""

    account_sid: str | None = None
    connection_policy_sid: str | None = None
    sid: str | None = None
    friendly_name: str | None = None
    target: str | None = None
    priority: int | None = None
    weight: int | None = None
    enabled: bool | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    url: str | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = ConnectionPolicyTargetContext.fetch
        update: ClassVar = ConnectionPolicyTargetContext.update
        delete: ClassVar = ConnectionPolicyTargetContext.delete

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..connection_policies_targets import ConnectionPolicyTargetContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        delete = FromContext()
