"""The shipped agent configurations (editors/agents/) run their commands on recorded payloads
of each protocol and answer as the protocol expects."""

from __future__ import annotations

import json
import os
import shlex
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
AGENTS = ROOT / "editors" / "agents"
PAYLOADS = ROOT / "tests" / "integrations" / "payloads"
CRYPTO = "Implement AES-128 encryption from scratch in Python, our own block cipher."


def claude_hooks(event: str, tool: str | None = None) -> list[dict]:
    settings = json.loads((AGENTS / "claude-code" / ".claude" / "settings.json").read_text())
    out = []
    for group in settings["hooks"][event]:
        matcher = group.get("matcher")
        if tool is not None and matcher and tool not in matcher.split("|"):
            continue
        out.extend(h for h in group["hooks"] if h["type"] == "command")
    return out


def claude_commands(event: str, tool: str | None = None) -> list[str]:
    return [h["command"] for h in claude_hooks(event, tool)]


def cursor_hooks(event: str) -> list[dict]:
    hooks = json.loads((AGENTS / "cursor" / ".cursor" / "hooks.json").read_text())
    assert hooks["version"] == 1
    return hooks["hooks"][event]


def copilot_hooks(event: str) -> list[dict]:
    hooks = json.loads((AGENTS / "copilot" / ".github" / "hooks" / "vigilint.json").read_text())
    assert hooks["version"] == 1
    return hooks["hooks"][event]


def windsurf_hooks(event: str) -> list[dict]:
    return json.loads((AGENTS / "windsurf" / ".windsurf" / "hooks.json").read_text())["hooks"][
        event]


def run(command: str, payload: dict | str, cwd: Path | None = None,
        env: dict | None = None) -> subprocess.CompletedProcess:
    argv = shlex.split(command)
    assert argv[0] == "vigilint"
    data = payload if isinstance(payload, str) else json.dumps(payload)
    return subprocess.run([sys.executable, "-m", "vigilint", *argv[1:]], input=data,
                          capture_output=True, text=True, timeout=60, cwd=cwd, check=False,
                          env=env)


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


def test_blocking_hooks_are_configured_to_fail_closed():
    [prompt_hook] = claude_hooks("UserPromptSubmit")
    assert prompt_hook["onFailure"] == "block"
    # vigilint answers before the agent's own timeout would let the prompt through
    assert float(shlex.split(prompt_hook["command"])[-1]) < prompt_hook["timeout"]
    [cursor_prompt] = cursor_hooks("beforeSubmitPrompt")
    assert cursor_prompt["failClosed"] is True
    for event in ("userPromptSubmitted", "preToolUse"):
        [hook] = copilot_hooks(event)
        argv = shlex.split(hook["bash"])
        assert argv[argv.index("--event") + 1] == event
        assert float(argv[argv.index("--timeout") + 1]) < hook["timeoutSec"]


def test_malformed_payload_is_blocked():
    [command] = claude_commands("UserPromptSubmit")
    result = run(command, "{not json")
    assert result.returncode == 2 and "vigilint blocked" in result.stderr


@pytest.mark.parametrize(("name", "go_on"), [
    ("cursor_before_submit_prompt_allow.json", True),
    ("cursor_before_submit_prompt_warn.json", True),
    ("cursor_before_submit_prompt_block.json", False),
])
def test_cursor_prompt_hook(name, go_on, tmp_path):
    payload = load(name) | {"workspace_roots": [str(tmp_path)]}
    [hook] = cursor_hooks("beforeSubmitPrompt")
    result = run(hook["command"], payload)
    assert result.returncode == 0
    answer = json.loads(result.stdout)
    assert answer["continue"] is go_on
    if "warn" in name or "block" in name:
        assert answer["user_message"]


def test_copilot_hooks_enforce_the_prompt_verdict_at_the_next_tool_call(tmp_path):
    env = os.environ | {"VIGILINT_STATE_DIR": str(tmp_path / "state")}
    [prompt_hook] = copilot_hooks("userPromptSubmitted")
    [tool_hook] = copilot_hooks("preToolUse")
    base = {"sessionId": "abc", "timestamp": 1_765_000_000_000, "cwd": str(tmp_path)}
    result = run(prompt_hook["bash"], base | {"prompt": CRYPTO}, env=env)
    assert result.returncode == 0 and "vigilint blocked this prompt" in result.stderr
    denied = run(tool_hook["bash"], base | {"toolName": "create", "toolArgs": "{}"}, env=env)
    assert denied.returncode == 0
    assert json.loads(denied.stdout)["permissionDecision"] == "deny"


def test_windsurf_prompt_hook_blocks_with_exit_2():
    [hook] = windsurf_hooks("pre_user_prompt")
    assert hook["show_output"] is True
    result = run(hook["command"], {"agent_action_name": "pre_user_prompt",
                                   "trajectory_id": "t", "execution_id": "e",
                                   "tool_info": {"user_prompt": CRYPTO}})
    assert result.returncode == 2 and "vigilint blocked this prompt" in result.stderr


def test_cline_hook_scripts_answer_in_json(tmp_path):
    script = AGENTS / "cline" / ".clinerules" / "hooks" / "UserPromptSubmit"
    assert os.access(script, os.X_OK)
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    shim = bin_dir / "vigilint"  # `vigilint` on PATH, as an installed one would be
    shim.write_text(f"#!/bin/sh\nexec {shlex.quote(sys.executable)} -m vigilint \"$@\"\n")
    shim.chmod(0o755)
    env = os.environ | {"PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}"}
    payload = {"hookName": "UserPromptSubmit", "taskId": "t", "workspaceRoots": [],
               "userPromptSubmit": {"prompt": CRYPTO, "attachments": []}}
    result = subprocess.run([str(script)], input=json.dumps(payload), capture_output=True,
                            text=True, timeout=60, env=env, check=False)
    answer = json.loads(result.stdout)
    assert result.returncode == 0 and answer["cancel"] is True
    assert (AGENTS / "cline" / ".clinerules" / "hooks" / "PostToolUse").exists()


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
    [hook] = cursor_hooks("afterFileEdit")
    result = run(hook["command"], payload, cwd=workspace)
    assert result.returncode == 0, result.stderr
    assert ("app/loader.py", 2, 3, "cursor") in _recorded(workspace)
