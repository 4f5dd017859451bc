# Generated from specs/studio_v1.yaml by `make codegen`; do not edit.
"""Response models of studio v1."""
