# clicksend-async: every target works on a fresh clone; the first one run creates .venv and installs.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install generate check-generated lint test test-stress demo clean

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
	$(BIN)/python -m ruff check overrides tests scripts
	$(BIN)/python -m ruff format --check overrides tests scripts
	$(BIN)/python -m mypy -p clicksend_async

test: $(STAMP)  ## the test suite (asyncio and trio)
	$(BIN)/python -m pytest tests -q

test-stress: $(STAMP)  ## long fault-injection runs
	$(BIN)/python -m pytest tests -q -m stress

demo: $(STAMP)  ## the main job: a campaign against the embedded mock server, no credentials needed
	$(BIN)/python -m clicksend_async.cli demo

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
