# Generated from specs/monitor_v1.yaml by `make codegen`; do not edit.
"""AlertInstance models (``alerts``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..alerts import AlertInstanceContext


class AlertInstance(InstanceModel["AlertInstanceContext"]):
    """A AlertInstance as returned by the API."""

    account_sid: str | None = None
    alert_text: str | None = None
    api_version: str | None = None
    date_created: IsoDateTime | None = None
    date_generated: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    error_code: str | None = None
    log_level: str | None = None
    more_info: str | None = None
    request_method: str | None = None
    request_url: str | None = None
    request_variables: str | None = None
    resource_sid: str | None = None
    response_body: str | None = None
    response_headers: str | None = None
    sid: str
    url: str | None = None
    request_headers: str | None = None
    service_sid: str | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = AlertInstanceContext.fetch

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..alerts import AlertInstanceContext  # noqa: F401
    else:
        fetch = FromContext()
