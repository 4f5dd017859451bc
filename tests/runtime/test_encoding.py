"""Python values to wire values: encoders, ``Node._prepare`` and the form/query on the wire."""

from __future__ import annotations

import asyncio
import enum
from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any
from urllib.parse import parse_qsl, urlencode

import httpx
import pytest
import respx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.support.bad_input import WRONG_TYPES
from tests.support.credentials import ACCOUNT_SID, AUTH_TOKEN
from tests.support.rest import ACCOUNT_URL, FLEX, form, message, query, raises, sid
from twilio_async import NOT_GIVEN, Client, TwilioValidationError
from twilio_async._encoding import encode_values, form_urlencode, json_value
from twilio_async.rest.api.v2010.enums import MessageContentRetention, MessageUpdateStatus

PLUS_TWO = timezone(timedelta(hours=2))
MINUS_FIVE_THIRTY = timezone(-timedelta(hours=5, minutes=30))


class Color(enum.Enum):
    RED = "red"


# --- the encoders, one table ---------------------------------------------------------------------

ENCODED = [
    ("boolean", False, True, ["true"]),
    ("boolean", False, False, ["false"]),
    ("integer", False, 0, ["0"]),
    ("integer", False, -42, ["-42"]),
    ("number", False, Decimal("-0.0075"), ["-0.0075"]),
    ("number", False, 1.5, ["1.5"]),
    ("number", False, 3, ["3"]),
    ("string", False, "", [""]),
    ("string", False, "héllo wörld", ["héllo wörld"]),
    ("string", False, MessageContentRetention.RETAIN, ["retain"]),
    ("string", False, Color.RED, ["red"]),
    ("string", True, ["a", "b", "a"], ["a", "b", "a"]),
    ("string", True, ("x",), ["x"]),
    ("string", True, [], []),
    ("boolean", True, [True, False], ["true", "false"]),
    ("datetime", False, datetime(2024, 1, 2, 5, 4, 5, tzinfo=PLUS_TWO), ["2024-01-02T03:04:05Z"]),
    (
        "datetime",
        False,
        datetime(2024, 1, 2, 3, 4, 5, tzinfo=timezone.utc),
        ["2024-01-02T03:04:05Z"],
    ),
    (
        "datetime",
        False,
        datetime(2024, 1, 1, 22, 0, 0, tzinfo=MINUS_FIVE_THIRTY),
        ["2024-01-02T03:30:00Z"],
    ),
    ("datetime", False, date(2024, 1, 2), ["2024-01-02"]),
    ("datetime", False, "2024-01-02", ["2024-01-02"]),
    ("date", False, date(2024, 2, 29), ["2024-02-29"]),
    ("date", False, "2024-02-29", ["2024-02-29"]),
    ("object", False, {"b": 1, "a": [1, 2]}, ['{"b":1,"a":[1,2]}']),
    ("object", False, {"price": Decimal("0.5"), "ok": True}, ['{"price":"0.5","ok":true}']),
    ("object", False, [1, "x", None], ['[1,"x",null]']),
    ("object", False, '{"raw":1}', ['{"raw":1}']),
    ("object", True, [{"a": 1}, {"b": 2}], ['{"a":1}', '{"b":2}']),
]


@pytest.mark.parametrize(("kind", "many", "value", "expected"), ENCODED)
def test_encode_values(kind: str, many: bool, value: Any, expected: list[str]) -> None:
    assert encode_values("Param", kind, many, value) == expected


REFUSED = [
    ("string", False, 5, "str"),
    ("string", False, b"bytes", "str"),
    ("string", False, None, "str"),
    ("integer", False, True, "int"),
    ("integer", False, "3", "int"),
    ("integer", False, 3.0, "int"),
    ("number", False, "0.5", "number"),
    ("number", False, False, "number"),
    ("number", False, float("nan"), "finite"),
    ("number", False, float("inf"), "finite"),
    ("number", False, Decimal("NaN"), "finite"),
    ("boolean", False, "true", "bool"),
    ("boolean", False, 1, "bool"),
    ("string", True, "a string, not a list", "list"),
    ("string", True, b"bytes", "list"),
    ("string", True, {"a", "b"}, "list"),
    ("string", True, ["ok", 3], "str"),
    ("datetime", False, datetime(2024, 1, 2, 3, 4, 5), "naive"),
    ("datetime", False, 1704164645, "datetime"),
    ("date", False, datetime(2024, 1, 2, tzinfo=timezone.utc), "date"),
    ("date", False, 20240102, "date"),
    ("object", False, {"s": {1, 2}}, "JSON"),
    ("object", False, object(), "JSON"),
    ("object", False, {"nan": float("nan")}, "JSON"),
]


@pytest.mark.parametrize(("kind", "many", "value", "fragment"), REFUSED)
def test_encode_values_refuses(kind: str, many: bool, value: Any, fragment: str) -> None:
    with raises(TwilioValidationError) as info:
        encode_values("TheParam", kind, many, value)
    assert "TheParam" in str(info.value)
    assert fragment in str(info.value)


@pytest.mark.parametrize(
    "value",
    [
        datetime(1, 1, 1, 0, 0, tzinfo=PLUS_TWO),  # before year 1 in UTC
        datetime(9999, 12, 31, 23, 0, tzinfo=MINUS_FIVE_THIRTY),  # after year 9999 in UTC
    ],
)
def test_datetime_out_of_range_in_utc_is_a_validation_error(value: datetime) -> None:
    with raises(TwilioValidationError, match="SendAt"):
        encode_values("SendAt", "datetime", False, value)


def test_datetime_years_below_1000_are_zero_padded() -> None:
    value = datetime(999, 3, 4, 5, 6, 7, tzinfo=timezone.utc)
    assert encode_values("D", "datetime", False, value) == ["0999-03-04T05:06:07Z"]


def test_datetime_drops_fractional_seconds() -> None:
    value = datetime(2024, 1, 2, 3, 4, 5, 999_999, tzinfo=timezone.utc)
    assert encode_values("D", "datetime", False, value) == ["2024-01-02T03:04:05Z"]


JSON_VALUES = [
    ("object", False, {"a": Decimal("1.5")}, {"a": "1.5"}),
    ("object", False, '{"a": 1}', {"a": 1}),
    ("object", False, {"when": date(2024, 1, 2)}, {"when": "2024-01-02"}),
    ("boolean", False, True, True),
    ("integer", False, 7, 7),
    ("number", False, Decimal("0.25"), 0.25),
    ("string", True, ["a", "b"], ["a", "b"]),
    ("string", False, MessageUpdateStatus.CANCELED, "canceled"),
]


@pytest.mark.parametrize(("kind", "many", "value", "expected"), JSON_VALUES)
def test_json_value(kind: str, many: bool, value: Any, expected: Any) -> None:
    assert json_value("p", kind, many, value) == expected


@pytest.mark.parametrize(
    ("kind", "many", "value"),
    [
        ("object", False, "{not json"),
        ("object", False, {"s": {1}}),
        ("boolean", False, "yes"),
        ("string", True, "not-a-list"),
    ],
)
def test_json_value_refuses(kind: str, many: bool, value: Any) -> None:
    with raises(TwilioValidationError, match="'p'"):
        json_value("p", kind, many, value)


# --- through a generated resource ----------------------------------------------------------------


async def test_create_sends_every_kind_as_form_fields(
    client: Client, mock: respx.MockRouter
) -> None:
    route = mock.post(f"{ACCOUNT_URL}/Messages.json").respond(201, json=message())
    await client.messages.create(
        to="+15558675310",
        from_="+15017122661",
        body="Hi & bye = ok?",
        media_url=["https://example.com/a.png", "https://example.com/b.png"],
        provide_feedback=True,
        smart_encoded=False,
        attempt=3,
        max_price=Decimal("0.75"),
        content_retention=MessageContentRetention.DISCARD,
        address_retention="retain",
        send_at=datetime(2024, 1, 2, 5, 4, 5, tzinfo=PLUS_TWO),
    )
    request = route.calls.last.request
    assert request.headers["Content-Type"] == "application/x-www-form-urlencoded"
    # Declaration order from the spec, list items repeated in order.
    assert form(request) == [
        ("To", "+15558675310"),
        ("MaxPrice", "0.75"),
        ("ProvideFeedback", "true"),
        ("Attempt", "3"),
        ("ContentRetention", "discard"),
        ("AddressRetention", "retain"),
        ("SmartEncoded", "false"),
        ("SendAt", "2024-01-02T03:04:05Z"),
        ("From", "+15017122661"),
        ("Body", "Hi & bye = ok?"),
        ("MediaUrl", "https://example.com/a.png"),
        ("MediaUrl", "https://example.com/b.png"),
    ]
    assert request.url.query == b""


async def test_unset_and_none_are_omitted(client: Client, mock: respx.MockRouter) -> None:
    route = mock.post(f"{ACCOUNT_URL}/Messages.json").respond(201, json=message())
    # None is taken as "unset" at run time, though the signatures do not offer it.
    await client.messages.create(to="+1555", body=None, from_=NOT_GIVEN, media_url=None)  # type: ignore[arg-type]
    assert form(route.calls.last.request) == [("To", "+1555")]


async def test_empty_string_is_sent(client: Client, mock: respx.MockRouter) -> None:
    """``update(body="")`` redacts a message: the empty value must reach Twilio."""
    sm = sid("SM", 1)
    route = mock.post(f"{ACCOUNT_URL}/Messages/{sm}.json").respond(200, json=message(1, body=""))
    await client.messages(sm).update(body="")
    assert form(route.calls.last.request) == [("Body", "")]


async def test_range_filters_use_suffixed_wire_names(
    client: Client, mock: respx.MockRouter
) -> None:
    route = mock.get(f"{ACCOUNT_URL}/Messages.json").respond(200, json={"messages": []})
    await client.messages.list(
        to="+1555",
        date_sent_before=datetime(2024, 1, 2, 5, 4, 5, tzinfo=PLUS_TWO),
        date_sent_after=date(2023, 12, 1),
    )
    request = route.calls.last.request
    assert query(request) == [
        ("To", "+1555"),
        ("DateSent<", "2024-01-02T03:04:05Z"),
        ("DateSent>", "2023-12-01"),
    ]
    # The comparison characters are percent-encoded on the wire, never raw.
    assert b"DateSent%3C=" in request.url.query
    assert b"DateSent%3E=" in request.url.query
    assert request.content == b""


async def test_date_params_on_a_query(client: Client, mock: respx.MockRouter) -> None:
    route = mock.get(f"{ACCOUNT_URL}/Usage/Records/Daily.json").respond(
        200, json={"usage_records": []}
    )
    await client.usage.records.daily.list(
        start_date=date(2024, 1, 1), end_date="2024-01-31", include_subaccounts=False
    )
    assert query(route.calls.last.request) == [
        ("StartDate", "2024-01-01"),
        ("EndDate", "2024-01-31"),
        ("IncludeSubaccounts", "false"),
    ]


async def test_objects_are_compact_json_form_fields(client: Client, mock: respx.MockRouter) -> None:
    route = mock.post(f"{FLEX}/Interactions").respond(201, json={"sid": sid("KD")})
    await client.flex_api.v1.interaction.create(
        channel={"type": "sms", "initiated_by": "customer", "properties": {"n": 1}},
        routing={"properties": {"workspace_sid": sid("WS"), "priority": Decimal("2")}},
    )
    assert form(route.calls.last.request) == [
        ("Channel", '{"type":"sms","initiated_by":"customer","properties":{"n":1}}'),
        ("Routing", '{"properties":{"workspace_sid":"' + sid("WS") + '","priority":"2"}}'),
    ]


@pytest.mark.parametrize(
    ("call", "op", "param"),
    [case[1:] for case in WRONG_TYPES],
    ids=[case[0] for case in WRONG_TYPES],
)
async def test_wrong_types_are_refused_before_any_request(
    client: Client, mock: respx.MockRouter, call: Callable[[Client], Any], op: str, param: str
) -> None:
    catch_all = mock.route().respond(200, json={})
    with raises(TwilioValidationError) as info:
        await call(client)
    assert op in str(info.value)
    assert param in str(info.value)
    assert not catch_all.called
    assert mock.calls.call_count == 0


async def test_stream_refuses_wrong_types_on_first_iteration(
    client: Client, mock: respx.MockRouter
) -> None:
    catch_all = mock.route().respond(200, json={})
    stream = client.messages.stream(to=5)  # type: ignore[arg-type]
    with raises(TwilioValidationError, match="messages.list"):
        await stream.__anext__()
    assert not catch_all.called


# --- properties ----------------------------------------------------------------------------------


def _capture(call: Callable[[Client], Any], status: int = 200, body: Any = None) -> httpx.Request:
    """Run one call on a fresh client whose HTTP client records the request."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        request.read()
        seen.append(request)
        return httpx.Response(status, json=body if body is not None else message())

    async def run() -> None:
        http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
        async with http, Client(ACCOUNT_SID, AUTH_TOKEN, http_client=http, environ={}) as c:
            await call(c)

    asyncio.run(run())
    assert len(seen) == 1
    return seen[0]


PROPERTY_SETTINGS = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


@PROPERTY_SETTINGS
@given(to=st.text(), body=st.text())
def test_property_form_text_round_trips(to: str, body: str) -> None:
    request = _capture(lambda c: c.messages.create(to=to, body=body), 201)
    assert parse_qsl(request.content.decode("ascii"), keep_blank_values=True) == [
        ("To", to),
        ("Body", body),
    ]


@PROPERTY_SETTINGS
@given(to=st.text())
def test_property_query_text_round_trips(to: str) -> None:
    request = _capture(lambda c: c.messages.list(to=to), body={"messages": []})
    assert parse_qsl(request.url.query.decode("ascii"), keep_blank_values=True) == [("To", to)]


@PROPERTY_SETTINGS
@given(urls=st.lists(st.text(), max_size=8))
def test_property_list_params_repeat_in_order(urls: list[str]) -> None:
    request = _capture(lambda c: c.messages.create(to="+1", media_url=urls), 201)
    pairs = parse_qsl(request.content.decode("ascii"), keep_blank_values=True)
    assert pairs[0] == ("To", "+1")
    assert [v for k, v in pairs if k == "MediaUrl"] == urls
    assert len(pairs) == 1 + len(urls)


_OFFSETS = st.builds(
    timezone,
    st.timedeltas(
        min_value=timedelta(hours=-23, minutes=-59), max_value=timedelta(hours=23, minutes=59)
    ),
)


@settings(max_examples=200, deadline=None)
@given(
    value=st.datetimes(
        min_value=datetime(1000, 1, 2), max_value=datetime(9998, 12, 30), timezones=_OFFSETS
    )
)
def test_property_aware_datetime_is_the_same_instant(value: datetime) -> None:
    (wire,) = encode_values("SendAt", "datetime", False, value)
    assert wire.endswith("Z")
    parsed = datetime.fromisoformat(wire[:-1]).replace(tzinfo=timezone.utc)
    # Whole seconds on the wire: the same instant, truncated to the second.
    assert parsed <= value < parsed + timedelta(seconds=1)


@settings(max_examples=200, deadline=None)
@given(value=st.datetimes(timezones=_OFFSETS))
def test_property_any_aware_datetime_encodes_or_is_refused_cleanly(value: datetime) -> None:
    try:
        (wire,) = encode_values("SendAt", "datetime", False, value)
    except TwilioValidationError as err:
        assert "SendAt" in str(err)
    else:
        parsed = datetime.fromisoformat(wire[:-1]).replace(tzinfo=timezone.utc)
        assert parsed <= value < parsed + timedelta(seconds=1)


@settings(max_examples=500)
@given(st.lists(st.tuples(st.text(), st.text()), max_size=8))
def test_form_urlencode_matches_the_standard_library(pairs: list[tuple[str, str]]) -> None:
    # The fast encoder must be byte-for-byte what urllib.parse.urlencode produces.
    assert form_urlencode(pairs) == urlencode(pairs)
