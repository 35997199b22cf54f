# Two commands do everything on a fresh Linux machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test check lint types contracts unit coverage core-without-qt mutation translations bench clean system-deps

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

check: lint types contracts unit coverage core-without-qt

lint:
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/vulture simulator question_bank ui main.py tests bench scripts/vulture_whitelist.py --min-confidence 60

types:
	$(VENV)/bin/mypy

contracts:
	$(VENV)/bin/lint-imports

unit:
	$(PY) main.py bank validate question_bank
	rm -f .coverage .coverage.*
	$(PY) -m coverage run -m pytest

# Branch coverage of the run above, gated: the core (engine, storage, bank) and the UI separately.
coverage:
	$(PY) -m coverage report --include='simulator/*,question_bank/*' --fail-under=95
	$(PY) -m coverage report --include='ui/*' --fail-under=85

# The core's tests with PySide6 made unimportable (tests/no_qt): proves the core needs no Qt.
CORE_TESTS := tests/test_scoring.py tests/test_session.py tests/test_session_outcomes.py tests/test_assembly.py tests/test_review_tools.py \
	tests/test_storage.py tests/test_yaml_and_validator.py tests/test_report.py tests/test_cli.py tests/test_coach.py
core-without-qt:
	PYTHONPATH=$(CURDIR)/tests/no_qt:$(CURDIR) $(PY) -m pytest -q -c tests/no_qt/pytest.ini --rootdir . \
		--confcutdir . $(CORE_TESTS)

# Mutation testing of the modules that decide a result (docs/mutation.md): slow, run before a release.
mutation:
	$(VENV)/bin/mutmut run --max-children 2 || true
	$(PY) scripts/mutation_score.py --min 85 --list

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
