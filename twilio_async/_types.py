"""Small shared types: the "not given" sentinel, per-call options, tolerant enums, date parsers."""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from functools import lru_cache
from typing import Annotated, Any, Final, Literal

import httpx
from pydantic import BeforeValidator


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


@dataclass(frozen=True)
class RequestOptions:
    """Per-call options accepted by every generated method as ``options=``.

    ``timeout`` overrides the client's timeout (seconds or an ``httpx.Timeout``),
    ``max_retries`` the client's retry budget, and ``extra_headers`` are added last.
    """

    timeout: float | httpx.Timeout | None = None
    max_retries: int | None = None
    extra_headers: dict[str, str] = field(default_factory=dict)


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


_MONTHS = {
    m: i
    for i, m in enumerate(
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"], 1
    )
}
#: Twilio's exact shape, "Thu, 24 Aug 2023 05:01:45 +0000": parsed without email.utils.
_TWILIO_RFC2822 = re.compile(
    r"[A-Z][a-z]{2}, (\d{2}) ([A-Z][a-z]{2}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) ([+-])(\d{2})(\d{2})"
)


@lru_cache(maxsize=64)
def _offset(sign: str, hours: str, minutes: str) -> timezone:
    delta = timedelta(hours=int(hours), minutes=int(minutes))
    if delta == timedelta(0):
        return timezone.utc
    return timezone(-delta if sign == "-" else delta)


def _parse_rfc2822(value: Any) -> Any:
    if isinstance(value, str):
        if not value:
            return None
        fast = _TWILIO_RFC2822.fullmatch(value)
        if fast is not None and fast[2] in _MONTHS:
            day, month, year, hh, mm, ss, sign, oh, om = fast.groups()
            try:
                return datetime(
                    int(year),
                    _MONTHS[month],
                    int(day),
                    int(hh),
                    int(mm),
                    int(ss),
                    tzinfo=_offset(sign, oh, om),
                )
            except ValueError:
                pass  # an impossible date: let the general parser report it
        try:
            parsed = parsedate_to_datetime(value)
        except (TypeError, ValueError) as err:
            raise ValueError(f"not an RFC 2822 date: {value!r}") from err
        if parsed.tzinfo is None:  # "-0000" means UTC with unknown local offset
            parsed = parsed.replace(tzinfo=timezone.utc)
        return parsed
    return value


def _empty_to_none(value: Any) -> Any:
    return None if value == "" else value


def _parse_epoch(value: Any) -> Any:
    if isinstance(value, bool):
        raise ValueError("not an epoch timestamp: a boolean")
    if isinstance(value, str):
        text = value.strip()
        if not text:
            return None
        try:
            seconds: float = float(text) if "." in text else int(text)
        except ValueError:
            # Tolerated: an RFC 2822 date where epoch seconds were documented.
            return _parse_rfc2822(text)
        value = seconds
    if isinstance(value, (int, float)):
        try:
            return datetime.fromtimestamp(value, tz=timezone.utc)
        except (OverflowError, OSError, ValueError) as err:
            raise ValueError(f"epoch timestamp out of range: {value!r}") from err
    return value


# The aliases admit ``None`` so that a validator may map an empty string to it.
#: A ``datetime`` read from RFC 2822 text ("Thu, 24 Aug 2023 05:01:45 +0000"), offset kept.
Rfc2822DateTime = Annotated[datetime | None, BeforeValidator(_parse_rfc2822)]
#: An ISO 8601 ``datetime``; an empty string reads as ``None``.
IsoDateTime = Annotated[datetime | None, BeforeValidator(_empty_to_none)]
#: An aware UTC ``datetime`` from Unix epoch seconds (``1235986685``, as text or a number).
EpochDateTime = Annotated[datetime | None, BeforeValidator(_parse_epoch)]
