# Generated from specs/frontline_v1.yaml by `make codegen`; do not edit.
"""Response models of frontline-api v1."""
