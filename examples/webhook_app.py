"""A FastAPI app that answers Twilio's webhooks: ``uvicorn examples.webhook_app:app``.

- ``POST /sms``: an incoming message; replies with TwiML (an echo, and the media count).
- ``POST /status``: a message status callback; recorded, answered with 204.
- ``POST /voice``: an incoming call; greets the caller and gathers one digit.
- ``POST /call-status``: a call status callback; recorded, answered with 204.
- ``POST /send``: sends a message through the app's one ``Client`` with
  ``StatusCallback`` pointing back at ``/status`` (form fields ``to``, ``from``, ``body``).
- ``GET /events``: what was recorded, as JSON.

Every webhook endpoint accepts only requests signed with the account's auth token
(``TWILIO_AUTH_TOKEN``); set ``PUBLIC_BASE_URL`` to the URL Twilio calls when the
app runs behind a proxy or a tunnel. Credentials for ``/send`` come from
``TWILIO_ACCOUNT_SID``/``TWILIO_AUTH_TOKEN``.

(No ``from __future__ import annotations`` here: FastAPI reads the endpoints'
annotations at runtime, and they refer to the local ``webhook``.)
"""

import asyncio
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Form, Request, Response

from twilio_async import Client
from twilio_async.fastapi import (
    TwilioWebhook,
    TwiMLResponse,
    get_twilio_client,
    twilio_lifespan,
)
from twilio_async.twiml import MessagingResponse, VoiceResponse
from twilio_async.webhooks import (
    CallStatusCallback,
    IncomingCall,
    IncomingMessage,
    MessageStatusCallback,
)


@dataclass
class Recorder:
    """What the webhooks received, in arrival order (one app, one event loop)."""

    inbound: list[IncomingMessage] = field(default_factory=list)
    statuses: list[MessageStatusCallback] = field(default_factory=list)
    calls: list[IncomingCall] = field(default_factory=list)
    call_statuses: list[CallStatusCallback] = field(default_factory=list)
    changed: asyncio.Condition | None = None

    async def add(self, bucket: list[Any], item: Any) -> None:
        bucket.append(item)
        if self.changed is None:
            self.changed = asyncio.Condition()
        async with self.changed:
            self.changed.notify_all()

    async def wait_for(self, predicate: Callable[["Recorder"], bool], timeout: float = 10) -> None:
        """Wait until ``predicate(self)`` holds (raises ``TimeoutError`` after ``timeout``)."""
        if self.changed is None:
            self.changed = asyncio.Condition()
        changed = self.changed

        async def wait() -> None:
            async with changed:
                await changed.wait_for(lambda: predicate(self))

        await asyncio.wait_for(wait(), timeout)


def create_app(
    *,
    auth_token: str | None = None,
    public_base_url: str | None = None,
    forwarded_allow_ips: str | Iterable[str] | None = None,
    client: Client | Callable[[], Client] | None = None,
) -> FastAPI:
    """The app; arguments override the environment (tests pass them)."""
    webhook = TwilioWebhook(
        auth_token,
        public_base_url=public_base_url or os.environ.get("PUBLIC_BASE_URL") or None,
        forwarded_allow_ips=forwarded_allow_ips,
    )
    app = FastAPI(title="twilio_async webhook example", lifespan=twilio_lifespan(client))
    recorder = Recorder()
    app.state.recorder = recorder

    @app.post("/sms", response_class=TwiMLResponse)
    async def incoming_sms(
        msg: Annotated[IncomingMessage, Depends(webhook.model(IncomingMessage))],
    ) -> TwiMLResponse:
        await recorder.add(recorder.inbound, msg)
        reply = MessagingResponse()
        text = f"Thanks! You said: {msg.body or ''}"
        if msg.media:
            text += f" (and sent {len(msg.media)} attachment(s))"
        reply.message(text)
        return TwiMLResponse(reply)

    @app.post("/status", status_code=204)
    async def message_status(
        cb: Annotated[MessageStatusCallback, Depends(webhook.model(MessageStatusCallback))],
    ) -> Response:
        await recorder.add(recorder.statuses, cb)
        return Response(status_code=204)

    @app.post("/voice", response_class=TwiMLResponse)
    async def incoming_call(
        call: Annotated[IncomingCall, Depends(webhook.model(IncomingCall))],
    ) -> TwiMLResponse:
        await recorder.add(recorder.calls, call)
        response = VoiceResponse()
        response.say("Hello from twilio async.", voice="alice")
        with response.gather(num_digits=1, action="/voice/menu", method="POST") as gather:
            gather.say("Press 1 to hear this again.")
        response.redirect("/voice")
        return TwiMLResponse(response)

    @app.post("/call-status", status_code=204)
    async def call_status(
        cb: Annotated[CallStatusCallback, Depends(webhook.model(CallStatusCallback))],
    ) -> Response:
        await recorder.add(recorder.call_statuses, cb)
        return Response(status_code=204)

    @app.post("/send")
    async def send(
        request: Request,
        twilio: Annotated[Client, Depends(get_twilio_client)],
        to: Annotated[str, Form()],
        from_: Annotated[str, Form(alias="from")],
        body: Annotated[str, Form()],
    ) -> dict[str, Any]:
        status_url = webhook.public_base_url or str(request.base_url).rstrip("/")
        msg = await twilio.messages.create(
            to=to, from_=from_, body=body, status_callback=f"{status_url}/status"
        )
        return {"sid": msg.sid, "status": str(msg.status)}

    @app.get("/events")
    async def events() -> dict[str, Any]:
        return {
            "inbound": [m.model_dump(mode="json") for m in recorder.inbound],
            "statuses": [s.model_dump(mode="json") for s in recorder.statuses],
            "calls": [c.model_dump(mode="json") for c in recorder.calls],
            "call_statuses": [c.model_dump(mode="json") for c in recorder.call_statuses],
        }

    return app


app = create_app()
