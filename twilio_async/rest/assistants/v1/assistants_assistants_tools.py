# Generated from specs/assistants_v1.yaml by `make codegen`; do not edit.
"""Tool resources (``assistants.assistants_tools``)."""

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
    from .types.assistants_assistants_tools import Tool

_TYPES = Models(__package__, ".types.assistants_assistants_tools")
_MODEL = _TYPES("Tool")
_LIST_PATH = "/v1/Assistants/{0}/Tools"
_INSTANCE_PATH = "/v1/Assistants/{0}/Tools/{1}"
_LIST: Operation[Tool] = Operation(
    "assistants_tools.list", "GET", _LIST_PATH, body="none", list_key="tools", model=_MODEL
)
_CREATE: Operation[Tool] = Operation(
    "assistants_tools.create", "POST", _INSTANCE_PATH, body="form", model=_MODEL
)
_DELETE: Operation[None] = Operation(
    "assistants_tools.delete", "DELETE", _INSTANCE_PATH, body="none"
)


class ToolContext(InstanceContext):
    """One Tool: ``/v1/Assistants/{assistantId}/Tools/{id}``."""

    __slots__ = ()
    create = _CREATE.call_method(Args)
    """Create a Tool: ``POST /v1/Assistants/{assistantId}/Tools/{id}``."""
    delete = _DELETE.delete_method(Args)
    """Delete this Tool: ``DELETE /v1/Assistants/{assistantId}/Tools/{id}``; returns True."""


class ToolList(KeyedList[ToolContext]):
    """Tool collection: ``/v1/Assistants/{assistantId}/Tools``."""

    __slots__ = ()
    _key = ("id", "id", None)
    list = _LIST.list_method(ListArgs)
    """List Tool resources: ``GET /v1/Assistants/{assistantId}/Tools``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ListArgs)
    """Stream Tool resources: ``GET /v1/Assistants/{assistantId}/Tools``; one page in memory at a time."""
    page = _LIST.page_method(PageArgs)
    """One page of Tool resources: ``GET /v1/Assistants/{assistantId}/Tools``; ``next_page()`` moves on."""
