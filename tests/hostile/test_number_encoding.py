"""Non-finite numbers are refused as a typed error, a signaling NaN Decimal included."""

from __future__ import annotations

from decimal import Decimal

import pytest

from twilio_async import TwilioValidationError
from twilio_async._encoding import encode_number, json_value


@pytest.mark.parametrize(
    "value",
    [Decimal("sNaN"), Decimal("-sNaN"), Decimal("NaN"), Decimal("-Infinity"), float("nan")],
    ids=repr,
)
def test_non_finite_numbers_are_refused(value: object) -> None:
    with pytest.raises(TwilioValidationError, match="'max_price' expects a finite number"):
        encode_number("max_price", value)
    with pytest.raises(TwilioValidationError, match="finite number"):
        json_value("max_price", "number", False, value)


def test_finite_numbers_still_encode() -> None:
    assert encode_number("max_price", Decimal("0.50")) == "0.50"
    assert encode_number("max_price", 2) == "2"
