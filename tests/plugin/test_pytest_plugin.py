"""The pytest plugin shipped with the package (``twilio_async.pytest_plugin``), run by pytester.

Each test writes a small test file for a user's project and runs pytest on it: the
fixtures in sync and async tests, fault modes per test, a sync FastAPI ``TestClient``
app calling the threaded emulator, and a plugin loaded but unused importing nothing heavy.
"""

from __future__ import annotations

import textwrap

import pytest

pytest_plugins = ["pytester"]
pytestmark = pytest.mark.real_backend  # the inner runs use the production default backend

INI = """
[pytest]
asyncio_mode = auto
asyncio_default_fixture_loop_scope = function
"""


def _run(pytester: pytest.Pytester, source: str, *args: str) -> pytest.RunResult:
    pytester.makeini(INI)
    pytester.makepyfile(test_user=textwrap.dedent(source))
    return pytester.runpytest_subprocess("-p", "no:cacheprovider", *args)


def test_the_fixtures_work_in_sync_and_async_tests(pytester: pytest.Pytester) -> None:
    result = _run(
        pytester,
        """
        import asyncio

        async def test_async(twilio_client, twilio_emulator):
            message = await twilio_client.messages.create(
                to="+15558675310", from_="+15017122661", body="from async"
            )
            assert message.status in ("queued", "accepted", "sending", "sent")
            fetched = await twilio_client.messages(message.sid).fetch()
            assert fetched.body == "from async"
            assert twilio_emulator.count("accounts.messages") == 1

        def test_sync(twilio_client, twilio_emulator):
            async def send():
                return await twilio_client.messages.create(
                    to="+15558675310", from_="+15017122661", body="from sync"
                )
            asyncio.run(send())
            assert [r["body"] for r in twilio_emulator.records("accounts.messages")] == [
                "from sync"
            ]  # a fresh emulator per test: the async test's message is not here

        def test_plain_client_reaches_the_emulator(twilio_emulator):
            from twilio_async import Client

            async def send():
                async with Client() as client:  # TWILIO_* variables set by the fixture
                    assert client.account_sid == twilio_emulator.account_sid
                    await client.messages.create(
                        to="+15558675310", from_="+15017122661", body="plain"
                    )
            asyncio.run(send())
            assert twilio_emulator.count("accounts.messages", body="plain") == 1
        """,
    )
    result.assert_outcomes(passed=3)


def test_fault_modes_per_test(pytester: pytest.Pytester) -> None:
    result = _run(
        pytester,
        """
        import pytest
        from twilio_async import ServerError, RateLimitError

        SEND = dict(to="+15558675310", from_="+15017122661", body="hi")

        @pytest.mark.twilio_emulator(error_rate={503: 1.0})
        async def test_every_request_fails(twilio_client, twilio_emulator):
            with pytest.raises(ServerError) as caught:
                await twilio_client.messages.create(**SEND)
            assert caught.value.status == 503
            assert twilio_emulator.call(lambda emu: emu.stats.faults["503"]) == 1

        async def test_the_next_test_is_healthy(twilio_client):
            await twilio_client.messages.create(**SEND)

        @pytest.mark.twilio_emulator(client_options={"max_retries": 2}, error_rate={503: 1.0})
        async def test_client_options_from_the_marker(twilio_client, twilio_emulator):
            with pytest.raises(ServerError):
                await twilio_client.messages.list()  # a read: retried after a 503
            assert twilio_emulator.call(lambda emu: emu.stats.faults["503"]) == 3

        async def test_faults_changed_while_running(twilio_client, twilio_emulator):
            await twilio_client.messages.create(**SEND)
            twilio_emulator.set_faults(concurrency_limit=1, limit_retry_after=None)
            twilio_emulator.set_faults(error_rate={503: 1.0})
            with pytest.raises(ServerError):
                await twilio_client.messages.create(**SEND)
            twilio_emulator.set_faults(error_rate={})
            await twilio_client.messages.create(**SEND)
            limit = twilio_emulator.call(lambda emu: emu.faults.concurrency_limit)
            assert limit == 1
            with pytest.raises(ValueError, match="drop_rate"):
                twilio_emulator.set_faults(drop_rate=2.0)
            with pytest.raises(ValueError, match="unknown fault mode"):
                twilio_emulator.set_faults(drop_rat=0.5)
            assert twilio_emulator.call(lambda emu: emu.faults.drop_rate) == 0.0  # unchanged

        @pytest.mark.twilio_emulator(concurrency_limit=1, latency=1.0, limit_retry_after=None)
        async def test_the_account_concurrency_limit(twilio_client):
            import asyncio
            results = await asyncio.gather(
                *(twilio_client.messages.create(**SEND) for _ in range(3)),
                return_exceptions=True,
            )
            assert any(isinstance(r, RateLimitError) for r in results), results
        """,
    )
    result.assert_outcomes(passed=5)


def test_a_sync_testclient_app_sends_through_the_threaded_emulator(
    pytester: pytest.Pytester,
) -> None:
    result = _run(
        pytester,
        """
        from fastapi import FastAPI
        from fastapi.testclient import TestClient
        from twilio_async import Client

        app = FastAPI()

        @app.post("/orders/{order_id}/confirm")
        async def confirm(order_id: str):
            async with Client() as client:  # the app's own code: no test hooks
                message = await client.messages.create(
                    to="+15558675310", from_="+15017122661", body=f"order {order_id} confirmed"
                )
            return {"sid": message.sid}

        def test_confirm_sends_an_sms(twilio_emulator):
            with TestClient(app) as http:
                answer = http.post("/orders/42/confirm")
            assert answer.status_code == 200, answer.text
            [stored] = twilio_emulator.records("accounts.messages")
            assert stored["sid"] == answer.json()["sid"]
            assert stored["body"] == "order 42 confirmed"
        """,
        "-W",
        "ignore::DeprecationWarning",
    )
    result.assert_outcomes(passed=1)


def test_the_plugin_loaded_but_unused_imports_no_emulator(pytester: pytest.Pytester) -> None:
    result = _run(
        pytester,
        """
        import sys

        def test_nothing_heavy(pytestconfig):
            assert pytestconfig.pluginmanager.has_plugin("twilio_async")
            heavy = sorted(
                name for name in sys.modules
                if name.split(".")[0] in ("starlette", "uvicorn", "fastapi")
                or name.startswith("twilio_async.emulator")
            )
            assert heavy == []

        def test_the_marker_is_registered(pytestconfig):
            assert any(
                line.startswith("twilio_emulator(") for line in pytestconfig.getini("markers")
            )
        """,
        "--strict-markers",
    )
    result.assert_outcomes(passed=2)


def test_a_bad_marker_is_a_clear_error(pytester: pytest.Pytester) -> None:
    result = _run(
        pytester,
        """
        import pytest

        @pytest.mark.twilio_emulator(drop_rate=3.0)
        def test_bad_value(twilio_emulator):
            pass

        @pytest.mark.twilio_emulator(no_such_option=1)
        def test_bad_name(twilio_emulator):
            pass

        @pytest.mark.twilio_emulator({"latency": 1})
        def test_positional(twilio_emulator):
            pass
        """,
    )
    result.assert_outcomes(errors=3)
    result.stdout.fnmatch_lines(
        [
            "*twilio_emulator*drop_rate must be between 0 and 1*",
            "*twilio_emulator*no_such_option*",
            "*twilio_emulator takes keyword arguments only*",
        ]
    )
