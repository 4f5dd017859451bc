# Generated from specs/voice_v1.yaml by `make codegen`; do not edit.
"""Response models of voice v1."""
