"""twilio-python's names: ``TwilioRestException.msg``/``.uri``, ``Client(environment=)``,
``client.api.account`` / ``client.api.accounts``."""

from __future__ import annotations

import pickle

import pytest
import respx

from tests.support.credentials import ACCOUNT_SID, AUTH_TOKEN, OTHER_ACCOUNT, basic
from tests.support.rest import ACCOUNT_URL, API
from twilio_async import Client, NotFoundError, TwilioConfigError, TwilioRestException


async def test_rest_error_has_msg_and_uri(client: Client, mock: respx.MockRouter) -> None:
    mock.get(url__startswith=f"{ACCOUNT_URL}/Messages/").respond(
        404, json={"code": 20404, "message": "The requested resource was not found", "status": 404}
    )
    with pytest.raises(TwilioRestException) as info:
        await client.messages("SM" + "1" * 32).fetch()
    error = info.value
    assert isinstance(error, NotFoundError)
    assert error.msg == "The requested resource was not found" == error.message
    assert error.uri == f"/2010-04-01/Accounts/{ACCOUNT_SID}/Messages/SM{'1' * 32}.json"
    assert error.url == f"{ACCOUNT_URL}/Messages/SM{'1' * 32}.json"
    copy = pickle.loads(pickle.dumps(error))
    assert (copy.msg, copy.uri) == (error.msg, error.uri)


def test_rest_error_uri_drops_the_query() -> None:
    error = NotFoundError(
        status=404, method="GET", url=f"{ACCOUNT_URL}/Messages.json?To=%2B15558675310"
    )
    assert error.uri == f"/2010-04-01/Accounts/{ACCOUNT_SID}/Messages.json"
    assert "15558675310" not in error.uri


def test_environment_is_read_instead_of_os_environ(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TWILIO_ACCOUNT_SID", OTHER_ACCOUNT)
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", "from-os-environ-0000")
    client = Client(
        environment={
            "TWILIO_ACCOUNT_SID": ACCOUNT_SID,
            "TWILIO_AUTH_TOKEN": AUTH_TOKEN,
            "TWILIO_REGION": "au1",
        }
    )
    assert client.account_sid == ACCOUNT_SID
    assert client.region == "au1"


def test_empty_environment_does_not_fall_back_to_os_environ(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("TWILIO_ACCOUNT_SID", ACCOUNT_SID)
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", AUTH_TOKEN)
    with pytest.raises(TwilioConfigError, match="no Twilio credentials"):
        Client(environment={})


def test_environment_and_environ_together_are_refused() -> None:
    with pytest.raises(TwilioConfigError, match="environment= or environ="):
        Client(environment={}, environ={})


def test_environment_must_be_a_mapping() -> None:
    with pytest.raises(TwilioConfigError, match=r"environment must be a mapping.*list"):
        Client(environment=["TWILIO_ACCOUNT_SID"])  # type: ignore[arg-type]


async def test_api_account_and_accounts(client: Client, mock: respx.MockRouter) -> None:
    api = client.api
    assert api.account is api.v2010.account
    assert api.accounts is api.v2010.accounts
    route = mock.get(f"{ACCOUNT_URL}/Calls.json").respond(
        200, json={"calls": [], "next_page_uri": None}
    )
    assert await api.account.calls.list() == []
    other = mock.get(f"{API}/2010-04-01/Accounts/{OTHER_ACCOUNT}.json").respond(
        200, json={"sid": OTHER_ACCOUNT, "friendly_name": "sub"}
    )
    account = await api.accounts(OTHER_ACCOUNT).fetch()
    assert account.sid == OTHER_ACCOUNT
    assert route.call_count == other.call_count == 1
    sent = other.calls.last.request
    assert sent.headers["Authorization"] == f"Basic {basic(ACCOUNT_SID, AUTH_TOKEN)}"


def test_domain_forwards_to_its_only_version(client: Client) -> None:
    flex = client.flex_api
    assert flex.plugins is flex.v1.plugins


def test_domain_unknown_name_names_the_versions(client: Client) -> None:
    with pytest.raises(AttributeError, match=r"'Api' object has no attribute 'acounts'.*v2010"):
        client.api.acounts  # type: ignore[attr-defined]  # noqa: B018
    with pytest.raises(AttributeError):
        client.api._private  # type: ignore[attr-defined]  # noqa: B018
