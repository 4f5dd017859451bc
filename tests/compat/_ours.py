"""The same chains, verbs and keywords looked up in twilio_async, by introspection only.

A ``Client`` with dummy credentials gives the domains and versions; below them
lists and contexts are built straight from their classes (``Child``/``Root``
descriptors, a keyed list's context class), so no path value is validated and
nothing is sent. An attribute counts only if the class declares it (what a type
checker sees), not if a ``__getattr__`` would answer it at run time.
"""

from __future__ import annotations

import inspect
from typing import Any

from tests.emulator.crosscheck._mapping import Step
from twilio_async import Client
from twilio_async._resource import (
    Child,
    InstanceContext,
    KeyedList,
    ListResource,
    Method,
    Mounted,
    SingletonList,
    declared,
)

#: Placeholder path value for contexts built here (never validated, never sent).
_DUMMY = "XX" + "0" * 32


def client() -> Client:
    """A twilio_async client that never sends anything (dummy credentials)."""
    return Client("AC" + "0" * 32, "dummy-token")


def _resources(c: Client) -> Any:
    """The object that holds the client's domains and shortcuts (built on first use)."""
    c.api  # noqa: B018 - any generated name builds it
    return c.__dict__["_resources"]


def start(c: Client) -> Any:
    """Where every chain starts: the client's generated resources."""
    return _resources(c)


def step(obj: Any, s: Step) -> Any | None:
    """``obj`` followed by one accessor step, or None when this SDK lacks it."""
    if s.name is not None:
        return _attribute(obj, s.name)
    return _call(obj, s.arity)


def _attribute(obj: Any, name: str) -> Any | None:
    attr = inspect.getattr_static(type(obj), name, None)
    if attr is None:
        return None
    if isinstance(attr, Child) and isinstance(obj, (ListResource, InstanceContext)):
        return attr.list_class()(obj._version, obj._path_params)
    try:
        return getattr(obj, name)
    except Exception:  # e.g. a method: not an accessor
        return None


def _call(obj: Any, arity: int) -> Any | None:
    if isinstance(obj, Mounted):
        if arity != len(obj._keys):
            return None
        params = tuple([_DUMMY] * arity)  # built as Mounted builds it, without validating
        cls = obj._list_class
        if issubclass(cls, KeyedList):
            return cls._context_class(obj._version, params, cls(obj._version, params[:-1]))
        return cls._context_class(obj._version, params, cls(obj._version, params))
    if isinstance(obj, KeyedList):
        if arity != 1:
            return None
        params = (*obj._path_params, _DUMMY)
        return type(obj)._context_class(obj._version, params, obj)
    if isinstance(obj, SingletonList):
        if arity != 0:
            return None
        return type(obj)._context_class(obj._version, obj._path_params, obj)
    return None


def verb_keywords(obj: Any, verb: str) -> frozenset[str] | None:
    """The keyword names ``obj.<verb>`` takes, or None when it has no such verb."""
    if isinstance(obj, Mounted):
        return frozenset(obj._keys) if verb == "get" else None
    if not isinstance(obj, (ListResource, InstanceContext)):
        return None
    attr = inspect.getattr_static(type(obj), verb, None)
    if isinstance(attr, Method):
        spec = declared(attr._args)
        return spec.names | frozenset(getattr(spec, "aliases", ()))
    if verb in ("get", "__call__") and isinstance(obj, (KeyedList, SingletonList)):
        return frozenset(_key_names(obj))
    return None


def _key_names(obj: Any) -> tuple[str, ...]:
    if isinstance(obj, KeyedList):
        return (type(obj)._key[1],)
    return ()
