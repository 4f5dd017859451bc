# Generated from specs/mini_flex_v1.yaml by `make codegen`; do not edit.
"""Enums of flex-api v1."""

from __future__ import annotations

__all__: list[str] = []
