# Generated from specs/insights_v2.yaml by `make codegen`; do not edit.
"""AccountReport models (``reports``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._models import FromContext, InstanceModel, TwilioModel

from ..enums import ReportStatus

if TYPE_CHECKING:
    from ..reports import AccountReportContext


class AccountReport(InstanceModel["AccountReportContext"]):
    """A AccountReport as returned by the API."""

    account_sid: str | None = None
    report_id: str | None = None
    status: ReportStatus | None = None
    request_meta: Any | None = None
    report: Any | None = None
    url: str | None = None

    _key_field = "report_id"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = AccountReportContext.fetch

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..reports import AccountReportContext  # noqa: F401
    else:
        fetch = FromContext()


class CreateReportResponse(TwilioModel):
    """A CreateReportResponse as returned by the API."""

    account_sid: str | None = None
    report_id: str | None = None
    status: ReportStatus | None = None
    request_meta: Any | None = None
    url: str | None = None
