"""Inbound traffic: the emulator plays Twilio calling your app's messaging webhook.

``await inbound_message(emu, "http://127.0.0.1:8000/sms", from_=..., to=..., body=...)``
stores an incoming message (``direction=inbound``, ``status=received``) in the
emulator, POSTs Twilio's inbound-message parameters to the URL, signed with
``X-Twilio-Signature`` as Twilio signs them, and reads the app's TwiML answer: each
``<Message>`` in it becomes an ``outbound-reply`` message in the emulator, as
Twilio would send it. Only loopback URLs are called unless the emulator was made
with ``allow_external_callbacks=True``.

Separate from the status clock (``_callbacks.py``), which signs the same way.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import httpx
from defusedxml import ElementTree as SafeET

from ._callbacks import _loopback, twilio_signature
from ._engine import Engine

if TYPE_CHECKING:
    from ._server import Emulator
    from ._store import Record

__all__ = ["WebhookDelivery", "inbound_message"]

_MAX_TWIML = 64 * 1024


@dataclass
class WebhookDelivery:
    """One webhook the emulator sent, and what the app answered."""

    url: str
    params: dict[str, str]
    signature: str
    message_sid: str | None = None
    status: int | None = None
    content_type: str | None = None
    body: bytes = b""
    error: str | None = None
    #: SIDs of the messages the app's TwiML ``<Message>`` verbs created (outbound-reply).
    replies: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", errors="replace")


async def inbound_message(
    emu: Emulator | Engine,
    url: str,
    *,
    from_: str,
    to: str,
    body: str = "",
    media_urls: Sequence[str] = (),
    media_content_types: Sequence[str] | None = None,
    account_sid: str | None = None,
    auth_token: str | None = None,
    http: httpx.AsyncClient | None = None,
    extra_params: dict[str, str] | None = None,
) -> WebhookDelivery:
    """Deliver an incoming message to ``url`` as Twilio would; see the module docstring.

    ``auth_token`` signs with another token than the account's (to test forged requests).
    """
    engine = emu if isinstance(emu, Engine) else emu.engine
    account = account_sid or engine.account_sid
    media_types = list(media_content_types or [_guess_type(u) for u in media_urls])
    if len(media_types) != len(media_urls):
        raise ValueError("media_content_types needs one content type per media URL")
    rec = _store_message(engine, account, from_, to, body, list(media_urls), media_types)
    sid = rec.key
    params: dict[str, str] = {
        "AccountSid": account,
        "ApiVersion": "2010-04-01",
        "Body": body,
        "From": from_,
        "MessageSid": sid,
        "NumMedia": str(len(media_urls)),
        "NumSegments": str(rec.data.get("num_segments") or "1"),
        "SmsMessageSid": sid,
        "SmsSid": sid,
        "SmsStatus": "received",
        "To": to,
    }
    for i, (media_url, media_type) in enumerate(zip(media_urls, media_types, strict=True)):
        params[f"MediaUrl{i}"] = media_url
        params[f"MediaContentType{i}"] = media_type
    params.update(extra_params or {})
    token = auth_token if auth_token is not None else (engine.auth_token_of(account) or "")
    delivery = WebhookDelivery(url, params, twilio_signature(token, url, params), sid)
    if not engine.clock.allow_external and not _loopback(url):
        delivery.error = "not sent: only loopback webhook URLs are allowed"
        return delivery
    headers = {
        "X-Twilio-Signature": delivery.signature,
        "I-Twilio-Idempotency-Token": engine.rand_hex(),
        "User-Agent": "TwilioProxy/1.1",
    }
    own = http is None
    client = http or httpx.AsyncClient(timeout=10.0, follow_redirects=False)
    try:
        response = await client.post(url, data=params, headers=headers)
    except httpx.HTTPError as err:
        delivery.error = f"{type(err).__name__}: {err}"
        return delivery
    finally:
        if own:
            await client.aclose()
    delivery.status = response.status_code
    delivery.content_type = response.headers.get("content-type")
    delivery.body = response.content
    if response.is_success:
        delivery.replies = _send_replies(engine, account, rec, delivery)
    return delivery


def _guess_type(url: str) -> str:
    lower = url.lower().split("?", 1)[0]
    for ext, ctype in ((".png", "image/png"), (".gif", "image/gif"), (".pdf", "application/pdf")):
        if lower.endswith(ext):
            return ctype
    return "image/jpeg"


def _store_message(
    engine: Engine,
    account: str,
    from_: str,
    to: str,
    body: str,
    media_urls: list[str],
    media_types: list[str],
    *,
    direction: str = "inbound",
    status: str = "received",
) -> Record:
    res = engine.api.resources["accounts.messages"]
    path = {"accounts": account}
    data: dict[str, Any] = {
        "from": from_,
        "to": to,
        "body": body,
        "direction": direction,
        "status": status,
        "num_media": str(len(media_urls)),
        "num_segments": str(max(1, -(-len(body) // 160))),
        "price_unit": "USD",
    }
    rec = engine.insert(
        res, engine.scope_of(res, path, account), data, account_sid=account, path=path
    )
    media_res = engine.api.resources.get("accounts.messages.media")
    if media_res is not None:
        for media_type in media_types:
            engine.insert(
                media_res,
                (account, rec.key),
                {"content_type": media_type, "parent_sid": rec.key},
                account_sid=account,
                path={**path, res.id: rec.key},
            )
    return rec


def _send_replies(engine: Engine, account: str, inbound: Record, d: WebhookDelivery) -> list[str]:
    """Each ``<Message>`` of a TwiML answer becomes an outbound-reply message."""
    ctype = (d.content_type or "").split(";")[0].strip().lower()
    if ctype not in ("application/xml", "text/xml") or not d.body or len(d.body) > _MAX_TWIML:
        return []
    try:
        root = SafeET.fromstring(d.body)
    except Exception:  # malformed or hostile TwiML: Twilio would log error 12100
        return []
    if root.tag != "Response":
        return []
    sids = []
    for message in root.iter("Message"):
        body_el = message.find("Body")
        text = body_el.text if body_el is not None else message.text
        media = [m.text or "" for m in message.findall("Media")]
        rec = _store_message(
            engine,
            account,
            message.get("from") or str(inbound.data.get("to") or ""),
            message.get("to") or str(inbound.data.get("from") or ""),
            (text or "").strip(),
            media,
            [_guess_type(u) for u in media],
            direction="outbound-reply",
            status="sent",
        )
        sids.append(rec.key)
    return sids
