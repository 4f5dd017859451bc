"""Property tests: path building, form encoding and response parsing with arbitrary input.

tests/runtime/test_encoding.py already checks that well-typed text round-trips through
the form encoder; here the input is anything at all, and the property is the
contract: a value either becomes exactly what the template says, or it is refused
with a ``TwilioValidationError`` / parsed into a ``TwilioResponseError``. Never
another exception, never a different URL.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from decimal import Decimal
from typing import Any
from urllib.parse import unquote

import httpx
import pytest
import yarl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.support.credentials import ACCOUNT_SID
from twilio_async import Client, TwilioError, TwilioResponseError, TwilioValidationError
from twilio_async._backends import RawResponse
from twilio_async._dialects import get_dialect
from twilio_async._encoding import ENCODERS, encode_values, form_urlencode, json_value
from twilio_async._types import PreparedRequest
from twilio_async.rest.api.v2010 import accounts_available_phone_numbers as countries
from twilio_async.rest.api.v2010 import accounts_messages as messages
from twilio_async.rest.flex_api.v1 import plugins

CLIENT = Client(ACCOUNT_SID, "token", environ={})
SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
#: Parsing and encoding examples are costlier (pydantic, recursive values): fewer of them.
LIGHT = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])

#: Text that stresses URL parsing: separators, dots, escapes, controls, Unicode look-alikes.
TRICKY = st.sampled_from(
    [
        *"/\\?#%.;:@&=+$,[]! \t\r\n\x00\x7f\u00a0\u2028\u2215\uff0f\uff0e\u3002\u0130\u212a",
        *["..", "%2e", "%2F", "..;", "//", "\\\\", "\u202e", "\ufeff", "\U0001f4a9"],
    ]
)
PATH_TEXT = st.one_of(
    st.text(max_size=24),
    st.lists(st.one_of(TRICKY, st.text(max_size=3)), max_size=8).map("".join),
)


def _segments(path: str) -> list[str]:
    return path.split("/")


def _check_one_segment(url: str, template: str, value: str, suffix: str) -> None:
    """The URL's path is the template's, with ``value + suffix`` as its last segment."""
    expected = _segments(template)
    for parsed_path, parsed_query, parsed_fragment, how in (
        (httpx.URL(url).path, httpx.URL(url).query, httpx.URL(url).fragment, "httpx"),
        (yarl.URL(url).path, yarl.URL(url).query_string, yarl.URL(url).fragment, "yarl"),
    ):
        got = _segments(parsed_path)
        assert len(got) == len(expected), (how, parsed_path)
        assert got[:-1] == expected[:-1], (how, parsed_path)
        assert unquote(got[-1]) == value + suffix, (how, parsed_path)
        assert not parsed_query and not parsed_fragment, (how, url)


@SETTINGS
@given(PATH_TEXT)
def test_country_code_path_is_one_segment_or_refused(value: str) -> None:
    try:
        context = CLIENT.available_phone_numbers(value)
    except TwilioValidationError as error:
        assert "CountryCode" in str(error)
        return
    request = context._prepare(countries._FETCH, {})
    base = CLIENT.api.v2010.base_url
    assert request.url.startswith(base)
    template = f"/2010-04-01/Accounts/{ACCOUNT_SID}/AvailablePhoneNumbers/X.json"
    _check_one_segment(request.url, template, value, ".json")


@SETTINGS
@given(PATH_TEXT)
def test_flex_plugin_path_is_one_segment_or_refused(value: str) -> None:
    try:
        context = CLIENT.flex_api.v1.plugins(value)
    except TwilioValidationError:
        return
    request = context._prepare(plugins._FETCH, {})
    _check_one_segment(request.url, "/v1/PluginService/Plugins/X", value, "")


@SETTINGS
@given(st.one_of(PATH_TEXT, st.from_regex(r"\A(SM|MM)[0-9a-fA-F]{32}\Z")))
def test_message_sid_is_the_pattern_or_refused(value: str) -> None:
    try:
        context = CLIENT.messages(value)
    except TwilioValidationError:
        return
    request = context._prepare(messages._FETCH, {})
    assert request.url.endswith(f"/Accounts/{ACCOUNT_SID}/Messages/{value}.json")
    assert value[:2] in ("SM", "MM") and len(value) == 34


# --- form and JSON encoding ----------------------------------------------------------------------

ANY_VALUE = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(),
        st.floats(),
        st.decimals(),
        st.text(),
        st.binary(max_size=8),
        st.datetimes(),
        st.datetimes(timezones=st.timezones()),
        st.dates(),
    ),
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(st.text(max_size=4), inner, max_size=4),
        st.sets(st.integers(), max_size=3),
        st.tuples(inner, inner),
    ),
    max_leaves=12,
)


@LIGHT
@given(st.sampled_from(sorted(ENCODERS)), st.booleans(), ANY_VALUE)
def test_any_value_encodes_to_strings_or_is_refused(kind: str, many: bool, value: Any) -> None:
    try:
        wire = encode_values("Param", kind, many, value)
    except TwilioValidationError as error:
        assert "Param" in str(error)
        return
    assert isinstance(wire, list) and all(isinstance(v, str) for v in wire)
    encoded = form_urlencode([("Param", v) for v in wire])
    assert encoded.isascii() and "\n" not in encoded and "#" not in encoded
    if not many:
        assert len(wire) == 1


@LIGHT
@given(st.sampled_from(sorted(ENCODERS)), st.booleans(), ANY_VALUE)
def test_any_value_becomes_json_or_is_refused(kind: str, many: bool, value: Any) -> None:
    try:
        out = json_value("Param", kind, many, value)
    except TwilioValidationError as error:
        assert "Param" in str(error)
        return
    json.dumps(out, allow_nan=False)  # always serialisable as strict JSON
    if isinstance(value, (Decimal, datetime, date)) and kind == "object":
        assert isinstance(out, str)


# --- response parsing ----------------------------------------------------------------------------

JSON = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(),
        st.floats(allow_nan=False, allow_infinity=False),
        st.text(),
    ),
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=12), inner, max_size=6)
    ),
    max_leaves=20,
)
#: Objects shaped like Twilio's, with field names it uses and values of any type.
MESSAGE_FIELDS = [
    "sid", "account_sid", "to", "from", "body", "status", "num_segments", "num_media",
    "price", "date_created", "date_sent", "date_updated", "error_code", "direction",
    "subresource_uris", "uri", "messages", "next_page_uri", "page", "page_size", "meta",
    "plugins", "url", "links", "code", "message", "more_info",
]  # fmt: skip
TWILIO_LIKE = st.dictionaries(st.sampled_from(MESSAGE_FIELDS), JSON, max_size=10)
BODIES = st.one_of(
    JSON.map(lambda v: json.dumps(v).encode()),
    TWILIO_LIKE.map(lambda v: json.dumps(v).encode()),
    st.binary(max_size=64),
)

REQUEST = PreparedRequest("GET", "https://api.twilio.com/x", [], None, None, None, None)


def _response(status: int, body: bytes) -> RawResponse:
    return RawResponse(status, {"content-type": "application/json"}, body, "OK")


@LIGHT
@given(BODIES)
def test_instance_parsing_is_a_model_or_a_response_error(body: bytes) -> None:
    for dialect, model in (
        (get_dialect("json-2010"), messages._FETCH.response_model()),
        (get_dialect("json-v1"), plugins._FETCH.response_model()),
    ):
        try:
            parsed = dialect.parse_instance(model, _response(200, body), REQUEST, None)
        except TwilioResponseError as error:
            assert error.body == body and error.status == 200
            assert len(str(error)) < 2000
        else:
            assert isinstance(parsed, model)


@LIGHT
@given(BODIES)
def test_page_parsing_is_a_page_or_a_response_error(body: bytes) -> None:
    for dialect, op, owner in (
        (get_dialect("json-2010"), messages._LIST, CLIENT.messages),
        (get_dialect("json-v1"), plugins._LIST, CLIENT.flex_api.v1.plugins),
    ):
        try:
            page = dialect.parse_page(op.response_model(), op, _response(200, body), REQUEST, owner)
        except TwilioResponseError as error:
            assert error.body == body
        except TwilioError as error:  # a next-page link to a foreign host is refused
            assert "foreign host" in str(error)
        else:
            assert isinstance(page.items, list)


@LIGHT
@given(st.integers(min_value=300, max_value=599), BODIES)
def test_error_answers_always_become_typed_errors(status: int, body: bytes) -> None:
    for name in ("json-2010", "json-v1"):
        error = get_dialect(name).error(_response(status, body), "POST", "https://x/y")
        assert isinstance(error, TwilioError)
        text = str(error)
        assert len(text) < 4000
        assert all(ch.isprintable() for ch in text)


@pytest.mark.parametrize("status", [200, 201, 400, 500])
def test_xml_dialect_rejects_json_and_binary(status: int) -> None:
    dialect = get_dialect("xml-2008")
    for body in (b'{"sid": "CA1"}', b"\x00\x01", b""):
        if status < 300:
            from twilio_async.rest.api.v2008 import accounts_calls

            model = accounts_calls._FETCH.response_model()
            with pytest.raises(TwilioResponseError):
                dialect.parse_instance(model, _response(status, body), REQUEST, None)
        else:
            assert isinstance(dialect.error(_response(status, body), "GET", "u"), TwilioError)
