"""The shipped agent configurations (editors/agents/) run their commands on recorded payloads
of each protocol and answer as the protocol expects."""

from __future__ import annotations

import json
import shlex
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
AGENTS = ROOT / "editors" / "agents"
PAYLOADS = ROOT / "tests" / "prompts" / "payloads"


def claude_commands(event: str, tool: str | None = None) -> list[str]:
    settings = json.loads((AGENTS / "claude-code" / ".claude" / "settings.json").read_text())
    out = []
    for group in settings["hooks"][event]:
        matcher = group.get("matcher")
        if tool is not None and matcher and tool not in matcher.split("|"):
            continue
        out.extend(h["command"] for h in group["hooks"] if h["type"] == "command")
    return out


def cursor_commands(event: str) -> list[str]:
    hooks = json.loads((AGENTS / "cursor" / ".cursor" / "hooks.json").read_text())
    assert hooks["version"] == 1
    return [h["command"] for h in hooks["hooks"][event]]


def run(command: str, payload: dict, cwd: Path | None = None) -> subprocess.CompletedProcess:
    argv = shlex.split(command)
    assert argv[0] == "vigilint"
    return subprocess.run([sys.executable, "-m", "vigilint", *argv[1:]], input=json.dumps(payload),
                          capture_output=True, text=True, timeout=60, cwd=cwd, check=False)


def load(name: str) -> dict:
    return json.loads((PAYLOADS / name).read_text())


@pytest.mark.parametrize(("name", "code", "stdout_has", "stderr_has"), [
    ("claude_user_prompt_submit_allow.json", 0, None, None),
    ("claude_user_prompt_submit_warn.json", 0, "additionalContext", None),
    ("claude_user_prompt_submit_block.json", 2, None, "vigilint"),
])
def test_claude_prompt_hook(name, code, stdout_has, stderr_has, tmp_path):
    payload = load(name) | {"cwd": str(tmp_path)}
    [command] = claude_commands("UserPromptSubmit")
    result = run(command, payload)
    assert result.returncode == code, result.stderr
    if stdout_has:
        answer = json.loads(result.stdout)
        assert answer["hookSpecificOutput"]["hookEventName"] == "UserPromptSubmit"
        assert "OWASP" in answer["hookSpecificOutput"][stdout_has]
    elif code == 0:
        assert result.stdout.strip() == ""
    if stderr_has:
        assert stderr_has in result.stderr


@pytest.mark.parametrize(("name", "go_on"), [
    ("cursor_before_submit_prompt_allow.json", True),
    ("cursor_before_submit_prompt_warn.json", True),
    ("cursor_before_submit_prompt_block.json", False),
])
def test_cursor_prompt_hook(name, go_on, tmp_path):
    payload = load(name) | {"workspace_roots": [str(tmp_path)]}
    [command] = cursor_commands("beforeSubmitPrompt")
    result = run(command, payload)
    assert result.returncode == 0
    answer = json.loads(result.stdout)
    assert answer["continue"] is go_on
    if "warn" in name or "block" in name:
        assert answer["user_message"]


def _workspace(tmp_path: Path) -> tuple[Path, Path]:
    (tmp_path / ".git").mkdir()
    target = tmp_path / "app" / "loader.py"
    target.parent.mkdir()
    return tmp_path, target


def _recorded(workspace: Path) -> list[tuple]:
    db = workspace / ".vigilint" / "vigilint.db"
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT path, start_line, end_line, tool FROM provenance").fetchall()


def test_claude_post_tool_use_records_and_reports(tmp_path):
    workspace, target = _workspace(tmp_path)
    new = "def load(data):\n    return yaml.load(data)\n"
    target.write_text("import yaml\n\n\n" + new)
    payload = {
        "session_id": "s1", "transcript_path": "/tmp/t.jsonl", "cwd": str(workspace),
        "hook_event_name": "PostToolUse", "tool_name": "Edit",
        "tool_input": {"file_path": str(target), "old_string": "", "new_string": new},
        "tool_response": {"filePath": str(target), "success": True},
    }
    assert claude_commands("PostToolUse", tool="Write") == claude_commands("PostToolUse", "Edit")
    [command] = claude_commands("PostToolUse", tool="Edit")
    result = run(command, payload, cwd=workspace)
    assert result.returncode == 0, result.stderr
    context = json.loads(result.stdout)["hookSpecificOutput"]["additionalContext"]
    assert "VG-PY-DESER-001" in context
    assert ("app/loader.py", 4, 5, "claude-code") in _recorded(workspace)


def test_cursor_after_file_edit_records(tmp_path):
    workspace, target = _workspace(tmp_path)
    new = "def load(data):\n    return yaml.load(data)\n"
    target.write_text("import yaml\n" + new)
    payload = {
        "conversation_id": "c1", "generation_id": "g1", "hook_event_name": "afterFileEdit",
        "workspace_roots": [str(workspace)], "file_path": str(target),
        "edits": [{"old_string": "", "new_string": new}],
    }
    [command] = cursor_commands("afterFileEdit")
    result = run(command, payload, cwd=workspace)
    assert result.returncode == 0, result.stderr
    assert ("app/loader.py", 2, 3, "cursor") in _recorded(workspace)


def test_malformed_payload_fails_open():
    [command] = claude_commands("UserPromptSubmit")
    result = subprocess.run([sys.executable, "-m", "vigilint", *shlex.split(command)[1:]],
                            input="{not json", capture_output=True, text=True, timeout=60,
                            check=False)
    assert result.returncode == 0 and "vigilint" in result.stderr
