# Generated from specs/proxy_v1.yaml by `make codegen`; do not edit.
"""Response models of proxy v1."""
