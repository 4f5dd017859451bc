# Generated from specs/flex_v1.yaml by `make codegen`; do not edit.
"""Response models of flex-api v1."""
