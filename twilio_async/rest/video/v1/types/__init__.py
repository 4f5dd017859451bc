# Generated from specs/video_v1.yaml by `make codegen`; do not edit.
"""Response models of video v1."""
