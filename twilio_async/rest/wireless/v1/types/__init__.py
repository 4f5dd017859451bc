# Generated from specs/wireless_v1.yaml by `make codegen`; do not edit.
"""Response models of wireless v1."""
