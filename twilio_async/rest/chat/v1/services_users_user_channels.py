# Generated from specs/chat_v1.yaml by `make codegen`; do not edit.
"""UserChannel resources (``services.users.user_channels``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import ListArgs, ListResource, Models, Operation, PageArgs

if TYPE_CHECKING:
    from .types.services_users_user_channels import UserChannel

_TYPES = Models(__package__, ".types.services_users_user_channels")
_MODEL = _TYPES("UserChannel")
_LIST_PATH = "/v1/Services/{0}/Users/{1}/Channels"
_LIST: Operation[UserChannel] = Operation(
    "user_channels.list", "GET", _LIST_PATH, body="none", list_key="channels", model=_MODEL
)


class UserChannelList(ListResource):
    """UserChannel collection: ``/v1/Services/{ServiceSid}/Users/{UserSid}/Channels``."""

    __slots__ = ()
    list = _LIST.list_method(ListArgs)
    """List UserChannel resources: ``GET /v1/Services/{ServiceSid}/Users/{UserSid}/Channels``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ListArgs)
    """Stream UserChannel resources: ``GET /v1/Services/{ServiceSid}/Users/{UserSid}/Channels``; one page in memory at a time."""
    page = _LIST.page_method(PageArgs)
    """One page of UserChannel resources: ``GET /v1/Services/{ServiceSid}/Users/{UserSid}/Channels``; ``next_page()`` moves on."""
