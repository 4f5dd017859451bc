# Generated from specs/accounts_v1.yaml by `make codegen`; do not edit.
"""Credentials resources (``credentials``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Child, ListResource

if TYPE_CHECKING:
    from .credentials_aws import CredentialAwsList
    from .credentials_public_key import CredentialPublicKeyList


class CredentialsList(ListResource):
    """Credentials collection: ``/v1/Credentials``."""

    __slots__ = ()
    aws: Child[CredentialAwsList] = Child(".credentials_aws", "CredentialAwsList")
    public_key: Child[CredentialPublicKeyList] = Child(
        ".credentials_public_key", "CredentialPublicKeyList"
    )
