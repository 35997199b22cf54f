# Two commands do everything on a fresh Linux machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test check lint types contracts unit translations bench clean system-deps

$(STAMP): pyproject.toml constraints.txt
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "Python 3.11+ is needed"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -c constraints.txt -e '.[dev]'
	touch $(STAMP)

system-deps:
	@scripts/system-deps.sh

run: system-deps $(STAMP)
	$(PY) main.py

test: system-deps $(STAMP) check

check: lint types contracts unit

lint:
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

types:
	$(VENV)/bin/mypy

contracts:
	$(VENV)/bin/lint-imports

unit:
	$(PY) main.py bank validate question_bank
	$(PY) -m pytest

translations:
	$(VENV)/bin/pyside6-lupdate ui/*.py -ts resources/i18n/simulacro_es.ts resources/i18n/simulacro_en.ts -no-obsolete
	$(VENV)/bin/pyside6-lrelease resources/i18n/simulacro_es.ts resources/i18n/simulacro_en.ts
	cp "$$($(PY) -c 'from PySide6.QtCore import QLibraryInfo as L; print(L.path(L.LibraryPath.TranslationsPath))')/qtbase_es.qm" resources/i18n/

bench: $(STAMP)
	for script in bench/*.py; do $(PY) $$script || exit 1; done

clean:
	rm -rf $(VENV) build dist *.egg-info

.PHONY: package
# The one-folder Linux bundle in packaging/dist/simulacro, built and checked (packaging/README.md).
package:
	packaging/build-linux.sh
