# Generated from specs/numbers_v1.yaml by `make codegen`; do not edit.
"""Response models of numbers v1."""
