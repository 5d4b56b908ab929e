"""Suite-wide set-up: offscreen Qt, every test gets its own data directory."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "tests" / "fixtures"


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    from app import config

    data = tmp_path / "desk-data"
    monkeypatch.setenv(config.DATA_DIR_ENV, str(data))
    config.set_data_dir(None)
    yield data
    config.set_data_dir(None)
