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
