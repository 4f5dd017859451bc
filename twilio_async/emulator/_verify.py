"""Verify v2: verifications carry a secret code; a check with the right code approves them.

- ``POST /v2/Services/{ServiceSid}/Verifications`` starts a verification in status
  ``pending`` with a numeric code of the service's ``code_length`` (6 unless set), or
  the ``CustomCode`` given. Nothing is sent: a test reads the code with
  ``Emulator.verify_code(service_sid, to)``. Starting again for a ``To`` that has a
  pending verification resends it, as Twilio does: same SID, same code, one more
  entry in ``send_code_attempts`` (the sixth send is refused, 60203).
- ``POST /v2/Services/{ServiceSid}/VerificationCheck`` with ``Code`` and ``To`` (or
  ``VerificationSid``): the right code answers and makes the verification
  ``approved`` (``valid`` true); a wrong one answers ``pending``. After five wrong
  checks the next is refused (429, 60202). No pending verification: 404 (20404).
- ``POST …/Verifications/{Sid}`` with ``Status=canceled`` (or ``approved``) ends a
  pending verification; one that already ended is not found (20404).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from . import _values as values
from ._behaviours import Hooks
from ._types import EmulatorError, not_found

if TYPE_CHECKING:
    from ._engine import Ctx, Engine
    from ._store import Record

_VERIFICATIONS = "services.verifications"
_ATTEMPTS = "verification_attempts"
_CODE = "_code"  # the new code, handed from ``create`` to ``created`` (never stored)
#: Twilio's limits: sends of one verification, and wrong checks before it is locked.
MAX_SENDS = 5
MAX_CHECKS = 5
DEFAULT_CODE_LENGTH = 6


def _pending(engine: Engine, ctx: Ctx, *, to: str | None, sid: str | None) -> Record | None:
    """The pending verification of the request's service for ``to`` (or with ``sid``)."""
    res = ctx.version.resources.get(_VERIFICATIONS)
    if res is None:  # pragma: no cover - the spec has it
        return None
    for rec in engine.store.newest_first(engine.store_key(res), ctx.scope()):
        if rec.data.get("status") != "pending":
            continue
        if (sid is not None and rec.key == sid) or (sid is None and rec.data.get("to") == to):
            return rec
    return None


def _code_length(ctx: Ctx) -> int:
    services = ctx.version.resources.get("services")
    sid = ctx.path.get("services")
    if services is None or sid is None:  # pragma: no cover - the path names its service
        return DEFAULT_CODE_LENGTH
    rec = ctx.engine.store.get(ctx.engine.store_key(services), (ctx.account_sid,), sid)
    got = rec.data.get("code_length") if rec is not None else None
    return got if isinstance(got, int) and 4 <= got <= 10 else DEFAULT_CODE_LENGTH


def _attempt(ctx: Ctx, channel: Any) -> dict[str, Any]:
    return {
        "attempt_sid": "VL" + ctx.engine.rand_hex(),
        "channel": channel,
        "time": values.wire_value("datetime", values.now()),
    }


class Verifications(Hooks):
    """A verification starts ``pending`` with a code; a second start for ``To`` resends it."""

    def create(self, ctx: Ctx, data: dict[str, Any]) -> None:
        engine = ctx.engine
        old = _pending(engine, ctx, to=ctx.param("To"), sid=None)
        if old is not None:
            attempts = list(old.data.get("send_code_attempts") or [])
            if len(attempts) >= MAX_SENDS:
                raise EmulatorError(429, 60203, "Max send attempts reached")
            data.update({k: v for k, v in old.data.items() if k not in data})
            data["sid"] = old.key
            data["date_created"] = old.data.get("date_created")
            data["send_code_attempts"] = [*attempts, _attempt(ctx, data.get("channel"))]
            data[_CODE] = old.private.get("code")
            data["_checks"] = old.private.get("checks", 0)
            return
        custom = ctx.param("CustomCode")
        length = _code_length(ctx)
        code = custom or "".join(str(engine.rng.randrange(10)) for _ in range(length))
        data["status"] = "pending"
        data["valid"] = False
        data["send_code_attempts"] = [_attempt(ctx, data.get("channel"))]
        data[_CODE] = code
        data["_checks"] = 0

    def created(self, ctx: Ctx, rec: Record) -> None:
        rec.private["code"] = rec.data.pop(_CODE)
        rec.private["checks"] = rec.data.pop("_checks")
        attempts = ctx.version.resources.get(_ATTEMPTS)
        sent = rec.data.get("send_code_attempts") or []
        if attempts is None or not sent:  # pragma: no cover - the spec has both
            return
        ctx.engine.insert(
            attempts,
            (ctx.account_sid,),
            {
                "sid": sent[-1]["attempt_sid"],
                "service_sid": rec.data.get("service_sid"),
                "verification_sid": rec.key,
                "channel": rec.data.get("channel"),
                "channel_data": {"to": rec.data.get("to")},
                "conversion_status": "unconverted",
            },
            account_sid=ctx.account_sid,
        )

    def update(self, ctx: Ctx, rec: Record, changes: dict[str, Any]) -> None:
        if rec.data.get("status") != "pending":
            raise not_found(ctx.inc.path)
        if changes.get("status") == "approved":
            changes["valid"] = True


class VerificationChecks(Hooks):
    """A check answers for the verification it names, approving it on the right code."""

    def validate(self, ctx: Ctx) -> None:
        if not ctx.param("Code"):
            raise EmulatorError(400, 60200, "Invalid parameter: Code")
        if not ctx.param("To") and not ctx.param("VerificationSid"):
            raise EmulatorError(400, 60200, "Invalid parameter: To or VerificationSid")

    def create(self, ctx: Ctx, data: dict[str, Any]) -> None:
        sid = ctx.param("VerificationSid")
        rec = _pending(ctx.engine, ctx, to=None if sid else ctx.param("To"), sid=sid)
        if rec is None:
            raise not_found(ctx.inc.path)
        checks = int(rec.private.get("checks", 0))
        if checks >= MAX_CHECKS:
            raise EmulatorError(429, 60202, "Max check attempts reached")
        right = ctx.param("Code") == rec.private.get("code")
        if right:
            rec.data["status"] = "approved"
            rec.data["valid"] = True
            rec.data["date_updated"] = values.now()
            _converted(ctx, rec.key)
        else:
            rec.private["checks"] = checks + 1
        for name in ("to", "channel", "amount", "payee", "date_created", "date_updated"):
            data[name] = rec.data.get(name)
        data["sid"] = rec.key
        data["status"] = rec.data["status"]
        data["valid"] = right


def _converted(ctx: Ctx, verification_sid: str) -> None:
    """The send attempts of an approved verification are ``converted``."""
    attempts = ctx.version.resources.get(_ATTEMPTS)
    if attempts is None:  # pragma: no cover - the spec has it
        return
    engine = ctx.engine
    for rec in engine.store.newest_first(engine.store_key(attempts), (ctx.account_sid,)):
        if rec.data.get("verification_sid") == verification_sid:
            rec.data["conversion_status"] = "converted"
            rec.data["date_updated"] = values.now()


def pending_code(engine: Engine, service_sid: str, to: str) -> str:
    """The code of the pending verification of ``service_sid`` for ``to``.

    Raises ``LookupError`` when there is none (never started, approved or canceled).
    """
    version = engine.catalog.find("verify", "v2")
    res = version.resources[_VERIFICATIONS]
    for rec in engine.store.scan(engine.store_key(res)):
        mine = rec.scope[-1:] == (service_sid,) and rec.data.get("to") == to
        if mine and rec.data.get("status") == "pending":
            return str(rec.private["code"])
    raise LookupError(f"no pending verification for to={to!r} in service {service_sid!r}")


VERIFY_HOOKS: dict[tuple[str, str], Hooks] = {
    ("verify/v2", _VERIFICATIONS): Verifications(),
    ("verify/v2", "services.verification_checks"): VerificationChecks(),
}
