# Generated from specs/mini_api_v2010.yaml by `make codegen`; do not edit.
"""Response models of api v2010."""
