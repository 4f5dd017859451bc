"""A token-paged list that names its own paging parameters (``paging:`` in the spec).

numbers v1 ``porting_all_port_ins`` pages with ``Size`` and ``Token`` (not ``PageSize`` /
``PageToken``): the first request sends ``Size``, each next one the same query with
``Token`` set to ``meta.next_token``, and ``PageSize``/``PageToken`` are never sent.
"""

from __future__ import annotations

from typing import Any

import httpx
import respx

from twilio_async import Client
from twilio_async.emulator import Emulator

URL = "https://numbers.twilio.com/v1/Porting/PortIn/PortInRequests"


def _page(sids: list[str], next_token: str | None) -> dict[str, Any]:
    items = [{"port_in_request_sid": s, "port_in_request_status": "Completed"} for s in sids]
    return {"port_in_requests": items, "meta": {"next_token": next_token, "previous_token": None}}


async def test_pages_follow_the_operations_own_token_parameter(
    client: Client, mock: respx.MockRouter
) -> None:
    sent: list[list[tuple[str, str]]] = []
    pages = iter(
        [_page(["KW1", "KW2"], "tok-1"), _page(["KW3", "KW4"], "tok-2"), _page(["KW5"], None)]
    )

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(list(request.url.params.multi_items()))
        return httpx.Response(200, json=next(pages))

    mock.get(url__startswith=URL).mock(side_effect=answer)
    ports = client.numbers.v1.porting_all_port_ins
    got = [
        p.port_in_request_sid async for p in ports.stream(page_size=2, port_in_request_status="X")
    ]
    assert got == ["KW1", "KW2", "KW3", "KW4", "KW5"]
    assert sent[0] == [("PortInRequestStatus", "X"), ("Size", "2")]
    assert sent[1] == [("PortInRequestStatus", "X"), ("Size", "2"), ("Token", "tok-1")]
    assert sent[2] == [("PortInRequestStatus", "X"), ("Size", "2"), ("Token", "tok-2")]
    assert all(k not in ("PageSize", "PageToken") for query in sent for k, _ in query)


async def test_one_page_asks_with_the_own_names(client: Client, mock: respx.MockRouter) -> None:
    route = mock.get(url__startswith=URL).respond(200, json=_page(["KW1"], None))
    page = await client.numbers.v1.porting_all_port_ins.page(page_size=5, page_token="tok-9")
    assert [p.port_in_request_sid for p in page.items] == ["KW1"]
    assert page.next_page_url is None
    assert list(route.calls.last.request.url.params.multi_items()) == [
        ("Size", "5"),
        ("Token", "tok-9"),
    ]


async def test_the_emulator_reads_the_own_names() -> None:
    emu = Emulator()
    async with emu.asgi_http_client() as http:
        http.auth = (emu.account_sid, emu.auth_token)
        wrong = await http.get("/numbers/v1/Porting/PortIn/PortInRequests", params={"Size": "0"})
        assert wrong.status_code == 400 and "Size must be between" in wrong.text
        ok = await http.get("/numbers/v1/Porting/PortIn/PortInRequests", params={"Size": "3"})
        assert ok.status_code == 200, ok.text
        assert ok.json()["meta"]["page_size"] == 3
