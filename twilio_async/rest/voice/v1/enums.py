# Generated from specs/voice_v1.yaml by `make codegen`; do not edit.
"""Enums of voice v1."""

from __future__ import annotations

__all__: list[str] = []
