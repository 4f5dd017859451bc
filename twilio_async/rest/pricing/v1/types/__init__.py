# Generated from specs/pricing_v1.yaml by `make codegen`; do not edit.
"""Response models of pricing v1."""
