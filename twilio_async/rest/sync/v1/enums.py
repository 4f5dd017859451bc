# Generated from specs/sync_v1.yaml by `make codegen`; do not edit.
"""Enums of sync v1."""

from __future__ import annotations

from twilio_async._types import TwilioEnum


class SyncListItemQueryFromBoundType(TwilioEnum):
    """Values of ``sync_list_item_query_from_bound_type``; unknown values are kept, not rejected."""

    INCLUSIVE = "inclusive"
    EXCLUSIVE = "exclusive"


class SyncListItemQueryResultOrder(TwilioEnum):
    """Values of ``sync_list_item_query_result_order``; unknown values are kept, not rejected."""

    ASC = "asc"
    DESC = "desc"


class SyncMapItemQueryFromBoundType(TwilioEnum):
    """Values of ``sync_map_item_query_from_bound_type``; unknown values are kept, not rejected."""

    INCLUSIVE = "inclusive"
    EXCLUSIVE = "exclusive"


class SyncMapItemQueryResultOrder(TwilioEnum):
    """Values of ``sync_map_item_query_result_order``; unknown values are kept, not rejected."""

    ASC = "asc"
    DESC = "desc"
