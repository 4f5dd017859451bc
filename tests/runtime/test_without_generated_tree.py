"""The runtime imports and works with the generated tree out of reach.

A child process blocks every ``twilio_async.rest`` import, then builds a ``Client``
and sends requests through the transport and a dialect: the hand-written runtime
stands on its own, and the generated tree is reached only by ``client.<domain>``.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

from tests.support.credentials import ACCOUNT_SID, AUTH_TOKEN

CHILD = textwrap.dedent(
    """
    import asyncio, importlib.abc, sys

    class Block(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if name == "twilio_async.rest" or name.startswith("twilio_async.rest."):
                raise ImportError(f"blocked: {name}")
            return None

    sys.meta_path.insert(0, Block())

    import httpx
    from twilio_async import Client, NotFoundError
    from twilio_async._dialects import get_dialect
    from twilio_async._types import PreparedRequest

    def answer(request):
        if request.url.path.endswith("/Missing.json"):
            return httpx.Response(404, json={"code": 20404, "message": "nope"})
        return httpx.Response(200, json={"sid": "SMx", "to": request.url.params["To"]})

    async def main():
        http = httpx.AsyncClient(transport=httpx.MockTransport(answer))
        async with Client(ACCOUNT_SID, AUTH_TOKEN, http_client=http, environ={}) as client:
            transport, dialect = client._transport, get_dialect("json-2010")
            base = transport.domain_base("api")
            ok = PreparedRequest("GET", base + "/x.json", [("To", "+1555")], None, None, None, None)
            response = await transport.send(ok, dialect)
            assert response.status_code == 200 and b"+1555" in response.content
            missing = PreparedRequest("GET", base + "/Missing.json", [], None, None, None, None)
            try:
                await transport.send(missing, dialect)
            except NotFoundError as err:
                assert err.code == 20404 and err.url == base + "/Missing.json"
            else:
                raise AssertionError("no NotFoundError")
            try:
                client.messages
            except ImportError as err:
                assert "blocked: twilio_async.rest" in str(err)
            else:
                raise AssertionError("client.messages did not need the generated tree")
        assert not any(m.startswith("twilio_async.rest") for m in sys.modules)
        print("ok")

    asyncio.run(main())
    """
)


def test_the_runtime_works_without_the_generated_tree() -> None:
    code = f"ACCOUNT_SID = {ACCOUNT_SID!r}\nAUTH_TOKEN = {AUTH_TOKEN!r}\n{CHILD}"
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"
