"""Lookups v1 and v2: a phone number's facts, answered from the number itself.

``/v1/PhoneNumbers/{PhoneNumber}`` and ``/v2/PhoneNumbers/{PhoneNumber}`` are
fetch-only, so the engine synthesizes each answer (``Engine._synthesize``); this
module fills it. The number is parsed with a small table of calling codes
(``COUNTRIES``): E.164 (``+14155552671``), or national digits with the
``CountryCode`` query parameter (US when absent). What the emulator cannot know
(carrier, caller name) comes back as fixed, clearly fake values, and only for the
packages asked for (v1 ``Type=carrier,caller-name``; v2 ``Fields=…``).

- v1: a number that does not parse is not found (404, 20404), as Twilio answers.
- v2: it is answered with ``valid: false`` and ``validation_errors``
  (``TOO_SHORT``, ``TOO_LONG``, ``INVALID_COUNTRY_CODE``, ``NOT_A_NUMBER``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ._behaviours import Hooks
from ._types import not_found

if TYPE_CHECKING:
    from ._engine import Ctx


@dataclass(frozen=True)
class Country:
    """One country's numbering facts."""

    iso: str
    calling_code: str
    lengths: tuple[int, int]  # national significant number: shortest, longest
    trunk: str  # the national prefix ("0"), or "" where there is none
    mobile: tuple[str, ...] = ()  # leading digits of mobile numbers, where known


#: Calling code -> country; the first listed owns a code shared by several (NANP: US).
COUNTRIES: dict[str, Country] = {
    c.calling_code: c
    for c in (
        Country("US", "1", (10, 10), ""),
        Country("GB", "44", (10, 10), "0", ("7",)),
        Country("AU", "61", (9, 9), "0", ("4",)),
        Country("DE", "49", (7, 11), "0", ("15", "16", "17")),
        Country("FR", "33", (9, 9), "0", ("6", "7")),
        Country("IE", "353", (7, 9), "0", ("8",)),
        Country("ES", "34", (9, 9), "", ("6", "7")),
        Country("IT", "39", (6, 11), "", ("3",)),
        Country("NL", "31", (9, 9), "0", ("6",)),
        Country("SE", "46", (7, 9), "0", ("7",)),
        Country("JP", "81", (9, 10), "0", ("70", "80", "90")),
        Country("IN", "91", (10, 10), "0", ("6", "7", "8", "9")),
        Country("BR", "55", (10, 11), "0"),
        Country("MX", "52", (10, 10), ""),
        Country("SG", "65", (8, 8), "", ("8", "9")),
    )
}
_BY_ISO = {c.iso: c for c in COUNTRIES.values()}
#: NANP area codes that are Canada's (the rest are taken as the US).
_CANADA = frozenset(
    re.findall(
        r"\d{3}",
        "204 226 236 249 250 263 289 306 343 354 365 367 368 382 387 403 416 418 428 431 437 "
        "438 450 468 474 506 514 519 548 579 581 584 587 600 604 613 639 647 672 683 705 709 "
        "742 753 778 780 782 807 819 825 867 873 879 902 905",
    )
)
_PUNCTUATION = re.compile(r"[\s().\-]")
#: What the emulator answers for facts only a carrier knows.
CARRIER = {"name": "Emulator Wireless", "mobile_country_code": "310", "mobile_network_code": "999"}


@dataclass(frozen=True)
class Parsed:
    """A number split into its country and national part, and what is wrong with it."""

    text: str  # as asked
    e164: str | None
    country: Country | None
    iso: str | None
    national: str
    errors: tuple[str, ...]

    @property
    def valid(self) -> bool:
        return not self.errors


def parse_number(text: str, country_code: str | None = None) -> Parsed:
    """Parse ``+<calling code><national>`` or national digits in ``country_code`` (US)."""
    raw = _PUNCTUATION.sub("", text)
    if raw.startswith("+"):
        digits = raw[1:]
        if not digits.isdigit():
            return Parsed(text, None, None, None, "", ("NOT_A_NUMBER",))
        country = next((COUNTRIES[digits[:n]] for n in (1, 2, 3) if digits[:n] in COUNTRIES), None)
        if country is None:
            return Parsed(text, raw, None, None, digits, ("INVALID_COUNTRY_CODE",))
        national = digits[len(country.calling_code) :]
    else:
        country = _BY_ISO.get((country_code or "US").upper())
        if not raw.isdigit():
            return Parsed(text, None, country, None, "", ("NOT_A_NUMBER",))
        if country is None:
            return Parsed(text, None, None, None, raw, ("INVALID_COUNTRY_CODE",))
        national = raw
        if country.trunk and national.startswith(country.trunk):
            national = national[len(country.trunk) :]
        elif country.calling_code == "1" and len(national) == 11 and national.startswith("1"):
            national = national[1:]
    low, high = country.lengths
    errors: tuple[str, ...] = ()
    if len(national) < low:
        errors = ("TOO_SHORT",)
    elif len(national) > high:
        errors = ("TOO_LONG",)
    iso = country.iso
    if country.calling_code == "1" and national[:3] in _CANADA:
        iso = "CA"
    return Parsed(text, f"+{country.calling_code}{national}", country, iso, national, errors)


def national_format(p: Parsed) -> str | None:
    """The number as dialled at home: ``(415) 555-2671``, ``07700 900123``."""
    if p.country is None or not p.valid:
        return None
    n = p.national
    if p.country.calling_code == "1":
        return f"({n[:3]}) {n[3:6]}-{n[6:]}"
    return f"{p.country.trunk}{n[:4]} {n[4:]}"


def line_type(p: Parsed) -> str:
    """``mobile`` where the country's mobile prefixes say so (NANP cannot tell: mobile)."""
    if p.country is None or not p.country.mobile:
        return "mobile"
    return "mobile" if p.national.startswith(p.country.mobile) else "landline"


def _packages(ctx: Ctx, name: str) -> set[str]:
    out: set[str] = set()
    for value in ctx.params.get(name, ()):
        out.update(v.strip().lower() for v in value.split(",") if v.strip())
    return out


class PhoneNumbersV1(Hooks):
    """``/v1/PhoneNumbers/{PhoneNumber}``: country, formats, and the ``Type`` packages."""

    def synthesize(self, ctx: Ctx, data: dict[str, Any]) -> None:
        p = parse_number(ctx.key or "", ctx.param("CountryCode"))
        if not p.valid or p.e164 is None:
            raise not_found(ctx.inc.path)
        data["phone_number"] = p.e164
        data["country_code"] = p.iso
        data["national_format"] = national_format(p)
        wanted = _packages(ctx, "Type")
        if "carrier" in wanted:
            data["carrier"] = {**CARRIER, "type": line_type(p), "error_code": None}
        if "caller-name" in wanted:
            data["caller_name"] = {"caller_name": None, "caller_type": None, "error_code": None}


class PhoneNumbersV2(Hooks):
    """``/v2/PhoneNumbers/{PhoneNumber}``: validation always, packages by ``Fields``."""

    def synthesize(self, ctx: Ctx, data: dict[str, Any]) -> None:
        p = parse_number(ctx.key or "", ctx.param("CountryCode"))
        data["phone_number"] = p.e164 or p.text
        data["calling_country_code"] = p.country.calling_code if p.country else None
        data["country_code"] = p.iso
        data["national_format"] = national_format(p)
        data["valid"] = p.valid
        data["validation_errors"] = list(p.errors) or None
        if not p.valid:
            return
        carrier = {
            "carrier_name": CARRIER["name"],
            "mobile_country_code": CARRIER["mobile_country_code"],
            "mobile_network_code": CARRIER["mobile_network_code"],
            "error_code": None,
        }
        packages: dict[str, dict[str, Any]] = {
            "line_type_intelligence": {**carrier, "type": line_type(p)},
            "caller_name": {"caller_name": None, "caller_type": None, "error_code": None},
            "sim_swap": {**carrier, "last_sim_swap": None},
            "call_forwarding": {"call_forwarding_enabled": False, "error_code": None},
            "line_status": {"status": "active", "error_code": None},
        }
        for name in _packages(ctx, "Fields"):
            if name in packages:
                data[name] = packages[name]
            elif name != "validation":
                data[name] = {"error_code": None}


LOOKUP_HOOKS: dict[tuple[str, str], Hooks] = {
    ("lookups/v1", "phone_numbers"): PhoneNumbersV1(),
    ("lookups/v2", "phone_numbers"): PhoneNumbersV2(),
}
