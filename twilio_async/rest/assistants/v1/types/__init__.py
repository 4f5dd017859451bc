# Generated from specs/assistants_v1.yaml by `make codegen`; do not edit.
"""Response models of assistants v1."""
