# Generated from specs/oauth_v2.yaml by `make codegen`; do not edit.
"""Response models of oauth v2."""
