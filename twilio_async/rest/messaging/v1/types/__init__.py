# Generated from specs/messaging_v1.yaml by `make codegen`; do not edit.
"""Response models of messaging v1."""
