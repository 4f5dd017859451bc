# Generated from specs/oauth_v2.yaml by `make codegen`; do not edit.
"""Enums of oauth v2."""

from __future__ import annotations

__all__: list[str] = []
