# Generated from specs/messaging_v2.yaml by `make codegen`; do not edit.
"""Response models of messaging v2."""
