"""What a call's inline TwiML (``Twiml=`` on create) makes happen, for the verbs that leave records.

- ``<Enqueue>name</Enqueue>`` puts the call in the account's queue of that name
  (made if there is none, as Twilio makes it): a queue member keyed by the call SID,
  at the back of the queue.
- ``<Record/>`` gives the call a recording (source ``RecordVerb``); with
  ``transcribe="true"`` the recording also gets a transcription, seen under the
  recording and account-wide at ``/Transcriptions``.

Other verbs leave nothing to store. TwiML that does not parse is ignored (Twilio
would log error 12100 and hang up).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from . import _values as values

if TYPE_CHECKING:
    from xml.etree.ElementTree import Element

    from ._engine import Ctx
    from ._store import Record

_MAX_TWIML = 64 * 1024
_TRUE = ("true", "1")


def run_twiml(ctx: Ctx, call: Record, twiml: str) -> None:
    """Apply the record-making verbs of a call's TwiML, in document order."""
    if len(twiml) > _MAX_TWIML:
        return
    # Imported here: only calls made with inline TwiML need the parser.
    from defusedxml import ElementTree as SafeET

    try:
        root = SafeET.fromstring(twiml)
    except Exception:  # malformed or hostile TwiML
        return
    if root.tag != "Response":
        return
    for verb in root.iter():
        if verb.tag == "Enqueue" and (verb.text or "").strip():
            enqueue(ctx, call, (verb.text or "").strip())
        elif verb.tag == "Record":
            record(ctx, call, verb)


def enqueue(ctx: Ctx, call: Record, name: str) -> Record | None:
    """The call joins the queue named ``name`` (made if missing); returns the member."""
    queues = ctx.version.resources.get("accounts.queues")
    members = ctx.version.resources.get("accounts.queues.members")
    accounts = ctx.version.accounts
    if queues is None or members is None or accounts is None:
        return None
    engine = ctx.engine
    scope = (ctx.account_sid,)
    skey = engine.store_key(queues)
    queue = next(
        (q for q in engine.store.newest_first(skey, scope) if q.data.get("friendly_name") == name),
        None,
    )
    account_path = {accounts.id: ctx.account_sid}
    if queue is None:
        queue = engine.insert(
            queues,
            scope,
            {"friendly_name": name, "max_size": 100, "current_size": 0, "average_wait_time": 0},
            account_sid=ctx.account_sid,
            path=account_path,
        )
    mscope = (ctx.account_sid, queue.key)
    waiting = len(engine.store.newest_first(engine.store_key(members), mscope))
    member = engine.insert(
        members,
        mscope,
        {
            "call_sid": call.key,
            "queue_sid": queue.key,
            "date_enqueued": values.now(),
            "position": waiting + 1,
            "wait_time": 0,
        },
        account_sid=ctx.account_sid,
        path={**account_path, queues.id: queue.key},
        key=call.key,
    )
    queue.data["current_size"] = waiting + 1
    return member


def record(ctx: Ctx, call: Record, verb: Element) -> Record | None:
    """``<Record>``: a recording of the call, transcribed when the verb asks for it."""
    recordings = ctx.version.resources.get("accounts.calls.recordings")
    calls = ctx.version.resources.get("accounts.calls")
    wide = ctx.version.resources.get("accounts.recordings")
    transcriptions = ctx.version.resources.get("accounts.recordings.transcriptions")
    if recordings is None or calls is None:
        return None
    path: dict[str, Any] = {**call.private.get("path", {}), calls.id: call.key}
    now = values.now()
    rec = ctx.engine.insert(
        recordings,
        (ctx.account_sid, call.key),
        {
            "status": "completed",
            "source": "RecordVerb",
            "channels": 1,
            "track": "both",
            "start_time": now,
            "duration": "1",
            "price_unit": "USD",
        },
        account_sid=ctx.account_sid,
        path=path,
    )
    if (verb.get("transcribe") or "").lower() in _TRUE and transcriptions and wide:
        accounts = ctx.version.accounts
        tpath = {accounts.id: ctx.account_sid} if accounts is not None else {}
        ctx.engine.insert(
            transcriptions,
            (ctx.account_sid, rec.key),
            {
                "status": "completed",
                "recording_sid": rec.key,
                "duration": "1",
                "transcription_text": "",
                "type": "fast",
                "price_unit": "USD",
            },
            account_sid=ctx.account_sid,
            path={**tpath, wide.id: rec.key},
        )
    return rec
