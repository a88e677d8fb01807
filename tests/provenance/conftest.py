from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from provhelpers import APP, Clock, git


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    root = tmp_path / "ws"
    root.mkdir()
    (root / "pyproject.toml").write_text("[project]\nname = 'demo'\n", encoding="utf-8")
    (root / "app.py").write_text(APP, encoding="utf-8")
    return root


@pytest.fixture
def repo(workspace: Path) -> Path:
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    git(workspace, "init", "-q")
    git(workspace, "config", "user.name", "Ada Dev")
    git(workspace, "config", "user.email", "ada@example.com")
    git(workspace, "config", "commit.gpgsign", "false")
    return workspace
