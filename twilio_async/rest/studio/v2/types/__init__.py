# Generated from specs/studio_v2.yaml by `make codegen`; do not edit.
"""Response models of studio v2."""
