# Generated from specs/pricing_v2.yaml by `make codegen`; do not edit.
"""Response models of pricing v2."""
