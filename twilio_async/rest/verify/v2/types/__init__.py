# Generated from specs/verify_v2.yaml by `make codegen`; do not edit.
"""Response models of verify v2."""
