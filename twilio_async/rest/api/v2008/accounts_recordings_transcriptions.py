# Generated from specs/api_v2008.yaml by `make codegen`; do not edit.
"""Transcription resources (``accounts.recordings.transcriptions``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import (
    Args,
    InstanceContext,
    KeyedList,
    ListArgs,
    Models,
    Operation,
    PageArgs,
)

if TYPE_CHECKING:
    from .types.accounts_recordings_transcriptions import Transcription

_TYPES = Models(__package__, ".types.accounts_recordings_transcriptions")
_MODEL = _TYPES("Transcription")
_LIST_PATH = "/2008-08-01/Accounts/{0}/Recordings/{1}/Transcriptions"
_INSTANCE_PATH = "/2008-08-01/Accounts/{0}/Recordings/{1}/Transcriptions/{2}"
_LIST: Operation[Transcription] = Operation(
    "transcriptions.list", "GET", _LIST_PATH, body="none", list_key="Transcriptions", model=_MODEL
)
_FETCH: Operation[Transcription] = Operation(
    "transcriptions.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)


class TranscriptionContext(InstanceContext):
    """One Transcription: ``/2008-08-01/Accounts/{AccountSid}/Recordings/{RecordingSid}/Transcriptions/{TranscriptionSid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this Transcription: ``GET /2008-08-01/Accounts/{AccountSid}/Recordings/{RecordingSid}/Transcriptions/{TranscriptionSid}``."""


class TranscriptionList(KeyedList[TranscriptionContext]):
    """Transcription collection: ``/2008-08-01/Accounts/{AccountSid}/Recordings/{RecordingSid}/Transcriptions``."""

    __slots__ = ()
    _key = ("TranscriptionSid", "transcription_sid", "^TR[0-9a-fA-F]{32}$")
    list = _LIST.list_method(ListArgs)
    """List Transcription resources: ``GET /2008-08-01/Accounts/{AccountSid}/Recordings/{RecordingSid}/Transcriptions``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ListArgs)
    """Stream Transcription resources: ``GET /2008-08-01/Accounts/{AccountSid}/Recordings/{RecordingSid}/Transcriptions``; one page in memory at a time."""
    page = _LIST.page_method(PageArgs)
    """One page of Transcription resources: ``GET /2008-08-01/Accounts/{AccountSid}/Recordings/{RecordingSid}/Transcriptions``; ``next_page()`` moves on."""
