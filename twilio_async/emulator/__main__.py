"""``python -m twilio_async.emulator --port 8787``: serve until Ctrl-C.

Prints the account SID and auth token to use, and how to point the SDK at it.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import sys
from collections.abc import Sequence

from . import _extra
from ._faults import Faults


def _error_rates(text: str) -> dict[int, float]:
    rates: dict[int, float] = {}
    for part in filter(None, text.split(",")):
        status, _, rate = part.partition("=")
        try:
            rates[int(status)] = float(rate)
        except ValueError:
            raise argparse.ArgumentTypeError("must look like 500=0.01,503=0.02") from None
    return rates


def _latency(text: str) -> float | tuple[float, float]:
    low, sep, high = text.partition("-")
    try:
        return (float(low), float(high)) if sep else float(low)
    except ValueError:
        raise argparse.ArgumentTypeError("must be seconds or a LOW-HIGH range") from None


def _seconds_or_none(text: str) -> float | None:
    if text.lower() == "none":
        return None
    try:
        return float(text)
    except ValueError:
        raise argparse.ArgumentTypeError("must be a number of seconds or 'none'") from None


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(
        prog="twilio-async-emulator", description="A local Twilio REST API emulator."
    )
    p.add_argument("--host", default="127.0.0.1", help="interface to bind (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8787, help="port (default 8787; 0 picks one)")
    p.add_argument("--account-sid", help="main account SID (default: random)")
    p.add_argument("--auth-token", help="main account auth token (default: random)")
    p.add_argument("--seed", type=int, help="seed for SIDs and fault draws")
    p.add_argument(
        "--status-interval",
        type=float,
        default=0.5,
        help="seconds between message status steps (default 0.5; negative stops the clock)",
    )
    p.add_argument(
        "--latency",
        type=_latency,
        default=0.0,
        metavar="SECONDS|LOW-HIGH",
        help="seconds added to each request, or a range drawn uniformly (default 0)",
    )
    p.add_argument(
        "--concurrency-limit",
        type=int,
        help="in-flight requests per account; more get 429 / 20429 (default: no limit)",
    )
    p.add_argument(
        "--limit-retry-after",
        type=_seconds_or_none,
        default=1.0,
        metavar="SECONDS|none",
        help="Retry-After on the concurrency limit's 429s (default 1, as Twilio; 'none' omits it)",
    )
    p.add_argument(
        "--retry-after",
        type=float,
        help="Retry-After on injected 503s (before processing) and, when given, on 429s too",
    )
    p.add_argument(
        "--error-rate",
        type=_error_rates,
        default={},
        help="chance of a 5xx answer per status, e.g. 500=0.01,503=0.02",
    )
    p.add_argument(
        "--drop-rate",
        type=float,
        default=0.0,
        help="chance of closing a connection with no answer (default 0)",
    )
    p.add_argument(
        "--drop-after-processing",
        action="store_true",
        help="drop connections after the request took effect (a create was stored)",
    )
    p.add_argument(
        "--error-after-processing",
        action="store_true",
        help="inject --error-rate answers after the request took effect",
    )
    p.add_argument(
        "--allow-external-callbacks",
        action="store_true",
        help="send status callbacks to non-loopback URLs too (default: loopback only)",
    )
    p.add_argument(
        "--log-level",
        default="warning",
        choices=("critical", "error", "warning", "info", "debug", "trace"),
        help="uvicorn's log level (default warning)",
    )
    return p.parse_args(argv)


def faults_from_args(args: argparse.Namespace) -> Faults:
    """The fault modes the command line asked for (``ValueError`` for nonsense)."""
    return Faults(
        latency=args.latency,
        concurrency_limit=args.concurrency_limit,
        error_rate=args.error_rate,
        drop_rate=args.drop_rate,
        drop_after_processing=args.drop_after_processing,
        error_after_processing=args.error_after_processing,
        retry_after=args.retry_after,
        limit_retry_after=args.limit_retry_after,
    )


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        faults = faults_from_args(args)
    except ValueError as err:
        print(f"twilio-async-emulator: {err}", file=sys.stderr)
        return 2
    missing = _extra.missing()
    if missing:
        print(f"twilio-async-emulator: {_extra.message(missing)}", file=sys.stderr)
        return 2
    import uvicorn

    from ._app import EmulatorApp
    from ._engine import Engine
    from ._server import listen_socket

    interval = args.status_interval if args.status_interval >= 0 else None
    engine = Engine(
        account_sid=args.account_sid,
        auth_token=args.auth_token,
        faults=faults,
        seed=args.seed,
        status_interval=interval,
        allow_external_callbacks=args.allow_external_callbacks,
    )
    config = uvicorn.Config(
        EmulatorApp(engine),
        host=args.host,
        port=args.port,
        log_level=args.log_level,
        access_log=False,
        lifespan="off",
    )
    server = uvicorn.Server(config)
    try:
        sock = listen_socket(args.host, args.port)
    except OSError as err:
        print(
            f"twilio-async-emulator: cannot listen on {args.host}:{args.port}: {err}",
            file=sys.stderr,
        )
        return 1

    async def serve() -> None:
        task = asyncio.create_task(server.serve(sockets=[sock]))
        while not server.started and not task.done():
            await asyncio.sleep(0.01)
        if server.started:
            port = sock.getsockname()[1]
            base = f"http://{args.host}:{port}"
            print(
                f"Twilio emulator on {base}\n"
                f"  TWILIO_ACCOUNT_SID={engine.account_sid}\n"
                f"  TWILIO_AUTH_TOKEN={engine.auth_token}\n"
                f"  Client(base_url={base!r}) -> {base}/api/2010-04-01/…, "
                f"{base}/flex-api/v1/…\n"
                "Ctrl-C to stop.",
                flush=True,
            )
        try:
            await task
        finally:
            await engine.aclose()

    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(serve())
    return 0 if server.started else 1


if __name__ == "__main__":
    sys.exit(main())
