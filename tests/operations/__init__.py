"""Helpers for the catalog-driven wire tests in ``tests/test_operations.py``."""
