"""Packaging: metadata facts, the optional fast backend, wheel and Python-version drivers."""
