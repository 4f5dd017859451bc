# Generated from specs/numbers_v2.yaml by `make codegen`; do not edit.
"""Response models of numbers v2."""
