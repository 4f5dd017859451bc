"""Every operation of every generated resource, on the wire.

Cases come from the generated ``catalog.json`` files (the specs as data), one per
(spec, resource, verb). Each case reaches the operation through the public API
(``client.<domain>.<version>.<resource>(key)...``), passes every declared
parameter, and checks the request (method, URL, query, form/JSON body, headers)
and the parsed response against expectations computed here from the catalog,
not by the runtime's own encoders. A dropped or misplaced parameter, a wrong
path, or a field that no longer parses fails a named case.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
import respx

from tests.operations.wire import (
    SUPPORTED_DIALECTS,
    OpCase,
    check_model,
    check_request,
    check_signature,
    http_response,
    instance_verbs,
    load_catalogs,
    method_names,
    mocked_client,
    navigate,
    op_cases,
    request_plan,
)
from twilio_async import Client

CATALOGS = load_catalogs()
CASES = op_cases(CATALOGS)


def _addressable(case: OpCase) -> bool:
    """Whether a model ``case`` returns knows its instance: no key, a key field it carries, or
    the context it came from (monitor v2's alarms carry no ``sid``: list items cannot)."""
    key = case.resource["key"]
    return key is None or key["field"] in case.resource["fields"] or case.op["on"] == "instance"


FORWARD_CASES = [
    c for c in CASES if c.returns_resource_model and instance_verbs(c) and _addressable(c)
]


@pytest.fixture
async def client() -> AsyncIterator[Client]:
    async with mocked_client() as c:
        yield c


async def _invoke(node: Any, case: OpCase, kwargs: dict[str, Any]) -> Any:
    if case.verb == "list":
        return await node.page(page_size=2, **kwargs)
    return await getattr(node, case.verb)(**kwargs)


def _check_result(case: OpCase, result: Any) -> Any:
    """Check the parsed result; return the model it carries (or None for delete)."""
    if case.verb == "delete":
        assert result is True, case.id
        return None
    if case.verb == "list":
        assert len(result.items) == 1, case.id
        assert result.next_page_url is None and result.page_size == 2, case.id
        result = result.items[0]
    check_model(case, result)
    return result


def test_every_catalog_and_operation_is_covered() -> None:
    labels = {c.label: c.dialect for c in CATALOGS}
    assert labels.get("api.v2010") == "json-2010"
    assert labels.get("flex-api.v1") == "json-v1"
    # A spec in a dialect these tests cannot build responses for must extend tests/operations.
    assert {c.dialect for c in CATALOGS} <= SUPPORTED_DIALECTS
    # Every operation of every catalog is a case; nothing is filtered.
    expected = sum(len(r["operations"]) for c in CATALOGS for r in c.resources.values())
    assert len(CASES) == expected > 250


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
async def test_operation(case: OpCase, client: Client, mock: respx.MockRouter) -> None:
    plan = request_plan(case)
    node = navigate(client, case)
    for name in method_names(case.verb):
        check_signature(case, getattr(node, name), plan)

    route = mock.route().mock(return_value=http_response(case))
    result = await _invoke(node, case, plan.kwargs)
    assert route.call_count == 1, case.id
    check_request(case, route.calls.last.request, plan)
    _check_result(case, result)

    if case.verb == "list":
        # list() sends the same request and returns the parsed items.
        items = await node.list(page_size=2, **plan.kwargs)
        assert route.call_count == 2, case.id
        check_request(case, route.calls.last.request, plan)
        assert len(items) == 1
        check_model(case, items[0])
        # A last page has no next page, and asking for it sends nothing.
        assert await result.next_page() is None
        assert route.call_count == 2, case.id


@pytest.mark.parametrize("case", FORWARD_CASES, ids=lambda c: c.id)
async def test_model_forwards_instance_methods(
    case: OpCase, client: Client, mock: respx.MockRouter
) -> None:
    """A model returned by ``case`` has every instance method and it hits the same URL."""
    route = mock.route().mock(return_value=http_response(case))
    model = _check_result(
        case, await _invoke(navigate(client, case), case, request_plan(case).kwargs)
    )
    for verb in instance_verbs(case):
        target = OpCase(case.catalog, case.rid, verb)
        plan = request_plan(target)
        method = getattr(model, verb, None)
        assert callable(method), f"{case.id}: model has no {verb}()"
        check_signature(target, method, plan)
        route.return_value = http_response(target)
        calls = route.call_count
        result = await method(**plan.kwargs)
        assert route.call_count == calls + 1
        check_request(target, route.calls.last.request, plan)
        _check_result(target, result)
