"""Claude Code and Cursor: recorded payloads in, each protocol's JSON and exit codes out."""

from __future__ import annotations

import json

import pytest
from hookhelpers import hook, payload_text

from vigilint.integrations import UnknownAgentError, adapter_for


def test_claude_block_exits_2_with_the_reason_on_stderr():
    reply = hook("claude-code", payload_text("claude_user_prompt_submit_block.json"))
    assert reply.exit_code == 2
    assert reply.stdout == ""
    assert "implement cryptography itself" in reply.stderr


def test_claude_warn_adds_the_constraints_as_additional_context():
    reply = hook("claude-code", payload_text("claude_user_prompt_submit_warn.json"))
    assert reply.exit_code == 0
    answer = json.loads(reply.stdout)
    assert list(answer) == ["hookSpecificOutput"]
    specific = answer["hookSpecificOutput"]
    assert specific["hookEventName"] == "UserPromptSubmit"
    assert "Security constraints:" in specific["additionalContext"]
    assert "OWASP" in specific["additionalContext"]


def test_claude_allow_says_nothing():
    reply = hook("claude-code", payload_text("claude_user_prompt_submit_allow.json"))
    assert (reply.exit_code, reply.stdout, reply.stderr) == (0, "", "")


def test_cursor_block_does_not_continue():
    reply = hook("cursor", payload_text("cursor_before_submit_prompt_block.json"))
    assert reply.exit_code == 0
    answer = json.loads(reply.stdout)
    assert answer["continue"] is False
    assert "vigilint blocked this prompt" in answer["user_message"]


def test_cursor_warn_continues_and_tells_the_user_what_to_add():
    answer = json.loads(hook("cursor", payload_text("cursor_before_submit_prompt_warn.json")).stdout)
    assert answer["continue"] is True
    assert "Security constraints:" in answer["user_message"]


def test_cursor_allow_continues():
    reply = hook("cursor", payload_text("cursor_before_submit_prompt_allow.json"))
    assert json.loads(reply.stdout) == {"continue": True}


@pytest.mark.parametrize("agent", ["claude-code", "cursor", "copilot", "windsurf", "cline"])
def test_an_unknown_event_gets_an_unsupported_event_answer(agent):
    reply = hook(agent, {"hook_event_name": "Notification", "agent_action_name": "Notification",
                         "hookName": "Notification", "message": "hi"})
    assert reply.exit_code == 0
    text = reply.stdout + reply.stderr
    assert "does not handle the 'Notification' event" in text
    assert next(iter(adapter_for(agent).handled)) in text


def test_claude_unsupported_event_is_a_system_message():
    reply = hook("claude-code", payload_text("claude_notification.json"))
    assert reply.exit_code == 0
    assert "does not handle" in json.loads(reply.stdout)["systemMessage"]


@pytest.mark.parametrize(("agent", "name"), [
    ("claude-code", "userpromptsubmit"), ("claude-code", "USER_PROMPT_SUBMIT"),
    ("cursor", "beforesubmitprompt"), ("cursor", "before-submit-prompt")])
def test_event_names_are_matched_whatever_their_case(agent, name):
    reply = hook(agent, {"hook_event_name": name,
                         "prompt": "Implement AES from scratch for our app, our own cipher."})
    if agent == "claude-code":
        assert reply.exit_code == 2
    else:
        assert json.loads(reply.stdout)["continue"] is False


def test_a_payload_without_event_name_but_with_a_prompt_is_a_prompt_event():
    assert hook("claude-code", {"prompt": "implement AES from scratch"}).exit_code == 2


def test_unknown_agent_is_refused():
    with pytest.raises(UnknownAgentError):
        adapter_for("vim")
