"""``twilio-async journal load|status|reconcile`` and ``send-batch --campaign`` (real
PostgreSQL, the emulator over HTTP): the commands a campaign is run with."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import anyio
import asyncpg

from tests.support.campaign import ROOT, RUN_GUARD, worker_env
from tests.support.numbers import FROM
from twilio_async.batch._campaign_reconcile import lock_key
from twilio_async.batch._pg_journal import PostgresJournal
from twilio_async.batch._reconcile import MessageReconciler
from twilio_async.emulator import Emulator


async def _cli(emu: Emulator, dsn: str, *args: str) -> tuple[int, str, str]:
    """Run ``twilio-async ARGS``; the journal URL comes from the environment."""
    with anyio.fail_after(RUN_GUARD):
        done = await anyio.run_process(
            [sys.executable, "-m", "twilio_async.batch._cli", *args],
            cwd=ROOT,
            env=worker_env(emu, dsn, None),
            check=False,
        )
    return done.returncode, done.stdout.decode(), done.stderr.decode()


def _fingerprint(to: str, body: str) -> str:
    fp = MessageReconciler().fingerprint({"to": to, "from_": FROM, "body": body})
    return json.dumps(fp, sort_keys=True)


async def test_load_status_reconcile_then_send(dsn: str, campaign: str, tmp_path: Path) -> None:
    csv_path = tmp_path / "recipients.csv"
    csv_path.write_text("to,name\n" + "".join(f"+1555000{i:04d},n{i}\n" for i in range(3)))
    async with Emulator(status_interval=None, seed=2) as emu:
        load = ["journal", "load", "--campaign", campaign, str(csv_path)]
        code, out, err = await _cli(emu, dsn, *load, "--from", FROM, "--body", "Hi {name}")
        assert code == 0, err
        assert "3 added" in out
        code, out, _ = await _cli(emu, dsn, *load, "--from", FROM, "--body", "Hi {name}")
        assert code == 0 and "3 already loaded" in out  # loading again adds nothing

        # A dead worker left two rows uncertain; Twilio has the first one's message.
        async with PostgresJournal(dsn, campaign=campaign) as journal:
            claims = await journal.claim("dead", 2)
            then = time.time() - 30
            moved = await journal.in_flight(
                "dead",
                [(c.key, _fingerprint(c.params["to"], c.params["body"]), then) for c in claims],
            )
            assert moved == {c.key for c in claims}
            for c in claims:
                await journal.uncertain(c.key, {"reason": "lost"}, owner="dead")
            await journal.sync()
        first = claims[0].params
        async with emu.client() as client:
            await client.messages.create(to=first["to"], from_=FROM, body=first["body"])

        # Another worker holds the campaign's reconcile lock: nothing is done.
        admin = await asyncpg.connect(dsn)
        try:
            key = lock_key(PostgresJournal(dsn, campaign=campaign), campaign)
            assert await admin.fetchval("SELECT pg_try_advisory_lock($1)", key)
            rec = ["journal", "reconcile", "--campaign", campaign, "--base-url", emu.base_url]
            code, out, _ = await _cli(emu, dsn, *rec, "--reconcile-grace", "0")
            assert code == 1 and "another worker is reconciling" in out
            await admin.execute("SELECT pg_advisory_unlock($1)", key)
        finally:
            await admin.close()

        code, out, err = await _cli(emu, dsn, *rec, "--reconcile-grace", "0")
        assert code == 0, err
        assert "1 found sent, 1 proven absent" in out
        code, out, _ = await _cli(emu, dsn, "journal", "status", "--campaign", campaign, "--json")
        assert code == 0
        status = json.loads(out)
        assert status["counts"]["sent"] == 1 and status["counts"]["pending"] == 2

        send = ["send-batch", "--campaign", campaign, "--base-url", emu.base_url]
        code, out, err = await _cli(emu, dsn, *send, "--no-progress", "--concurrency", "4")
        assert code == 0, err
        stored = sorted(r["body"] for r in emu.store.records("accounts.messages"))
        assert stored == ["Hi n0", "Hi n1", "Hi n2"]  # each once: the found one not again


async def test_usage_errors_exit_2(dsn: str, campaign: str, tmp_path: Path) -> None:
    csv_path = tmp_path / "recipients.csv"
    csv_path.write_text("to,name\n+15550000001,Ann\n")
    async with Emulator(status_interval=None, seed=2) as emu:
        code, _, err = await _cli(emu, dsn, "send-batch", "--campaign", campaign, "--no-progress")
        assert code == 2 and "not in the journal" in err
        code, _, err = await _cli(
            emu, dsn, "send-batch", str(csv_path), "--from", FROM, "--body", "x", "--workers", "2"
        )
        assert code == 2 and "--workers" in err
        code, _, err = await _cli(
            emu, dsn, "send-batch", str(csv_path), "--from", FROM, "--body", "x", "--journal", dsn
        )
        assert code == 2 and "--campaign" in err
        assert "secret" not in err and dsn not in err
        code, _, err = await _cli(emu, dsn, "send-batch", "--campaign", campaign, str(csv_path))
        assert code == 2 and "journal load" in err
        code, _, err = await _cli(emu, dsn, "journal", "status", "--campaign", campaign)
        assert code == 2  # never loaded
