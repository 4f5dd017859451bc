# Generated from specs/marketplace_v1.yaml by `make codegen`; do not edit.
"""Enums of marketplace v1."""

from __future__ import annotations

__all__: list[str] = []
