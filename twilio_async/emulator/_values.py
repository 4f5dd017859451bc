"""Values between the wire and the store: parse request parameters, format response fields.

Stored values are Python values (``datetime``, ``bool``, ``int``, ``list``...);
each field's spec type says how it goes on the wire, so the same record renders
RFC 2822 dates for API 2010 and ISO 8601 dates for v1.
"""

from __future__ import annotations

import copy
import json
import re
from datetime import date, datetime, timezone
from email.utils import format_datetime, parsedate_to_datetime
from typing import TYPE_CHECKING, Any

from ._paths import snake_name as _snake
from ._relations import FIELD_DEFAULTS, NO_TYPE_DEFAULT

if TYPE_CHECKING:
    from ._catalog import Resource

_INT = re.compile(r"^[+-]?\d+$")
_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def snake(name: str) -> str:
    """``FriendlyName`` -> ``friendly_name``; ``DateSent<`` -> ``date_sent``."""
    return _snake(name.rstrip("<>="))


def now() -> datetime:
    """The current time in UTC, to the second (Twilio's resolution)."""
    return datetime.now(timezone.utc).replace(microsecond=0)


def base_type(type_: str) -> tuple[str, bool]:
    """``list<uri>`` -> ``("uri", True)``."""
    if type_.startswith("list<") and type_.endswith(">"):
        return type_[5:-1], True
    return type_, False


def check_param(type_: str, value: str, enums: dict[str, list[str]]) -> bool:
    """Whether a wire value is acceptable for a parameter of this spec type."""
    t, _many = base_type(type_)
    if t == "integer":
        return bool(_INT.match(value))
    if t == "number":
        return bool(_NUMBER.match(value))
    if t == "boolean":
        return value.lower() in ("true", "false", "1", "0")
    if t in ("datetime", "datetime-rfc2822", "datetime-epoch"):
        return parse_datetime(value) is not None
    if t == "date":
        return parse_datetime(value) is not None
    if t.startswith("enum:"):
        allowed = enums.get(t[5:])
        # Twilio's enums grow; unknown values for a declared enum are refused like Twilio does.
        return allowed is None or value in allowed
    return True


def to_field(type_: str, values: list[str]) -> Any:
    """Wire parameter values -> the stored value of a field of spec type ``type_``."""
    t, many = base_type(type_)
    if many:
        return [_one(t, v) for v in values]
    return _one(t, values[-1]) if values else None


def _one(t: str, v: str) -> Any:
    if t == "integer":
        return int(v) if _INT.match(v) else v
    if t == "boolean":
        return v.lower() in ("true", "1")
    if t in ("object", "uri-map"):
        try:
            return json.loads(v)
        except ValueError:
            return v
    if t in ("datetime", "datetime-rfc2822", "datetime-epoch"):
        return parse_datetime(v) or v
    if t == "date":
        d = parse_datetime(v)
        return d.date() if d is not None else v
    return v


def json_to_field(type_: str, value: Any) -> Any:
    """A JSON body value -> the stored value (dates parsed, the rest as sent)."""
    if isinstance(value, str):
        t, many = base_type(type_)
        if not many and t in ("datetime", "datetime-rfc2822", "datetime-epoch", "date"):
            return _one(t, value)
    return value


def parse_datetime(value: str) -> datetime | None:
    """ISO 8601 (date or datetime), RFC 2822 or epoch seconds -> aware UTC datetime."""
    text = value.strip()
    if not text:
        return None
    if _DATE.match(text):
        return datetime.fromisoformat(text).replace(tzinfo=timezone.utc)
    try:
        dt = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        dt = None
    if dt is None and _INT.match(text):
        return datetime.fromtimestamp(int(text), timezone.utc)
    if dt is None:
        try:
            dt = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=timezone.utc)
    return dt.astimezone(timezone.utc)


def wire_value(type_: str, value: Any) -> Any:
    """A stored value as the JSON (or XML text) of a field of spec type ``type_``."""
    if value is None:
        return None
    t, many = base_type(type_)
    if many and isinstance(value, list):
        return [wire_value(t, v) for v in value]
    if isinstance(value, datetime):
        if t == "datetime-rfc2822":
            return format_datetime(value.astimezone(timezone.utc))
        if t == "datetime-epoch":
            return str(int(value.timestamp()))
        if t == "date":
            return value.date().isoformat()
        return value.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    if isinstance(value, date):
        return value.isoformat()
    return value


def date_matches(stored: Any, op: str, wanted: str) -> bool:
    """A date filter: ``X`` (same day or instant), ``X<`` (on or before), ``X>`` (on or after)."""
    if stored is None:
        return False
    target = parse_datetime(wanted)
    if target is None:
        return False
    if isinstance(stored, datetime):
        have: datetime | date = stored
    elif isinstance(stored, date):
        have = stored
    elif isinstance(stored, str):
        parsed = parse_datetime(stored)
        if parsed is None:
            return False
        have = parsed
    else:
        return False
    if _DATE.match(wanted.strip()) or not isinstance(have, datetime):
        left: datetime | date = have.date() if isinstance(have, datetime) else have
        right: datetime | date = target.date()
    else:
        left, right = have, target
    if op == "<":
        return left <= right
    if op == ">":
        return left >= right
    return left == right


def loose_equal(stored: Any, wanted: str) -> bool:
    """An equality filter on a stored value from a query-string value."""
    if isinstance(stored, bool):
        return str(stored).lower() == wanted.lower()
    if isinstance(stored, (datetime, date)):
        return date_matches(stored, "", wanted)
    if isinstance(stored, list):
        return wanted in [str(s) for s in stored]
    return stored is not None and str(stored) == wanted


def field_default(res: Resource, name: str, type_: str, data: dict[str, Any]) -> Any:
    """What Twilio puts in a field nobody set, or ``None`` to leave it unset.

    In order: the version's table (``_relations.FIELD_DEFAULTS``); a ``friendly_name``
    next to a ``phone_number`` is the number, formatted; then by type: booleans are
    false, HTTP methods ``POST``, string enums their first value (except the fields
    in ``_relations.NO_TYPE_DEFAULT``, which only what happened can say).
    """
    v = res.version
    if v.dialect == "xml-2008":
        return None  # 2008 shows the records 2010 made; it adds nothing of its own
    table = FIELD_DEFAULTS.get(f"{v.domain}/{v.version}", {})
    if name in table:
        return copy.deepcopy(table[name])
    if name == "friendly_name" and isinstance(data.get("phone_number"), str):
        return format_number(data["phone_number"])
    if name in NO_TYPE_DEFAULT:
        return None
    if res.key_field is None and type_ == "object":
        return {}  # a keyless answer (settings, a check's results) holds an empty object
    if res.key_field is None and type_.startswith("list<"):
        return []
    if type_ == "boolean":
        return False
    if type_ == "http-method":
        return "POST"
    if type_.startswith("enum:") and type_[5:] not in v.int_enums:
        labels = v.enums.get(type_[5:])
        return labels[0] if labels else None
    return None


def format_number(number: str) -> str:
    """A phone number as Twilio shows it in ``friendly_name``: ``(808) 925-5327`` in NANP."""
    if len(number) == 12 and number.startswith("+1") and number[2:].isdigit():
        d = number[2:]
        return f"({d[:3]}) {d[3:6]}-{d[6:]}"
    return number
