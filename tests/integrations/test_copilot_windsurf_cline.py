"""GitHub Copilot CLI, Windsurf and Cline: each protocol's JSON in and out.

Copilot CLI cannot block at `userPromptSubmitted` (its output is not processed), so the
verdict is stored per session and enforced at `preToolUse`."""

from __future__ import annotations

import json
from pathlib import Path

from hookhelpers import CRYPTO, SQL, hook

HARMLESS = "Rename the variable `x` to `count` in utils.py."


def copilot_prompt(prompt: str, cwd: Path, session: str = "s1") -> dict:
    return {"sessionId": session, "timestamp": 1_760_000_000_000, "cwd": str(cwd),
            "prompt": prompt}


def copilot_tool(cwd: Path, session: str = "s1", **extra) -> dict:
    return {"sessionId": session, "timestamp": 1_760_000_000_000, "cwd": str(cwd),
            "toolName": "bash", "toolArgs": json.dumps({"command": "ls"}), **extra}


def test_copilot_blocked_prompt_denies_the_sessions_tool_calls(tmp_path):
    prompt = hook("copilot", copilot_prompt(CRYPTO, tmp_path), event="userPromptSubmitted")
    assert prompt.exit_code == 0 and "vigilint blocked this prompt" in prompt.stderr
    answer = json.loads(hook("copilot", copilot_tool(tmp_path), event="preToolUse").stdout)
    assert answer["permissionDecision"] == "deny"
    assert "implement cryptography itself" in answer["permissionDecisionReason"]
    # another session of the same workspace is not affected by this one's verdict
    hook("copilot", copilot_prompt(HARMLESS, tmp_path, "s2"), event="userPromptSubmitted")
    other = hook("copilot", copilot_tool(tmp_path, "s2"), event="preToolUse")
    assert (other.exit_code, other.stdout) == (0, "")


def test_copilot_next_prompt_that_passes_lifts_the_deny(tmp_path):
    hook("copilot", copilot_prompt(CRYPTO, tmp_path), event="userPromptSubmitted")
    hook("copilot", copilot_prompt(HARMLESS, tmp_path), event="userPromptSubmitted")
    reply = hook("copilot", copilot_tool(tmp_path), event="preToolUse")
    assert (reply.exit_code, reply.stdout) == (0, "")


def test_copilot_warn_allows_tools_and_offers_the_constraints(tmp_path):
    warn = hook("copilot", copilot_prompt(SQL, tmp_path))  # event inferred from the payload
    assert json.loads(warn.stdout)["additionalContext"].startswith("vigilint prompt guard")
    assert hook("copilot", copilot_tool(tmp_path)).stdout == ""


def test_copilot_tool_call_without_a_checked_prompt_is_denied(tmp_path):
    answer = json.loads(hook("copilot", copilot_tool(tmp_path, "never-seen")).stdout)
    assert answer["permissionDecision"] == "deny"
    assert "userPromptSubmitted hook" in answer["permissionDecisionReason"]


def test_copilot_unreadable_prompt_event_denies_until_a_readable_prompt(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    hook("copilot", copilot_prompt(HARMLESS, tmp_path))
    assert hook("copilot", "{not json").exit_code == 0
    denied = json.loads(hook("copilot", copilot_tool(tmp_path)).stdout)
    assert denied["permissionDecision"] == "deny"
    hook("copilot", copilot_prompt(HARMLESS, tmp_path))
    assert hook("copilot", copilot_tool(tmp_path)).stdout == ""


def test_copilot_vscode_compatible_payloads(tmp_path):
    hook("copilot", {"hook_event_name": "UserPromptSubmit", "session_id": "v1",
                     "cwd": str(tmp_path), "prompt": CRYPTO})
    answer = json.loads(hook("copilot", {"hook_event_name": "PreToolUse", "session_id": "v1",
                                         "cwd": str(tmp_path), "tool_name": "bash",
                                         "tool_input": {"command": "ls"}}).stdout)
    assert answer["permissionDecision"] == "deny"
    assert answer["hookSpecificOutput"]["permissionDecision"] == "deny"


def windsurf_prompt(prompt: object) -> dict:
    return {"agent_action_name": "pre_user_prompt", "trajectory_id": "t1",
            "execution_id": "e1", "timestamp": "2026-12-01T10:00:00Z",
            "tool_info": {"user_prompt": prompt}}


def test_windsurf_prompt_verdicts():
    block = hook("windsurf", windsurf_prompt(CRYPTO))
    assert block.exit_code == 2 and "vigilint blocked this prompt" in block.stderr
    warn = hook("windsurf", windsurf_prompt(SQL))
    assert warn.exit_code == 0 and "Security constraints:" in warn.stdout
    allow = hook("windsurf", windsurf_prompt(HARMLESS))
    assert (allow.exit_code, allow.stdout, allow.stderr) == (0, "", "")
    missing = hook("windsurf", windsurf_prompt(None))
    assert missing.exit_code == 2 and "carries no prompt text" in missing.stderr


def cline_prompt(prompt: object, root: Path | None = None) -> dict:
    return {"clineVersion": "3.40.0", "hookName": "UserPromptSubmit",
            "timestamp": "1760000000", "taskId": "task-1",
            "workspaceRoots": [str(root)] if root else [], "userId": "u1",
            "userPromptSubmit": {"prompt": prompt, "attachments": []}}


def test_cline_prompt_verdicts(tmp_path):
    block = json.loads(hook("cline", cline_prompt(CRYPTO, tmp_path)).stdout)
    assert block["cancel"] is True and "vigilint blocked" in block["errorMessage"]
    warn = json.loads(hook("cline", cline_prompt(SQL, tmp_path)).stdout)
    assert warn["cancel"] is False and "Security constraints:" in warn["contextModification"]
    assert json.loads(hook("cline", cline_prompt(HARMLESS)).stdout) == {"cancel": False}
    missing = json.loads(hook("cline", cline_prompt(42)).stdout)
    assert missing["cancel"] is True and "carries no prompt text" in missing["errorMessage"]


def test_copilot_state_that_cannot_be_written_is_reported(tmp_path, monkeypatch):
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("")
    monkeypatch.setenv("VIGILINT_STATE_DIR", str(blocked / "sessions"))
    reply = hook("copilot", copilot_prompt(CRYPTO, tmp_path))
    assert reply.exit_code == 0
    assert "could not store this session's verdict" in reply.stderr
    denied = json.loads(hook("copilot", copilot_tool(tmp_path)).stdout)
    assert denied["permissionDecision"] == "deny"
