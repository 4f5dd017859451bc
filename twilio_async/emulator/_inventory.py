"""The phone numbers the emulator has for sale, per country and type, and how searches match.

Facts only, and made up: a few countries, each with the number types Twilio sells
there, and places (area codes) numbers come from. Numbers are generated from a
fixed seed per country and type, so every emulator offers the same ones.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from typing import Any

#: How many numbers of one type one country offers.
PER_TYPE = 30


@dataclass(frozen=True)
class Place:
    """Where a local number is: its prefix after the country code and its locality."""

    prefix: str
    region: str
    locality: str
    postal_code: str
    rate_center: str
    latitude: str
    longitude: str
    lata: str | None = None


@dataclass(frozen=True)
class NumberType:
    """One type of number a country sells: prefixes, digits after them, capabilities."""

    prefixes: tuple[str, ...]
    digits: int
    sms: bool
    mms: bool
    voice: bool = True
    fax: bool = False
    address_requirements: str = "none"
    places: tuple[Place, ...] = ()


@dataclass(frozen=True)
class Country:
    name: str
    dial: str  # "+1"
    types: dict[str, NumberType]  # by resource short name: local, mobile, toll_free


_US_PLACES = (
    Place("415", "CA", "San Francisco", "94103", "SNFC CNTRL", "37.774900", "-122.419400", "722"),
    Place("212", "NY", "New York", "10001", "NWYRCYZN01", "40.750600", "-73.997400", "132"),
    Place("808", "HI", "Hilo", "96720", "HILO", "19.720000", "-155.090000", "834"),
    Place("312", "IL", "Chicago", "60601", "CHICAGO", "41.885000", "-87.621800", "358"),
    Place("512", "TX", "Austin", "78701", "AUSTIN", "30.270000", "-97.740000", "558"),
)
_CA_PLACES = (
    Place("416", "ON", "Toronto", "M5H", "TORONTO", "43.653200", "-79.383200", "888"),
    Place("604", "BC", "Vancouver", "V6B", "VANCOUVER", "49.282700", "-123.120700", "888"),
)
_NANP_TOLL_FREE = ("800", "833", "844", "855", "866", "877", "888")

COUNTRIES: dict[str, Country] = {
    "US": Country(
        "United States",
        "+1",
        {
            "local": NumberType((), 7, sms=True, mms=True, places=_US_PLACES),
            "toll_free": NumberType(_NANP_TOLL_FREE, 7, sms=True, mms=True),
        },
    ),
    "CA": Country(
        "Canada",
        "+1",
        {
            "local": NumberType((), 7, sms=True, mms=True, places=_CA_PLACES),
            "toll_free": NumberType(_NANP_TOLL_FREE, 7, sms=True, mms=False),
        },
    ),
    "GB": Country(
        "United Kingdom",
        "+44",
        {
            "local": NumberType(
                (),
                8,
                sms=False,
                mms=False,
                address_requirements="any",
                places=(
                    Place("20", "London", "London", "EC1A", "London", "51.507400", "-0.127800"),
                    Place(
                        "161",
                        "Manchester",
                        "Manchester",
                        "M1",
                        "Manchester",
                        "53.480800",
                        "-2.242600",
                    ),
                ),
            ),
            "mobile": NumberType(("74", "75", "77", "78"), 8, sms=True, mms=False),
            "toll_free": NumberType(("800",), 7, sms=False, mms=False),
        },
    ),
    "AU": Country(
        "Australia",
        "+61",
        {
            "local": NumberType(
                (),
                8,
                sms=False,
                mms=False,
                address_requirements="any",
                places=(
                    Place("2", "NSW", "Sydney", "2000", "SYDNEY", "-33.868800", "151.209300"),
                    Place("3", "VIC", "Melbourne", "3000", "MELBOURNE", "-37.813600", "144.963100"),
                ),
            ),
            "mobile": NumberType(("4",), 8, sms=True, mms=True, address_requirements="any"),
            "toll_free": NumberType(("1800",), 6, sms=False, mms=False),
        },
    ),
}

#: IncomingPhoneNumber ``type`` of a number bought from each kind of inventory.
BOUGHT_TYPE = {"local": "local", "mobile": "mobile", "toll_free": "toll-free"}


def numbers(country_code: str, kind: str) -> list[dict[str, Any]]:
    """The available numbers of one country and type, as records (storage names)."""
    country = COUNTRIES.get(country_code.upper())
    spec = country.types.get(kind) if country is not None else None
    if country is None or spec is None:
        return []
    rng = random.Random(f"{country_code.upper()}:{kind}")
    seen: set[str] = set()
    out: list[dict[str, Any]] = []
    while len(out) < PER_TYPE:
        place = spec.places[len(out) % len(spec.places)] if spec.places else None
        prefix = place.prefix if place is not None else rng.choice(spec.prefixes)
        rest = "".join(str(rng.randrange(10)) for _ in range(spec.digits))
        if country.dial == "+1" and rest[0] in "01":  # NANP exchanges start with 2-9
            rest = str(rng.randrange(2, 10)) + rest[1:]
        number = country.dial + prefix + rest
        if number in seen:
            continue
        seen.add(number)
        out.append(
            {
                "phone_number": number,
                "lata": place.lata if place else None,
                "locality": place.locality if place else None,
                "rate_center": place.rate_center if place else None,
                "latitude": place.latitude if place else None,
                "longitude": place.longitude if place else None,
                "region": place.region if place else None,
                "postal_code": place.postal_code if place else None,
                "iso_country": country_code.upper(),
                "address_requirements": spec.address_requirements,
                "beta": False,
                "capabilities": {
                    "voice": spec.voice,
                    "sms": spec.sms,
                    "mms": spec.mms,
                    "fax": spec.fax,
                },
            }
        )
    return out


_KEYPAD = {
    c: str(d)
    for d, cs in enumerate(("", "", "abc", "def", "ghi", "jkl", "mno", "pqrs", "tuv", "wxyz"))
    for c in cs
}
_SEARCH_FIELDS = {
    "InRegion": "region",
    "InPostalCode": "postal_code",
    "InLocality": "locality",
    "InRateCenter": "rate_center",
    "InLata": "lata",
}
_CAPABILITY_PARAMS = {
    "SmsEnabled": "sms",
    "MmsEnabled": "mms",
    "VoiceEnabled": "voice",
    "FaxEnabled": "fax",
}
_EXCLUDE = {
    "ExcludeAllAddressRequired": "any",
    "ExcludeLocalAddressRequired": "local",
    "ExcludeForeignAddressRequired": "foreign",
}


def contains_pattern(text: str) -> re.Pattern[str]:
    """Twilio's ``Contains``: digits, letters (as on a keypad) and ``*`` for any digit."""
    out = []
    for ch in text.lower().lstrip("+"):
        if ch == "*":
            out.append(r"\d")
        elif ch.isdigit():
            out.append(ch)
        elif ch in _KEYPAD:
            out.append(_KEYPAD[ch])
    return re.compile("".join(out))


def matches(data: dict[str, Any], params: dict[str, list[str]]) -> bool:
    """Whether an available number fits a search's parameters."""
    number = str(data.get("phone_number") or "")
    area = params.get("AreaCode")
    if area and not (number.startswith("+1") and number[2:5] == area[-1]):
        return False
    contains = params.get("Contains")
    if contains and not contains_pattern(contains[-1]).search(number.lstrip("+")):
        return False
    caps = data.get("capabilities") or {}
    for param, cap in _CAPABILITY_PARAMS.items():
        got = params.get(param)
        if got and bool(caps.get(cap)) != (got[-1].lower() in ("true", "1")):
            return False
    for param, field in _SEARCH_FIELDS.items():
        got = params.get(param)
        if got and str(data.get(field) or "").lower() != got[-1].lower():
            return False
    for param, requirement in _EXCLUDE.items():
        got = params.get(param)
        wanted = got and got[-1].lower() in ("true", "1")
        if wanted and data.get("address_requirements") == requirement:
            return False
    return True
