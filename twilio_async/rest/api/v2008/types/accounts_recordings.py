# Generated from specs/api_v2008.yaml by `make codegen`; do not edit.
"""Recording models (``accounts.recordings``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from pydantic import Field

from twilio_async._fields import Rfc2822DateTime, WireInt
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..accounts_recordings import RecordingContext


class Recording(InstanceModel["RecordingContext"]):
    """A Recording as returned by the API."""

    sid: str = Field(alias="Sid")
    account_sid: str | None = Field(default=None, alias="AccountSid")
    call_sid: str | None = Field(default=None, alias="CallSid")
    duration: WireInt | None = Field(default=None, alias="Duration")
    date_created: Rfc2822DateTime | None = Field(default=None, alias="DateCreated")
    date_updated: Rfc2822DateTime | None = Field(default=None, alias="DateUpdated")

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = RecordingContext.fetch
        delete: ClassVar = RecordingContext.delete
        transcriptions: ClassVar = RecordingContext.transcriptions

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..accounts_recordings import RecordingContext  # noqa: F401
    else:
        fetch = FromContext()
        delete = FromContext()
        transcriptions = FromContext()
