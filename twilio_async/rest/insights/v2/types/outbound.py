# Generated from specs/insights_v2.yaml by `make codegen`; do not edit.
"""OutboundPhoneNumbersReport models (``outbound``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._models import FromContext, InstanceModel

from ..enums import ReportStatus

if TYPE_CHECKING:
    from ..outbound import OutboundPhoneNumbersReportContext


class OutboundPhoneNumbersReport(InstanceModel["OutboundPhoneNumbersReportContext"]):
    """A OutboundPhoneNumbersReport as returned by the API."""

    account_sid: str | None = None
    report_id: str | None = None
    status: ReportStatus | None = None
    request_meta: Any | None = None
    url: str | None = None

    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        create: ClassVar = OutboundPhoneNumbersReportContext.create

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..outbound import OutboundPhoneNumbersReportContext  # noqa: F401
    else:
        create = FromContext()
