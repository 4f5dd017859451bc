"""What ``twilio-async journal load`` and ``status`` do: pure async functions, no argparse.

``load_csv`` checks a recipients CSV (``CsvMessages``: the same rules as
``send-batch``), then loads one item per good row into a campaign of a PostgreSQL
journal; loading the same file again adds nothing. ``status`` reads a campaign's
totals (one query on the counters all workers keep).
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from ._csv import BadRow, BadRowError, CsvMessages
from ._journal_url import from_url
from ._pg_journal import PostgresJournal
from ._pg_schema import STATE_NAMES


@dataclass
class LoadReport:
    """What ``load_csv`` did: rows read, items added / already there, bad rows."""

    campaign: str
    rows: int = 0
    added: int = 0
    already_present: int = 0
    bad_count: int = 0
    bad_rows: list[BadRow] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "campaign": self.campaign,
            "rows": self.rows,
            "added": self.added,
            "already_present": self.already_present,
            "bad_count": self.bad_count,
            "bad_rows": [str(b) for b in self.bad_rows],
        }


def message_target(account: str) -> str:
    """The journal target of ``client.messages`` on ``account`` (what the sender checks)."""
    return f"MessageList/{account}"


def _postgres(journal_url: str, campaign: str) -> PostgresJournal:
    journal = from_url(journal_url, campaign=campaign)
    if not isinstance(journal, PostgresJournal):
        raise ValueError("journal_url: campaigns live in a PostgreSQL journal (postgresql://…)")
    return journal


def _rows(source: CsvMessages, report: LoadReport) -> Iterator[tuple[str, int, Mapping[str, Any]]]:
    for index, _, rec in source.records():
        report.rows += 1
        if isinstance(rec, BadRow):
            if source.on_bad_row == "stop":
                raise BadRowError(rec)
            report.bad_count += 1
            if len(report.bad_rows) < 1000:
                report.bad_rows.append(rec)
            continue
        yield rec.key or f"#{index}", index, rec.params


async def load_csv(
    journal_url: str,
    campaign: str,
    csv_path: str | os.PathLike[str],
    *,
    account: str,
    body: str,
    from_: str | None = None,
    messaging_service_sid: str | None = None,
    status_callback: str | None = None,
    to_column: str = "to",
    key_column: str | None = None,
    on_bad_row: Literal["stop", "skip"] = "stop",
    target: str | None = None,
) -> LoadReport:
    """Load a recipients CSV into ``campaign``: one item per good row, keyed like send-batch.

    The whole file is checked first: with ``on_bad_row="stop"`` a bad row raises
    ``BadRowError`` (its line number) and nothing is loaded; ``"skip"`` leaves bad rows
    out and reports them. ``account`` is the Account SID the campaign sends on;
    ``target`` defaults to Messages on that account.
    """
    if not from_ and not messaging_service_sid:
        raise ValueError("from_ or messaging_service_sid is needed (who the messages are from)")
    static: dict[str, Any] = {}
    if from_:
        static["from_"] = from_
    if messaging_service_sid:
        static["messaging_service_sid"] = messaging_service_sid
    if status_callback:
        static["status_callback"] = status_callback
    source = CsvMessages(
        csv_path,
        body=body,
        static=static,
        to_column=to_column,
        key_column=key_column,
        on_bad_row=on_bad_row,
    )
    if on_bad_row == "stop":
        scan = source.scan()
        if scan.bad_rows:
            raise BadRowError(scan.bad_rows[0])
    report = LoadReport(campaign)
    journal = _postgres(journal_url, campaign)
    async with journal:
        added, present = await journal.load(
            campaign,
            _rows(source, report),
            account=account,
            target=target or message_target(account),
        )
    report.added, report.already_present = added, present
    return report


async def status(journal_url: str, campaign: str) -> dict[str, Any]:
    """A campaign's totals: every state's count, the total, and what is left to do.

    ``exists`` is False (and the counts zero) for a campaign never loaded.
    """
    journal = _postgres(journal_url, campaign)
    async with journal:
        info = await journal.campaign_info(campaign)
        counts = await journal.counts(campaign)
    total = sum(counts.values())
    return {
        "campaign": campaign,
        "exists": info is not None,
        "account": info.account if info else None,
        "target": info.target if info else None,
        "created": info.created.isoformat() if info else None,
        "counts": counts,
        "total": total,
        "done": counts["sent"] + counts["failed"],
        "remaining": total - counts["sent"] - counts["failed"],
        "states": list(STATE_NAMES.values()),
    }
