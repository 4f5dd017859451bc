# Generated from specs/iam_v1.yaml by `make codegen`; do not edit.
"""Response models of iam v1."""
