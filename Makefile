# clicksend-async: every target works on a fresh clone; the first one run creates .venv and installs.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
OFFICIAL := benchmarks/.venv-official
OFFICIAL_STAMP := $(OFFICIAL)/.installed
# what `make bench` measures: the package as users install it (`pip install .`, runtime dependencies only)
USER := benchmarks/.venv-user
USER_STAMP := $(USER)/.installed
# the same with the speed extras (`pip install '.[speed,aiohttp]'`: orjson, the aiohttp transport)
USER_FAST := benchmarks/.venv-user-fast
USER_FAST_STAMP := $(USER_FAST)/.installed

.PHONY: install generate check-generated lint test test-stress demo bench-venvs bench bench-smoke clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

install: $(STAMP)  ## create .venv with the package (editable) and the pinned dev tools

generate: $(STAMP)  ## regenerate clicksend_async/ from openapi/ + templates + overrides/
	$(BIN)/python scripts/generate.py

check-generated: $(STAMP)  ## fail if clicksend_async/ differs from a fresh generation
	$(BIN)/python scripts/generate.py --check

lint: $(STAMP)  ## ruff on the handwritten code, mypy --strict on the whole package
	$(BIN)/python -m ruff check overrides tests scripts benchmarks
	$(BIN)/python -m ruff format --check overrides tests scripts benchmarks
	$(BIN)/python -m mypy -p clicksend_async
	cd benchmarks && ../$(BIN)/python -m mypy --strict run.py harness.py server.py sections/*.py clients/*.py

test: $(STAMP)  ## the test suite (asyncio and trio)
	$(BIN)/python -m pytest tests -q

test-stress: $(STAMP)  ## long fault-injection runs
	$(BIN)/python -m pytest tests -q -m stress

demo: $(STAMP)  ## the main job: a campaign against the embedded mock server, no credentials needed
	$(BIN)/python -m clicksend_async.cli demo

$(OFFICIAL_STAMP): benchmarks/requirements-official.txt
	$(PYTHON) -m venv $(OFFICIAL)
	$(OFFICIAL)/bin/python -m pip install --quiet -r benchmarks/requirements-official.txt
	touch $(OFFICIAL_STAMP)

$(USER_STAMP): pyproject.toml
	$(PYTHON) -m venv $(USER)
	$(USER)/bin/python -m pip install --quiet --upgrade pip
	$(USER)/bin/python -m pip install --quiet .
	touch $(USER_STAMP)

$(USER_FAST_STAMP): pyproject.toml
	$(PYTHON) -m venv $(USER_FAST)
	$(USER_FAST)/bin/python -m pip install --quiet --upgrade pip
	$(USER_FAST)/bin/python -m pip install --quiet ".[speed,aiohttp]"
	touch $(USER_FAST_STAMP)

bench-venvs: $(STAMP) $(OFFICIAL_STAMP) $(USER_STAMP) $(USER_FAST_STAMP)  ## the measured venvs, this code
	$(USER)/bin/python -m pip install --quiet --no-deps --force-reinstall .
	$(USER_FAST)/bin/python -m pip install --quiet --no-deps --force-reinstall .

bench: bench-venvs  ## floor / official SDK / this SDK side by side (about 6 minutes)
	$(BIN)/python benchmarks/run.py

bench-smoke: bench-venvs  ## the benchmarks at a tiny size, once (CI: keeps them working)
	$(BIN)/python benchmarks/run.py --smoke

clean:
	rm -rf $(VENV) $(OFFICIAL) $(USER) $(USER_FAST) .pytest_cache .mypy_cache .ruff_cache
