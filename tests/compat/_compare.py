"""twilio-python's surface against twilio_async: every item present, tolerated or missing.

An *item* is a chain (``client.flex_api.v1.plugins(…).plugin_versions``), a verb on
it (``….create``) or a keyword of a verb (``….create(resource_version=)``). A
twilio-python domain version is *expected* here when ``specs/`` has a spec serving
its host and version path (``flex-api/v1``); items of the others are counted as
``no spec`` unless the tolerated list says no OpenAPI spec is published for them.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Literal

import yaml

from tests.compat import _ours, _theirs
from tests.compat._theirs import Chain

ROOT = Path(__file__).resolve().parents[2]
SPECS = ROOT / "specs"
TOLERATED = Path(__file__).with_name("tolerated.yaml")
#: ``.create_with_http_info`` (a verb, or a verb before its ``(keyword=)``).
_HTTP_INFO_VERB = re.compile(r"\.(\w+)_with_http_info(?=\(|$)")

Status = Literal["present", "tolerated", "missing", "no spec"]
Kind = Literal["chains", "verbs", "keywords"]
KINDS: tuple[Kind, ...] = ("chains", "verbs", "keywords")


@dataclass(frozen=True)
class Item:
    """One compared item and what became of it."""

    domain: str
    kind: Kind
    spelled: str
    status: Status
    reason: str = ""


@dataclass(frozen=True)
class Tolerated:
    """The tolerated-divergence list, read from ``tolerated.yaml``."""

    items: dict[str, str]  # an exact item: it and everything under it
    verbs: dict[str, str]  # a twilio-python method name, wherever it appears
    versions: dict[str, str]  # "<domain>.<version>" with no published OpenAPI spec


def load_tolerated(path: Path = TOLERATED) -> Tolerated:
    """Read and check the tolerated list: each entry names one thing and gives a reason."""
    entries = yaml.safe_load(path.read_text()) or []
    items: dict[str, str] = {}
    verbs: dict[str, str] = {}
    versions: dict[str, str] = {}
    for n, entry in enumerate(entries):
        keys = set(entry) - {"reason"}
        reason = str(entry.get("reason", "")).strip()
        if len(keys) != 1 or not reason:
            raise ValueError(
                f"{path.name} entry {n}: expected one of item/verb/version and a reason, "
                f"got {sorted(entry)}"
            )
        (key,) = keys
        value = str(entry[key])
        if "*" in value:
            raise ValueError(f"{path.name} entry {n}: no wildcards ({value!r})")
        target = {"item": items, "verb": verbs, "version": versions}.get(key)
        if target is None:
            raise ValueError(f"{path.name} entry {n}: unknown key {key!r}")
        if value in target:
            raise ValueError(f"{path.name} entry {n}: {value!r} listed twice")
        target[value] = reason
    return Tolerated(items, verbs, versions)


def spec_keys_of(file: Path) -> frozenset[str]:
    """``host/first-path-segment`` of every path of one REST spec (empty for others)."""
    data = yaml.safe_load(file.read_text())
    if not isinstance(data, dict) or "resources" not in data:
        return frozenset()
    out: set[str] = set()
    for res in data["resources"].values():
        for key in ("list_path", "instance_path"):
            path = res.get(key)
            if path:
                out.add(f"{data['domain']}/{path.split('/')[1]}")
    return frozenset(out)


@cache
def spec_keys(specs: Path = SPECS) -> frozenset[str]:
    """``host/first-path-segment`` of every path of every REST spec in ``specs/``."""
    return frozenset().union(*(spec_keys_of(f) for f in sorted(specs.glob("*.yaml"))))


class Comparison:
    """One walk of twilio-python's surface, each item resolved in twilio_async."""

    def __init__(self, tolerated: Tolerated | None = None, specs: Path = SPECS):
        self.tolerated = tolerated or load_tolerated()
        self.used: set[str] = set()  # tolerated entries that matched something
        hosts = _theirs.hosts()
        keys = spec_keys(specs)
        self.expected = {dv for dv, key in hosts.items() if key in keys}
        self.items: list[Item] = []
        self._objects: dict[str, Any] = {}
        self._client = _ours.client()
        self._run()

    # ------------------------------------------------------------------ classification

    def _version_status(self, chain: Chain) -> tuple[Status, str] | None:
        """``no spec``/``tolerated`` for a chain of a version this SDK does not cover."""
        if chain.version is not None:
            versions = [f"{chain.domain}.{chain.version}"]
            if (chain.domain, chain.version) in self.expected:
                return None
        else:  # a domain itself, or one of its forwards: covered if any version is
            if any(d == chain.domain for d, _ in self.expected):
                return None
            versions = [f"{d}.{v}" for d, v in _theirs.hosts() if d == chain.domain]
        if versions and all(v in self.tolerated.versions for v in versions):
            self.used.update(versions)
            return "tolerated", self.tolerated.versions[versions[0]]
        return "no spec", ""

    def _tolerated_item(self, spelled: str) -> str | None:
        # ``create_with_http_info`` is ``create`` returning an ApiResponse, with exactly
        # ``create``'s keywords: what is tolerated for ``create`` is for it too.
        plain = _HTTP_INFO_VERB.sub(r".\1", spelled)
        for candidate in (spelled, plain) if plain != spelled else (spelled,):
            for prefix in _prefixes(candidate):
                if prefix in self.tolerated.items:
                    self.used.add(prefix)
                    return self.tolerated.items[prefix]
        return None

    def _add(self, domain: str, kind: Kind, spelled: str, ok: bool) -> bool:
        if ok:
            self.items.append(Item(domain, kind, spelled, "present"))
            return True
        reason = self._tolerated_item(spelled)
        if reason is not None:
            self.items.append(Item(domain, kind, spelled, "tolerated", reason))
        else:
            self.items.append(Item(domain, kind, spelled, "missing"))
        return False

    # ------------------------------------------------------------------ the walk

    def _resolve(self, chain: Chain) -> Any | None:
        """Our object for ``chain``, following its steps from the client (memoized)."""
        obj: Any = _ours.start(self._client)
        spelled = "client"
        for s in chain.steps:
            spelled += str(s)
            if spelled in self._objects:
                obj = self._objects[spelled]
            else:
                obj = None if obj is None else _ours.step(obj, s)
                self._objects[spelled] = obj
            if obj is None:
                return None
        return obj

    def _run(self) -> None:
        for chain in _theirs.surface():
            spelled = chain.spelled()
            outside = self._version_status(chain)
            if outside is not None:
                status, reason = outside
                self.items.append(Item(chain.domain, "chains", spelled, status, reason))
                for verb in chain.verbs:
                    vs = f"{spelled}.{verb.name}"
                    self.items.append(Item(chain.domain, "verbs", vs, status, reason))
                    for kw in verb.keywords:
                        self.items.append(
                            Item(chain.domain, "keywords", f"{vs}({kw}=)", status, reason)
                        )
                continue
            obj = self._resolve(chain)
            self._add(chain.domain, "chains", spelled, obj is not None)
            for verb in chain.verbs:
                vs = f"{spelled}.{verb.name}"
                helper = self.tolerated.verbs.get(verb.name)
                keywords = None if obj is None else _ours.verb_keywords(obj, verb.name)
                if keywords is None and helper is not None:
                    self.used.add(verb.name)
                    self.items.append(Item(chain.domain, "verbs", vs, "tolerated", helper))
                    for kw in verb.keywords:
                        self.items.append(
                            Item(chain.domain, "keywords", f"{vs}({kw}=)", "tolerated", helper)
                        )
                    continue
                self._add(chain.domain, "verbs", vs, keywords is not None)
                for kw in verb.keywords:
                    self._add(
                        chain.domain,
                        "keywords",
                        f"{vs}({kw}=)",
                        keywords is not None and kw in keywords,
                    )

    # ------------------------------------------------------------------ results

    def missing(self) -> list[Item]:
        """Items neither present nor tolerated (of versions specs/ covers)."""
        return [i for i in self.items if i.status == "missing"]

    def first_missing(self) -> list[Item]:
        """Missing items not under another missing item (the ones to fix or list)."""
        out: list[Item] = []
        seen: set[str] = set()
        for item in self.missing():
            if any(p in seen for p in _prefixes(item.spelled)[1:]):
                continue
            seen.add(item.spelled)
            out.append(item)
        return out

    def unused(self) -> list[str]:
        """Tolerated entries that are stale: they name nothing, or nothing still missing.

        An item entry must name an item of twilio-python's surface that is not present
        here; a verb entry a method twilio-python has; a version entry a version that
        twilio-python has and ``specs/`` does not cover.
        """
        status = {i.spelled: i.status for i in self.items}
        verbs = {v.name for c in _theirs.surface() for v in c.verbs}
        versions = {f"{d}.{v}" for d, v in _theirs.hosts()}
        expected = {f"{d}.{v}" for d, v in self.expected}
        stale = [k for k in self.tolerated.items if status.get(k) in (None, "present")]
        stale += [k for k in self.tolerated.verbs if k not in verbs]
        stale += [k for k in self.tolerated.versions if k not in versions or k in expected]
        return sorted(stale)

    def counts(self) -> dict[str, dict[Kind, Counter[Status]]]:
        """domain -> kind -> status -> count."""
        out: dict[str, dict[Kind, Counter[Status]]] = {}
        for item in self.items:
            out.setdefault(item.domain, {k: Counter() for k in KINDS})[item.kind][item.status] += 1
        return out


def _prefixes(spelled: str) -> list[str]:
    """``spelled`` and every item it is under, longest first.

    ``client.a(…).b.create(x=)`` -> itself, ``client.a(…).b.create``, ``client.a(…).b``,
    ``client.a(…)``, ``client.a``.
    """
    out = [spelled]
    s = spelled
    if s.endswith("=)"):
        s = s[: s.rindex("(")]
        out.append(s)
    while True:
        cut = max(s.rfind("."), s.rfind("("))
        if cut <= len("client"):
            break
        s = s[:cut]
        out.append(s)
    return out
