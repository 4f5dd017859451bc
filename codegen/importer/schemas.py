"""OpenAPI schemas as spec type strings, collecting the named enums they use."""

from __future__ import annotations

from typing import Any

from ..scalars import STRING_FORMATS
from .report import ImportFailure
from .source import JSON, Source, ref_name


class TypeReader:
    """Types of fields and parameters (one table for both), and the enums they name."""

    def __init__(self, source: Source) -> None:
        self.source = source
        self.enums: dict[str, list[Any]] = {}
        self._enum_origin: dict[str, str] = {}

    def type_of(self, schema: JSON, where: str) -> str:
        """Our type string for an OpenAPI schema."""
        note = self.source.report.note
        if "$ref" in schema:
            name = ref_name(schema["$ref"])
            target = self.source.schema(name, where)
            if target.get("type") == "string" and "enum" in target:
                return "enum:" + self._register_enum(name, target, where)
            note("$ref to a non-enum schema, typed as object", where)
            return "object"
        for combo in ("allOf", "anyOf", "oneOf"):
            if combo in schema:
                note(f"{combo} schema, typed as object", where)
                return "object"
        kind = schema.get("type")
        fmt = schema.get("format")
        if kind == "string":
            if "enum" in schema and fmt != "http-method":
                note("inline string enum (no named schema), typed as string", where)
            return STRING_FORMATS.get(str(fmt), "string")
        if kind in ("integer", "number", "boolean"):
            return str(kind)
        if kind == "object":
            if fmt == "uri-map":
                return "uri-map"
            if "properties" in schema:
                note("nested object structure, typed as object", where)
            return "object"
        if kind == "array":
            items = schema.get("items") or {}
            item = self.type_of(items, where) if items else "object"
            if item.startswith("list<") or item == "uri-map":
                item = "object"
            return f"list<{item}>"
        if kind is None:
            return "object"
        note(f"unknown schema type {kind!r}, typed as object", where)
        return "object"

    def _register_enum(self, schema_name: str, schema: JSON, where: str) -> str:
        name = schema_name.replace("_enum_", "_", 1)
        values = list(schema["enum"])
        origin = self._enum_origin.get(name)
        if origin is not None and origin != schema_name:
            raise ImportFailure(
                f"{where}: enum schemas {origin!r} and {schema_name!r} both map to {name!r}"
            )
        self._enum_origin[name] = schema_name
        self.enums[name] = values
        return name
