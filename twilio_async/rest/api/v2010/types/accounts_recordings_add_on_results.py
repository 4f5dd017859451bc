# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""RecordingAddOnResult models (``accounts.recordings.add_on_results``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import Rfc2822DateTime
from twilio_async._models import FromContext, InstanceModel

from ..enums import RecordingAddOnResultStatus

if TYPE_CHECKING:
    from ..accounts_recordings_add_on_results import RecordingAddOnResultContext


class RecordingAddOnResult(InstanceModel["RecordingAddOnResultContext"]):
    """A RecordingAddOnResult as returned by the API."""

    sid: str
    account_sid: str | None = None
    status: RecordingAddOnResultStatus | None = None
    add_on_sid: str | None = None
    add_on_configuration_sid: str | None = None
    date_created: Rfc2822DateTime | None = None
    date_updated: Rfc2822DateTime | None = None
    date_completed: Rfc2822DateTime | None = None
    reference_sid: str | None = None
    subresource_uris: dict[str, Any] | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = RecordingAddOnResultContext.fetch
        delete: ClassVar = RecordingAddOnResultContext.delete
        payloads: ClassVar = RecordingAddOnResultContext.payloads

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..accounts_recordings_add_on_results import RecordingAddOnResultContext  # noqa: F401
    else:
        fetch = FromContext()
        delete = FromContext()
        payloads = FromContext()
