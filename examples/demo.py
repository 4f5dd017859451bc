"""A tour of twilio_async against the local Twilio emulator: ``make demo``.

Starts the emulator on a loopback port, then, through the SDK over real HTTP:
sends 1,000 messages concurrently (with a progress bar), reads them back with
``stream`` and ``page``, fetches, updates and deletes one, adds a conference
participant, lists calls through the legacy 2008 XML API, and creates and lists
a Flex plugin. Prints a short summary and stops the emulator.

No Twilio account and no network beyond 127.0.0.1 are needed.
"""

from __future__ import annotations

import asyncio
import sys
import time
from collections import Counter

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from twilio_async import Client
from twilio_async.emulator import Emulator

MESSAGES = 1000
CONCURRENCY = 100  # requests in flight at once (each needs a socket on both ends)
SENDER = "+15017122661"
#: Printed last: where to go from here.
NEXT_STEPS = """
Next:
  - README.md "Using the client": the same calls against Twilio, with
    TWILIO_ACCOUNT_SID / TWILIO_AUTH_TOKEN set.
  - README.md "Emulator": your own app against `.venv/bin/twilio-async-emulator`.
  - README.md "Batch sending": `twilio-async send-batch` for a CSV of recipients.
  - examples/webhook_app.py: answering Twilio webhooks with FastAPI and TwiML.
  - `make test`: the test suite (installs the dev tools: pytest, mypy, ruff, ...).
"""


def recipient(i: int) -> str:
    return f"+1555{i % 10:03d}{i:04d}"


async def send_all(client: Client, console: Console) -> list[str]:
    """Create MESSAGES messages, CONCURRENCY at a time, advancing a progress bar."""
    limiter = asyncio.Semaphore(CONCURRENCY)
    columns = (
        TextColumn("[bold]sending"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=console, transient=False) as progress:
        bar = progress.add_task("send", total=MESSAGES)

        async def send(i: int) -> str:
            async with limiter:
                msg = await client.messages.create(
                    to=recipient(i), from_=SENDER, body=f"Hello #{i} from twilio_async"
                )
            progress.advance(bar)
            assert msg.sid is not None
            return msg.sid

        return list(await asyncio.gather(*(send(i) for i in range(MESSAGES))))


async def tour(emu: Emulator, console: Console) -> Table:
    summary = Table(title="twilio_async demo (local emulator)", show_header=True)
    summary.add_column("step")
    summary.add_column("result")
    async with emu.client() as client:
        started = time.perf_counter()
        sids = await send_all(client, console)
        elapsed = time.perf_counter() - started
        unique = len(set(sids))
        summary.add_row(
            "messages.create x 1000",
            f"{unique} unique SIDs in {elapsed:.2f}s ({MESSAGES / elapsed:.0f}/s)",
        )

        streamed = [m async for m in client.messages.stream(page_size=200)]
        statuses = Counter(str(m.status.value if m.status else None) for m in streamed)
        summary.add_row(
            "messages.stream(page_size=200)",
            f"{len(streamed)} messages, newest first; status: "
            + ", ".join(f"{k} {v}" for k, v in sorted(statuses.items())),
        )

        first = await client.messages.page(page_size=50)
        second = await first.next_page()
        assert second is not None
        back = await second.previous_page()
        assert back is not None and [m.sid for m in back] == [m.sid for m in first]
        filtered = await client.messages.list(to=recipient(7))
        summary.add_row(
            "messages.page / next / previous",
            f"pages {first.page_number}, {second.page_number}, back to {back.page_number}; "
            f"filter to={recipient(7)}: {len(filtered)}",
        )

        one = await client.messages(sids[0]).fetch()
        redacted = await one.update(body="")
        deleted = await client.messages(one.sid or "").delete()
        summary.add_row(
            "fetch / update / delete",
            f"{one.sid}: body {one.body!r} -> {redacted.body!r}, deleted={deleted}",
        )

        participant = await client.conferences("demo-room").participants.create(
            from_=SENDER, to=recipient(1), label="customer"
        )
        room = client.conferences(participant.conference_sid or "")
        in_room = await room.participants.list()
        summary.add_row(
            "conference participant",
            f"call {participant.call_sid} joined {participant.conference_sid} "
            f"({len(in_room)} in the room)",
        )

        calls = await client.api.v2008.account.calls.list()
        summary.add_row(
            "2008 XML: calls.list()",
            ", ".join(
                f"{c.sid} {c.caller}->{c.called} status {getattr(c.status, 'name', c.status)}"
                for c in calls
            ),
        )

        plugin = await client.flex_api.v1.plugins.create(
            unique_name="crm", friendly_name="CRM panel", flex_metadata="demo"
        )
        plugins = await client.flex_api.v1.plugins.list(flex_metadata="demo")
        summary.add_row(
            "Flex v1: plugins.create / list",
            f"{plugin.sid} {plugin.unique_name!r}; listed {len(plugins)}",
        )

    stats = emu.stats
    summary.add_row(
        "emulator counted",
        f"{stats.requests} requests, {stats.created['accounts.messages']} messages created, "
        f"{emu.store.count('accounts.messages')} stored",
    )
    return summary


async def main() -> int:
    console = Console()
    async with Emulator(status_interval=0.2) as emu:
        console.print(f"emulator on {emu.base_url} (account {emu.account_sid})")
        summary = await tour(emu, console)
    console.print(summary)
    console.print("[green]done[/green]: emulator stopped")
    console.print(NEXT_STEPS, highlight=False, soft_wrap=True)
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
