# Generated from specs/events_v1.yaml by `make codegen`; do not edit.
"""Response models of events v1."""
