# Generated from specs/sync_v1.yaml by `make codegen`; do not edit.
"""Response models of sync v1, loaded on first access: ``from twilio_async.rest.sync.v1.types import Document``."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .services import Service as Service
    from .services_documents import Document as Document
    from .services_documents_document_permissions import DocumentPermission as DocumentPermission
    from .services_sync_lists import SyncList as SyncList
    from .services_sync_lists_sync_list_items import SyncListItem as SyncListItem
    from .services_sync_lists_sync_list_permissions import SyncListPermission as SyncListPermission
    from .services_sync_maps import SyncMap as SyncMap
    from .services_sync_maps_sync_map_items import SyncMapItem as SyncMapItem
    from .services_sync_maps_sync_map_permissions import SyncMapPermission as SyncMapPermission
    from .services_sync_streams import SyncStream as SyncStream
    from .services_sync_streams_stream_messages import StreamMessage as StreamMessage

#: Model class name -> the module (relative to this package) that defines it.
_MODULES: dict[str, str] = {
    "Document": ".services_documents",
    "DocumentPermission": ".services_documents_document_permissions",
    "Service": ".services",
    "StreamMessage": ".services_sync_streams_stream_messages",
    "SyncList": ".services_sync_lists",
    "SyncListItem": ".services_sync_lists_sync_list_items",
    "SyncListPermission": ".services_sync_lists_sync_list_permissions",
    "SyncMap": ".services_sync_maps",
    "SyncMapItem": ".services_sync_maps_sync_map_items",
    "SyncMapPermission": ".services_sync_maps_sync_map_permissions",
    "SyncStream": ".services_sync_streams",
}
__all__ = [
    "Document",
    "DocumentPermission",
    "Service",
    "StreamMessage",
    "SyncList",
    "SyncListItem",
    "SyncListPermission",
    "SyncMap",
    "SyncMapItem",
    "SyncMapPermission",
    "SyncStream",
]


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_MODULES])
