# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""RecordingAddOnResultPayload models (``accounts.recordings.add_on_results.payloads``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import Rfc2822DateTime
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..accounts_recordings_add_on_results_payloads import RecordingAddOnResultPayloadContext


class RecordingAddOnResultPayload(InstanceModel["RecordingAddOnResultPayloadContext"]):
    """A RecordingAddOnResultPayload as returned by the API."""

    sid: str
    add_on_result_sid: str | None = None
    account_sid: str | None = None
    label: str | None = None
    add_on_sid: str | None = None
    add_on_configuration_sid: str | None = None
    content_type: str | None = None
    date_created: Rfc2822DateTime | None = None
    date_updated: Rfc2822DateTime | None = None
    reference_sid: str | None = None
    subresource_uris: dict[str, Any] | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = RecordingAddOnResultPayloadContext.fetch
        delete: ClassVar = RecordingAddOnResultPayloadContext.delete
        data: ClassVar = RecordingAddOnResultPayloadContext.data

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..accounts_recordings_add_on_results_payloads import (
                RecordingAddOnResultPayloadContext,  # noqa: F401
            )
    else:
        fetch = FromContext()
        delete = FromContext()
        data = FromContext()
