# Generated from specs/verify_v3.yaml by `make codegen`; do not edit.
"""Response models of verify v3."""
