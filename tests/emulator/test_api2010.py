"""API 2010-04-01 (json-2010) through the SDK over a loopback socket, plus wire-level checks."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

import httpx
import pytest

from tests.support.numbers import FROM, TO
from twilio_async import (
    AuthenticationError,
    BadRequestError,
    Client,
    NotFoundError,
    Page,
)
from twilio_async.emulator import Emulator
from twilio_async.rest.api.v2010.types.accounts_messages import Message

SID = re.compile(r"^SM[0-9a-f]{32}$")
RFC2822 = re.compile(r"^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} \+0000$")


async def test_create_and_fetch_fill_server_fields(emu: Emulator, client: Client) -> None:
    msg = await client.messages.create(to=TO, from_=FROM, body="Hello")
    assert msg.sid is not None and SID.match(msg.sid)
    assert msg.account_sid == emu.account_sid
    assert msg.status is not None and msg.status.value == "queued"
    assert msg.api_version == "2010-04-01"
    assert msg.direction is not None and msg.direction.value == "outbound-api"
    assert msg.num_segments == 1
    assert msg.uri == f"/2010-04-01/Accounts/{emu.account_sid}/Messages/{msg.sid}.json"
    assert msg.subresource_uris == {
        "feedback": f"/2010-04-01/Accounts/{emu.account_sid}/Messages/{msg.sid}/Feedback.json",
        "media": f"/2010-04-01/Accounts/{emu.account_sid}/Messages/{msg.sid}/Media.json",
    }
    assert isinstance(msg.date_created, datetime) and msg.date_created.tzinfo is not None
    fetched = await client.messages(msg.sid).fetch()
    assert fetched.sid == msg.sid and fetched.body == "Hello" and fetched.to == TO
    assert emu.stats.created["accounts.messages"] == 1


async def test_dates_are_rfc2822_on_the_wire(emu: Emulator, http: httpx.AsyncClient) -> None:
    url = f"/api/2010-04-01/Accounts/{emu.account_sid}/Messages.json"
    created = await http.post(url, data={"To": TO, "From": FROM, "Body": "x"})
    assert created.status_code == 201
    body = created.json()
    assert RFC2822.match(body["date_created"]) and RFC2822.match(body["date_updated"])
    assert body["date_sent"] is None and body["price"] is None


async def test_update_delete_and_gone(emu: Emulator, client: Client) -> None:
    msg = await client.messages.create(to=TO, from_=FROM, body="secret")
    redacted = await msg.update(body="")
    assert redacted.body == ""
    assert await client.messages(msg.sid or "").delete() is True
    with pytest.raises(NotFoundError) as err:
        await client.messages(msg.sid or "").fetch()
    assert err.value.code == 20404
    assert emu.store.count("accounts.messages") == 0
    assert emu.stats.deleted["accounts.messages"] == 1


async def test_list_filters_and_newest_first(emu: Emulator, client: Client) -> None:
    other = "+15558675311"
    sids = [(await client.messages.create(to=TO, from_=FROM, body=str(i))).sid for i in range(3)]
    await client.messages.create(to=other, from_=FROM, body="other")
    mine = await client.messages.list(to=TO)
    assert [m.sid for m in mine] == list(reversed(sids))
    assert [m.to for m in await client.messages.list(to=other)] == [other]
    assert len(await client.messages.list(from_=FROM)) == 4
    assert await client.messages.list(from_="+15550000000") == []


async def test_date_filters_are_inclusive() -> None:
    async with Emulator(status_interval=0) as emu, emu.client(max_retries=0) as client:
        await client.messages.create(to=TO, from_=FROM, body="x")
        await emu.settle()
        now = datetime.now(timezone.utc)
        assert len(await client.messages.list(date_sent_before=now + timedelta(days=1))) == 1
        assert len(await client.messages.list(date_sent_after=now - timedelta(days=1))) == 1
        assert await client.messages.list(date_sent_after=now + timedelta(days=1)) == []
        assert await client.messages.list(date_sent_before=now - timedelta(days=1)) == []
        assert len(await client.messages.list(date_sent=now.date())) == 1


async def test_stream_and_page_over_more_than_three_pages(emu: Emulator, client: Client) -> None:
    created = [
        (await client.messages.create(to=TO, from_=FROM, body=str(i))).sid for i in range(23)
    ]
    streamed = [m.sid async for m in client.messages.stream(page_size=5)]
    assert streamed == list(reversed(created))
    pages = []
    page: Page[Message] | None = await client.messages.page(page_size=5)
    while page is not None:
        pages.append(page)
        page = await page.next_page()
    assert [len(p) for p in pages] == [5, 5, 5, 5, 3]
    assert [p.page_number for p in pages] == [0, 1, 2, 3, 4]
    back = await pages[2].previous_page()
    assert back is not None and [m.sid for m in back] == [m.sid for m in pages[1]]
    assert await pages[0].previous_page() is None
    assert len(await client.messages.list(limit=7, page_size=5)) == 7


async def test_page_document_shape(emu: Emulator, client: Client, http: httpx.AsyncClient) -> None:
    for i in range(5):
        await client.messages.create(to=TO, from_=FROM, body=str(i))
    base = f"/2010-04-01/Accounts/{emu.account_sid}/Messages.json"
    first = (await http.get("/api" + base, params={"To": TO, "PageSize": 2})).json()
    assert first["page"] == 0 and first["page_size"] == 2
    assert first["start"] == 0 and first["end"] == 1
    assert first["first_page_uri"] == f"{base}?To=%2B15558675310&PageSize=2&Page=0"
    assert first["uri"] == first["first_page_uri"]
    assert first["previous_page_uri"] is None
    assert first["next_page_uri"].startswith(
        f"{base}?To=%2B15558675310&PageSize=2&Page=1&PageToken=PA"
    )
    assert len(first["messages"]) == 2
    second = (await http.get("/api" + first["next_page_uri"])).json()
    assert second["page"] == 1 and second["start"] == 2 and second["end"] == 3
    assert "PageToken=PB" in second["previous_page_uri"]
    for bad in ("0", "1001", "x"):
        got = await http.get("/api" + base, params={"PageSize": bad})
        assert got.status_code == 400 and got.json()["code"] == 20001
    got = await http.get("/api" + base, params={"PageToken": "PAnope"})
    assert got.status_code == 400 and got.json()["code"] == 21481


@pytest.mark.parametrize(
    ("form", "code"),
    [
        ({"From": FROM, "Body": "x"}, 21604),
        ({"To": "12345", "From": FROM, "Body": "x"}, 21211),
        ({"To": TO, "From": FROM}, 21602),
        ({"To": TO, "Body": "x"}, 21603),
        ({"To": TO, "From": FROM, "Body": "x" * 1601}, 21617),
        ({"To": "+15005550001", "From": FROM, "Body": "x"}, 21211),
    ],
)
async def test_message_validation_codes(
    emu: Emulator, http: httpx.AsyncClient, form: dict[str, str], code: int
) -> None:
    got = await http.post(f"/api/2010-04-01/Accounts/{emu.account_sid}/Messages.json", data=form)
    assert got.status_code == 400
    body = got.json()
    assert body["code"] == code and body["status"] == 400
    assert body["more_info"] == f"https://www.twilio.com/docs/errors/{code}"
    assert body["message"]
    assert emu.store.count("accounts.messages") == 0


async def test_validation_errors_reach_the_sdk(client: Client) -> None:
    with pytest.raises(BadRequestError) as err:
        await client.messages.create(to="not-a-number", from_=FROM, body="x")
    assert err.value.code == 21211 and err.value.status == 400
    with pytest.raises(BadRequestError) as err:
        await client.messages.create(to=TO, from_=FROM)
    assert err.value.code == 21602


async def test_requests_it_cannot_serve_get_twilio_errors(
    emu: Emulator, http: httpx.AsyncClient
) -> None:
    acct = f"/api/2010-04-01/Accounts/{emu.account_sid}"
    cases = [
        ("GET", f"{acct}/Nope.json", 404, 20404),
        ("GET", f"{acct}/Messages/SMnot-a-sid.json", 404, 20404),
        ("GET", f"{acct}/Messages/SM{'0' * 32}.json", 404, 20404),
        ("GET", "/api/2010-04-01/Accounts/ACbad/Messages.json", 404, 20404),
        ("DELETE", f"{acct}.json", 405, 20004),
        ("PATCH", f"{acct}/Messages.json", 405, 20004),
        ("GET", "/nope/v1/Things", 404, 20404),
        ("GET", "/", 404, 20404),
        ("GET", "/api/1999-01-01/Accounts.json", 404, 20404),
    ]
    for method, path, status, code in cases:
        got = await http.request(method, path)
        assert got.status_code == status, (method, path)
        assert got.headers["content-type"].startswith("application/json")
        body = got.json()
        assert body["code"] == code and body["status"] == status, (method, path)
        assert body["message"] and "Traceback" not in got.text
    assert (await http.delete(f"{acct}.json")).headers["allow"] == "GET, POST"


async def test_method_override(emu: Emulator, client: Client, http: httpx.AsyncClient) -> None:
    msg = await client.messages.create(to=TO, from_=FROM, body="x")
    path = f"/api/2010-04-01/Accounts/{emu.account_sid}/Messages/{msg.sid}.json"
    updated = await http.post(path, params={"_method": "PUT"}, data={"Body": ""})
    assert updated.status_code == 200 and updated.json()["body"] == ""
    deleted = await http.post(path, params={"_method": "DELETE"})
    assert deleted.status_code == 204 and deleted.content == b""
    assert emu.store.count("accounts.messages") == 0


async def test_authentication_errors(emu: Emulator) -> None:
    path = f"{emu.base_url}/api/2010-04-01/Accounts/{emu.account_sid}/Messages.json"
    async with httpx.AsyncClient() as raw:
        for auth in (None, (emu.account_sid, "wrong"), ("SK" + "0" * 32, "x")):
            got = await raw.get(path, auth=auth)
            assert got.status_code == 401
            assert got.json()["code"] == 20003
            assert got.headers["www-authenticate"].startswith("Basic")
        got = await raw.get(path, headers={"Authorization": "Basic !!!"})
        assert got.status_code == 401
    async with emu.client(password="wrong", max_retries=0) as bad:
        with pytest.raises(AuthenticationError) as err:
            await bad.messages.list()
    assert err.value.code == 20003


async def test_api_key_and_secret(emu: Emulator, client: Client) -> None:
    key = await client.keys.create(friendly_name="ci")
    assert key.sid is not None and key.sid.startswith("SK") and key.secret
    async with emu.client(username=key.sid, password=key.secret, account_sid=emu.account_sid) as kc:
        msg = await kc.messages.create(to=TO, from_=FROM, body="via key")
        assert msg.account_sid == emu.account_sid
        listed = await client.keys.list()
        assert [k.sid for k in listed] == [key.sid]
        assert "secret" not in (listed[0].model_extra or {})
    async with emu.client(username=key.sid, password="wrong", account_sid=emu.account_sid) as bad:
        with pytest.raises(AuthenticationError):
            await bad.messages.list()
    await client.keys(key.sid).delete()
    async with emu.client(
        username=key.sid, password=key.secret, account_sid=emu.account_sid
    ) as gone:
        with pytest.raises(AuthenticationError):
            await gone.messages.list()


async def test_subaccounts_are_isolated(emu: Emulator, client: Client) -> None:
    sub = await client.api.v2010.accounts.create(friendly_name="team")
    assert sub.sid is not None and sub.auth_token and sub.owner_account_sid == emu.account_sid
    async with emu.client(username=sub.sid, password=sub.auth_token, max_retries=0) as sc:
        theirs = await sc.messages.create(to=TO, from_=FROM, body="sub")
        mine = await client.messages.create(to=TO, from_=FROM, body="main")
        assert [m.sid for m in await sc.messages.list()] == [theirs.sid]
        assert [m.sid for m in await client.messages.list()] == [mine.sid]
        # The parent may address the subaccount; the subaccount may not address the parent.
        via_parent = await client.api.v2010.accounts(sub.sid).messages.list()
        assert [m.sid for m in via_parent] == [theirs.sid]
        with pytest.raises(AuthenticationError) as err:
            await sc.api.v2010.accounts(emu.account_sid).messages.list()
        assert err.value.code == 20003
        with pytest.raises(NotFoundError):
            await client.messages(theirs.sid or "").fetch()
        assert {a.sid for a in await client.api.v2010.accounts.list()} == {emu.account_sid, sub.sid}
        assert [a.sid for a in await sc.api.v2010.accounts.list()] == [sub.sid]
        with pytest.raises(AuthenticationError):
            await sc.api.v2010.accounts(emu.account_sid).fetch()


async def test_conference_participant_by_name(emu: Emulator, client: Client) -> None:
    added = await client.conferences("standup").participants.create(from_=FROM, to=TO, label="a")
    assert added.call_sid is not None and added.call_sid.startswith("CA")
    assert added.conference_sid is not None and added.conference_sid.startswith("CF")
    conference = await client.conferences(added.conference_sid).fetch()
    assert conference.friendly_name == "standup"
    again = await client.conferences("standup").participants.create(from_=FROM, to="+15550001111")
    assert again.conference_sid == added.conference_sid
    room = client.conferences(added.conference_sid).participants
    assert {p.call_sid for p in await room.list()} == {added.call_sid, again.call_sid}
    muted = await room(added.call_sid).update(muted=True)
    assert muted.muted is True
    assert [p.call_sid for p in await room.list(muted=True)] == [added.call_sid]
    call = await client.calls(added.call_sid).fetch()
    assert call.to == TO and call.status is not None
    assert await room(added.call_sid).delete() is True
    assert [p.call_sid for p in await room.list()] == [again.call_sid]
    with pytest.raises(NotFoundError):
        await client.conferences("CF" + "0" * 32).participants.create(from_=FROM, to=TO)


async def test_singleton_balance(emu: Emulator, client: Client) -> None:
    balance = await client.balance.fetch()
    assert balance.account_sid == emu.account_sid and balance.currency == "USD"


async def test_twilio_host_header_routing(emu: Emulator, http: httpx.AsyncClient) -> None:
    got = await http.post(
        f"/2010-04-01/Accounts/{emu.account_sid}/Messages.json",
        data={"To": TO, "From": FROM, "Body": "x"},
        headers={"Host": "api.twilio.com"},
    )
    assert got.status_code == 201 and got.json()["uri"].startswith("/2010-04-01/")
    bare = await http.get(f"/2010-04-01/Accounts/{emu.account_sid}/Messages.json")
    assert bare.status_code == 200 and len(bare.json()["messages"]) == 1


async def test_unreadable_requests_and_internal_failures_keep_twilio_shape(
    emu: Emulator, http: httpx.AsyncClient
) -> None:
    from twilio_async.emulator._behaviours import Hooks

    acct = f"/api/2010-04-01/Accounts/{emu.account_sid}"
    bad_json = await http.post(
        f"{acct}/Messages.json", content=b"{", headers={"Content-Type": "application/json"}
    )
    assert bad_json.status_code == 400 and bad_json.json()["code"] == 20001
    odd = await http.get(f"{acct}/Messages/%FF%00.json")
    assert odd.status_code == 404 and odd.json()["code"] == 20404

    class Broken(Hooks):
        def defaults(self, ctx: object, data: dict[str, object]) -> None:
            raise RuntimeError("a bug in a hook")

    emu.engine.hooks = {**emu.engine.hooks, ("api/v2010", "accounts.balance"): Broken()}
    failed = await http.get(f"{acct}/Balance.json")
    assert failed.status_code == 500
    assert failed.json() == {
        "code": 20500,
        "message": "Internal Server Error",
        "more_info": "https://www.twilio.com/docs/errors/20500",
        "status": 500,
    }
