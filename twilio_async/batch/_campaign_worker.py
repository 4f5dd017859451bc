"""One campaign worker process: ``python -m twilio_async.batch._campaign_worker``.

``twilio-async send-batch --campaign NAME --workers N`` starts N of these. Each has its
own event loop and ``Client`` and sends the campaign's rows it claims
(``BatchSender.run_campaign()``) until none is left, then prints its summary as one
JSON line on stdout. SIGTERM or SIGINT stops it gracefully: rows it claimed go back to
pending, rows in flight are left for the sweeper and reconciliation.

Secrets are not in the command line (other users can read it): the journal URL, the
budget URL and the credentials come from the environment (``TWILIO_ASYNC_JOURNAL``,
``TWILIO_ASYNC_BUDGET``, ``TWILIO_ACCOUNT_SID`` / ``TWILIO_AUTH_TOKEN`` or the API key
variables). Exit status: 0 when the run ended (the campaign's totals are in the journal),
2 when it could not run (an error on stderr), 130 when stopped by a signal.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import sys
from collections.abc import Sequence
from typing import Any

ENV_JOURNAL = "TWILIO_ASYNC_JOURNAL"
ENV_BUDGET = "TWILIO_ASYNC_BUDGET"
EXIT_OK, EXIT_ERROR, EXIT_STOPPED = 0, 2, 130


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m twilio_async.batch._campaign_worker")
    p.add_argument("--campaign", required=True)
    p.add_argument("--concurrency", default="auto")
    p.add_argument("--max-concurrency", type=int, default=1000)
    p.add_argument("--rate", type=float)
    p.add_argument("--reconcile-grace", type=float, default=5.0)
    p.add_argument("--base-url")
    return p


async def run_worker(
    *,
    journal: str,
    campaign: str,
    budget: str | None,
    concurrency: int | str = "auto",
    max_concurrency: int = 1000,
    rate: float | None = None,
    reconcile_grace: float = 5.0,
    base_url: str | None = None,
    environ: dict[str, str] | None = None,
) -> dict[str, Any]:
    """Send this worker's share of ``campaign``; its summary as a dict."""
    from .._client import Client

    conc: Any = concurrency if concurrency == "auto" else int(concurrency)
    env = dict(os.environ if environ is None else environ)
    async with Client(base_url=base_url, environ=env) as client:
        batch = client.batch(
            journal=journal,
            campaign=campaign,
            budget=budget,
            concurrency=conc,
            max_concurrency=max_concurrency,
            rate=rate,
            reconcile_grace=reconcile_grace,
        )
        summary = await batch.run_campaign()
    return summary.as_dict()


async def _main(args: argparse.Namespace, journal: str, budget: str | None) -> dict[str, Any]:
    task = asyncio.current_task()
    assert task is not None
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, task.cancel)
    return await run_worker(
        journal=journal,
        campaign=args.campaign,
        budget=budget,
        concurrency=args.concurrency,
        max_concurrency=args.max_concurrency,
        rate=args.rate,
        reconcile_grace=args.reconcile_grace,
        base_url=args.base_url,
    )


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    journal = os.environ.get(ENV_JOURNAL)
    if not journal:
        print(f"campaign worker: {ENV_JOURNAL} is not set", file=sys.stderr)
        return EXIT_ERROR
    budget = os.environ.get(ENV_BUDGET) or None
    try:
        summary = asyncio.run(_main(args, journal, budget))
    except (asyncio.CancelledError, KeyboardInterrupt):
        return EXIT_STOPPED
    except Exception as err:  # reported without a traceback (messages hold no secret)
        print(f"campaign worker {os.getpid()}: {type(err).__name__}: {err}", file=sys.stderr)
        return EXIT_ERROR
    print(json.dumps(summary), flush=True)
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
