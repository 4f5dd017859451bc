# Generated from specs/chat_v3.yaml by `make codegen`; do not edit.
"""Response models of chat v3."""
