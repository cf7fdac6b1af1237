# Shortcuts over run.py and the sohoi command; run.py does the set-up itself.
PYTHON ?= python3
VENV_PY = .venv/bin/python

.PHONY: run test lint bench bench-quick screenshots frozen smoke clean

run:
	$(PYTHON) run.py

test:
	$(PYTHON) run.py tests

lint:
	$(PYTHON) run.py sohoi --help >/dev/null
	$(VENV_PY) -m ruff check db desktop tests resources run.py
	$(VENV_PY) -m mypy --strict db desktop/documents

bench-quick:
	$(PYTHON) run.py sohoi bench --quick

bench:
	$(PYTHON) run.py sohoi bench

screenshots:
	$(PYTHON) run.py sohoi --help >/dev/null
	$(VENV_PY) -m desktop.screenshots docs/screenshots

# The frozen one-folder application (PyInstaller) and its smoke test.
frozen:
	$(PYTHON) run.py sohoi --help >/dev/null
	$(VENV_PY) -m pip install --quiet -e ".[package]"
	$(VENV_PY) -m PyInstaller --noconfirm --clean --distpath dist --workpath build packaging/sohoi.spec
	QT_QPA_PLATFORM=offscreen dist/sohoi/sohoi --smoke-test

smoke:
	QT_QPA_PLATFORM=offscreen $(PYTHON) run.py sohoi --smoke-test

clean:
	rm -rf build dist .pytest_cache .mypy_cache .ruff_cache
