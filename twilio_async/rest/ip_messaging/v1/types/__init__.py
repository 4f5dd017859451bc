# Generated from specs/ip_messaging_v1.yaml by `make codegen`; do not edit.
"""Response models of ip-messaging v1."""
