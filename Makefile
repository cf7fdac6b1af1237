# Shortcuts over run.py and the sohoi command; run.py does the set-up itself.
PYTHON ?= python3
VENV_PY = .venv/bin/python

.PHONY: run test lint bench bench-quick translations translations-update screenshots frozen windows windows-lock smoke clean

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

# The compiled catalogues (.qm, not committed) beside their Linguist sources, and the
# sources brought in step with the tr() strings of the code (then translate the new ones).
translations:
	$(PYTHON) run.py sohoi --help >/dev/null
	$(VENV_PY) -m desktop.translations

translations-update:
	$(VENV_PY) -m desktop.translations --update

screenshots:
	$(PYTHON) run.py sohoi --help >/dev/null
	$(VENV_PY) -m desktop.screenshots docs/screenshots
	$(VENV_PY) -m desktop.screenshots docs/screenshots/en --lang en

# The frozen one-folder application (PyInstaller) and its smoke test.
frozen:
	$(PYTHON) run.py sohoi --help >/dev/null
	$(VENV_PY) -m pip install --quiet -e ".[package]"
	$(VENV_PY) -m desktop.translations
	$(VENV_PY) -m PyInstaller --noconfirm --clean --distpath dist --workpath build packaging/sohoi.spec
	QT_QPA_PLATFORM=offscreen dist/sohoi/sohoi --smoke-test

# The Windows installer and portable zip, built here with makensis (apt: nsis). Needs the
# embeddable CPython zip named in packaging/windows/build.py, given as PYTHON_EMBED=PATH or
# put in packaging/windows/cache/; without it the build stops and says what to fetch.
windows:
	$(PYTHON) packaging/windows/build.py $(if $(PYTHON_EMBED),--python-embed $(PYTHON_EMBED))

# Re-pin the Windows wheel set after a dependency change in pyproject.toml.
windows-lock:
	$(PYTHON) packaging/windows/build.py lock
	$(PYTHON) packaging/windows/build.py check-lock

smoke:
	QT_QPA_PLATFORM=offscreen $(PYTHON) run.py sohoi --smoke-test

clean:
	rm -rf build dist .pytest_cache .mypy_cache .ruff_cache
