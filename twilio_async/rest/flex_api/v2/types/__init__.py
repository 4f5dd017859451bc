# Generated from specs/flex_v2.yaml by `make codegen`; do not edit.
"""Response models of flex-api v2."""
