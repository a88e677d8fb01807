"""`vigilint scan` with provenance: the join to AI ranges in every format, the AI gate, the
ledger kept by scans, and scans that go on when the database is unusable."""

from __future__ import annotations

import json
import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest
from provhelpers import APP, Clock

from vigilint.cli import main
from vigilint.config import Settings
from vigilint.provenance.integrate import after_scan
from vigilint.provenance.ledger import entries
from vigilint.provenance.store import open_store
from vigilint.scan import scan

LINES = APP.splitlines()


def record_ai(workspace: Path) -> None:
    with open_store(workspace) as store:
        store.record("app.py", 4, 5, LINES[3:5], "claude-code", "anthropic/claude-sonnet-4")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_sarif_marks_findings_in_ai_code(workspace: Path, capsys, monkeypatch) -> None:
    monkeypatch.chdir(workspace)
    record_ai(workspace)
    code, out, _ = run(capsys, "scan", "app.py", "--format", "sarif")
    assert code == 1
    (result,) = json.loads(out)["runs"][0]["results"]
    assert result["ruleId"] == "VG-PY-DESER-001"
    assert result["properties"]["aiGenerated"] is True
    assert result["properties"]["aiTool"] == "claude-code"
    assert result["properties"]["aiModel"] == "anthropic/claude-sonnet-4"


def test_json_and_text_mark_findings_in_ai_code(workspace: Path, capsys, monkeypatch) -> None:
    monkeypatch.chdir(workspace)
    record_ai(workspace)
    _, out, _ = run(capsys, "scan", "app.py", "--format", "json")
    (finding,) = json.loads(out)["findings"]
    assert finding["ai_generated"] is True
    assert finding["provenance"]["tool"] == "claude-code"
    _, out, _ = run(capsys, "scan", "app.py")
    assert "AI-generated (claude-code)" in out


def test_human_code_is_not_marked(workspace: Path, capsys, monkeypatch) -> None:
    monkeypatch.chdir(workspace)
    code, out, err = run(capsys, "scan", "app.py", "--format", "json", "--ai-gate")
    (finding,) = json.loads(out)["findings"]
    assert finding["ai_generated"] is False
    assert "AI gate" not in err
    assert code == 1  # the P0 still fails the ordinary --fail-on P1


def test_ai_gate_fails_on_p1_in_ai_code_regardless_of_fail_on(
        workspace: Path, capsys, monkeypatch) -> None:
    """A P1 finding in AI-written code: --fail-on P0 passes it, --ai-gate does not."""
    import vigilint.cli.scan as scan_cli

    def scan_as_p1(*args, **kwargs):
        result = scan(*args, **kwargs)
        result.findings = [f.model_copy(update={"priority": "P1"}) for f in result.findings]
        return result

    monkeypatch.setattr(scan_cli, "scan", scan_as_p1)
    monkeypatch.chdir(workspace)
    code, _, _ = run(capsys, "scan", "app.py", "--fail-on", "P0", "--ai-gate")
    assert code == 0  # human code: the gate does not apply
    record_ai(workspace)
    code, _, _ = run(capsys, "scan", "app.py", "--fail-on", "P0")
    assert code == 0  # AI code, no gate
    code, _, err = run(capsys, "scan", "app.py", "--fail-on", "P0", "--ai-gate")
    assert code == 1
    assert "AI gate: 1 P0/P1 finding in AI-written code" in err


def test_ai_gate_ignores_p2_and_below(workspace: Path) -> None:
    record_ai(workspace)
    result = scan([workspace / "app.py"], Settings(), jobs=1)
    lowered = [f.model_copy(update={"priority": "P2"}) for f in result.findings]
    outcome = after_scan(lowered, [workspace / "app.py"], result.root, Settings(), ai_gate=True)
    assert outcome.findings[0].provenance is not None
    assert outcome.gate_failures == []


def test_scans_keep_the_ledger_until_the_fix(workspace: Path, clock: Clock) -> None:
    settings = Settings()
    paths = [workspace]

    def scan_now() -> None:
        result = scan(paths, settings, jobs=1)
        after_scan(result.findings, paths, result.root, settings, now=clock())

    scan_now()
    with open_store(workspace) as store:
        (entry,) = entries(store)
    assert (entry.path, entry.rule, entry.first_seen) == ("app.py", "VG-PY-DESER-001", clock())
    clock.advance(hours=6)
    (workspace / "app.py").write_text(APP.replace("yaml.load", "yaml.safe_load"))
    scan_now()
    with open_store(workspace) as store:
        (entry,) = entries(store)
    assert entry.fixed_at == clock()


def test_scanning_another_file_does_not_fix_findings(workspace: Path, clock: Clock) -> None:
    settings = Settings()
    (workspace / "other.py").write_text("x = 1\n")
    for target in (workspace, workspace / "other.py"):
        result = scan([target], settings, jobs=1)
        after_scan(result.findings, [target], result.root, settings, now=clock())
        clock.advance(hours=1)
    with open_store(workspace) as store:
        (entry,) = entries(store)
    assert entry.fixed_at is None


def test_deleted_file_in_a_scanned_folder_fixes_its_findings(workspace: Path,
                                                             clock: Clock) -> None:
    settings = Settings()
    for _ in range(2):
        result = scan([workspace], settings, jobs=1)
        after_scan(result.findings, [workspace], result.root, settings, now=clock())
        (workspace / "app.py").unlink(missing_ok=True)
        (workspace / "keep.py").write_text("x = 1\n")
        clock.advance(hours=1)
    with open_store(workspace) as store:
        (entry,) = entries(store)
    assert entry.fixed_at is not None


def test_ledger_can_be_switched_off(workspace: Path, capsys, monkeypatch) -> None:
    (workspace / ".vigilint.toml").write_text("[provenance]\nledger = false\n")
    monkeypatch.chdir(workspace)
    run(capsys, "scan", "app.py")
    assert not (workspace / ".vigilint" / "vigilint.db").exists()


def test_corrupt_database_skips_the_ledger_once_and_the_scan_runs(
        workspace: Path, capsys, monkeypatch) -> None:
    folder = workspace / ".vigilint"
    folder.mkdir()
    (folder / "vigilint.db").write_bytes(b"garbage, not sqlite " * 400)
    monkeypatch.chdir(workspace)
    code, out, err = run(capsys, "scan", "app.py", "--format", "json")
    assert code == 1
    assert json.loads(out)["findings"][0]["rule"] == "VG-PY-DESER-001"
    assert err.count("ledger") == 1 and "damaged" in err
    assert "Traceback" not in err


def test_locked_database_skips_the_ledger_and_the_scan_runs(
        workspace: Path, capsys, monkeypatch) -> None:
    import vigilint.provenance.integrate as integrate

    open_store(workspace).close()
    monkeypatch.setattr(integrate, "LEDGER_TIMEOUT_S", 0.05)
    holder = sqlite3.connect(workspace / ".vigilint" / "vigilint.db", isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        monkeypatch.chdir(workspace)
        code, out, err = run(capsys, "scan", "app.py")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert code == 1 and "VG-PY-DESER-001" in out
    assert "locked" in err and "skipped" in err


def test_no_workspace_means_no_ledger(tmp_path: Path, capsys) -> None:
    loose = tmp_path / "loose"
    loose.mkdir()
    (loose / "app.py").write_text(APP)
    outcome = after_scan([], [loose], loose, Settings())
    assert outcome.workspace is None
    assert not (loose / ".vigilint").exists()


def test_sla_report_command(workspace: Path, capsys, monkeypatch, clock: Clock) -> None:
    monkeypatch.chdir(workspace)
    result = scan([workspace], Settings(), jobs=1)
    after_scan(result.findings, [workspace], result.root, Settings(), now=clock())
    later = (clock() + timedelta(hours=5)).isoformat()
    code, out, _ = run(capsys, "sla", "report", "--format", "json", "--now", later)
    assert code == 0
    doc = json.loads(out)
    assert doc["summary"] == {"open": 1, "overdue": 1, "fixed": 0, "suppressed": 0}
    assert doc["open"][0]["overdue_by_seconds"] == 3600
    assert doc["compliance"]["by_priority"]["P0"]["below_threshold"] is True
    code, out, _ = run(capsys, "sla", "report", "--format", "markdown", "--now", later)
    assert "| P0 | `app.py:5` | VG-PY-DESER-001 | OVERDUE by 1h 0m |" in out
    code, out, _ = run(capsys, "sla", "report", "--since", "2999-01-01", "--now", later)
    assert "0 open" in out
    code, _, err = run(capsys, "sla", "report", "--since", "next tuesday")
    assert code == 2 and "expected a date" in err


INVENTED_API = ("import hashlib\n\n\ndef digest(data):\n"
                "    return hashlib.sha3(data).hexdigest()\n")


def test_invented_api_in_ai_code_is_raised_one_step(workspace: Path) -> None:
    """The crypto guard's escalation runs on a real scan: an invented security API written by
    an AI tool is one likelihood step higher (and re-prioritised) than the same line written
    by a person."""
    from vigilint.policy import priority

    (workspace / "app.py").write_text(INVENTED_API)
    (workspace / "human.py").write_text(INVENTED_API)
    with open_store(workspace) as store:
        store.record("app.py", 4, 5, INVENTED_API.splitlines()[3:5], "cursor", "gpt-5")
    result = scan([workspace], Settings(), jobs=1)
    outcome = after_scan(result.findings, [workspace], result.root, Settings())
    by_path = {f.path: f for f in outcome.findings if f.rule == "VG-API-001"}
    human, ai = by_path["human.py"], by_path["app.py"]
    assert human.likelihood == "likely"
    assert ai.likelihood == "very-likely"
    assert ai.priority == priority("very-likely", ai.impact) != human.priority


def test_ai_gate_respects_the_baseline(workspace: Path, capsys, monkeypatch) -> None:
    """Findings accepted in a baseline are not reported, so they don't fail the gate either;
    the ledger still tracks them."""
    monkeypatch.chdir(workspace)
    record_ai(workspace)
    code, _, err = run(capsys, "scan", "app.py", "--ai-gate", "--write-baseline", "base.json")
    assert code == 1 and "AI gate" in err
    code, _, err = run(capsys, "scan", "app.py", "--ai-gate", "--baseline", "base.json")
    assert code == 0 and "AI gate" not in err
    with open_store(workspace) as store:
        assert [e.rule for e in entries(store)] == ["VG-PY-DESER-001"]
