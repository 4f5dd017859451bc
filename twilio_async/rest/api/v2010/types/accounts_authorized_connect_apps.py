# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""AuthorizedConnectApp models (``accounts.authorized_connect_apps``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._models import FromContext, InstanceModel

from ..enums import AuthorizedConnectAppPermission

if TYPE_CHECKING:
    from ..accounts_authorized_connect_apps import AuthorizedConnectAppContext


class AuthorizedConnectApp(InstanceModel["AuthorizedConnectAppContext"]):
    """A AuthorizedConnectApp as returned by the API."""

    account_sid: str | None = None
    connect_app_company_name: str | None = None
    connect_app_description: str | None = None
    connect_app_friendly_name: str | None = None
    connect_app_homepage_url: str | None = None
    connect_app_sid: str
    permissions: list[AuthorizedConnectAppPermission] | None = None
    uri: str | None = None

    _key_field = "connect_app_sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = AuthorizedConnectAppContext.fetch

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..accounts_authorized_connect_apps import AuthorizedConnectAppContext  # noqa: F401
    else:
        fetch = FromContext()
