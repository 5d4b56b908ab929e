# AI Factories Desk — every set-up step lives here, so a fresh machine needs only `make`.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp

.PHONY: run test lint typecheck contracts unit integration bench screenshot clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

## make run: create the venv, install, launch on the demo federation
run: $(STAMP)
	$(PY) -m app --demo

## make test: the whole suite, headless (lint, types, layer contracts, unit, Qt, integration)
test: lint typecheck contracts
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

lint: $(STAMP)
	$(PY) -m ruff check app tests bench scripts packaging

typecheck: $(STAMP)
	$(PY) -m mypy app

contracts: $(STAMP)
	$(VENV)/bin/lint-imports

unit: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q tests/unit tests/qt

integration: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q tests/integration

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m bench startup
	QT_QPA_PLATFORM=offscreen $(PY) -m bench refresh

screenshot: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m app --demo --data-dir out/screenshot-data --screenshot docs/screenshots/overview.png

clean:
	rm -rf $(VENV) build dist *.egg-info .mypy_cache .ruff_cache .pytest_cache

## make package: the one-folder desktop bundle in dist/aifactories-desk (PyInstaller)
PACKAGE_STAMP := $(VENV)/.package-stamp
.PHONY: package package-test

$(PACKAGE_STAMP): pyproject.toml $(STAMP)
	$(PY) -m pip install --quiet -e '.[dev,package]'
	touch $(PACKAGE_STAMP)

package: $(PACKAGE_STAMP)
	$(PY) -m PyInstaller --noconfirm --log-level WARN --distpath dist \
		--workpath build/pyinstaller packaging/aifactories-desk.spec

## make package-test: build the bundle, then run it offscreen on the demo federation
package-test: package
	$(PY) packaging/smoke_test.py dist/aifactories-desk
