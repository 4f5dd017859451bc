# Generated from specs/bulkexports_v1.yaml by `make codegen`; do not edit.
"""Response models of bulkexports v1."""
