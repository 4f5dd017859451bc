"""Response models, importable from one public place: ``from twilio_async.types import Message``.

Names load on first access (PEP 562), so importing this module imports no model.
A model class name used by only one API version is exported here; a name several
versions use is exported for API 2010 when it is one of them, and otherwise only
from the versions' own modules (``twilio_async.rest.<domain>.<version>.types``),
which export every model of their version. ``specs/README.md`` states the rule.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from .rest._models_index import AMBIGUOUS, MODULES

if TYPE_CHECKING:
    from .rest._models_index import *  # noqa: F403  (the models, for type checkers)

__all__ = sorted(MODULES)


def __getattr__(name: str) -> Any:
    package = MODULES.get(name)
    if package is None:
        places = AMBIGUOUS.get(name)
        if places:
            raise AttributeError(
                f"{name!r} is a model of several API versions; import it from one of: "
                + ", ".join(places)
            )
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(package, "twilio_async.rest"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *MODULES])
