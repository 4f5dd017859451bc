# Generated from specs/api_v2008.yaml by `make codegen`; do not edit.
"""Response models of api v2008."""
