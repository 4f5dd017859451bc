# Generated from specs/taskrouter_v1.yaml by `make codegen`; do not edit.
"""Response models of taskrouter v1."""
