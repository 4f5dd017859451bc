# Generated from specs/knowledge_v1.yaml by `make codegen`; do not edit.
"""Response models of knowledge v1."""
