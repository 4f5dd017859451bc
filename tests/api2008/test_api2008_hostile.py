"""Hostile and malformed XML: always a typed error, quickly, with the raw body kept."""

from __future__ import annotations

import anyio
import httpx
import pytest
import respx

from tests.support.bad_input import BILLION_LAUGHS
from twilio_async import Client
from twilio_async._dialects._xml import MAX_XML_BYTES, MAX_XML_DEPTH, XmlDocumentError, parse_xml
from twilio_async._errors import (
    AuthenticationError,
    BadRequestError,
    ServerError,
    TwilioResponseError,
)

from .helpers import ACCOUNT, CA, fixture

CALL_URL = f"https://api.twilio.com{ACCOUNT}/Calls/{CA}"
CALLS_URL = f"https://api.twilio.com{ACCOUNT}/Calls"

EXTERNAL_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<TwilioResponse><Call><Sid>&xxe;</Sid></Call></TwilioResponse>"""

# A parameter entity pulling an external DTD, with no general entity used.
EXTERNAL_DTD = b"""<?xml version="1.0"?>
<!DOCTYPE r SYSTEM "http://127.0.0.1:9/evil.dtd">
<TwilioResponse><Call><Sid>x</Sid></Call></TwilioResponse>"""

UNDECLARED_ENTITY = b"<TwilioResponse><Call><Sid>&passwd;</Sid></Call></TwilioResponse>"

DEEP = 100_000
DEEPLY_NESTED = b"<TwilioResponse>" + b"<a>" * DEEP + b"</a>" * DEEP + b"</TwilioResponse>"

HUGE = (
    b"<TwilioResponse><Call><Body>" + b"x" * (50 * 1024 * 1024) + b"</Body></Call></TwilioResponse>"
)

HOSTILE = {
    "billion-laughs": BILLION_LAUGHS,
    "external-entity": EXTERNAL_ENTITY,
    "external-dtd": EXTERNAL_DTD,
    "undeclared-entity": UNDECLARED_ENTITY,
    "deeply-nested": DEEPLY_NESTED,
    "50-mb-body": HUGE,
    "truncated": fixture("call.xml")[:-40],
    "malformed": b"<TwilioResponse><Call><Sid>CA1</Call></Sid></TwilioResponse>",
    "wrong-root": b"<Response><Call><Sid>CA1</Sid></Call></Response>",
    "not-xml": b'{"sid": "CA1"}',
    "empty": b"",
    "two-elements": b"<TwilioResponse><Call/><Call/></TwilioResponse>",
    "empty-envelope": b"<TwilioResponse/>",
    "text-after-root": b"<TwilioResponse><Call/></TwilioResponse>garbage",
    "bad-encoding": b'<?xml version="1.0" encoding="x-no-such"?><TwilioResponse/>',
    "invalid-utf8": b"<TwilioResponse><Call><Sid>\xff\xfe</Sid></Call></TwilioResponse>",
    "bad-field-value": b"<TwilioResponse><Call><Duration>long</Duration></Call></TwilioResponse>",
}


@pytest.mark.parametrize("body", HOSTILE.values(), ids=HOSTILE.keys())
async def test_hostile_instance_body_raises_response_error(
    body: bytes, client: Client, mock: respx.MockRouter
) -> None:
    mock.get(CALL_URL).mock(return_value=httpx.Response(200, content=body))
    with anyio.fail_after(5), pytest.raises(TwilioResponseError) as info:
        await client.api.v2008.account.calls(CA).fetch()
    err = info.value
    assert err.status == 200
    assert err.body == body  # the raw answer is never lost
    assert "root:" not in str(err)  # nothing from /etc/passwd
    assert len(str(err)) < 2000


@pytest.mark.parametrize(
    "name", ["billion-laughs", "external-entity", "deeply-nested", "50-mb-body", "truncated"]
)
async def test_hostile_page_body_raises_response_error(
    name: str, client: Client, mock: respx.MockRouter
) -> None:
    mock.get(CALLS_URL).mock(return_value=httpx.Response(200, content=HOSTILE[name]))
    with anyio.fail_after(5), pytest.raises(TwilioResponseError):
        await client.api.v2008.account.calls.list()


@pytest.mark.parametrize("name", ["billion-laughs", "external-entity", "malformed", "empty"])
async def test_hostile_error_body_still_gives_the_rest_error(
    name: str, client: Client, mock: respx.MockRouter
) -> None:
    mock.get(CALL_URL).mock(return_value=httpx.Response(400, content=HOSTILE[name]))
    with anyio.fail_after(5), pytest.raises(BadRequestError) as info:
        await client.api.v2008.account.calls(CA).fetch()
    assert info.value.status == 400
    assert info.value.code is None
    assert "root:" not in str(info.value)


async def test_a_non_twilio_error_page_is_summarised(
    client: Client, mock: respx.MockRouter
) -> None:
    html = b"<html><body><h1>502 Bad Gateway</h1></body></html>"
    mock.get(CALL_URL).mock(return_value=httpx.Response(502, content=html))
    with anyio.fail_after(5), pytest.raises(ServerError) as info:
        await client.api.v2008.account.calls(CA).fetch()
    assert info.value.status == 502
    assert "502 Bad Gateway" in info.value.message


async def test_a_rest_exception_inside_a_2xx_answer_is_raised(
    client: Client, mock: respx.MockRouter
) -> None:
    mock.get(CALL_URL).mock(return_value=httpx.Response(200, content=fixture("errors/calls.xml")))
    with anyio.fail_after(5), pytest.raises(BadRequestError) as info:
        await client.api.v2008.account.calls(CA).fetch()
    assert (info.value.status, info.value.code) == (400, 21201)


async def test_401_without_a_body(client: Client, mock: respx.MockRouter) -> None:
    mock.get(CALL_URL).mock(return_value=httpx.Response(401))
    with anyio.fail_after(5), pytest.raises(AuthenticationError) as info:
        await client.api.v2008.account.calls(CA).fetch()
    assert info.value.status == 401
    assert info.value.code is None


def test_parser_limits() -> None:
    # Exactly at the depth bound parses; one more level does not.
    ok = b"<a>" * MAX_XML_DEPTH + b"</a>" * MAX_XML_DEPTH
    assert parse_xml(ok).tag == "a"
    too_deep = b"<a>" * (MAX_XML_DEPTH + 1) + b"</a>" * (MAX_XML_DEPTH + 1)
    with pytest.raises(XmlDocumentError, match="nested deeper"):
        parse_xml(too_deep)
    with pytest.raises(XmlDocumentError, match="exceeds"):
        parse_xml(b" " * (MAX_XML_BYTES + 1))
    with pytest.raises(XmlDocumentError, match="forbidden"):
        parse_xml(BILLION_LAUGHS)
    with pytest.raises(XmlDocumentError, match="forbidden"):
        parse_xml(EXTERNAL_ENTITY)


def test_element_values() -> None:
    root = parse_xml(
        b"<TwilioResponse><Call>\n  <Sid>CA1</Sid>\n  <Price/>\n  <Tag>a</Tag><Tag>b</Tag>"
        b"<Body>  two  spaces </Body><Nested><Inner>1</Inner></Nested>"
        b"<Escaped>&lt;3 &amp; &#x263A;</Escaped></Call></TwilioResponse>"
    )
    assert root.children[0].fields() == {
        "Sid": "CA1",
        "Price": None,
        "Tag": ["a", "b"],
        "Body": "  two  spaces ",
        "Nested": {"Inner": "1"},
        "Escaped": "<3 & \u263a",
    }
