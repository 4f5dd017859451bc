# Generated from specs/insights_v2.yaml by `make codegen`; do not edit.
"""Response models of insights v2."""
