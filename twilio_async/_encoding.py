"""Python values to Twilio wire values, checked before anything is sent.

Each parameter kind has one encoder that validates the Python value and returns
the wire strings (a list, since list parameters repeat their key).
"""

from __future__ import annotations

import enum
import json
import math
from collections.abc import Callable, Sequence
from datetime import date, datetime, timezone
from decimal import Decimal
from typing import Any
from urllib.parse import quote_plus

from ._errors import TwilioValidationError

Encoder = Callable[[str, Any], str]


def _type_error(name: str, expected: str, value: Any) -> TwilioValidationError:
    return TwilioValidationError(
        f"parameter {name!r} expects {expected}, got {type(value).__name__} {_preview(value)}"
    )


def _preview(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def encode_string(name: str, value: Any) -> str:
    if isinstance(value, enum.Enum):
        value = value.value
    if not isinstance(value, str):
        raise _type_error(name, "str", value)
    return value


def encode_integer(name: str, value: Any) -> str:
    if isinstance(value, bool) or not isinstance(value, int):
        raise _type_error(name, "int", value)
    return str(value)


def encode_number(name: str, value: Any) -> str:
    if isinstance(value, bool) or not isinstance(value, (int, float, Decimal)):
        raise _type_error(name, "a number (int, float or Decimal)", value)
    # Decimal's own is_finite: math.isfinite converts to float, which a signaling NaN refuses.
    finite = value.is_finite() if isinstance(value, Decimal) else math.isfinite(value)
    if not isinstance(value, int) and not finite:
        raise TwilioValidationError(f"parameter {name!r} expects a finite number, got {value!r}")
    return str(value)


def encode_boolean(name: str, value: Any) -> str:
    if not isinstance(value, bool):
        raise _type_error(name, "bool", value)
    return "true" if value else "false"


def encode_datetime(name: str, value: Any) -> str:
    """Aware datetimes are sent in UTC as ISO 8601; a bare date as YYYY-MM-DD; strings as given."""
    if isinstance(value, str):
        return value
    if isinstance(value, datetime):
        if value.tzinfo is None or value.utcoffset() is None:
            raise TwilioValidationError(
                f"parameter {name!r} expects a timezone-aware datetime "
                f"(e.g. datetime(..., tzinfo=timezone.utc)), got a naive one"
            )
        try:
            utc = value.astimezone(timezone.utc)
        except OverflowError:
            raise TwilioValidationError(
                f"parameter {name!r}: {value.isoformat()} is out of range in UTC"
            ) from None
        # isoformat, not strftime: strftime does not zero-pad years below 1000 on glibc.
        return utc.replace(tzinfo=None, microsecond=0).isoformat() + "Z"
    if isinstance(value, date):
        return value.isoformat()
    raise _type_error(name, "datetime, date or str", value)


def encode_date(name: str, value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, datetime):
        raise TwilioValidationError(
            f"parameter {name!r} expects a date (YYYY-MM-DD), got a datetime; pass value.date()"
        )
    if isinstance(value, date):
        return value.isoformat()
    raise _type_error(name, "date or str", value)


def encode_object(name: str, value: Any) -> str:
    if isinstance(value, str):
        return value
    try:
        return json.dumps(value, separators=(",", ":"), default=_json_default, allow_nan=False)
    except (TypeError, ValueError) as err:
        raise TwilioValidationError(f"parameter {name!r} is not JSON-serialisable: {err}") from err


def _json_default(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON-serialisable")


ENCODERS: dict[str, Encoder] = {
    "string": encode_string,
    "integer": encode_integer,
    "number": encode_number,
    "boolean": encode_boolean,
    "datetime": encode_datetime,
    "date": encode_date,
    "object": encode_object,
}


def encode_values(name: str, kind: str, many: bool, value: Any) -> list[str]:
    """Wire strings for one parameter; ``many`` parameters repeat their key."""
    encoder = ENCODERS[kind]
    if not many:
        return [encoder(name, value)]
    if isinstance(value, (str, bytes)) or not isinstance(value, Sequence):
        raise _type_error(name, "a list", value)
    return [encoder(name, item) for item in value]


def json_value(name: str, kind: str, many: bool, value: Any) -> Any:
    """A JSON-body value for one parameter (objects stay structured)."""
    if kind == "object":
        # Through text and back: validates now, and turns Decimal/datetime into JSON values.
        text = encode_object(name, value)
        try:
            return json.loads(text)
        except ValueError as err:
            raise TwilioValidationError(f"parameter {name!r} is not valid JSON: {err}") from err
    if many:
        if isinstance(value, (str, bytes)) or not isinstance(value, Sequence):
            raise _type_error(name, "a list", value)
        return [json_value(name, kind, False, item) for item in value]
    if kind == "boolean":
        encode_boolean(name, value)
        return value
    if kind in ("integer", "number"):
        return json.loads(ENCODERS[kind](name, value))
    return ENCODERS[kind](name, value)


#: ``application/x-www-form-urlencoded`` escaping for ASCII, as a C-speed translate table
#: (same output as ``urllib.parse.quote_plus``: unreserved characters kept, space as ``+``).
_FORM_SAFE = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~")
_FORM_TABLE = {
    code: (chr(code) if chr(code) in _FORM_SAFE else "+" if code == 32 else f"%{code:02X}")
    for code in range(128)
}


def _form_quote(text: str) -> str:
    if text.isascii():
        return text.translate(_FORM_TABLE)
    return quote_plus(text)


def form_urlencode(pairs: list[tuple[str, str]]) -> str:
    """``urllib.parse.urlencode`` for string pairs, several times faster for ASCII values."""
    return "&".join(f"{_form_quote(k)}={_form_quote(v)}" for k, v in pairs)
