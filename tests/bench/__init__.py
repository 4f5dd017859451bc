"""Benchmarks run by `make bench` (not collected by pytest: see tests/bench/conftest.py)."""
