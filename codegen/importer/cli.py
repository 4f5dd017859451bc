"""``python -m codegen import``: OpenAPI files in, validated spec files out.

Every output is validated with the spec models before anything is written: an
import that fails, or yields a spec with problems, leaves every file as it was.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import yaml

from ..scalars import VERBS
from ..spec import SpecError, SpecProblem, check_documents, read_yaml
from .hand_edits import merge_hand_edits
from .openapi import read_openapi
from .report import ImportFailure, Report
from .source import JSON
from .yaml_out import dump_spec, header

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_OAI_DIR = REPO_ROOT.parent / "shared" / "reference" / "twilio-oai"
DEFAULT_OUT_DIR = REPO_ROOT / "specs"

#: The OpenAPI files imported by default, as ``twilio_<name>.json`` -> ``<name>.yaml``.
_NAMES: tuple[str, ...] = (
    "accounts_v1",
    "api_v2010",
    "assistants_v1",
    "bulkexports_v1",
    "chat_v1",
    "chat_v2",
    "chat_v3",
    "content_v1",
    "content_v2",
    "conversations_v1",
    "events_v1",
    "flex_v1",
    "flex_v2",
    "frontline_v1",
    "iam_organizations",
    "iam_scim",
    "iam_v1",
    "insights_v1",
    "insights_v2",
    "intelligence_v2",
    "ip_messaging_v1",
    "ip_messaging_v2",
    "knowledge_v1",
    "lookups_v1",
    "lookups_v2",
    "marketplace_v1",
    "messaging_v1",
    "messaging_v2",
    "messaging_v3",
    "monitor_v1",
    "monitor_v2",
    "notify_v1",
    "numbers_v1",
    "numbers_v2",
    "numbers_v3",
    "oauth_v1",
    "oauth_v2",
    "preview",
    "pricing_v1",
    "pricing_v2",
    "proxy_v1",
    "routes_v2",
    "serverless_v1",
    "studio_v1",
    "studio_v2",
    "supersim_v1",
    "sync_v1",
    "taskrouter_v1",
    "trunking_v1",
    "trusthub_v1",
    "verify_v2",
    "verify_v3",
    "video_v1",
    "voice_v1",
    "wireless_v1",
)
# (OpenAPI file, output file)
TARGETS: tuple[tuple[str, str], ...] = tuple((f"twilio_{n}.json", f"{n}.yaml") for n in _NAMES)


def import_file(oai_path: Path, existing: JSON | None) -> tuple[JSON, Report, str]:
    """Import one OpenAPI file; returns the document, the report and the header comment."""
    oai = json.loads(Path(oai_path).read_text(encoding="utf-8"))
    name = Path(oai_path).name
    doc, report = read_openapi(oai, name)
    merge_hand_edits(doc, existing, report)
    return doc, report, header(name, oai)


def import_openapi(oai_path: Path, existing: JSON | None) -> JSON:
    """The spec document (a plain dict) for one OpenAPI file, hand edits of ``existing`` kept."""
    doc, _, _ = import_file(oai_path, existing)
    return doc


def target_name(source: str) -> str:
    """The spec file an OpenAPI file becomes: ``twilio_api_v2010.json`` -> ``api_v2010.yaml``."""
    stem = Path(source).name.removesuffix(".json")
    return stem.removeprefix("twilio_") + ".yaml"


def main(argv: list[str] | None = None) -> int:
    """Rewrite the imported specs: 0 when written, 1 if an import fails, 2 on spec problems."""
    args = _parser().parse_args(argv)
    oai_dir: Path = args.oai_dir
    out_dir: Path = args.out_dir
    sources: list[tuple[Path, str]] = [(oai_dir / source, target) for source, target in TARGETS]
    if args.files:
        sources = []
        for name in args.files:
            path = Path(name)
            sources.append((oai_dir / path if path.parent == Path() else path, target_name(name)))
    targets = [target for _, target in sources]
    if len(set(targets)) != len(targets):
        print(f"two inputs would write the same file: {targets}", file=sys.stderr)
        return 2

    results: list[tuple[Path, str]] = []
    problems: list[SpecProblem] = []
    for source_path, target in sources:
        out_path = out_dir / target
        try:
            existing: JSON | None = None
            if out_path.exists():
                loaded = read_yaml(out_path)
                existing = loaded if isinstance(loaded, dict) else None
            doc, report, head = import_file(source_path, existing)
        except (ImportFailure, OSError, KeyError, ValueError, yaml.YAMLError) as exc:
            print(f"{target}: import failed: {exc}", file=sys.stderr)
            return 1
        print("\n".join(_summary(target, doc, report)))
        try:
            check_documents(doc, out_path)
        except SpecError as err:
            problems.extend(err.problems)
        results.append((out_path, dump_spec(doc, head)))
    if problems:
        for problem in problems:
            print(f"spec error: {problem}", file=sys.stderr)
        print(f"{len(problems)} spec problem(s); nothing was written", file=sys.stderr)
        return 2
    out_dir.mkdir(parents=True, exist_ok=True)
    for out_path, text in results:
        out_path.write_text(text, encoding="utf-8")
        print(f"wrote {out_path}")
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m codegen import",
        description="Import Twilio's OpenAPI files into specs/*.yaml (hand edits kept).",
    )
    parser.add_argument("--oai-dir", type=Path, default=DEFAULT_OAI_DIR)
    parser.add_argument("--out-dir", type=Path, default=DEFAULT_OUT_DIR)
    parser.add_argument(
        "files",
        nargs="*",
        metavar="OAI_FILE",
        help="OpenAPI files to import instead of the default "
        f"({', '.join(s for s, _ in TARGETS)}); a bare name is looked up in --oai-dir. "
        "twilio_NAME.json is written as NAME.yaml.",
    )
    return parser


def _summary(name: str, doc: JSON, report: Report) -> list[str]:
    resources: JSON = doc["resources"]
    counts = dict.fromkeys(VERBS, 0)
    for res in resources.values():
        for verb in res.get("operations") or {}:
            counts[verb] = counts.get(verb, 0) + 1
    total = sum(counts.values())
    per_verb = ", ".join(f"{v} {n}" for v, n in counts.items())
    out = [
        f"{name}: {len(resources)} resources, {len(doc['enums'])} enums, "
        f"{total} operations ({per_verb})"
    ]
    for line in report.kept:
        out.append(f"  kept hand edit: {line}")
    for line in report.warnings:
        out.append(f"  warning: {line}")
    if report.unexpressed:
        out.append("  not expressed:")
        for kind, places in report.unexpressed.items():
            shown = "; ".join(places[:4]) + ("; ..." if len(places) > 4 else "")
            out.append(f"    - {kind} [{len(places)}]: {shown}")
    return out
