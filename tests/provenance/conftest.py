from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pgserver
import pytest
from provhelpers import APP, Clock, git

from vigilint.provenance.backends import open_database
from vigilint.provenance.ledger import Ledger


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


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """A real PostgreSQL server (see pgserver.py): skipped only where none can be had, and
    never under CI."""
    try:
        with pgserver.server() as url:
            yield url
    except pgserver.Unusable as exc:
        pytest.fail(str(exc))
    except pgserver.NoServer as exc:
        if os.environ.get("CI"):
            pytest.fail(f"CI must test the PostgreSQL ledger, but {exc}")
        pytest.skip(str(exc))


@pytest.fixture
def pg_url(pg_server: str) -> Iterator[str]:
    """A PostgreSQL ledger URL with empty tables of its own."""
    with pgserver.fresh_schema(pg_server) as url:
        yield url


@pytest.fixture(params=["sqlite", "postgresql"])
def ledger_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The URL of an empty ledger, once per backend."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'ledger.db'}"
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture
def ledger(ledger_url: str) -> Iterator[Ledger]:
    with Ledger(open_database(ledger_url, None)) as opened:
        yield opened
