# Generated from specs/marketplace_v1.yaml by `make codegen`; do not edit.
"""Response models of marketplace v1."""
