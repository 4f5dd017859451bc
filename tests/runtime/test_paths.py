"""Path values are validated before they become part of a URL."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest
import respx

from tests.support.bad_input import NOT_A_MESSAGE_SID, UNSAFE
from tests.support.credentials import ACCOUNT_SID
from tests.support.rest import ACCOUNT_URL, FLEX, raises, sid
from twilio_async import Client, TwilioValidationError
from twilio_async._resource import check_path_value


@pytest.mark.parametrize("value", UNSAFE + NOT_A_MESSAGE_SID, ids=repr)
async def test_bad_message_sid_is_refused_without_a_request(
    client: Client, mock: respx.MockRouter, value: Any
) -> None:
    catch_all = mock.route().respond(200, json={})
    with raises(TwilioValidationError):
        await client.messages(value).fetch()
    with raises(TwilioValidationError):
        client.messages.get(value)
    assert not catch_all.called


@pytest.mark.parametrize("value", ["SM" + "a" * 32, "MM" + "0123456789abcdefABCDEF0123456789"])
async def test_good_message_sid_is_used_verbatim(
    client: Client, mock: respx.MockRouter, value: str
) -> None:
    route = mock.get(f"{ACCOUNT_URL}/Messages/{value}.json").respond(200, json={"sid": value})
    message = await client.messages(value).fetch()
    assert message.sid == value
    assert route.called


@pytest.mark.parametrize("value", UNSAFE, ids=repr)
async def test_non_sid_keys_refuse_unsafe_values(
    client: Client, mock: respx.MockRouter, value: Any
) -> None:
    catch_all = mock.route().respond(200, json={})
    with raises(TwilioValidationError):
        client.available_phone_numbers(value)
    with raises(TwilioValidationError):
        client.flex_api.v1.plugins(value)
    assert not catch_all.called


@pytest.mark.parametrize("country", ["US", "GB", "gb", "XK-1", "a.b", "a..b", "~x", "é"])
async def test_non_sid_keys_accept_safe_values(
    client: Client, mock: respx.MockRouter, country: str
) -> None:
    route = mock.get(url__startswith=f"{ACCOUNT_URL}/AvailablePhoneNumbers/").respond(
        200, json={"country_code": country}
    )
    result = await client.available_phone_numbers(country).fetch()
    assert result.country_code == country
    # Exactly one path segment, the value as given (httpx percent-encodes non-ASCII on the wire).
    path = route.calls.last.request.url.path
    assert path == f"/2010-04-01/Accounts/{ACCOUNT_SID}/AvailablePhoneNumbers/{country}.json"


BAD_PARENTS: list[tuple[str, Callable[[Client], Any]]] = [
    ("account", lambda c: c.api.v2010.accounts("AC/../x").messages),
    ("account prefix", lambda c: c.api.v2010.accounts("SM" + "a" * 32)),
    ("conference", lambda c: c.api.v2010.account.conferences("../CF")),
    ("participant", lambda c: c.api.v2010.account.conferences(sid("CF")).participants("a?b")),
    ("call", lambda c: c.calls("CA" + "a" * 31)),
    ("media", lambda c: c.messages(sid("SM")).media("SM" + "a" * 32)),
    ("flex plugin version", lambda c: c.flex_api.v1.plugins(sid("FP")).plugin_versions("x/y")),
]


@pytest.mark.parametrize("build", [b for _, b in BAD_PARENTS], ids=[n for n, _ in BAD_PARENTS])
def test_nested_keys_are_checked_when_addressed(
    client: Client, build: Callable[[Client], Any]
) -> None:
    with raises(TwilioValidationError):
        build(client)


async def test_flex_key_with_safe_value_makes_one_segment(
    client: Client, mock: respx.MockRouter
) -> None:
    route = mock.get(f"{FLEX}/PluginService/Plugins/my-plugin").respond(200, json={"sid": "x"})
    await client.flex_api.v1.plugins("my-plugin").fetch()
    assert route.called


def test_check_path_value_names_the_parameter() -> None:
    with raises(TwilioValidationError, match="CountryCode"):
        check_path_value("CountryCode", "../etc", None)
    with raises(TwilioValidationError, match="Sid"):
        check_path_value("Sid", 5, None)
    with raises(TwilioValidationError, match="pattern") as info:
        check_path_value("Sid", "x" * 500, re.compile("^SM[0-9a-f]{32}$"))
    # A pasted blob is not echoed in full.
    assert "x" * 41 not in str(info.value)
