"""Helpers shared by the test packages: fake credentials, payloads, loopback servers.

Test modules and conftest files import shared pieces from here, never from each
other (a test module imported by another runs twice, under two names).
"""
