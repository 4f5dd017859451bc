"""Importer naming rules, each on a small made-up v1 OpenAPI document.

One document per construct that once stopped an import of Twilio's files: list and
instance paths that disagree on x-twilio names (numbers v1), a placeholder after a
list-only parent (numbers v1), two resources returning one schema (marketplace v1), and
a list's child and an instance's child with one mount name (taskrouter v1).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from codegen.importer.openapi import read_openapi
from codegen.ir import build_project
from codegen.spec import attachment, check_document

Json = dict[str, Any]


def _op(op_id: str, schema: str | None = None, *, listed: bool = False) -> Json:
    """One operation; ``schema`` is what it returns (``listed``: as a v1 list page)."""
    if schema is None:
        return {"operationId": op_id, "responses": {"204": {"description": "gone"}}}
    ref: Json = {"$ref": f"#/components/schemas/{schema}"}
    body: Json = ref
    if listed:
        body = {
            "type": "object",
            "properties": {
                "items": {"type": "array", "items": ref},
                "meta": {"$ref": "#/components/schemas/meta"},
            },
        }
    code = "201" if op_id.startswith("Create") else "200"
    content = {"application/json": {"schema": body}}
    return {"operationId": op_id, "responses": {code: {"description": "ok", "content": content}}}


def _doc(paths: Json, schemas: Json) -> Json:
    meta = {"properties": {"next_page_url": {"type": "string"}, "page": {"type": "integer"}}}
    return {
        "openapi": "3.0.1",
        "info": {"title": "made up", "version": "1.0.0"},
        "servers": [{"url": "https://example.twilio.com"}],
        "paths": paths,
        "components": {"schemas": {"meta": meta, **schemas}},
    }


def _schema(*names: str) -> Json:
    return {"type": "object", "properties": {n: {"type": "string"} for n in names}}


def _import(paths: Json, schemas: Json) -> tuple[Json, list[str]]:
    doc, report = read_openapi(_doc(paths, schemas), "twilio_example_v1.json")
    check_document(doc, Path("example_v1.yaml"))  # the result is a valid spec
    return doc, list(report.unexpressed)


def test_list_and_instance_paths_with_different_mount_names_are_two_resources() -> None:
    paths = {
        "/v1/Config/Webhook": {
            "x-twilio": {"pathType": "list"},
            "post": _op("CreateWebhookConfiguration", "hook"),
        },
        "/v1/Config/Webhook/{WebhookType}": {
            "x-twilio": {
                "pathType": "instance",
                "mountName": "webhook_configurations_delete",
                "className": "webhook_configuration_delete",
            },
            "delete": _op("DeleteWebhookConfigurationDelete"),
        },
    }
    doc, notes = _import(paths, {"hook": _schema("url")})
    res = doc["resources"]
    assert set(res) == {"webhook", "webhook_configurations_delete"}
    assert res["webhook"]["list_path"] == "/v1/Config/Webhook"
    assert "instance_path" not in res["webhook"]
    deleted = res["webhook_configurations_delete"]
    assert deleted["instance_path"] == "/v1/Config/Webhook/{WebhookType}"
    assert deleted["key"]["param"] == "WebhookType"
    assert deleted["class"] == "WebhookConfigurationDelete"
    assert any("imported as two resources" in n for n in notes)


def test_a_placeholder_after_a_list_only_parent_gives_the_parent_an_instance_path() -> None:
    paths = {
        "/v1/Registrations": {
            "x-twilio": {"pathType": "list"},
            "post": _op("CreateRegistration", "registration"),
        },
        "/v1/Registrations/{BundleSid}/Sessions": {
            "x-twilio": {"pathType": "list"},
            "post": _op("CreateSession", "session"),
        },
    }
    doc, notes = _import(paths, {"registration": _schema("id"), "session": _schema("sid")})
    parent = doc["resources"]["registrations"]
    assert parent["instance_path"] == "/v1/Registrations/{BundleSid}"
    assert parent["key"]["param"] == "BundleSid"
    assert set(parent["operations"]) == {"create"}  # the instance path has none
    assert doc["resources"]["registrations.sessions"]["list_path"] == (
        "/v1/Registrations/{BundleSid}/Sessions"
    )
    assert any("the parent gets that instance path" in n for n in notes)


def test_resources_returning_one_schema_take_their_operation_names() -> None:
    paths = {
        "/v1/Listings": {
            "x-twilio": {"pathType": "list", "mountName": "module_data"},
            "post": _op("CreateModuleData", "module_data_management"),
        },
        "/v1/Listing/{Sid}": {
            "x-twilio": {"pathType": "instance", "mountName": "module_data_management"},
            "get": _op("FetchModuleDataManagement", "module_data_management"),
        },
    }
    doc, _ = _import(paths, {"module_data_management": _schema("sid")})
    classes = {rid: r["class"] for rid, r in doc["resources"].items()}
    assert classes == {
        "module_data": "ModuleData",
        "module_data_management": "ModuleDataManagement",
    }


def test_a_list_child_and_an_instance_child_may_share_a_mount(tmp_path: Path) -> None:
    paths = {
        "/v1/Queues": {
            "x-twilio": {"pathType": "list"},
            "get": _op("ListQueue", "queue", listed=True),
        },
        "/v1/Queues/{Sid}": {
            "x-twilio": {"pathType": "instance"},
            "get": _op("FetchQueue", "queue"),
        },
        "/v1/Queues/Statistics": {
            "x-twilio": {
                "pathType": "list",
                "parent": "/Queues",
                "className": "queues_statistics",
            },
            "get": _op("ListQueuesStatistics", "queues_statistics", listed=True),
        },
        "/v1/Queues/{QueueSid}/Statistics": {
            "x-twilio": {
                "pathType": "instance",
                "parent": "/Queues/{Sid}",
                "className": "queue_statistics",
            },
            "get": _op("FetchQueueStatistics", "queue_statistics"),
        },
    }
    schemas = {
        "queue": _schema("sid"),
        "queues_statistics": _schema("total"),
        "queue_statistics": _schema("queue_sid"),
    }
    doc, notes = _import(paths, schemas)
    res = doc["resources"]
    assert set(res) == {"queues", "queues.statistics", "queues.queues_statistics"}
    assert res["queues.queues_statistics"]["attr"] == "statistics"
    assert "attr" not in res["queues.statistics"]
    assert any("the list's gets its own id" in n for n in notes)

    path = tmp_path / "example_v1.yaml"
    spec = check_document(doc, path)
    queues = spec.resources["queues"]
    assert attachment(queues, spec.resources["queues.queues_statistics"]) == "list"
    assert attachment(queues, spec.resources["queues.statistics"]) == "instance"
    project = build_project([spec])
    version = project.domains[0].versions[0]
    built = next(r for r in version.resources if r.id == "queues")
    assert [(c.attr, c.list_class) for c in built.list_children] == [
        ("statistics", "QueuesStatisticsList")
    ]
    assert [(c.attr, c.list_class) for c in built.instance_children] == [
        ("statistics", "QueueStatisticsList")
    ]
