"""The SDK as type checkers see it from user code: exact, for pyright and mypy alike.

``user_module.py`` is application code (create, fetch, update through the model,
stream, ``except NotFoundError``): ``pyright --strict`` and ``mypy --strict`` must
report nothing on it. A scratch module then reveals the types the generator works
hardest for (methods on models, ``_context``, list methods) and both checkers must
show the real signatures, with no ``Any`` beyond the ``Coroutine[Any, Any, ...]``
that every ``async def`` has.
"""

from __future__ import annotations

import atexit
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
USER_MODULE = HERE / "user_module.py"

REVEAL = """\
from twilio_async import Client
from twilio_async.rest.api.v2010.types.accounts_messages import Message


async def reveal(client: Client, message: Message) -> None:
    reveal_type(message.update)  # update
    reveal_type(message._context)  # context
    reveal_type(message.media)  # media
    reveal_type(client.messages.page)  # page
    reveal_type(client.messages("SM" + "0" * 32).delete)  # delete
"""


def _pyright(*files: Path) -> dict[str, object]:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pyright",
            "--outputjson",
            "--pythonpath",
            sys.executable,
            "--pythonversion",
            "3.10",
            *map(str, files),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    report: dict[str, object] = json.loads(result.stdout)
    return report


#: mypy's cache for these checks alone: a project cache filled by a run over other
#: entry points (``mypy tests/x.py``) can hold types inferred in another order.
_MYPY_CACHE = Path(tempfile.mkdtemp(prefix="twilio-async-typing-mypy-"))
atexit.register(shutil.rmtree, _MYPY_CACHE, ignore_errors=True)


def _mypy(*files: Path) -> subprocess.CompletedProcess[str]:
    args = ["--strict", "--python-version", "3.10", "--cache-dir", str(_MYPY_CACHE)]
    return subprocess.run(
        [sys.executable, "-m", "mypy", *args, *map(str, files)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )


def _messages(report: dict[str, object]) -> list[dict[str, object]]:
    diagnostics = report["generalDiagnostics"]
    assert isinstance(diagnostics, list)
    return diagnostics


def test_pyright_strict_accepts_the_user_module() -> None:
    report = _pyright(USER_MODULE)
    problems = [d for d in _messages(report) if d["severity"] != "information"]
    assert problems == []
    summary = report["summary"]
    assert isinstance(summary, dict)
    assert summary["filesAnalyzed"] >= 1


def test_mypy_strict_accepts_the_user_module() -> None:
    result = _mypy(USER_MODULE)
    assert result.returncode == 0, result.stdout + result.stderr


def _revealed(text: str, tmp_path: Path) -> Path:
    scratch = tmp_path / "reveal_types.py"
    scratch.write_text(text)
    return scratch


#: Per revealed line: what both checkers must show (pyright's spelling; mypy's is checked
#: through the same keyword names and types, module paths stripped).
EXPECTED = {
    "update": [
        "options: RequestOptions | None",
        "body: str | NotGiven",
        "status: MessageUpdateStatus | str | NotGiven",
        "Coroutine[Any, Any, Message]",
    ],
    "context": ["MessageContext"],
    "media": ["MediaList"],
    "page": [
        "to: str | NotGiven",
        "date_sent_after: datetime | date | str | NotGiven",
        "page_size: int | None",
        "page_token: str | None",
        "page_number: int | None",
        "Coroutine[Any, Any, Page[Message]]",
    ],
    "delete": ["options: RequestOptions | None", "Coroutine[Any, Any, bool]"],
}


def _check_reveals(revealed: dict[str, str]) -> None:
    assert set(revealed) == set(EXPECTED), revealed
    for key, parts in EXPECTED.items():
        text = revealed[key]
        for part in parts:
            assert part in text, f"{key}: {part!r} not in {text!r}"
        # No Any but the two of the coroutine type itself.
        assert text.count("Any") == text.count("Coroutine[Any, Any,") * 2, text
    assert "limit" not in revealed["page"]


def _key_of(line_text: str) -> str:
    found = re.search(r"#\s*(\w+)\s*$", line_text)
    assert found, line_text
    return found.group(1)


def test_pyright_reveals_exact_signatures(tmp_path: Path) -> None:
    scratch = _revealed(REVEAL, tmp_path)
    report = _pyright(scratch)
    lines = REVEAL.splitlines()
    revealed: dict[str, str] = {}
    for d in _messages(report):
        message = str(d["message"])
        assert d["severity"] == "information", message
        start = d["range"]
        assert isinstance(start, dict)
        line = lines[start["start"]["line"]]
        revealed[_key_of(line)] = message.split(" is ", 1)[1].strip('"')
    _check_reveals(revealed)


def _plain(mypy_type: str) -> str:
    """mypy's spelling in pyright's: no module paths, no ``def``, defaults as ``=``."""
    text = re.sub(r"\b(?:[a-z_][a-z0-9_]*\.)+(?=[A-Za-z_])", "", mypy_type)
    return text


def test_mypy_reveals_exact_signatures(tmp_path: Path) -> None:
    scratch = _revealed(REVEAL, tmp_path)
    result = _mypy(scratch)
    assert result.returncode == 0, result.stdout
    lines = REVEAL.splitlines()
    revealed: dict[str, str] = {}
    for out in result.stdout.splitlines():
        found = re.match(r".*reveal_types\.py:(\d+): note: Revealed type is \"(.*)\"$", out)
        if found:
            revealed[_key_of(lines[int(found.group(1)) - 1])] = _plain(found.group(2))
    _check_reveals(revealed)
