# Generated from specs/routes_v2.yaml by `make codegen`; do not edit.
"""Response models of routes v2."""
