"""The errors of the emulator, batch, webhooks, TwiML and FastAPI modules: TwilioErrors, picklable.

``_errors.py`` promises that every error the package raises is a ``TwilioError``;
the first test walks these packages for exception classes so a new one cannot
slip out of the hierarchy. The others pickle each error (task queues and process
pools do) and check it comes back with its attributes.
"""

from __future__ import annotations

import importlib
import inspect
import pickle
import pkgutil

import pytest

from twilio_async._errors import TwilioError, TwilioValidationError
from twilio_async.batch import BadRow, BadRowError, CsvError, JournalError, JournalMismatchError
from twilio_async.emulator._types import (
    DropConnection,
    EmulatorError,
    ErrorDoc,
    bad_request,
    not_found,
    unauthorized,
)
from twilio_async.fastapi import _Rejected
from twilio_async.twiml import TwiMLError

PACKAGES = (
    "twilio_async.emulator",
    "twilio_async.batch",
    "twilio_async.webhooks",
    "twilio_async.twiml",
)
MODULES = ("twilio_async.fastapi",)


def _module_names() -> list[str]:
    names = list(MODULES)
    for package in PACKAGES:
        names.append(package)
        path = importlib.import_module(package).__path__
        names += [info.name for info in pkgutil.walk_packages(path, package + ".")]
    return names


def _exception_classes() -> dict[str, type[BaseException]]:
    """Every exception class defined (not just imported) in those modules, by qualified name."""
    found: dict[str, type[BaseException]] = {}
    for name in _module_names():
        module = importlib.import_module(name)
        for obj in vars(module).values():
            if (
                inspect.isclass(obj)
                and issubclass(obj, BaseException)
                and obj.__module__ == module.__name__
            ):
                found[f"{obj.__module__}.{obj.__qualname__}"] = obj
    return found


def test_every_exception_class_there_is_a_twilio_error() -> None:
    classes = _exception_classes()
    expected = {
        EmulatorError,
        DropConnection,
        CsvError,
        BadRowError,
        JournalError,
        JournalMismatchError,
        TwiMLError,
        _Rejected,
    }
    assert expected <= set(classes.values())  # the walk saw them all
    outside = sorted(name for name, cls in classes.items() if not issubclass(cls, TwilioError))
    assert not outside, f"not TwilioErrors: {outside}"


def test_the_other_bases_stay() -> None:
    assert issubclass(BadRowError, CsvError)
    assert issubclass(JournalMismatchError, JournalError)
    assert issubclass(TwiMLError, TwilioValidationError)
    assert issubclass(TwiMLError, ValueError)


def _round_trip(err: TwilioError) -> TwilioError:
    copy = pickle.loads(pickle.dumps(err))
    assert type(copy) is type(err)
    assert copy.args == err.args
    assert str(copy) == str(err)
    assert vars(copy) == vars(err)
    assert isinstance(copy, TwilioError)
    return copy


def test_emulator_error_pickles_with_its_answer() -> None:
    err = EmulatorError(
        429, 20429, "Too Many Requests", detail="slow down", headers={"Retry-After": "2"}
    )
    copy = _round_trip(err)
    assert isinstance(copy, EmulatorError)
    assert copy.doc == ErrorDoc(429, 20429, "Too Many Requests", "slow down")
    assert copy.doc.more_info == "https://www.twilio.com/docs/errors/20429"
    assert copy.headers == {"Retry-After": "2"}
    assert copy.status == 429


@pytest.mark.parametrize(
    "err",
    [not_found("/2010-04-01/Accounts/AC1.json"), bad_request(21211, "bad To"), unauthorized()],
    ids=["not_found", "bad_request", "unauthorized"],
)
def test_emulator_error_helpers_pickle(err: EmulatorError) -> None:
    copy = _round_trip(err)
    assert isinstance(copy, EmulatorError)
    assert copy.doc == err.doc
    assert copy.headers == err.headers


def test_drop_connection_pickles() -> None:
    assert isinstance(_round_trip(DropConnection()), DropConnection)


def test_csv_errors_pickle() -> None:
    copy = _round_trip(CsvError("the file has no 'to' column"))
    assert str(copy) == "the file has no 'to' column"
    bad = _round_trip(BadRowError(BadRow(7, "invalid 'to' number")))
    assert isinstance(bad, BadRowError)
    assert bad.bad == BadRow(7, "invalid 'to' number")
    assert str(bad) == "line 7: invalid 'to' number"


def test_journal_errors_pickle() -> None:
    assert str(_round_trip(JournalError("locked"))) == "locked"
    mismatch = _round_trip(JournalMismatchError("written for another account"))
    assert isinstance(mismatch, JournalMismatchError)


def test_twiml_error_pickles() -> None:
    copy = _round_trip(TwiMLError("<Dial> cannot contain <Say>"))
    assert isinstance(copy, TwiMLError)


def test_webhook_rejection_pickles() -> None:
    copy = _round_trip(_Rejected(403, "invalid signature"))
    assert isinstance(copy, _Rejected)
    assert (copy.status, copy.reason) == (403, "invalid signature")
