# Generated from specs/serverless_v1.yaml by `make codegen`; do not edit.
"""AssetVersion resources (``services.assets.asset_versions``)."""

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
    from .types.services_assets_asset_versions import AssetVersion

_TYPES = Models(__package__, ".types.services_assets_asset_versions")
_MODEL = _TYPES("AssetVersion")
_LIST_PATH = "/v1/Services/{0}/Assets/{1}/Versions"
_INSTANCE_PATH = "/v1/Services/{0}/Assets/{1}/Versions/{2}"
_LIST: Operation[AssetVersion] = Operation(
    "asset_versions.list", "GET", _LIST_PATH, body="none", list_key="asset_versions", model=_MODEL
)
_FETCH: Operation[AssetVersion] = Operation(
    "asset_versions.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)


class AssetVersionContext(InstanceContext):
    """One AssetVersion: ``/v1/Services/{ServiceSid}/Assets/{AssetSid}/Versions/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this AssetVersion: ``GET /v1/Services/{ServiceSid}/Assets/{AssetSid}/Versions/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^ZN[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        AssetVersion

    Twilio docs: https://www.twilio.com/docs/serverless
    """,
    )
    """Fetch this AssetVersion: ``GET /v1/Services/{ServiceSid}/Assets/{AssetSid}/Versions/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^ZN[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        AssetVersion

    Twilio docs: https://www.twilio.com/docs/serverless
    """


class AssetVersionList(KeyedList[AssetVersionContext]):
    """AssetVersion collection: ``/v1/Services/{ServiceSid}/Assets/{AssetSid}/Versions``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^ZN[0-9a-fA-F]{32}$")
    list = _LIST.list_method(
        ListArgs,
        """List AssetVersion resources, every page up to ``limit`` items: ``GET /v1/Services/{ServiceSid}/Assets/{AssetSid}/Versions``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[AssetVersion]

    Twilio docs: https://www.twilio.com/docs/serverless
    """,
    )
    """List AssetVersion resources, every page up to ``limit`` items: ``GET /v1/Services/{ServiceSid}/Assets/{AssetSid}/Versions``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[AssetVersion]

    Twilio docs: https://www.twilio.com/docs/serverless
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream AssetVersion resources, one page in memory at a time: ``GET /v1/Services/{ServiceSid}/Assets/{AssetSid}/Versions``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of AssetVersion.

    Twilio docs: https://www.twilio.com/docs/serverless
    """,
    )
    """Stream AssetVersion resources, one page in memory at a time: ``GET /v1/Services/{ServiceSid}/Assets/{AssetSid}/Versions``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of AssetVersion.

    Twilio docs: https://www.twilio.com/docs/serverless
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of AssetVersion resources (``next_page()`` moves on): ``GET /v1/Services/{ServiceSid}/Assets/{AssetSid}/Versions``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[AssetVersion]

    Twilio docs: https://www.twilio.com/docs/serverless
    """,
    )
    """One page of AssetVersion resources (``next_page()`` moves on): ``GET /v1/Services/{ServiceSid}/Assets/{AssetSid}/Versions``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[AssetVersion]

    Twilio docs: https://www.twilio.com/docs/serverless
    """
