# Generated from specs/serverless_v1.yaml by `make codegen`; do not edit.
"""Asset resources (``services.assets``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import (
    FORM,
    Args,
    Child,
    InstanceContext,
    KeyedList,
    ListArgs,
    Models,
    Operation,
    P,
    PageArgs,
)

if TYPE_CHECKING:
    from .services_assets_asset_versions import AssetVersionList
    from .types.services_assets import Asset

_TYPES = Models(__package__, ".types.services_assets")
_MODEL = _TYPES("Asset")
_LIST_PATH = "/v1/Services/{0}/Assets"
_INSTANCE_PATH = "/v1/Services/{0}/Assets/{1}"
_CREATE: Operation[Asset] = Operation(
    "assets.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(P("friendly_name", "FriendlyName", FORM, "string", required=True))
_LIST: Operation[Asset] = Operation(
    "assets.list", "GET", _LIST_PATH, body="none", list_key="assets", model=_MODEL
)
_FETCH: Operation[Asset] = Operation(
    "assets.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[Asset] = Operation(
    "assets.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(P("friendly_name", "FriendlyName", FORM, "string", required=True))
_DELETE: Operation[None] = Operation("assets.delete", "DELETE", _INSTANCE_PATH, body="none")


class AssetCreateArgs(Args):
    friendly_name: str


class AssetUpdateArgs(Args):
    friendly_name: str


class AssetContext(InstanceContext):
    """One Asset: ``/v1/Services/{ServiceSid}/Assets/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this Asset: ``GET /v1/Services/{ServiceSid}/Assets/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^ZH[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Asset

    Twilio docs: https://www.twilio.com/docs/serverless
    """,
    )
    """Fetch this Asset: ``GET /v1/Services/{ServiceSid}/Assets/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^ZH[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Asset

    Twilio docs: https://www.twilio.com/docs/serverless
    """
    update = _UPDATE.call_method(
        AssetUpdateArgs,
        """Update this Asset: ``POST /v1/Services/{ServiceSid}/Assets/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^ZH[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Asset

    Twilio docs: https://www.twilio.com/docs/serverless
    """,
    )
    """Update this Asset: ``POST /v1/Services/{ServiceSid}/Assets/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^ZH[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Asset

    Twilio docs: https://www.twilio.com/docs/serverless
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this Asset: ``DELETE /v1/Services/{ServiceSid}/Assets/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^ZH[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/serverless
    """,
    )
    """Delete this Asset: ``DELETE /v1/Services/{ServiceSid}/Assets/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^ZH[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/serverless
    """
    asset_versions: Child[AssetVersionList] = Child(
        ".services_assets_asset_versions", "AssetVersionList"
    )


class AssetList(KeyedList[AssetContext]):
    """Asset collection: ``/v1/Services/{ServiceSid}/Assets``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^ZH[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(
        AssetCreateArgs,
        """Create a Asset: ``POST /v1/Services/{ServiceSid}/Assets``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Asset

    Twilio docs: https://www.twilio.com/docs/serverless
    """,
    )
    """Create a Asset: ``POST /v1/Services/{ServiceSid}/Assets``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Asset

    Twilio docs: https://www.twilio.com/docs/serverless
    """
    list = _LIST.list_method(
        ListArgs,
        """List Asset resources, every page up to ``limit`` items: ``GET /v1/Services/{ServiceSid}/Assets``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Asset]

    Twilio docs: https://www.twilio.com/docs/serverless
    """,
    )
    """List Asset resources, every page up to ``limit`` items: ``GET /v1/Services/{ServiceSid}/Assets``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Asset]

    Twilio docs: https://www.twilio.com/docs/serverless
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream Asset resources, one page in memory at a time: ``GET /v1/Services/{ServiceSid}/Assets``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Asset.

    Twilio docs: https://www.twilio.com/docs/serverless
    """,
    )
    """Stream Asset resources, one page in memory at a time: ``GET /v1/Services/{ServiceSid}/Assets``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Asset.

    Twilio docs: https://www.twilio.com/docs/serverless
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of Asset resources (``next_page()`` moves on): ``GET /v1/Services/{ServiceSid}/Assets``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Asset]

    Twilio docs: https://www.twilio.com/docs/serverless
    """,
    )
    """One page of Asset resources (``next_page()`` moves on): ``GET /v1/Services/{ServiceSid}/Assets``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Asset]

    Twilio docs: https://www.twilio.com/docs/serverless
    """
