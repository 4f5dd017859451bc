# Generated from specs/oauth_v1.yaml by `make codegen`; do not edit.
"""Response models of oauth v1."""
