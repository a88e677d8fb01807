"""`vigilint hook <agent>` against recorded Claude Code and Cursor payloads."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from vigilint.cli import main
from vigilint.prompts.hooks import EVENTS, UnknownAgentError, handle

PAYLOADS = Path(__file__).parent / "payloads"


def payload(name: str) -> str:
    return (PAYLOADS / name).read_text(encoding="utf-8")


def test_claude_block_exits_2_with_the_reason_on_stderr():
    reply = handle("claude-code", payload("claude_user_prompt_submit_block.json"))
    assert reply.exit_code == 2
    assert reply.stdout == ""
    assert "implement cryptography itself" in reply.stderr


def test_claude_warn_adds_the_constraints_as_additional_context():
    reply = handle("claude-code", payload("claude_user_prompt_submit_warn.json"))
    assert reply.exit_code == 0
    answer = json.loads(reply.stdout)
    assert list(answer) == ["hookSpecificOutput"]
    specific = answer["hookSpecificOutput"]
    assert specific["hookEventName"] == "UserPromptSubmit"
    assert "Security constraints:" in specific["additionalContext"]
    assert "OWASP" in specific["additionalContext"]


def test_claude_allow_says_nothing():
    reply = handle("claude-code", payload("claude_user_prompt_submit_allow.json"))
    assert (reply.exit_code, reply.stdout, reply.stderr) == (0, "", "")


def test_cursor_block_does_not_continue():
    reply = handle("cursor", payload("cursor_before_submit_prompt_block.json"))
    assert reply.exit_code == 0
    answer = json.loads(reply.stdout)
    assert answer["continue"] is False
    assert "vigilint blocked this prompt" in answer["user_message"]


def test_cursor_warn_continues_and_tells_the_user_what_to_add():
    answer = json.loads(handle("cursor", payload("cursor_before_submit_prompt_warn.json")).stdout)
    assert answer["continue"] is True
    assert "Security constraints:" in answer["user_message"]


def test_cursor_allow_continues():
    answer = json.loads(handle("cursor", payload("cursor_before_submit_prompt_allow.json")).stdout)
    assert answer == {"continue": True}


def test_unknown_event_is_a_no_op():
    reply = handle("claude-code", payload("claude_notification.json"))
    assert (reply.exit_code, reply.stdout, reply.stderr) == (0, "", "")


@pytest.mark.parametrize("agent", ["claude-code", "cursor"])
def test_malformed_json_fails_open(agent):
    reply = handle(agent, payload("malformed.txt"))
    assert reply.exit_code == 0
    assert "not JSON" in reply.stderr
    if agent == "cursor":
        assert json.loads(reply.stdout) == {"continue": True}
    else:
        assert reply.stdout == ""


@pytest.mark.parametrize("raw", ["[1, 2]", "", '{"hook_event_name": "UserPromptSubmit"}'])
def test_payloads_without_a_prompt_fail_open(raw):
    reply = handle("claude-code", raw)
    assert reply.exit_code == 0
    assert reply.stdout == ""


def test_a_payload_without_event_name_but_with_a_prompt_is_a_prompt_event():
    reply = handle("claude-code", json.dumps({"prompt": "implement AES from scratch"}))
    assert reply.exit_code == 2


def test_unknown_agent_is_refused():
    with pytest.raises(UnknownAgentError):
        handle("vim", "{}")


def test_other_events_can_be_routed_by_adding_a_handler(monkeypatch):
    from vigilint.prompts.hooks import HookReply

    monkeypatch.setitem(EVENTS, ("cursor", "stop"), lambda p: HookReply(0, "{}\n", ""))
    assert handle("cursor", '{"hook_event_name": "stop"}').stdout == "{}\n"


# -- through the command line ------------------------------------------------------------------
def _stdin(monkeypatch, text: str) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode("utf-8"))))


def test_cli_hook_claude_block(monkeypatch, capsys):
    _stdin(monkeypatch, payload("claude_user_prompt_submit_block.json"))
    assert main(["hook", "claude-code"]) == 2
    captured = capsys.readouterr()
    assert "vigilint blocked this prompt" in captured.err


def test_cli_hook_cursor_warn(monkeypatch, capsys):
    _stdin(monkeypatch, payload("cursor_before_submit_prompt_warn.json"))
    assert main(["hook", "cursor"]) == 0
    assert json.loads(capsys.readouterr().out)["continue"] is True


def test_cli_hook_unknown_agent_is_a_usage_error(monkeypatch, capsys):
    _stdin(monkeypatch, "{}")
    assert main(["hook", "windsurf"]) == 2
    err = capsys.readouterr().err
    assert "unknown agent `windsurf`" in err
    assert "Traceback" not in err


def test_light_entry_point_answers_like_the_cli(monkeypatch, capsys):
    from vigilint.prompts.hooks import main as hook_main

    _stdin(monkeypatch, payload("claude_user_prompt_submit_block.json"))
    assert hook_main(["claude-code"]) == 2
    assert "vigilint blocked this prompt" in capsys.readouterr().err
    assert hook_main(["emacs"]) == 2
    assert "unknown agent `emacs`" in capsys.readouterr().err
