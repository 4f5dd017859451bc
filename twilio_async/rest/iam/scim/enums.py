# Generated from specs/iam_scim.yaml by `make codegen`; do not edit.
"""Enums of iam scim."""

from __future__ import annotations

__all__: list[str] = []
