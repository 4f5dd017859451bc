"""The package version, read by the User-Agent and packaging."""

__version__ = "0.1.0"
