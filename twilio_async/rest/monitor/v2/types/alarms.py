# Generated from specs/monitor_v2.yaml by `make codegen`; do not edit.
"""AlarmBody models (``alarms``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from pydantic import Field

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel, TwilioModel

from ..enums import QueryType, TimeWindow

if TYPE_CHECKING:
    from ..alarms import AlarmBodyContext


class AlarmBody(InstanceModel["AlarmBodyContext"]):
    """A AlarmBody as returned by the API."""

    friendly_name: Any | None = Field(default=None, alias="friendlyName")
    query_type: QueryType | None = Field(default=None, alias="queryType")
    query: str | None = None
    trigger_value: int | None = Field(default=None, alias="triggerValue")
    time_window: TimeWindow | None = Field(default=None, alias="timeWindow")
    email: list[str] | None = None
    webhook: str | None = None
    console_indicator: bool | None = Field(default=None, alias="consoleIndicator")
    description: str | None = None
    enabled: bool | None = None
    product: str | None = None
    alert_config_sid: str | None = Field(default=None, alias="alertConfigSid")
    date_updated: IsoDateTime | None = Field(default=None, alias="dateUpdated")
    date_created: IsoDateTime | None = Field(default=None, alias="dateCreated")

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = AlarmBodyContext.fetch
        update: ClassVar = AlarmBodyContext.update
        delete: ClassVar = AlarmBodyContext.delete

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..alarms import AlarmBodyContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        delete = FromContext()


class SidRepsonse(TwilioModel):
    """A SidRepsonse as returned by the API."""

    sid: str | None = None
