# Generated from specs/sync_v1.yaml by `make codegen`; do not edit.
"""Response models of sync v1."""
