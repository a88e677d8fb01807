from __future__ import annotations

from pathlib import Path

import pytest
from hookhelpers import APP


@pytest.fixture(autouse=True)
def _state_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Copilot session states go to a fresh folder per test, never to the user's."""
    monkeypatch.setenv("VIGILINT_STATE_DIR", str(tmp_path_factory.mktemp("state")))


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    root = tmp_path / "ws"
    root.mkdir()
    (root / "pyproject.toml").write_text("[project]\nname = 'demo'\n", encoding="utf-8")
    (root / "app.py").write_text(APP, encoding="utf-8")
    return root
