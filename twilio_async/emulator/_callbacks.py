"""The message status clock and the status callbacks it sends, signed as Twilio signs them.

A created message moves ``queued -> sending -> sent -> delivered``, one step per
``status_interval`` seconds. When it was created with ``StatusCallback``, each
step is POSTed there (form-encoded) with an ``X-Twilio-Signature`` header:
base64(HMAC-SHA1(auth token, URL + every POST parameter's name and value,
sorted by name)), the scheme Twilio documents for webhooks.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import logging
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

import httpx

from . import _values as values

if TYPE_CHECKING:
    from ._engine import Engine
    from ._store import Record

logger = logging.getLogger("twilio_async.emulator")

PROGRESSION = ("sending", "sent", "delivered")
_PRICE = "-0.00790"


def twilio_signature(auth_token: str, url: str, params: dict[str, str]) -> str:
    """``X-Twilio-Signature`` for a form POST of ``params`` to ``url``."""
    payload = url + "".join(k + params[k] for k in sorted(params))
    digest = hmac.new(auth_token.encode(), payload.encode(), hashlib.sha1).digest()
    return base64.b64encode(digest).decode("ascii")


@dataclass
class CallbackAttempt:
    """One status callback the emulator sent (or refused to send)."""

    url: str
    params: dict[str, str]
    signature: str
    status: int | None = None
    error: str | None = None


@dataclass
class _Scheduled:
    """A message waiting for its ``SendAt``."""

    rec: Record
    account_sid: str
    send_at: datetime
    handle: asyncio.TimerHandle | None


def _loopback(url: str) -> bool:
    from .._http import is_loopback

    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and is_loopback(parts.hostname or "")


class StatusClock:
    """Moves messages through their statuses in the background and reports each step."""

    def __init__(self, engine: Engine, interval: float | None, *, allow_external: bool = False):
        if interval is not None and interval < 0:
            raise ValueError("status_interval must be >= 0 or None")
        self.engine = engine
        self.interval = interval
        self.allow_external = allow_external
        self.callbacks: list[CallbackAttempt] = []
        self._tasks: set[asyncio.Task[None]] = set()
        self._scheduled: dict[str, _Scheduled] = {}
        self._http: httpx.AsyncClient | None = None

    @property
    def pending(self) -> int:
        """Messages still moving."""
        return len(self._tasks)

    def start(self, rec: Record, account_sid: str) -> None:
        if self.interval is None:
            return
        task = asyncio.get_running_loop().create_task(self._run(rec, account_sid))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def schedule(self, rec: Record, account_sid: str, send_at: datetime) -> None:
        """A scheduled message: at ``send_at``, if still ``scheduled``, it is queued and moves.

        Kept even with the clock off, so ``send_scheduled()`` can release it.
        """
        handle = None
        if self.interval is not None:
            delay = max(0.0, (send_at - values.now()).total_seconds())
            loop = asyncio.get_running_loop()
            handle = loop.call_later(delay, self._send_scheduled, rec.key)
        self._scheduled[rec.key] = _Scheduled(rec, account_sid, send_at, handle)

    def send_scheduled(self, until: datetime | None = None) -> int:
        """Send now the scheduled messages due by ``until`` (all when ``None``); how many."""
        due = [
            key for key, item in self._scheduled.items() if until is None or item.send_at <= until
        ]
        return sum(self._send_scheduled(key) for key in due)

    def _send_scheduled(self, key: str) -> bool:
        item = self._scheduled.pop(key, None)
        if item is None:
            return False
        if item.handle is not None:
            item.handle.cancel()
        rec = item.rec
        stored = self.engine.store.get(rec.resource, rec.scope, rec.key)
        if stored is not rec or rec.data.get("status") != "scheduled":
            return False  # canceled or deleted meanwhile
        rec.data["status"] = "queued"
        rec.data["date_updated"] = values.now()
        self.start(rec, item.account_sid)
        return True

    async def settle(self) -> None:
        """Wait until every message reached its final status and callbacks were sent."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

    async def _run(self, rec: Record, account_sid: str) -> None:
        assert self.interval is not None
        for status in PROGRESSION:
            await asyncio.sleep(self.interval)
            if self.engine.store.get(rec.resource, rec.scope, rec.key) is not rec:
                return  # deleted meanwhile
            ts = values.now()
            rec.data["status"] = status
            rec.data["date_updated"] = ts
            if status == "sent":
                rec.data["date_sent"] = ts
                rec.data["price"] = _PRICE
            url = rec.private.get("status_callback")
            if url:
                await self._post(url, self._params(rec, status), account_sid)

    def _params(self, rec: Record, status: str) -> dict[str, str]:
        d = rec.data
        params = {
            "AccountSid": str(d.get("account_sid") or ""),
            "ApiVersion": str(d.get("api_version") or ""),
            "From": str(d.get("from") or ""),
            "MessageSid": rec.key,
            "MessageStatus": status,
            "SmsSid": rec.key,
            "SmsStatus": status,
            "To": str(d.get("to") or ""),
        }
        if d.get("messaging_service_sid"):
            params["MessagingServiceSid"] = str(d["messaging_service_sid"])
        return params

    async def _post(self, url: str, params: dict[str, str], account_sid: str) -> None:
        token = self.engine.auth_token_of(account_sid) or ""
        attempt = CallbackAttempt(url, params, twilio_signature(token, url, params))
        self.callbacks.append(attempt)
        if not self.allow_external and not _loopback(url):
            attempt.error = "not sent: only loopback callback URLs are allowed"
            self.engine.stats.callbacks_failed += 1
            return
        if self._http is None:
            self._http = httpx.AsyncClient(timeout=5.0, follow_redirects=False)
        headers = {
            "X-Twilio-Signature": attempt.signature,
            "I-Twilio-Idempotency-Token": self.engine.rand_hex(),
            "User-Agent": "TwilioProxy/1.1",
        }
        try:
            response = await self._http.post(url, data=params, headers=headers)
        except httpx.HTTPError as err:
            attempt.error = f"{type(err).__name__}: {err}"
            self.engine.stats.callbacks_failed += 1
            logger.info("status callback to %s failed: %s", url, attempt.error)
            return
        attempt.status = response.status_code
        if response.is_success:
            self.engine.stats.callbacks_sent += 1
        else:
            self.engine.stats.callbacks_failed += 1

    async def aclose(self) -> None:
        for item in self._scheduled.values():
            if item.handle is not None:
                item.handle.cancel()
        self._scheduled.clear()
        for task in list(self._tasks):
            task.cancel()
        if self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)
        if self._http is not None:
            await self._http.aclose()
            self._http = None
