# Generated from specs/knowledge_v1.yaml by `make codegen`; do not edit.
"""Enums of knowledge v1."""

from __future__ import annotations

__all__: list[str] = []
