# Generated from specs/conversations_v1.yaml by `make codegen`; do not edit.
"""ConversationMessageReceipt resources (``conversations.messages.delivery_receipts``)."""

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
    from .types.conversations_messages_delivery_receipts import ConversationMessageReceipt

_TYPES = Models(__package__, ".types.conversations_messages_delivery_receipts")
_MODEL = _TYPES("ConversationMessageReceipt")
_LIST_PATH = "/v1/Conversations/{0}/Messages/{1}/Receipts"
_INSTANCE_PATH = "/v1/Conversations/{0}/Messages/{1}/Receipts/{2}"
_LIST: Operation[ConversationMessageReceipt] = Operation(
    "delivery_receipts.list",
    "GET",
    _LIST_PATH,
    body="none",
    list_key="delivery_receipts",
    model=_MODEL,
)
_FETCH: Operation[ConversationMessageReceipt] = Operation(
    "delivery_receipts.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)


class ConversationMessageReceiptContext(InstanceContext):
    """One ConversationMessageReceipt: ``/v1/Conversations/{ConversationSid}/Messages/{MessageSid}/Receipts/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this ConversationMessageReceipt: ``GET /v1/Conversations/{ConversationSid}/Messages/{MessageSid}/Receipts/{Sid}``."""


class ConversationMessageReceiptList(KeyedList[ConversationMessageReceiptContext]):
    """ConversationMessageReceipt collection: ``/v1/Conversations/{ConversationSid}/Messages/{MessageSid}/Receipts``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^DY[0-9a-fA-F]{32}$")
    list = _LIST.list_method(ListArgs)
    """List ConversationMessageReceipt resources: ``GET /v1/Conversations/{ConversationSid}/Messages/{MessageSid}/Receipts``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ListArgs)
    """Stream ConversationMessageReceipt resources: ``GET /v1/Conversations/{ConversationSid}/Messages/{MessageSid}/Receipts``; one page in memory at a time."""
    page = _LIST.page_method(PageArgs)
    """One page of ConversationMessageReceipt resources: ``GET /v1/Conversations/{ConversationSid}/Messages/{MessageSid}/Receipts``; ``next_page()`` moves on."""
