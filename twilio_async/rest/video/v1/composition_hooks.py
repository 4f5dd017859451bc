# Generated from specs/video_v1.yaml by `make codegen`; do not edit.
"""CompositionHook resources (``composition_hooks``)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from twilio_async._resource import (
    FORM,
    QUERY,
    Args,
    InstanceContext,
    KeyedList,
    ListArgs,
    Models,
    Operation,
    P,
    PageArgs,
)
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .enums import CompositionHookFormat
    from .types.composition_hooks import CompositionHook

_TYPES = Models(__package__, ".types.composition_hooks")
_MODEL = _TYPES("CompositionHook")
_LIST_PATH = "/v1/CompositionHooks"
_INSTANCE_PATH = "/v1/CompositionHooks/{0}"
_CREATE: Operation[CompositionHook] = Operation(
    "composition_hooks.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("friendly_name", "FriendlyName", FORM, "string", required=True),
    P("enabled", "Enabled", FORM, "boolean"),
    P("video_layout", "VideoLayout", FORM, "object"),
    P("audio_sources", "AudioSources", FORM, "string", many=True),
    P("audio_sources_excluded", "AudioSourcesExcluded", FORM, "string", many=True),
    P("resolution", "Resolution", FORM, "string"),
    P("format", "Format", FORM, "string"),
    P("status_callback", "StatusCallback", FORM, "string"),
    P("status_callback_method", "StatusCallbackMethod", FORM, "string"),
    P("trim", "Trim", FORM, "boolean"),
)
_LIST: Operation[CompositionHook] = Operation(
    "composition_hooks.list",
    "GET",
    _LIST_PATH,
    body="none",
    list_key="composition_hooks",
    model=_MODEL,
).with_params(
    P("enabled", "Enabled", QUERY, "boolean"),
    P("date_created_after", "DateCreatedAfter", QUERY, "datetime"),
    P("date_created_before", "DateCreatedBefore", QUERY, "datetime"),
    P("friendly_name", "FriendlyName", QUERY, "string"),
)
_FETCH: Operation[CompositionHook] = Operation(
    "composition_hooks.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[CompositionHook] = Operation(
    "composition_hooks.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("friendly_name", "FriendlyName", FORM, "string", required=True),
    P("enabled", "Enabled", FORM, "boolean"),
    P("video_layout", "VideoLayout", FORM, "object"),
    P("audio_sources", "AudioSources", FORM, "string", many=True),
    P("audio_sources_excluded", "AudioSourcesExcluded", FORM, "string", many=True),
    P("trim", "Trim", FORM, "boolean"),
    P("format", "Format", FORM, "string"),
    P("resolution", "Resolution", FORM, "string"),
    P("status_callback", "StatusCallback", FORM, "string"),
    P("status_callback_method", "StatusCallbackMethod", FORM, "string"),
)
_DELETE: Operation[None] = Operation(
    "composition_hooks.delete", "DELETE", _INSTANCE_PATH, body="none"
)


class CompositionHookCreateArgs(Args):
    friendly_name: str
    enabled: bool | NotGiven = NOT_GIVEN
    video_layout: Any | NotGiven = NOT_GIVEN
    audio_sources: Sequence[str] | NotGiven = NOT_GIVEN
    audio_sources_excluded: Sequence[str] | NotGiven = NOT_GIVEN
    resolution: str | NotGiven = NOT_GIVEN
    format: CompositionHookFormat | str | NotGiven = NOT_GIVEN
    status_callback: str | NotGiven = NOT_GIVEN
    status_callback_method: str | NotGiven = NOT_GIVEN
    trim: bool | NotGiven = NOT_GIVEN


class CompositionHookFilters(Args):
    enabled: bool | NotGiven = NOT_GIVEN
    date_created_after: datetime | date | str | NotGiven = NOT_GIVEN
    date_created_before: datetime | date | str | NotGiven = NOT_GIVEN
    friendly_name: str | NotGiven = NOT_GIVEN


class CompositionHookListArgs(CompositionHookFilters, ListArgs): ...


class CompositionHookPageArgs(CompositionHookFilters, PageArgs): ...


class CompositionHookUpdateArgs(Args):
    friendly_name: str
    enabled: bool | NotGiven = NOT_GIVEN
    video_layout: Any | NotGiven = NOT_GIVEN
    audio_sources: Sequence[str] | NotGiven = NOT_GIVEN
    audio_sources_excluded: Sequence[str] | NotGiven = NOT_GIVEN
    trim: bool | NotGiven = NOT_GIVEN
    format: CompositionHookFormat | str | NotGiven = NOT_GIVEN
    resolution: str | NotGiven = NOT_GIVEN
    status_callback: str | NotGiven = NOT_GIVEN
    status_callback_method: str | NotGiven = NOT_GIVEN


class CompositionHookContext(InstanceContext):
    """One CompositionHook: ``/v1/CompositionHooks/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this CompositionHook: ``GET /v1/CompositionHooks/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^HK[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        CompositionHook

    Twilio docs: https://www.twilio.com/docs/video
    """,
    )
    """Fetch this CompositionHook: ``GET /v1/CompositionHooks/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^HK[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        CompositionHook

    Twilio docs: https://www.twilio.com/docs/video
    """
    update = _UPDATE.call_method(
        CompositionHookUpdateArgs,
        """Update this CompositionHook: ``POST /v1/CompositionHooks/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^HK[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; required.
        enabled (bool): ``Enabled``; boolean; optional.
        video_layout (Any): ``VideoLayout``; object; optional.
        audio_sources (Sequence[str]): ``AudioSources``; list<string>; optional.
        audio_sources_excluded (Sequence[str]): ``AudioSourcesExcluded``; list<string>; optional.
        trim (bool): ``Trim``; boolean; optional.
        format (CompositionHookFormat | str): ``Format``; enum:composition_hook_format; one of ``mp4``, ``webm``; optional.
        resolution (str): ``Resolution``; string; optional.
        status_callback (str): ``StatusCallback``; uri; optional.
        status_callback_method (str): ``StatusCallbackMethod``; http-method; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        CompositionHook

    Twilio docs: https://www.twilio.com/docs/video
    """,
    )
    """Update this CompositionHook: ``POST /v1/CompositionHooks/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^HK[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; required.
        enabled (bool): ``Enabled``; boolean; optional.
        video_layout (Any): ``VideoLayout``; object; optional.
        audio_sources (Sequence[str]): ``AudioSources``; list<string>; optional.
        audio_sources_excluded (Sequence[str]): ``AudioSourcesExcluded``; list<string>; optional.
        trim (bool): ``Trim``; boolean; optional.
        format (CompositionHookFormat | str): ``Format``; enum:composition_hook_format; one of ``mp4``, ``webm``; optional.
        resolution (str): ``Resolution``; string; optional.
        status_callback (str): ``StatusCallback``; uri; optional.
        status_callback_method (str): ``StatusCallbackMethod``; http-method; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        CompositionHook

    Twilio docs: https://www.twilio.com/docs/video
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this CompositionHook: ``DELETE /v1/CompositionHooks/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^HK[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/video
    """,
    )
    """Delete this CompositionHook: ``DELETE /v1/CompositionHooks/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^HK[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/video
    """


class CompositionHookList(KeyedList[CompositionHookContext]):
    """CompositionHook collection: ``/v1/CompositionHooks``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^HK[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(
        CompositionHookCreateArgs,
        """Create a CompositionHook: ``POST /v1/CompositionHooks``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; required.
        enabled (bool): ``Enabled``; boolean; optional.
        video_layout (Any): ``VideoLayout``; object; optional.
        audio_sources (Sequence[str]): ``AudioSources``; list<string>; optional.
        audio_sources_excluded (Sequence[str]): ``AudioSourcesExcluded``; list<string>; optional.
        resolution (str): ``Resolution``; string; optional.
        format (CompositionHookFormat | str): ``Format``; enum:composition_hook_format; one of ``mp4``, ``webm``; optional.
        status_callback (str): ``StatusCallback``; uri; optional.
        status_callback_method (str): ``StatusCallbackMethod``; http-method; optional.
        trim (bool): ``Trim``; boolean; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        CompositionHook

    Twilio docs: https://www.twilio.com/docs/video
    """,
    )
    """Create a CompositionHook: ``POST /v1/CompositionHooks``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; required.
        enabled (bool): ``Enabled``; boolean; optional.
        video_layout (Any): ``VideoLayout``; object; optional.
        audio_sources (Sequence[str]): ``AudioSources``; list<string>; optional.
        audio_sources_excluded (Sequence[str]): ``AudioSourcesExcluded``; list<string>; optional.
        resolution (str): ``Resolution``; string; optional.
        format (CompositionHookFormat | str): ``Format``; enum:composition_hook_format; one of ``mp4``, ``webm``; optional.
        status_callback (str): ``StatusCallback``; uri; optional.
        status_callback_method (str): ``StatusCallbackMethod``; http-method; optional.
        trim (bool): ``Trim``; boolean; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        CompositionHook

    Twilio docs: https://www.twilio.com/docs/video
    """
    list = _LIST.list_method(
        CompositionHookListArgs,
        """List CompositionHook resources, every page up to ``limit`` items: ``GET /v1/CompositionHooks``.

    Parameters are sent in the query string unless noted.

    Args:
        enabled (bool): ``Enabled``; boolean; optional.
        date_created_after (datetime | date | str): ``DateCreatedAfter``; datetime; optional.
        date_created_before (datetime | date | str): ``DateCreatedBefore``; datetime; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[CompositionHook]

    Twilio docs: https://www.twilio.com/docs/video
    """,
    )
    """List CompositionHook resources, every page up to ``limit`` items: ``GET /v1/CompositionHooks``.

    Parameters are sent in the query string unless noted.

    Args:
        enabled (bool): ``Enabled``; boolean; optional.
        date_created_after (datetime | date | str): ``DateCreatedAfter``; datetime; optional.
        date_created_before (datetime | date | str): ``DateCreatedBefore``; datetime; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[CompositionHook]

    Twilio docs: https://www.twilio.com/docs/video
    """
    stream = _LIST.stream_method(
        CompositionHookListArgs,
        """Stream CompositionHook resources, one page in memory at a time: ``GET /v1/CompositionHooks``.

    Parameters are sent in the query string unless noted.

    Args:
        enabled (bool): ``Enabled``; boolean; optional.
        date_created_after (datetime | date | str): ``DateCreatedAfter``; datetime; optional.
        date_created_before (datetime | date | str): ``DateCreatedBefore``; datetime; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of CompositionHook.

    Twilio docs: https://www.twilio.com/docs/video
    """,
    )
    """Stream CompositionHook resources, one page in memory at a time: ``GET /v1/CompositionHooks``.

    Parameters are sent in the query string unless noted.

    Args:
        enabled (bool): ``Enabled``; boolean; optional.
        date_created_after (datetime | date | str): ``DateCreatedAfter``; datetime; optional.
        date_created_before (datetime | date | str): ``DateCreatedBefore``; datetime; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of CompositionHook.

    Twilio docs: https://www.twilio.com/docs/video
    """
    page = _LIST.page_method(
        CompositionHookPageArgs,
        """One page of CompositionHook resources (``next_page()`` moves on): ``GET /v1/CompositionHooks``.

    Parameters are sent in the query string unless noted.

    Args:
        enabled (bool): ``Enabled``; boolean; optional.
        date_created_after (datetime | date | str): ``DateCreatedAfter``; datetime; optional.
        date_created_before (datetime | date | str): ``DateCreatedBefore``; datetime; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[CompositionHook]

    Twilio docs: https://www.twilio.com/docs/video
    """,
    )
    """One page of CompositionHook resources (``next_page()`` moves on): ``GET /v1/CompositionHooks``.

    Parameters are sent in the query string unless noted.

    Args:
        enabled (bool): ``Enabled``; boolean; optional.
        date_created_after (datetime | date | str): ``DateCreatedAfter``; datetime; optional.
        date_created_before (datetime | date | str): ``DateCreatedBefore``; datetime; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[CompositionHook]

    Twilio docs: https://www.twilio.com/docs/video
    """
