"""Bad input shared by the unit tests and the end-to-end reliability tests.

tests/runtime (respx) and tests/reliability (the emulator over loopback) run the
same rows; the rows live here so neither imports the other's test module.
Arguments marked ``type: ignore[arg-type]`` are wrong on purpose: the runtime
must refuse them before any request.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from tests.support.rest import sid
from twilio_async import Client

#: Values that could change which URL is requested, or that are not a path value at all.
UNSAFE: list[Any] = [
    "../x",
    "..",
    ".",
    "",
    "SM/../..",
    "a/b",
    "a?b",
    "a#b",
    "%2e%2e",
    "%2F",
    "a b",
    "a\tb",
    "\n",
    "a\r\nHost: evil",
    "a\x00b",
    "a\x7f",
    "a\\b",
    "a\u2028b",  # Unicode line separator counts as whitespace
    None,
    123,
    b"SM" + b"a" * 32,
    ["SM" + "a" * 32],
]

#: Well-formed values that are not a Message SID.
NOT_A_MESSAGE_SID = [
    "CA" + "a" * 32,  # a Call SID
    "SM" + "a" * 31,  # too short
    "SM" + "a" * 33,  # too long
    "SM" + "g" * 32,  # not hex
    "sm" + "a" * 32,  # lower-case prefix
    " SM" + "a" * 32,
]


def _create(**kwargs: Any) -> Callable[[Client], Any]:
    return lambda c: c.messages.create(**kwargs)


WRONG_TYPES: list[tuple[str, Callable[[Client], Any], str, str]] = [
    ("int for str", _create(to=15558675310), "messages.create", "'to'"),
    (
        "str for bool",
        _create(to="+1", provide_feedback="true"),
        "messages.create",
        "'provide_feedback'",
    ),
    (
        "str for list",
        _create(to="+1", media_url="https://x/a.png"),
        "messages.create",
        "'media_url'",
    ),
    ("bad list item", _create(to="+1", media_url=["ok", 2]), "messages.create", "'media_url'"),
    ("bool for int", _create(to="+1", attempt=True), "messages.create", "'attempt'"),
    ("str for number", _create(to="+1", max_price="0.5"), "messages.create", "'max_price'"),
    (
        "naive datetime",
        _create(to="+1", send_at=datetime(2024, 1, 1)),
        "messages.create",
        "'send_at'",
    ),
    ("required None", _create(to=None), "messages.create", "'to'"),
    (
        "datetime filter",
        lambda c: c.messages.list(date_sent_before=1700000000),  # type: ignore[arg-type]
        "messages.list",
        "'date_sent_before'",
    ),
    (
        "update enum",
        lambda c: c.messages(sid("SM")).update(status=3),  # type: ignore[arg-type]
        "messages.update",
        "'status'",
    ),
    (
        "json body not an object",
        lambda c: c.flex_api.v1.configuration().update(body=[1, 2]),
        "configuration.update",
        "'body'",
    ),
    (
        "json body not serialisable",
        lambda c: c.flex_api.v1.configuration().update(body={"s": {1, 2}}),
        "configuration.update",
        "'body'",
    ),
    (
        "object list item",
        lambda c: c.flex_api.v1.plugin_configurations.create(name="n", plugins=[{"x": object()}]),
        "plugin_configurations.create",
        "'plugins'",
    ),
    (
        "header with a newline",
        lambda c: c.flex_api.v1.plugins.create(unique_name="p", flex_metadata="a\r\nX-Evil: 1"),
        "plugins.create",
        "'flex_metadata'",
    ),
    (
        "header not ASCII",
        lambda c: c.flex_api.v1.plugins(sid("FP")).fetch(flex_metadata="caf\u00e9"),
        "plugins.fetch",
        "'flex_metadata'",
    ),
    (
        "header not a str",
        lambda c: c.flex_api.v1.plugins.list(flex_metadata=1),  # type: ignore[arg-type]
        "plugins.list",
        "'flex_metadata'",
    ),
]

#: An XML entity-expansion bomb (about a billion "lol"s when expanded).
BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<TwilioResponse><Call><Sid>&lol9;</Sid></Call></TwilioResponse>"""
