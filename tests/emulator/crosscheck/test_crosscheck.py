"""twilio-python 9.13 as the judge of the emulator, over every operation the specs declare.

One emulator serves one run (sync client, then async client); each operation's
outcome is compared with the committed record (``expected.json``): a recorded
pass must still pass, a known failure that now passes must be re-recorded, and a
declared operation with no record entry fails until it is recorded.
"""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
from twilio.rest import Client as TwilioClient

from tests.emulator.crosscheck import _record
from tests.emulator.crosscheck._mapping import args_of, explore, find
from tests.emulator.crosscheck._runner import (
    EXCLUDED,
    FLAVOURS,
    PASS,
    ROOTS,
    CheckFailed,
    Plan,
    Runner,
    clean,
    declared,
    run_all,
    view_parent,
)
from tests.emulator.crosscheck._values import Values
from twilio_async.emulator._catalog import load_catalog

# twilio-python's async client passes aiohttp the ``auth`` argument aiohttp now deprecates.
pytestmark = pytest.mark.filterwarnings(
    "ignore:BasicAuth is deprecated:DeprecationWarning",
    "ignore:The 'auth' parameter is deprecated:DeprecationWarning",
)

CATALOG = load_catalog()
DECLARED = declared(CATALOG)
SUPPORTED = [c for c in DECLARED if c.split(" ", 1)[0] not in EXCLUDED]
RECORD = _record.load()
_HOW = f"re-record with `{_record.RERECORD}` and review the diff of {_record.RECORD.name}"


@pytest.fixture(scope="module")
def results() -> dict[str, dict[str, str]]:
    """One run over every supported operation, on its own thread and event loop."""
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, run_all()).result()


def test_the_record_covers_every_declared_operation() -> None:
    missing = sorted(set(DECLARED) - set(RECORD))
    extra = sorted(set(RECORD) - set(DECLARED))
    assert not missing and not extra, (
        f"declared but not recorded: {missing}; recorded but no longer declared: {extra}; {_HOW}"
    )


def test_every_supported_operation_is_attempted_by_both_clients(
    results: dict[str, dict[str, str]],
) -> None:
    assert sorted(results) == SUPPORTED
    assert all(set(results[c]) == set(FLAVOURS) for c in SUPPORTED)
    # every declared operation of every version twilio-python has (API 2010 alone is 197)
    versions = {c.split(" ", 1)[0] for c in SUPPORTED}
    assert {"api/v2010", "flex-api/v1", "verify/v2", "conversations/v1"} <= set(ROOTS) <= versions
    assert len(SUPPORTED) == sum(
        len(r.operations)
        for v in CATALOG.versions
        if f"{v.domain}/{v.version}" not in EXCLUDED
        for r in v.resources.values()
    )


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("case", SUPPORTED)
def test_operation_matches_the_record(
    results: dict[str, dict[str, str]], case: str, flavour: str
) -> None:
    recorded = RECORD.get(case, {}).get(flavour)
    assert recorded is not None, f"{case} [{flavour}] has no record entry; {_HOW}"
    got = results[case][flavour]
    if recorded == PASS:
        assert got == PASS, f"{case} [{flavour}] recorded as pass, now {got}"
    else:
        assert got != PASS, f"{case} [{flavour}] now passes: re-record ({_record.RERECORD})"


def test_excluded_versions_are_recorded_as_such_and_have_no_twilio_python_client() -> None:
    client = TwilioClient("AC" + "0" * 32, "unused")
    for case in DECLARED:
        version = case.split(" ", 1)[0]
        if version in EXCLUDED:
            assert RECORD[case] == {"excluded": EXCLUDED[version]}, case
    assert "api/v2008" in EXCLUDED and not hasattr(client.api, "v2008")


# ---------------------------------------------------------------- the harness itself


def test_accessors_and_keywords_come_from_twilio_python_itself() -> None:
    client = TwilioClient("AC" + "0" * 32, "unused")
    nodes = explore(client.api.v2010)
    messages = find(nodes, "/2010-04-01/Accounts/{AccountSid}/Messages.json", "create")
    assert messages is not None
    assert messages.accessor("client.api.v2010") == "client.api.v2010.accounts(…).messages"
    create = args_of(messages, "create")
    assert create["From"].keyword == "from_" and create["To"].keyword == "to"
    assert create["SendAt"].serializer == "iso8601_datetime"
    listing = args_of(messages, "list")
    assert listing["DateSent<"].keyword == "date_sent_before"
    keys = find(nodes, "/2010-04-01/Accounts/{AccountSid}/Keys.json", "create")
    assert keys is not None and keys.chain[-1].name == "new_keys"  # POST Keys.json is NewKey
    flex = explore(client.flex_api.v1)
    archive = find(flex, "/v1/PluginService/Plugins/{PluginSid}/Versions/{Sid}/Archive", "update")
    assert archive is not None and archive.chain[-1].arity == 2
    assert args_of(archive, "update")["Flex-Metadata"].keyword == "flex_metadata"


#: Operations whose twilio-python method the mapping cannot reach, each with its reason.
UNMAPPED = {
    "iam/v1 roles.role_permission list": (
        "twilio-python mounts it as a version-level method, role_permission(role_sid); the "
        "importer makes the namespace roles(role_sid) its parent (no /v1/Roles path exists)"
    ),
    "numbers/v1 sender_id_registrations.embedded_sessions create": (
        "twilio-python mounts it as a version-level method, embedded_sessions(bundle_sid); "
        "the spec reaches it as sender_id_registrations(bundle_sid).embedded_sessions"
    ),
}


def test_every_supported_operation_maps_to_a_twilio_python_method() -> None:
    plan = Plan(CATALOG)
    unmapped = [c for c in SUPPORTED if plan.nodes.get(c) is None]
    assert unmapped == sorted(c for c in UNMAPPED if c in SUPPORTED)


def test_subtype_lists_are_judged_as_views_of_their_keyed_parent() -> None:
    v = CATALOG.find("api", "v2010")
    parent = view_parent(v, v.resources["accounts.incoming_phone_numbers.local"])
    assert parent is not None and parent.id == "accounts.incoming_phone_numbers"
    assert view_parent(v, v.resources["accounts.messages"]) is None


class _Obj:
    def __init__(self, **fields: Any) -> None:
        self.__dict__.update(fields)


@pytest.mark.parametrize(
    ("rid", "verb", "result", "complaint"),
    [
        ("accounts.messages", "delete", False, "not True"),
        ("accounts.messages", "list", (), "not a list"),
        ("accounts.messages", "list", [_Obj(sid=None)], "key field sid is None"),
        ("accounts.messages", "fetch", _Obj(sid="MM" + "1" * 31), "does not match"),
        ("accounts.messages", "create", None, "returned None"),
        ("accounts.balance", "fetch", _Obj(), "every declared field is None"),
        ("accounts.outgoing_caller_ids", "create", _Obj(call_sid=None), "ValidationRequest"),
    ],
)
def test_checks_refuse_what_twilio_would_not_return(
    rid: str, verb: str, result: Any, complaint: str
) -> None:
    plan = Plan(CATALOG)
    runner = Runner(plan, TwilioClient("AC" + "0" * 32, "unused"), "sync", "AC" + "0" * 32)
    v = CATALOG.find("api", "v2010")
    with pytest.raises(CheckFailed, match=complaint):
        runner._check(v, v.resources[rid], verb, result)


def test_reasons_are_one_stable_line() -> None:
    text = "GET /Accounts/AC" + "a" * 32 + "/x\ncrosscheck-friendly-name-17 \x1b[31mred\x1b[0m"
    assert clean(text) == "GET /Accounts/AC…/x crosscheck-friendly-name-N red"


def test_creates_send_the_first_parameter_of_each_one_of_group() -> None:
    plan = Plan(CATALOG)
    runner = Runner(plan, TwilioClient("AC" + "0" * 32, "unused"), "sync", "AC" + "0" * 32)
    v = CATALOG.find("api", "v2010")
    for rid, wanted in (("accounts.messages", {"From", "Body"}), ("accounts.calls", {"Url"})):
        res = v.resources[rid]
        node = plan.nodes[f"api/v2010 {rid} create"]
        assert node is not None
        runner.kwargs(v, res, "create", node, Values(v.enums))
        assert wanted <= set(runner.sent[f"api/v2010 {rid}"])
    assert "MessagingServiceSid" not in runner.sent["api/v2010 accounts.messages"]


def test_given_values_win_over_generated_ones() -> None:
    plan = Plan(CATALOG)
    runner = Runner(plan, TwilioClient("AC" + "0" * 32, "unused"), "sync", "AC" + "0" * 32)
    v = CATALOG.find("api", "v2010")
    res = v.resources["accounts.incoming_phone_numbers"]
    node = plan.nodes["api/v2010 accounts.incoming_phone_numbers create"]
    assert node is not None
    got = runner.kwargs(v, res, "create", node, Values(v.enums), {"PhoneNumber": "+14155550100"})
    assert got["phone_number"] == "+14155550100"


@pytest.mark.parametrize(
    ("rid", "kind"),
    [
        ("accounts.incoming_phone_numbers", "local"),
        ("accounts.incoming_phone_numbers.local", "local"),
        ("accounts.incoming_phone_numbers.toll_free", "toll_free"),
        ("accounts.incoming_phone_numbers.mobile", "mobile"),
    ],
)
def test_number_creates_search_the_inventory_of_their_kind(rid: str, kind: str) -> None:
    plan = Plan(CATALOG)
    runner = Runner(plan, TwilioClient("AC" + "0" * 32, "unused"), "sync", "AC" + "0" * 32)
    v = CATALOG.find("api", "v2010")
    got = runner.purchase_of(v, v.resources[rid])
    assert got is not None
    wire, source, found = got
    assert (wire, source.id, found) == ("PhoneNumber", "accounts.available_phone_numbers", kind)
    assert runner.purchase_of(v, v.resources["accounts.messages"]) is None
