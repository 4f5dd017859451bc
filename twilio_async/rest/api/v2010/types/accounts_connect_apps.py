# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""ConnectApp models (``accounts.connect_apps``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._models import FromContext, InstanceModel

from ..enums import ConnectAppPermission

if TYPE_CHECKING:
    from ..accounts_connect_apps import ConnectAppContext


class ConnectApp(InstanceModel["ConnectAppContext"]):
    """A ConnectApp as returned by the API."""

    account_sid: str | None = None
    authorize_redirect_url: str | None = None
    company_name: str | None = None
    deauthorize_callback_method: str | None = None
    deauthorize_callback_url: str | None = None
    description: str | None = None
    friendly_name: str | None = None
    homepage_url: str | None = None
    permissions: list[ConnectAppPermission] | None = None
    sid: str
    uri: str | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = ConnectAppContext.fetch
        update: ClassVar = ConnectAppContext.update
        delete: ClassVar = ConnectAppContext.delete

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..accounts_connect_apps import ConnectAppContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        delete = FromContext()
