"""twilio-python 9.13's public call surface, walked from a ``Client`` with dummy credentials.

Nothing is listed by hand: from ``twilio.rest.Client`` every public property that
yields a domain, a version, a list or a context is followed, and every ``__call__``
of a list is called with ``"{}"`` for each of its arguments (no request is sent).
Each object reached is a *chain*; the public methods its generated class defines
are its *verbs*, and their parameter names its *keywords*.

Two twilio-python spellings are folded before comparing: ``<verb>_async`` is the
same call as ``<verb>`` (every call is a coroutine here, so porting is adding
``await``), and the forwards of a domain or the client (``client.flex_api.plugins``,
``client.messages``) are recorded as chains without walking their subtree again
(it is the subtree of the spelled-out version path, walked once).
"""

from __future__ import annotations

import inspect
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from twilio.base.domain import Domain
from twilio.base.instance_context import InstanceContext
from twilio.base.list_resource import ListResource
from twilio.base.version import Version
from twilio.rest import Client

from tests.emulator.crosscheck._mapping import Step

#: Parameters of a verb that are not keywords a caller passes.
_NOT_KEYWORDS = frozenset({"self"})


@dataclass(frozen=True)
class Verb:
    """One public method of a twilio-python list or context, with its keyword names."""

    name: str
    keywords: tuple[str, ...]


@dataclass
class Chain:
    """One object reached from the client: its accessor steps and what it offers."""

    domain: str  # the client attribute of its domain (``flex_api``)
    version: str | None  # the version attribute (``v1``); None for a domain or client forward
    steps: tuple[Step, ...]
    verbs: list[Verb] = field(default_factory=list)
    forward: bool = False  # a domain or client shortcut: its subtree is walked elsewhere
    obj: Any = field(default=None, repr=False, compare=False)  # twilio-python's object

    def spelled(self) -> str:
        """The chain as code: ``client.flex_api.v1.plugins(…).plugin_versions``."""
        return "client" + "".join(str(s) for s in self.steps)


def client() -> Client:
    """A twilio-python client that never sends anything (dummy credentials)."""
    return Client("AC" + "0" * 32, "dummy-token")


def _properties(obj: Any) -> Iterator[tuple[str, Any]]:
    """Public properties of ``obj``'s class and their values (failures skipped)."""
    for name, attr in inspect.getmembers(type(obj)):
        if name.startswith("_") or not isinstance(attr, property):
            continue
        try:
            with warnings.catch_warnings():  # domain forwards warn that they are deprecated
                warnings.simplefilter("ignore", DeprecationWarning)
                value = getattr(obj, name)
        except Exception:  # a property that needs state a dummy client lacks
            continue
        yield name, value


def _verbs(obj: Any) -> list[Verb]:
    """The public methods twilio-python generated for ``obj``'s class, ``_async`` folded."""
    out: dict[str, Verb] = {}
    for name, fn in inspect.getmembers(type(obj), inspect.isfunction):
        if name.startswith("_") or not fn.__module__.startswith("twilio.rest."):
            continue
        base = name.removesuffix("_async")
        params = inspect.signature(fn).parameters
        keywords = tuple(p for p in params if p not in _NOT_KEYWORDS)
        if base not in out or base == name:
            out[base] = Verb(base, keywords)
    return sorted(out.values(), key=lambda v: v.name)


def _call_arity(obj: Any) -> int | None:
    call = type(obj).__dict__.get("__call__")
    if call is None:
        return None
    return len(inspect.signature(call).parameters) - 1


def _walk_node(
    domain: str, version: str, steps: tuple[Step, ...], obj: Any, out: list[Chain]
) -> None:
    out.append(Chain(domain, version, steps, _verbs(obj), obj=obj))
    for name, child in _properties(obj):
        if isinstance(child, (ListResource, InstanceContext)):
            _walk_node(domain, version, (*steps, Step(name=name)), child, out)
    arity = _call_arity(obj) if isinstance(obj, ListResource) else None
    if arity is not None:
        try:
            ctx = obj(*(["{}"] * arity))
        except Exception:
            return
        if isinstance(ctx, (ListResource, InstanceContext)):
            _walk_node(domain, version, (*steps, Step(arity=arity)), ctx, out)


@cache
def surface() -> tuple[Chain, ...]:
    """Every chain of twilio-python's public surface, in walk order."""
    out: list[Chain] = []
    c = client()
    for dname, dom in _properties(c):
        if isinstance(dom, (ListResource, InstanceContext)):  # ``client.messages``
            owner = next((vn for vn, v in _properties(c.api) if dom._version is v), None)
            out.append(Chain("api", owner, (Step(name=dname),), forward=True))
            continue
        if not isinstance(dom, Domain):
            continue
        dstep = Step(name=dname)
        out.append(Chain(dname, None, (dstep,)))
        members = list(_properties(dom))
        versions = {n: v for n, v in members if isinstance(v, Version)}
        for vname, ver in versions.items():
            _walk_version(dname, vname, dstep, ver, out)
        for name, value in members:
            if isinstance(value, (ListResource, InstanceContext)):
                # A forward to the version whose same-named attribute it returns.
                owner = next(
                    (vn for vn, v in versions.items() if value._version is v),
                    None,
                )
                out.append(Chain(dname, owner, (dstep, Step(name=name)), forward=True))
    return tuple(out)


def _walk_version(dname: str, vname: str, dstep: Step, ver: Version, out: list[Chain]) -> None:
    steps = (dstep, Step(name=vname))
    out.append(Chain(dname, vname, steps))
    for name, child in _properties(ver):
        if not isinstance(child, (ListResource, InstanceContext)):
            continue
        if name == "account" and isinstance(child, InstanceContext):
            # ``api.v2010.account``: the same objects as ``accounts(<own sid>)``
            out.append(Chain(dname, vname, (*steps, Step(name=name)), forward=True))
            continue
        _walk_node(dname, vname, (*steps, Step(name=name)), child, out)


def hosts() -> dict[tuple[str, str], str]:
    """(domain attribute, version attribute) -> host label (``flex-api``) and version path."""
    out: dict[tuple[str, str], str] = {}
    c = client()
    for dname, dom in _properties(c):
        if not isinstance(dom, Domain):
            continue
        label = str(dom.base_url).removeprefix("https://").split(".", 1)[0]
        for vname, ver in _properties(dom):
            if isinstance(ver, Version):
                out[(dname, vname)] = f"{label}/{ver.version}"
    return out
