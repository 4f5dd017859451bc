# Generated from specs/api_v2008.yaml by `make codegen`; do not edit.
"""AccountTranscription resources (``accounts.transcriptions``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import ListArgs, ListResource, Models, Operation, PageArgs

if TYPE_CHECKING:
    from .types.accounts_transcriptions import AccountTranscription

_TYPES = Models(__package__, ".types.accounts_transcriptions")
_MODEL = _TYPES("AccountTranscription")
_LIST_PATH = "/2008-08-01/Accounts/{0}/Transcriptions"
_LIST: Operation[AccountTranscription] = Operation(
    "transcriptions.list", "GET", _LIST_PATH, body="none", list_key="Transcriptions", model=_MODEL
)


class AccountTranscriptionList(ListResource):
    """AccountTranscription collection: ``/2008-08-01/Accounts/{AccountSid}/Transcriptions``."""

    __slots__ = ()
    list = _LIST.list_method(ListArgs)
    """List AccountTranscription resources: ``GET /2008-08-01/Accounts/{AccountSid}/Transcriptions``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ListArgs)
    """Stream AccountTranscription resources: ``GET /2008-08-01/Accounts/{AccountSid}/Transcriptions``; one page in memory at a time."""
    page = _LIST.page_method(PageArgs)
    """One page of AccountTranscription resources: ``GET /2008-08-01/Accounts/{AccountSid}/Transcriptions``; ``next_page()`` moves on."""
