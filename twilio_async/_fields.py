"""Pydantic field types for Twilio's date formats (loaded with the models, not at import)."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from email.utils import parsedate_to_datetime
from functools import lru_cache
from typing import Annotated, Any

from pydantic import AfterValidator, BeforeValidator

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
        except (TypeError, ValueError, OverflowError, IndexError):
            # OverflowError: a year past C's int ("Thu, 24 Aug 99999999999 ..."); pydantic
            # reports only ValueError as a validation error.
            raise ValueError(f"not an RFC 2822 date: {value[:80]!r}") from None
        if parsed.tzinfo is None:  # "-0000" means UTC with unknown local offset
            parsed = parsed.replace(tzinfo=timezone.utc)
        return parsed
    return value


def _representable(value: Any) -> Any:
    """Refuse a ``datetime`` that cannot be moved to UTC (9999-12-31 23:59 -2359 cannot):
    comparing or converting it later would raise ``OverflowError`` in the caller's code."""
    if isinstance(value, datetime) and value.tzinfo is not None:
        try:
            value.astimezone(timezone.utc)
        except (OverflowError, ValueError):
            raise ValueError(f"date out of range: {value!r}") from None
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
        except ValueError:  # also int() past 4,300 digits
            # Tolerated: an RFC 2822 date where epoch seconds were documented.
            return _parse_rfc2822(text)
        value = seconds
    if isinstance(value, (int, float)):
        try:
            return datetime.fromtimestamp(value, tz=timezone.utc)
        except (OverflowError, OSError, ValueError) as err:
            raise ValueError(f"epoch timestamp out of range: {value!r}") from err
    return value


def _number_text(value: Any) -> Any:
    """Numbers sent as text: surrounding blanks dropped, an empty string read as ``None``."""
    if isinstance(value, str):
        text = value.strip()
        return text or None
    return value


def _integral(value: Any) -> Any:
    """``"12"`` and ``"12.0"`` are 12 (Twilio writes counts either way); ``"12.5"`` is refused."""
    value = _number_text(value)
    if isinstance(value, str) and "." in value:
        try:
            number = Decimal(value)
        except ArithmeticError:
            raise ValueError(f"not an integer: {value[:40]!r}") from None
        if number != number.to_integral_value():
            raise ValueError(f"not an integer: {value[:40]!r}")
        return int(number)
    return value


# The aliases admit ``None`` so that a validator may map an empty string to it.
#: A ``datetime`` read from RFC 2822 text ("Thu, 24 Aug 2023 05:01:45 +0000"), offset kept.
Rfc2822DateTime = Annotated[
    datetime | None, BeforeValidator(_parse_rfc2822), AfterValidator(_representable)
]
#: An ISO 8601 ``datetime``; an empty string reads as ``None``.
IsoDateTime = Annotated[
    datetime | None, BeforeValidator(_empty_to_none), AfterValidator(_representable)
]
#: An aware UTC ``datetime`` from Unix epoch seconds (``1235986685``, as text or a number).
EpochDateTime = Annotated[
    datetime | None, BeforeValidator(_parse_epoch), AfterValidator(_representable)
]
#: An ``int`` read from a JSON number or numeric text (``"12"``, ``" 12 "``, ``"12.0"``).
WireInt = Annotated[int | None, BeforeValidator(_integral)]
#: A ``Decimal`` read from a JSON number or numeric text (``"-0.00750"`` keeps its digits).
WireDecimal = Annotated[Decimal | None, BeforeValidator(_number_text)]
