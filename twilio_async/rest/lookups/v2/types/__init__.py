# Generated from specs/lookups_v2.yaml by `make codegen`; do not edit.
"""Response models of lookups v2."""
