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
# the same with the fast transport's extra (`pip install '.[aiohttp]'`)
USER_AIOHTTP := benchmarks/.venv-user-aiohttp
USER_AIOHTTP_STAMP := $(USER_AIOHTTP)/.installed

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
	$(BIN)/python -m mypy --strict benchmarks/run.py benchmarks/server.py benchmarks/clients/*.py
	$(BIN)/python -m mypy --strict benchmarks/journal.py

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

$(USER_AIOHTTP_STAMP): pyproject.toml
	$(PYTHON) -m venv $(USER_AIOHTTP)
	$(USER_AIOHTTP)/bin/python -m pip install --quiet --upgrade pip
	$(USER_AIOHTTP)/bin/python -m pip install --quiet ".[aiohttp]"
	touch $(USER_AIOHTTP_STAMP)

bench-venvs: $(STAMP) $(OFFICIAL_STAMP) $(USER_STAMP) $(USER_AIOHTTP_STAMP)  ## the measured venvs, this code
	$(USER)/bin/python -m pip install --quiet --no-deps --force-reinstall .
	$(USER_AIOHTTP)/bin/python -m pip install --quiet --no-deps --force-reinstall .

bench: bench-venvs  ## floor / official SDK / this SDK side by side (about 6 minutes)
	$(BIN)/python benchmarks/run.py
	$(BIN)/python benchmarks/journal.py

bench-smoke: bench-venvs  ## the benchmarks at a tiny size, once (CI: keeps them working)
	$(BIN)/python benchmarks/run.py --smoke
	$(BIN)/python benchmarks/journal.py --smoke

clean:
	rm -rf $(VENV) $(OFFICIAL) $(USER) $(USER_AIOHTTP) .pytest_cache .mypy_cache .ruff_cache
