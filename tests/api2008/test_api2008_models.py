"""API 2008 models: snake_case over PascalCase elements, integer enums, bound instances."""

from __future__ import annotations

from datetime import datetime, timezone

import anyio
import httpx
import pytest
import respx

from twilio_async import Client
from twilio_async._errors import TwilioValidationError
from twilio_async.rest.api.v2008.enums import AccountStatus, CallStatus
from twilio_async.rest.api.v2008.types.accounts import Account
from twilio_async.rest.api.v2008.types.accounts_calls import Call
from twilio_async.rest.api.v2008.types.accounts_recordings_transcriptions import Transcription
from twilio_async.rest.api.v2010.accounts_calls import CallList as CallList2010

from .helpers import AC, ACCOUNT, CA, CA2, CF, NO, RE, TR, form_of, query_of, xml


def test_fields_are_snake_case_aliased_to_element_names() -> None:
    call = Call.model_validate({"Sid": CA, "CallSegmentSid": None, "PhoneNumberSid": "PN1"})
    assert (call.sid, call.call_segment_sid, call.phone_number_sid) == (CA, None, "PN1")
    assert Call.model_fields["date_created"].alias == "DateCreated"
    dumped = call.model_dump(by_alias=True, exclude_none=True)
    assert dumped == {"Sid": CA, "PhoneNumberSid": "PN1"}
    # Either name populates the model (populate_by_name).
    assert Call.model_validate({"sid": CA}).sid == CA


def test_unknown_elements_are_kept() -> None:
    call = Call.model_validate({"Sid": CA, "Annotation": "new in 2009"})
    assert call.model_extra == {"Annotation": "new in 2009"}


def test_integer_enums_read_wire_text_and_keep_unknown_codes() -> None:
    assert Call.model_validate({"Sid": CA, "Status": "3"}).status is CallStatus.BUSY
    unknown = Call.model_validate({"Sid": CA, "Status": "9"}).status
    assert isinstance(unknown, CallStatus)
    assert unknown == 9
    assert unknown.name == "VALUE_9"
    assert str(CallStatus.NO_ANSWER) == "5"
    suspended = Account.model_validate({"Sid": AC, "Status": "16"}).status
    assert suspended is AccountStatus.SUSPENDED_16


def test_epoch_dates_are_aware_utc() -> None:
    tr = Transcription.model_validate({"Sid": TR, "DateCreated": "1235986685", "DateUpdated": None})
    assert tr.date_created == datetime(2009, 3, 2, 9, 38, 5, tzinfo=timezone.utc)
    assert tr.date_created is not None and tr.date_created.tzinfo is timezone.utc
    assert tr.date_updated is None


def test_auth_token_is_not_in_repr() -> None:
    account = Account.model_validate({"Sid": AC, "AuthToken": "secret-token-value"})
    assert account.auth_token == "secret-token-value"
    assert "secret-token-value" not in repr(account)
    assert "secret-token-value" not in str(account)


async def test_integer_enum_parameters(client: Client, mock: respx.MockRouter) -> None:
    route = mock.route(host="api.twilio.com").mock(return_value=xml("calls.xml"))
    calls = client.api.v2008.account.calls
    with anyio.fail_after(5):
        await calls.list(status=CallStatus.IN_PROGRESS)
        await calls.list(status=0)
    assert [query_of(c.request) for c in route.calls] == [[("Status", "1")], [("Status", "0")]]
    with pytest.raises(TwilioValidationError, match="status"):
        await calls.list(status="busy")  # type: ignore[arg-type]
    assert route.call_count == 2


async def test_a_fetched_call_redirects_itself(client: Client, mock: respx.MockRouter) -> None:
    route = mock.route(host="api.twilio.com").mock(return_value=xml("call.xml"))
    with anyio.fail_after(5):
        call = await client.api.v2008.account.calls(CA).fetch()
        await call.update(current_url="http://example.com/next.xml")
        segments = call.segments
    redirect = route.calls.last.request
    assert (redirect.method, redirect.url.path) == ("POST", f"{ACCOUNT}/Calls/{CA}")
    assert form_of(redirect) == [("CurrentUrl", "http://example.com/next.xml")]
    assert segments._path_params == (AC, CA)


async def test_instances_address_themselves_by_their_key_field(
    client: Client, mock: respx.MockRouter
) -> None:
    acct = client.api.v2008.account
    route = mock.route(host="api.twilio.com")
    with anyio.fail_after(5):
        route.mock(return_value=xml("participants.xml"))
        (participant,) = await acct.conferences(CF).participants.list()
        route.mock(return_value=httpx.Response(204))
        assert await participant.delete() is True  # keyed by CallSid
        route.mock(return_value=xml("call_segments.xml"))
        (segment,) = await acct.calls(CA).segments.list()
        route.mock(return_value=xml("call_segment.xml"))
        await segment.fetch()  # keyed by CallSegmentSid
        route.mock(return_value=xml("transcriptions.xml"))
        transcription = (await acct.recordings(RE).transcriptions.list())[0]
        route.mock(return_value=xml("transcription.xml"))
        await transcription.fetch()
        route.mock(return_value=xml("notification.xml"))
        notification = await acct.notifications(NO).fetch()
        route.mock(return_value=httpx.Response(204))
        await notification.delete()
    paths = [(c.request.method, c.request.url.path) for c in route.calls]
    assert paths == [
        ("GET", f"{ACCOUNT}/Conferences/{CF}/Participants"),
        ("DELETE", f"{ACCOUNT}/Conferences/{CF}/Participants/{CA}"),
        ("GET", f"{ACCOUNT}/Calls/{CA}/Segments"),
        ("GET", f"{ACCOUNT}/Calls/{CA}/Segments/{CA2}"),
        ("GET", f"{ACCOUNT}/Recordings/{RE}/Transcriptions"),
        ("GET", f"{ACCOUNT}/Recordings/{RE}/Transcriptions/{TR}"),
        ("GET", f"{ACCOUNT}/Notifications/{NO}"),
        ("DELETE", f"{ACCOUNT}/Notifications/{NO}"),
    ]


async def test_sids_are_checked_before_any_request(client: Client, mock: respx.MockRouter) -> None:
    route = mock.route(host="api.twilio.com").mock(return_value=xml("call.xml"))
    acct = client.api.v2008.account
    with pytest.raises(TwilioValidationError):
        acct.calls("SM" + "1" * 32)
    with pytest.raises(TwilioValidationError):
        acct.recordings("../Calls")
    with pytest.raises(TwilioValidationError):
        client.api.v2008.accounts("AC123")
    assert route.call_count == 0


def test_version_account_without_client_shortcuts(client: Client) -> None:
    v2008 = client.api.v2008
    assert repr(v2008.account) == repr(v2008.accounts(client.account_sid))
    assert v2008.base_url == "https://api.twilio.com"
    # The client-level shortcuts stay 2010's.
    assert isinstance(client.calls, CallList2010)
    assert repr(client.account) == repr(client.api.v2010.accounts(client.account_sid))


async def test_region_and_base_url_apply_to_2008(mock: respx.MockRouter) -> None:
    route = mock.route().mock(return_value=xml("call.xml"))
    async with Client(AC, "token", base_url="http://127.0.0.1:8787", environ={}) as c:
        with anyio.fail_after(5):
            await c.api.v2008.account.calls(CA).fetch()
    assert str(route.calls.last.request.url) == (
        f"http://127.0.0.1:8787/api/2008-08-01/Accounts/{AC}/Calls/{CA}"
    )
