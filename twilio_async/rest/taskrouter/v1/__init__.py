# Generated from specs/taskrouter_v1.yaml by `make codegen`; do not edit.
"""taskrouter v1: the version root."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._domains import Version
from twilio_async._resource import Root

if TYPE_CHECKING:
    from .workspaces import WorkspaceList


class V1(Version):
    """``taskrouter`` v1 (json-v1)."""

    domain = "taskrouter"
    dialect_name = "json-v1"
    workspaces: Root[WorkspaceList] = Root(".workspaces", "WorkspaceList")
