"""One OpenAPI document read into a spec document (a plain dict, before hand edits).

Only facts are imported: paths, names, types, patterns, enum values and required
flags. Descriptions, summaries and examples are never copied; what the format
cannot express is noted in the ``Report``.
"""

from __future__ import annotations

from urllib.parse import urlparse

from ..spec_schema import SPEC_FORMAT
from .report import Report
from .resources import resource_spec, unique_classes
from .schemas import TypeReader
from .source import JSON, Source
from .tree import read_resources


def read_openapi(oai: JSON, name: str) -> tuple[JSON, Report]:
    """The spec document for the OpenAPI document ``oai`` (file ``name``), and its report."""
    source = Source(oai, name)
    types = TypeReader(source)
    resources = read_resources(source)
    specs: dict[str, JSON] = {}
    for res in sorted(resources, key=lambda r: r.id):
        spec = resource_spec(source, types, res)
        if source.multi_version:
            version = {"version": source.version_of(res.main_path)}
            spec = {"class": spec.pop("class"), **version, **spec}
        specs[res.id] = spec
    unique_classes(resources, specs)
    doc: JSON = {"spec": SPEC_FORMAT, "domain": source.domain}
    if source.multi_version:
        doc["versions"] = sorted(set(source.versions.values()))
    else:
        doc["version"] = source.version
    doc["dialect"] = source.dialect
    if source.dialect == "json-2010" and "accounts" in specs:
        doc["account_scope"] = "accounts"
    doc["enums"] = {k: types.enums[k] for k in sorted(types.enums)}
    doc["resources"] = specs
    _note_ignored(source)
    return doc, source.report


def _note_ignored(source: Source) -> None:
    """Record OpenAPI extensions that the format leaves out on purpose."""
    found: set[str] = set()
    for item in source.paths.values():
        xt = item.get("x-twilio") or {}
        for k in ("dependentProperties", "defaultOutputProperties"):
            if k in xt:
                found.add(f"x-twilio.{k}")
        servers = item.get("servers") or []
        for srv in servers:
            if urlparse(str(srv.get("url"))).hostname != source.host:
                source.report.note("path served from another host", str(srv.get("url")))
    for name in sorted(found):
        source.report.note("ignored by design (derivable from paths, or CLI display hints)", name)
