# Generated from specs/messaging_v3.yaml by `make codegen`; do not edit.
"""Response models of messaging v3."""
