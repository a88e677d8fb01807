"""Post-edit events: Claude Code PostToolUse (Edit, MultiEdit, Write), Cursor afterFileEdit,
Copilot CLI postToolUse, Windsurf post_write_code and Cline PostToolUse record the lines just
written and report the findings in them; a failure to check them is reported, not swallowed."""

from __future__ import annotations

import json
from pathlib import Path

from hookhelpers import APP, NEW_CODE, hook

from vigilint.integrations import adapter_for
from vigilint.integrations.adapter import Event
from vigilint.integrations.edits import lines_from_patch, lines_of, record_edit
from vigilint.provenance.store import open_store


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


def edit_outcome(agent: str, payload: dict):
    adapter = adapter_for(agent)
    name = adapter.event_name(payload) or adapter.infer_event(payload) or ""
    edit = adapter.edit_of(Event(name, adapter.kind_of(name), payload))
    return None if edit is None else record_edit(edit)


def stored(workspace: Path) -> list[tuple]:
    with open_store(workspace) as store:
        lines = (workspace / "app.py").read_text().splitlines()
        return [(r.start_line, r.end_line, r.tool, r.model)
                for r in store.ranges("app.py", lines)]


def write_new_code(workspace: Path) -> None:
    (workspace / "app.py").write_text(APP.replace("def load(data):\n    pass", NEW_CODE))


def test_claude_edit_records_the_new_lines_and_reports_findings(workspace: Path) -> None:
    write_new_code(workspace)
    outcome = edit_outcome("claude-code", claude_payload(workspace, "Edit", {
        "file_path": str(workspace / "app.py"), "old_string": "def load(data):\n    pass",
        "new_string": NEW_CODE}))
    assert outcome.ranges == [(4, 5)] and not outcome.failed
    assert stored(workspace) == [(4, 5, "claude-code", None)]
    assert [(f.rule, f.line) for f in outcome.findings] == [("VG-PY-DESER-001", 5)]
    assert outcome.message.startswith("vigilint: recorded app.py lines 4-5 as written by "
                                      "claude-code; 1 finding in them: line 5 VG-PY-DESER-001")
    assert outcome.as_dict()["findings"][0]["priority"] == "P0"


def test_claude_write_multiedit_and_structured_patch(workspace: Path) -> None:
    write_new_code(workspace)
    write = edit_outcome("claude-code", claude_payload(
        workspace, "Write", {"file_path": str(workspace / "app.py"),
                             "content": (workspace / "app.py").read_text()}))
    assert write.ranges == [(1, 5)]
    (workspace / "app.py").write_text(APP + "\n\ndef dump(x):\n    return yaml.dump(x)\n")
    multi = edit_outcome("claude-code", claude_payload(workspace, "MultiEdit", {
        "file_path": str(workspace / "app.py"),
        "edits": [{"old_string": "a", "new_string": "    pass"},
                  {"old_string": "b", "new_string": "    return yaml.dump(x)"}]}))
    assert multi.ranges == [(5, 5), (9, 9)]
    patched = edit_outcome("claude-code", claude_payload(
        workspace, "Edit",
        {"file_path": str(workspace / "app.py"), "old_string": "x", "new_string": "y"},
        {"filePath": str(workspace / "app.py"), "structuredPatch": [
            {"oldStart": 7, "oldLines": 3, "newStart": 7, "newLines": 3,
             "lines": [" ", "-def dump(y):", "+def dump(x):", "     return yaml.dump(x)"]}]}))
    assert patched.ranges == [(8, 8)]


def test_claude_relative_path_uses_cwd(workspace: Path) -> None:
    write_new_code(workspace)
    outcome = edit_outcome("claude-code", claude_payload(
        workspace, "Edit", {"file_path": "app.py", "new_string": NEW_CODE}))
    assert outcome.ranges == [(4, 5)]


def test_failures_to_check_are_marked_failed(workspace: Path, tmp_path: Path) -> None:
    assert edit_outcome("claude-code", claude_payload(workspace, "Bash", {"command": "ls"})) \
        is None
    nameless = edit_outcome("claude-code", claude_payload(workspace, "Edit", {"new_string": "x"}))
    assert nameless.failed and "names no file" in nameless.message
    gone = edit_outcome("claude-code", claude_payload(
        workspace, "Edit", {"file_path": str(workspace / "app.py"),
                            "new_string": "text that is not in the file"}))
    assert gone.failed and "not found in the file" in gone.message
    missing = edit_outcome("claude-code", claude_payload(
        workspace, "Edit", {"file_path": str(workspace / "nope.py"), "new_string": "x = 1"}))
    assert missing.failed and "can't read it" in missing.message
    assert not (workspace / ".vigilint").exists()


def test_a_file_outside_the_workspace_is_checked_but_not_recorded(workspace, tmp_path) -> None:
    outside = tmp_path / "outside.py"
    outside.write_text("import yaml\n" + NEW_CODE + "\n")
    far = edit_outcome("claude-code", claude_payload(
        workspace, "Edit", {"file_path": str(outside), "new_string": NEW_CODE}))
    assert not far.recorded and "not recorded as AI-written" in far.message
    assert [f.rule for f in far.findings] == ["VG-PY-DESER-001"]


def test_cursor_after_file_edit(workspace: Path) -> None:
    write_new_code(workspace)
    outcome = edit_outcome("cursor", {
        "hook_event_name": "afterFileEdit", "conversation_id": "conv-123",
        "generation_id": "gen-456", "workspace_roots": [str(workspace)],
        "model": "claude-4-sonnet", "file_path": str(workspace / "app.py"),
        "edits": [{"old_string": "def load(data):\n    pass", "new_string": NEW_CODE}]})
    assert outcome.ranges == [(4, 5)]
    assert stored(workspace) == [(4, 5, "cursor", "claude-4-sonnet")]
    assert [f.rule for f in outcome.findings] == ["VG-PY-DESER-001"]
    assert edit_outcome("cursor", {"hook_event_name": "afterFileEdit",
                                   "file_path": str(workspace / "app.py"),
                                   "edits": "nonsense"}).failed


def test_copilot_windsurf_and_cline_edits(workspace: Path) -> None:
    write_new_code(workspace)
    copilot = edit_outcome("copilot", {
        "sessionId": "s", "timestamp": 1, "cwd": str(workspace), "toolName": "edit",
        "toolArgs": json.dumps({"path": str(workspace / "app.py"), "old_str": "x",
                                "new_str": NEW_CODE}),
        "toolResult": {"resultType": "success", "textResultForLlm": "ok"}})
    assert copilot.ranges == [(4, 5)] and copilot.findings
    windsurf = edit_outcome("windsurf", {
        "agent_action_name": "post_write_code", "trajectory_id": "t", "execution_id": "e",
        "tool_info": {"file_path": str(workspace / "app.py"),
                      "edits": [{"old_string": "x", "new_string": NEW_CODE}]}})
    assert windsurf.ranges == [(4, 5)]
    diff = f"------- SEARCH\ndef load(data):\n    pass\n=======\n{NEW_CODE}\n+++++++ REPLACE\n"
    cline = edit_outcome("cline", {
        "hookName": "PostToolUse", "taskId": "t", "workspaceRoots": [str(workspace)],
        "postToolUse": {"toolName": "replace_in_file",
                        "parameters": {"path": "app.py", "diff": diff}, "success": True}})
    assert cline.ranges == [(4, 5)]
    assert {r[2] for r in stored(workspace)} >= {"copilot-cli", "windsurf", "cline"}


def test_line_helpers() -> None:
    text = "a\nb\nc\nb\n"
    assert lines_of(text, ["b"]) == [(2, 2)]
    assert lines_of(text, ["b"], every=True) == [(2, 2), (4, 4)]
    assert lines_of(text, ["\n"]) == []
    assert lines_from_patch([{"newStart": 1, "lines": ["+x", "+y", " z", "+w"]}]) == [
        (1, 2), (4, 4)]
    assert lines_from_patch("nonsense") == []


def test_post_edit_answers_reach_the_user_or_the_model(workspace: Path) -> None:
    write_new_code(workspace)
    payload = claude_payload(workspace, "Edit", {"file_path": str(workspace / "app.py"),
                                                 "new_string": NEW_CODE})
    reply = hook("claude-code", payload)
    answer = json.loads(reply.stdout)
    assert reply.exit_code == 0
    assert answer["hookSpecificOutput"]["hookEventName"] == "PostToolUse"
    assert "VG-PY-DESER-001" in answer["hookSpecificOutput"]["additionalContext"]
    failed = hook("claude-code", claude_payload(
        workspace, "Edit", {"file_path": str(workspace / "gone.py"), "new_string": "x = 1"}))
    assert failed.exit_code == 0
    assert "can't read it" in json.loads(failed.stdout)["systemMessage"]
    cline = hook("cline", {"hookName": "PostToolUse", "workspaceRoots": [str(workspace)],
                           "postToolUse": {"toolName": "write_to_file",
                                           "parameters": {"path": "gone.py", "content": "x"}}})
    answer = json.loads(cline.stdout)
    assert answer["cancel"] is False and "can't read it" in answer["contextModification"]
    cursor = hook("cursor", {"hook_event_name": "afterFileEdit",
                             "workspace_roots": [str(workspace)],
                             "file_path": str(workspace / "gone.py"),
                             "edits": [{"old_string": "", "new_string": "x = 1"}]})
    assert json.loads(cursor.stdout) == {} and "can't read it" in cursor.stderr
    windsurf = hook("windsurf", {"agent_action_name": "post_write_code",
                                 "tool_info": {"file_path": str(workspace / "app.py"),
                                               "edits": [{"new_string": NEW_CODE}]}})
    assert windsurf.exit_code == 0 and "VG-PY-DESER-001" in windsurf.stdout


SECRET = "sk_live_" + "4eC39HqLyjWDarjtT1zdp7dc"
FIXABLE = f"""import requests

STRIPE_KEY = "{SECRET}"


def fetch(url):
    return requests.get(url, verify=False, timeout=5)
"""


def test_post_edit_answer_carries_the_verified_rewrites_redacted(workspace: Path) -> None:
    (workspace / "app.py").write_text(FIXABLE)
    reply = hook("claude-code", claude_payload(workspace, "Write", {
        "file_path": str(workspace / "app.py"), "content": FIXABLE}))
    context = json.loads(reply.stdout)["hookSpecificOutput"]["additionalContext"]
    assert "Suggested rewrites" in context
    assert "-    return requests.get(url, verify=False, timeout=5)\n" \
           "+    return requests.get(url, timeout=5)\n" in context
    assert '+STRIPE_KEY = os.environ["STRIPE_KEY"]' in context
    assert "rotate" in context
    assert SECRET not in reply.stdout and SECRET[8:20] not in reply.stdout
    outcome = edit_outcome("claude-code", claude_payload(workspace, "Write", {
        "file_path": str(workspace / "app.py"), "content": FIXABLE}))
    fixes = {f["rule"]: f["fix"] for f in outcome.as_dict()["findings"]}
    assert fixes["VG-PY-DEF-002"] == {"title": "Remove `verify=False`", "safe": True}
