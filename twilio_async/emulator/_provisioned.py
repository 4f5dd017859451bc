"""Resources Twilio provisions out of band: no API creates them, yet every account has some.

Short codes, Connect apps (your own and the ones you authorized), debugger
notifications, add-on results of a recording and the extensions of an assigned
add-on come from Twilio's console, support or an installed add-on. The emulator
gives each scope (an account, a call, a recording, …) the rows of ``PROVISIONED``
the first time that scope is seen, with SIDs derived from the scope and the row
(``sid_for``), so every emulator holds the same ones. Rows are facts only: storage
field names and values; owner fields (``account_sid``, ``call_sid``) come from the
path as for any record.

Beyond the table, the catalog decides (``provisionable``): every resource that is
listed but that no API of its domain creates (a studio step, a taskrouter
reservation, a wireless SIM) gets ``GENERIC_COUNT`` instances per scope, with no
facts of their own beyond the field defaults. A row is declared only where a
value matters (pricing countries are keyed by ISO country, not by SID).
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING, Any

from . import _values as values
from ._behaviours import Hooks
from ._relations import SIDE_EFFECTS

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Mapping

    from ._catalog import Catalog, Resource
    from ._engine import Ctx, Engine
    from ._store import Scope

_API = "api/v2010"
_SITE = "https://emulator.example.com"

#: (version, resource id) -> the instances every scope of that resource starts with.
PROVISIONED: dict[tuple[str, str], tuple[dict[str, Any], ...]] = {
    (_API, "accounts.short_codes"): (
        {
            "short_code": "894546",
            "friendly_name": "894546",
            "sms_url": f"{_SITE}/sms",
            "sms_method": "POST",
            "sms_fallback_method": "POST",
        },
    ),
    (_API, "accounts.connect_apps"): (
        {
            "friendly_name": "Emulator Connect App",
            "company_name": "Emulator Apps",
            "description": "A Connect app registered on the account",
            "homepage_url": f"{_SITE}/",
            "authorize_redirect_url": f"{_SITE}/connect/authorize",
            "deauthorize_callback_url": f"{_SITE}/connect/deauthorize",
            "deauthorize_callback_method": "POST",
            "permissions": ["get-all", "post-all"],
        },
        {
            "friendly_name": "Emulator Reporting App",
            "company_name": "Emulator Apps",
            "description": "A read-only Connect app registered on the account",
            "homepage_url": f"{_SITE}/reports",
            "authorize_redirect_url": f"{_SITE}/reports/authorize",
            "deauthorize_callback_url": f"{_SITE}/reports/deauthorize",
            "deauthorize_callback_method": "POST",
            "permissions": ["get-all"],
        },
    ),
    (_API, "accounts.authorized_connect_apps"): (
        {
            "connect_app_friendly_name": "Emulator Partner App",
            "connect_app_company_name": "Emulator Partner",
            "connect_app_description": "A partner's Connect app the account authorized",
            "connect_app_homepage_url": f"{_SITE}/partner",
            "permissions": ["get-all"],
        },
    ),
    (_API, "accounts.notifications"): (
        {
            "log": "1",
            "error_code": "15003",
            "message_text": "Msg=Got HTTP 404 response to the status callback",
            "more_info": "https://www.twilio.com/docs/errors/15003",
            "request_method": "POST",
            "request_url": f"{_SITE}/status",
            "request_variables": "",
            "response_body": "",
            "response_headers": "",
        },
    ),
    (_API, "accounts.calls.notifications"): (
        {
            "log": "1",
            "error_code": "11200",
            "message_text": "Msg=The emulator connects no call and fetches no TwiML from its Url",
            "more_info": "https://www.twilio.com/docs/errors/11200",
            "request_method": "POST",
            "request_url": "",
            "request_variables": "",
            "response_body": "",
            "response_headers": "",
        },
    ),
    (_API, "accounts.recordings.add_on_results"): (
        {
            "status": "completed",
            "add_on_sid": "XB" + "0" * 31 + "1",
            "add_on_configuration_sid": "XE" + "0" * 31 + "1",
        },
    ),
    (_API, "accounts.recordings.add_on_results.payloads"): (
        {
            "label": "transcript",
            "content_type": "application/json",
            "add_on_sid": "XB" + "0" * 31 + "1",
            "add_on_configuration_sid": "XE" + "0" * 31 + "1",
        },
    ),
    (_API, "accounts.incoming_phone_numbers.assigned_add_ons.extensions"): (
        {
            "friendly_name": "Incoming Voice Call",
            "product_name": "Programmable Voice",
            "unique_name": "voice-incoming",
            "enabled": True,
        },
    ),
}

#: Pricing lists are keyed by ISO country, not by SID: every pricing version's
#: country lists start with the same countries.
_COUNTRIES: tuple[dict[str, Any], ...] = (
    {"country": "United States", "iso_country": "US", "price_unit": "USD"},
    {"country": "United Kingdom", "iso_country": "GB", "price_unit": "GBP"},
)
for _key in (
    ("pricing/v1", "messaging.countries"),
    ("pricing/v1", "phone_numbers.countries"),
    ("pricing/v1", "voice.countries"),
    ("pricing/v2", "countries"),
    ("pricing/v2", "voice.countries"),
):
    PROVISIONED[_key] = _COUNTRIES

#: Singletons under a provisioned instance: (version, resource id) -> their fields.
#: Also answers of keyless actions whose one field only Twilio can say (a sink test's
#: ``result``, an OAuth authorize redirect).
PROVISIONED_SINGLETONS: dict[tuple[str, str], dict[str, Any]] = {
    (_API, "accounts.recordings.add_on_results.payloads.data"): {
        "redirect_to": f"{_SITE}/add-on-payloads/data.json",
    },
    ("events/v1", "sinks.sink_test"): {"result": "submitted"},
    ("events/v1", "sinks.sink_validate"): {"result": "valid"},
    ("oauth/v1", "authorize"): {"redirect_to": f"{_SITE}/oauth/callback"},
    ("oauth/v2", "authorize"): {"redirect_to": f"{_SITE}/oauth/callback"},
}


#: How many instances a provisioned resource with no row of its own starts with per scope.
GENERIC_COUNT = 2


def provisionable(res: Resource, creatable: Callable[[Resource], bool]) -> bool:
    """Whether Twilio provisions ``res`` out of band: no API of the domain creates it.

    Keyed and listed, never created (here or, through a shared store, in another
    version of the domain: studio v1 lists the flows v2 creates), not a view (its
    records are another resource's) nor an action, and not made by another
    resource's behaviour (``_relations.SIDE_EFFECTS``).
    """
    ops = res.operations
    return (
        bool(res.key_param and res.list_path and res.instance_path)
        and "list" in ops
        and "create" not in ops
        and res.home is None
        and res.action is None
        and (f"{res.version.domain}/{res.version.version}", res.id) not in SIDE_EFFECTS
        and not creatable(res)
    )


def provisioned_hooks(
    catalog: Catalog, hooks: Mapping[tuple[str, str], Hooks], store_key: Callable[[Resource], str]
) -> dict[tuple[str, str], Hooks]:
    """``Provisioned`` hooks for every provisionable resource the hooks leave alone.

    A resource gets the rows ``PROVISIONED`` declares for it, else ``GENERIC_COUNT``
    empty ones (key from ``sid_for``, owner fields from the path, field defaults).
    """
    created = {
        store_key(r)
        for v in catalog.versions
        for r in v.resources.values()
        if "create" in r.operations
    }
    hooked = {
        store_key(r)
        for v in catalog.versions
        for r in v.resources.values()
        if (f"{v.domain}/{v.version}", r.id) in hooks
    }
    out: dict[tuple[str, str], Hooks] = {}
    for v in catalog.versions:
        name = f"{v.domain}/{v.version}"
        for res in v.resources.values():
            key = (name, res.id)
            if store_key(res) in hooked:
                continue  # another version's hooks make these records (2010's notifications)
            if not provisionable(res, lambda r: store_key(r) in created):
                continue
            rows = PROVISIONED.get(key) or tuple({} for _ in range(GENERIC_COUNT))
            out[key] = Provisioned(rows)
    return out


def sid_for(res: Resource, scope: Scope, index: int) -> str:
    """A provisioned instance's SID: the resource's prefix and a digest of where it is."""
    text = "|".join((res.version.domain, res.version.version, res.id, *scope, str(index)))
    return res.sid_prefix + hashlib.sha256(text.encode()).hexdigest()[:32]


class Provisioned(Hooks):
    """Instances every scope starts with (``rows``); otherwise plain CRUD."""

    def __init__(self, rows: tuple[dict[str, Any], ...]) -> None:
        self.rows = rows

    def seed(self, engine: Engine, res: Resource, scope: Scope) -> Iterable[dict[str, Any]]:
        for i, row in enumerate(self.rows):
            data = {k: list(v) if isinstance(v, list) else v for k, v in row.items()}
            if res.stored_key and not data.get(res.stored_key):
                data[res.stored_key] = sid_for(res, scope, i)
            if "message_date" in res.stored:
                data["message_date"] = values.now()
            if "date_completed" in res.stored:
                data["date_completed"] = values.now()
            yield data


class ProvisionedSingleton(Hooks):
    """A singleton whose fields are fixed (an add-on payload's ``Data``)."""

    def __init__(self, fields: dict[str, Any]) -> None:
        self.fields = fields

    def defaults(self, ctx: Ctx, data: dict[str, Any]) -> None:
        data.update(self.fields)

    def create(self, ctx: Ctx, data: dict[str, Any]) -> None:
        for k, v in self.fields.items():
            data.setdefault(k, v)


PROVISIONED_HOOKS: dict[tuple[str, str], Hooks] = {
    **{key: Provisioned(rows) for key, rows in PROVISIONED.items()},
    **{key: ProvisionedSingleton(f) for key, f in PROVISIONED_SINGLETONS.items()},
}
