"""One OpenAPI document: its domain, version and dialect, paths and schemas."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlparse

from ..naming import snake
from .report import ImportFailure, Report

JSON = dict[str, Any]
PLACEHOLDER = re.compile(r"^\{([^{}]+)\}$")
HTTP_METHODS = ("get", "post", "put", "patch", "delete", "head", "options", "trace")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_VERSION = re.compile(r"v\d+")


def ref_name(ref: str) -> str:
    """The schema a ``$ref`` names (``#/components/schemas/X`` -> ``X``)."""
    return ref.rsplit("/", 1)[-1]


def token_paged(schemas: JSON) -> bool:
    """Whether a list's ``meta`` carries bare page tokens (``next_token``), not page URLs."""
    for schema in schemas.values():
        props = schema.get("properties") if isinstance(schema, dict) else None
        if isinstance(props, dict) and "next_token" in props and "next_page_url" not in props:
            return True
    return False


def _versions(prefixes: set[str], name: str) -> dict[str, str]:
    """The version of each first path segment.

    ``v1`` is version ``v1`` and ``2010-04-01`` version ``v2010``. When some segments
    are versions and others are not (``/Organizations/...`` beside ``/v1/...``), the
    others are version ``versionless``; when none is (preview's ``/HostedNumbers``,
    ``/wireless``), each names its own version (``hosted_numbers``, ``wireless``). A
    file with no operations takes its version from its name (``twilio_verify_v3.json``).
    """
    if not prefixes:
        tail = name.removesuffix(".json").rpartition("_")[2]
        return {"": tail if _VERSION.fullmatch(tail) else snake(tail)}
    out: dict[str, str] = {}
    versioned = any(_VERSION.fullmatch(p) or _DATE.fullmatch(p) for p in prefixes)
    for prefix in prefixes:
        if _DATE.fullmatch(prefix):
            out[prefix] = "v" + prefix[:4]
        elif _VERSION.fullmatch(prefix):
            out[prefix] = prefix
        else:
            out[prefix] = "versionless" if versioned else snake(prefix)
    if len(set(out.values())) != len(out):
        raise ImportFailure(f"path prefixes {sorted(prefixes)} do not name distinct versions")
    return out


class Source:
    """The facts of an OpenAPI file every stage of the import reads, and its report."""

    def __init__(self, oai: JSON, name: str) -> None:
        self.oai = oai
        self.report = Report(name)
        self.schemas: dict[str, JSON] = oai.get("components", {}).get("schemas", {})
        self.paths: dict[str, JSON] = {}
        for path, item in oai["paths"].items():
            # a path with neither operations nor a pathType has nothing to import; one with a
            # pathType is a namespace other paths name as their parent
            if any(m in HTTP_METHODS for m in item) or (item.get("x-twilio") or {}).get("pathType"):
                self.paths[path] = item
            else:
                self.report.note("path with no operations and no x-twilio, left out", path)
        self.suffix = ".json" if all(p.endswith(".json") for p in self.paths) else ""
        servers = oai.get("servers") or []
        host = urlparse(servers[0]["url"]).hostname if servers else None
        if not host or not host.endswith(".twilio.com"):
            raise ImportFailure(f"cannot tell the Twilio domain from servers {servers!r}")
        self.domain = host[: -len(".twilio.com")]
        self.host = host
        #: First path segment -> the version it belongs to (``version_of``).
        self.versions: dict[str, str] = _versions({p.split("/")[1] for p in self.paths}, name)
        self.dialect = "json-token" if token_paged(self.schemas) else "json-v1"
        if any(v.startswith("v") and _DATE.fullmatch(s) for s, v in self.versions.items()):
            self.dialect = "json-2010"
        #: The version of a file with one version (the first one otherwise).
        self.version = sorted(self.versions.values())[0]

    @property
    def multi_version(self) -> bool:
        """Whether the paths belong to several versions (``versions:`` in the spec)."""
        return len(self.versions) > 1

    def version_of(self, path: str) -> str:
        """The version ``path`` belongs to."""
        return self.versions[path.split("/")[1]]

    def prefix_of(self, path: str) -> str:
        """The version prefix of ``path`` (``/v1``), which x-twilio parents leave out."""
        return "/" + path.split("/")[1]

    def strip(self, path: str) -> str:
        """``path`` without the file's ``.json`` suffix."""
        return path[: -len(self.suffix)] if self.suffix and path.endswith(self.suffix) else path

    def segments(self, path: str) -> list[str]:
        """The ``/``-separated parts of ``path`` (suffix removed)."""
        return self.strip(path).split("/")

    def placeholders(self, path: str) -> list[tuple[int, str]]:
        """``(segment index, name)`` of every ``{Name}`` segment of ``path``."""
        out: list[tuple[int, str]] = []
        for i, seg in enumerate(self.segments(path)):
            m = PLACEHOLDER.match(seg)
            if m:
                out.append((i, m.group(1)))
        return out

    def is_prefix(self, short: str, long: str) -> bool:
        """``long`` continues ``short`` (placeholders match placeholders)."""
        a, b = self.segments(short), self.segments(long)
        if len(a) >= len(b):
            return False
        for x, y in zip(a, b[: len(a)], strict=True):
            px, py = PLACEHOLDER.match(x), PLACEHOLDER.match(y)
            if bool(px) != bool(py) or (not px and x != y):
                return False
        return True

    def parameter(self, ref: str, where: str) -> JSON:
        """The component parameter a ``$ref`` names; ``where`` says who refers to it."""
        params: JSON = self.oai.get("components", {}).get("parameters", {})
        prm = params.get(ref_name(ref)) if ref.startswith("#/components/parameters/") else None
        if not isinstance(prm, dict):
            raise ImportFailure(f"{where}: $ref to unknown parameter {ref!r}")
        return prm

    def schema(self, name: str, where: str) -> JSON:
        """The component schema ``name``; ``where`` says who refers to it."""
        schema = self.schemas.get(name)
        if schema is None:
            raise ImportFailure(f"{where}: $ref to unknown schema {name!r}")
        return schema
