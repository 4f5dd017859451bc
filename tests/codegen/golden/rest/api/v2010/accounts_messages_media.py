# Generated from specs/mini_api_v2010.yaml by `make codegen`; do not edit.
"""Media resources (``accounts.messages.media``)."""

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
    from .types.accounts_messages_media import Media

_TYPES = Models(__package__, ".types.accounts_messages_media")
_MODEL = _TYPES("Media")
_LIST_PATH = "/2010-04-01/Accounts/{0}/Messages/{1}/Media.json"
_INSTANCE_PATH = "/2010-04-01/Accounts/{0}/Messages/{1}/Media/{2}.json"
_LIST: Operation[Media] = Operation(
    "media.list", "GET", _LIST_PATH, body="none", list_key="media_list", model=_MODEL
)
_DELETE: Operation[None] = Operation("media.delete", "DELETE", _INSTANCE_PATH, body="none")


class MediaContext(InstanceContext):
    """One Media: ``/2010-04-01/Accounts/{AccountSid}/Messages/{MessageSid}/Media/{Sid}.json``."""

    __slots__ = ()
    delete = _DELETE.delete_method(Args)
    """Delete this Media: ``DELETE /2010-04-01/Accounts/{AccountSid}/Messages/{MessageSid}/Media/{Sid}.json``; returns True."""


class MediaList(KeyedList[MediaContext]):
    """Media collection: ``/2010-04-01/Accounts/{AccountSid}/Messages/{MessageSid}/Media.json``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^ME[0-9a-fA-F]{32}$")
    list = _LIST.list_method(ListArgs)
    """List Media resources: ``GET /2010-04-01/Accounts/{AccountSid}/Messages/{MessageSid}/Media.json``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ListArgs)
    """Stream Media resources: ``GET /2010-04-01/Accounts/{AccountSid}/Messages/{MessageSid}/Media.json``; one page in memory at a time."""
    page = _LIST.page_method(PageArgs)
    """One page of Media resources: ``GET /2010-04-01/Accounts/{AccountSid}/Messages/{MessageSid}/Media.json``; ``next_page()`` moves on."""
