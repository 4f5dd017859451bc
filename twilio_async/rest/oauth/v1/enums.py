# Generated from specs/oauth_v1.yaml by `make codegen`; do not edit.
"""Enums of oauth v1."""

from __future__ import annotations

__all__: list[str] = []
