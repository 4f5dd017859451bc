"""``BatchOptions``: exactly ``BatchSender``'s keyword options, which ``client.batch`` takes."""

from __future__ import annotations

import inspect
import subprocess
import sys
from typing import Any, ForwardRef

from twilio_async import Client
from twilio_async.batch import BatchOptions, BatchSender
from twilio_async.batch._reconcile import MessageReconciler

#: ``BatchSender`` parameters that ``BatchOptions`` leaves out: ``client.batch`` fills them.
NOT_OPTIONS = {"self", "resource", "account"}


def _annotation_text(annotation: Any) -> str:
    return annotation.__forward_arg__ if isinstance(annotation, ForwardRef) else str(annotation)


def test_batch_options_are_the_sender_keywords_with_their_types() -> None:
    params = inspect.signature(BatchSender.__init__).parameters
    sender = {
        name: str(p.annotation)
        for name, p in params.items()
        if name not in NOT_OPTIONS and p.kind is inspect.Parameter.KEYWORD_ONLY
    }
    assert set(params) - NOT_OPTIONS == set(sender)  # every option is keyword-only
    options = {name: _annotation_text(a) for name, a in BatchOptions.__annotations__.items()}
    assert options == sender
    assert BatchOptions.__required_keys__ == frozenset()


async def test_client_batch_passes_the_options_through(client: Client) -> None:
    opts: BatchOptions = {"concurrency": 7, "rate": 3.0, "journal_sync": "NORMAL", "target": "t"}
    batch = client.batch(**opts)
    assert (batch.concurrency, batch.rate, batch.journal_sync, batch.target) == (
        7,
        3.0,
        "NORMAL",
        "t",
    )
    assert batch.account == client.account_sid
    assert isinstance(batch.reconciler, MessageReconciler)  # client.messages by default
    calls = client.batch(resource=client.calls, reconciler=None)
    assert calls.resource is client.calls
    assert calls.reconciler is None


def test_import_twilio_async_does_not_load_batch() -> None:
    code = "import sys, twilio_async; print(sorted(m for m in sys.modules if '.batch' in m))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
