"""Argument values for a declared parameter, from its spec type and twilio-python's serializer.

The spec says what the wire wants (``datetime``, ``enum:call_status``,
``list<uri>``); twilio-python's serializer says which Python value it takes for
it (``serialize.iso8601_datetime`` wants a ``datetime``, ``boolean_to_string`` a
``bool``, ``map`` a list). Names only decide two things the type cannot: a
``string`` that is a phone number (``To``, ``From``) and a ``…Sid`` that refers
to another resource (filled by the runner).
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from typing import Any

from tests.support.numbers import FROM, TO

from ._mapping import Arg

_PHONE_NAMES = {"To": TO, "From": FROM, "PhoneNumber": FROM, "Called": TO, "Caller": FROM}
_WHEN = dt.datetime(2030, 1, 2, 3, 4, 5, tzinfo=dt.timezone.utc)
_SNAKE = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")

#: Values where a plain generated string is not what Twilio accepts (name -> value, reason).
STRING_OVERRIDES: dict[str, tuple[str, str]] = {
    "DomainName": ("crosscheck{n}.sip.twilio.com", "Twilio wants a name under sip.twilio.com"),
    "IpAddress": ("127.0.0.1", "an IPv4 address (only stored; nothing is sent to it)"),
    "Password": ("Crosscheck-Pass-{n}", "Twilio wants 12+ characters, mixed case and a digit"),
    "TriggerValue": ("100", "a usage amount, as a decimal string"),
    "UsageCategory": ("sms", "one of Twilio's usage categories"),
    "Version": ("1.0.{n}", "plugin versions are semantic versions, unique per plugin"),
}


class JsonBody:
    """A JSON request body as twilio-python takes one: any object with ``to_dict()``."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data

    def to_dict(self) -> dict[str, Any]:
        return dict(self.data)


class Values:
    """Makes parameter values; strings are unique per run (``…-1``, ``…-2``)."""

    def __init__(self, enums: dict[str, list[str]]) -> None:
        self.enums = enums
        self._n = itertools.count(1)

    def make(self, name: str, type_: str, arg: Arg | None) -> Any:
        """A valid value of ``type_`` for wire parameter ``name``."""
        ser = arg.serializer if arg is not None else None
        if type_.startswith("list<"):
            return [self.make(name, type_[5:-1], None)]
        if ser == "to_dict":
            return JsonBody({})
        if type_.startswith("enum:"):
            return (self.enums.get(type_[5:]) or ["unknown"])[0]
        if type_ == "boolean":
            return True
        if type_ == "integer":
            return 1
        if type_ == "number":
            return 1.0
        if type_ == "datetime":
            return _WHEN if ser == "iso8601_datetime" else _WHEN.isoformat()
        if type_ == "date":
            return _WHEN.date() if ser == "iso8601_date" else _WHEN.date().isoformat()
        if type_ == "phone-number":
            return _PHONE_NAMES.get(name, FROM)
        if type_ == "uri":
            return "https://example.com/crosscheck"
        if type_ == "http-method":
            return "POST"
        if type_ == "iso-country-code":
            return "US"
        if type_ == "twiml":
            return "<Response><Say>crosscheck</Say></Response>"
        if type_ == "object":
            return {}
        if name in _PHONE_NAMES:
            return _PHONE_NAMES[name]
        n = next(self._n)
        if name in STRING_OVERRIDES:
            return STRING_OVERRIDES[name][0].format(n=n)
        return f"crosscheck-{_SNAKE.sub('-', name).lower()}-{n}"
