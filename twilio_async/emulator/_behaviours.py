"""Per-resource behaviour where Twilio has real semantics beyond CRUD.

Only behaviour lives here; routes, storage, rendering and paging are generic.
A hook set is keyed by ``("<domain>/<version>", "<resource id>")``.
"""

from __future__ import annotations

import math
import re
import secrets
import string
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from . import _values as values
from ._twiml import run_twiml
from ._types import EmulatorError, not_found

if TYPE_CHECKING:
    from collections.abc import Iterable

    from ._catalog import Resource
    from ._engine import Ctx, Engine
    from ._store import Record, Scope

_E164 = re.compile(r"^(?:(?:whatsapp|messenger|sms|mms|rcs):)?\+[1-9]\d{6,14}$")
_SHORT_CODE = re.compile(r"^\d{3,8}$")
_CONFERENCE_SID = re.compile(r"^CF[0-9a-fA-F]{32}$")
_MAX_BODY = 1600
#: How far ahead a message may be scheduled (Twilio's window).
_SCHEDULE_MIN = timedelta(minutes=15)
_SCHEDULE_MAX = timedelta(days=35)

#: Twilio's magic test numbers (To) and the error each one triggers.
_MAGIC_TO = {
    "+15005550001": (21211, "The 'To' number +15005550001 is not a valid phone number."),
    "+15005550002": (21612, "The 'To' phone number is not currently reachable via SMS."),
    "+15005550003": (21408, "Permission to send an SMS has not been enabled for the region."),
    "+15005550004": (21610, "Attempt to send to unsubscribed recipient"),
    "+15005550009": (21614, "'To' number is not a valid mobile number"),
}
#: ... and the From numbers.
_MAGIC_FROM = {
    "+15005550001": (21212, "The 'From' number +15005550001 is not a valid phone number."),
    "+15005550007": (
        21606,
        "The 'From' phone number provided is not a valid, message-capable Twilio phone number "
        "for this destination/account.",
    ),
    "+15005550008": (
        21611,
        "This 'From' number has exceeded the maximum number of queued messages.",
    ),
}


class Hooks:
    """No-op defaults; a resource overrides what Twilio does differently."""

    def resolve(self, ctx: Ctx) -> None:
        """Adjust path values before anything is looked up (e.g. a name for a SID)."""

    def alias(self, engine: Engine, res: Resource, scope: Scope, name: str) -> str | None:
        """The key of the instance a path names by another name (a ``unique_name``), if any.

        Asked for every placeholder of a path this resource owns (its own key and the
        keys of nested paths under it) before anything is looked up.
        """
        return None

    def validate(self, ctx: Ctx) -> None:
        """Refuse a create with Twilio's own error code (runs before the generic checks)."""

    def create(self, ctx: Ctx, data: dict[str, Any]) -> None:
        """Fill or adjust fields of a new instance before it is stored."""

    def created(self, ctx: Ctx, rec: Record) -> None:
        """React to a stored instance (schedule its status clock, create related ones)."""

    def update(self, ctx: Ctx, rec: Record, changes: dict[str, Any]) -> None:
        """Check or adjust an update before it is applied."""

    def delete(self, ctx: Ctx, rec: Record) -> None:
        """React to a delete before the instance is removed."""

    def defaults(self, ctx: Ctx, data: dict[str, Any]) -> None:
        """Fields of a singleton that exists before anyone creates it."""

    def visible(self, ctx: Ctx, rec: Record) -> bool:
        """Whether the caller may see this instance."""
        return True

    def listed(self, ctx: Ctx, rec: Record) -> bool:
        """Whether a list shows this instance (by default: whether the caller may see it)."""
        return self.visible(ctx, rec)

    def render(self, res: Resource, rec: Record, out: dict[str, Any]) -> None:
        """Adjust an instance's wire fields (values only this version derives)."""

    def seed(self, engine: Engine, res: Resource, scope: Scope) -> Iterable[dict[str, Any]]:
        """Instances that exist in a scope before anyone creates them (an inventory)."""
        return ()

    def synthesize(self, ctx: Ctx, data: dict[str, Any]) -> None:
        """Fill a fetch-only instance from its key (``data`` holds it) and the query.

        Raise ``not_found`` (or another ``EmulatorError``) for a key that names nothing.
        """


class Accounts(Hooks):
    """The main account exists at start; POST /Accounts.json creates subaccounts."""

    def validate(self, ctx: Ctx) -> None:
        main = ctx.engine.account(ctx.principal.account_sid)
        if main is None or main.data.get("owner_account_sid") != main.key:
            raise EmulatorError(403, 20403, "Subaccounts cannot create subaccounts")

    def create(self, ctx: Ctx, data: dict[str, Any]) -> None:
        ts = values.now()
        data["sid"] = "AC" + ctx.engine.rand_hex()
        data["auth_token"] = ctx.engine.rand_hex()
        data["owner_account_sid"] = ctx.principal.account_sid
        data["status"] = "active"
        data["type"] = "Full"
        if not data.get("friendly_name"):
            data["friendly_name"] = f"SubAccount Created at {ts:%Y-%m-%d %I:%M %p}"

    def created(self, ctx: Ctx, rec: Record) -> None:
        ctx.engine.credentials[rec.key] = (rec.data["auth_token"], rec.key)

    def visible(self, ctx: Ctx, rec: Record) -> bool:
        return ctx.engine.can_access(ctx.principal, rec.key)


class SigningKeys(Hooks):
    """Signing keys: the secret is shown once, in the create answer (``NewSigningKey``)."""

    def create(self, ctx: Ctx, data: dict[str, Any]) -> None:
        alphabet = string.ascii_letters + string.digits
        data["secret"] = "".join(secrets.choice(alphabet) for _ in range(32))
        if not data.get("friendly_name"):
            data["friendly_name"] = ""


class Keys(SigningKeys):
    """API keys: the secret is shown once (``NewKey``) and then authenticates."""

    def created(self, ctx: Ctx, rec: Record) -> None:
        ctx.engine.credentials[rec.key] = (rec.data["secret"], ctx.account_sid)

    def delete(self, ctx: Ctx, rec: Record) -> None:
        ctx.engine.credentials.pop(rec.key, None)


def _error(code: int, message: str, status: int = 400) -> EmulatorError:
    return EmulatorError(status, code, message)


class Messages(Hooks):
    """Twilio's validation codes, segment counts, media, and the status clock."""

    def validate(self, ctx: Ctx) -> None:
        to = ctx.param("To")
        if not to:
            raise _error(21604, "A 'To' phone number is required.")
        if not _E164.match(to):
            raise _error(21211, f"The 'To' number {to} is not a valid phone number.")
        if to in _MAGIC_TO:
            raise _error(*_MAGIC_TO[to])
        sender = ctx.param("From")
        if not sender and not ctx.param("MessagingServiceSid"):
            raise _error(21603, "A 'From' phone number is required.")
        if sender and not (_E164.match(sender) or _SHORT_CODE.match(sender) or sender.isalnum()):
            raise _error(21212, f"The 'From' number {sender} is not a valid phone number.")
        if sender in _MAGIC_FROM:
            raise _error(*_MAGIC_FROM[sender])
        body = ctx.param("Body")
        if not body and not ctx.params.get("MediaUrl") and not ctx.param("ContentSid"):
            raise _error(21602, "Message body is required.")
        if body and len(body) > _MAX_BODY:
            raise _error(
                21617, f"The concatenated message body exceeds the {_MAX_BODY} character limit."
            )
        if _scheduled(ctx):
            send_at = values.parse_datetime(ctx.param("SendAt") or "")
            ahead = (send_at - values.now()) if send_at is not None else None
            if ahead is None or not _SCHEDULE_MIN <= ahead <= _SCHEDULE_MAX:
                raise _error(
                    35114,
                    "Scheduling does not support this timestamp: SendAt must be an ISO 8601 "
                    "time 15 minutes to 35 days ahead.",
                )

    def create(self, ctx: Ctx, data: dict[str, Any]) -> None:
        body = data.get("body") or ""
        media = ctx.params.get("MediaUrl") or []
        data["direction"] = "outbound-api"
        data["status"] = "accepted" if data.get("messaging_service_sid") else "queued"
        if _scheduled(ctx):
            data["status"] = "scheduled"
        data["num_segments"] = str(max(1, math.ceil(len(body) / 160))) if body else "1"
        data["num_media"] = str(len(media))
        data["price_unit"] = "USD"
        data.setdefault("body", body)
        data.pop("date_sent", None)

    def created(self, ctx: Ctx, rec: Record) -> None:
        callback = ctx.param("StatusCallback")
        if callback:
            rec.private["status_callback"] = callback
        media_res = ctx.version.resources.get("accounts.messages.media")
        for url in ctx.params.get("MediaUrl") or []:
            if media_res is not None:
                path = {**ctx.path, ctx.res.id: rec.key}
                ctx.engine.insert(
                    media_res,
                    (ctx.account_sid, rec.key),
                    {"content_type": _content_type(url), "parent_sid": rec.key},
                    account_sid=ctx.account_sid,
                    path=path,
                )
        if rec.data.get("status") == "scheduled":
            send_at = values.parse_datetime(ctx.param("SendAt") or "")
            if send_at is not None:
                ctx.engine.clock.schedule(rec, ctx.account_sid, send_at)
            return
        ctx.engine.clock.start(rec, ctx.account_sid)

    def update(self, ctx: Ctx, rec: Record, changes: dict[str, Any]) -> None:
        if "body" in changes and changes["body"] != "":
            raise _error(20001, "A message body can only be redacted: update it to ''.")
        if changes.get("status") == "canceled" and rec.data.get("status") != "scheduled":
            raise _error(20001, "Only a scheduled message can be canceled.")


def _scheduled(ctx: Ctx) -> bool:
    """``ScheduleType=fixed`` schedules only with a Messaging Service (else it is ignored)."""
    return ctx.param("ScheduleType") == "fixed" and bool(ctx.param("MessagingServiceSid"))


def _content_type(url: str) -> str:
    lower = url.lower().split("?", 1)[0]
    for ext, ctype in ((".png", "image/png"), (".gif", "image/gif"), (".pdf", "application/pdf")):
        if lower.endswith(ext):
            return ctype
    return "image/jpeg"


class Calls(Hooks):
    """A new call is queued and outbound; Twilio needs one of Url, Twiml, ApplicationSid."""

    def validate(self, ctx: Ctx) -> None:
        needs_url = ctx.param("To") and ctx.param("From")
        if needs_url and not (
            ctx.param("Url") or ctx.param("Twiml") or ctx.param("ApplicationSid")
        ):
            raise _error(21205, "Url parameter is required.")

    def create(self, ctx: Ctx, data: dict[str, Any]) -> None:
        data["status"] = "queued"
        data["direction"] = "outbound-api"
        data["to_formatted"] = data.get("to")
        data["from_formatted"] = data.get("from")
        data["price_unit"] = "USD"

    def created(self, ctx: Ctx, rec: Record) -> None:
        if (ctx.param("Record") or "").lower() in ("true", "1"):
            start_recording(ctx, rec, "OutboundAPI")
        twiml = ctx.param("Twiml")
        if twiml:
            run_twiml(ctx, rec, twiml)


class CallRecordings(Hooks):
    """A recording started through the API: in progress, of both tracks, mono unless told."""

    def create(self, ctx: Ctx, data: dict[str, Any]) -> None:
        data.update(_recording_fields(ctx, "StartCallRecordingAPI"))


def _recording_fields(ctx: Ctx, source: str) -> dict[str, Any]:
    channels = (ctx.param("RecordingChannels") or "mono").lower()
    return {
        "status": "in-progress",
        "source": source,
        "channels": 2 if channels == "dual" else 1,
        "track": (ctx.param("RecordingTrack") or "both").lower(),
        "start_time": values.now(),
        "duration": "-1",
        "price_unit": "USD",
    }


def start_recording(ctx: Ctx, call: Record, source: str) -> None:
    """Record a call from its start (``Record=true``): a recording of the call."""
    recordings = ctx.version.resources.get("accounts.calls.recordings")
    calls = ctx.version.resources.get("accounts.calls")
    if recordings is None or calls is None:
        return
    ctx.engine.insert(
        recordings,
        (ctx.account_sid, call.key),
        _recording_fields(ctx, source),
        account_sid=ctx.account_sid,
        path={**call.private.get("path", {}), calls.id: call.key},
    )


class Participants(Hooks):
    """Adding a participant dials a call into the conference, creating it by name if needed."""

    def resolve(self, ctx: Ctx) -> None:
        conferences = ctx.version.resources.get("accounts.conferences")
        if conferences is None:
            return
        name = ctx.path.get(conferences.id)
        if name is None:
            return
        skey = ctx.engine.store_key(conferences)
        scope = (ctx.account_sid,)
        if ctx.engine.store.get(skey, scope, name) is not None:
            return
        for rec in ctx.engine.store.newest_first(skey, scope):
            if rec.data.get("friendly_name") == name and rec.data.get("status") != "completed":
                ctx.path[conferences.id] = rec.key  # Twilio accepts a conference's name here
                return
        if ctx.op.verb != "create":
            return  # nothing stored under that name: fetches 404, lists are empty
        if (conferences.key_pattern or _CONFERENCE_SID).fullmatch(name):
            raise not_found(ctx.inc.path)
        rec = ctx.engine.insert(
            conferences,
            scope,
            {"friendly_name": name, "status": "in-progress", "region": "us1"},
            account_sid=ctx.account_sid,
            path={k: v for k, v in ctx.path.items() if k != conferences.id},
        )
        ctx.path[conferences.id] = rec.key

    def create(self, ctx: Ctx, data: dict[str, Any]) -> None:
        data["status"] = "queued"
        data.setdefault("muted", False)
        data.setdefault("hold", False)
        data.setdefault("coaching", False)
        data.setdefault("start_conference_on_enter", True)
        data.setdefault("end_conference_on_exit", False)

    def created(self, ctx: Ctx, rec: Record) -> None:
        calls = ctx.version.resources.get("accounts.calls")
        if calls is None:
            return
        accounts = ctx.version.accounts
        path = {accounts.id: ctx.account_sid} if accounts is not None else {}
        ctx.engine.insert(
            calls,
            (ctx.account_sid,),
            {
                "to": ctx.param("To"),
                "from": ctx.param("From"),
                "to_formatted": ctx.param("To"),
                "from_formatted": ctx.param("From"),
                "status": "in-progress",
                "direction": "outbound-api",
                "start_time": values.now(),
                "price_unit": "USD",
            },
            account_sid=ctx.account_sid,
            path=path,
            key=rec.key,
        )
        if (ctx.param("ConferenceRecord") or "").lower() == "record-from-start":
            _record_conference(ctx)


def _record_conference(ctx: Ctx) -> None:
    """``ConferenceRecord=record-from-start``: the conference gets one recording, once."""
    recordings = ctx.version.resources.get("accounts.conferences.recordings")
    conferences = ctx.version.resources.get("accounts.conferences")
    if recordings is None or conferences is None:
        return
    conference_sid = ctx.path.get(conferences.id)
    if conference_sid is None:
        return
    scope = (ctx.account_sid, conference_sid)
    if ctx.engine.store.newest_first_under(ctx.engine.store_key(recordings), scope):
        return
    ctx.engine.insert(
        recordings,
        scope,
        {**_recording_fields(ctx, "Conference"), "track": None},
        account_sid=ctx.account_sid,
        path={k: v for k, v in ctx.path.items() if k != ctx.res.id},
    )


class Balance(Hooks):
    def defaults(self, ctx: Ctx, data: dict[str, Any]) -> None:
        data["balance"] = "100.00"
        data["currency"] = "USD"


# --------------------------------------------------------------------- API 2008-08-01
#
# 2008 resources share state with their 2010 counterparts (a call made through one
# is listed by the other). Records keep 2010's snake_case names; a 2008 field is
# stored under its snake_case name unless aliased here, and 2008's integer-coded
# enums are derived from the 2010 labels when rendering.

#: 2008 resource id -> the 2010 resource whose records it shows.
STORE_ALIASES = {("api/v2008", "accounts.sms.messages"): "accounts.messages"}
#: (version, resource id) -> {2008 field: storage name}.
FIELD_ALIASES: dict[tuple[str, str], dict[str, str]] = {
    ("api/v2008", "accounts.calls"): {"Called": "to", "Caller": "from"},
    ("api/v2008", "accounts.calls.segments"): {"Called": "to", "Caller": "from"},
}
#: 2010 labels that 2008 spells differently (before ``-`` becomes ``_``).
_LABELS_2008 = {
    "call_status": {
        "queued": "not_dialed",
        "ringing": "not_dialed",
        "completed": "complete",
        "failed": "application_error",
        "canceled": "no_answer",
    },
    "account_status": {"closed": "inactive"},
}
_SMS_STATUS_2008 = {"delivered": "sent", "undelivered": "failed", "accepted": "queued"}


def _legacy_status(res: Resource, rec: Record, out: dict[str, Any]) -> None:
    type_ = res.fields.get("Status", "")
    enum = type_[5:] if type_.startswith("enum:") else ""
    label = rec.data.get("status")
    codes = res.version.int_enums.get(enum)
    if codes is not None and isinstance(label, str):
        mapped = _LABELS_2008.get(enum, {}).get(label, label).replace("-", "_")
        out["Status"] = codes.get(mapped)


class Accounts2008(Hooks):
    """2008 lists only the caller's own account; ``StatusText`` spells the status out."""

    def visible(self, ctx: Ctx, rec: Record) -> bool:
        return ctx.engine.can_access(ctx.principal, rec.key)

    def listed(self, ctx: Ctx, rec: Record) -> bool:
        return rec.key == ctx.principal.account_sid

    def render(self, res: Resource, rec: Record, out: dict[str, Any]) -> None:
        _legacy_status(res, rec, out)
        status = str(rec.data.get("status") or "")
        out["StatusText"] = status.replace("-", " ").title() or None


class Calls2008(Hooks):
    """``Called`` missing is 21201; a new call has Status 0; Flags 2 marks API-made calls."""

    def validate(self, ctx: Ctx) -> None:
        if not ctx.param("Called"):
            raise _error(21201, "No called number is specified")
        if not ctx.param("Caller"):
            raise _error(21213, "No caller number is specified")

    def create(self, ctx: Ctx, data: dict[str, Any]) -> None:
        data["status"] = "queued"
        data["direction"] = "outbound-api"
        data["api_version"] = ctx.version.prefix
        data["to_formatted"] = data.get("to")
        data["from_formatted"] = data.get("from")

    def render(self, res: Resource, rec: Record, out: dict[str, Any]) -> None:
        _legacy_status(res, rec, out)
        direction = str(rec.data.get("direction") or "")
        out["Flags"] = 1 if direction.startswith("inbound") else 2


class Sms2008(Messages):
    """SMS as 2008 sends it: the 2010 checks, 160 characters at most, the same clock."""

    def validate(self, ctx: Ctx) -> None:
        super().validate(ctx)
        body = ctx.param("Body") or ""
        if len(body) > 160:
            raise _error(21605, "The message body is limited to 160 characters.")

    def render(self, res: Resource, rec: Record, out: dict[str, Any]) -> None:
        status = rec.data.get("status")
        out["Status"] = _SMS_STATUS_2008.get(str(status), status)
        direction = str(rec.data.get("direction") or "")
        out["Flags"] = 1 if direction.startswith("inbound") else 4


class Legacy2008(Hooks):
    """Integer-coded statuses for the other 2008 resources (conferences)."""

    def render(self, res: Resource, rec: Record, out: dict[str, Any]) -> None:
        _legacy_status(res, rec, out)


HOOKS: dict[tuple[str, str], Hooks] = {
    ("api/v2010", "accounts"): Accounts(),
    ("api/v2010", "accounts.keys"): Keys(),
    ("api/v2010", "accounts.signing_keys"): SigningKeys(),
    ("api/v2010", "accounts.messages"): Messages(),
    ("api/v2010", "accounts.calls"): Calls(),
    ("api/v2010", "accounts.calls.recordings"): CallRecordings(),
    ("api/v2010", "accounts.conferences.participants"): Participants(),
    ("api/v2010", "accounts.balance"): Balance(),
    ("api/v2008", "accounts"): Accounts2008(),
    ("api/v2008", "accounts.calls"): Calls2008(),
    ("api/v2008", "accounts.sms.messages"): Sms2008(),
    ("api/v2008", "accounts.conferences"): Legacy2008(),
}
