# Generated from specs/numbers_v3.yaml by `make codegen`; do not edit.
"""Response models of numbers v3."""
