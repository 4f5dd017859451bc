# Generated from specs/notify_v1.yaml by `make codegen`; do not edit.
"""Response models of notify v1."""
