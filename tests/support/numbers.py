"""Phone numbers the tests send from and to."""

from __future__ import annotations

TO = "+15558675310"
FROM = "+15017122661"
