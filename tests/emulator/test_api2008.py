"""API 2008-08-01 (xml-2008) through the SDK over a loopback socket, plus XML on the wire."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import httpx
import pytest

from tests.support.numbers import FROM, TO
from twilio_async import BadRequestError, Client, NotFoundError, Page
from twilio_async.emulator import Emulator
from twilio_async.emulator._types import Incoming, Outgoing
from twilio_async.rest.api.v2008.types.accounts_sms_messages import SmsMessage


def _xml(response: httpx.Response) -> ET.Element:
    assert response.headers["content-type"].startswith("application/xml")
    root = ET.fromstring(response.content)
    assert root.tag == "TwilioResponse" and len(root) == 1
    return root[0]


async def test_calls_made_in_2010_are_listed_in_2008(emu: Emulator, client: Client) -> None:
    joined = await client.conferences("room").participants.create(from_=FROM, to=TO)
    calls = await client.api.v2008.account.calls.list()
    assert [c.sid for c in calls] == [joined.call_sid]
    call = calls[0]
    assert call.called == "5558675310" and call.caller == "5017122661"  # ten bare digits
    assert call.flags == 2 and int(call.status or 0) == 1  # API-made, in progress
    conferences = await client.api.v2008.account.conferences.list()
    assert [c.friendly_name for c in conferences] == ["room"]
    assert int(conferences[0].status or 0) == 1


async def test_call_made_in_2008_starts_not_dialed(emu: Emulator, client: Client) -> None:
    v2008 = client.api.v2008.account
    made = await v2008.calls.create(caller=FROM, called=TO, url="https://example.com/twiml")
    assert made.sid is not None and made.sid.startswith("CA")
    assert int(made.status if made.status is not None else -1) == 0
    fetched = await v2008.calls(made.sid).fetch()
    assert fetched.sid == made.sid
    in_2010 = await client.calls(made.sid).fetch()
    assert in_2010.to == TO and in_2010.from_ == FROM and in_2010.api_version == "2008-08-01"


async def test_sms_pagination_over_more_than_three_pages(emu: Emulator, client: Client) -> None:
    sms = client.api.v2008.account.sms.messages
    made = [(await sms.create(from_=FROM, to=TO, body=f"n{i}")).sid for i in range(9)]
    assert [m.sid async for m in sms.stream(page_size=2)] == list(reversed(made))
    page: Page[SmsMessage] | None = await sms.page(page_size=2)
    numbers = []
    while page is not None:
        numbers.append((page.page_number, len(page)))
        page = await page.next_page()
    assert numbers == [(0, 2), (1, 2), (2, 2), (3, 2), (4, 1)]
    # The same messages, through API 2010.
    assert {m.sid for m in await client.messages.list()} == set(made)


async def test_paging_attributes(emu: Emulator, client: Client, http: httpx.AsyncClient) -> None:
    for i in range(5):
        await client.messages.create(to=TO, from_=FROM, body=str(i))
    path = f"/api/2008-08-01/Accounts/{emu.account_sid}/SMS/Messages"
    listing = _xml(await http.get(path, params={"num": 2, "Page": 1}))
    assert listing.tag == "SMSMessages"
    attrs = {
        k: listing.attrib[k] for k in ("page", "numpages", "pagesize", "total", "start", "end")
    }
    assert attrs == {
        "page": "1",
        "numpages": "3",
        "pagesize": "2",
        "total": "5",
        "start": "2",
        "end": "3",
    }
    items = list(listing)
    assert [i.tag for i in items] == ["SMSMessage", "SMSMessage"]
    assert items[0].findtext("Status") == "queued" and items[0].findtext("Flags") == "4"
    assert items[0].findtext("To") == "5558675310"


async def test_xml_errors(emu: Emulator, http: httpx.AsyncClient) -> None:
    acct = f"/api/2008-08-01/Accounts/{emu.account_sid}"
    cases = [
        ("GET", f"{acct}/Nope", {}, 404, "20404"),
        ("GET", f"{acct}/Calls/CAnot-a-sid", {}, 404, "20404"),
        ("DELETE", f"{acct}/Calls", {}, 405, "20004"),
        ("POST", f"{acct}/Calls", {"Caller": FROM, "Url": "https://e.com/t"}, 400, "21201"),
        ("POST", f"{acct}/SMS/Messages", {"From": FROM, "To": TO, "Body": "x" * 161}, 400, "21605"),
    ]
    for method, path, form, status, code in cases:
        got = await http.request(method, path, data=form or None)
        assert got.status_code == status, path
        error = _xml(got)
        assert error.tag == "RestException"
        assert error.findtext("Status") == str(status) and error.findtext("Code") == code
        assert error.findtext("Message")
        assert error.findtext("MoreInfo") == f"http://www.twilio.com/docs/errors/{code}"
    async with httpx.AsyncClient(base_url=emu.base_url) as anonymous:
        unauthorized = await anonymous.get(f"{acct}/Calls")
    assert unauthorized.status_code == 401 and _xml(unauthorized).findtext("Code") == "20003"


async def test_errors_reach_the_sdk(client: Client) -> None:
    v2008 = client.api.v2008.account
    with pytest.raises(NotFoundError) as err:
        await v2008.calls("CA" + "0" * 32).fetch()
    assert err.value.code == 20404
    with pytest.raises(BadRequestError) as bad:
        await v2008.sms.messages.create(from_=FROM, to="12", body="x")
    assert bad.value.code == 21211


async def test_accounts_list_shows_only_the_caller(emu: Emulator, client: Client) -> None:
    await client.api.v2010.accounts.create(friendly_name="sub")
    accounts = await client.api.v2008.accounts.list()
    assert [a.sid for a in accounts] == [emu.account_sid]
    assert accounts[0].status_text == "Active" and int(accounts[0].status or 0) == 2
    renamed = await client.api.v2008.account.update(friendly_name="Renamed")
    assert renamed.friendly_name == "Renamed"
    assert (await client.account.fetch()).friendly_name == "Renamed"


async def test_participants_mute_and_kick(emu: Emulator, client: Client) -> None:
    joined = await client.conferences("room").participants.create(from_=FROM, to=TO)
    room = client.api.v2008.account.conferences(joined.conference_sid or "")
    muted = await room.participants(joined.call_sid or "").update(muted=True)
    assert muted.muted is True
    assert [p.call_sid for p in await room.participants.list(muted=True)] == [joined.call_sid]
    assert await room.participants(joined.call_sid or "").delete() is True
    assert await room.participants.list() == []


async def test_sdk_method_override_is_honoured(emu: Emulator, client: Client) -> None:
    seen: list[tuple[str, list[tuple[str, str]]]] = []
    serve = emu.engine.serve

    async def spy(inc: Incoming) -> Outgoing:
        seen.append((inc.method, inc.query))
        return await serve(inc)

    emu.engine.serve = spy  # type: ignore[method-assign]
    joined = await client.conferences("room").participants.create(from_=FROM, to=TO)
    async with emu.client(method_override=True) as overriding:
        room = overriding.api.v2008.account.conferences(joined.conference_sid or "")
        assert await room.participants(joined.call_sid or "").delete() is True
        assert await room.participants.list() == []
    assert ("POST", [("_method", "DELETE")]) in seen
    assert all(method != "DELETE" for method, _ in seen)


async def test_2010_views_are_shared_with_2008(emu: Emulator, client: Client) -> None:
    call = await client.calls.create(to=TO, from_=FROM, url="https://example.com/twiml")
    recording = await client.calls(call.sid or "").recordings.create()
    offered = await client.api.v2010.account.available_phone_numbers("US").local.list(limit=1)
    bought = await client.incoming_phone_numbers.local.create(
        phone_number=offered[0].phone_number or ""
    )
    v2008 = client.api.v2008.account
    by_call = await v2008.calls(call.sid or "").recordings.list()
    everywhere = await v2008.recordings.list()
    local = await v2008.incoming_phone_numbers.local.list()
    toll_free = await v2008.incoming_phone_numbers.toll_free.list()
    assert [r.sid for r in by_call] == [r.sid for r in everywhere] == [recording.sid]
    assert [n.sid for n in local] == [bought.sid] and toll_free == []
