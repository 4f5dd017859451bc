"""Response models: forward compatibility, tolerant parsing and hidden secrets."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

import pytest
import respx
from pydantic import ValidationError

from tests.support.credentials import ACCOUNT_SID
from tests.support.rest import ACCOUNT_URL, FLEX, message, plugin, sid
from twilio_async import Client
from twilio_async._types import TwilioEnum
from twilio_async.rest.api.v2010.enums import MessageStatus
from twilio_async.rest.api.v2010.types.accounts import Account
from twilio_async.rest.api.v2010.types.accounts_calls import Call
from twilio_async.rest.api.v2010.types.accounts_keys import NewKey
from twilio_async.rest.api.v2010.types.accounts_messages import Message
from twilio_async.rest.flex_api.v1.types.plugins import Plugin

TOKEN_VALUE = "f" * 32
MESSAGE_SID = sid("SM")


def _message(data: dict[str, Any]) -> Message:
    """A ``Message`` from a response body carrying its key (every Message has one)."""
    return Message.model_validate({"sid": MESSAGE_SID, **data})


KEY_SECRET = "0123456789ABCDEFGHIJKLMNOPQRSTUV"


async def test_unknown_fields_are_kept(client: Client, mock: respx.MockRouter) -> None:
    mock.get(f"{ACCOUNT_URL}/Messages/{sid('SM')}.json").respond(
        200, json=message(0, brand_new_field={"nested": [1]}, another="x")
    )
    msg = await client.messages(sid("SM")).fetch()
    assert msg.model_extra == {"brand_new_field": {"nested": [1]}, "another": "x"}
    assert msg.model_dump(by_alias=True)["brand_new_field"] == {"nested": [1]}


async def test_unknown_enum_value_is_kept(client: Client, mock: respx.MockRouter) -> None:
    mock.get(f"{ACCOUNT_URL}/Messages/{sid('SM')}.json").respond(
        200, json=message(0, status="teleported", direction="sideways")
    )
    msg = await client.messages(sid("SM")).fetch()
    assert msg.status == "teleported"
    assert isinstance(msg.status, MessageStatus)
    assert msg.status.value == "teleported"
    assert str(msg.status) == "teleported"
    assert msg.direction == "sideways"


def test_known_enum_values_are_members() -> None:
    msg = _message({"status": "delivered"})
    assert msg.status is MessageStatus.DELIVERED
    # A str enum member equals its value; mypy's strict equality thinks it cannot.
    assert msg.status == "delivered"  # type: ignore[comparison-overlap]
    # Unknown pseudo-members compare by value too.
    assert MessageStatus("new-one") == MessageStatus("new-one")
    assert MessageStatus("new-one") != MessageStatus.DELIVERED


def test_enum_refuses_non_strings() -> None:
    with pytest.raises(ValueError):
        MessageStatus(3)
    assert issubclass(MessageStatus, TwilioEnum)


def test_missing_key_is_refused_naming_it() -> None:
    with pytest.raises(ValidationError) as err:
        Message.model_validate({"status": "sent"})
    assert [e["loc"] for e in err.value.errors()] == [("sid",)]


def test_missing_optional_fields_are_none() -> None:
    msg = _message({})
    assert msg.sid == MESSAGE_SID
    assert msg.price is None
    assert msg.date_created is None
    assert msg.model_extra == {}


def test_explicit_nulls_are_none() -> None:
    msg = _message({"price": None, "date_sent": None, "num_segments": None, "status": None})
    assert (msg.price, msg.date_sent, msg.num_segments, msg.status) == (None, None, None, None)


RFC2822 = [
    ("Thu, 24 Aug 2023 05:01:45 +0000", datetime(2023, 8, 24, 5, 1, 45, tzinfo=timezone.utc), 0),
    (
        "Thu, 24 Aug 2023 05:01:45 +0200",
        datetime(2023, 8, 24, 3, 1, 45, tzinfo=timezone.utc),
        2 * 3600,
    ),
    (
        "Wed, 23 Aug 2023 21:31:45 -0730",
        datetime(2023, 8, 24, 5, 1, 45, tzinfo=timezone.utc),
        -(7 * 3600 + 1800),
    ),
    ("Thu, 24 Aug 2023 05:01:45 -0000", datetime(2023, 8, 24, 5, 1, 45, tzinfo=timezone.utc), 0),
]


@pytest.mark.parametrize(("text", "instant", "offset"), RFC2822)
def test_rfc2822_dates_keep_their_offset(text: str, instant: datetime, offset: int) -> None:
    msg = _message({"date_sent": text})
    assert msg.date_sent == instant
    assert msg.date_sent is not None
    assert msg.date_sent.utcoffset() == timedelta(seconds=offset)


def test_empty_rfc2822_date_is_none() -> None:
    assert _message({"date_sent": ""}).date_sent is None


ISO = [
    ("2024-01-02T03:04:05Z", datetime(2024, 1, 2, 3, 4, 5, tzinfo=timezone.utc)),
    ("2024-01-02T03:04:05.123Z", datetime(2024, 1, 2, 3, 4, 5, 123000, tzinfo=timezone.utc)),
    ("2024-01-02T03:04:05.123456Z", datetime(2024, 1, 2, 3, 4, 5, 123456, tzinfo=timezone.utc)),
    (
        "2024-01-02T05:04:05+02:00",
        datetime(2024, 1, 2, 5, 4, 5, tzinfo=timezone(timedelta(hours=2))),
    ),
]


@pytest.mark.parametrize(("text", "expected"), ISO)
async def test_v1_iso_dates(
    client: Client, mock: respx.MockRouter, text: str, expected: datetime
) -> None:
    mock.get(f"{FLEX}/PluginService/Plugins/{sid('FP')}").respond(
        200, json=plugin(0, date_created=text, date_updated="")
    )
    item = await client.flex_api.v1.plugins(sid("FP")).fetch()
    assert item.date_created == expected
    assert item.date_created is not None
    assert item.date_created.utcoffset() == expected.utcoffset()
    assert item.date_updated is None


NUMBERS: list[tuple[dict[str, Any], str, Any]] = [
    ({"num_segments": "3"}, "num_segments", 3),
    ({"num_segments": 3}, "num_segments", 3),
    ({"num_media": "0"}, "num_media", 0),
    ({"error_code": 30007}, "error_code", 30007),
    ({"price": "-0.00750"}, "price", Decimal("-0.00750")),
    ({"price": -0.0075}, "price", Decimal("-0.0075")),
    ({"price": "0"}, "price", Decimal("0")),
]


@pytest.mark.parametrize(("data", "field", "expected"), NUMBERS)
def test_numeric_strings(data: dict[str, Any], field: str, expected: Any) -> None:
    value = getattr(_message(data), field)
    assert value == expected
    assert type(value) is type(expected)


def test_price_keeps_trailing_zeros() -> None:
    assert str(_message({"price": "-0.00750"}).price) == "-0.00750"


def test_from_alias_and_python_name() -> None:
    msg = _message({"from": "+1555"})
    assert msg.from_ == "+1555"
    assert Message(sid=MESSAGE_SID, from_="+1666").from_ == "+1666"
    assert msg.model_dump(by_alias=True)["from"] == "+1555"


def test_subresource_uris_and_links() -> None:
    msg = _message({"subresource_uris": {"media": "/x/Media.json"}})
    assert msg.subresource_uris == {"media": "/x/Media.json"}
    item = Plugin.model_validate({"sid": sid("FP"), "links": {"plugin_versions": f"{FLEX}/x"}})
    assert item.links == {"plugin_versions": f"{FLEX}/x"}


# --- secrets -------------------------------------------------------------------------------------


async def test_account_auth_token_hidden_from_repr(client: Client, mock: respx.MockRouter) -> None:
    mock.get(f"{ACCOUNT_URL}.json").respond(
        200,
        json={"sid": ACCOUNT_SID, "auth_token": TOKEN_VALUE, "friendly_name": "main"},
    )
    account = await client.account.fetch()
    assert isinstance(account, Account)
    assert TOKEN_VALUE not in repr(account)
    assert TOKEN_VALUE not in str(account)
    assert TOKEN_VALUE not in f"{account!r} {account}"
    assert "main" in repr(account)
    assert account.auth_token == TOKEN_VALUE
    assert account.model_dump()["auth_token"] == TOKEN_VALUE
    assert TOKEN_VALUE in account.model_dump_json()


async def test_new_key_secret_hidden_from_repr(client: Client, mock: respx.MockRouter) -> None:
    mock.post(f"{ACCOUNT_URL}/Keys.json").respond(
        201, json={"sid": sid("SK"), "friendly_name": "ci", "secret": KEY_SECRET}
    )
    key = await client.keys.create(friendly_name="ci")
    assert isinstance(key, NewKey)
    assert KEY_SECRET not in repr(key)
    assert KEY_SECRET not in str(key)
    assert key.secret == KEY_SECRET
    assert key.model_dump()["secret"] == KEY_SECRET


def test_hidden_fields_stay_hidden_in_containers() -> None:
    """Hidden fields stay hidden inside containers that repr their items."""
    accounts = [Account.model_validate({"sid": ACCOUNT_SID, "auth_token": TOKEN_VALUE})]
    assert TOKEN_VALUE not in repr(accounts)


# --- numeric wire text ---------------------------------------------------------------------------

CALL_SID = sid("CA")


@pytest.mark.parametrize(
    ("wire", "expected"),
    [
        ("12", 12),
        (12, 12),
        (" 12 ", 12),
        ("12.0", 12),
        ("0", 0),
        ("-1", -1),
        ("", None),
        (None, None),
    ],
)
def test_call_duration_is_an_int(wire: object, expected: int | None) -> None:
    call = Call.model_validate({"sid": CALL_SID, "duration": wire, "queue_time": wire})
    assert call.duration == expected
    assert call.queue_time == expected
    assert type(call.duration) is type(expected)


@pytest.mark.parametrize("wire", ["12.5", "twelve", "1e400x"])
def test_non_integral_duration_is_refused(wire: str) -> None:
    with pytest.raises(ValidationError, match="duration"):
        Call.model_validate({"sid": CALL_SID, "duration": wire})


def test_empty_price_is_none_and_blank_padded_price_is_read() -> None:
    assert _message({"price": ""}).price is None
    assert _message({"price": " -0.0075 "}).price == Decimal("-0.0075")


async def test_fetched_call_duration_is_parsed(client: Client, mock: respx.MockRouter) -> None:
    mock.get(f"{ACCOUNT_URL}/Calls/{CALL_SID}.json").respond(
        200, json={"sid": CALL_SID, "duration": "37", "price": "-0.02000"}
    )
    call = await client.calls(CALL_SID).fetch()
    assert (call.duration, call.price) == (37, Decimal("-0.02000"))
