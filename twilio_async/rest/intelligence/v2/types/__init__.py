# Generated from specs/intelligence_v2.yaml by `make codegen`; do not edit.
"""Response models of intelligence v2."""
