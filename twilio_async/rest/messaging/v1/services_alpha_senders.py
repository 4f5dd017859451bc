# Generated from specs/messaging_v1.yaml by `make codegen`; do not edit.
"""AlphaSender resources (``services.alpha_senders``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import (
    FORM,
    Args,
    InstanceContext,
    KeyedList,
    ListArgs,
    Models,
    Operation,
    P,
    PageArgs,
)

if TYPE_CHECKING:
    from .types.services_alpha_senders import AlphaSender

_TYPES = Models(__package__, ".types.services_alpha_senders")
_MODEL = _TYPES("AlphaSender")
_LIST_PATH = "/v1/Services/{0}/AlphaSenders"
_INSTANCE_PATH = "/v1/Services/{0}/AlphaSenders/{1}"
_CREATE: Operation[AlphaSender] = Operation(
    "alpha_senders.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(P("alpha_sender", "AlphaSender", FORM, "string", required=True))
_LIST: Operation[AlphaSender] = Operation(
    "alpha_senders.list", "GET", _LIST_PATH, body="none", list_key="alpha_senders", model=_MODEL
)
_FETCH: Operation[AlphaSender] = Operation(
    "alpha_senders.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_DELETE: Operation[None] = Operation("alpha_senders.delete", "DELETE", _INSTANCE_PATH, body="none")


class AlphaSenderCreateArgs(Args):
    alpha_sender: str


class AlphaSenderContext(InstanceContext):
    """One AlphaSender: ``/v1/Services/{ServiceSid}/AlphaSenders/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this AlphaSender: ``GET /v1/Services/{ServiceSid}/AlphaSenders/{Sid}``."""
    delete = _DELETE.delete_method(Args)
    """Delete this AlphaSender: ``DELETE /v1/Services/{ServiceSid}/AlphaSenders/{Sid}``; returns True."""


class AlphaSenderList(KeyedList[AlphaSenderContext]):
    """AlphaSender collection: ``/v1/Services/{ServiceSid}/AlphaSenders``."""

    __slots__ = ()
    _key = ("Sid", "sid", None)
    create = _CREATE.call_method(AlphaSenderCreateArgs)
    """Create a AlphaSender: ``POST /v1/Services/{ServiceSid}/AlphaSenders``."""
    list = _LIST.list_method(ListArgs)
    """List AlphaSender resources: ``GET /v1/Services/{ServiceSid}/AlphaSenders``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ListArgs)
    """Stream AlphaSender resources: ``GET /v1/Services/{ServiceSid}/AlphaSenders``; one page in memory at a time."""
    page = _LIST.page_method(PageArgs)
    """One page of AlphaSender resources: ``GET /v1/Services/{ServiceSid}/AlphaSenders``; ``next_page()`` moves on."""
