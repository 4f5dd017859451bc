"""Benchmarks print figures; they are scripts, not tests."""

collect_ignore_glob = ["*.py"]
