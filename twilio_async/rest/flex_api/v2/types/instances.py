# Generated from specs/flex_v2.yaml by `make codegen`; do not edit.
"""Instances models (``instances``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..instances import InstancesContext


class Instances(InstanceModel["InstancesContext"]):
    """A Instances as returned by the API."""

    pass

    _key_field = "instance_sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        flex_user: ClassVar = InstancesContext.flex_user

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..instances import InstancesContext  # noqa: F401
    else:
        flex_user = FromContext()
