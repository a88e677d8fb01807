"""Text output of `vigilint sla` and `vigilint provenance` prints stored data (file names, tool
and model names) escaped like the scan's text output (`report.text.printable`): a stored field
cannot drive the terminal or forge a line of output."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from provhelpers import APP, Clock

from vigilint.cli import main
from vigilint.config import Settings
from vigilint.provenance.integrate import after_scan
from vigilint.provenance.store import open_store
from vigilint.scan import scan

EVIL = "ev\x1b[2J\nil\u202e.py"  # clear the screen, start a new line, reverse the text
ESCAPED = "ev\\x1b[2J\\x0ail\\u202e.py"
TOOL = "claude\x1b[31m\nforged: VG-PY-DESER-001 fixed"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _raw_controls(text: str) -> list[str]:
    return [c for c in text if (ord(c) < 0x20 and c != "\n") or c in "\x7f\u202e"]


@pytest.fixture
def hostile(workspace: Path, monkeypatch: pytest.MonkeyPatch, clock: Clock) -> Path:
    monkeypatch.chdir(workspace)
    (workspace / EVIL).write_text(APP, encoding="utf-8")
    lines = APP.splitlines()
    with open_store(workspace) as store:
        store.record(EVIL, 4, 5, lines[3:5], TOOL, "model\u202e\nforged")
    result = scan([workspace], Settings(), jobs=1)
    after_scan(result.findings, [workspace], result.root, Settings(), now=clock())
    return workspace


@pytest.mark.parametrize("argv", [
    ("sla", "report"),
    ("sla", "report", "--format", "markdown"),
    ("sla", "report", "--month", "2026-03"),
], ids=["text", "markdown", "monthly"])
def test_sla_reports_escape_stored_file_names(hostile: Path, capsys, clock: Clock, argv) -> None:
    later = (clock() + timedelta(hours=5)).isoformat()
    code, out, _ = run(capsys, *argv, "--now", later)
    assert code == 0
    assert ESCAPED in out
    assert not _raw_controls(out)
    assert not any(line.startswith(("il", "forged")) for line in out.splitlines())


def test_provenance_blame_escapes_stored_tool_and_model(hostile: Path, capsys) -> None:
    code, out, _ = run(capsys, "provenance", "blame", EVIL)
    assert code == 0
    assert ESCAPED in out and "claude\\x1b[31m\\x0aforged" in out
    assert not _raw_controls(out)
    assert not any(line.startswith(("il", "forged")) for line in out.splitlines())


def test_provenance_recent_and_ledger_status_escape_stored_names(
        repo: Path, capsys, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from provhelpers import git

    for name in ("GITHUB_SHA", "GITHUB_REF_NAME", "GITHUB_HEAD_REF", "GITHUB_REPOSITORY",
                 "CI_COMMIT_SHA", "CI_COMMIT_BRANCH", "CI_COMMIT_REF_NAME", "CI_PROJECT_PATH",
                 "VIGILINT_LEDGER_URL", "VIGILINT_TEAM", "VIGILINT_BRANCH", "VIGILINT_REPOSITORY",
                 "BRANCH_NAME", "GIT_BRANCH", "GIT_COMMIT"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(repo)
    lines = APP.splitlines()
    with open_store(repo) as store:
        store.record("app.py", 4, 5, lines[3:5], TOOL, "model\u202e\nforged")
    git(repo, "checkout", "-q", "-b", "main")
    git(repo, "add", "app.py", "pyproject.toml")
    git(repo, "commit", "-q", "-m", "init")
    url = f"sqlite:///{tmp_path / 'ledger.db'}"
    code, _, err = run(capsys, "ledger", "sync", "--url", url, "--team", "pay\x1b[8m\nments")
    assert code == 0, err
    recent = ("provenance", "recent", "--days", "30", "--url", url, "--format", "text")
    for argv in (recent, ("ledger", "status", "--url", url)):
        code, out, _ = run(capsys, *argv)
        assert code == 0
        assert not _raw_controls(out), argv
        assert not any(line.startswith(("forged", "ments")) for line in out.splitlines())
    code, out, _ = run(capsys, *recent)
    assert "claude\\x1b[31m\\x0aforged" in out
