# Generated from specs/content_v1.yaml by `make codegen`; do not edit.
"""Enums of content v1."""

from __future__ import annotations

__all__: list[str] = []
