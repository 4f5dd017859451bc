"""Docs URLs: the one fact taken from description text, per resource and per file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from codegen.importer.docs_urls import FALLBACK, file_docs_url, resource_docs_url, urls_in
from codegen.importer.hand_edits import merge_hand_edits
from codegen.importer.report import Report
from codegen.spec import SpecError, check_document

DOCS = "https://www.twilio.com/docs"


def _op(*texts: str, param: str = "") -> dict[str, Any]:
    op: dict[str, Any] = {"description": " ".join(texts)}
    if param:
        op["parameters"] = [{"name": "X", "description": param}]
    return op


def test_urls_are_found_normalized() -> None:
    text = f"See [the page]({DOCS}/sms/api/message-resource#status). Also {DOCS}/voice/ and x."
    assert urls_in({"d": text}) == [f"{DOCS}/sms/api/message-resource", f"{DOCS}/voice"]
    assert urls_in({"d": "https://example.com/docs/x https://twilio.com/docs/y"}) == []


def test_the_page_named_after_the_class_wins() -> None:
    ops = [
        _op(param=f"The [Account]({DOCS}/iam/api/account) that created it."),
        _op(f"Read {DOCS}/messaging/api/service-resource first.", param="x"),
        _op(f"Details: {DOCS}/sms/api/message-resource#x"),
    ]
    assert resource_docs_url("Message", ops) == f"{DOCS}/sms/api/message-resource"


@pytest.mark.parametrize(
    ("cls", "url"),
    [
        ("Participant", f"{DOCS}/voice/api/conference-participant-resource"),
        ("Payments", f"{DOCS}/voice/api/payment-resource"),
        ("UsageRecord", f"{DOCS}/usage/api/usage-record-resource"),
    ],
)
def test_prefixed_and_plural_names_match(cls: str, url: str) -> None:
    assert resource_docs_url(cls, [_op(f"see {url}")]) == url


def test_another_resources_page_is_not_taken() -> None:
    ops = [_op(f"{DOCS}/conversational-intelligence/api/service-resource")]
    assert resource_docs_url("RealtimeTranscription", ops) is None
    assert resource_docs_url("Queue", [_op("no links at all")]) is None


def test_file_fallback_skips_generic_sections() -> None:
    paths = {
        "/a": _op(f"{DOCS}/iam/api/account {DOCS}/iam/x {DOCS}/glossary/what-e164"),
        "/b": _op(f"{DOCS}/verify/api {DOCS}/verify/y"),
    }
    assert file_docs_url({"paths": paths}) == f"{DOCS}/verify"
    assert file_docs_url({"paths": {"/a": _op(f"{DOCS}/glossary/x")}}) == FALLBACK
    assert file_docs_url({"paths": {}}) == FALLBACK


def test_the_existing_files_url_is_a_hand_value() -> None:
    doc: dict[str, Any] = {"docs_url": f"{DOCS}/derived", "resources": {}, "enums": {}}
    merge_hand_edits(doc, {"docs_url": f"{DOCS}/flex/developer", "resources": {}}, Report("x.json"))
    assert doc["docs_url"] == f"{DOCS}/flex/developer"


def _spec(**top: Any) -> dict[str, Any]:
    resource: dict[str, Any] = {"class": "Thing", "list_path": "/v1/Things", "list_key": "things"}
    resource.update(top.pop("resource", {}))
    return {
        "spec": 1,
        "domain": "things",
        "version": "v1",
        "dialect": "json-v1",
        **top,
        "resources": {"things": {**resource, "operations": {"list": {}}}},
    }


def test_resources_inherit_the_files_url() -> None:
    spec = check_document(_spec(docs_url=f"{DOCS}/things"), Path("things_v1.yaml"))
    assert spec.resources["things"].docs_url == f"{DOCS}/things"
    own = check_document(
        _spec(docs_url=f"{DOCS}/things", resource={"docs_url": f"{DOCS}/things/api/thing"}),
        Path("things_v1.yaml"),
    )
    assert own.resources["things"].docs_url == f"{DOCS}/things/api/thing"
    assert check_document(_spec(), Path("things_v1.yaml")).resources["things"].docs_url is None


@pytest.mark.parametrize("url", ["https://example.com/docs", "http://www.twilio.com/docs/x", 3])
def test_only_twilio_docs_urls_are_accepted(url: object) -> None:
    with pytest.raises(SpecError, match="docs_url"):
        check_document(_spec(docs_url=url), Path("things_v1.yaml"))
