"""Why an item is missing, where the cause can be read off both SDKs (for ``--suggest``).

A keyword twilio-python sends under a wire name the spec of this SDK does not
declare for that operation is spec drift: twilio-python 9.13 was generated from a
newer spec than the published one in ``specs/``. The suggestion is printed as a
``tolerated.yaml`` entry for a human to review; nothing is tolerated by this module.
"""

from __future__ import annotations

import inspect
from typing import Any

from tests.compat._compare import Comparison, Item
from tests.compat._theirs import surface
from tests.emulator.crosscheck._mapping import _args_of
from twilio_async._resource import Method


def _wire_of(their_obj: Any, verb: str, keyword: str) -> str | None:
    builder = verb if verb in ("create", "fetch", "update", "delete", "list", "page") else None
    if builder is None:
        return None
    key = "list" if builder == "page" else builder
    cls: Any = type(their_obj)
    for wire, arg in _args_of(cls, key).items():
        if arg.keyword == keyword:
            return wire
    return None


def suggestions(comparison: Comparison) -> list[str]:
    """YAML entries for missing keywords that are spec drift, with their reasons."""
    chains = {c.spelled(): c for c in surface()}
    out: list[str] = []
    for item in comparison.first_missing():
        if item.kind != "keywords":
            continue
        line = _suggest(comparison, chains, item)
        if line:
            out.append(line)
    return out


def _suggest(comparison: Comparison, chains: dict[str, Any], item: Item) -> str | None:
    head, _, kw = item.spelled.rpartition("(")
    keyword = kw.removesuffix("=)")
    chain_spelled, _, verb = head.rpartition(".")
    chain = chains.get(chain_spelled)
    ours = comparison._objects.get(chain_spelled)
    if chain is None or ours is None:
        return None
    wire = _wire_of(chain.obj, verb, keyword)
    method = inspect.getattr_static(type(ours), verb, None)
    if wire is None or not isinstance(method, Method):
        return None
    if any(p.wire == wire for p in method.op.params):
        return None
    return (
        f"- item: {item.spelled!r}\n  reason: twilio-python 9.13 sends {wire}, which the "
        f"published OpenAPI spec does not declare for {method.op.method} {method.op.path}"
    )
