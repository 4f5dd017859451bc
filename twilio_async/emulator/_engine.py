"""The generic engine: auth, routing, CRUD, filters, paging and errors for every catalog resource.

Framework-free: the ASGI app (``_app.py``) turns an HTTP request into an
``Incoming`` and an ``Outgoing`` back into a response (both, and the errors the
engine answers with, live in ``_types.py``). Per-resource behaviour (validation
codes, the message status clock, conferences) lives in ``_behaviours.py`` as hooks;
everything else is driven by the catalogs.
"""

from __future__ import annotations

import base64
import binascii
import logging
import random
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, urlencode

from . import _values as values
from ._behaviours import FIELD_ALIASES, HOOKS, STORE_ALIASES, Hooks
from ._callbacks import StatusClock
from ._catalog import (
    Action,
    ApiVersion,
    Catalog,
    OpSpec,
    Resource,
    Route,
    load_catalog,
    parse_path,
)
from ._conversations import CONVERSATION_HOOKS
from ._faults import Faults
from ._flex import FLEX_HOOKS
from ._lookups import LOOKUP_HOOKS
from ._numbers import NUMBER_HOOKS
from ._oauth import OAUTH_HOOKS, TokenIssuer, open_route
from ._provisioned import PROVISIONED_HOOKS, Provisioned, provisioned_hooks
from ._store import Record, Scope, Stats, Store
from ._types import (
    DropConnection,
    EmulatorError,
    Incoming,
    Outgoing,
    bad_request,
    not_found,
    unauthorized,
)
from ._verify import VERIFY_HOOKS
from ._wire import PageDoc, Wire, wire_for

logger = logging.getLogger("twilio_async.emulator")

DEFAULT_PAGE_SIZE = 50
MAX_PAGE_SIZE = 1000
_DEFAULT_STATUS = {"create": 201, "delete": 204}
_SERVER_SET = frozenset({"sid", "account_sid", "date_created", "date_updated", "api_version"})


@dataclass
class Principal:
    """Who the request authenticated as: an account (directly or through an API key)."""

    account_sid: str
    username: str


@dataclass
class Ctx:
    """Everything known about one routed request; hooks read and adjust it."""

    engine: Engine
    version: ApiVersion
    res: Resource
    kind: str
    op: OpSpec
    inc: Incoming
    principal: Principal
    account_sid: str
    #: Placeholder values by owning resource id (``"accounts"`` -> ``"AC…"``); ``?Name`` if unowned.
    path: dict[str, str]
    params: dict[str, list[str]]
    json_body: dict[str, Any] | None

    @property
    def key(self) -> str | None:
        """The instance key from the path (instance routes of keyed resources)."""
        return self.path.get(self.res.id) if self.res.key_param else None

    def param(self, name: str) -> str | None:
        got = self.params.get(name)
        return got[-1] if got else None

    def scope(self) -> Scope:
        return self.engine.scope_of(self.res, self.path, self.account_sid)


def _owner_id(res: Resource, name: str) -> str:
    owner = res.owners.get(name)
    return owner.id if owner is not None else "?" + name


class Engine:
    """Serves every catalog resource from an in-memory store."""

    def __init__(
        self,
        *,
        catalog: Catalog | None = None,
        account_sid: str | None = None,
        auth_token: str | None = None,
        faults: Faults | None = None,
        seed: int | None = None,
        status_interval: float | None = 0.5,
        allow_external_callbacks: bool = False,
    ):
        self.catalog = catalog or load_catalog()
        self.rng = random.Random(seed)
        self.store = Store()
        self.stats = Stats()
        self.faults = faults or Faults()
        self.faults.bind(self.rng, self.stats)
        self.hooks: dict[tuple[str, str], Hooks] = {
            **HOOKS,
            **NUMBER_HOOKS,
            **FLEX_HOOKS,
            **PROVISIONED_HOOKS,
            **VERIFY_HOOKS,
            **LOOKUP_HOOKS,
            **CONVERSATION_HOOKS,
            **OAUTH_HOOKS,
        }
        self.store_aliases = STORE_ALIASES
        self.hooks.update(provisioned_hooks(self.catalog, self.hooks, self.store_key))
        for v in self.catalog.versions:
            for res in v.resources.values():
                res.storage.update(FIELD_ALIASES.get((f"{v.domain}/{v.version}", res.id), {}))
        self._seeded: set[tuple[str, Scope]] = set()
        self.credentials: dict[str, tuple[str, str]] = {}  # username -> (secret, account sid)
        #: OAuth: client credentials it knows, and the bearer tokens it issues and accepts.
        self.oauth = TokenIssuer(self.rand_hex())
        self.clock: StatusClock = StatusClock(
            self, status_interval, allow_external=allow_external_callbacks
        )
        self.api = self.catalog.find("api", "v2010")
        accounts = self.api.accounts
        if accounts is None:  # pragma: no cover - the 2010 spec always has accounts
            raise RuntimeError("the api/v2010 catalog has no accounts resource")
        self.accounts = accounts
        self.account_sid = account_sid or "AC" + self.rand_hex()
        self.auth_token = auth_token or self.rand_hex()
        self.insert(
            accounts,
            (),
            {
                "sid": self.account_sid,
                "auth_token": self.auth_token,
                "friendly_name": "Emulator main account",
                "owner_account_sid": self.account_sid,
                "status": "active",
                "type": "Full",
            },
            account_sid=self.account_sid,
            key=self.account_sid,
        )
        self.credentials[self.account_sid] = (self.auth_token, self.account_sid)

    # ------------------------------------------------------------------ helpers

    def rand_hex(self) -> str:
        return f"{self.rng.getrandbits(128):032x}"

    def store_key(self, res: Resource) -> str:
        """Resources of one domain share state across versions (2008 and 2010 calls)."""
        v = res.version
        base = res.base
        rid = self.store_aliases.get((f"{v.domain}/{v.version}", base.id), base.id)
        return f"{v.domain}/{rid}"

    def hooks_for(self, res: Resource) -> Hooks | None:
        """The resource's behaviour hooks; a view without its own uses its base's."""
        name = f"{res.version.domain}/{res.version.version}"
        got = self.hooks.get((name, res.id))
        if got is None and res.home is not None:
            got = self.hooks.get((name, res.home.id))
        return got

    def account_in_path(self, res: Resource) -> bool:
        accounts = res.version.accounts
        return accounts is not None and any(o is accounts for o in res.owners.values())

    def scope_of(self, res: Resource, path: Mapping[str, str], account_sid: str) -> Scope:
        """The bucket an instance lives in: parent placeholder values (plus the account)."""
        if res is res.version.accounts:
            return ()
        vals = [v for owner, v in path.items() if owner != res.id]
        if not self.account_in_path(res):
            vals.insert(0, account_sid)
        return tuple(vals)

    def account(self, sid: str) -> Record | None:
        return self.store.get("api/accounts", (), sid)

    def can_access(self, principal: Principal, account_sid: str) -> bool:
        if account_sid == principal.account_sid:
            return True
        target = self.account(account_sid)
        return target is not None and target.data.get("owner_account_sid") == (
            principal.account_sid
        )

    def auth_token_of(self, account_sid: str) -> str | None:
        rec = self.account(account_sid)
        token = rec.data.get("auth_token") if rec else None
        return token if isinstance(token, str) else None

    # ------------------------------------------------------------------ records

    def insert(
        self,
        res: Resource,
        scope: Scope,
        data: dict[str, Any],
        *,
        account_sid: str,
        path: Mapping[str, str] | None = None,
        key: str | None = None,
        singleton: bool = False,
    ) -> Record:
        """Store a new instance with the server-set fields Twilio fills in.

        ``data`` is keyed by storage names (``res.stored``), as records are.
        """
        stored = res.stored
        key_field = res.stored_key
        if key is None and key_field:
            key = data.get(key_field) or res.new_key(self.rand_hex())
        if key is None:
            key = "" if singleton else self.rand_hex()
        if key_field:
            data[key_field] = key
        full_path = dict(path or {})
        if res.key_param:
            full_path[res.id] = key
        if "sid" in stored and not data.get("sid"):
            parent = parent_key(res, full_path) if singleton else None
            data["sid"] = key if key_field else parent or res.new_key(self.rand_hex())
        if "account_sid" in stored and not data.get("account_sid"):
            data["account_sid"] = account_sid
        for name, owner in res.owners.items():
            f = values.snake(name)
            oid = owner.id if owner is not None else "?" + name
            if owner is not res and f in stored and oid in full_path and not data.get(f):
                data[f] = full_path[oid]
        self.fill_defaults(res, data)
        ts = values.now()
        for f in ("date_created", "date_updated"):
            if f in stored and data.get(f) is None:
                data[f] = ts
        if "api_version" in stored and not data.get("api_version"):
            data["api_version"] = res.version.prefix
        status_type = stored.get("status", "")
        if status_type.startswith("enum:") and data.get("status") is None:
            enum = status_type[5:]
            labels = list(res.version.int_enums.get(enum, {})) or res.version.enums.get(enum, [])
            if labels:
                data["status"] = labels[0].replace("_", "-")
        rec = self.store.add(self.store_key(res), scope, key, data)
        rec.private["path"] = full_path
        self.stats.created[res.id] += 1
        self._provision_children(res, full_path, account_sid)
        return rec

    def _provision_children(self, res: Resource, path: Mapping[str, str], account_sid: str) -> None:
        """A new instance gets its provisioned children (a call's notifications) at once,
        so account-wide views list them before anyone looks under the instance."""
        if res is res.version.accounts:
            return  # an account's own are seeded when first looked at
        for child in res.instance_children:
            hooks = self.hooks_for(child)
            if isinstance(hooks, Provisioned):
                ids = {o.id for o in child.owners.values() if o is not None and o is not child}
                cpath = {k: v for k, v in path.items() if k in ids}
                self.ensure_seeded(child, self.scope_of(child, cpath, account_sid), hooks)

    def fill_defaults(self, res: Resource, data: dict[str, Any]) -> None:
        """Fields Twilio always fills, where nothing set them (see ``values.field_default``)."""
        for name, type_ in res.stored.items():
            if data.get(name) is None:
                got = values.field_default(res, name, type_, data)
                if got is not None:
                    data[name] = got

    def render(
        self, res: Resource, rec: Record, inc: Incoming, fields: Mapping[str, str] | None = None
    ) -> dict[str, Any]:
        """A record as wire data: every declared field, with links and URIs computed."""
        if res.home is not None and not res.key_param:
            res = res.base  # a subtype list shows its base's instances, with their URIs
        path: dict[str, str] = rec.private.get("path", {})
        if res.key_param and path.get(res.id) != rec.key:
            path = {**path, res.id: rec.key}  # seen through an account-wide view
        out: dict[str, Any] = {}
        data = rec.data
        for name, type_ in (fields if fields is not None else res.fields).items():
            if name == "uri" and type_ in ("string", "uri"):
                out[name] = self.instance_uri(res, path)
            elif name == "url" and type_ == "uri":
                uri = self.instance_uri(res, path)
                out[name] = inc.base + uri if uri else None
            elif type_ == "uri-map" and name in ("subresource_uris", "links"):
                out[name] = self.child_uris(res, path, inc.base if name == "links" else "")
            else:
                out[name] = self.field_value(res, type_, data.get(res.sname(name)))
        hooks = self.hooks_for(res)
        if hooks is not None:
            hooks.render(res, rec, out)
        return out

    def field_value(self, res: Resource, type_: str, value: Any) -> Any:
        """A stored value as this version puts it on the wire."""
        if value is None:
            return None
        if type_.startswith("enum:"):
            codes = res.version.int_enums.get(type_[5:])
            if codes is not None:  # integer-coded (API 2008): labels are stored
                if isinstance(value, int) or (isinstance(value, str) and value.isdigit()):
                    return int(value)
                return codes.get(str(value).replace("-", "_"))
        if type_ == "phone-number" and res.version.dialect == "xml-2008":
            text = str(value)  # 2008 shows US numbers as ten bare digits
            return text[2:] if text.startswith("+1") and len(text) == 12 else text
        return values.wire_value(type_, value)

    def instance_uri(self, res: Resource, path: Mapping[str, str]) -> str | None:
        template = res.instance_path if (res.instance_path and res.key_param) else None
        template = template or res.list_path or res.instance_path
        if template is None:
            return None
        return fill(res, template, path)

    def child_uris(self, res: Resource, path: Mapping[str, str], base: str) -> dict[str, str]:
        """``subresource_uris`` (2010, relative) or ``links`` (v1, absolute) of an instance."""
        out: dict[str, str] = {}
        for child in res.instance_children:
            if child.list_path:
                out[child.short_name] = base + fill(child, child.list_path, path)
        return out

    # ------------------------------------------------------------------ serving

    def authenticate(self, inc: Incoming) -> Principal:
        header = inc.headers.get("authorization", "")
        scheme, _, token = header.partition(" ")
        if scheme.lower() == "bearer" and token:
            account_sid, client_id = self.oauth.verify(token.strip())
            principal = Principal(account_sid, client_id)
            rec = self.account(account_sid)
            if rec is None or rec.data.get("status") == "closed":
                raise unauthorized("Authentication Error - account is closed")
            return principal
        if scheme.lower() != "basic" or not token:
            raise unauthorized("Authentication Error - No credentials provided")
        try:
            username, sep, password = base64.b64decode(token, validate=True).decode().partition(":")
        except (binascii.Error, UnicodeDecodeError):
            raise unauthorized("Authentication Error - invalid username") from None
        known = self.credentials.get(username)
        if not sep or known is None or not secrets.compare_digest(known[0], password):
            raise unauthorized("Authentication Error - invalid username")
        rec = self.account(known[1])
        if rec is None or rec.data.get("status") == "closed":
            raise unauthorized("Authentication Error - account is closed")
        return Principal(known[1], username)

    async def serve(self, inc: Incoming) -> Outgoing:
        """Answer one request; raises ``DropConnection`` when a fault drops it."""
        self.stats.requests += 1
        version = self.version_of(inc)
        wire = wire_for(version.dialect if version is not None else "json-2010")
        try:
            if version is not None and open_route(version, inc.segments):
                # The OAuth token endpoint: the client credentials are in the body.
                principal = Principal(self.account_sid, "")
            else:
                principal = self.authenticate(inc)
            async with self.faults.admit(principal.account_sid):
                await self.faults.delay()
                self.faults.before_processing()
                out = await self.dispatch(version, inc, principal, wire)
                self.faults.after_processing()
        except EmulatorError as err:
            out = self.error(wire, err)
        except DropConnection:
            raise
        except Exception:  # never a stack trace on the wire
            logger.exception("emulator failed on %s %s", inc.method, inc.path)
            out = self.error(wire, EmulatorError(500, 20500, "Internal Server Error"))
        self.stats.responses[out.status] += 1
        out.headers.setdefault("Twilio-Request-Id", "RQ" + self.rand_hex())
        return out

    def version_of(self, inc: Incoming) -> ApiVersion | None:
        if inc.domain is None or not inc.segments:
            return None
        return self.catalog.version(inc.domain, inc.segments[0])

    def error(self, wire: Wire, err: EmulatorError) -> Outgoing:
        return Outgoing(err.doc.status, wire.error(err.doc), wire.media_type, dict(err.headers))

    async def dispatch(
        self, version: ApiVersion | None, inc: Incoming, principal: Principal, wire: Wire
    ) -> Outgoing:
        if version is None:
            raise not_found(inc.path)
        method = inc.method.upper()
        override = _first(inc.query, "_method") or (
            _first(inc.form, "_method") if method == "POST" else None
        )
        if override and method == "POST":
            method = override.upper()
        matched = version.match(inc.segments)
        if matched is None:
            raise not_found(inc.path)
        route, vals = matched
        res = route.resource
        names = [s.name for s in route.segments if s.literal is None]
        path: dict[str, str] = {}
        for name, val in zip(names, vals, strict=True):
            owner = res.owners.get(name)
            if owner is not None and owner.key_pattern and not owner.key_pattern.fullmatch(val):
                raise not_found(inc.path)  # Twilio answers a malformed SID with 404
            path[_owner_id(res, name)] = val
        op = self._operation(route, method)
        account_sid = self._account_for(res, path, principal, inc)
        self._resolve_aliases(res, path, account_sid)
        params, json_body = self._params(op, inc)
        ctx = Ctx(
            self, version, res, route.kind, op, inc, principal, account_sid, path, params, json_body
        )
        if res.action is not None:
            return self._act(ctx, res.action, wire)
        hooks = self.hooks_for(res)
        if hooks is not None:
            hooks.resolve(ctx)
        self.check_ancestors(res, ctx.path, account_sid, inc)
        if op.verb == "list":
            return self._list(ctx, hooks, wire)
        if op.verb == "create":
            return await self._create(ctx, hooks, wire)
        if op.verb == "delete":
            return self._delete(ctx, hooks)
        if op.verb == "update":
            return self._update(ctx, hooks, wire)
        return self._fetch(ctx, hooks, wire)

    def _resolve_aliases(self, res: Resource, path: dict[str, str], account_sid: str) -> None:
        """Path values that name an instance another way (``unique_name``) become its key."""
        for owner in dict.fromkeys(res.owners.values()):
            if owner is None or owner.id not in path:
                continue
            hooks = self.hooks_for(owner)
            if hooks is None:
                continue
            ids = {o.id for o in owner.owners.values() if o is not None and o is not owner}
            scope = self.scope_of(owner, {k: v for k, v in path.items() if k in ids}, account_sid)
            got = hooks.alias(self, owner, scope, path[owner.id])
            if got is not None:
                path[owner.id] = got

    def check_ancestors(
        self, res: Resource, path: Mapping[str, str], account_sid: str, inc: Incoming
    ) -> None:
        """404 unless every instance the path passes through exists (accounts are checked
        by ``_account_for``): ``/Recordings/RE…/AddOnResults/XR…/Payloads`` needs both."""
        for owner in dict.fromkeys(res.owners.values()):
            if owner is None or owner is res or owner is res.version.accounts:
                continue
            key = path.get(owner.id)
            # a fetch-only owner is answered from its key, so any key exists; a namespace
            # with no operations (voice's Archives/{Date}) has no records to find
            if key is None or not owner.key_param or not owner.operations or synthesized(owner):
                continue
            ids = {o.id for o in owner.owners.values() if o is not None and o is not owner}
            scope = self.scope_of(owner, {k: v for k, v in path.items() if k in ids}, account_sid)
            hooks = self.hooks_for(owner)
            self.ensure_seeded(owner, scope, hooks)
            find = self.store.find_under if owner.wide else self.store.get
            rec = find(self.store_key(owner), scope, key)
            if rec is None or not all(rec.data.get(k) == v for k, v in owner.where.items()):
                raise not_found(inc.path)

    def _operation(self, route: Route, method: str) -> OpSpec:
        ops = route.resource.ops_on(route.kind)
        if not ops:
            raise not_found("/" + "/".join(s.literal or s.name for s in route.segments))
        # An operation declared with the method wins; else PUT stands for POST, HEAD for GET.
        for wanted in (method, {"PUT": "POST", "HEAD": "GET"}.get(method, method)):
            for op in ops.values():
                if op.method == wanted:
                    return op
        allow = ", ".join(sorted({op.method for op in ops.values()}))
        raise EmulatorError(405, 20004, "Method not allowed", headers={"Allow": allow})

    def _account_for(
        self, res: Resource, path: Mapping[str, str], principal: Principal, inc: Incoming
    ) -> str:
        accounts = res.version.accounts
        sid = path.get(accounts.id) if accounts is not None else None
        if sid is None:
            return principal.account_sid
        if self.account(sid) is None:
            raise not_found(inc.path)
        if not self.can_access(principal, sid):
            raise unauthorized()
        return sid

    def _params(
        self, op: OpSpec, inc: Incoming
    ) -> tuple[dict[str, list[str]], dict[str, Any] | None]:
        params: dict[str, list[str]] = {}
        sources = list(inc.query)
        if op.method != "GET" and op.body != "json":
            sources += inc.form
        for k, v in sources:
            if k != "_method":
                params.setdefault(k, []).append(v)
        for p in op.params:
            if p.location == "header":
                got = inc.headers.get(p.name.lower())
                if got is not None:
                    params[p.name] = [got]
        body = inc.json_body if isinstance(inc.json_body, dict) else None
        return params, body

    def _check_params(self, ctx: Ctx) -> None:
        op = ctx.op
        where = (
            "in the post body" if op.method in ("POST", "PUT", "PATCH") else "in the query string"
        )
        for p in op.params:
            if p.location == "json":
                continue
            if p.required and not any(ctx.params.get(p.name, ())):
                raise bad_request(20001, f"Missing required parameter {p.name} {where}")
            for v in ctx.params.get(p.name, ()):
                if not values.check_param(p.type, v, ctx.version.enums):
                    raise bad_request(20001, f"Invalid {p.name}: {v[:64]!r}")
        for group in op.one_of:
            if not any(any(ctx.params.get(name, ())) for name in group):
                raise bad_request(20001, f"Missing required parameter {' or '.join(group)} {where}")
        needs_body = any(p.required and p.location == "json" for p in op.params)
        if needs_body and ctx.json_body is None:
            raise bad_request(20001, "Missing required JSON body")

    def _apply_params(
        self, ctx: Ctx, data: dict[str, Any], current: Mapping[str, Any] | None = None
    ) -> None:
        """Parameters that name a field (``FriendlyName`` -> ``friendly_name``) set it."""
        res = ctx.res
        # A key the client chooses (a safelisted number, an entity's identity) is set on
        # create; a SID never is.
        chosen = ctx.op.verb == "create" and res.key_pattern is None and res.key_field != "sid"
        for p in ctx.op.params:
            if p.location in ("header", "json"):
                continue
            got = ctx.params.get(p.name)
            f = res.field_for(p.name)
            if got is not None and f is None and "." in p.name:
                _set_nested(res, data, p.name, got[-1], current or {})
                continue
            if got is not None and f is not None and (f != res.key_field or chosen):
                name = res.sname(f)
                if name not in _SERVER_SET:
                    data[name] = values.to_field(res.fields[f], got)
        if ctx.json_body is not None:
            for k, v in ctx.json_body.items():
                f = res.field_for(k)
                if f is not None and f != res.key_field and res.sname(f) not in _SERVER_SET:
                    data[res.sname(f)] = values.json_to_field(res.fields[f], v)

    def _respond(
        self,
        ctx: Ctx,
        rec: Record,
        wire: Wire,
        status: int,
        fields: Mapping[str, str] | None = None,
    ) -> Outgoing:
        item_key = ctx.op.returns if fields is not None else ctx.res.item_key
        body = wire.instance(item_key, self.render(ctx.res, rec, ctx.inc, fields))
        return Outgoing(status, body, wire.media_type)

    def _status(self, op: OpSpec) -> int:
        return op.status or _DEFAULT_STATUS.get(op.verb, 200)

    async def _create(self, ctx: Ctx, hooks: Hooks | None, wire: Wire) -> Outgoing:
        if hooks is not None:
            hooks.validate(ctx)
        self._check_params(ctx)
        data: dict[str, Any] = {}
        self._apply_params(ctx, data)
        data.update(ctx.res.where)  # a subtype list creates its base's instances
        if hooks is not None:
            hooks.create(ctx, data)
        singleton = ctx.kind == "instance" and not ctx.res.key_param
        rec = self.insert(
            ctx.res.base if ctx.res.where else ctx.res,
            ctx.scope(),
            data,
            account_sid=ctx.account_sid,
            path=ctx.path,
            key=ctx.key if ctx.kind == "instance" else None,  # made at its own URL
            singleton=singleton,
        )
        if hooks is not None:
            hooks.created(ctx, rec)
        fields = ctx.res.models.get(ctx.op.returns or "") if ctx.op.returns else None
        return self._respond(ctx, rec, wire, self._status(ctx.op), fields)

    def _lookup(self, ctx: Ctx, hooks: Hooks | None) -> Record:
        key = ctx.key
        skey = self.store_key(ctx.res)
        self.ensure_seeded(ctx.res, ctx.scope(), hooks)
        if ctx.res.wide and key is not None:
            rec = self.store.find_under(skey, ctx.scope(), key)
        else:
            rec = self.store.get(skey, ctx.scope(), key if key is not None else "")
        if rec is None and key is None and ctx.op.verb in ("fetch", "update"):
            # A singleton (Balance, Configuration) exists from the start.
            data: dict[str, Any] = {}
            if hooks is not None:
                hooks.defaults(ctx, data)
            rec = self.insert(
                ctx.res,
                ctx.scope(),
                data,
                account_sid=ctx.account_sid,
                path=ctx.path,
                singleton=True,
            )
        if rec is None and key is not None and synthesized(ctx.res):
            rec = self._synthesize(ctx, hooks, key)
        if rec is None or (hooks is not None and not hooks.visible(ctx, rec)):
            raise not_found(ctx.inc.path)
        return rec

    def _synthesize(self, ctx: Ctx, hooks: Hooks | None, key: str) -> Record:
        """A fetch-only instance, answered from its key and the query (never stored).

        A resource nobody can create or list (``/v1/PhoneNumbers/{PhoneNumber}``) is
        a question about its key: the answer is built per request, by the resource's
        ``synthesize`` hook where it has one (which may refuse with 404).
        """
        res = ctx.res
        data: dict[str, Any] = {}
        if res.stored_key:
            data[res.stored_key] = key
        if hooks is not None:
            hooks.synthesize(ctx, data)
        self.fill_defaults(res, data)
        if "account_sid" in res.stored and not data.get("account_sid"):
            data["account_sid"] = ctx.account_sid
        if res.stored_key and data.get(res.stored_key):
            key = str(data[res.stored_key])  # normalized by the hook (``+1…`` for a number)
        rec = Record(self.store_key(res), ctx.scope(), key, 0, data)
        rec.private["path"] = {**ctx.path, res.id: key}
        return rec

    def ensure_seeded(self, res: Resource, scope: Scope, hooks: Hooks | None) -> None:
        """Create the instances that exist before anyone makes them (an inventory), once."""
        if hooks is None:
            return
        skey = self.store_key(res)
        if (skey, scope) in self._seeded:
            return
        self._seeded.add((skey, scope))
        account_sid = scope[0] if scope else self.account_sid
        path = self._path_of(res, scope)
        for i, data in enumerate(hooks.seed(self, res, scope)):
            # keyless seeds get a position as key: seeding draws nothing from the SID generator
            key = None if res.key_field else f"{i:06d}"
            self.insert(res, scope, data, account_sid=account_sid, path=path, key=key)

    def _path_of(self, res: Resource, scope: Scope) -> dict[str, str]:
        """Path values (by owning resource id) for a scope of ``res`` (its list path's)."""
        names = [s.name for s in parse_path(res.list_path or "") if s.literal is None]
        vals = list(scope) if self.account_in_path(res) else list(scope[1:])
        return {_owner_id(res, n): v for n, v in zip(names, vals, strict=False)}

    def _act(self, ctx: Ctx, action: Action, wire: Wire) -> Outgoing:
        """An action endpoint: change the target instance the path names, answer with it."""
        self._check_params(ctx)
        target = action.target
        names = [s.name for s in parse_path(target.instance_path or "") if s.literal is None]
        vals = list(ctx.path.values())  # in path order, the target's placeholders first
        tpath = {_owner_id(target, n): v for n, v in zip(names, vals, strict=False)}
        scope = self.scope_of(target, tpath, ctx.account_sid)
        skey, key = self.store_key(target), tpath.get(target.id, "")
        find = self.store.find_under if target.wide else self.store.get
        rec = find(skey, scope, key)
        if rec is None:
            raise not_found(ctx.inc.path)
        rec.data.update(action.sets)
        if "date_updated" in target.stored:
            rec.data["date_updated"] = values.now()
        self.stats.updated[target.id] += 1
        body = self.render(target, rec, ctx.inc, ctx.res.fields)
        return Outgoing(self._status(ctx.op), wire.instance(target.item_key, body), wire.media_type)

    def _fetch(self, ctx: Ctx, hooks: Hooks | None, wire: Wire) -> Outgoing:
        self._check_params(ctx)
        rec = self._lookup(ctx, hooks)
        return self._respond(ctx, rec, wire, self._status(ctx.op))

    def _update(self, ctx: Ctx, hooks: Hooks | None, wire: Wire) -> Outgoing:
        self._check_params(ctx)
        rec = self._lookup(ctx, hooks)
        changes: dict[str, Any] = {}
        self._apply_params(ctx, changes, rec.data)
        if hooks is not None:
            hooks.update(ctx, rec, changes)
        rec.data.update(changes)
        if "date_updated" in ctx.res.stored:
            rec.data["date_updated"] = values.now()
        self.stats.updated[ctx.res.id] += 1
        return self._respond(ctx, rec, wire, self._status(ctx.op))

    def _delete(self, ctx: Ctx, hooks: Hooks | None) -> Outgoing:
        rec = self._lookup(ctx, hooks)
        if hooks is not None:
            hooks.delete(ctx, rec)
        self.store.remove(rec.resource, rec.scope, rec.key)
        self.stats.deleted[ctx.res.id] += 1
        return Outgoing(self._status(ctx.op), b"", None)

    def _list(self, ctx: Ctx, hooks: Hooks | None, wire: Wire) -> Outgoing:
        self._check_params(ctx)
        legacy = ctx.version.dialect == "xml-2008"
        size_param = "num" if legacy else "PageSize"  # API 2008 pages with num & Page
        token_param = "PageToken"
        if ctx.op.paging is not None:  # the list names its own (numbers v1: Size, Token)
            size_param, token_param = ctx.op.paging
        paging = {size_param, "Page", token_param, "_method"}
        size = _int_param(ctx, size_param, DEFAULT_PAGE_SIZE)
        if not 1 <= size <= MAX_PAGE_SIZE:
            raise bad_request(
                20001, f"{size_param} must be between 1 and {MAX_PAGE_SIZE}, got {size}"
            )
        page = _int_param(ctx, "Page", 0)
        if page < 0:
            raise bad_request(20001, f"Page must be 0 or greater, got {page}")
        token = None if legacy else ctx.param(token_param)
        skey = self.store_key(ctx.res)
        scope = ctx.scope()
        self.ensure_seeded(ctx.res, scope, hooks)
        wide = ctx.res.wide
        found = (self.store.newest_first_under if wide else self.store.newest_first)(skey, scope)
        where = ctx.res.where
        items = [
            r
            for r in found
            if all(r.data.get(k) == v for k, v in where.items())
            and self._matches(ctx, r)
            and (hooks is None or hooks.listed(ctx, r))
        ]
        if token:
            direction, tkey = token[:2], token[2:]
            tseq = (self.store.seq_under if wide else self.store.seq_of)(skey, scope, tkey)
            if direction not in ("PA", "PB") or tseq is None:
                raise bad_request(21481, f"Invalid {token_param}: {token[:64]!r}")
            if direction == "PA":  # the page after the item named: skip it and everything newer
                start = sum(1 for r in items if r.seq >= tseq)
            else:  # the page before the item named: the `size` items just newer than it
                start = max(0, sum(1 for r in items if r.seq > tseq) - size)
            if ctx.param("Page") is None:
                page = start // size
        else:
            start = page * size
        window = items[start : start + size]
        filters = [(k, v) for k, v in ctx.inc.query if k not in paging]
        path = ctx.inc.path

        def uri(number: int, tok: str | None) -> str:
            q = [*filters, (size_param, str(size)), ("Page", str(number))]
            if legacy:
                q = [*filters, ("Page", str(number)), (size_param, str(size))]
            if tok and not legacy:
                q.append((token_param, tok))
            return path + "?" + urlencode(q)

        has_next = start + len(window) < len(items)
        next_token = "PA" + window[-1].key if has_next and window else None
        prev_token = "PB" + window[0].key if page > 0 and window else None
        next_uri = uri(page + 1, next_token) if next_token else None
        prev_uri = uri(page - 1, prev_token) if prev_token else None
        if page > 0 and not window:
            prev_uri = uri(page - 1, None)
        last = max(0, -(-len(items) // size) - 1)
        rendered = [self.render(ctx.res, r, ctx.inc) for r in window]
        doc = PageDoc(
            list_key=ctx.res.list_key or ctx.res.short_name,
            item_key=ctx.res.item_key,
            items=rendered,
            page=page,
            page_size=size,
            start=start,
            end=start + max(len(window), 1) - 1,
            total=len(items),
            uri=uri(page, token),
            first_page_uri=uri(0, None),
            next_page_uri=next_uri,
            previous_page_uri=prev_uri,
            last_page_uri=uri(last, None),
            base=ctx.inc.base,
            next_token=next_token,
            previous_token=prev_token,
        )
        return Outgoing(200, wire.page(doc), wire.media_type)

    def _matches(self, ctx: Ctx, rec: Record) -> bool:
        """The list filters the spec declares: equality, and ``<``/``>`` on dates (inclusive)."""
        res = ctx.res
        for p in ctx.op.params:
            got = ctx.params.get(p.name)
            if not got or p.location != "query":
                continue
            f = res.field_for(p.name)
            if f is None:
                continue
            op = p.name[-1] if p.name[-1] in "<>" else ""
            ftype = res.fields[f]
            stored = rec.data.get(res.sname(f))
            if p.type in ("datetime", "date") or ftype.startswith(("datetime", "date")):
                if not values.date_matches(stored, op, got[-1]):
                    return False
            elif not values.loose_equal(self.field_value(res, ftype, stored), got[-1]):
                return False
        return True

    async def aclose(self) -> None:
        await self.clock.aclose()


def _set_nested(
    res: Resource, data: dict[str, Any], name: str, value: str, before: Mapping[str, Any]
) -> None:
    """A dotted parameter sets a key of an object field: ``MessagingBinding.Address``
    -> ``messaging_binding["address"]``, ``Bindings.Email.Address`` -> two levels down."""
    head, *rest = name.split(".")
    f = res.field_for(head)
    if f is None or res.fields[f] != "object" or res.sname(f) in _SERVER_SET:
        return
    current = data.get(res.sname(f), before.get(res.sname(f)))
    node: dict[str, Any] = dict(current) if isinstance(current, dict) else {}
    data[res.sname(f)] = node
    for part in rest[:-1]:
        child = node.get(values.snake(part))
        node[values.snake(part)] = child = dict(child) if isinstance(child, dict) else {}
        node = child
    node[values.snake(rest[-1])] = value


def parent_key(res: Resource, path: Mapping[str, str]) -> str | None:
    """The key of the instance a singleton hangs off (``/Flows/{Sid}/TestUsers``: the flow's),
    which Twilio answers as the singleton's ``sid``; ``None`` under an account or at the root."""
    names = [
        s.name for s in parse_path(res.instance_path or res.list_path or "") if s.literal is None
    ]
    if not names:
        return None
    owner = res.owners.get(names[-1])
    if owner is None or owner is res or owner is res.version.accounts:
        return None
    return path.get(owner.id)


def synthesized(res: Resource) -> bool:
    """Whether instances are answered from their key: fetch, and neither create nor list."""
    ops = res.operations
    return bool(res.key_param) and "fetch" in ops and "create" not in ops and "list" not in ops


def fill(res: Resource, template: str, path: Mapping[str, str]) -> str:
    """Fill a path template's placeholders from values keyed by owning resource id."""
    out = template
    for name, owner in res.owners.items():
        oid = owner.id if owner is not None else "?" + name
        val = path.get(oid)
        if val is not None:
            out = out.replace("{" + name + "}", quote(val, safe="@:+,;="))
    return out


def _first(pairs: list[tuple[str, str]], name: str) -> str | None:
    for k, v in pairs:
        if k == name:
            return v
    return None


def _int_param(ctx: Ctx, name: str, default: int) -> int:
    raw = ctx.param(name)
    if raw is None or raw == "":
        return default
    try:
        return int(raw)
    except ValueError:
        raise bad_request(20001, f"Invalid {name}: {raw[:32]!r}") from None
