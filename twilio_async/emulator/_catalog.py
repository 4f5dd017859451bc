"""The emulator's view of the specs: the generated ``catalog.json`` files, and routes over them.

Codegen writes one ``catalog.json`` per API version next to the generated code
(``twilio_async/rest/<domain>/<version>/catalog.json``). The emulator loads every
one it finds at start, so a resource added to ``specs/`` is served without a
line of emulator code. Nothing here is per-resource.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cached_property
from importlib import resources
from typing import TYPE_CHECKING, Any

from ._links import Action, link_relations, share_relations
from ._paths import Segment, parse_path
from ._paths import snake_name as _snake

if TYPE_CHECKING:
    from importlib.abc import Traversable

__all__ = [
    "Action",
    "ApiVersion",
    "Catalog",
    "OpSpec",
    "ParamSpec",
    "Resource",
    "Route",
    "Segment",
    "build_version",
    "hangs_off",
    "load_catalog",
    "parse_path",
]

_PREFIX_IN_PATTERN = re.compile(r"^\^?\(?([A-Z]{2})[|)\[]")

#: SID prefixes of resources whose spec key has no pattern (Twilio's real prefixes).
#: Keyed by model class name; anything missing gets a prefix made from the class name.
_KNOWN_PREFIXES = {
    "CallRecording": "RE",
    "Conference": "CF",
    "ConferenceRecording": "RE",
    "ConfiguredPlugin": "FP",
    "Member": "CA",
    "Participant": "CA",
    "Plugin": "FP",
    "PluginArchive": "FP",
    "PluginRelease": "FK",
    "PluginVersions": "FV",
    "RealtimeTranscription": "GT",
    "Siprec": "SR",
    "Stream": "MZ",
}


@dataclass(frozen=True)
class ParamSpec:
    """One declared parameter of an operation."""

    name: str
    type: str
    required: bool
    location: str


@dataclass(frozen=True)
class OpSpec:
    """One declared operation (``create``, ``list``, ``fetch``, ``update``, ``delete``)."""

    verb: str
    method: str
    on: str
    body: str
    status: int | None
    returns: str | None
    params: tuple[ParamSpec, ...]
    #: Groups of parameter names of which a call sends at least one.
    one_of: tuple[tuple[str, ...], ...] = ()
    #: A token-paged list's own page size and token parameters (``("Size", "Token")``).
    paging: tuple[str, str] | None = None


@dataclass(eq=False)
class Resource:
    """One resource of one API version, as the catalog declares it."""

    id: str
    version: ApiVersion
    cls: str
    list_path: str | None
    instance_path: str | None
    key_param: str | None
    key_field: str | None
    key_pattern: re.Pattern[str] | None
    list_key: str | None
    item_key: str | None
    fields: dict[str, str]
    models: dict[str, dict[str, str]]
    operations: dict[str, OpSpec]
    parent: Resource | None = None
    children: list[Resource] = field(default_factory=list)
    sid_prefix: str = "XX"
    #: For each placeholder of the list/instance path: the resource whose key it is.
    owners: dict[str, Resource | None] = field(default_factory=dict)
    #: Wire field name -> the name its value is stored under. Identity for the JSON
    #: dialects; snake_case for xml-2008 (``DateCreated`` -> ``date_created``), so one
    #: record renders in API 2008 and 2010 alike. Behaviour hooks may add aliases.
    storage: dict[str, str] = field(default_factory=dict)
    #: The resource whose records this one shows (itself, unless it is a view).
    home: Resource | None = None
    #: Field values a subtype view fixes (``{"type": "local"}``): set on create, filtered on list.
    where: dict[str, Any] = field(default_factory=dict)
    #: Whether lists and lookups also see the records of deeper scopes (``/Recordings``
    #: showing those made under ``/Calls/{CallSid}/Recordings``).
    wide: bool = False
    #: For an action endpoint (``…/{Sid}/Archive``): the resource acted on, and what it sets.
    action: Action | None = None
    #: The Python attribute on its parent, when the spec sets one (else the id's last part).
    attr: str | None = None

    @property
    def base(self) -> Resource:
        """The resource records are stored (and, for a view with no instance path, shown) as."""
        return self.home if self.home is not None else self

    @cached_property
    def stored(self) -> dict[str, str]:
        """Storage name -> spec type, for every field (fixed once aliases are applied)."""
        return {self.storage.get(f, f): t for f, t in self.fields.items()}

    @cached_property
    def instance_children(self) -> list[Resource]:
        """Children whose list path continues this resource's instance path."""
        return [c for c in self.children if hangs_off(self, c)]

    @property
    def stored_key(self) -> str | None:
        """The storage name of the key field."""
        return self.storage.get(self.key_field, self.key_field) if self.key_field else None

    def sname(self, wire_field: str) -> str:
        """The storage name of a wire field (of this resource or one of its models)."""
        got = self.storage.get(wire_field)
        if got is not None:
            return got
        return _snake(wire_field) if self.version.dialect == "xml-2008" else wire_field

    def field_for(self, param: str) -> str | None:
        """The wire field a parameter sets or filters (``FriendlyName`` -> ``friendly_name``)."""
        name = param.rstrip("<>=")
        if name in self.fields:
            return name
        snake = _snake(name)
        return snake if snake in self.fields else None

    def __repr__(self) -> str:
        return f"<Resource {self.version.domain}/{self.version.version} {self.id}>"

    @property
    def short_name(self) -> str:
        """The last part of the id (``media`` for ``accounts.messages.media``), or its ``attr``."""
        return self.attr or self.id.rsplit(".", 1)[-1]

    def ops_on(self, kind: str) -> dict[str, OpSpec]:
        """Operations served on the list or the instance path."""
        return {verb: op for verb, op in self.operations.items() if op.on == kind}

    def new_key(self, rand_hex: str) -> str:
        """A fresh key for a created instance: prefix + 32 hex digits."""
        return self.sid_prefix + rand_hex


@dataclass(frozen=True)
class Route:
    """A path template bound to a resource and to which of its paths it is."""

    resource: Resource
    kind: str  # "list" | "instance"
    segments: tuple[Segment, ...]
    literals: int


@dataclass(eq=False)
class ApiVersion:
    """One ``catalog.json``: a domain's version, its dialect and resources."""

    domain: str
    version: str
    dialect: str
    prefix: str  # the first path segment: "2010-04-01", "v1", "2008-08-01"
    account_scope: str | None
    account_resource: str | None
    enums: dict[str, list[str]]
    int_enums: dict[str, dict[str, int]]
    resources: dict[str, Resource] = field(default_factory=dict)
    routes: dict[int, list[Route]] = field(default_factory=dict)

    def __repr__(self) -> str:
        return f"<ApiVersion {self.domain}/{self.version} {self.dialect}>"

    @property
    def accounts(self) -> Resource | None:
        """The resource whose instances are accounts (``accounts``), if this version has one."""
        rid = self.account_resource or self.account_scope
        return self.resources.get(rid) if rid else None

    def match(self, segments: list[str]) -> tuple[Route, list[str]] | None:
        """The most specific route for a split path, with its placeholder values."""
        for route in self.routes.get(len(segments), ()):
            values: list[str] = []
            for seg, text in zip(route.segments, segments, strict=True):
                got = seg.match(text)
                if got is None:
                    break
                if seg.literal is None:
                    values.append(got)
            else:
                return route, values
        return None


@dataclass
class Catalog:
    """Every API version the emulator serves, by domain and first path segment."""

    versions: list[ApiVersion]

    def __post_init__(self) -> None:
        self.by_domain: dict[str, dict[str, ApiVersion]] = {}
        for v in self.versions:
            self.by_domain.setdefault(v.domain, {})[v.prefix] = v
        for versions in self.by_domain.values():
            share_relations(list(versions.values()))

    def version(self, domain: str, prefix: str) -> ApiVersion | None:
        return self.by_domain.get(domain, {}).get(prefix)

    def find(self, domain: str, version: str) -> ApiVersion:
        """The version called e.g. ``("api", "v2010")``."""
        for v in self.versions:
            if v.domain == domain and v.version == version:
                return v
        raise KeyError(f"{domain}/{version}")


def load_catalog(package: str = "twilio_async.rest") -> Catalog:
    """Load every ``catalog.json`` under the generated package."""
    root = resources.files(package)
    versions: list[ApiVersion] = []
    for domain_dir in sorted(_dirs(root), key=lambda t: t.name):
        for version_dir in sorted(_dirs(domain_dir), key=lambda t: t.name):
            cat = version_dir.joinpath("catalog.json")
            if cat.is_file():
                versions.append(build_version(json.loads(cat.read_text(encoding="utf-8"))))
    return Catalog(versions)


def _dirs(node: Traversable) -> list[Traversable]:
    return [c for c in node.iterdir() if c.is_dir() and not c.name.startswith(("_", "."))]


def build_version(data: dict[str, Any]) -> ApiVersion:
    """An ``ApiVersion`` with resolved parents, path owners, SID prefixes and routes."""
    paths = [
        p
        for r in data["resources"].values()
        for p in (r.get("list_path"), r.get("instance_path"))
        if p
    ]
    prefix = paths[0].lstrip("/").split("/", 1)[0] if paths else data["version"]
    v = ApiVersion(
        domain=data["domain"],
        version=data["version"],
        dialect=data["dialect"],
        prefix=prefix,
        account_scope=data.get("account_scope"),
        account_resource=data.get("account_resource"),
        enums={k: list(vals) for k, vals in data.get("enums", {}).items()},
        int_enums={k: dict(m) for k, m in data.get("int_enums", {}).items()},
    )
    for rid, raw in data["resources"].items():
        key = raw.get("key") or {}
        pattern = key.get("pattern")
        ops = {
            verb: OpSpec(
                verb=verb,
                method=op["method"],
                on=op["on"],
                body=op.get("body") or "form",
                status=op.get("status"),
                returns=op.get("returns"),
                params=tuple(
                    ParamSpec(p["name"], p["type"], bool(p.get("required")), p["in"])
                    for p in op.get("params", ())
                ),
                one_of=tuple(tuple(group) for group in op.get("one_of", ())),
                paging=(op["paging"]["size"], op["paging"]["token"]) if op.get("paging") else None,
            )
            for verb, op in raw.get("operations", {}).items()
        }
        v.resources[rid] = Resource(
            id=rid,
            version=v,
            cls=raw.get("class") or rid,
            list_path=raw.get("list_path"),
            instance_path=raw.get("instance_path"),
            key_param=key.get("param"),
            key_field=key.get("field"),
            key_pattern=re.compile(pattern) if pattern else None,
            list_key=raw.get("list_key"),
            item_key=raw.get("item_key"),
            fields=dict(raw.get("fields", {})),
            models={m: dict(f) for m, f in raw.get("models", {}).items()},
            operations=ops,
            attr=raw.get("attr"),
        )
    for rid, res in v.resources.items():
        if "." in rid:
            res.parent = v.resources.get(rid.rsplit(".", 1)[0])
            if res.parent is not None:
                res.parent.children.append(res)
        res.sid_prefix = _sid_prefix(res)
    for res in v.resources.values():
        res.owners = _owners(res)
        res.storage = {f: res.sname(f) for f in res.fields}
    routes: dict[int, list[Route]] = {}
    for res in v.resources.values():
        for kind, path in (("list", res.list_path), ("instance", res.instance_path)):
            if path:
                segs = parse_path(path)
                lit = sum(1 for s in segs if s.literal is not None)
                routes.setdefault(len(segs), []).append(Route(res, kind, segs, lit))
    for bucket in routes.values():
        # Most literal segments first: ``IncomingPhoneNumbers/Local.json`` beats ``/{Sid}.json``.
        bucket.sort(key=lambda r: -r.literals)
    v.routes = routes
    link_relations(v)
    return v


def _sid_prefix(res: Resource) -> str:
    if res.key_pattern is not None:
        m = _PREFIX_IN_PATTERN.match(res.key_pattern.pattern)
        if m:
            return m.group(1)
    known = _KNOWN_PREFIXES.get(res.cls)
    if known:
        return known
    caps = [c for c in res.cls if c.isupper()]
    return ("".join(caps) + "XX")[:2]


def _owners(res: Resource) -> dict[str, Resource | None]:
    """Which resource each placeholder of ``res``'s paths is the key of.

    Spec rule: a placeholder other than the resource's own key is the key of an
    ancestor at the same position (``{AccountSid}`` sits where ``accounts`` has ``{Sid}``).
    """
    by_position: dict[int, Resource] = {}
    chain: list[Resource] = []
    node = res.parent
    while node is not None:
        chain.append(node)
        node = node.parent
    for anc in reversed(chain):  # nearer ancestors overwrite farther ones
        if anc.instance_path and anc.key_param:
            for i, seg in enumerate(parse_path(anc.instance_path)):
                if seg.literal is None and seg.name == anc.key_param:
                    by_position[i] = anc
    owners: dict[str, Resource | None] = {}
    for kind, path in (("list", res.list_path), ("instance", res.instance_path)):
        if not path:
            continue
        segs = parse_path(path)
        for i, seg in enumerate(segs):
            if seg.literal is not None:
                continue
            own = kind == "instance" and seg.name == res.key_param and i == _last_ph(segs)
            owners[seg.name] = res if own else by_position.get(i)
    return owners


def _last_ph(segs: tuple[Segment, ...]) -> int:
    return max(i for i, s in enumerate(segs) if s.literal is None)


def hangs_off(parent: Resource, child: Resource) -> bool:
    """Whether ``child``'s list path continues ``parent``'s instance path (names may differ)."""
    if not parent.instance_path or not child.list_path:
        return False
    mine = parse_path(parent.instance_path)
    theirs = parse_path(child.list_path)
    if len(theirs) <= len(mine):
        return False
    for a, b in zip(mine, theirs[: len(mine)], strict=True):
        if (a.literal is None) != (b.literal is None):
            return False
        if a.literal is not None and a.literal != b.literal:
            return False
        if a.literal is None and a.pre != b.pre:
            return False
    return True
