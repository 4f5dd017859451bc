# Generated from specs/content_v1.yaml by `make codegen`; do not edit.
"""Response models of content v1."""
