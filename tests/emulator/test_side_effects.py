"""Resources no API creates: made as side effects (TwiML, interactions) or provisioned per scope.

Also: a nested route answers 404 unless every instance its path passes through exists.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.support.numbers import FROM, TO
from twilio_async.emulator import Emulator
from twilio_async.emulator._catalog import load_catalog
from twilio_async.emulator._provisioned import PROVISIONED, sid_for

_V2010 = load_catalog().find("api", "v2010")


def _root(emu: Emulator) -> str:
    return f"/2010-04-01/Accounts/{emu.account_sid}"


async def _call(http: httpx.AsyncClient, emu: Emulator, twiml: str) -> dict[str, Any]:
    r = await http.post(f"{_root(emu)}/Calls.json", data={"To": TO, "From": FROM, "Twiml": twiml})
    assert r.status_code == 201, r.text
    body: dict[str, Any] = r.json()
    return body


async def _items(http: httpx.AsyncClient, path: str, key: str) -> list[dict[str, Any]]:
    r = await http.get(path)
    assert r.status_code == 200, r.text
    items: list[dict[str, Any]] = r.json()[key]
    return items


# ------------------------------------------------------------------ provisioned per scope


async def test_an_account_starts_with_its_short_codes_and_connect_apps(
    emu: Emulator, http: httpx.AsyncClient
) -> None:
    codes = await _items(http, f"{_root(emu)}/SMS/ShortCodes.json", "short_codes")
    res = _V2010.resources["accounts.short_codes"]
    assert [c["sid"] for c in codes] == [sid_for(res, (emu.account_sid,), 0)]
    assert codes[0]["short_code"] == "894546" and codes[0]["account_sid"] == emu.account_sid
    apps = await _items(http, f"{_root(emu)}/ConnectApps.json", "connect_apps")
    wanted = PROVISIONED[("api/v2010", "accounts.connect_apps")]
    assert sorted(a["friendly_name"] for a in apps) == sorted(w["friendly_name"] for w in wanted)
    authorized = await _items(
        http, f"{_root(emu)}/AuthorizedConnectApps.json", "authorized_connect_apps"
    )
    assert len(authorized) == 1 and authorized[0]["connect_app_sid"].startswith("CN")
    notices = await _items(http, f"{_root(emu)}/Notifications.json", "notifications")
    assert [n["error_code"] for n in notices] == ["15003"]


async def test_provisioned_sids_are_the_same_in_every_emulator_and_differ_per_account(
    http: httpx.AsyncClient, emu: Emulator
) -> None:
    sid = emu.account_sid
    async with (
        Emulator(status_interval=None, seed=7, account_sid=sid) as other,
        httpx.AsyncClient(base_url=other.base_url, auth=(sid, other.auth_token)) as h2,
    ):
        mine = await _items(http, f"{_root(emu)}/SMS/ShortCodes.json", "short_codes")
        theirs = await _items(h2, f"{_root(other)}/SMS/ShortCodes.json", "short_codes")
        assert [c["sid"] for c in mine] == [c["sid"] for c in theirs]
    r = await http.post("/2010-04-01/Accounts.json", data={"FriendlyName": "sub"})
    sub = r.json()["sid"]
    subs = await _items(http, f"/2010-04-01/Accounts/{sub}/SMS/ShortCodes.json", "short_codes")
    assert len(subs) == 1 and subs[0]["sid"] != mine[0]["sid"]


async def test_a_provisioned_instance_can_be_updated_and_deleted(
    emu: Emulator, http: httpx.AsyncClient
) -> None:
    apps = await _items(http, f"{_root(emu)}/ConnectApps.json", "connect_apps")
    path = f"{_root(emu)}/ConnectApps/{apps[0]['sid']}.json"
    r = await http.post(path, data={"FriendlyName": "renamed"})
    assert r.status_code == 200 and r.json()["friendly_name"] == "renamed"
    assert (await http.delete(path)).status_code == 204
    assert (await http.get(path)).status_code == 404
    left = await _items(http, f"{_root(emu)}/ConnectApps.json", "connect_apps")
    assert [a["sid"] for a in left] == [apps[1]["sid"]]  # deleted stays deleted: no re-seed


async def test_a_new_call_has_its_notification_account_wide_at_once(
    emu: Emulator, http: httpx.AsyncClient
) -> None:
    call = await _call(http, emu, "<Response><Say>hi</Say></Response>")
    wide = await _items(http, f"{_root(emu)}/Notifications.json", "notifications")
    assert [n["call_sid"] for n in wide if n["call_sid"]] == [call["sid"]]
    mine = await _items(
        http, f"{_root(emu)}/Calls/{call['sid']}/Notifications.json", "notifications"
    )
    assert [n["sid"] for n in mine] == [n["sid"] for n in wide if n["call_sid"]]


async def test_a_recording_has_add_on_results_with_payloads_and_data(
    emu: Emulator, http: httpx.AsyncClient
) -> None:
    call = await _call(http, emu, "<Response><Record/></Response>")
    [rec] = await _items(http, f"{_root(emu)}/Calls/{call['sid']}/Recordings.json", "recordings")
    base = f"{_root(emu)}/Recordings/{rec['sid']}/AddOnResults"
    [result] = await _items(http, f"{base}.json", "add_on_results")
    assert result["reference_sid"] == rec["sid"] and result["status"] == "completed"
    [payload] = await _items(http, f"{base}/{result['sid']}/Payloads.json", "payloads")
    assert payload["add_on_result_sid"] == result["sid"]
    r = await http.get(f"{base}/{result['sid']}/Payloads/{payload['sid']}/Data.json")
    assert r.status_code == 200 and r.json()["redirect_to"].startswith("https://")


async def test_an_assigned_add_on_has_its_extensions(
    emu: Emulator, http: httpx.AsyncClient
) -> None:
    r = await http.post(f"{_root(emu)}/IncomingPhoneNumbers.json", data={"AreaCode": "415"})
    number = r.json()["sid"]
    r = await http.post(
        f"{_root(emu)}/IncomingPhoneNumbers/{number}/AssignedAddOns.json",
        data={"InstalledAddOnSid": "XE" + "1" * 32},
    )
    assert r.status_code == 201, r.text
    added = r.json()["sid"]
    path = f"{_root(emu)}/IncomingPhoneNumbers/{number}/AssignedAddOns/{added}/Extensions.json"
    [ext] = await _items(http, path, "extensions")
    assert ext["assigned_add_on_sid"] == added and ext["resource_sid"] == number


# ------------------------------------------------------------------ side effects


async def test_enqueue_twiml_puts_the_call_in_the_named_queue(
    emu: Emulator, http: httpx.AsyncClient
) -> None:
    first = await _call(http, emu, "<Response><Enqueue>support</Enqueue></Response>")
    second = await _call(http, emu, "<Response><Enqueue> support </Enqueue></Response>")
    [queue] = await _items(http, f"{_root(emu)}/Queues.json", "queues")
    assert queue["friendly_name"] == "support" and queue["current_size"] == 2
    members = await _items(
        http, f"{_root(emu)}/Queues/{queue['sid']}/Members.json", "queue_members"
    )
    assert {m["call_sid"]: m["position"] for m in members} == {first["sid"]: 1, second["sid"]: 2}
    r = await http.get(f"{_root(emu)}/Queues/{queue['sid']}/Members/{first['sid']}.json")
    assert r.status_code == 200 and r.json()["queue_sid"] == queue["sid"]


async def test_enqueue_joins_an_existing_queue_by_name(
    emu: Emulator, http: httpx.AsyncClient
) -> None:
    r = await http.post(f"{_root(emu)}/Queues.json", data={"FriendlyName": "sales"})
    made = r.json()["sid"]
    await _call(http, emu, "<Response><Enqueue>sales</Enqueue></Response>")
    assert [q["sid"] for q in await _items(http, f"{_root(emu)}/Queues.json", "queues")] == [made]


async def test_record_with_transcribe_makes_a_transcription_seen_in_both_lists(
    emu: Emulator, http: httpx.AsyncClient
) -> None:
    call = await _call(http, emu, '<Response><Record transcribe="true"/></Response>')
    [rec] = await _items(http, f"{_root(emu)}/Calls/{call['sid']}/Recordings.json", "recordings")
    assert rec["source"] == "RecordVerb"
    path = f"{_root(emu)}/Recordings/{rec['sid']}/Transcriptions.json"
    [mine] = await _items(http, path, "transcriptions")
    [wide] = await _items(http, f"{_root(emu)}/Transcriptions.json", "transcriptions")
    assert mine["sid"] == wide["sid"] and mine["recording_sid"] == rec["sid"]
    await _call(http, emu, "<Response><Record/></Response>")  # not transcribed
    assert len(await _items(http, f"{_root(emu)}/Transcriptions.json", "transcriptions")) == 1


@pytest.mark.parametrize("twiml", ["<Response><Enqueue>", "<Say>no response</Say>"])
async def test_twiml_that_is_not_a_response_leaves_nothing(
    emu: Emulator, http: httpx.AsyncClient, twiml: str
) -> None:
    await _call(http, emu, twiml)
    assert await _items(http, f"{_root(emu)}/Queues.json", "queues") == []


async def test_a_flex_interaction_opens_its_channel(emu: Emulator, http: httpx.AsyncClient) -> None:
    channel = '{"type": "sms", "initiated_by": "customer", "properties": {}}'
    r = await http.post("/flex-api/v1/Interactions", data={"Channel": channel})
    assert r.status_code == 201, r.text
    sid = r.json()["sid"]
    r = await http.get(f"/flex-api/v1/Interactions/{sid}/Channels")
    [opened] = r.json()["channels"]
    assert (opened["interaction_sid"], opened["type"], opened["status"]) == (sid, "sms", "setup")


# ------------------------------------------------------------------ ancestors must exist


@pytest.mark.parametrize(
    "tail",
    [
        "/Recordings/RE{x}/AddOnResults/XR{x}/Payloads/XH{x}/Data.json",
        "/Recordings/RE{x}/AddOnResults.json",
        "/Calls/CA{x}/Recordings.json",
        "/Calls/CA{x}/Notifications.json",
        "/Messages/MM{x}/Media/ME{x}.json",
        "/Queues/QU{x}/Members.json",
    ],
)
async def test_a_route_under_a_missing_instance_is_404(
    emu: Emulator, http: httpx.AsyncClient, tail: str
) -> None:
    r = await http.get(_root(emu) + tail.format(x="0" * 32))
    assert r.status_code == 404 and r.json()["code"] == 20404


async def test_a_route_under_an_existing_parent_but_missing_grandchild_is_404(
    emu: Emulator, http: httpx.AsyncClient
) -> None:
    call = await _call(http, emu, "<Response><Record/></Response>")
    [rec] = await _items(http, f"{_root(emu)}/Calls/{call['sid']}/Recordings.json", "recordings")
    missing = "XR" + "0" * 32
    base = f"{_root(emu)}/Recordings/{rec['sid']}/AddOnResults/{missing}"
    assert (await http.get(f"{base}/Payloads.json")).status_code == 404
    assert (await http.get(f"{base}/Payloads/XH{'0' * 32}/Data.json")).status_code == 404
