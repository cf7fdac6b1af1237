"""``run.py``: the application installs only what it needs; pip failures speak Vietnamese."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

_FAKE_PYTHON = """#!/bin/sh
echo "$@" >> "{log}"
case "$1" in
  -c) echo "3 12"; exit 0;;
esac
exit {pip_code}
"""


def _load_run(tmp_path: Path, pip_code: int):  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("run_script", ROOT / "run.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    venv = tmp_path / ".venv"
    (venv / "bin").mkdir(parents=True)
    python = venv / "bin" / "python"
    log = tmp_path / "calls.log"
    python.write_text(_FAKE_PYTHON.format(log=log, pip_code=pip_code), encoding="utf-8")
    python.chmod(0o755)
    module.VENV = venv
    module.STAMPS = {"app": venv / ".app", "test": venv / ".test"}
    module.venv_python = lambda: python
    return module, log


@pytest.mark.skipif(sys.platform == "win32", reason="a shell script stands for Python")
def test_the_application_installs_without_the_test_tools(tmp_path: Path) -> None:
    run, log = _load_run(tmp_path, pip_code=0)
    run.ensure_venv(None)
    installs = [line for line in log.read_text().splitlines() if line.startswith("-m pip")]
    assert len(installs) == 1
    assert installs[0].endswith(f"-e {run.ROOT}") and "[test]" not in installs[0]
    assert run.STAMPS["app"].exists() and not run.STAMPS["test"].exists()
    run.ensure_venv(None)  # nothing changed: nothing installed again
    assert len([x for x in log.read_text().splitlines() if x.startswith("-m pip")]) == 1
    run.ensure_venv("test")
    installs = [line for line in log.read_text().splitlines() if line.startswith("-m pip")]
    assert installs[-1].endswith(f"-e {run.ROOT}[test]")


@pytest.mark.skipif(sys.platform == "win32", reason="a shell script stands for Python")
def test_a_pip_failure_is_explained_in_vietnamese(tmp_path: Path) -> None:
    run, _log = _load_run(tmp_path, pip_code=1)
    with pytest.raises(SystemExit) as stopped:
        run.ensure_venv(None)
    assert "Không cài được các thư viện" in str(stopped.value.code)
    assert "Internet" in str(stopped.value.code)
    assert not run.STAMPS["app"].exists()
