# Generated from specs/verify_v2.yaml by `make codegen`; do not edit.
"""VerificationTemplate resources (``templates``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import (
    QUERY,
    Args,
    ListArgs,
    ListResource,
    Models,
    Operation,
    P,
    PageArgs,
)
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .types.templates import VerificationTemplate

_TYPES = Models(__package__, ".types.templates")
_MODEL = _TYPES("VerificationTemplate")
_LIST_PATH = "/v2/Templates"
_LIST: Operation[VerificationTemplate] = Operation(
    "templates.list", "GET", _LIST_PATH, body="none", list_key="templates", model=_MODEL
).with_params(P("friendly_name", "FriendlyName", QUERY, "string"))


class VerificationTemplateFilters(Args):
    friendly_name: str | NotGiven = NOT_GIVEN


class VerificationTemplateListArgs(VerificationTemplateFilters, ListArgs): ...


class VerificationTemplatePageArgs(VerificationTemplateFilters, PageArgs): ...


class VerificationTemplateList(ListResource):
    """VerificationTemplate collection: ``/v2/Templates``."""

    __slots__ = ()
    list = _LIST.list_method(VerificationTemplateListArgs)
    """List VerificationTemplate resources: ``GET /v2/Templates``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(VerificationTemplateListArgs)
    """Stream VerificationTemplate resources: ``GET /v2/Templates``; one page in memory at a time."""
    page = _LIST.page_method(VerificationTemplatePageArgs)
    """One page of VerificationTemplate resources: ``GET /v2/Templates``; ``next_page()`` moves on."""
