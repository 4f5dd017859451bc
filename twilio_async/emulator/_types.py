"""The emulator's vocabulary: its errors, and the records of a request and its answer.

A leaf of the emulator: it imports nothing else of it, so the engine, the resource
behaviours, the faults, the wire serializers and the ASGI app all import it and
never each other to reach it.

- ``Incoming`` / ``Outgoing``: one HTTP request, reduced to what the engine needs,
  and the answer the ASGI app turns back into a response.
- ``EmulatorError``: an answer in Twilio's error shape (``ErrorDoc``), raised
  anywhere while serving; ``not_found`` / ``bad_request`` / ``unauthorized`` build
  the common ones.
- ``DropConnection``: close the connection without any answer (a fault).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

from .._errors import TwilioError

ERRORS_URL = "https://www.twilio.com/docs/errors/"


@dataclass
class Incoming:
    """One HTTP request, reduced to what the engine needs."""

    method: str
    domain: str | None
    segments: list[str]  # the path after any domain prefix, split and percent-decoded
    query: list[tuple[str, str]]
    form: list[tuple[str, str]]
    json_body: Any
    headers: Mapping[str, str]  # lower-case names
    base: str  # scheme://host[/domain-prefix]: what absolute URLs start with

    @property
    def path(self) -> str:
        """The path as Twilio sees it (``/2010-04-01/Accounts/…``), re-quoted."""
        return "/" + "/".join(quote(s, safe="@:+,;=") for s in self.segments)


@dataclass
class Outgoing:
    """An HTTP answer."""

    status: int
    body: bytes
    media_type: str | None
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class ErrorDoc:
    """A Twilio error: HTTP status, Twilio code and message."""

    status: int
    code: int | None
    message: str
    detail: str | None = None

    @property
    def more_info(self) -> str | None:
        return f"{ERRORS_URL}{self.code}" if self.code is not None else None


class EmulatorError(TwilioError):
    """An answer in Twilio's error shape (the dialect's serializer renders it).

    ``doc`` is what the serializer renders; ``headers`` are sent with the answer as
    given (``WWW-Authenticate``, ``Allow``, ``Retry-After``).
    """

    status: int

    def __init__(
        self,
        status: int,
        code: int | None,
        message: str,
        *,
        detail: str | None = None,
        headers: dict[str, str] | None = None,
    ):
        super().__init__(message, status=status)
        self.doc = ErrorDoc(status, code, message, detail)
        self.headers = headers or {}


class DropConnection(TwilioError):
    """Raised by the engine when a fault drops the connection without an answer."""


def not_found(path: str) -> EmulatorError:
    return EmulatorError(404, 20404, f"The requested resource {path} was not found")


def bad_request(code: int, message: str) -> EmulatorError:
    return EmulatorError(400, code, message)


def unauthorized(message: str = "Authenticate") -> EmulatorError:
    return EmulatorError(
        401,
        20003,
        message,
        detail="Your AccountSid or AuthToken was incorrect.",
        headers={"WWW-Authenticate": 'Basic realm="Twilio API"'},
    )
