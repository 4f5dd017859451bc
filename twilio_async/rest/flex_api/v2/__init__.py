# Generated from specs/flex_v2.yaml by `make codegen`; do not edit.
"""flex-api v2: the version root."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._domains import Version
from twilio_async._resource import Mount, Root

if TYPE_CHECKING:
    from .instances import InstancesList
    from .instances_flex_user import FlexUserContext
    from .web_channels import WebChannelsList


class V2(Version):
    """``flex-api`` v2 (json-v1)."""

    domain = "flex-api"
    dialect_name = "json-v1"
    instances: Root[InstancesList] = Root(".instances", "InstancesList")
    web_channels: Root[WebChannelsList] = Root(".web_channels", "WebChannelsList")
    flex_user: Mount[FlexUserContext] = Mount(
        ".instances_flex_user", "FlexUserList", ("instance_sid", "flex_user_sid")
    )
