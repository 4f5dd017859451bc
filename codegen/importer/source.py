"""One OpenAPI document: its domain, version and dialect, paths and schemas."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlparse

from .report import ImportFailure, Report

JSON = dict[str, Any]
PLACEHOLDER = re.compile(r"^\{([^{}]+)\}$")


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


class Source:
    """The facts of an OpenAPI file every stage of the import reads, and its report."""

    def __init__(self, oai: JSON, name: str) -> None:
        self.oai = oai
        self.report = Report(name)
        self.schemas: dict[str, JSON] = oai.get("components", {}).get("schemas", {})
        self.paths: dict[str, JSON] = oai["paths"]
        self.suffix = ".json" if all(p.endswith(".json") for p in self.paths) else ""
        prefixes = {p.split("/")[1] for p in self.paths}
        if len(prefixes) != 1:
            raise ImportFailure(f"paths do not share one version prefix: {sorted(prefixes)}")
        self.prefix = "/" + prefixes.pop()
        servers = oai.get("servers") or []
        host = urlparse(servers[0]["url"]).hostname if servers else None
        if not host or not host.endswith(".twilio.com"):
            raise ImportFailure(f"cannot tell the Twilio domain from servers {servers!r}")
        self.domain = host[: -len(".twilio.com")]
        self.host = host
        version = self.prefix[1:]
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", version):
            self.version = "v" + version[:4]
            self.dialect = "json-2010"
        else:
            self.version = version
            self.dialect = "json-token" if token_paged(self.schemas) else "json-v1"

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

    def schema(self, name: str, where: str) -> JSON:
        """The component schema ``name``; ``where`` says who refers to it."""
        schema = self.schemas.get(name)
        if schema is None:
            raise ImportFailure(f"{where}: $ref to unknown schema {name!r}")
        return schema
