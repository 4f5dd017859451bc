"""Packaging: metadata facts, the optional fast backend, and the wheel and Python-version drivers."""
