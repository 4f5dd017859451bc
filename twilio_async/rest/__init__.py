# Generated from specs/ by `make codegen`; do not edit.
"""Generated REST resources."""
