# Generated from specs/chat_v1.yaml by `make codegen`; do not edit.
"""Response models of chat v1."""
