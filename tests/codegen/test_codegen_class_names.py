"""Generated class names that would collide, and the attributes children are reached by."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from codegen.ir import VersionIR, build_project
from codegen.spec import SpecError, check_document


def _version(resources: dict[str, Any], enums: dict[str, Any] | None = None) -> VersionIR:
    doc = {
        "spec": 1,
        "domain": "example",
        "version": "v1",
        "dialect": "json-v1",
        "enums": enums or {},
        "resources": resources,
    }
    spec = check_document(doc, Path("example_v1.yaml"))
    return build_project([spec]).domains[0].versions[0]


def _fetchable(cls: str, path: str, **extra: Any) -> dict[str, Any]:
    return {"class": cls, "instance_path": path, "operations": {"fetch": {}}, **extra}


def test_an_enum_named_like_a_model_takes_an_enum_suffix() -> None:
    # serverless v1: enum ``build_status`` and the ``BuildStatus`` resource model
    resources = {
        "builds": _fetchable(
            "Build",
            "/v1/Builds/{Sid}",
            key={"param": "Sid", "field": "sid"},
            fields={"sid": "string", "status": "enum:build_status"},
        ),
        "builds.build_status": _fetchable("BuildStatus", "/v1/Builds/{Sid}/Status"),
    }
    version = _version(resources, {"build_status": ["building", "completed"]})
    assert [e.class_name for e in version.enums] == ["BuildStatusEnum"]
    models = {r.id: r.model.class_name for r in version.resources}
    assert models["builds.build_status"] == "BuildStatus"
    status = next(r for r in version.resources if r.id == "builds").model.fields[1]
    assert status.annotation == "BuildStatusEnum"


def test_an_enum_keeps_its_name_when_nothing_else_has_it() -> None:
    resources = {"builds": _fetchable("Build", "/v1/Builds", fields={"status": "enum:state"})}
    assert [e.class_name for e in _version(resources, {"state": ["a"]}).enums] == ["State"]


def test_a_model_named_like_a_context_keeps_its_name() -> None:
    # studio v1: ``Engagement``'s context beside the ``EngagementContext`` resource model
    resources = {
        "engagements": _fetchable(
            "Engagement", "/v1/Engagements/{Sid}", key={"param": "Sid", "field": "sid"}
        ),
        "engagements.engagement_context": _fetchable(
            "EngagementContext", "/v1/Engagements/{EngagementSid}/Context"
        ),
    }
    built = {r.id: r for r in _version(resources).resources}
    assert built["engagements"].context_class == "EngagementInstanceContext"
    assert built["engagements.engagement_context"].model.class_name == "EngagementContext"
    assert built["engagements.engagement_context"].context_class == "EngagementContextContext"


def test_a_singletons_children_are_on_its_list_too() -> None:
    resources = {
        "configuration": _fetchable("Configuration", "/v1/Configuration"),
        "configuration.webhooks": _fetchable("ConfigurationWebhook", "/v1/Configuration/Webhooks"),
    }
    built = {r.id: r for r in _version(resources).resources}
    config = built["configuration"]
    assert [c.attr for c in config.instance_children] == ["webhooks"]
    assert [c.attr for c in config.list_children] == ["webhooks"]


def test_attr_renames_the_attribute_and_two_children_may_not_share_one() -> None:
    resources = {
        "queues": _fetchable("Queue", "/v1/Queues/{Sid}", key={"param": "Sid", "field": "sid"}),
        "queues.stats": _fetchable("QueueStats", "/v1/Queues/{QueueSid}/Stats", attr="statistics"),
    }
    queue = next(r for r in _version(resources).resources if r.id == "queues")
    assert [c.attr for c in queue.instance_children] == ["statistics"]
    resources["queues.statistics"] = _fetchable("QueueStatistics", "/v1/Queues/{QueueSid}/S")
    with pytest.raises(SpecError, match="two children are reached as 'statistics'"):
        _version(resources)
