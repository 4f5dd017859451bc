# Generated from specs/accounts_v1.yaml by `make codegen`; do not edit.
"""Response models of accounts v1."""
