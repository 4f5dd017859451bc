"""Drive twilio-python through every declared operation against one emulator.

Per flavour (``sync``: twilio-python's blocking client in a worker thread;
``async``: its ``AsyncTwilioHttpClient`` and ``*_async`` methods on the
emulator's own loop) resources run parents first: create, then list, fetch and
update; deletes run last, children first, so every parent outlives its children.
Each operation ends as ``"pass"`` or ``"fail: <one line>"``.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Callable, Coroutine
from dataclasses import dataclass, field
from typing import Any

from twilio.base.exceptions import TwilioRestException
from twilio.rest import Client as TwilioClient

from tests.support.numbers import FROM, TO
from tests.support.twilio_python import RedirectingAsyncHttpClient, RedirectingHttpClient
from twilio_async.emulator import Emulator
from twilio_async.emulator._catalog import ApiVersion, Catalog, Resource, load_catalog, parse_path

from . import _overrides as overrides
from ._mapping import METHODS, Arg, Node, args_of, explore, fields_of, find
from ._values import Values

#: Versions the specs declare that twilio-python has no client for.
EXCLUDED = {"api/v2008": "twilio-python 9.13 has no API 2008-08-01 (XML) client"}


def root(key: str) -> Callable[[TwilioClient], Any]:
    """How twilio-python reaches a version: ``flex-api/v1`` -> ``client.flex_api.v1``."""
    domain, version = key.split("/", 1)
    return lambda c: getattr(getattr(c, domain.replace("-", "_")), version)


def _has_root(key: str) -> bool:
    try:
        root(key)(TwilioClient("AC" + "0" * 32, "unused"))
    except AttributeError:
        return False
    return True


#: Versions twilio-python serves, and how to reach each from its client: every version
#: the catalogs declare that twilio-python has, except the excluded ones (a version it
#: lacks is reported as not attempted).
ROOTS: dict[str, Callable[[TwilioClient], Any]] = {
    key: root(key)
    for key in sorted({f"{v.domain}/{v.version}" for v in load_catalog().versions})
    if key not in EXCLUDED and _has_root(key)
}
FLAVOURS = ("sync", "async")
PASS = "pass"
_FIRST = ("create", "list", "fetch", "update")
_SID = re.compile(r"\b([A-Z]{2})[0-9a-fA-F]{32}\b")
_COUNTED = re.compile(r"(crosscheck[a-z-]*?)-?\d+")
_ANSI = re.compile(r"\x1b\[[0-9;]*m")
# A declared version twilio-python 9.13 has no client for (assistants v1, monitor v2,
# preview-iam versionless) is excluded, with that reason, like API 2008.
EXCLUDED.update(
    (key, f"twilio-python 9.13 has no {key.replace('/', ' ')} client")
    for key in sorted({f"{v.domain}/{v.version}" for v in load_catalog().versions})
    if key not in EXCLUDED and key not in ROOTS
)


def vkey(v: ApiVersion) -> str:
    """``api/v2010``: how records and tables name a version."""
    return f"{v.domain}/{v.version}"


def case_id(v: ApiVersion, res: Resource, verb: str) -> str:
    """``api/v2010 accounts.messages create``."""
    return f"{vkey(v)} {res.id} {verb}"


def declared(catalog: Catalog | None = None) -> list[str]:
    """Every operation the specs declare, in every version."""
    cat = catalog or load_catalog()
    return sorted(
        case_id(v, r, verb)
        for v in cat.versions
        for r in v.resources.values()
        for verb in r.operations
    )


def clean(text: str) -> str:
    """One stable line: SIDs and run counters masked, colours and newlines dropped."""
    text = _ANSI.sub("", text).replace("\n", " ").strip()
    text = _COUNTED.sub(r"\1-N", _SID.sub(r"\1…", text))
    return text[:240]


def describe(err: BaseException) -> str:
    """An error as one line (twilio-python's REST errors as status, code and message)."""
    if isinstance(err, TwilioRestException):
        path = err.uri.split(".twilio.com", 1)[-1] if err.uri else ""
        msg = re.sub(r"/\S+", "…", str(err.msg))  # the path again, in a 404's message
        return clean(f"{err.method} {path} -> HTTP {err.status} {err.code}: {msg}")
    return clean(f"{type(err).__name__}: {err}")


def _snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).lower()


def attr(obj: Any, wire_field: str) -> Any:
    """A twilio-python instance's value for a wire field (the attribute its class reads it into)."""
    cls: type = type(obj)
    known = fields_of(cls).get(wire_field)
    if known is not None:
        return getattr(obj, known, None)
    name = _snake(wire_field)
    for candidate in (name, name + "_"):
        if hasattr(obj, candidate):
            return getattr(obj, candidate)
    return None


class CheckFailed(Exception):
    """The call returned, but what it returned is not what Twilio returns."""


@dataclass
class Plan:
    """What is the same for both flavours: mapping, owners, order, references."""

    catalog: Catalog = field(default_factory=load_catalog)

    def __post_init__(self) -> None:
        probe = TwilioClient("AC" + "0" * 32, "unused")
        self.versions = [v for v in self.catalog.versions if vkey(v) in ROOTS]
        self.nodes: dict[str, Node | None] = {}
        for v in self.versions:
            found = explore(ROOTS[vkey(v)](probe))
            for res in v.resources.values():
                for verb, op in res.operations.items():
                    path = res.list_path if op.on == "list" else res.instance_path
                    self.nodes[case_id(v, res, verb)] = find(found, path, verb) if path else None
        self.owners = {
            (vkey(v), r.id): _owners(v, r) for v in self.versions for r in v.resources.values()
        }
        self.order = [(v, r) for v in self.versions for r in _ordered(v, self.owners)]


def refers_to(v: ApiVersion, res: Resource, wire: str) -> Resource | None:
    """The resource whose SID ``wire`` carries: ``CredentialListSid`` -> ``SipCredentialList``."""
    if wire in overrides.ID_REFERENCES:
        return v.resources[overrides.ID_REFERENCES[wire][0]]
    if not wire.endswith("Sid") or len(wire) <= 3:
        return None
    stem = wire[:-3]
    hits = [
        r
        for r in v.resources.values()
        if r is not res and r.key_field and (r.cls.endswith(stem) or r.cls.endswith(stem + "s"))
    ]
    return min(hits, key=lambda r: len(r.cls)) if hits else None


def view_parent(v: ApiVersion, res: Resource) -> Resource | None:
    """The keyed resource whose list path ``res``'s list path extends, if ``res`` has no key.

    ``IncomingPhoneNumbers/Local.json`` extends ``IncomingPhoneNumbers.json``: Twilio
    serves one number through both.
    """
    if res.key_field or not res.list_path:
        return None
    mine = res.list_path.removesuffix(".json")
    best: Resource | None = None
    for r in v.resources.values():
        if r is res or not r.key_field or not r.list_path:
            continue
        base = r.list_path.removesuffix(".json")
        if mine.startswith(base + "/") and "{" not in mine[len(base) :]:
            best = r if best is None or len(r.list_path) > len(best.list_path or "") else best
    return best


def _norm_instance(path: str) -> str:
    return re.sub(r"\{[^{}]*\}", "{}", path).removesuffix(".json")


def _owners(v: ApiVersion, res: Resource) -> dict[str, str | None]:
    """Placeholder -> id of the resource whose instance path ends there (its key)."""
    by_prefix = {
        _norm_instance(r.instance_path): r.id for r in v.resources.values() if r.instance_path
    }
    out: dict[str, str | None] = {}
    for path in (res.list_path, res.instance_path):
        if not path:
            continue
        segs = path.lstrip("/").split("/")
        for i, seg in enumerate(segs):
            for name in re.findall(r"\{(\w+)\}", seg):
                prefix = _norm_instance("/" + "/".join(segs[: i + 1]))
                out.setdefault(name, by_prefix.get(prefix))
    return out


def _ordered(v: ApiVersion, owners: dict[tuple[str, str], dict[str, str | None]]) -> list[Resource]:
    """Resources with every owner and referenced resource before them (ties: by id)."""
    plan_refs: dict[str, set[str]] = {}
    for res in v.resources.values():
        deps = {o for o in owners[(vkey(v), res.id)].values() if o and o != res.id}
        create = res.operations.get("create")
        for p in create.params if create else ():
            if p.required and (p.name.endswith("Sid") or p.name in overrides.ID_REFERENCES):
                ref = refers_to(v, res, p.name)
                if ref is not None:
                    deps.add(ref.id)
        deps.update(overrides.PROVIDER_NEEDS.get(f"{vkey(v)} {res.id}", ()))
        plan_refs[res.id] = deps
    out: list[Resource] = []
    done: set[str] = set()
    pending = sorted(v.resources)
    while pending:
        ready = [rid for rid in pending if plan_refs[rid] <= done] or pending[:1]
        rid = ready[0]
        pending.remove(rid)
        done.add(rid)
        out.append(v.resources[rid])
    return out


class Runner:
    """One flavour's pass over every operation, with its own instances."""

    def __init__(self, plan: Plan, client: TwilioClient, flavour: str, account_sid: str) -> None:
        self.plan = plan
        self.client = client
        self.flavour = flavour
        self.account_sid = account_sid
        self.roots = {k: get(client) for k, get in ROOTS.items()}
        self.instances: dict[str, str] = {}
        self.missing: dict[str, str] = {}
        self.created: set[str] = set()
        self.sent: dict[str, dict[str, Any]] = {}
        self.results: dict[str, str] = {}

    async def run(self) -> dict[str, str]:
        """Every operation of every supported version: ``case id -> pass | fail: …``."""
        for v, res in self.plan.order:
            values = Values(v.enums)
            for verb in _FIRST:
                if verb in res.operations:
                    self.results[case_id(v, res, verb)] = await self._attempt(v, res, verb, values)
                if verb == "create":
                    await self._acquire(v, res)
        for v, res in reversed(self.plan.order):
            if "delete" in res.operations:
                self.results[case_id(v, res, "delete")] = await self._attempt(
                    v, res, "delete", Values(v.enums)
                )
        return self.results

    # ------------------------------------------------------------------ calls

    async def invoke(self, obj: Any, method: str, kwargs: dict[str, Any]) -> Any:
        """Call twilio-python: blocking in a worker thread, or its ``*_async`` twin."""
        if self.flavour == "sync":
            return await asyncio.to_thread(getattr(obj, method), **kwargs)
        result: Any = await getattr(obj, method + "_async")(**kwargs)
        return result

    def target(self, v: ApiVersion, node: Node, values: list[str]) -> Any:
        """Follow ``node``'s accessor chain from the version root, with real path values."""
        obj = self.roots[vkey(v)]
        it = iter(values)
        for step in node.chain:
            if step.name is not None:
                obj = getattr(obj, step.name)
            else:
                obj = obj(*[next(it) for _ in range(step.arity)])
        return obj

    def path_values(self, v: ApiVersion, res: Resource, path: str) -> list[str]:
        owners = self.plan.owners[(vkey(v), res.id)]
        out: list[str] = []
        for seg in parse_path(path):
            if seg.literal is not None:
                continue
            owner = owners.get(seg.name)
            if owner == res.id:
                out.append(self.instance(v, res))
            elif owner is not None and v.accounts is not None and owner == v.accounts.id:
                out.append(self.account_sid)
            elif owner is not None:
                out.append(self.instance(v, v.resources[owner]))
            else:
                out.append("US" if seg.name == "CountryCode" else "XX" + "0" * 32)
        return out

    def self_keyed(self, v: ApiVersion, res: Resource) -> bool:
        """Whether ``res``'s instance path ends in its own key (not a parent's, as ``/Archive``)."""
        if res.key_param is None:
            return False
        return self.plan.owners[(vkey(v), res.id)].get(res.key_param) == res.id

    def action_target(self, v: ApiVersion, res: Resource) -> Resource | None:
        """The instance an action path acts on: ``Plugins/{Sid}/Archive`` acts on a plugin."""
        if not res.instance_path:
            return None
        segs = parse_path(res.instance_path)
        last = max((i for i, seg in enumerate(segs) if seg.literal is None), default=None)
        if last is None or last == len(segs) - 1:
            return None  # no literal after the last key: not an action path
        owner = self.plan.owners[(vkey(v), res.id)].get(segs[last].name)
        if owner is None or owner == res.id or (v.accounts is not None and owner == v.accounts.id):
            return None
        return v.resources[owner]

    def stand_ins(self, v: ApiVersion, res: Resource, verb: str) -> list[str]:
        """Why a path of this operation holds a made-up key: ``[no X: why]`` notes."""
        path = res.list_path if res.operations[verb].on == "list" else res.instance_path
        owners = self.plan.owners[(vkey(v), res.id)]
        notes: list[str] = []
        for seg in parse_path(path or ""):
            owner = owners.get(seg.name) if seg.literal is None else None
            why = self.missing.get(f"{vkey(v)} {owner}") if owner else None
            if why:
                notes.append(f"[no {owner}: {why}]")
        return notes

    def instance(self, v: ApiVersion, res: Resource) -> str:
        """The key to act on: made or found in this run, else a well-formed stand-in."""
        key = self.instances.get(f"{vkey(v)} {res.id}")
        if key is not None:
            return key
        if res.key_field == "country_code":
            return "US"
        if res.fields.get(res.key_field or "") == "phone-number":
            return "+15017122661"  # a fetch-only number resource is answered from the key
        return res.sid_prefix + "0" * 32

    def kwargs(
        self,
        v: ApiVersion,
        res: Resource,
        verb: str,
        node: Node,
        values: Values,
        given: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        """twilio-python keywords for an operation; ``given`` fixes some wire values."""
        op = res.operations[verb]
        args = args_of(node, verb)
        given = given or {}
        # A JSON body is always sent: twilio-python calls ``body.to_dict()`` unconditionally.
        wanted = {p.name for p in op.params if p.required or p.location == "json"}
        if verb in ("create", "update"):
            wanted |= {p.name for p in op.params if p.name == "FriendlyName"}
        if verb == "create":
            wanted |= set(overrides.CREATE_EXTRAS.get(f"{vkey(v)} {res.id}", ((), ""))[0])
            # Twilio needs one parameter of each group (a sender, a body or media): the first.
            wanted |= {group[0] for group in op.one_of if group}
        wanted |= set(given)
        out: dict[str, Any] = {}
        sent: dict[str, Any] = {}
        for p in op.params:
            if p.name not in wanted:
                continue
            arg: Arg | None = args.get(p.name)
            if arg is None:
                raise CheckFailed(f"twilio-python 9.13 takes no keyword for {p.name}")
            ref = refers_to(v, res, p.name) if p.type == "string" else None
            if p.name in given:
                value = given[p.name]
            elif ref is not None:
                value = self.instance(v, ref)
            else:
                value = values.make(p.name, p.type, arg)
            out[arg.keyword] = value
            sent[p.name] = value
        if verb == "create":
            self.sent[f"{vkey(v)} {res.id}"] = sent
        return out

    async def _call(self, v: ApiVersion, res: Resource, verb: str, values: Values) -> Any:
        node = self.plan.nodes[case_id(v, res, verb)]
        if node is None:
            raise CheckFailed("twilio-python 9.13 has no method serving this path")
        op = res.operations[verb]
        path = res.list_path if op.on == "list" else res.instance_path
        assert path is not None
        obj = self.target(v, node, self.path_values(v, res, path))
        given = await self._given(v, res) if verb == "create" else {}
        kwargs = self.kwargs(v, res, verb, node, values, given)
        if verb == "list":
            kwargs["limit"] = 20
        return await self.invoke(obj, METHODS[verb], kwargs)

    def purchase_of(self, v: ApiVersion, res: Resource) -> tuple[str, Resource, str] | None:
        """What a create buys: (parameter, list to search, kind), from ``overrides.PURCHASES``."""
        base = view_parent(v, res) or res
        got = overrides.PURCHASES.get(f"{vkey(v)} {base.id}")
        if got is None:
            return None
        wire, source_id, _why = got
        source = v.resources[source_id]
        kinds = {child.short_name: child for child in source.children}
        kind = res.short_name if res.short_name in kinds else "local"
        return wire, source, kind

    async def _given(self, v: ApiVersion, res: Resource) -> dict[str, Any]:
        """Create values the generator cannot make: a number for sale, an object naming a SID."""
        out = await self._purchase(v, res)
        ref = overrides.OBJECT_REFERENCES.get(f"{vkey(v)} {res.id}")
        if ref is not None:
            wire, named, template, _why = ref
            sid = self.instance(v, v.resources[named])
            out[wire] = [
                {
                    k: val.format(sid=sid) if isinstance(val, str) else val
                    for k, val in template.items()
                }
            ]
        return out

    async def _purchase(self, v: ApiVersion, res: Resource) -> dict[str, Any]:
        """Search-then-buy, as users do: the first number for sale of the create's kind.

        Countries are tried in the order twilio-python lists them; the search is made
        through twilio-python too. Nothing found leaves the value to the generator.
        """
        bought = self.purchase_of(v, res)
        if bought is None:
            return {}
        wire, source, kind = bought
        kind_res = next(c for c in source.children if c.short_name == kind)
        node = self.plan.nodes.get(case_id(v, kind_res, "list"))
        if node is None:
            return {}
        countries = await self._call(v, source, "list", Values(v.enums))
        for country in countries:
            code = str(attr(country, source.key_field or "country_code"))
            search = self.target(v, node, [self.account_sid, code])
            found = await self.invoke(search, "list", {"limit": 1})
            if found:
                return {wire: str(attr(found[0], "phone_number"))}
        return {}

    async def _attempt(self, v: ApiVersion, res: Resource, verb: str, values: Values) -> str:
        try:
            result = await self._call(v, res, verb, values)
            self._check(v, res, verb, result)
            if verb == "create":
                await self._check_view(v, res, result)
        except Exception as err:
            text = str(err) if isinstance(err, CheckFailed) else describe(err)
            notes = "".join(n + " " for n in self.stand_ins(v, res, verb))
            return "fail: " + clean(notes + text)
        return PASS

    # ----------------------------------------------------------------- checks

    def _key_or_fields(self, res: Resource, obj: Any, fields: dict[str, str]) -> str | None:
        if obj is None:
            raise CheckFailed("returned None")
        if res.key_field and res.key_field in fields:
            key = attr(obj, res.key_field)
            if key is None:
                raise CheckFailed(f"key field {res.key_field} is None")
            if res.key_pattern is not None and not res.key_pattern.search(str(key)):
                raise CheckFailed(
                    f"key {res.key_field} {clean(str(key))!r} does not match the spec's "
                    f"{res.key_pattern.pattern}"
                )
            return str(key)
        if fields and all(attr(obj, f) is None for f in fields):
            raise CheckFailed("every declared field is None")
        return None

    def _check(self, v: ApiVersion, res: Resource, verb: str, result: Any) -> None:
        name = f"{vkey(v)} {res.id}"
        op = res.operations[verb]
        if verb == "delete":
            if result is not True:
                raise CheckFailed(f"delete returned {result!r}, not True")
            self.instances.pop(name, None)
            return
        if verb == "list":
            if not isinstance(result, list):
                raise CheckFailed(f"list returned {type(result).__name__}, not a list")
            keys = {self._key_or_fields(res, item, res.fields) for item in result}
            made = self.instances.get(name) if name in self.created else None
            if made is not None and made not in keys:
                raise CheckFailed(f"the instance just created ({clean(made)}) is not listed")
            return
        model = res.models.get(op.returns or "") if op.returns else None
        if model is not None:
            nulls = sorted(f for f in model if attr(result, f) is None)
            if nulls:
                raise CheckFailed(f"{op.returns} fields are None: {', '.join(nulls)}")
            key = attr(result, res.key_field) if res.key_field in model else None
        else:
            key = self._key_or_fields(res, result, res.fields)
        if verb == "create":
            if key is not None:
                self.instances[name] = str(key)
                self.created.add(name)
            return
        expected = self.instances.get(name)
        target = self.action_target(v, res)
        if target is not None and target.key_field and target.key_field in res.fields:
            # An action endpoint (``…/{Sid}/Archive``) answers with the instance it acts on.
            got = attr(result, target.key_field)
            want = self.instances.get(f"{vkey(v)} {target.id}")
            if want is not None and got != want:
                raise CheckFailed(
                    f"{target.key_field} {clean(str(got))!r} is not the {target.id} "
                    f"acted on ({clean(want)!r})"
                )
        if key is not None and expected is not None and key != expected:
            raise CheckFailed(f"{verb} answered for {clean(key)}, not {clean(expected)}")
        if verb == "fetch" and expected is not None:
            for wire, value in self.sent.get(name, {}).items():
                fld = res.field_for(wire)
                if fld is None or not isinstance(value, str):
                    continue
                got = attr(result, fld)
                if got != value:
                    raise CheckFailed(
                        f"fetched {fld} {clean(repr(got))}, created with {clean(repr(value))}"
                    )

    async def _check_view(self, v: ApiVersion, res: Resource, result: Any) -> None:
        """A keyless create whose list hangs under a keyed list (``IncomingPhoneNumbers/Local``)
        makes an instance of that list: its key must be that resource's, and fetchable there."""
        parent = view_parent(v, res)
        if parent is None or parent.key_field is None or parent.instance_path is None:
            return
        key = attr(result, parent.key_field)
        if key is None:
            return
        pattern = parent.key_pattern
        if pattern is not None and not pattern.search(str(key)):
            raise CheckFailed(
                f"{parent.key_field} {clean(str(key))!r} is not a key of {parent.id} "
                f"({pattern.pattern})"
            )
        node = self.plan.nodes.get(case_id(v, parent, "fetch"))
        if node is None:
            return
        path = [*self.path_values(v, parent, parent.instance_path)[:-1], str(key)]
        try:
            got = await self.invoke(self.target(v, node, path), "fetch", {})
        except Exception as err:
            raise CheckFailed(f"not fetchable as {parent.id}: {describe(err)}") from err
        if attr(got, parent.key_field) != key:
            raise CheckFailed(f"fetch as {parent.id} answered another {parent.key_field}")

    # -------------------------------------------------------------- instances

    async def _acquire(self, v: ApiVersion, res: Resource) -> None:
        """After create: make sure ``res`` has an instance to fetch, update, delete."""
        name = f"{vkey(v)} {res.id}"
        if name in self.instances or not res.key_field or not self.self_keyed(v, res):
            return
        try:
            if name in overrides.PROVIDERS:
                key = await self._provide(v, res)
            elif "list" in res.operations:
                items = await self._call(v, res, "list", Values(v.enums))
                if not items and await self._create_in_sibling(v, res):
                    items = await self._call(v, res, "list", Values(v.enums))
                key = str(attr(items[0], res.key_field)) if items else None
                if key is None:
                    why = "its list is empty" + (
                        "" if "create" in res.operations else ", no API creates one"
                    )
                    self.missing[name] = why
            else:
                key = None
                self.missing[name] = "no create and no list"
        except Exception as err:
            key = None
            self.missing[name] = "making one failed: " + describe(err)
        if key is not None:
            self.instances[name] = key

    async def _create_in_sibling(self, v: ApiVersion, res: Resource) -> bool:
        """Make an instance through a view that creates into ``res`` (a proxy session's
        interactions are made as a participant's message interactions) or another
        version of the domain that creates it (studio v1 lists the flows v2 creates);
        whether one was made."""
        if "create" in res.operations:
            return False
        for view in v.resources.values():
            creates = view.home is res and "create" in view.operations
            if creates and self.plan.nodes.get(case_id(v, view, "create")):
                await self._call(v, view, "create", Values(v.enums))
                return True
        for w in self.plan.versions:
            other = w.resources.get(res.id)
            if w is v or w.domain != v.domain or other is None:
                continue
            if "create" in other.operations and self.plan.nodes.get(case_id(w, other, "create")):
                await self._call(w, other, "create", Values(w.enums))
                return True
        return False

    async def _provide(self, v: ApiVersion, res: Resource) -> str | None:
        """Make an instance of a resource no create makes, as ``overrides.PROVIDERS`` says."""
        if res.id == "accounts.conferences":
            part = v.resources["accounts.conferences.participants"]
            node = self.plan.nodes[case_id(v, part, "create")]
            assert node is not None
            obj = self.target(v, node, [self.account_sid, "crosscheck-room"])
            kwargs = {"from_": FROM, "to": TO, "conference_record": "record-from-start"}
            got = await self.invoke(obj, "create", kwargs)
            return None if got.conference_sid is None else str(got.conference_sid)
        if res.id == "accounts.recordings":
            call = await self._call_with_twiml(
                v, '<Response><Record transcribe="true"/></Response>'
            )
            rec = v.resources["accounts.calls.recordings"]
            node = self.plan.nodes[case_id(v, rec, "list")]
            assert node is not None
            items = await self.invoke(self.target(v, node, [self.account_sid, call]), "list", {})
            return str(items[0].sid) if items else None
        if res.id == "accounts.transcriptions":
            await self._call_with_twiml(v, '<Response><Record transcribe="true"/></Response>')
            items = await self._call(v, res, "list", Values(v.enums))
            return str(items[0].sid) if items else None
        if res.id == "accounts.queues.members":
            queues = v.resources["accounts.queues"]
            node = self.plan.nodes[case_id(v, queues, "fetch")]
            assert node is not None
            path = [self.account_sid, self.instance(v, queues)]
            queue = await self.invoke(self.target(v, node, path), "fetch", {})
            twiml = f"<Response><Enqueue>{queue.friendly_name}</Enqueue></Response>"
            return await self._call_with_twiml(v, twiml)
        return None

    async def _call_with_twiml(self, v: ApiVersion, twiml: str) -> str:
        """Place a call that runs ``twiml``; its SID."""
        calls = v.resources["accounts.calls"]
        node = self.plan.nodes[case_id(v, calls, "create")]
        assert node is not None
        obj = self.target(v, node, [self.account_sid])
        got = await self.invoke(obj, "create", {"from_": FROM, "to": TO, "twiml": twiml})
        return str(got.sid)


def _client(
    emu: Emulator, flavour: str
) -> tuple[TwilioClient, Callable[[], Coroutine[Any, Any, None]]]:
    if flavour == "sync":
        sync_http = RedirectingHttpClient(emu.base_url)

        async def close_sync() -> None:
            if sync_http.session is not None:
                sync_http.session.close()

        return TwilioClient(emu.account_sid, emu.auth_token, http_client=sync_http), close_sync
    async_http = RedirectingAsyncHttpClient(emu.base_url)

    async def close_async() -> None:
        if async_http.session is not None:
            await async_http.session.close()

    return TwilioClient(emu.account_sid, emu.auth_token, http_client=async_http), close_async


async def run_all(flavours: tuple[str, ...] = FLAVOURS) -> dict[str, dict[str, str]]:
    """``case id -> {flavour: pass | fail: …}`` for every supported operation, one emulator."""
    plan = Plan()
    out: dict[str, dict[str, str]] = {}
    async with Emulator(status_interval=None, seed=1) as emu:
        for flavour in flavours:
            client, close = _client(emu, flavour)
            try:
                results = await Runner(plan, client, flavour, emu.account_sid).run()
            finally:
                await close()
            for cid, status in results.items():
                out.setdefault(cid, {})[flavour] = status
    return out
