# Generated from specs/serverless_v1.yaml by `make codegen`; do not edit.
"""Log models (``services.environments.logs``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..services_environments_logs import LogContext


class Log(InstanceModel["LogContext"]):
    """A Log as returned by the API."""

    sid: str
    account_sid: str | None = None
    service_sid: str | None = None
    environment_sid: str | None = None
    build_sid: str | None = None
    deployment_sid: str | None = None
    function_sid: str | None = None
    request_sid: str | None = None
    level: str | None = None
    message: str | None = None
    date_created: IsoDateTime | None = None
    url: str | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = LogContext.fetch

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..services_environments_logs import LogContext  # noqa: F401
    else:
        fetch = FromContext()
