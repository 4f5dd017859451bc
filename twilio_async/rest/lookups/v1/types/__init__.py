# Generated from specs/lookups_v1.yaml by `make codegen`; do not edit.
"""Response models of lookups v1."""
