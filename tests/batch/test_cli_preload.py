"""``send-batch`` loads what a first create needs before its clock starts."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

#: Run in a fresh interpreter: this one has imported everything already.
CHILD = textwrap.dedent(
    """
    import asyncio, json, sys
    from tests.support.loopback import answer_with, respond, serve
    from twilio_async import Client
    from twilio_async.batch._cli import preload

    BODY = json.dumps({"sid": "SM" + "b" * 32, "status": "queued", "body": "hi"}).encode()

    async def main():
        answer = respond(201, BODY, "Content-Type: application/json")
        async with serve(answer_with(answer)) as base:
            async with Client("AC" + "a" * 32, "token", base_url=base, environ={}) as client:
                messages = client.messages
                preload(messages)
                before = set(sys.modules)
                message = await messages.create(to="+15558675310", from_="+15017122661", body="hi")
                print(json.dumps([message.sid, sorted(set(sys.modules) - before)]))

    asyncio.run(main())
    """
)


def test_a_first_create_after_preload_imports_nothing() -> None:
    done = subprocess.run(
        [sys.executable, "-c", CHILD], cwd=ROOT, capture_output=True, text=True, timeout=30
    )
    assert done.returncode == 0, done.stderr[-2000:]
    sid, imported = json.loads(done.stdout.strip().splitlines()[-1])
    assert sid == "SM" + "b" * 32
    assert imported == []
