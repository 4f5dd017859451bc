"""Spec documents as YAML text, the layout ``specs/*.yaml`` keep.

Block style, one flow-style line per parameter and per enum's values, blank lines
between top-level sections and between resources, and a header comment.
"""

from __future__ import annotations

from typing import Any

import yaml

from .hand_edits import HAND
from .source import JSON


class _FlowDict(dict[str, Any]):
    pass


class _FlowList(list[Any]):
    pass


class _Dumper(yaml.SafeDumper):
    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)

    def ignore_aliases(self, data: Any) -> bool:
        return True


def _represent_flow_dict(dumper: yaml.SafeDumper, data: _FlowDict) -> yaml.Node:
    return dumper.represent_mapping("tag:yaml.org,2002:map", data.items(), flow_style=True)


def _represent_flow_list(dumper: yaml.SafeDumper, data: _FlowList) -> yaml.Node:
    return dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=True)


_Dumper.add_representer(_FlowDict, _represent_flow_dict)
_Dumper.add_representer(_FlowList, _represent_flow_list)


def _styled(doc: JSON) -> JSON:
    """Copy of ``doc`` with parameters, enum values and ``one_of`` groups in flow style."""
    out = dict(doc)
    if isinstance(doc.get("versions"), list):
        out["versions"] = _FlowList(doc["versions"])
    out["enums"] = {k: _FlowList(v) for k, v in (doc.get("enums") or {}).items()}
    resources: JSON = {}
    for rid, res in (doc.get("resources") or {}).items():
        res = dict(res)
        ops = res.get("operations")
        if isinstance(ops, dict):
            new_ops: JSON = {}
            for verb, op in ops.items():
                if isinstance(op, dict) and isinstance(op.get("params"), list):
                    op = dict(op)
                    op["params"] = [
                        _FlowDict(p) if isinstance(p, dict) else p for p in op["params"]
                    ]
                if isinstance(op, dict) and isinstance(op.get("one_of"), list):
                    op = dict(op)
                    op["one_of"] = [
                        _FlowList(g) if isinstance(g, list) else g for g in op["one_of"]
                    ]
                new_ops[verb] = op
            res["operations"] = new_ops
        resources[rid] = res
    out["resources"] = resources
    return out


def dump_spec(doc: JSON, header: str) -> str:
    """Serialize a spec document: a header comment, then readable block YAML."""
    text = yaml.dump(
        _styled(doc),
        Dumper=_Dumper,
        sort_keys=False,
        default_flow_style=False,
        allow_unicode=True,
        width=100_000,
    )
    lines: list[str] = []
    in_resources = False
    for line in text.splitlines():
        if not line.startswith(" "):
            if line in ("enums:", "enums: {}", "resources:", "resources: {}"):
                lines.append("")
            in_resources = line == "resources:"
        elif (
            in_resources
            and line.startswith("  ")
            and not line.startswith("   ")
            and not lines[-1].endswith("resources:")
        ):
            lines.append("")
        lines.append(line)
    comment = "".join(f"# {h}\n" if h else "#\n" for h in header.splitlines())
    return comment + "\n" + "\n".join(lines) + "\n"


def header(source: str, oai: JSON) -> str:
    """The header comment of a file imported from ``source`` (OpenAPI document ``oai``)."""
    info = oai.get("info") or {}
    version = info.get("version")
    ver = f" (OpenAPI info.version {version})" if version else ""
    return (
        f"Imported by `python -m codegen import` from {source}{ver}.\n"
        f"Re-importing rewrites this file: hand edits must carry `{HAND}: true`\n"
        "(on a resource, an operation or a parameter) to survive. See specs/README.md."
    )
