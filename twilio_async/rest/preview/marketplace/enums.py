# Generated from specs/preview.yaml by `make codegen`; do not edit.
"""Enums of preview marketplace."""

from __future__ import annotations

__all__: list[str] = []
