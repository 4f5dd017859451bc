"""The committed record (``expected.json``): per operation, pass or a known failure.

Entries are keyed by case id (``api/v2010 accounts.messages create``). A
supported operation maps each flavour to ``"pass"`` or ``"fail: <reason>"``; an
operation of a version twilio-python has no client for is ``{"excluded": why}``.
Only pass/fail is compared; reasons are there for people (and change freely).
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from ._runner import EXCLUDED, FLAVOURS, PASS, declared

RECORD = Path(__file__).with_name("expected.json")
RERECORD = "python -m tests.emulator.crosscheck --record"

Record = dict[str, dict[str, str]]


def load(path: Path = RECORD) -> Record:
    """The committed record (empty if there is none yet)."""
    if not path.exists():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    ops: Record = data["operations"]
    return ops


def build(results: Record, all_ops: list[str] | None = None) -> Record:
    """A record from a run: every declared operation, excluded versions marked as such."""
    out: Record = {}
    for cid in all_ops or declared():
        version = cid.split(" ", 1)[0]
        if version in EXCLUDED:
            out[cid] = {"excluded": EXCLUDED[version]}
        else:
            out[cid] = dict(results.get(cid, {f: "fail: not attempted" for f in FLAVOURS}))
    return out


def save(record: Record, path: Path = RECORD) -> None:
    """Write the record, sorted, with a note on how it is made."""
    doc = {
        "about": (
            "twilio-python 9.13 against the emulator, every operation the specs declare "
            f"(tests/emulator/crosscheck). Re-record: {RERECORD}"
        ),
        "operations": dict(sorted(record.items())),
    }
    path.write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def passed(status: str) -> bool:
    return status == PASS


def changes(old: Record, new: Record) -> list[str]:
    """Lines naming each operation whose pass/fail differs between two records."""
    lines: list[str] = []
    for cid in sorted(set(old) | set(new)):
        a, b = old.get(cid), new.get(cid)
        if a is None or b is None:
            lines.append(f"{'added' if a is None else 'removed'}: {cid}")
            continue
        for flavour in FLAVOURS:
            if flavour in a and flavour in b and passed(a[flavour]) != passed(b[flavour]):
                now = "now passes" if passed(b[flavour]) else "now fails: " + b[flavour][6:]
                lines.append(f"{cid} [{flavour}] {now}")
    return lines


def table(record: Record) -> str:
    """Per version: declared / attempted / pass / fail per flavour, then the failures."""
    rows: dict[str, Counter[str]] = {}
    for cid, entry in record.items():
        c = rows.setdefault(cid.split(" ", 1)[0], Counter())
        c["declared"] += 1
        if "excluded" in entry:
            continue
        c["attempted"] += 1
        for flavour in FLAVOURS:
            c[f"{flavour} {'pass' if passed(entry.get(flavour, '')) else 'fail'}"] += 1
    cols = ["declared", "attempted"] + [f"{f} {r}" for f in FLAVOURS for r in ("pass", "fail")]
    out = [f"{'version':<14}" + "".join(f"{c:>12}" for c in cols)]
    total: Counter[str] = Counter()
    for version in sorted(rows):
        total.update(rows[version])
        line = f"{version:<14}" + "".join(f"{rows[version][c]:>12}" for c in cols)
        if version in EXCLUDED:
            line += f"   excluded: {EXCLUDED[version]}"
        out.append(line)
    out.append(f"{'total':<14}" + "".join(f"{total[c]:>12}" for c in cols))
    failures = []
    for cid, entry in sorted(record.items()):
        bad = {f: entry[f] for f in FLAVOURS if f in entry and not passed(entry[f])}
        if not bad:
            continue
        if len(set(bad.values())) == 1:
            failures.append(f"  {cid} [{', '.join(bad)}]: {next(iter(bad.values()))[6:]}")
        else:
            failures.extend(f"  {cid} [{f}]: {s[6:]}" for f, s in bad.items())
    if failures:
        out += ["", f"failures ({len(failures)}):", *failures]
    return "\n".join(out)
