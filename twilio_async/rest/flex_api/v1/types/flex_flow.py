# Generated from specs/flex_v1.yaml by `make codegen`; do not edit.
"""FlexFlow models (``flex_flow``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

from ..enums import FlexFlowChannelType, FlexFlowIntegrationType

if TYPE_CHECKING:
    from ..flex_flow import FlexFlowContext


class FlexFlow(InstanceModel["FlexFlowContext"]):
    """A FlexFlow as returned by the API."""

    account_sid: str | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    sid: str
    friendly_name: str | None = None
    chat_service_sid: str | None = None
    channel_type: FlexFlowChannelType | None = None
    contact_identity: str | None = None
    enabled: bool | None = None
    integration_type: FlexFlowIntegrationType | None = None
    integration: Any | None = None
    long_lived: bool | None = None
    janitor_enabled: bool | None = None
    url: str | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = FlexFlowContext.fetch
        update: ClassVar = FlexFlowContext.update
        delete: ClassVar = FlexFlowContext.delete

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..flex_flow import FlexFlowContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        delete = FromContext()
