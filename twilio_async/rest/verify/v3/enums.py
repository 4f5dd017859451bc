# Generated from specs/verify_v3.yaml by `make codegen`; do not edit.
"""Enums of verify v3."""

from __future__ import annotations

__all__: list[str] = []
