# Generated from specs/serverless_v1.yaml by `make codegen`; do not edit.
"""Response models of serverless v1."""
