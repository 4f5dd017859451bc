# twilio_async: `make demo` runs the main job, `make test` the tests. Both set up .venv first.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
# `make demo` needs only the emulator and the fast backend; the dev install is a superset.
DEMO_STAMP := $(VENV)/.demo-installed
# The lowest and highest supported Pythons (tests/packaging checks the classifiers agree).
TEST_PYTHONS := 3.10 3.13

.PHONY: setup services codegen golden import check lint typecheck layers test demo bench bench-against docs clean
.PHONY: dist wheel-smoke test-pythons ops-table bench-domains

setup: $(STAMP)

$(STAMP): pyproject.toml twilio_async/_version.py
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	touch $(STAMP) $(DEMO_STAMP)

$(DEMO_STAMP): pyproject.toml twilio_async/_version.py
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet -e ".[emulator,aiohttp]"
	touch $(DEMO_STAMP)

codegen: setup  ## regenerate twilio_async/rest from specs/
	$(PY) -m codegen

golden: setup  ## regenerate the codegen golden files from the fixture specs (review the diff)
	$(PY) -m codegen --specs tests/codegen/fixtures/specs --out tests/codegen/golden/rest

import: setup  ## re-import specs from ../shared/reference/twilio-oai (keeps x-hand edits)
	$(PY) -m codegen import

check: setup  ## codegen freshness, lint, types, import layers
	$(PY) -m codegen --check
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(PY) -m mypy
	$(PY) -m pytest -q tests/test_import_layers.py

lint: setup
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

typecheck: setup
	$(PY) -m mypy

layers: setup  ## no import cycle, arrows one way (tests/test_import_layers.py)
	$(PY) -m pytest -q tests/test_import_layers.py

services:  ## what the tests run for real: redis-server (installed with apt as root, when missing)
	@if command -v redis-server >/dev/null 2>&1 || command -v valkey-server >/dev/null 2>&1; then \
		:; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		echo "installing redis-server (the shared-budget tests start one)"; \
		export DEBIAN_FRONTEND=noninteractive; \
		(apt-get install -y -q redis-server >/dev/null 2>&1 || \
		 (apt-get update -q >/dev/null && apt-get install -y -q redis-server >/dev/null)) && \
		command -v redis-server >/dev/null; \
	else \
		echo "the tests need redis-server: sudo apt-get install redis-server"; \
	fi

test: setup services  ## the whole test suite
	$(PY) -m pytest -q

demo: $(DEMO_STAMP)  ## start the local Twilio emulator and run the SDK tour against it
	$(PY) examples/demo.py

bench: setup  ## side-by-side figures: this SDK vs httpx, twilio-python, raw aiohttp (printed + JSON)
	$(PY) -W ignore -m tests.bench.run

bench-domains: setup  ## import twilio_async + first access of each domain, fresh processes (limits 100/30 ms)
	$(PY) -m tests.bench.domain_cost

ops-table: setup  ## per spec: operations generated / wire-tested / served by the emulator (markdown)
	$(PY) -m tests.operations.coverage

REV ?= HEAD~1
bench-against: setup  ## this tree vs REV (default HEAD~1), side by side: import cost, CPU per call
	$(PY) -m tests.bench.import_cost --against $(REV)
	$(PY) -m tests.bench.call_overhead --against $(REV)

DOCS_STAMP := $(VENV)/.docs-installed

$(DOCS_STAMP): pyproject.toml $(STAMP)
	$(PY) -m pip install --quiet -e ".[docs]"
	touch $(DOCS_STAMP)

docs: setup $(DOCS_STAMP)  ## the API reference site into site/: mkdocs build --strict, offline
	NO_MKDOCS_2_WARNING=1 DISABLE_MKDOCS_2_WARNING=true $(PY) -m mkdocs build --strict

dist: setup  ## build the sdist and wheel into dist/
	$(PY) -m build --outdir dist

wheel-smoke: setup  ## build, install the wheel + each extra in clean venvs outside the tree, smoke-test
	$(PY) -m tests.packaging.wheel_smoke

test-pythons: setup services  ## the tests on $(TEST_PYTHONS) (venvs in .venvs/; real-server suites once, in `make test`)
	$(PY) -m tests.packaging.pythons $(TEST_PYTHONS)

clean:
	rm -rf $(VENV) .venvs dist .mypy_cache .ruff_cache .pytest_cache site
