# Generated from specs/trunking_v1.yaml by `make codegen`; do not edit.
"""Response models of trunking v1."""
