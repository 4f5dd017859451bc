# Generated from specs/routes_v2.yaml by `make codegen`; do not edit.
"""Enums of routes v2."""

from __future__ import annotations

__all__: list[str] = []
