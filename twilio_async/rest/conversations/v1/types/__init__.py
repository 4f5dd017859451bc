# Generated from specs/conversations_v1.yaml by `make codegen`; do not edit.
"""Response models of conversations v1."""
