# Generated from specs/supersim_v1.yaml by `make codegen`; do not edit.
"""Response models of supersim v1."""
