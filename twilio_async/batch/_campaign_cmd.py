"""The campaign commands: ``twilio-async journal load|status|reconcile`` and
``send-batch --campaign NAME --workers N`` (argparse wiring and what each does).

The journal URL may come from ``TWILIO_ASYNC_JOURNAL`` and the budget URL from
``TWILIO_ASYNC_BUDGET`` instead of the command line, which other users of the machine
can read; what is printed never shows their passwords.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import time
from pathlib import Path
from typing import Any

from ._campaign_worker import ENV_BUDGET, ENV_JOURNAL

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
_PG_HINT = "pip install 'twilio-async[postgres]'"
_REDIS_HINT = "pip install 'twilio-async[redis]'"


def add_journal_parser(sub: Any) -> None:
    """``twilio-async journal load|status|reconcile``."""
    journal = sub.add_parser(
        "journal",
        help="campaigns in a PostgreSQL journal: load, status, reconcile",
        description="Campaigns in a PostgreSQL journal, the work queue of many workers.",
    )
    jsub = journal.add_subparsers(dest="journal_command", required=True)

    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument("--journal", help=f"postgresql://… URL (default: ${ENV_JOURNAL})")
        p.add_argument("--campaign", required=True, help="the campaign's name")

    load = jsub.add_parser("load", help="load a recipients CSV into a campaign")
    common(load)
    load.add_argument("csv", type=Path, help="the recipients file (with a header row)")
    who = load.add_mutually_exclusive_group(required=True)
    who.add_argument("--from", dest="from_", metavar="NUMBER", help="sender number (E.164)")
    who.add_argument("--messaging-service-sid", metavar="MG…", help="send via this service")
    load.add_argument("--body", required=True, help='template over the columns: "Hi {name}"')
    load.add_argument("--to-column", default="to", help="column with the recipient")
    load.add_argument("--key-column", help="column with a unique id per row (the item key)")
    load.add_argument("--status-callback", metavar="URL", help="StatusCallback per message")
    load.add_argument("--skip-bad-rows", action="store_true", help="load the good rows only")
    load.add_argument("--account-sid", help="the account it sends on (default $TWILIO_ACCOUNT_SID)")

    status = jsub.add_parser("status", help="a campaign's totals (all workers)")
    common(status)
    status.add_argument("--json", action="store_true", help="print JSON")

    rec = jsub.add_parser("reconcile", help="look up the campaign's uncertain rows now")
    common(rec)
    rec.add_argument("--reconcile-grace", type=float, default=5.0, help="seconds (default 5)")
    rec.add_argument("--base-url", help="Twilio's base URL (the emulator)")
    rec.add_argument("--account-sid", help="default: $TWILIO_ACCOUNT_SID")
    rec.add_argument("--auth-token", help="default: $TWILIO_AUTH_TOKEN (prefer the variable)")


def journal_url(args: argparse.Namespace) -> str:
    url = args.journal or os.environ.get(ENV_JOURNAL)
    if not url:
        raise ValueError(f"--journal: give a postgresql:// URL (or set {ENV_JOURNAL})")
    from ._journal_url import journal_kind

    if journal_kind(url) != "postgres":
        raise ValueError("--journal: campaigns live in a PostgreSQL journal (postgresql://…)")
    return str(url)


def _missing_extra(err: ImportError) -> str:
    name = (err.name or "").split(".")[0]
    hint = _REDIS_HINT if name == "redis" else _PG_HINT
    return f"a module this needs is not installed ({name or err}): {hint}"


def run_journal_command(args: argparse.Namespace, out: Any, err: Any) -> int:
    """Run ``journal load|status|reconcile``; the exit status."""
    from ._journal import JournalError

    try:
        url = journal_url(args)
        command = args.journal_command
        if command == "load":
            return _load(args, url, out, err)
        if command == "status":
            return _status(args, url, out)
        return _reconcile(args, url, out)
    except ImportError as exc:
        err.print(f"[red]error[/red]: {_missing_extra(exc)}", highlight=False)
    except (JournalError, ValueError) as exc:
        err.print(f"[red]error[/red]: {exc}", highlight=False)
    return EXIT_USAGE


def _load(args: argparse.Namespace, url: str, out: Any, err: Any) -> int:
    from ._campaign_cli import load_csv
    from ._csv import BadRowError, CsvError

    account = args.account_sid or os.environ.get("TWILIO_ACCOUNT_SID")
    if not account:
        raise ValueError(
            "--account-sid: the account the campaign sends on (or $TWILIO_ACCOUNT_SID)"
        )
    try:
        report = asyncio.run(
            load_csv(
                url,
                args.campaign,
                args.csv,
                account=account,
                body=args.body,
                from_=args.from_,
                messaging_service_sid=args.messaging_service_sid,
                status_callback=args.status_callback,
                to_column=args.to_column,
                key_column=args.key_column,
                on_bad_row="skip" if args.skip_bad_rows else "stop",
            )
        )
    except BadRowError as exc:
        err.print(f"[red]stopped[/red]: bad row {exc.bad}; nothing was loaded", highlight=False)
        return EXIT_USAGE
    except CsvError as exc:
        err.print(f"[red]error[/red]: {exc}", highlight=False)
        return EXIT_USAGE
    for bad in report.bad_rows[:20]:
        err.print(f"[red]bad row[/red] {bad}", highlight=False)
    out.print(
        f"campaign {report.campaign}: {report.rows} rows read, {report.added} added, "
        f"{report.already_present} already loaded, {report.bad_count} bad rows skipped",
        highlight=False,
    )
    return EXIT_FAILED if report.bad_count else EXIT_OK


def _status(args: argparse.Namespace, url: str, out: Any) -> int:
    from ._campaign_cli import status

    data = asyncio.run(status(url, args.campaign))
    if args.json:
        out.print_json(json.dumps(data))
    else:
        out.print(status_table(data))
    return EXIT_OK if data["exists"] else EXIT_USAGE


def status_table(data: dict[str, Any]) -> Any:
    from rich.table import Table

    title = f"campaign {data['campaign']}" + ("" if data["exists"] else " (not loaded)")
    table = Table(title=title)
    table.add_column("state")
    table.add_column("items", justify="right")
    for name, n in data["counts"].items():
        table.add_row(name, str(n))
    table.add_row("total", str(data["total"]))
    table.add_row("remaining", str(data["remaining"]))
    return table


async def reconcile_now(
    url: str,
    campaign: str,
    *,
    grace: float,
    base_url: str | None = None,
    account_sid: str | None = None,
    auth_token: str | None = None,
) -> dict[str, Any]:
    """Sweep, then one reconcile pass over ``campaign`` now; what it did."""
    from .._client import Client
    from ._budget_url import budget_from_url
    from ._campaign_reconcile import CampaignReconcile
    from ._reconcile import default_reconciler

    async with Client(account_sid, auth_token, base_url=base_url) as client:
        pg = _postgres(url, campaign)
        async with pg:
            swept = await pg.sweep()
            budget = budget_from_url(None, account=client.account_sid, concurrency=16)
            messages = client.messages
            rec = CampaignReconcile(
                pg,
                reconciler=default_reconciler(messages),
                resource=messages,
                budget=budget,
                grace=grace,
            )
            report = await rec.run_pass()
            counts = await pg.counts()
    return report.as_dict() | {"swept": swept._asdict(), "counts": counts}


def _postgres(url: str, campaign: str) -> Any:
    from ._journal_url import from_url
    from ._pg_journal import PostgresJournal

    journal = from_url(url, campaign=campaign)
    assert isinstance(journal, PostgresJournal)
    return journal


def _reconcile(args: argparse.Namespace, url: str, out: Any) -> int:
    data = asyncio.run(
        reconcile_now(
            url,
            args.campaign,
            grace=args.reconcile_grace,
            base_url=args.base_url,
            account_sid=args.account_sid,
            auth_token=args.auth_token,
        )
    )
    if not data["ran"]:
        out.print("another worker is reconciling this campaign now; nothing done")
        return EXIT_FAILED
    out.print(
        f"reconciled: {data['found']} found sent, {data['absent']} proven absent (pending "
        f"again), {data['unknown']} undecided, {data['waiting']} within the grace period",
        highlight=False,
    )
    return EXIT_OK if data["counts"]["uncertain"] == 0 else EXIT_FAILED


# ------------------------------------------------------------ send-batch --campaign


def campaign_send(args: argparse.Namespace, out: Any, err: Any) -> int:
    """``send-batch --campaign NAME [--workers N]``: the exit status."""
    from ._campaign_fleet import Fleet, FleetSpec, open_journal
    from ._journal import JournalError

    try:
        url = journal_url(args)
        budget = args.budget or os.environ.get(ENV_BUDGET) or None
        if budget is not None:
            from ._budget_url import budget_kind

            if budget_kind(budget) == "redis":
                import redis.asyncio  # noqa: F401  (the workers need it: say so here, once)
        spec = FleetSpec(
            journal=url,
            campaign=args.campaign,
            budget=budget,
            workers=args.workers,
            concurrency=args.concurrency,
            max_concurrency=args.max_concurrency,
            rate=args.rate,
            reconcile_grace=args.reconcile_grace,
            base_url=args.base_url,
            account_sid=args.account_sid,
            auth_token=args.auth_token,
        )
        journal = open_journal(spec)
        info = asyncio.run(_campaign_info(journal))
    except ImportError as exc:
        err.print(f"[red]error[/red]: {_missing_extra(exc)}", highlight=False)
        return EXIT_USAGE
    except (JournalError, ValueError) as exc:
        err.print(f"[red]error[/red]: {exc}", highlight=False)
        return EXIT_USAGE
    if info is None:
        err.print(
            f"[red]error[/red]: campaign {args.campaign!r} is not in the journal: "
            "load it first (twilio-async journal load)",
            highlight=False,
        )
        return EXIT_USAGE
    if spec.workers > 1 and budget is None:
        err.print(
            f"[yellow]note[/yellow]: no --budget: each of the {spec.workers} workers keeps its "
            "own limit, so together they may exceed the account's (give --budget redis://…)",
            highlight=False,
        )
    fleet = Fleet(spec)
    t0 = time.monotonic()
    fleet.start()
    try:
        counts = asyncio.run(_watch(fleet, open_journal(spec), err, enabled=not args.no_progress))
    except KeyboardInterrupt:
        fleet.stop()
        err.print("[yellow]interrupted[/yellow]: workers stopped; run again to go on")
        return EXIT_INTERRUPTED
    except BaseException:
        fleet.stop()
        raise
    codes, summaries = fleet.results()
    return _report(args, counts, codes, summaries, time.monotonic() - t0, out, err)


async def _campaign_info(journal: Any) -> Any:
    async with journal:
        return await journal.campaign_info()


async def _watch(fleet: Any, journal: Any, console: Any, *, enabled: bool) -> dict[str, int]:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from ._campaign_fleet import watch

    progress = Progress(
        TextColumn("[bold]campaign"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn(
            "sent {task.fields[sent]}  failed {task.fields[failed]}  uncertain "
            "{task.fields[uncertain]}  in flight {task.fields[in_flight]}  limit "
            "{task.fields[limit]}  workers {task.fields[alive]}  {task.fields[rate]} msg/s"
        ),
        console=console,
        disable=not enabled,
        refresh_per_second=4,
    )
    task = progress.add_task(
        "c", total=None, sent=0, failed=0, uncertain=0, in_flight=0, limit="?", alive=0, rate="-"
    )
    t0 = time.monotonic()
    first: list[int] = []

    def show(counts: dict[str, int], limit: int | None, busy: int | None, alive: int) -> None:
        total = sum(counts.values())
        if not first:
            first.append(counts["sent"])
        rate = (counts["sent"] - first[0]) / max(time.monotonic() - t0, 1e-6)
        progress.update(
            task,
            total=total,
            completed=counts["sent"] + counts["failed"],
            sent=counts["sent"],
            failed=counts["failed"],
            uncertain=counts["uncertain"],
            in_flight=counts["in_flight"] if busy is None else busy,
            limit="?" if limit is None else str(limit),
            alive=alive,
            rate=f"{rate:.0f}",
        )

    with progress:
        async with journal:
            return await watch(fleet, journal, show)


def _report(
    args: argparse.Namespace,
    counts: dict[str, int],
    codes: list[int | None],
    summaries: list[dict[str, Any]],
    elapsed: float,
    out: Any,
    err: Any,
) -> int:
    from rich.table import Table

    total = sum(counts.values())
    for n, code in enumerate(codes):
        if code not in (0, None):
            err.print(f"[yellow]worker {n}[/yellow] exited with status {code}", highlight=False)
    table = Table(title=f"campaign {args.campaign}: {len(codes)} workers")
    table.add_column("")
    table.add_column("count", justify="right")
    for name in ("sent", "failed", "uncertain", "pending", "claimed", "in_flight"):
        table.add_row(name.replace("_", " "), str(counts.get(name, 0)))
    table.add_row("total", str(total))
    table.add_row("429 answers", str(sum(s.get("rate_limited", 0) for s in summaries)))
    found = sum(s.get("reconciled_found", 0) for s in summaries)
    absent = sum(s.get("reconciled_absent", 0) for s in summaries)
    table.add_row("reconciled (found / absent)", f"{found} / {absent}")
    table.add_row("elapsed", f"{elapsed:.1f} s")
    sent_now = sum(s.get("sent", 0) for s in summaries)
    table.add_row("throughput (this run)", f"{sent_now / max(elapsed, 1e-6):.0f} msg/s")
    out.print(table)
    if args.summary_json is not None:
        data = {"counts": counts, "total": total, "codes": codes, "workers": summaries}
        args.summary_json.write_text(json.dumps(data, indent=1) + "\n")
    return EXIT_OK if total and counts.get("sent", 0) == total else EXIT_FAILED
