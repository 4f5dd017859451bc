# Generated from specs/messaging_v1.yaml by `make codegen`; do not edit.
"""ShortCode resources (``services.short_codes``)."""

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
    from .types.services_short_codes import ShortCode

_TYPES = Models(__package__, ".types.services_short_codes")
_MODEL = _TYPES("ShortCode")
_LIST_PATH = "/v1/Services/{0}/ShortCodes"
_INSTANCE_PATH = "/v1/Services/{0}/ShortCodes/{1}"
_CREATE: Operation[ShortCode] = Operation(
    "short_codes.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(P("short_code_sid", "ShortCodeSid", FORM, "string", required=True))
_LIST: Operation[ShortCode] = Operation(
    "short_codes.list", "GET", _LIST_PATH, body="none", list_key="short_codes", model=_MODEL
)
_FETCH: Operation[ShortCode] = Operation(
    "short_codes.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_DELETE: Operation[None] = Operation("short_codes.delete", "DELETE", _INSTANCE_PATH, body="none")


class ShortCodeCreateArgs(Args):
    short_code_sid: str


class ShortCodeContext(InstanceContext):
    """One ShortCode: ``/v1/Services/{ServiceSid}/ShortCodes/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this ShortCode: ``GET /v1/Services/{ServiceSid}/ShortCodes/{Sid}``."""
    delete = _DELETE.delete_method(Args)
    """Delete this ShortCode: ``DELETE /v1/Services/{ServiceSid}/ShortCodes/{Sid}``; returns True."""


class ShortCodeList(KeyedList[ShortCodeContext]):
    """ShortCode collection: ``/v1/Services/{ServiceSid}/ShortCodes``."""

    __slots__ = ()
    _key = ("Sid", "sid", None)
    create = _CREATE.call_method(ShortCodeCreateArgs)
    """Create a ShortCode: ``POST /v1/Services/{ServiceSid}/ShortCodes``."""
    list = _LIST.list_method(ListArgs)
    """List ShortCode resources: ``GET /v1/Services/{ServiceSid}/ShortCodes``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ListArgs)
    """Stream ShortCode resources: ``GET /v1/Services/{ServiceSid}/ShortCodes``; one page in memory at a time."""
    page = _LIST.page_method(PageArgs)
    """One page of ShortCode resources: ``GET /v1/Services/{ServiceSid}/ShortCodes``; ``next_page()`` moves on."""
