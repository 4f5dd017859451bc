"""The batch sender against the emulator over loopback: limits, lost answers, kill and resume.

Every test ends by checking the emulator's store: each item exactly once.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any, Literal

import anyio
import pytest

from tests.support.batch import assert_exactly_once, bodies, message_items
from tests.support.numbers import FROM
from twilio_async.batch._journal import read_counts
from twilio_async.emulator import Emulator

ROOT = Path(__file__).resolve().parents[2]


async def test_client_batch_sends_each_item_once_and_counts_429s() -> None:
    async with Emulator(status_interval=None, latency=0.01, concurrency_limit=15) as emu:
        async with emu.client() as client, client.batch(concurrency="auto") as batch:
            run = batch.send(message_items(300))
            statuses = Counter([r.status async for r in run])
        assert statuses == {"sent": 300}
        assert_exactly_once(emu, 300)
        assert run.summary.rate_limited == emu.stats.faults["429"]
        assert emu.stats.max_in_flight <= 15


@pytest.mark.parametrize("concurrency", [40, "auto"])
async def test_a_429_storm_loses_and_duplicates_nothing(concurrency: int | Literal["auto"]) -> None:
    """The account allows 3 requests at once; the sender is told 40, or finds out."""
    async with Emulator(status_interval=None, latency=0.005, concurrency_limit=3) as emu:
        async with emu.client() as client:
            summary = await client.batch(concurrency=concurrency).send(message_items(150))
        assert (summary.sent, summary.failed, summary.uncertain) == (150, 0, 0)
        assert summary.rate_limited == emu.stats.faults["429"] > 0
        assert_exactly_once(emu, 150)
        if concurrency == "auto":
            assert summary.concurrency <= 6  # it settled near the account's 3


@pytest.mark.parametrize(
    ("faults", "found", "absent"),
    [
        ({"drop_rate": 0.2, "drop_after_processing": True}, True, False),
        ({"drop_rate": 0.2}, False, True),
        ({"error_rate": {500: 0.15}, "error_after_processing": True}, True, False),
        ({"error_rate": {503: 0.15}}, False, True),
    ],
    ids=["dropped-after-create", "dropped-before", "500-after-create", "503-before"],
)
async def test_lost_answers_are_reconciled_never_blindly_resent(
    faults: dict[str, Any], found: bool, absent: bool
) -> None:
    async with Emulator(status_interval=None, seed=11, **faults) as emu:
        async with emu.client() as client:
            batch = client.batch(concurrency=20, reconcile_grace=0.1, reconcile_rounds=20)
            summary = await batch.send(message_items(120))
        assert (summary.sent, summary.failed, summary.uncertain) == (120, 0, 0)
        assert (summary.reconciled_found > 0) is found
        assert (summary.reconciled_absent > 0) is absent
        assert_exactly_once(emu, 120)


async def test_identical_items_with_lost_answers_end_up_sent_as_often_as_listed(
    tmp_path: Path,
) -> None:
    """Five copies each of ten messages, a third of the answers lost after creating."""
    items = [
        {"to": f"+1555000{i % 10:04d}", "from_": FROM, "body": f"same {i % 10}"} for i in range(50)
    ]
    async with Emulator(
        status_interval=None, seed=5, drop_rate=0.33, drop_after_processing=True
    ) as emu:
        async with emu.client() as client:
            summary = await client.batch(
                concurrency=8, reconcile_grace=0.1, journal=tmp_path / "run.db"
            ).send(items)
        assert summary.sent == 50 and summary.reconciled_found > 0
        assert bodies(emu) == {f"same {k}": 5 for k in range(10)}


async def _wait_for_sent(journal: Path, at_least: int, proc: subprocess.Popen[bytes]) -> None:
    while True:
        try:
            counts = await anyio.to_thread.run_sync(read_counts, journal)
        except sqlite3.Error:  # not created yet, or mid-checkpoint
            counts = {}
        if counts.get("sent", 0) >= at_least:
            return
        assert proc.poll() is None, "the sender finished before it could be killed"
        await anyio.sleep(0.01)


@pytest.mark.real_backend
@pytest.mark.parametrize(
    "faults",
    [{}, {"drop_rate": 0.1, "drop_after_processing": True}],
    ids=["clean", "dropped-after-create"],
)
async def test_sigkill_mid_run_then_resume_sends_each_item_once(
    tmp_path: Path, faults: dict[str, Any]
) -> None:
    total = 600
    journal = tmp_path / "run.db"
    async with Emulator(status_interval=None, latency=0.02, seed=3, **faults) as emu:
        child = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.batch.child_sender",
                emu.base_url,
                emu.account_sid,
                emu.auth_token,
                str(journal),
                str(total),
                "25",
            ],
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
        )
        try:
            with anyio.fail_after(30):
                await _wait_for_sent(journal, total // 4, child)
            os.kill(child.pid, signal.SIGKILL)
        finally:
            await anyio.to_thread.run_sync(child.wait)
        assert child.returncode == -signal.SIGKILL
        left = read_counts(journal)
        assert left.get("in_flight", 0) + left.get("uncertain", 0) > 0  # killed mid-request
        assert sum(bodies(emu).values()) < total

        async with emu.client() as client:
            summary = await client.batch(journal=journal, concurrency=25, reconcile_grace=0.3).send(
                message_items(total)
            )
        assert summary.failed == summary.uncertain == 0
        assert summary.skipped + summary.sent == total
        assert summary.skipped >= total // 4
        assert summary.reconciled_found + summary.reconciled_absent > 0
        assert_exactly_once(emu, total)
        assert read_counts(journal) == {"sent": total}


# ---------------------------------------------------------------- the command line


async def _cli(emu: Emulator, *args: str) -> subprocess.CompletedProcess[bytes]:
    env = {
        **os.environ,
        "TWILIO_ACCOUNT_SID": emu.account_sid,
        "TWILIO_AUTH_TOKEN": emu.auth_token,
        "COLUMNS": "200",
    }
    env.pop("TWILIO_API_KEY", None)
    return await anyio.run_process(
        [sys.executable, "-m", "twilio_async.batch._cli", "send-batch", *args],
        cwd=ROOT,
        env=env,
        check=False,
    )


def _csv(tmp_path: Path, rows: list[str]) -> Path:
    path = tmp_path / "recipients.csv"
    path.write_text("to,name\n" + "".join(r + "\n" for r in rows))
    return path


async def test_cli_sends_resumes_and_reports(emu: Emulator, tmp_path: Path) -> None:
    csv_path = _csv(tmp_path, [f"+1555000{i:04d},n{i}" for i in range(40)])
    journal = tmp_path / "run.db"
    summary_path = tmp_path / "summary.json"
    common = [str(csv_path), "--from", FROM, "--body", "Hi {name}", "--journal", str(journal)]
    common += ["--base-url", emu.base_url, "--summary-json", str(summary_path)]
    done = await _cli(emu, *common)
    assert done.returncode == 0, done.stderr.decode()
    assert "send-batch summary" in done.stdout.decode()
    assert json.loads(summary_path.read_text())["sent"] == 40
    assert bodies(emu) == {f"Hi n{i}": 1 for i in range(40)}

    again = await _cli(emu, *common)
    assert again.returncode == 0
    assert json.loads(summary_path.read_text())["skipped"] == 40
    assert sum(bodies(emu).values()) == 40


async def test_cli_bad_rows_stop_the_run_by_default(emu: Emulator, tmp_path: Path) -> None:
    csv_path = _csv(tmp_path, ["+15550000001,Ann", "nope,Bob", "+15550000003,"])
    done = await _cli(
        emu, str(csv_path), "--from", FROM, "--body", "Hi {name}", "--base-url", emu.base_url
    )
    err = done.stderr.decode()
    assert done.returncode == 2
    assert "line 3" in err and "line 4" in err and "nothing was sent" in err
    assert emu.store.count("accounts.messages") == 0


async def test_cli_can_skip_bad_rows_and_exits_nonzero(emu: Emulator, tmp_path: Path) -> None:
    csv_path = _csv(tmp_path, ["+15550000001,Ann", "nope,Bob", "+15550000003,Cy"])
    done = await _cli(
        emu,
        str(csv_path),
        "--from",
        FROM,
        "--body",
        "Hi {name}",
        "--skip-bad-rows",
        "--base-url",
        emu.base_url,
        "--no-progress",
    )
    assert done.returncode == 1
    assert "line 3" in done.stderr.decode()
    assert bodies(emu) == {"Hi Ann": 1, "Hi Cy": 1}


async def test_cli_exit_status_when_twilio_refuses_a_row(emu: Emulator, tmp_path: Path) -> None:
    csv_path = _csv(tmp_path, ["+15550000001,Ann", "+15005550001,Bob"])  # 21211 in the emulator
    done = await _cli(
        emu, str(csv_path), "--from", FROM, "--body", "Hi {name}", "--base-url", emu.base_url
    )
    assert done.returncode == 1
    out = done.stdout.decode()
    assert "HTTP 400 code 21211" in out
    assert bodies(emu) == {"Hi Ann": 1}


async def test_cli_dry_run_sends_nothing(emu: Emulator, tmp_path: Path) -> None:
    csv_path = _csv(tmp_path, ["+15550000001,Ann", "+15550000002,Bob"])
    done = await _cli(
        emu,
        str(csv_path),
        "--from",
        FROM,
        "--body",
        "Hi {name}",
        "--dry-run",
        "--journal",
        str(tmp_path / "new.db"),
    )
    out = done.stdout.decode()
    assert done.returncode == 0
    assert "dry run" in out and "'Hi Ann'" in out and "new" in out
    assert emu.store.count("accounts.messages") == 0
    assert not (tmp_path / "new.db").exists()
