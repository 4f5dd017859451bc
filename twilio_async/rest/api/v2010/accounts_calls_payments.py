# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""Payments resources (``accounts.calls.payments``)."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

from twilio_async._resource import FORM, Args, InstanceContext, KeyedList, Models, Operation, P
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .enums import (
        PaymentsBankAccountType,
        PaymentsCapture,
        PaymentsPaymentMethod,
        PaymentsStatus,
        PaymentsTokenType,
    )
    from .types.accounts_calls_payments import Payments

_TYPES = Models(__package__, ".types.accounts_calls_payments")
_MODEL = _TYPES("Payments")
_LIST_PATH = "/2010-04-01/Accounts/{0}/Calls/{1}/Payments.json"
_INSTANCE_PATH = "/2010-04-01/Accounts/{0}/Calls/{1}/Payments/{2}.json"
_CREATE: Operation[Payments] = Operation(
    "payments.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("idempotency_key", "IdempotencyKey", FORM, "string", required=True),
    P("status_callback", "StatusCallback", FORM, "string", required=True),
    P("bank_account_type", "BankAccountType", FORM, "string"),
    P("charge_amount", "ChargeAmount", FORM, "number"),
    P("currency", "Currency", FORM, "string"),
    P("description", "Description", FORM, "string"),
    P("input", "Input", FORM, "string"),
    P("min_postal_code_length", "MinPostalCodeLength", FORM, "integer"),
    P("parameter", "Parameter", FORM, "object"),
    P("payment_connector", "PaymentConnector", FORM, "string"),
    P("payment_method", "PaymentMethod", FORM, "string"),
    P("postal_code", "PostalCode", FORM, "boolean"),
    P("security_code", "SecurityCode", FORM, "boolean"),
    P("timeout", "Timeout", FORM, "integer"),
    P("token_type", "TokenType", FORM, "string"),
    P("valid_card_types", "ValidCardTypes", FORM, "string"),
    P("require_matching_inputs", "RequireMatchingInputs", FORM, "string"),
    P("confirmation", "Confirmation", FORM, "string"),
)
_UPDATE: Operation[Payments] = Operation(
    "payments.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("idempotency_key", "IdempotencyKey", FORM, "string", required=True),
    P("status_callback", "StatusCallback", FORM, "string", required=True),
    P("capture", "Capture", FORM, "string"),
    P("status", "Status", FORM, "string"),
)


class PaymentsCreateArgs(Args):
    idempotency_key: str
    status_callback: str
    bank_account_type: PaymentsBankAccountType | str | NotGiven = NOT_GIVEN
    charge_amount: float | Decimal | NotGiven = NOT_GIVEN
    currency: str | NotGiven = NOT_GIVEN
    description: str | NotGiven = NOT_GIVEN
    input: str | NotGiven = NOT_GIVEN
    min_postal_code_length: int | NotGiven = NOT_GIVEN
    parameter: Any | NotGiven = NOT_GIVEN
    payment_connector: str | NotGiven = NOT_GIVEN
    payment_method: PaymentsPaymentMethod | str | NotGiven = NOT_GIVEN
    postal_code: bool | NotGiven = NOT_GIVEN
    security_code: bool | NotGiven = NOT_GIVEN
    timeout: int | NotGiven = NOT_GIVEN
    token_type: PaymentsTokenType | str | NotGiven = NOT_GIVEN
    valid_card_types: str | NotGiven = NOT_GIVEN
    require_matching_inputs: str | NotGiven = NOT_GIVEN
    confirmation: str | NotGiven = NOT_GIVEN


class PaymentsUpdateArgs(Args):
    idempotency_key: str
    status_callback: str
    capture: PaymentsCapture | str | NotGiven = NOT_GIVEN
    status: PaymentsStatus | str | NotGiven = NOT_GIVEN


class PaymentsContext(InstanceContext):
    """One Payments: ``/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Payments/{Sid}.json``."""

    __slots__ = ()
    update = _UPDATE.call_method(
        PaymentsUpdateArgs,
        """Update this Payments: ``POST /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Payments/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^PK[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        idempotency_key (str): ``IdempotencyKey``; string; required.
        status_callback (str): ``StatusCallback``; uri; required.
        capture (PaymentsCapture | str): ``Capture``; enum:payments_capture; one of ``payment-card-number``, ``expiration-date``, ``security-code``, ``postal-code``, ``bank-routing-number``, ``bank-account-number``, ``payment-card-number-matcher``, ``expiration-date-matcher``, ``security-code-matcher``, ``postal-code-matcher``; optional.
        status (PaymentsStatus | str): ``Status``; enum:payments_status; one of ``complete``, ``cancel``; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Payments

    Twilio docs: https://www.twilio.com/docs/voice/api/payment-resource
    """,
    )
    """Update this Payments: ``POST /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Payments/{Sid}.json``.

    The instance is addressed by ``{Sid}``, matching ``^PK[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        idempotency_key (str): ``IdempotencyKey``; string; required.
        status_callback (str): ``StatusCallback``; uri; required.
        capture (PaymentsCapture | str): ``Capture``; enum:payments_capture; one of ``payment-card-number``, ``expiration-date``, ``security-code``, ``postal-code``, ``bank-routing-number``, ``bank-account-number``, ``payment-card-number-matcher``, ``expiration-date-matcher``, ``security-code-matcher``, ``postal-code-matcher``; optional.
        status (PaymentsStatus | str): ``Status``; enum:payments_status; one of ``complete``, ``cancel``; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Payments

    Twilio docs: https://www.twilio.com/docs/voice/api/payment-resource
    """


class PaymentsList(KeyedList[PaymentsContext]):
    """Payments collection: ``/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Payments.json``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^PK[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(
        PaymentsCreateArgs,
        """Create a Payments: ``POST /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Payments.json``.

    Parameters are sent in the form body unless noted.

    Args:
        idempotency_key (str): ``IdempotencyKey``; string; required.
        status_callback (str): ``StatusCallback``; uri; required.
        bank_account_type (PaymentsBankAccountType | str): ``BankAccountType``; enum:payments_bank_account_type; one of ``consumer-checking``, ``consumer-savings``, ``commercial-checking``; optional.
        charge_amount (float | Decimal): ``ChargeAmount``; number; optional.
        currency (str): ``Currency``; string; optional.
        description (str): ``Description``; string; optional.
        input (str): ``Input``; string; optional.
        min_postal_code_length (int): ``MinPostalCodeLength``; integer; optional.
        parameter (Any): ``Parameter``; object; optional.
        payment_connector (str): ``PaymentConnector``; string; optional.
        payment_method (PaymentsPaymentMethod | str): ``PaymentMethod``; enum:payments_payment_method; one of ``credit-card``, ``ach-debit``; optional.
        postal_code (bool): ``PostalCode``; boolean; optional.
        security_code (bool): ``SecurityCode``; boolean; optional.
        timeout (int): ``Timeout``; integer; optional.
        token_type (PaymentsTokenType | str): ``TokenType``; enum:payments_token_type; one of ``one-time``, ``reusable``, ``payment-method``; optional.
        valid_card_types (str): ``ValidCardTypes``; string; optional.
        require_matching_inputs (str): ``RequireMatchingInputs``; string; optional.
        confirmation (str): ``Confirmation``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Payments

    Twilio docs: https://www.twilio.com/docs/voice/api/payment-resource
    """,
    )
    """Create a Payments: ``POST /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Payments.json``.

    Parameters are sent in the form body unless noted.

    Args:
        idempotency_key (str): ``IdempotencyKey``; string; required.
        status_callback (str): ``StatusCallback``; uri; required.
        bank_account_type (PaymentsBankAccountType | str): ``BankAccountType``; enum:payments_bank_account_type; one of ``consumer-checking``, ``consumer-savings``, ``commercial-checking``; optional.
        charge_amount (float | Decimal): ``ChargeAmount``; number; optional.
        currency (str): ``Currency``; string; optional.
        description (str): ``Description``; string; optional.
        input (str): ``Input``; string; optional.
        min_postal_code_length (int): ``MinPostalCodeLength``; integer; optional.
        parameter (Any): ``Parameter``; object; optional.
        payment_connector (str): ``PaymentConnector``; string; optional.
        payment_method (PaymentsPaymentMethod | str): ``PaymentMethod``; enum:payments_payment_method; one of ``credit-card``, ``ach-debit``; optional.
        postal_code (bool): ``PostalCode``; boolean; optional.
        security_code (bool): ``SecurityCode``; boolean; optional.
        timeout (int): ``Timeout``; integer; optional.
        token_type (PaymentsTokenType | str): ``TokenType``; enum:payments_token_type; one of ``one-time``, ``reusable``, ``payment-method``; optional.
        valid_card_types (str): ``ValidCardTypes``; string; optional.
        require_matching_inputs (str): ``RequireMatchingInputs``; string; optional.
        confirmation (str): ``Confirmation``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Payments

    Twilio docs: https://www.twilio.com/docs/voice/api/payment-resource
    """
