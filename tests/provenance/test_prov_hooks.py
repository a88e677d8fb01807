"""Agent hook payloads: Claude Code PostToolUse (Edit, MultiEdit, Write) and Cursor
afterFileEdit record the lines just written and report the findings in them."""

from __future__ import annotations

from pathlib import Path

from provhelpers import APP

from vigilint.provenance.hooks import (
    lines_from_patch,
    lines_of,
    record_from_claude_post_tool_use,
    record_from_cursor_after_file_edit,
)
from vigilint.provenance.store import open_store

NEW_CODE = "def load(data):\n    return yaml.load(data)"


def claude_payload(workspace: Path, tool_name: str, tool_input: dict,
                   tool_response: dict | None = None) -> dict:
    return {
        "session_id": "abc123", "transcript_path": "/tmp/t.jsonl", "cwd": str(workspace),
        "permission_mode": "default", "hook_event_name": "PostToolUse",
        "tool_name": tool_name, "tool_input": tool_input,
        "tool_response": tool_response or {"filePath": tool_input.get("file_path"),
                                           "success": True},
        "tool_use_id": "toolu_01",
    }


def stored(workspace: Path) -> list[tuple]:
    with open_store(workspace) as store:
        lines = (workspace / "app.py").read_text().splitlines()
        return [(r.start_line, r.end_line, r.tool, r.model)
                for r in store.ranges("app.py", lines)]


def test_claude_edit_records_the_new_lines_and_reports_findings(workspace: Path) -> None:
    payload = claude_payload(workspace, "Edit", {
        "file_path": str(workspace / "app.py"), "old_string": "def load(data):\n    pass",
        "new_string": NEW_CODE})
    outcome = record_from_claude_post_tool_use(payload)
    assert outcome.ranges == [(4, 5)]
    assert stored(workspace) == [(4, 5, "claude-code", None)]
    assert [(f.rule, f.line) for f in outcome.findings] == [("VG-PY-DESER-001", 5)]
    assert outcome.message.startswith("vigilint: recorded app.py lines 4-5 as written by "
                                      "claude-code; 1 finding in them: line 5 VG-PY-DESER-001")
    assert outcome.as_dict()["findings"][0]["priority"] == "P0"


def test_claude_write_records_the_whole_file(workspace: Path) -> None:
    payload = claude_payload(workspace, "Write", {"file_path": str(workspace / "app.py"),
                                                  "content": APP})
    outcome = record_from_claude_post_tool_use(payload)
    assert outcome.ranges == [(1, 5)]


def test_claude_multiedit_and_structured_patch(workspace: Path) -> None:
    (workspace / "app.py").write_text(APP + "\n\ndef dump(x):\n    return yaml.dump(x)\n")
    multi = claude_payload(workspace, "MultiEdit", {
        "file_path": str(workspace / "app.py"),
        "edits": [{"old_string": "a", "new_string": "    return yaml.load(data)"},
                  {"old_string": "b", "new_string": "    return yaml.dump(x)"}]})
    assert record_from_claude_post_tool_use(multi).ranges == [(5, 5), (9, 9)]
    patched = claude_payload(
        workspace, "Edit",
        {"file_path": str(workspace / "app.py"), "old_string": "x", "new_string": "y"},
        {"filePath": str(workspace / "app.py"), "structuredPatch": [
            {"oldStart": 7, "oldLines": 3, "newStart": 7, "newLines": 3,
             "lines": [" ", "-def dump(y):", "+def dump(x):", "     return yaml.dump(x)"]}]})
    assert record_from_claude_post_tool_use(patched).ranges == [(8, 8)]


def test_claude_relative_path_uses_cwd(workspace: Path) -> None:
    payload = claude_payload(workspace, "Edit", {"file_path": "app.py",
                                                 "new_string": NEW_CODE})
    assert record_from_claude_post_tool_use(payload).ranges == [(4, 5)]


def test_claude_non_edit_tools_and_bad_payloads_record_nothing(workspace: Path,
                                                               tmp_path: Path) -> None:
    bash = claude_payload(workspace, "Bash", {"command": "ls"})
    assert "does not write files" in record_from_claude_post_tool_use(bash).message
    assert "no file path" in record_from_claude_post_tool_use(
        claude_payload(workspace, "Edit", {"new_string": "x"})).message
    outside = tmp_path / "outside.py"
    outside.write_text(APP)
    far = record_from_claude_post_tool_use(claude_payload(
        workspace, "Edit", {"file_path": str(outside), "new_string": NEW_CODE}))
    assert not far.recorded and "nothing recorded" in far.message
    gone = record_from_claude_post_tool_use(claude_payload(
        workspace, "Edit", {"file_path": str(workspace / "app.py"),
                            "new_string": "text that is not in the file"}))
    assert not gone.recorded and "not found in the file" in gone.message
    assert not (workspace / ".vigilint").exists()


def test_cursor_after_file_edit(workspace: Path) -> None:
    payload = {
        "hook_event_name": "afterFileEdit", "conversation_id": "conv-123",
        "generation_id": "gen-456", "workspace_roots": [str(workspace)],
        "model": "claude-4-sonnet", "file_path": str(workspace / "app.py"),
        "edits": [{"old_string": "def load(data):\n    pass", "new_string": NEW_CODE}],
    }
    outcome = record_from_cursor_after_file_edit(payload)
    assert outcome.ranges == [(4, 5)]
    assert stored(workspace) == [(4, 5, "cursor", "claude-4-sonnet")]
    assert [f.rule for f in outcome.findings] == ["VG-PY-DESER-001"]


def test_cursor_payload_without_edits(workspace: Path) -> None:
    outcome = record_from_cursor_after_file_edit({"file_path": str(workspace / "app.py"),
                                                  "edits": "nonsense"})
    assert not outcome.recorded


def test_line_helpers() -> None:
    text = "a\nb\nc\nb\n"
    assert lines_of(text, ["b"]) == [(2, 2)]
    assert lines_of(text, ["b"], every=True) == [(2, 2), (4, 4)]
    assert lines_of(text, ["\n"]) == []
    assert lines_from_patch([{"newStart": 1, "lines": ["+x", "+y", " z", "+w"]}]) == [
        (1, 2), (4, 4)]
    assert lines_from_patch("nonsense") == []


def test_hook_command_answers_in_claude_codes_protocol(workspace: Path, monkeypatch,
                                                       capsys) -> None:
    import io
    import json

    from vigilint.provenance.hooks import main

    payload = claude_payload(workspace, "Edit", {"file_path": str(workspace / "app.py"),
                                                 "new_string": NEW_CODE})
    monkeypatch.setattr("sys.stdin", io.StringIO(json.dumps(payload)))
    assert main(["claude-code"]) == 0
    out, err = capsys.readouterr()
    answer = json.loads(out)
    assert answer["hookSpecificOutput"]["hookEventName"] == "PostToolUse"
    assert "VG-PY-DESER-001" in answer["hookSpecificOutput"]["additionalContext"]
    assert "recorded app.py lines 4-5" in err
    monkeypatch.setattr("sys.stdin", io.StringIO("{not json"))
    assert main(["cursor"]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out) == {} and "not JSON" in err
