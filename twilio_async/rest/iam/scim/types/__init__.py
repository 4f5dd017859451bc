# Generated from specs/iam_scim.yaml by `make codegen`; do not edit.
"""Response models of iam scim."""
