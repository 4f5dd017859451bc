"""Phone numbers: the inventory for sale, buying from it, and validating caller IDs.

- ``AvailablePhoneNumbers`` lists the countries of ``_inventory.COUNTRIES``; each
  country's type lists (``Local``, ``TollFree``, ``Mobile``) hold its numbers, seeded
  per account on first use, searched with Twilio's filters.
- Buying (``POST IncomingPhoneNumbers`` or a subtype list) takes the number out of
  the inventory and copies its capabilities; ``AreaCode`` picks one.
- ``POST OutgoingCallerIds`` answers a validation request: a code and the call
  that would read it out.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from . import _inventory as inventory
from ._behaviours import Hooks
from ._types import EmulatorError

if TYPE_CHECKING:
    from collections.abc import Iterable

    from ._catalog import Resource
    from ._engine import Ctx, Engine
    from ._store import Record, Scope

_COUNTRIES = "accounts.available_phone_numbers"
_INCOMING = "accounts.incoming_phone_numbers"
_E164 = re.compile(r"^\+[1-9]\d{6,14}$")
#: Twilio's test-credential numbers for buying, and the error each one gives.
_MAGIC_BUY = {
    "+15005550000": (21422, "PhoneNumber +15005550000 is not available."),
    "+15005550001": (21421, "PhoneNumber +15005550001 is invalid."),
}
_COPIED = ("capabilities", "address_requirements", "beta")


class AvailableCountries(Hooks):
    """The countries with numbers for sale; each lists only the types it sells."""

    def seed(self, engine: Engine, res: Resource, scope: Scope) -> Iterable[dict[str, Any]]:
        for code, country in sorted(inventory.COUNTRIES.items(), reverse=True):
            yield {"country_code": code, "country": country.name, "beta": False}

    def render(self, res: Resource, rec: Record, out: dict[str, Any]) -> None:
        country = inventory.COUNTRIES.get(rec.key)
        uris = out.get("subresource_uris")
        if country is not None and isinstance(uris, dict):
            out["subresource_uris"] = {k: v for k, v in uris.items() if k in country.types}


class AvailableNumbers(Hooks):
    """One country's numbers of one type, filtered as Twilio's search filters them."""

    def seed(self, engine: Engine, res: Resource, scope: Scope) -> Iterable[dict[str, Any]]:
        return inventory.numbers(scope[-1], res.short_name) if scope else []

    def listed(self, ctx: Ctx, rec: Record) -> bool:
        if not inventory.matches(rec.data, ctx.params):
            return False
        return rec.data.get("phone_number") not in _provisioned(ctx)  # sold to anyone


class IncomingNumbers(Hooks):
    """Buying a number: from the inventory when it is there, by number or area code.

    A number is one account's at a time (another's 21422); Twilio's test numbers
    ``+15005550000`` (unavailable) and ``+15005550001`` (invalid) fail as they do there.
    """

    def validate(self, ctx: Ctx) -> None:
        wanted = ctx.param("PhoneNumber")
        if wanted is None:
            return
        if wanted in _MAGIC_BUY:
            raise EmulatorError(400, *_MAGIC_BUY[wanted])
        if not _E164.match(wanted):
            raise EmulatorError(400, 21421, f"PhoneNumber {wanted} is invalid: E.164 expected.")

    def create(self, ctx: Ctx, data: dict[str, Any]) -> None:
        wanted = ctx.param("PhoneNumber")
        area = ctx.param("AreaCode")
        for_sale = _for_sale(ctx)
        taken = _provisioned(ctx)
        found = None
        if wanted:
            if wanted in taken:
                raise EmulatorError(
                    400, 21422, f"PhoneNumber {wanted} is not available (already provisioned)."
                )
            found = next(
                ((r, k) for r, k in for_sale if r.data.get("phone_number") == wanted), None
            )
        elif area:
            found = next(
                (
                    (r, k)
                    for r, k in for_sale
                    if k == "local"
                    and str(r.data.get("phone_number", ""))[2:5] == area
                    and r.data.get("phone_number") not in taken
                ),
                None,
            )
            if found is None:
                raise EmulatorError(400, 21452, f"No phone numbers found in area code {area}.")
        if found is not None:
            rec, kind = found
            ctx.engine.store.remove(rec.resource, rec.scope, rec.key)
            data["phone_number"] = rec.data["phone_number"]
            for f in _COPIED:
                data.setdefault(f, rec.data.get(f))
            data.setdefault("type", inventory.BOUGHT_TYPE.get(kind, "local"))
        data.setdefault("type", "local")
        data["status"] = "in-use"


def _for_sale(ctx: Ctx) -> list[tuple[Record, str]]:
    """Every number the account can buy, with its kind (seeding the inventory first)."""
    engine = ctx.engine
    countries = ctx.version.resources.get(_COUNTRIES)
    if countries is None:
        return []
    out: list[tuple[Record, str]] = []
    for kind_res in countries.children:
        hooks = engine.hooks_for(kind_res)
        for code, country in inventory.COUNTRIES.items():
            if kind_res.short_name not in country.types:
                continue
            scope = (ctx.account_sid, code)
            engine.ensure_seeded(kind_res, scope, hooks)
            skey = engine.store_key(kind_res)
            out.extend((r, kind_res.short_name) for r in engine.store.newest_first(skey, scope))
    return out


def _provisioned(ctx: Ctx) -> set[str]:
    """Every number some account of this emulator holds."""
    numbers = ctx.version.resources.get(_INCOMING)
    if numbers is None:
        return set()
    skey = ctx.engine.store_key(numbers)
    return {str(r.data.get("phone_number")) for r in ctx.engine.store.scan(skey)}


class CallerIds(Hooks):
    """A validation request: a six-digit code, and the call Twilio places to read it out."""

    def create(self, ctx: Ctx, data: dict[str, Any]) -> None:
        data["validation_code"] = f"{ctx.engine.rng.randrange(10**6):06d}"

    def created(self, ctx: Ctx, rec: Record) -> None:
        calls = ctx.version.resources.get("accounts.calls")
        if calls is None:
            return
        accounts = ctx.version.accounts
        path = {accounts.id: ctx.account_sid} if accounts is not None else {}
        call = ctx.engine.insert(
            calls,
            (ctx.account_sid,),
            {
                "to": rec.data.get("phone_number"),
                "from": "+14155238886",
                "status": "queued",
                "direction": "outbound-api",
            },
            account_sid=ctx.account_sid,
            path=path,
        )
        rec.data["call_sid"] = call.key


NUMBER_HOOKS: dict[tuple[str, str], Hooks] = {
    ("api/v2010", _COUNTRIES): AvailableCountries(),
    **{
        ("api/v2010", f"{_COUNTRIES}.{kind}"): AvailableNumbers()
        for kind in (
            "local",
            "machine_to_machine",
            "mobile",
            "national",
            "shared_cost",
            "toll_free",
            "voip",
        )
    },
    ("api/v2010", _INCOMING): IncomingNumbers(),
    ("api/v2010", "accounts.outgoing_caller_ids"): CallerIds(),
}
