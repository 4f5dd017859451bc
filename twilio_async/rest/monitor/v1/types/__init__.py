# Generated from specs/monitor_v1.yaml by `make codegen`; do not edit.
"""Response models of monitor v1."""
