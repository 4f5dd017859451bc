# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""RecordingAddOnResultPayloadData models (``accounts.recordings.add_on_results.payloads.data``)."""

from __future__ import annotations

from typing import ClassVar

from twilio_async._models import InstanceModel

from ..accounts_recordings_add_on_results_payloads_data import (
    RecordingAddOnResultPayloadDataContext,
)


class RecordingAddOnResultPayloadData(InstanceModel[RecordingAddOnResultPayloadDataContext]):
    """A RecordingAddOnResultPayloadData as returned by the API."""

    redirect_to: str | None = None

    fetch: ClassVar = RecordingAddOnResultPayloadDataContext.fetch
