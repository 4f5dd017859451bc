"""A batch sender in its own process, for the kill-and-resume tests.

``python -m tests.batch.child_sender BASE_URL ACCOUNT_SID AUTH_TOKEN JOURNAL COUNT CONCURRENCY``
sends ``tests.support.batch.message_items(COUNT)``
with the journal, and prints the summary as JSON when it finishes (if it lives).
"""

from __future__ import annotations

import asyncio
import json
import sys

from tests.support.batch import message_items
from twilio_async import Client


async def main(base: str, sid: str, token: str, journal: str, count: int, conc: int) -> None:
    async with Client(sid, token, base_url=base, environ={}) as client:
        batch = client.batch(journal=journal, concurrency=conc, reconcile_grace=0.2)
        summary = await batch.send(message_items(count))
    print(json.dumps(summary.as_dict()), flush=True)


if __name__ == "__main__":
    base, sid, token, journal, count, conc = sys.argv[1:7]
    asyncio.run(main(base, sid, token, journal, int(count), int(conc)))
