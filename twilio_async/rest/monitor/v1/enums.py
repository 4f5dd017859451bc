# Generated from specs/monitor_v1.yaml by `make codegen`; do not edit.
"""Enums of monitor v1."""

from __future__ import annotations

__all__: list[str] = []
