# Generated from specs/voice_v1.yaml by `make codegen`; do not edit.
"""Archives resources (``archives``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Child, InstanceContext, KeyedList

if TYPE_CHECKING:
    from .archives_archived_calls import ArchivedCallsList


class ArchivesContext(InstanceContext):
    """One Archives: ``/v1/Archives/{Date}``."""

    __slots__ = ()
    archived_calls: Child[ArchivedCallsList] = Child(
        ".archives_archived_calls", "ArchivedCallsList"
    )


class ArchivesList(KeyedList[ArchivesContext]):
    """Archives collection."""

    __slots__ = ()
    _key = ("Date", "date", None)
