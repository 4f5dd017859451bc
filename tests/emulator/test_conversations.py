"""Conversations v1 in the emulator: conversations, participants and messages under them.

Through the SDK over loopback (json-v1 paging across many pages) and twilio-python.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from twilio.rest import Client as TwilioPythonClient

from tests.support.twilio_python import RedirectingHttpClient
from twilio_async import Client
from twilio_async._errors import TwilioRestError
from twilio_async.emulator import Emulator


async def test_conversation_participants_and_messages(emu: Emulator, client: Client) -> None:
    convs = client.conversations.v1.conversations
    conv = await convs.create(friendly_name="Support", unique_name="ticket-1")
    assert str(conv.state) == "active"
    cid = conv.sid
    assert cid is not None and cid.startswith("CH")
    assert conv.links is not None and conv.links["messages"].endswith(f"/{conv.sid}/Messages")

    alice = await convs(cid).participants.create(identity="alice")
    sms = await convs(cid).participants.create(messaging_binding_address="+15558675310")
    assert alice.sid is not None and alice.sid.startswith("MB")
    assert alice.conversation_sid == cid
    assert alice.identity == "alice"
    assert sms.messaging_binding is not None
    assert sms.messaging_binding["address"] == "+15558675310"
    assert sms.sid is not None
    moved = (
        await convs(cid)
        .participants(sms.sid)
        .update(messaging_binding_proxy_address="+15017122661")
    )
    assert moved.messaging_binding == {"address": "+15558675310", "proxy_address": "+15017122661"}

    first = await convs("ticket-1").messages.create(author="alice", body="hello")
    second = await convs(cid).messages.create(body="auto reply")
    assert (first.index, second.index) == (0, 1)
    assert first.conversation_sid == conv.sid and second.author == "system"
    assert first.sid is not None
    await convs(cid).messages(first.sid).delete()
    third = await convs(cid).messages.create(body="after a delete")
    assert third.index == 2  # indexes are never reused

    bodies = [m.body async for m in convs(cid).messages.stream()]
    assert bodies == ["after a delete", "auto reply"]
    people = [p.sid async for p in convs("ticket-1").participants.stream()]
    assert set(people) == {alice.sid, sms.sid}
    assert (await convs("ticket-1").fetch()).sid == conv.sid

    with pytest.raises(TwilioRestError) as info:
        await convs.create(unique_name="ticket-1")
    assert info.value.status == 409 and info.value.code == 50353
    with pytest.raises(TwilioRestError) as info:
        await convs("no-such-room").messages.create(body="x")
    assert info.value.status == 404


async def test_v1_meta_paging_over_many_pages(emu: Emulator, client: Client) -> None:
    convs = client.conversations.v1.conversations
    made = [(await convs.create(friendly_name=f"c{i}")).sid for i in range(11)]
    seen = [c.sid async for c in convs.stream(page_size=2)]  # 6 pages via meta.next_page_url
    assert seen == made[::-1]
    limited = [c.sid async for c in convs.stream(page_size=3, limit=4)]
    assert limited == made[::-1][:4]


async def test_services_scope_their_conversations(emu: Emulator, client: Client) -> None:
    svc = await client.conversations.v1.services.create(friendly_name="Chat")
    assert svc.sid is not None and svc.sid.startswith("IS")
    scoped = client.conversations.v1.services(svc.sid).conversations
    inside = await scoped.create(friendly_name="in service", unique_name="room")
    msg = await scoped("room").messages.create(author="bob", body="hi")
    assert msg.index == 0 and msg.conversation_sid == inside.sid
    assert inside.chat_service_sid == svc.sid
    assert [c.sid async for c in client.conversations.v1.conversations.stream()] == []
    # the same unique name is free in another scope
    await client.conversations.v1.conversations.create(unique_name="room")


async def test_twilio_python_conversation_flow(emu: Emulator) -> None:
    http = RedirectingHttpClient(emu.base_url)
    tp = TwilioPythonClient(emu.account_sid, emu.auth_token, http_client=http)

    def scenario() -> tuple[Any, list[Any]]:
        conv = tp.conversations.v1.conversations.create(friendly_name="tp")
        room = tp.conversations.v1.conversations(conv.sid or "")
        room.participants.create(identity="carol")
        for i in range(5):
            room.messages.create(body=f"m{i}")
        listed = room.messages.list(page_size=2)
        return conv, listed

    conv, listed = await asyncio.to_thread(scenario)
    assert conv.state == "active"
    assert [m.index for m in listed] == [4, 3, 2, 1, 0]
    assert set(http.hosts) == {"conversations.twilio.com"}


async def test_service_roles_and_conversations_are_their_own(client: Client) -> None:
    svc = await client.conversations.v1.services.create(friendly_name="Chat")
    assert svc.sid is not None
    mine = client.conversations.v1.services(svc.sid)
    await mine.roles.create(friendly_name="mod", type="conversation", permission=["sendMessage"])
    await mine.conversations.create(friendly_name="scoped")
    assert [r async for r in client.conversations.v1.roles.stream()] == []
    assert [c async for c in client.conversations.v1.conversations.stream()] == []
    assert len([r async for r in mine.roles.stream()]) == 1
