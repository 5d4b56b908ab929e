"""The frozen build's entry point: desk or demo child, chosen by a leading ``-m``.

These run from source; ``make package-test`` (packaging/smoke_test.py) runs the same
dispatch in the built bundle.
"""

from __future__ import annotations

import sys

import pytest

from app import __version__, frozen_entry


@pytest.fixture(autouse=True)
def _keep_argv(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "argv", ["aifactories-desk"])


def test_leading_dash_m_runs_the_demo_module(capsys: pytest.CaptureFixture[str]) -> None:
    assert frozen_entry.main(["-m", "app.demo", "--help"]) == 0
    out = capsys.readouterr().out
    assert "--seed" in out and "--port" in out


def test_the_demo_module_gets_its_own_arguments(capsys: pytest.CaptureFixture[str]) -> None:
    assert frozen_entry.main(["-m", "app.demo", "--no-such-option"]) == 2
    assert "--no-such-option" in capsys.readouterr().err


@pytest.mark.parametrize("argv", [["-m"], ["-m", "os"], ["-m", "app.__main__"]])
def test_other_modules_are_refused(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert frozen_entry.main(argv) == 2
    assert "app.demo" in capsys.readouterr().err


def test_anything_else_is_the_desk(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        frozen_entry.main(["--version"])
    assert exc.value.code == 0
    assert capsys.readouterr().out.strip().endswith(__version__)


def test_children_get_the_users_library_path(monkeypatch: pytest.MonkeyPatch) -> None:
    env = {"LD_LIBRARY_PATH": "/bundle/_internal:/opt/lib", "LD_LIBRARY_PATH_ORIG": "/opt/lib"}
    frozen_entry.restore_library_path(env)  # not frozen: untouched
    assert env["LD_LIBRARY_PATH"] == "/bundle/_internal:/opt/lib"
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    frozen_entry.restore_library_path(env)
    assert env == {"LD_LIBRARY_PATH": "/opt/lib"}
    env = {"LD_LIBRARY_PATH": "/bundle/_internal"}
    frozen_entry.restore_library_path(env)
    assert env == {}
