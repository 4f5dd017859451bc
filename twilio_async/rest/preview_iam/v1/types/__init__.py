# Generated from specs/iam_organizations.yaml by `make codegen`; do not edit.
"""Response models of preview-iam v1."""
