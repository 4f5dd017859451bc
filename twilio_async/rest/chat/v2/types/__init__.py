# Generated from specs/chat_v2.yaml by `make codegen`; do not edit.
"""Response models of chat v2."""
