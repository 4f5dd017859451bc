# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""RecordingAddOnResultPayloadData models (``accounts.recordings.add_on_results.payloads.data``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..accounts_recordings_add_on_results_payloads_data import (
        RecordingAddOnResultPayloadDataContext,
    )


class RecordingAddOnResultPayloadData(InstanceModel["RecordingAddOnResultPayloadDataContext"]):
    """A RecordingAddOnResultPayloadData as returned by the API."""

    redirect_to: str | None = None

    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = RecordingAddOnResultPayloadDataContext.fetch

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..accounts_recordings_add_on_results_payloads_data import (
                RecordingAddOnResultPayloadDataContext,  # noqa: F401
            )
    else:
        fetch = FromContext()
