"""``python -m tests.emulator.crosscheck [--record]``: run the cross-check and print its table.

Without ``--record`` it also lists every operation whose pass/fail differs from
the committed record; with it, the record is rewritten from this run.
"""

from __future__ import annotations

import argparse
import asyncio
import sys

from . import _record
from ._runner import run_all


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tests.emulator.crosscheck",
        description="Drive twilio-python through every declared operation against the emulator.",
    )
    parser.add_argument(
        "--record", action="store_true", help=f"rewrite {_record.RECORD.name} from this run"
    )
    args = parser.parse_args(argv)
    new = _record.build(asyncio.run(run_all()))
    print(_record.table(new))
    diff = _record.changes(_record.load(), new)
    if args.record:
        _record.save(new)
        print(f"\nrecorded {len(new)} operations in {_record.RECORD}")
        for line in diff:
            print("  " + line)
        return 0
    if diff:
        print(f"\ndiffers from {_record.RECORD.name} ({_record.RERECORD} to accept):")
        for line in diff:
            print("  " + line)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
