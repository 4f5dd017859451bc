# Generated from specs/messaging_v3.yaml by `make codegen`; do not edit.
"""Enums of messaging v3."""

from __future__ import annotations

__all__: list[str] = []
