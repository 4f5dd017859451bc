# Generated from specs/iam_organizations.yaml by `make codegen`; do not edit.
"""PublicApiAccountResponse resources (``organizations.accounts``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import (
    Args,
    InstanceContext,
    KeyedList,
    ListArgs,
    Models,
    Operation,
    PageArgs,
)

if TYPE_CHECKING:
    from .types.organizations_accounts import PublicApiAccountResponse

_TYPES = Models(__package__, ".types.organizations_accounts")
_MODEL = _TYPES("PublicApiAccountResponse")
_LIST_PATH = "/Organizations/{0}/Accounts"
_INSTANCE_PATH = "/Organizations/{0}/Accounts/{1}"
_LIST: Operation[PublicApiAccountResponse] = Operation(
    "accounts.list", "GET", _LIST_PATH, body="none", list_key="content", model=_MODEL
)
_FETCH: Operation[PublicApiAccountResponse] = Operation(
    "accounts.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)


class PublicApiAccountResponseContext(InstanceContext):
    """One PublicApiAccountResponse: ``/Organizations/{OrganizationSid}/Accounts/{AccountSid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this PublicApiAccountResponse: ``GET /Organizations/{OrganizationSid}/Accounts/{AccountSid}``."""


class PublicApiAccountResponseList(KeyedList[PublicApiAccountResponseContext]):
    """PublicApiAccountResponse collection: ``/Organizations/{OrganizationSid}/Accounts``."""

    __slots__ = ()
    _key = ("AccountSid", "account_sid", "AC[0-9a-f]{32}")
    list = _LIST.list_method(ListArgs)
    """List PublicApiAccountResponse resources: ``GET /Organizations/{OrganizationSid}/Accounts``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ListArgs)
    """Stream PublicApiAccountResponse resources: ``GET /Organizations/{OrganizationSid}/Accounts``; one page in memory at a time."""
    page = _LIST.page_method(PageArgs)
    """One page of PublicApiAccountResponse resources: ``GET /Organizations/{OrganizationSid}/Accounts``; ``next_page()`` moves on."""
