# Generated from specs/trusthub_v1.yaml by `make codegen`; do not edit.
"""Response models of trusthub v1."""
