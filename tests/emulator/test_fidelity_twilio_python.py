"""The operations twilio-python failed on against the emulator, driven by twilio-python again.

Each test is a scenario a user of the official client runs: search for a number
and buy it, manage it through the main list, read a call's recordings account-wide,
archive Flex plugins, schedule and cancel a message, validate a caller ID. The
sync client runs in a worker thread while the emulator serves in the loop; a few
scenarios also run on twilio-python's async client (aiohttp).
"""

from __future__ import annotations

import asyncio
import datetime as dt
from typing import Any

from twilio.rest import Client as TwilioPythonClient

from tests.emulator.test_twilio_python import _session
from tests.support.numbers import FROM, TO
from tests.support.twilio_python import RedirectingAsyncHttpClient
from twilio_async.emulator import Emulator

MESSAGING_SERVICE = "MG" + "a" * 32


def _async_client(emu: Emulator) -> tuple[Any, RedirectingAsyncHttpClient]:
    """twilio-python's client on its aiohttp transport (``Any``: its SIDs are ``str | None``)."""
    http = RedirectingAsyncHttpClient(emu.base_url)
    return TwilioPythonClient(emu.account_sid, emu.auth_token, http_client=http), http


def _untyped(emu: Emulator) -> Any:
    """The sync client as ``Any``: twilio-python types every SID ``str | None``."""
    return _session(emu)[0]


# ------------------------------------------------------------------ phone numbers


async def test_search_then_buy_through_subtype_lists(emu: Emulator) -> None:
    client = _untyped(emu)

    def scenario() -> dict[str, Any]:
        countries = client.available_phone_numbers.list()
        us = client.available_phone_numbers("US").fetch()
        local = client.available_phone_numbers("US").local.list(area_code=415, limit=5)
        toll_free = client.available_phone_numbers("US").toll_free.list(limit=2)
        mobile = client.available_phone_numbers("GB").mobile.list(sms_enabled=True, limit=1)
        bought_local = client.incoming_phone_numbers.local.create(
            phone_number=local[0].phone_number
        )
        bought_tf = client.incoming_phone_numbers.toll_free.create(
            phone_number=toll_free[0].phone_number
        )
        bought_mobile = client.incoming_phone_numbers.mobile.create(
            phone_number=mobile[0].phone_number
        )
        return {
            "countries": {c.country_code for c in countries},
            "us": us,
            "local": local,
            "bought": (bought_local, bought_tf, bought_mobile),
            "all": client.incoming_phone_numbers.list(),
            "local_list": client.incoming_phone_numbers.local.list(),
            "tf_list": client.incoming_phone_numbers.toll_free.list(),
            "mobile_list": client.incoming_phone_numbers.mobile.list(),
            "again": client.available_phone_numbers("US").local.list(area_code=415),
        }

    got = await asyncio.to_thread(scenario)
    assert {"US", "CA", "GB", "AU"} <= got["countries"]
    assert got["us"].country == "United States"
    assert set(got["us"].subresource_uris) == {"local", "toll_free"}
    assert got["local"] and all(n.phone_number.startswith("+1415") for n in got["local"])
    assert all(n.capabilities["sms"] is True for n in got["local"])
    local, tf, mobile = got["bought"]
    for number in got["bought"]:
        assert number.sid.startswith("PN") and len(number.sid) == 34
        assert number.uri.endswith(f"/IncomingPhoneNumbers/{number.sid}.json")
        assert number.capabilities["voice"] is True
        assert number.beta is False and number.origin == "twilio"
        assert number.sms_method == "POST" and number.voice_method == "POST"
        assert number.status == "in-use"
    assert local.friendly_name == "(415) " + local.phone_number[5:8] + "-" + local.phone_number[8:]
    assert mobile.capabilities["sms"] is True and mobile.phone_number.startswith("+447")
    assert {n.sid for n in got["all"]} == {local.sid, tf.sid, mobile.sid}
    assert [n.sid for n in got["local_list"]] == [local.sid]
    assert [n.sid for n in got["tf_list"]] == [tf.sid]
    assert [n.sid for n in got["mobile_list"]] == [mobile.sid]
    assert local.phone_number not in {n.phone_number for n in got["again"]}  # sold


async def test_numbers_bought_by_subtype_are_managed_through_the_main_list(
    emu: Emulator,
) -> None:
    client = _untyped(emu)

    def scenario() -> dict[str, Any]:
        offered = client.available_phone_numbers("US").local.list(limit=1)[0]
        bought = client.incoming_phone_numbers.local.create(phone_number=offered.phone_number)
        fetched = client.incoming_phone_numbers(bought.sid).fetch()
        updated = client.incoming_phone_numbers(bought.sid).update(
            friendly_name="support line", sms_url="https://example.com/sms"
        )
        listed = client.incoming_phone_numbers.list(phone_number=offered.phone_number)
        deleted = client.incoming_phone_numbers(bought.sid).delete()
        return {
            "bought": bought,
            "fetched": fetched,
            "updated": updated,
            "listed": listed,
            "deleted": deleted,
            "after": client.incoming_phone_numbers.local.list(),
        }

    got = await asyncio.to_thread(scenario)
    assert got["fetched"].sid == got["bought"].sid
    assert got["fetched"].capabilities["sms"] is True
    assert got["updated"].friendly_name == "support line"
    assert got["updated"].sms_url == "https://example.com/sms"
    assert [n.sid for n in got["listed"]] == [got["bought"].sid]
    assert got["deleted"] is True and got["after"] == []


async def test_buying_by_area_code_and_refusals(emu: Emulator) -> None:
    client = _untyped(emu)

    def scenario() -> tuple[Any, list[int | None]]:
        number = client.incoming_phone_numbers.create(area_code="212")
        codes: list[int | None] = []
        for kwargs in ({"area_code": "999"}, {"phone_number": number.phone_number}, {}):
            try:
                client.incoming_phone_numbers.create(**kwargs)
            except Exception as err:  # TwilioRestException
                codes.append(getattr(err, "code", None))
        return number, codes

    number, codes = await asyncio.to_thread(scenario)
    assert number.phone_number.startswith("+1212") and number.type == "local"
    assert codes == [21452, 21422, 20001]


async def test_async_twilio_python_searches_and_buys(emu: Emulator) -> None:
    client, http = _async_client(emu)
    try:
        offered = await client.available_phone_numbers("CA").local.list_async(limit=2)
        bought = await client.incoming_phone_numbers.local.create_async(
            phone_number=offered[0].phone_number
        )
        fetched = await client.incoming_phone_numbers(bought.sid).fetch_async()
    finally:
        await http.close()  # type: ignore[no-untyped-call]
    assert offered[0].iso_country == "CA"
    assert bought.sid.startswith("PN") and fetched.phone_number == offered[0].phone_number
    assert fetched.capabilities["mms"] is True


# ------------------------------------------------------------------ recordings


async def test_call_recordings_are_seen_account_wide(emu: Emulator) -> None:
    client = _untyped(emu)

    def scenario() -> dict[str, Any]:
        call = client.calls.create(to=TO, from_=FROM, url="https://example.com/twiml")
        rec = client.calls(call.sid).recordings.create()
        return {
            "call": call,
            "rec": rec,
            "listed": client.recordings.list(),
            "by_call": client.recordings.list(call_sid=call.sid),
            "fetched": client.recordings(rec.sid).fetch(),
            "deleted": client.recordings(rec.sid).delete(),
            "after": client.calls(call.sid).recordings.list(),
        }

    got = await asyncio.to_thread(scenario)
    assert got["rec"].sid.startswith("RE")
    assert [r.sid for r in got["listed"]] == [got["rec"].sid]
    assert [r.sid for r in got["by_call"]] == [got["rec"].sid]
    assert got["fetched"].call_sid == got["call"].sid
    assert got["fetched"].uri.endswith(f"/Recordings/{got['rec'].sid}.json")
    assert got["deleted"] is True and got["after"] == []


# ------------------------------------------------------------------ flex plugins


async def test_archiving_plugins_and_versions_acts_on_them(emu: Emulator) -> None:
    client = _untyped(emu)
    flex = client.flex_api.v1

    def scenario() -> dict[str, Any]:
        plugin = flex.plugins.create(unique_name="agent-desktop")
        version = flex.plugins(plugin.sid).plugin_versions.create(
            resource_version="1.0.0", plugin_url="https://plugins.example.com/a.js"
        )
        archived_version = flex.plugin_version_archive(plugin.sid, version.sid).update()
        archived_plugin = flex.plugin_archive(plugin.sid).update()
        return {
            "plugin": plugin,
            "version": version,
            "archived_version": archived_version,
            "archived_plugin": archived_plugin,
            "plugin_now": flex.plugins(plugin.sid).fetch(),
            "version_now": flex.plugins(plugin.sid).plugin_versions(version.sid).fetch(),
            "versions": flex.plugins(plugin.sid).plugin_versions.list(),
        }

    got = await asyncio.to_thread(scenario)
    assert got["plugin"].archived is False and got["version"].archived is False
    assert got["archived_version"].sid == got["version"].sid
    assert got["archived_version"].archived is True
    assert got["archived_plugin"].sid == got["plugin"].sid
    assert got["archived_plugin"].archived is True
    assert got["plugin_now"].archived is True and got["version_now"].archived is True
    assert len(got["versions"]) == 1  # archiving made no new version


async def test_archiving_what_does_not_exist_is_404(emu: Emulator) -> None:
    client = _untyped(emu)

    def scenario() -> int | None:
        try:
            client.flex_api.v1.plugin_archive("FP" + "0" * 32).update()
        except Exception as err:
            return getattr(err, "status", None)
        return None

    assert await asyncio.to_thread(scenario) == 404


async def test_async_twilio_python_archives_a_plugin(emu: Emulator) -> None:
    client, http = _async_client(emu)
    try:
        plugin = await client.flex_api.v1.plugins.create_async(unique_name="p")
        archived = await client.flex_api.v1.plugin_archive(plugin.sid).update_async()
    finally:
        await http.close()  # type: ignore[no-untyped-call]
    assert archived.sid == plugin.sid and archived.archived is True


# ------------------------------------------------------------------ messages, caller IDs


async def test_scheduled_message_is_scheduled_and_can_be_canceled(emu: Emulator) -> None:
    client = _untyped(emu)
    send_at = dt.datetime.now(dt.timezone.utc) + dt.timedelta(hours=2)

    def scenario() -> tuple[Any, Any, Any]:
        msg = client.messages.create(
            to=TO,
            messaging_service_sid=MESSAGING_SERVICE,
            body="see you tomorrow",
            schedule_type="fixed",
            send_at=send_at,
        )
        canceled = client.messages(msg.sid).update(status="canceled")
        return msg, canceled, client.messages(msg.sid).fetch()

    msg, canceled, fetched = await asyncio.to_thread(scenario)
    assert msg.status == "scheduled"
    assert canceled.status == "canceled" and fetched.status == "canceled"


async def test_async_twilio_python_schedules_a_message(emu: Emulator) -> None:
    client, http = _async_client(emu)
    send_at = dt.datetime.now(dt.timezone.utc) + dt.timedelta(days=1)
    try:
        msg = await client.messages.create_async(
            to=TO,
            messaging_service_sid=MESSAGING_SERVICE,
            body="later",
            schedule_type="fixed",
            send_at=send_at,
        )
        canceled = await client.messages(msg.sid).update_async(status="canceled")
    finally:
        await http.close()  # type: ignore[no-untyped-call]
    assert msg.status == "scheduled" and canceled.status == "canceled"


async def test_validation_request_has_a_code_and_a_call(emu: Emulator) -> None:
    client = _untyped(emu)

    def scenario() -> tuple[Any, list[Any], Any]:
        req = client.validation_requests.create(phone_number=TO)
        ids = client.outgoing_caller_ids.list()
        return req, ids, client.calls(req.call_sid).fetch()

    req, ids, call = await asyncio.to_thread(scenario)
    assert req.validation_code is not None and len(req.validation_code) == 6
    assert req.validation_code.isdigit()
    assert req.call_sid.startswith("CA") and call.to == TO
    assert req.phone_number == TO
    assert ids and ids[0].friendly_name and ids[0].phone_number == TO


async def test_scheduled_message_is_sent_when_its_time_comes() -> None:
    async with Emulator(status_interval=0.01, seed=2) as emu:
        client = _untyped(emu)
        now = dt.datetime.now(dt.timezone.utc)

        def create(send_at: dt.datetime) -> Any:
            return client.messages.create(
                to=TO,
                messaging_service_sid=MESSAGING_SERVICE,
                body="soon",
                schedule_type="fixed",
                send_at=send_at,
            )

        soon = await asyncio.to_thread(create, now + dt.timedelta(minutes=20))
        later = await asyncio.to_thread(create, now + dt.timedelta(days=3))
        assert soon.status == later.status == "scheduled"
        assert emu.send_scheduled(until=now + dt.timedelta(hours=1)) == 1  # time travel
        await emu.settle()
        assert emu.store.records("accounts.messages", sid=soon.sid)[0]["status"] == "delivered"
        assert emu.store.records("accounts.messages", sid=later.sid)[0]["status"] == "scheduled"
        await asyncio.to_thread(lambda: client.messages(later.sid).update(status="canceled"))
        assert emu.send_scheduled() == 0  # a canceled message is never sent


async def test_scheduling_window_and_messaging_service(emu: Emulator) -> None:
    client = _untyped(emu)
    now = dt.datetime.now(dt.timezone.utc)

    def attempt() -> tuple[list[int | None], Any]:
        out: list[int | None] = []
        for send_at in (None, now + dt.timedelta(minutes=5), now + dt.timedelta(days=40)):
            extra = {} if send_at is None else {"send_at": send_at}
            try:
                client.messages.create(
                    to=TO,
                    body="x",
                    messaging_service_sid=MESSAGING_SERVICE,
                    schedule_type="fixed",
                    **extra,
                )
            except Exception as err:
                out.append(getattr(err, "code", None))
        # without a Messaging Service, Twilio drops the scheduling and sends at once
        sent = client.messages.create(
            to=TO, from_=FROM, body="x", schedule_type="fixed", send_at=now + dt.timedelta(hours=1)
        )
        return out, sent

    codes, sent = await asyncio.to_thread(attempt)
    assert codes == [35114, 35114, 35114]
    assert sent.status == "queued"


async def test_a_number_belongs_to_one_account_and_test_numbers_fail(emu: Emulator) -> None:
    client = _untyped(emu)

    def scenario() -> tuple[Any, list[str], list[int | None]]:
        sub = client.api.v2010.accounts.create(friendly_name="team")
        offered = client.available_phone_numbers("US").local.list(limit=1)[0]
        client.incoming_phone_numbers.create(phone_number=offered.phone_number)
        sub_offer = client.api.v2010.accounts(sub.sid).available_phone_numbers("US").local.list()
        codes: list[int | None] = []
        for number, account in (
            (offered.phone_number, client.api.v2010.accounts(sub.sid)),
            ("+15005550000", client.api.v2010.accounts(emu.account_sid)),
            ("+15005550001", client.api.v2010.accounts(emu.account_sid)),
            ("415-555-0100", client.api.v2010.accounts(emu.account_sid)),
        ):
            try:
                account.incoming_phone_numbers.create(phone_number=number)
            except Exception as err:
                codes.append(getattr(err, "code", None))
        return offered, [n.phone_number for n in sub_offer], codes

    offered, sub_offer, codes = await asyncio.to_thread(scenario)
    assert sub_offer and offered.phone_number not in sub_offer  # sold, for everyone
    assert codes == [21422, 21422, 21421, 21421]


async def test_a_configuration_holds_the_plugin_versions_it_names(emu: Emulator) -> None:
    client = _untyped(emu)
    flex = client.flex_api.v1

    def scenario() -> dict[str, Any]:
        plugin = flex.plugins.create(unique_name="crm-panel", friendly_name="CRM panel")
        version = flex.plugins(plugin.sid).plugin_versions.create(
            resource_version="2.1.0", plugin_url="https://plugins.example.com/crm.js"
        )
        config = flex.plugin_configurations.create(
            name="release-7", plugins=[{"plugin_version": version.sid, "phase": 3}]
        )
        refused = None
        try:
            flex.plugin_configurations.create(name="bad", plugins=[{"plugin_version": "FV0"}])
        except Exception as err:
            refused = getattr(err, "status", None)
        return {
            "plugin": plugin,
            "version": version,
            "listed": flex.plugin_configurations(config.sid).plugins.list(),
            "fetched": flex.plugin_configurations(config.sid).plugins(plugin.sid).fetch(),
            "refused": refused,
        }

    got = await asyncio.to_thread(scenario)
    assert [p.plugin_sid for p in got["listed"]] == [got["plugin"].sid]
    fetched = got["fetched"]
    assert fetched.plugin_version_sid == got["version"].sid and fetched.version == "2.1.0"
    assert fetched.unique_name == "crm-panel" and fetched.phase == 3
    assert fetched.plugin_archived is False and fetched.private is False
    assert got["refused"] == 400


async def test_recordings_started_two_ways_look_like_twilios(emu: Emulator) -> None:
    client = _untyped(emu)

    def scenario() -> tuple[Any, Any, list[Any]]:
        recorded = client.calls.create(
            to=TO, from_=FROM, url="https://example.com/twiml", record=True
        )
        plain = client.calls.create(to=TO, from_=FROM, url="https://example.com/twiml")
        started = client.calls(plain.sid).recordings.create(recording_channels="dual")
        return recorded, started, client.recordings.list()

    recorded, started, listed = await asyncio.to_thread(scenario)
    by_call = {r.call_sid: r for r in listed}
    assert set(by_call) == {recorded.sid, started.call_sid}
    assert by_call[recorded.sid].source == "OutboundAPI"
    assert started.source == "StartCallRecordingAPI" and started.status == "in-progress"
    assert started.channels == 2 and started.track == "both"
    assert by_call[recorded.sid].channels == 1 and by_call[recorded.sid].price_unit == "USD"


async def test_a_conference_recorded_from_start_has_one_recording(emu: Emulator) -> None:
    client = _untyped(emu)

    def scenario() -> tuple[Any, list[Any], list[Any]]:
        first = client.conferences("standup").participants.create(
            from_=FROM, to=TO, conference_record="record-from-start"
        )
        client.conferences("standup").participants.create(
            from_=FROM, to="+15558675311", conference_record="record-from-start"
        )
        return (
            first,
            client.conferences(first.conference_sid).recordings.list(),
            client.recordings.list(),
        )

    first, in_conference, everywhere = await asyncio.to_thread(scenario)
    assert len(in_conference) == 1 and in_conference[0].conference_sid == first.conference_sid
    assert in_conference[0].source == "Conference"
    assert [r.sid for r in everywhere] == [in_conference[0].sid]
