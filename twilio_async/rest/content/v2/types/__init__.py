# Generated from specs/content_v2.yaml by `make codegen`; do not edit.
"""Response models of content v2."""
