"""Import Twilio's published OpenAPI 3 descriptions into our compact resource specs.

``python -m codegen import [--oai-dir DIR] [--out-dir DIR] [OAI_FILE ...]`` reads
``twilio_api_v2010.json`` and ``twilio_flex_v1.json`` (or the files named) and writes
``api_v2010.yaml`` and ``flex_v1.yaml`` (``twilio_NAME.json`` -> ``NAME.yaml``) in the
format documented in ``specs/README.md``.

Only facts are imported: paths, names, types, patterns, enum values and required
flags. Descriptions, summaries and examples are never copied. Entries of the existing
output marked ``x-hand: true`` (a resource, an operation or a parameter) win over the
imported ones, so hand edits survive re-imports.

Modules: ``source`` (one OpenAPI document), ``tree`` (paths grouped into resources),
``schemas`` (schemas as type strings), ``resources`` and ``operations`` (the spec
entries), ``openapi`` (all of it: one document in, one spec document out),
``hand_edits`` (``x-hand`` merging), ``yaml_out`` (the YAML text), ``cli`` (``main``).
"""

from __future__ import annotations

from .cli import TARGETS, import_file, import_openapi, main, target_name
from .hand_edits import HAND, merge_hand_edits
from .openapi import read_openapi
from .operations import python_name
from .report import ImportFailure, Report
from .yaml_out import dump_spec

__all__ = [
    "HAND",
    "TARGETS",
    "ImportFailure",
    "Report",
    "dump_spec",
    "import_file",
    "import_openapi",
    "main",
    "merge_hand_edits",
    "python_name",
    "read_openapi",
    "target_name",
]
