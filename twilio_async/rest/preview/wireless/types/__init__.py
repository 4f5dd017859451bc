# Generated from specs/preview.yaml by `make codegen`; do not edit.
"""Response models of preview wireless."""
