"""Leaf types every layer shares: the "not given" sentinel, the prepared request,
timeouts, the response protocol, parameter vocabularies, tolerant enums.

This module imports nothing else of the package, and neither httpx nor pydantic: it
loads with ``import twilio_async``.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Final, Literal, Protocol, TypedDict

if TYPE_CHECKING:
    from ._options import RequestOptions


class NotGiven:
    """Marks a parameter the caller did not pass (distinct from an explicit ``None``)."""

    _instance: NotGiven | None = None

    def __new__(cls) -> NotGiven:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven()


#: How a parameter's value is encoded on the wire (``_encoding.ENCODERS`` has one per kind).
ParamKind = Literal["string", "integer", "number", "boolean", "datetime", "date", "object"]
#: Where a parameter goes: the query string, the form body, a header or the JSON body.
Location = Literal["query", "form", "header", "json"]
#: An operation's request body.
BodyKind = Literal["form", "json", "none"]
#: ``Client(http_backend=...)``: ``auto`` is aiohttp on asyncio if installed, else httpx's.
BackendName = Literal["auto", "aiohttp", "httpx"]
#: The HTTP verbs operations use.
HttpMethod = Literal["GET", "POST", "PUT", "PATCH", "DELETE"]


class Timeouts(TypedDict):
    """Per-phase timeouts in seconds (``None``: no limit); httpx's ``timeout`` extension."""

    connect: float | None
    read: float | None
    write: float | None
    pool: float | None


class ResponseLike(Protocol):
    """What the runtime reads from an answer; ``httpx.Response`` and ``RawResponse`` both fit."""

    @property
    def status_code(self) -> int: ...

    @property
    def headers(self) -> Mapping[str, str]: ...

    @property
    def content(self) -> bytes: ...

    @property
    def reason_phrase(self) -> str: ...


class PreparedRequest:
    """What an operation puts on the wire, before the transport adds auth and headers."""

    # Written out rather than a dataclass: building a dataclass at import costs more than
    # everything else in this module, and this module loads with ``import twilio_async``.
    __slots__ = ("form", "headers", "json", "method", "options", "query", "url")

    def __init__(
        self,
        method: str,
        url: str,
        query: list[tuple[str, str]],
        form: list[tuple[str, str]] | None,
        json: dict[str, Any] | None,
        headers: dict[str, str] | None,
        options: RequestOptions | None,
    ):
        self.method = method
        self.url = url
        self.query = query
        self.form = form
        self.json = json
        self.headers = headers
        self.options = options

    def __repr__(self) -> str:
        # The path only: queries and bodies carry phone numbers.
        return f"<PreparedRequest {self.method} {self.url.partition('?')[0]}>"


class TwilioEnum(str, enum.Enum):
    """A string enum that accepts values it does not know.

    Twilio adds enum values over time; an unknown value becomes a pseudo-member
    whose ``value`` is the string received, so parsing never fails on it.
    """

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member

    def __str__(self) -> str:
        return str(self.value)


class TwilioIntEnum(int, enum.Enum):
    """An integer-coded enum (API 2008-08-01 statuses) that accepts values it does not know.

    Members compare equal to their integers; wire text such as ``"2"`` is accepted,
    and an unknown integer becomes a pseudo-member named ``VALUE_<n>``.
    """

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if isinstance(value, str):
            text = value.strip()
            if text[1:].isdigit() if text[:1] == "-" else text.isdigit():
                return cls(int(text))
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            return None
        member = int.__new__(cls, value)
        member._name_ = f"VALUE_{value}"
        member._value_ = value
        return member

    def __str__(self) -> str:
        return str(self.value)

    def __format__(self, spec: str) -> str:
        return format(self.value, spec)
