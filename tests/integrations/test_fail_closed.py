"""Regression tests for the hook bypasses of the fail-open and hardening issues: what cannot be
checked is blocked in each agent's own blocking form, unless the hook runs with --fail-open
(which the answer then says)."""

from __future__ import annotations

import codecs
import json
import os
import signal

import pytest
from hookhelpers import CRYPTO, hook, run_hook

from vigilint.integrations.adapter import HookReply
from vigilint.integrations.prompt_check import MAX_PROMPT_CHARS
from vigilint.integrations.runner import supervised

PADDED = CRYPTO + " " + "padding " * (MAX_PROMPT_CHARS // 8 + 10)


def blocked(agent: str, reply: HookReply) -> bool:
    """Whether `reply` is `agent`'s blocking answer."""
    if agent in ("claude-code", "windsurf"):
        return reply.exit_code == 2 and "vigilint blocked" in reply.stderr
    answer = json.loads(reply.stdout)
    if agent == "cursor":
        return reply.exit_code == 0 and answer["continue"] is False
    if agent == "cline":
        return reply.exit_code == 0 and answer["cancel"] is True
    return reply.exit_code == 0 and answer["permissionDecision"] == "deny"  # copilot


def prompt_event(agent: str, prompt: object) -> dict:
    if agent == "windsurf":
        return {"agent_action_name": "pre_user_prompt", "tool_info": {"user_prompt": prompt}}
    if agent == "cline":
        return {"hookName": "UserPromptSubmit", "userPromptSubmit": {"prompt": prompt}}
    if agent == "cursor":
        return {"hook_event_name": "beforeSubmitPrompt", "prompt": prompt}
    return {"hook_event_name": "UserPromptSubmit", "prompt": prompt}


BLOCKING_AGENTS = ["claude-code", "cursor", "windsurf", "cline"]


@pytest.mark.parametrize("agent", BLOCKING_AGENTS)
def test_a_prompt_padded_past_the_limit_is_blocked_not_let_through(agent):
    reply = hook(agent, prompt_event(agent, PADDED))
    assert blocked(agent, reply)
    assert "characters long" in reply.stdout + reply.stderr


@pytest.mark.parametrize("agent", [*BLOCKING_AGENTS, "copilot"])
@pytest.mark.parametrize("raw", ["{not json", "[1, 2]", "", "null", '"text"', "\xff\xfe\x00"])
def test_malformed_input_is_blocked(agent, raw):
    reply = hook(agent, raw.encode("latin-1"))
    assert blocked(agent, reply), reply
    assert "could not check" in reply.stdout + reply.stderr


@pytest.mark.parametrize("agent", BLOCKING_AGENTS)
def test_a_prompt_event_without_its_prompt_is_blocked(agent):
    assert blocked(agent, hook(agent, prompt_event(agent, None)))


@pytest.mark.parametrize("agent", BLOCKING_AGENTS)
def test_fail_open_lets_it_through_and_says_so(agent):
    reply = hook(agent, "{not json", fail_open=True)
    text = reply.stdout + reply.stderr
    assert reply.exit_code == 0 and "--fail-open" in text and "could not check" in text
    if agent == "cursor":
        assert json.loads(reply.stdout).get("continue", True) is True


def test_fail_open_never_lets_a_blocked_prompt_through():
    assert hook("claude-code", prompt_event("claude-code", CRYPTO), fail_open=True).exit_code == 2


@pytest.mark.parametrize("agent", BLOCKING_AGENTS)
def test_an_internal_error_blocks(agent, monkeypatch):
    def broken(*_args, **_kwargs):
        raise KeyError("boom")

    monkeypatch.setattr("vigilint.integrations.core.check_bounded", broken)
    reply = hook(agent, prompt_event(agent, "write a login form"))
    assert blocked(agent, reply)
    assert "internal error (KeyError)" in reply.stdout + reply.stderr
    assert "Traceback" not in reply.stderr
    assert "Traceback" in hook(agent, prompt_event(agent, "x y"), debug=True).stderr


ENCODINGS = [("utf-8-sig", codecs.BOM_UTF8, "utf-8"), ("utf-16", b"", "utf-16"),
             ("utf-16-le", codecs.BOM_UTF16_LE, "utf-16-le"), ("utf-32", b"", "utf-32"),
             ("utf-16-be no BOM", b"", "utf-16-be")]


@pytest.mark.parametrize(("label", "bom", "codec"), ENCODINGS)
@pytest.mark.parametrize("agent", ["claude-code", "cursor"])
def test_byte_order_marks_and_utf16_32_are_read(agent, label, bom, codec):
    data = bom + json.dumps(prompt_event(agent, CRYPTO), ensure_ascii=False).encode(codec)
    reply = hook(agent, data)
    assert blocked(agent, reply) and "implement cryptography itself" in reply.stdout + \
        reply.stderr


@pytest.mark.parametrize("trailer", ["\n", "\x00\x00", "\n{\"prompt\": \"second\"}", " garbage"])
def test_trailing_data_after_the_event_is_ignored_not_fatal(trailer):
    data = json.dumps(prompt_event("claude-code", CRYPTO)) + trailer
    reply = hook("claude-code", data)
    assert reply.exit_code == 2 and "implement cryptography itself" in reply.stderr
    allowed = hook("cursor", json.dumps(prompt_event("cursor", "Rename x to y.")) + trailer)
    assert json.loads(allowed.stdout) == {"continue": True}


def test_deeply_nested_payloads_are_parsed_and_checked():
    depth = 100_000
    data = ('{"hook_event_name": "UserPromptSubmit", "attachments": ' + "[" * depth +
            "]" * depth + f', "prompt": {json.dumps(CRYPTO)}}}')
    reply = hook("claude-code", data)
    assert reply.exit_code == 2 and "implement cryptography itself" in reply.stderr
    cursor = hook("cursor", data.replace("UserPromptSubmit", "beforeSubmitPrompt"))
    assert json.loads(cursor.stdout)["continue"] is False


def test_a_planted_secret_never_reaches_a_hook_answer():
    secret = "ghp_" + "A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8"
    prompt = f"Implement AES yourself and hard-code the token {secret} in the cipher."
    for agent in BLOCKING_AGENTS:
        reply = hook(agent, prompt_event(agent, prompt))
        assert secret not in reply.stdout + reply.stderr
        assert secret[8:20] not in reply.stdout + reply.stderr


def test_an_event_name_with_control_characters_is_escaped():
    reply = hook("windsurf", {"agent_action_name": "evil\x1b[2J\nFAKE", "tool_info": {}})
    assert "\x1b" not in reply.stdout + reply.stderr
    assert "\\x1b" in reply.stdout


# -- the process boundary: deadline, crash, size, the command line ------------------------------
@pytest.mark.skipif(not hasattr(os, "fork"), reason="the deadline needs fork")
def test_a_check_past_the_deadline_is_answered_with_a_block_in_time():
    reply = supervised(lambda: (os.system("sleep 5"), HookReply())[1], 0.2,
                       lambda why: HookReply(2, "", why))
    assert reply.exit_code == 2 and "longer than 0.2 s" in reply.stderr


@pytest.mark.skipif(not hasattr(os, "fork"), reason="the deadline needs fork")
def test_a_check_that_dies_is_answered_with_a_block():
    def die() -> HookReply:
        os.kill(os.getpid(), signal.SIGKILL)
        return HookReply()

    reply = supervised(die, 10, lambda why: HookReply(2, "", why))
    assert reply.exit_code == 2 and "ended by signal 9" in reply.stderr


def test_command_line_deadline_blocks_a_slow_check():
    prompt = "Write a web handler for the upload form. " * 40_000  # ~1.7 M characters
    done = run_hook("claude-code", json.dumps(prompt_event("claude-code", prompt)),
                    "--timeout", "0.05")
    assert done.returncode == 2
    assert b"took longer than 0.05 s" in done.stderr


def test_command_line_oversize_input_is_blocked_without_reading_it_all():
    data = b'{"hook_event_name": "UserPromptSubmit", "prompt": "' + b"a" * (65 << 20) + b'"}'
    done = run_hook("claude-code", data)
    assert done.returncode == 2 and b"larger than 64 MiB" in done.stderr


def test_command_line_fail_open_and_unknown_agent():
    done = run_hook("cursor", "{not json", "--fail-open")
    assert done.returncode == 0 and json.loads(done.stdout)["continue"] is True
    assert b"--fail-open" in done.stdout
    bad = run_hook("emacs", "{}")
    assert bad.returncode == 2 and b"unknown agent `emacs`" in bad.stderr
    assert b"Traceback" not in bad.stderr


def test_deep_payload_with_a_64_bit_overflowing_integer_is_still_read():
    """Found by the soak run: the deep parser's C backend stops at 64-bit integers."""
    depth = 2_000
    data = ('{"hook_event_name": "Notification", "n": 9223372036854775808, "x": ' +
            "[" * depth + "]" * depth + "}")
    reply = hook("claude-code", data)
    assert reply.exit_code == 0 and "does not handle" in reply.stdout
    blocked_prompt = data.replace('"Notification"', '"UserPromptSubmit"').replace(
        '"n":', f'"prompt": {json.dumps(CRYPTO)}, "n":')
    assert hook("claude-code", blocked_prompt).exit_code == 2


def test_command_line_reads_deep_payloads_in_the_child():
    depth = 50_000
    data = ('{"hook_event_name": "UserPromptSubmit", "x": ' + "[" * depth + "]" * depth +
            f', "prompt": {json.dumps(CRYPTO)}}}')
    done = run_hook("claude-code", data)
    assert done.returncode == 2 and b"implement cryptography itself" in done.stderr


@pytest.mark.parametrize("depth", [1, 5_000])
def test_nan_and_infinity_are_not_json_whatever_the_depth(depth):
    """Found by the soak run: the deep parser refused Infinity, the standard one took it."""
    nested = "[" * depth + "]" * depth
    for constant in ("Infinity", "NaN", "-Infinity"):
        data = (f'{{"hook_event_name": "Notification", "x": {nested}, "n": {constant}}}')
        reply = hook("claude-code", data)
        assert reply.exit_code == 2 and "is not JSON" in reply.stderr


def test_a_deep_payload_with_a_lone_surrogate_is_read():
    depth = 5_000
    data = ('{"hook_event_name": "Notification", "x": ' + "[" * depth + "]" * depth +
            ', "s": "\ud800"}').encode("utf-8", "surrogatepass")
    reply = hook("claude-code", data)
    assert reply.exit_code == 0 and "does not handle" in reply.stdout


@pytest.mark.parametrize("agent", ["claude-code", "cursor", "copilot", "cline"])
def test_an_answer_quoting_an_event_name_with_a_quote_stays_json(agent: str) -> None:
    """Found by the 30-minute soak: the redactor masked the serialised JSON answer, took the
    backslash of an escaped quote into its mask, and left JSON the agent could not read."""
    from vigilint.integrations import adapter_for
    from vigilint.integrations.adapter import HookOptions
    from vigilint.integrations.core import answer

    for name in ('00\x1f&\U0001dab0"', '0\\\x1e\xa1\U0006fa12', '\x1b\x1f"\U00018cd6?\U0002fa1e',
                 'x\\"y', 'A1b2C3d4E5f6G7h8\\"', '"'):
        data = json.dumps({"hook_event_name": name, "prompt": None, "session_id": "s1",
                           "workspace_roots": []}).encode()
        reply = answer(adapter_for(agent), data, HookOptions())
        if reply.stdout or agent in ("cursor", "cline"):
            json.loads(reply.stdout)
        assert "does not handle" in reply.stdout + reply.stderr
