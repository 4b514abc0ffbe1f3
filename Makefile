# clicksend-async: every target works on a fresh clone; the first one run creates .venv and installs.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# .venv remembers the interpreter that made it (tag and install prefix): one made by another is rebuilt
PYTHON_ID := $(shell $(PYTHON) -c 'import hashlib, sys; print(sys.implementation.cache_tag + "-" + hashlib.sha1(sys.base_prefix.encode()).hexdigest()[:8])')
MADE := $(VENV)/.made-by-$(PYTHON_ID)
STAMP := $(VENV)/.installed
RUNTIME_STAMP := $(VENV)/.installed-runtime
OFFICIAL := benchmarks/.venv-official
OFFICIAL_STAMP := $(OFFICIAL)/.installed
# what `make bench` measures: the package as users install it (`pip install .`, runtime dependencies only)
USER := benchmarks/.venv-user
USER_STAMP := $(USER)/.installed
# the same with the aiohttp transport (`pip install '.[aiohttp]'`)
USER_FAST := benchmarks/.venv-user-fast
USER_FAST_STAMP := $(USER_FAST)/.installed

.PHONY: install generate check-generated lint docs test test-matrix test-stress demo bench-venvs bench bench-smoke conformance clean

$(MADE):
	rm -rf $(VENV)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	touch $(MADE)

$(STAMP): pyproject.toml $(MADE)
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP) $(RUNTIME_STAMP)

# the demo needs the package and its runtime dependencies only (no test or generation tools)
$(RUNTIME_STAMP): pyproject.toml $(MADE)
	$(BIN)/python -m pip install --quiet -e .
	touch $(RUNTIME_STAMP)

DOCS_STAMP := $(VENV)/.installed-docs
$(DOCS_STAMP): pyproject.toml $(STAMP)
	$(BIN)/python -m pip install --quiet -e ".[docs]"
	touch $(DOCS_STAMP)

install: $(STAMP)  ## create .venv with the package (editable) and the pinned dev tools

generate: $(STAMP)  ## regenerate clicksend_async/ from openapi/ + templates + overrides/
	$(BIN)/python scripts/generate.py

check-generated: $(STAMP)  ## fail if clicksend_async/ differs from a fresh generation
	$(BIN)/python scripts/generate.py --check

lint: $(STAMP)  ## ruff on the handwritten code, mypy --strict on the whole package
	$(BIN)/python -m ruff check overrides tests scripts benchmarks noxfile.py
	$(BIN)/python -m ruff format --check overrides tests scripts benchmarks noxfile.py
	$(BIN)/python -m mypy -p clicksend_async
	cd benchmarks && ../$(BIN)/python -m mypy --strict run.py harness.py server.py sections/*.py clients/*.py
	$(BIN)/python -m mypy --strict benchmarks/delivery.py
	$(BIN)/python -m mypy --strict benchmarks/journal.py

test: $(STAMP)  ## the test suite (asyncio and trio)
	$(BIN)/python -m pytest tests -q

docs: $(DOCS_STAMP)  ## the documentation site into site/ (mkdocs, strict: a broken link or reference fails)
	NO_MKDOCS_2_WARNING=1 $(BIN)/python -m mkdocs build --strict --site-dir site

test-matrix: $(STAMP)  ## the suite on Python 3.10 to 3.13 (nox, pyenv's interpreters); PYTHONS="3.10 3.13" picks
	$(BIN)/python -m nox -s $(if $(PYTHONS),$(addprefix tests-,$(PYTHONS)),tests)

test-stress: $(STAMP)  ## long fault-injection runs
	$(BIN)/python -m pytest tests -q -m stress

demo: $(RUNTIME_STAMP)  ## the main job: a campaign against the embedded mock server, no credentials needed
	$(BIN)/python -m clicksend_async.cli demo

$(OFFICIAL_STAMP): benchmarks/requirements-official.txt
	$(PYTHON) -m venv $(OFFICIAL)
	$(OFFICIAL)/bin/python -m pip install --quiet -r benchmarks/requirements-official.txt
	touch $(OFFICIAL_STAMP)

$(USER_STAMP): pyproject.toml
	$(PYTHON) -m venv $(USER)
	$(USER)/bin/python -m pip install --quiet --upgrade pip
	$(USER)/bin/python -m pip install --quiet ".[postgres]"
	touch $(USER_STAMP)

$(USER_FAST_STAMP): pyproject.toml
	$(PYTHON) -m venv $(USER_FAST)
	$(USER_FAST)/bin/python -m pip install --quiet --upgrade pip
	$(USER_FAST)/bin/python -m pip install --quiet ".[aiohttp]"
	touch $(USER_FAST_STAMP)

bench-venvs: $(STAMP) $(OFFICIAL_STAMP) $(USER_STAMP) $(USER_FAST_STAMP)  ## the measured venvs, this code
	$(USER)/bin/python -m pip install --quiet --no-deps --force-reinstall .
	$(USER_FAST)/bin/python -m pip install --quiet --no-deps --force-reinstall .

bench: bench-venvs  ## floor / official SDK / this SDK side by side (about 10 minutes on 2 cores, with the delivery and journal benchmarks)
	$(BIN)/python benchmarks/run.py
	$(BIN)/python benchmarks/delivery.py
	$(BIN)/python benchmarks/journal.py

bench-smoke: bench-venvs  ## the benchmarks at a tiny size, once (CI: keeps them working)
	$(BIN)/python benchmarks/run.py --smoke
	$(BIN)/python benchmarks/delivery.py --smoke
	$(BIN)/python benchmarks/journal.py --smoke

conformance: $(STAMP)  ## both official SDKs (6.0.2, 5.0.91, own venvs), every API method, against the mock
	$(BIN)/python scripts/conformance.py

clean:
	rm -rf $(VENV) .nox site $(OFFICIAL) $(USER) $(USER_FAST) scripts/.venv-official-5 .pytest_cache .mypy_cache .ruff_cache
