# pyright: strict
"""What an application writes: create, fetch, update through the model, stream, errors.

Never run: ``tests/typing/test_typing.py`` type-checks it with ``pyright --strict`` and
``mypy --strict``, which must report nothing (no error, no unknown or implicit ``Any``).
Every ``assert_type`` below is checked by both.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Coroutine
from typing import Any

from typing_extensions import assert_type

from twilio_async import (
    NOT_GIVEN,
    ApiResponse,
    Client,
    Headers,
    NotFoundError,
    Page,
    RequestOptions,
    with_http_info,
)
from twilio_async.rest.api.v2010.accounts_messages import MessageContext, MessageList
from twilio_async.rest.api.v2010.accounts_messages_media import MediaList
from twilio_async.rest.api.v2010.enums import MessageStatus, MessageUpdateStatus
from twilio_async.rest.api.v2010.types.accounts_messages import Message
from twilio_async.rest.flex_api.v1.types import Plugin
from twilio_async.types import Call
from twilio_async.types import Message as PublicMessage


async def send_and_redact(client: Client, to: str, body: str) -> str | None:
    """Send a message, read it back, redact it through the model, then look for another."""
    messages = client.messages
    assert_type(messages, MessageList)
    created = await messages.create(to=to, from_="+15017122661", body=body)
    assert_type(created, Message)
    assert_type(created, PublicMessage)  # the public import is the same class
    assert_type(created.status, MessageStatus | None)
    assert_type(created.sid, str)  # the key is never None on a parsed model

    context = messages(created.sid)
    assert_type(context, MessageContext)
    assert_type(messages.get("SM" + "0" * 32), MessageContext)
    fetched = await context.fetch(options=RequestOptions(timeout=5))
    assert_type(fetched, Message)

    # The model's methods are its context's, with their exact signatures.
    pending = fetched.update(body="", status=NOT_GIVEN)
    _ = assert_type(pending, Coroutine[Any, Any, Message])
    redacted = await pending
    assert_type(await redacted.update(status=MessageUpdateStatus.CANCELED), Message)
    assert_type(redacted.media, MediaList)
    assert_type(await redacted.delete(), bool)

    stream = messages.stream(to=to, limit=10, page_size=5)
    assert_type(stream, AsyncIterator[Message])
    async for item in stream:
        assert_type(item.sid, str)
        assert_type(await messages(item.sid).fetch(), Message)
    page = await messages.page(page_size=20, page_token=None)
    assert_type(page, Page[Message])
    assert_type(await messages.list(date_sent_after="2024-01-01", limit=3), list[Message])

    try:
        missing = await client.messages("SM" + "f" * 32).fetch()
    except NotFoundError as err:
        code: int | None = err.status
        return f"not found ({code}, request {err.request_id})"
    return missing.body


async def call_length(client: Client, sid: str) -> int:
    """Numeric wire text is a number on the model: ``Call.duration`` is ``"12"`` on the wire."""
    call = await client.calls(sid).fetch()
    assert_type(call, Call)
    assert_type(call.duration, int | None)
    plugin = await client.flex_api.v1.plugins(call.sid).fetch()
    assert_type(plugin, Plugin)
    return call.duration or 0


async def status_and_headers(client: Client, to: str) -> int:
    """A call's status code and headers: ``with_http_info`` keeps the method's keywords."""
    created = await with_http_info(client.messages.create, to=to, body="hi")
    assert_type(created, ApiResponse[Message])
    assert_type(created.data, Message)
    assert_type(created.status_code, int)
    assert_type(created.headers, Headers)
    request_id: str | None = created.headers.get("Twilio-Request-Id")
    deleted = await with_http_info(client.messages(created.data.sid).delete)
    assert_type(deleted, ApiResponse[bool])
    listed = await with_http_info(client.messages.list, to=to, limit=2)
    assert_type(listed, ApiResponse[list[Message]])
    page = await with_http_info(client.messages.page, page_size=2)
    assert_type(page, ApiResponse[Page[Message]])
    streamed = await with_http_info(client.messages.stream, limit=3)
    assert_type(streamed, ApiResponse[AsyncIterator[Message]])
    updated = await with_http_info(created.data.update, body="")
    assert_type(updated, ApiResponse[Message])
    return created.status_code if request_id is None else deleted.status_code
