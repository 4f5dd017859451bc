# Generated from specs/messaging_v1.yaml by `make codegen`; do not edit.
"""Domains models (``domains``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..domains import DomainsContext


class Domains(InstanceModel["DomainsContext"]):
    """A Domains as returned by the API."""

    pass

    _key_field = "domain_sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        linkshortening_messaging_service: ClassVar = DomainsContext.linkshortening_messaging_service

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..domains import DomainsContext  # noqa: F401
    else:
        linkshortening_messaging_service = FromContext()
