# Generated from specs/monitor_v2.yaml by `make codegen`; do not edit.
"""Response models of monitor v2."""
