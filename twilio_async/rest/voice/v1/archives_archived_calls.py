# Generated from specs/voice_v1.yaml by `make codegen`; do not edit.
"""ArchivedCalls resources (``archives.archived_calls``)."""

from __future__ import annotations

from twilio_async._resource import Args, InstanceContext, KeyedList, Operation

_INSTANCE_PATH = "/v1/Archives/{0}/Calls/{1}"
_DELETE: Operation[None] = Operation("archived_calls.delete", "DELETE", _INSTANCE_PATH, body="none")


class ArchivedCallsContext(InstanceContext):
    """One ArchivedCalls: ``/v1/Archives/{Date}/Calls/{Sid}``."""

    __slots__ = ()
    delete = _DELETE.delete_method(Args)
    """Delete this ArchivedCalls: ``DELETE /v1/Archives/{Date}/Calls/{Sid}``; returns True."""


class ArchivedCallsList(KeyedList[ArchivedCallsContext]):
    """ArchivedCalls collection."""

    __slots__ = ()
    _key = ("Sid", "sid", "^CA[0-9a-fA-F]{32}$")
