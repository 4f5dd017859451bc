# Generated from specs/flex_v2.yaml by `make codegen`; do not edit.
"""Enums of flex-api v2."""

from __future__ import annotations

__all__: list[str] = []
