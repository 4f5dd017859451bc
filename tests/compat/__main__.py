"""``python -m tests.compat [--missing] [--suggest]``: the compatibility figures per domain.

Prints, per twilio-python domain, chains / verbs / keywords: total, present,
tolerated, missing, and those of versions with no spec in ``specs/`` yet.
``--missing`` lists every missing item not under another missing one;
``--suggest`` prints ``tolerated.yaml`` entries for missing keywords that are spec drift.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter

from tests.compat._compare import KINDS, Comparison, Kind

_COLUMNS = ("total", "present", "tolerated", "missing", "no spec")


def table(comparison: Comparison) -> str:
    """The per-domain figures as a fixed-width table, with a total row."""
    counts = comparison.counts()
    header = f"{'domain':<14} {'kind':<9} " + " ".join(f"{c:>9}" for c in _COLUMNS)
    lines = [header, "-" * len(header)]
    totals: dict[Kind, Counter[str]] = {k: Counter() for k in KINDS}
    for domain in sorted(counts):
        for kind in KINDS:
            c: Counter[str] = Counter(counts[domain][kind])
            totals[kind].update(c)
            lines.append(f"{domain:<14} {kind:<9} " + _row(c))
    lines.append("-" * len(header))
    for kind in KINDS:
        lines.append(f"{'ALL':<14} {kind:<9} " + _row(totals[kind]))
    for kind in KINDS:
        c = totals[kind]
        covered = c["present"] + c["tolerated"] + c["missing"]
        if covered:
            lines.append(
                f"{kind}: {c['present'] / covered:.1%} present of the {covered} in versions "
                f"specs/ covers; {c['present'] / sum(c.values()):.1%} of all {sum(c.values())}"
            )
    every = sum((totals[k] for k in KINDS), Counter[str]())
    total = sum(every.values())
    lines.append(
        f"all items: {every['present']} of {total} present ({every['present'] / total:.1%}), "
        f"{every['present'] + every['tolerated']} present or tolerated "
        f"({(every['present'] + every['tolerated']) / total:.1%}), {every['missing']} missing"
    )
    return "\n".join(lines)


def _row(c: Counter[str]) -> str:
    values = [sum(c.values()), c["present"], c["tolerated"], c["missing"], c["no spec"]]
    return " ".join(f"{v:>9}" for v in values)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.compat", description=__doc__)
    parser.add_argument("--missing", action="store_true", help="list the missing items")
    parser.add_argument("--suggest", action="store_true", help="print spec-drift entries")
    args = parser.parse_args(argv)
    comparison = Comparison()
    print(table(comparison))
    if args.missing:
        print("\nmissing (first of each subtree):")
        for item in comparison.first_missing():
            print(f"  {item.kind:<9} {item.spelled}")
    if args.suggest:
        from tests.compat._suggest import suggestions

        print("\n".join(suggestions(comparison)))
    stale = comparison.unused()
    if stale:
        print("\ntolerated entries that match nothing: " + ", ".join(stale))
    return 1 if comparison.missing() or stale else 0


if __name__ == "__main__":
    sys.exit(main())
