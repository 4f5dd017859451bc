# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""Transcription resources (``accounts.transcriptions``)."""

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
    from .types.accounts_transcriptions import Transcription

_TYPES = Models(__package__, ".types.accounts_transcriptions")
_MODEL = _TYPES("Transcription")
_LIST_PATH = "/2010-04-01/Accounts/{0}/Transcriptions.json"
_INSTANCE_PATH = "/2010-04-01/Accounts/{0}/Transcriptions/{1}.json"
_LIST: Operation[Transcription] = Operation(
    "transcriptions.list", "GET", _LIST_PATH, body="none", list_key="transcriptions", model=_MODEL
)
_FETCH: Operation[Transcription] = Operation(
    "transcriptions.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_DELETE: Operation[None] = Operation("transcriptions.delete", "DELETE", _INSTANCE_PATH, body="none")


class TranscriptionContext(InstanceContext):
    """One Transcription: ``/2010-04-01/Accounts/{AccountSid}/Transcriptions/{Sid}.json``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this Transcription: ``GET /2010-04-01/Accounts/{AccountSid}/Transcriptions/{Sid}.json``."""
    delete = _DELETE.delete_method(Args)
    """Delete this Transcription: ``DELETE /2010-04-01/Accounts/{AccountSid}/Transcriptions/{Sid}.json``; returns True."""


class TranscriptionList(KeyedList[TranscriptionContext]):
    """Transcription collection: ``/2010-04-01/Accounts/{AccountSid}/Transcriptions.json``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^TR[0-9a-fA-F]{32}$")
    list = _LIST.list_method(ListArgs)
    """List Transcription resources: ``GET /2010-04-01/Accounts/{AccountSid}/Transcriptions.json``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ListArgs)
    """Stream Transcription resources: ``GET /2010-04-01/Accounts/{AccountSid}/Transcriptions.json``; one page in memory at a time."""
    page = _LIST.page_method(PageArgs)
    """One page of Transcription resources: ``GET /2010-04-01/Accounts/{AccountSid}/Transcriptions.json``; ``next_page()`` moves on."""
