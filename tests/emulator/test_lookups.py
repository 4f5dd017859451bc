"""Lookups in the emulator: fetch-only resources are answered from their key, no create first.

v1 through the SDK over loopback and through twilio-python. Lookups v2 does not
import yet, so its mechanism is tested on a catalog written here in the generated
shape (the ``phone_numbers`` resource as the spec declares it); the same hooks
serve it when the generated catalog lands.
"""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest
from twilio.rest import Client as TwilioPythonClient

from tests.support.twilio_python import RedirectingHttpClient
from twilio_async import Client
from twilio_async._errors import TwilioRestError
from twilio_async.emulator import Emulator
from twilio_async.emulator._app import EmulatorApp
from twilio_async.emulator._catalog import Catalog, build_version, load_catalog
from twilio_async.emulator._engine import Engine, synthesized
from twilio_async.emulator._lookups import line_type, national_format, parse_number


async def test_v1_fetch_needs_no_create(emu: Emulator, client: Client) -> None:
    got = await client.lookups.v1.phone_numbers("+14155552671").fetch()
    assert got.phone_number == "+14155552671"
    assert got.country_code == "US"
    assert got.national_format == "(415) 555-2671"
    assert got.carrier is None and got.caller_name is None
    assert got.url is not None and got.url.endswith("/v1/PhoneNumbers/+14155552671")
    assert emu.store.count("phone_numbers") == 0  # answered, not stored


async def test_v1_national_number_country_code_and_packages(client: Client) -> None:
    got = await client.lookups.v1.phone_numbers("02079460958").fetch(
        country_code="GB", type=["carrier", "caller-name"]
    )
    assert got.phone_number == "+442079460958"
    assert got.country_code == "GB"
    assert got.national_format == "02079 460958"
    assert got.carrier is not None and got.carrier["type"] == "landline"
    assert got.caller_name is not None and "caller_name" in got.caller_name
    canada = await client.lookups.v1.phone_numbers("+16135550123").fetch()
    assert canada.country_code == "CA"


async def test_v1_invalid_number_is_not_found(client: Client) -> None:
    with pytest.raises(TwilioRestError) as info:
        await client.lookups.v1.phone_numbers("+1415").fetch()
    assert info.value.status == 404 and info.value.code == 20404


async def test_v1_through_twilio_python(emu: Emulator) -> None:
    http = RedirectingHttpClient(emu.base_url)
    tp = TwilioPythonClient(emu.account_sid, emu.auth_token, http_client=http)

    def fetch() -> Any:
        return tp.lookups.v1.phone_numbers("+447700900123").fetch(type=["carrier"])

    got = await asyncio.to_thread(fetch)
    assert got.country_code == "GB" and got.national_format == "07700 900123"
    assert got.carrier["type"] == "mobile"
    assert http.hosts == ["lookups.twilio.com"]


def test_parse_number() -> None:
    us = parse_number("+1 (415) 555-2671")
    assert us.valid and us.e164 == "+14155552671" and us.iso == "US"
    assert national_format(us) == "(415) 555-2671"
    assert parse_number("14155552671").e164 == "+14155552671"
    assert parse_number("0412 345 678", "AU").e164 == "+61412345678"
    assert line_type(parse_number("+61412345678")) == "mobile"
    assert line_type(parse_number("+61298765432")) == "landline"
    assert parse_number("+1415").errors == ("TOO_SHORT",)
    assert parse_number("+141555526711").errors == ("TOO_LONG",)
    assert parse_number("+99912345").errors == ("INVALID_COUNTRY_CODE",)
    assert parse_number("hello").errors == ("NOT_A_NUMBER",)
    assert parse_number("5551234", "ZZ").errors == ("INVALID_COUNTRY_CODE",)


_V2_FIELDS = {
    "calling_country_code": "string",
    "country_code": "string",
    "phone_number": "phone-number",
    "national_format": "string",
    "valid": "boolean",
    "validation_errors": "list<string>",
    "caller_name": "object",
    "sim_swap": "object",
    "call_forwarding": "object",
    "line_status": "object",
    "line_type_intelligence": "object",
    "identity_match": "object",
    "reassigned_number": "object",
    "sms_pumping_risk": "object",
    "phone_number_quality_score": "object",
    "pre_fill": "object",
    "url": "uri",
}

#: Lookups v2's phone number resource as codegen writes a catalog (fetch only).
LOOKUPS_V2 = {
    "domain": "lookups",
    "version": "v2",
    "dialect": "json-v1",
    "account_scope": None,
    "enums": {},
    "resources": {
        "phone_numbers": {
            "class": "PhoneNumber",
            "list_path": None,
            "instance_path": "/v2/PhoneNumbers/{PhoneNumber}",
            "key": {"param": "PhoneNumber", "field": "phone_number", "pattern": None},
            "list_key": None,
            "fields": _V2_FIELDS,
            "models": {},
            "operations": {
                "fetch": {
                    "method": "GET",
                    "on": "instance",
                    "body": "none",
                    "params": [
                        {"name": "Fields", "type": "string", "required": False, "in": "query"},
                        {"name": "CountryCode", "type": "string", "required": False, "in": "query"},
                    ],
                }
            },
        }
    },
}


def _v2_engine() -> Engine:
    others = [v for v in load_catalog().versions if (v.domain, v.version) != ("lookups", "v2")]
    return Engine(
        catalog=Catalog([*others, build_version(LOOKUPS_V2)]), seed=3, status_interval=None
    )


async def test_v2_fields_select_packages() -> None:
    engine = _v2_engine()
    assert synthesized(engine.catalog.find("lookups", "v2").resources["phone_numbers"])
    transport = httpx.ASGITransport(app=EmulatorApp(engine))
    async with httpx.AsyncClient(
        transport=transport,
        base_url="http://emu",
        auth=(engine.account_sid, engine.auth_token),
        headers={"Host": "lookups.twilio.com"},
    ) as http:
        plain = (await http.get("/v2/PhoneNumbers/+14155552671")).json()
        assert plain["valid"] is True and plain["validation_errors"] is None
        assert plain["calling_country_code"] == "1" and plain["country_code"] == "US"
        assert plain["national_format"] == "(415) 555-2671"
        assert plain["line_type_intelligence"] is None
        assert plain["url"] == "https://lookups.twilio.com/v2/PhoneNumbers/+14155552671"

        rich = await http.get(
            "/v2/PhoneNumbers/+447772000001",
            params={"Fields": "line_type_intelligence,sim_swap,validation"},
        )
        body = rich.json()
        assert rich.status_code == 200
        assert body["line_type_intelligence"]["type"] == "mobile"
        assert body["sim_swap"]["error_code"] is None
        assert body["caller_name"] is None

        bad = (await http.get("/v2/PhoneNumbers/+1415")).json()  # v2 answers, invalid
        assert bad["valid"] is False and bad["validation_errors"] == ["TOO_SHORT"]
        assert bad["national_format"] is None
