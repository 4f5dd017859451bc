"""OAuth in the emulator: ``POST /v2/token`` (client credentials) and bearer-authenticated calls.

``Client(credential_provider=ClientCredentialProvider(...))`` fetches its token from the
emulator's oauth domain and sends ``Authorization: Bearer`` everywhere, over loopback.
"""

from __future__ import annotations

import asyncio
import base64
import json
import time

import httpx
import pytest

from twilio_async import Client, ClientCredentialProvider
from twilio_async._errors import TwilioOAuthError
from twilio_async.emulator import Emulator


def _bearer_client(emu: Emulator, client_id: str, client_secret: str) -> Client:
    return Client(
        credential_provider=ClientCredentialProvider(client_id, client_secret),
        account_sid=emu.account_sid,
        base_url=emu.base_url,
        environ={},
        max_retries=0,
    )


async def test_token_then_bearer_calls_on_every_domain(emu: Emulator) -> None:
    client_id, client_secret = emu.oauth_app()
    assert client_id.startswith("OQ") and client_secret not in repr(emu.engine.oauth)
    async with _bearer_client(emu, client_id, client_secret) as client:
        svc = await client.verify.v2.services.create(friendly_name="via bearer")
        assert svc.sid is not None
        calls = [client.verify.v2.services(svc.sid).fetch() for _ in range(8)]
        fetched = await asyncio.gather(*calls)
        assert {s.sid for s in fetched} == {svc.sid}
        account = await client.api.v2010.accounts(emu.account_sid).fetch()
        assert account.sid == emu.account_sid
        number = await client.lookups.v1.phone_numbers("+14155552671").fetch()
        assert number.country_code == "US"
    assert emu.engine.oauth.issued == 1  # one token served every call


async def test_expired_token_is_refused_and_refreshed_once(emu: Emulator) -> None:
    client_id, client_secret = emu.oauth_app()
    issuer = emu.engine.oauth
    async with _bearer_client(emu, client_id, client_secret) as client:
        await client.conversations.v1.conversations.create(friendly_name="a")
        assert issuer.issued == 1
        later = time.time() + 2 * 3600  # the emulator's clock passes the token's exp
        issuer.clock = lambda: later
        made = await client.conversations.v1.conversations.create(friendly_name="b")
        assert made.friendly_name == "b"
        assert issuer.issued == 2  # 401, one refresh, one retry


async def test_token_endpoint_wire(emu: Emulator) -> None:
    async with httpx.AsyncClient(base_url=emu.base_url) as http:
        form = {
            "grant_type": "client_credentials",
            "client_id": emu.account_sid,  # basic credentials work as client credentials
            "client_secret": emu.auth_token,
        }
        got = await http.post("/oauth/v2/token", data=form)
        assert got.is_success, got.text
        body = got.json()
        assert body["token_type"] == "Bearer" and body["expires_in"] == 3600
        payload = body["access_token"].split(".")[1]
        claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
        assert claims["sub"] == emu.account_sid and claims["exp"] > time.time()

        ok = await http.get(
            f"/api/2010-04-01/Accounts/{emu.account_sid}.json",
            headers={"Authorization": f"Bearer {body['access_token']}"},
        )
        assert ok.status_code == 200 and ok.json()["sid"] == emu.account_sid

        tampered = body["access_token"][:-2] + ("AA" if body["access_token"][-2:] != "AA" else "BB")
        refused = await http.get(
            f"/api/2010-04-01/Accounts/{emu.account_sid}.json",
            headers={"Authorization": f"Bearer {tampered}"},
        )
        assert refused.status_code == 401 and refused.json()["code"] == 20003
        assert refused.headers["www-authenticate"].startswith("Bearer")

        wrong = await http.post("/oauth/v2/token", data={**form, "client_secret": "nope"})
        assert wrong.status_code == 401
        assert "nope" not in wrong.text and emu.auth_token not in wrong.text
        grant = await http.post("/oauth/v2/token", data={**form, "grant_type": "password"})
        assert grant.status_code == 400 and "grant_type" in grant.json()["message"]
        v1_form = {"GrantType": "client_credentials", "ClientId": emu.account_sid}
        v1 = await http.post("/oauth/v1/token", data={**v1_form, "ClientSecret": emu.auth_token})
        assert v1.is_success and v1.json()["access_token"].count(".") == 2


async def test_oauth_app_for_unknown_account(emu: Emulator) -> None:
    with pytest.raises(ValueError, match="account_sid"):
        emu.oauth_app("AC" + "0" * 32)


async def test_bad_credentials_raise_in_the_sdk(emu: Emulator) -> None:
    client_id, _ = emu.oauth_app()
    async with _bearer_client(emu, client_id, "wrong-secret") as client:
        with pytest.raises(TwilioOAuthError) as info:
            await client.verify.v2.services.list()
    assert info.value.status == 401
    assert "wrong-secret" not in str(info.value)
