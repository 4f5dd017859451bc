"""``twilio-async send-batch recipients.csv --from +1… --body "Hi {name}" --journal run.db``.

Campaigns (many workers on one account, ``_campaign_cmd``): ``twilio-async journal
load|status|reconcile --journal postgresql://… --campaign NAME`` and ``send-batch
--journal postgresql://… --budget redis://… --campaign NAME --workers N``.

Reads the CSV once to check it (bad rows listed with their line numbers), then
sends one message per good row through ``BatchSender`` with a live progress bar,
and prints a summary table. ``--dry-run`` stops after the check and shows what
would be sent (and what a journal already holds).

Exit status: 0 when every row was sent (now or by an earlier run), 1 when any
row failed, is uncertain or was skipped as bad, 2 for a usage, credential or
CSV problem (a bad row in the default ``stop`` mode: nothing is sent), 130 when
interrupted (the journal keeps what happened; run again to resume).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ._csv import BadRowError, CsvError, CsvMessages, ScanResult

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
#: Bad rows printed before "… and N more".
SHOW_BAD_ROWS = 20


def _concurrency(text: str) -> int | str:
    if text == "auto":
        return text
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError("must be 'auto' or a positive integer") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be 'auto' or a positive integer")
    return value


def _positive(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError("must be a positive number") from None
    if not value > 0:
        raise argparse.ArgumentTypeError("must be a positive number")
    return value


def parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(prog="twilio-async", description="twilio_async tools.")
    sub = root.add_subparsers(dest="command", required=True)
    p = sub.add_parser(
        "send-batch",
        help="send one message per CSV row",
        description=(
            "Send one message per row of a CSV file (with a header row), with bounded "
            "concurrency, a live progress bar and an optional journal to resume from. "
            "Credentials come from TWILIO_ACCOUNT_SID / TWILIO_AUTH_TOKEN (or "
            "TWILIO_API_KEY / TWILIO_API_SECRET) unless given as flags."
        ),
    )
    p.add_argument("csv", type=Path, nargs="?", help="the recipients file (not with --campaign)")
    sender = p.add_mutually_exclusive_group()
    sender.add_argument("--from", dest="from_", metavar="NUMBER", help="sender number (E.164)")
    sender.add_argument("--messaging-service-sid", metavar="MG…", help="send via this service")
    p.add_argument("--body", help='message template over the columns, e.g. "Hi {name}"')
    p.add_argument("--to-column", default="to", help="column holding the recipient (default to)")
    p.add_argument(
        "--key-column",
        help="column with a unique id per row: the journal keys on it, so the file may "
        "change between runs (default: the row's position, checked against its content)",
    )
    p.add_argument("--status-callback", metavar="URL", help="StatusCallback for every message")
    p.add_argument(
        "--journal",
        help="SQLite journal file: run again to resume; with --campaign a postgresql:// URL "
        "(default $TWILIO_ASYNC_JOURNAL)",
    )
    p.add_argument("--campaign", help="send this campaign of the PostgreSQL journal (loaded first)")
    p.add_argument(
        "--budget",
        help="redis://… : one concurrency budget shared by every worker on the account "
        "(default: this process alone; $TWILIO_ASYNC_BUDGET with --campaign)",
    )
    p.add_argument("--workers", type=_workers, default=1, help="worker processes (with --campaign)")
    p.add_argument(
        "--concurrency",
        type=_concurrency,
        default="auto",
        help="requests in flight: 'auto' (find the account's limit) or a number",
    )
    p.add_argument(
        "--max-concurrency", type=int, default=1000, help="ceiling for 'auto' (default 1000)"
    )
    p.add_argument("--rate", type=_positive, help="at most this many messages per second")
    p.add_argument(
        "--skip-bad-rows",
        action="store_true",
        help="report bad rows and send the others (default: report them and send nothing)",
    )
    p.add_argument(
        "--dry-run", action="store_true", help="check the file and show what would be sent"
    )
    p.add_argument(
        "--reconcile-grace",
        type=float,
        default=5.0,
        help="seconds to wait before looking up messages whose answer was lost (default 5)",
    )
    p.add_argument("--base-url", help="send to this server instead of Twilio (the emulator)")
    p.add_argument("--account-sid", help="default: $TWILIO_ACCOUNT_SID")
    p.add_argument("--auth-token", help="default: $TWILIO_AUTH_TOKEN (prefer the variable)")
    p.add_argument("--no-progress", action="store_true", help="no live progress bar")
    p.add_argument("--summary-json", type=Path, help="also write the summary here as JSON")
    from ._campaign_cmd import add_journal_parser

    add_journal_parser(sub)
    return root


def _workers(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError("must be a whole number >= 1") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be a whole number >= 1")
    return value


def _check_csv_mode(p: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """``send-batch recipients.csv``: what it needs, and what only a campaign takes."""
    if args.csv is None:
        p.error("send-batch: give the recipients CSV (or --campaign NAME)")
    if not (args.from_ or args.messaging_service_sid):
        p.error("send-batch: one of --from or --messaging-service-sid is required")
    if not args.body:
        p.error("send-batch: --body is required")
    if args.workers != 1:
        p.error("--workers: more than one worker process needs --campaign")
    if args.journal is not None:
        if "://" in args.journal and not args.journal.lower().startswith("sqlite:"):
            p.error("--journal: a postgresql:// journal holds campaigns: add --campaign NAME")
        from ._journal_url import sqlite_path

        args.journal = sqlite_path(args.journal)


def _check_campaign_mode(p: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    if args.csv is not None:
        p.error(
            "send-batch --campaign sends rows already loaded: load the CSV with "
            "`twilio-async journal load` first"
        )
    if args.dry_run:
        p.error("--dry-run: not with --campaign (see `twilio-async journal status`)")


def main(argv: Sequence[str] | None = None) -> int:
    p = parser()
    args = p.parse_args(argv)
    if args.command == "send-batch":
        if args.campaign:
            _check_campaign_mode(p, args)
        else:
            _check_csv_mode(p, args)
    try:
        from rich.console import Console
    except ImportError:
        print(
            "twilio-async: the command line needs rich: pip install 'twilio-async[cli]'",
            file=sys.stderr,
        )
        return EXIT_USAGE

    out = Console()
    err = Console(stderr=True)
    try:
        if args.command == "journal":
            from ._campaign_cmd import run_journal_command

            return run_journal_command(args, out, err)
        if args.campaign:
            from ._campaign_cmd import campaign_send

            return campaign_send(args, out, err)
        return _send_batch(args, out, err)
    except KeyboardInterrupt:
        err.print("[yellow]interrupted[/yellow]: run again with the same journal to resume")
        return EXIT_INTERRUPTED


def _source(args: argparse.Namespace) -> CsvMessages:
    static: dict[str, Any] = {}
    if args.from_:
        static["from_"] = args.from_
    if args.messaging_service_sid:
        static["messaging_service_sid"] = args.messaging_service_sid
    if args.status_callback:
        static["status_callback"] = args.status_callback
    return CsvMessages(
        args.csv,
        body=args.body,
        static=static,
        to_column=args.to_column,
        key_column=args.key_column,
        on_bad_row="skip" if args.skip_bad_rows else "stop",
    )


def _print_bad_rows(err: Any, scan: ScanResult) -> None:
    for bad in scan.bad_rows[:SHOW_BAD_ROWS]:
        err.print(f"[red]bad row[/red] {bad}", highlight=False, markup=True)
    more = scan.bad_count - min(len(scan.bad_rows), SHOW_BAD_ROWS)
    if more > 0:
        err.print(f"… and {more} more bad rows")


def _send_batch(args: argparse.Namespace, out: Any, err: Any) -> int:
    try:
        source = _source(args)
        scan = source.scan()
    except CsvError as exc:
        err.print(f"[red]error[/red]: {exc}", highlight=False)
        return EXIT_USAGE
    _print_bad_rows(err, scan)
    if scan.bad_count and not args.skip_bad_rows:
        err.print(
            f"[red]stopped[/red]: {scan.bad_count} bad row(s) in {args.csv}; nothing was sent. "
            "Fix them, or pass --skip-bad-rows to send the other rows.",
            highlight=False,
        )
        return EXIT_USAGE
    if args.dry_run:
        return _dry_run(args, source, scan, out)
    from .._errors import TwilioConfigError

    try:
        return asyncio.run(_run(args, source, scan, out, err))
    except TwilioConfigError as exc:
        err.print(f"[red]error[/red]: {exc}", highlight=False)
        return EXIT_USAGE


def _dry_run(args: argparse.Namespace, source: CsvMessages, scan: ScanResult, out: Any) -> int:
    from rich.table import Table

    from ._journal import read_counts

    table = Table(title=f"dry run: {args.csv} (nothing sent)")
    table.add_column("what")
    table.add_column("value", overflow="fold")
    table.add_row("rows", str(scan.rows))
    table.add_row("messages to send", str(scan.valid))
    table.add_row("bad rows (skipped)", str(scan.bad_count))
    if args.journal is not None:
        if args.journal.exists():
            counts = read_counts(args.journal)
            text = ", ".join(f"{k} {v}" for k, v in sorted(counts.items())) or "empty"
            table.add_row("journal", f"{args.journal}: {text}")
        else:
            table.add_row("journal", f"{args.journal}: new")
    for n, item in enumerate(source):
        if n >= 3:
            break
        params = item.params
        table.add_row(
            f"example {item.key}",
            f"to {params['to']} from {params.get('from_') or params.get('messaging_service_sid')}"
            f": {params['body']!r}",
        )
    out.print(table)
    return EXIT_OK


async def _run(
    args: argparse.Namespace, source: CsvMessages, scan: ScanResult, out: Any, err: Any
) -> int:
    from .._client import Client
    from ._journal import JournalError

    client = Client(args.account_sid, args.auth_token, base_url=args.base_url)
    failures: list[str] = []
    async with client:
        preload(client.messages)  # before the run's clock and the progress bar start
        batch = client.batch(
            concurrency=args.concurrency,
            max_concurrency=args.max_concurrency,
            rate=args.rate,
            journal=args.journal,
            reconcile_grace=args.reconcile_grace,
            budget=args.budget,
        )
        try:
            async with batch:
                run = batch.send(source)
                progress = _Progress(run, scan.valid, err, enabled=not args.no_progress)
                with progress:
                    async for result in run:
                        progress.tick()
                        if result.status in ("failed", "uncertain") and len(failures) < 20:
                            why = result.error.message if result.error else "no answer"
                            failures.append(f"{result.key}: {result.status}: {why}")
        except BadRowError as exc:  # the file changed since the check
            err.print(f"[red]stopped[/red]: bad row {exc.bad}", highlight=False)
            return EXIT_USAGE
        except (JournalError, CsvError) as exc:
            err.print(f"[red]error[/red]: {exc}", highlight=False)
            return EXIT_USAGE
    summary = run.summary
    for line in failures:
        err.print(line, highlight=False, markup=False)
    out.print(_summary_table(summary, scan))
    if args.summary_json is not None:
        data = summary.as_dict() | {"bad_rows": scan.bad_count}
        args.summary_json.write_text(json.dumps(data, indent=1) + "\n")
    return EXIT_OK if summary.ok and not scan.bad_count else EXIT_FAILED


def preload(resource: Any) -> None:
    """Import now what the first create through ``resource`` would import lazily.

    That is the generated resource module and its pydantic models, the wire dialect,
    the HTTP backend (aiohttp when installed, and the TLS context) and anyio's core:
    about half a second on a first create, which a short run would otherwise count in
    its elapsed time and rate. ``sqlite3`` (the journal) comes with this package.
    """
    import anyio
    import sniffio  # noqa: F401  (the HTTP layer asks it which event loop runs)

    from .._backends import _aiohttp_available, default_ssl_context

    if _aiohttp_available():  # the backend `auto` picks; httpx's transport otherwise
        from .._backends import _aiohttp  # noqa: F401

    op = getattr(getattr(type(resource), "create", None), "op", None)
    if op is not None and op.model is not None:
        op.response_model()
    version = getattr(resource, "_version", None)
    if version is not None:
        version.dialect  # noqa: B018  (loads the dialect module on first access)
    default_ssl_context()
    _ = anyio.CancelScope, anyio.current_time, anyio.sleep  # anyio loads its core lazily


def _summary_table(summary: Any, scan: ScanResult) -> Any:
    from rich.table import Table

    table = Table(title="send-batch summary")
    table.add_column("")
    table.add_column("count", justify="right")
    table.add_row("sent", str(summary.sent))
    table.add_row("already sent (journal)", str(summary.skipped))
    table.add_row("failed", str(summary.failed))
    table.add_row("uncertain", str(summary.uncertain))
    table.add_row("bad rows skipped", str(scan.bad_count))
    table.add_row("retried", str(summary.retried))
    table.add_row("429 answers", str(summary.rate_limited))
    table.add_row(
        "reconciled (found / absent)",
        f"{summary.reconciled_found} / {summary.reconciled_absent}",
    )
    table.add_row("elapsed", f"{summary.elapsed:.1f} s")
    table.add_row("throughput", f"{summary.throughput:.0f} msg/s")
    table.add_row("final concurrency", str(summary.concurrency))
    for reason, count in sorted(summary.failures.items(), key=lambda kv: -kv[1]):
        example = summary.failure_examples.get(reason, "")
        table.add_row(f"failed: {reason}", f"{count}  ({example[:60]})")
    return table


class _Progress:
    """A rich progress bar over a run: done/total, sent, failed, in flight, rate, ETA."""

    def __init__(self, run: Any, total: int, console: Any, *, enabled: bool):
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

        self.run = run
        self.total = total
        self._last = 0.0
        self._done = 0
        self._progress = Progress(
            TextColumn("[bold]sending"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn(
                "sent {task.fields[sent]}  failed {task.fields[failed]}  "
                "in flight {task.fields[in_flight]}  {task.fields[rate]} msg/s  "
                "ETA {task.fields[eta]}"
            ),
            console=console,
            disable=not enabled,
            refresh_per_second=8,
        )
        self._task = self._progress.add_task(
            "send", total=total, sent=0, failed=0, in_flight=0, rate="-", eta="-"
        )

    def __enter__(self) -> _Progress:
        self._progress.__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        self._update()
        self._progress.__exit__(None, None, None)

    def tick(self) -> None:
        self._done += 1
        now = time.monotonic()
        if now - self._last >= 0.1:
            self._last = now
            self._update()

    def _update(self) -> None:
        s = self.run.summary
        elapsed = max(self.run.elapsed, 1e-6)
        rate = s.sent / elapsed
        left = max(0, self.total - self._done)
        eta = f"{left / rate:.0f}s" if rate > 0 and left else ("0s" if not left else "-")
        self._progress.update(
            self._task,
            completed=self._done,
            sent=s.sent + s.skipped,
            failed=s.failed,
            in_flight=self.run.in_flight,
            rate=f"{rate:.0f}",
            eta=eta,
        )


if __name__ == "__main__":
    sys.exit(main())
