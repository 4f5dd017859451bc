# Generated from specs/insights_v1.yaml by `make codegen`; do not edit.
"""Response models of insights v1."""
