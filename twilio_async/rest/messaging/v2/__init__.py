# Generated from specs/messaging_v2.yaml by `make codegen`; do not edit.
"""messaging v2: the version root."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._domains import Version
from twilio_async._resource import Root

if TYPE_CHECKING:
    from .channels_senders import ChannelsSenderResponseList
    from .domain_certs import DomainCertsList
    from .typing_indicator import TypingIndicatorList


class V2(Version):
    """``messaging`` v2 (json-v1)."""

    domain = "messaging"
    dialect_name = "json-v1"
    channels_senders: Root[ChannelsSenderResponseList] = Root(
        ".channels_senders", "ChannelsSenderResponseList"
    )
    domain_certs: Root[DomainCertsList] = Root(".domain_certs", "DomainCertsList")
    typing_indicator: Root[TypingIndicatorList] = Root(".typing_indicator", "TypingIndicatorList")
