"""Verify v2 in the emulator: send a code, read it with ``emu.verify_code``, check it.

Through the SDK over a real loopback socket, and through twilio-python (routed on
``Host: verify.twilio.com``).
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

TO = "+15017122661"


async def _service(client: Client, **kwargs: Any) -> str:
    svc = await client.verify.v2.services.create(friendly_name="Login", **kwargs)
    assert svc.sid is not None and svc.sid.startswith("VA")
    return svc.sid


async def test_send_then_check_right_code_approves(emu: Emulator, client: Client) -> None:
    sid = await _service(client)
    service = client.verify.v2.services(sid)
    started = await service.verifications.create(to=TO, channel="sms")
    assert started.status == "pending" and started.valid is False
    vsid = started.sid
    assert vsid is not None and vsid.startswith("VE") and started.service_sid == sid
    assert started.to == TO and started.send_code_attempts
    code = emu.verify_code(sid, TO)
    assert len(code) == 6 and code.isdigit()

    wrong = "1" + code[1:] if code[0] != "1" else "2" + code[1:]
    miss = await service.verification_checks.create(to=TO, code=wrong)
    assert miss.status == "pending" and miss.valid is False and miss.sid == started.sid
    assert (await service.verifications(vsid).fetch()).status == "pending"

    hit = await service.verification_checks.create(to=TO, code=code)
    assert hit.status == "approved" and hit.valid is True and hit.sid == started.sid
    fetched = await service.verifications(vsid).fetch()
    assert fetched.status == "approved"
    with pytest.raises(LookupError, match="no pending verification"):
        emu.verify_code(sid, TO)

    attempts = [a async for a in client.verify.v2.verification_attempts.stream()]
    assert [a.verification_sid for a in attempts] == [started.sid]
    assert str(attempts[0].conversion_status) == "converted"


async def test_check_by_verification_sid_and_code_length(emu: Emulator, client: Client) -> None:
    sid = await _service(client, code_length=8)
    service = client.verify.v2.services(sid)
    started = await service.verifications.create(to="user@example.com", channel="email")
    code = emu.verify_code(sid, "user@example.com")
    assert len(code) == 8
    assert started.sid is not None
    hit = await service.verification_checks.create(verification_sid=started.sid, code=code)
    assert hit.status == "approved"


async def test_resend_keeps_sid_and_code(emu: Emulator, client: Client) -> None:
    sid = await _service(client)
    service = client.verify.v2.services(sid)
    first = await service.verifications.create(to=TO, channel="sms")
    code = emu.verify_code(sid, TO)
    again = await service.verifications.create(to=TO, channel="call")
    assert again.sid == first.sid
    assert emu.verify_code(sid, TO) == code
    assert again.send_code_attempts is not None and len(again.send_code_attempts) == 2
    for _ in range(3):
        await service.verifications.create(to=TO, channel="sms")
    with pytest.raises(TwilioRestError) as info:
        await service.verifications.create(to=TO, channel="sms")  # the sixth send
    assert info.value.status == 429 and info.value.code == 60203


async def test_too_many_wrong_checks_is_refused(emu: Emulator, client: Client) -> None:
    sid = await _service(client)
    service = client.verify.v2.services(sid)
    await service.verifications.create(to=TO, channel="sms")
    code = emu.verify_code(sid, TO)
    wrong = "0" * 5 + ("1" if code[-1] != "1" else "2")
    for _ in range(5):
        assert (await service.verification_checks.create(to=TO, code=wrong)).status == "pending"
    with pytest.raises(TwilioRestError) as info:
        await service.verification_checks.create(to=TO, code=code)
    assert info.value.status == 429 and info.value.code == 60202


async def test_cancel_and_check_without_pending(emu: Emulator, client: Client) -> None:
    sid = await _service(client)
    service = client.verify.v2.services(sid)
    started = await service.verifications.create(to=TO, channel="sms")
    assert started.sid is not None
    canceled = await service.verifications(started.sid).update(status="canceled")
    assert canceled.status == "canceled"
    with pytest.raises(TwilioRestError) as info:  # ended: no longer updatable
        await service.verifications(started.sid).update(status="approved")
    assert info.value.status == 404
    with pytest.raises(TwilioRestError) as info:
        await service.verification_checks.create(to=TO, code="123456")
    assert info.value.status == 404 and info.value.code == 20404
    with pytest.raises(TwilioRestError) as info:
        await service.verification_checks.create(to=TO)
    assert info.value.status == 400 and info.value.code == 60200


async def test_custom_code_and_unknown_service(emu: Emulator, client: Client) -> None:
    sid = await _service(client)
    service = client.verify.v2.services(sid)
    await service.verifications.create(to=TO, channel="sms", custom_code="4242")
    assert emu.verify_code(sid, TO) == "4242"
    with pytest.raises(TwilioRestError) as info:
        await client.verify.v2.services("VA" + "0" * 32).verifications.create(to=TO, channel="sms")
    assert info.value.status == 404


async def test_twilio_python_send_and_check(emu: Emulator) -> None:
    http = RedirectingHttpClient(emu.base_url)
    tp = TwilioPythonClient(emu.account_sid, emu.auth_token, http_client=http)

    def start() -> tuple[str, str]:
        svc = tp.verify.v2.services.create(friendly_name="Login")
        v = tp.verify.v2.services(svc.sid or "").verifications.create(to=TO, channel="sms")
        assert v.status == "pending"
        return svc.sid or "", v.sid or ""

    service_sid, verification_sid = await asyncio.to_thread(start)
    code = emu.verify_code(service_sid, TO)

    def check() -> Any:
        return tp.verify.v2.services(service_sid).verification_checks.create(to=TO, code=code)

    result = await asyncio.to_thread(check)
    assert result.status == "approved" and result.valid is True
    assert result.sid == verification_sid
    assert set(http.hosts) == {"verify.twilio.com"}


def test_threaded_emulator_serves_a_blocking_twilio_python_flow() -> None:
    from twilio_async.emulator import ThreadedEmulator

    with ThreadedEmulator(seed=11, status_interval=None) as emu:
        http = RedirectingHttpClient(emu.base_url)
        tp = TwilioPythonClient(emu.account_sid, emu.auth_token, http_client=http)
        svc = tp.verify.v2.services.create(friendly_name="Blocking")
        service = tp.verify.v2.services(svc.sid or "")
        service.verifications.create(to=TO, channel="whatsapp")
        code = emu.verify_code(svc.sid or "", TO)
        assert service.verification_checks.create(to=TO, code=code).status == "approved"
        client_id, client_secret = emu.oauth_app()
        assert client_id.startswith("OQ") and len(client_secret) == 32
