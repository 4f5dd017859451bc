# Generated from specs/iam_organizations.yaml by `make codegen`; do not edit.
"""Enums of preview-iam versionless."""

from __future__ import annotations

__all__: list[str] = []
