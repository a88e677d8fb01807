"""Hook fuzzing: strategies for hostile hook input and the properties every answer must hold.

Shared by tests/fuzz/test_fuzz_hooks.py (a short seeded run in CI) and bench/fuzz_soak.py (a
long run with fresh seeds). Properties, for every agent:

- **answered**: no exception, an exit code the agent's protocol knows, JSON on stdout where
  the protocol reads JSON;
- **verdict**: a prompt event that can be checked gets exactly the guard's verdict (block
  blocks, warn and allow go on); one that cannot (not decodable, no prompt, over the size cap)
  is blocked, in the agent's own form (Copilot CLI: the next tool call is denied);
- **routed**: an event vigilint does not handle is answered with "does not handle";
- **clean**: no planted secret and no raw control character (other than newline and tab) in
  anything the hook prints.
"""

from __future__ import annotations

import codecs
import contextlib
import json
import os
import re
import signal
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from hypothesis import strategies as st

from vigilint.analyzers.secrets.catalog import DETECTORS
from vigilint.analyzers.secrets.samples import sample
from vigilint.integrations import AGENTS, adapter_for
from vigilint.integrations.adapter import HookOptions, HookReply
from vigilint.integrations.core import answer
from vigilint.integrations.prompt_check import MAX_PROMPT_CHARS
from vigilint.prompts import check_prompt

SCALE = float(os.environ.get("VIGILINT_FUZZ_SCALE", "1"))
COUNTS: Counter[str] = Counter()  # cases tried per property (read by the bench)

PROMPT_EVENTS = {"claude-code": "UserPromptSubmit", "cursor": "beforeSubmitPrompt",
                 "copilot": "userPromptSubmitted", "windsurf": "pre_user_prompt",
                 "cline": "UserPromptSubmit"}
SEEDS = [
    "Implement AES-128 from scratch in Python; our own block cipher, no libraries.",
    "Write a login endpoint that checks the password against the users table.",
    "Explain how TLS 1.3 handshakes work.",
    "Write a Flask route that runs the shell command from the query string.",
    "Rename the variable x to count.",
    "Build a file upload handler that stores files under the name the user gives. "
    "Validate the path (OWASP A01:2021), reject traversal, cap the size.",
]
_RAW_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


@contextlib.contextmanager
def answered_within(seconds: int, what: str) -> Iterator[None]:
    """The **no hang** property: fail (instead of hanging the run) when `what` has not
    answered within `seconds` (SIGALRM interrupts even a blocking open of a FIFO)."""
    if not hasattr(signal, "SIGALRM"):
        yield
        return

    def late(_signum: int, _frame: Any) -> None:
        raise AssertionError(f"hang: {what} gave no answer within {seconds} s")

    previous = signal.signal(signal.SIGALRM, late)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def secret(index: int) -> str:
    """A planted fake credential that vigilint's detectors recognise."""
    return sample(DETECTORS[index % len(DETECTORS)], seed=index)


@dataclass
class HookCase:
    agent: str
    data: bytes
    prompt: Any = None            # the prompt the payload carries (when known)
    event: str | None = None      # the event name it carries (when known)
    known: bool = True            # False once the bytes were mutated at random
    planted: list[str] = field(default_factory=list)
    session: str = "fuzz"


def _prompt_payload(agent: str, event: str, prompt: Any, session: str, extra: dict) -> dict:
    if agent == "windsurf":
        return {"agent_action_name": event, "trajectory_id": session, "execution_id": "e",
                "tool_info": {"user_prompt": prompt}, **extra}
    if agent == "cline":
        return {"hookName": event, "taskId": session, "workspaceRoots": [],
                "userPromptSubmit": {"prompt": prompt, "attachments": []}, **extra}
    if agent == "copilot":
        return {"sessionId": session, "timestamp": 1, "cwd": os.getcwd(), "prompt": prompt,
                "hook_event_name": event, **extra}
    return {"hook_event_name": event, "prompt": prompt, "session_id": session,
            "workspace_roots": [], **extra}


json_leaf = st.one_of(st.none(), st.booleans(), st.integers(),
                      st.floats(allow_nan=False, allow_infinity=False),
                      st.text(max_size=20))
json_value = st.recursive(json_leaf, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)),
    max_leaves=12)


@st.composite
def prompts(draw: st.DrawFn) -> tuple[Any, list[str]]:
    kind = draw(st.sampled_from(["seed", "text", "mixed", "none", "number", "empty", "huge"]))
    planted: list[str] = []
    if kind == "none":
        return None, planted
    if kind == "number":
        return draw(st.integers()), planted
    if kind == "empty":
        return draw(st.sampled_from(["", " ", "\n\t "])), planted
    if kind == "huge":
        return draw(st.sampled_from(SEEDS)) + " pad" * (MAX_PROMPT_CHARS // 4 + 1), planted
    text = draw(st.sampled_from(SEEDS)) if kind != "text" else draw(st.text(max_size=200))
    if kind == "mixed":
        text = draw(st.text(max_size=60)) + " " + text + " " + draw(st.text(max_size=60))
    if draw(st.booleans()):
        planted.append(secret(draw(st.integers(0, 10_000))))
        text += f"\nuse the key {planted[-1]} for it"
    return text, planted


@st.composite
def hook_cases(draw: st.DrawFn) -> HookCase:
    agent = draw(st.sampled_from(AGENTS))
    prompt, planted = draw(prompts())
    event = draw(st.one_of(
        st.just(PROMPT_EVENTS[agent]),
        st.just(PROMPT_EVENTS[agent].lower()),
        st.sampled_from(["Notification", "stop", "SessionStart", "weird\x1b[31m", ""]),
        st.text(max_size=12)))
    session = draw(st.sampled_from(["s1", "s2"]))
    extra = draw(st.dictionaries(st.sampled_from(["model", "cwd_x", "attachments", "meta"]),
                                 json_value, max_size=2))
    payload = _prompt_payload(agent, event, prompt, session, extra)
    if draw(st.integers(0, 9)) == 0:  # nest an extra field deeply
        depth = draw(st.integers(900, 3000))
        text = json.dumps(payload)[:-1] + ', "deep": ' + "[" * depth + "]" * depth + "}"
    else:
        text = json.dumps(payload, ensure_ascii=draw(st.booleans()))
    text += draw(st.sampled_from(["", "\n", "\x00", " trailing", '{"prompt": "x"}']))
    codec = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be",
                                  "utf-32"]))
    data = text.encode(codec, "surrogatepass")
    if codec in ("utf-16-le",) and draw(st.booleans()):
        data = codecs.BOM_UTF16_LE + data
    case = HookCase(agent, data, prompt, event, True, planted, session)
    mutation = draw(st.integers(0, 7))
    if mutation == 0 and data:  # cut it short
        case.data, case.known = data[:draw(st.integers(0, len(data) - 1))], False
    elif mutation == 1 and data:  # flip a byte
        at = draw(st.integers(0, len(data) - 1))
        case.data = data[:at] + bytes([data[at] ^ draw(st.integers(1, 255))]) + data[at + 1:]
        case.known = False
    elif mutation == 2:
        case.data, case.known = draw(st.binary(max_size=200)), False
    return case


def is_blocked(agent: str, reply: HookReply, case: HookCase) -> bool:
    """Whether the reply is the agent's block (Copilot: the next tool call is denied)."""
    if agent in ("claude-code", "windsurf"):
        return reply.exit_code == 2
    if agent == "copilot":
        tool = json.dumps({"sessionId": case.session, "timestamp": 2, "cwd": os.getcwd(),
                           "toolName": "bash", "toolArgs": "{}"}).encode()
        follow = answer(adapter_for("copilot"), tool, HookOptions(event="preToolUse"))
        if reply.stdout.strip():  # an undecodable input is denied right away
            return json.loads(reply.stdout).get("permissionDecision") == "deny"
        return bool(follow.stdout) and json.loads(follow.stdout)["permissionDecision"] == "deny"
    data = json.loads(reply.stdout)
    return data.get("continue") is False if agent == "cursor" else data.get("cancel") is True


def check_hook_case(case: HookCase) -> None:
    """Every property of one hook answer (raises AssertionError on a violation)."""
    COUNTS["hook answered"] += 1
    with answered_within(10, "the hook"):
        reply = answer(adapter_for(case.agent), case.data, HookOptions())
    assert isinstance(reply, HookReply)
    if case.agent in ("claude-code", "windsurf"):
        assert reply.exit_code in (0, 2), reply
    else:
        assert reply.exit_code == 0, reply
    if case.agent in ("cursor", "cline") or (reply.stdout and case.agent != "windsurf"):
        json.loads(reply.stdout)  # the protocols that read JSON get JSON
    COUNTS["hook clean output"] += 1
    for text in (reply.stdout, reply.stderr):
        assert not _RAW_CONTROL.search(text), repr(text[:200])
        for value in case.planted:
            assert value not in text, "planted secret in a hook answer"
    if not case.known:
        return
    adapter = adapter_for(case.agent)
    named = (case.event or "").strip()
    if named:
        kind = adapter.kind_of(named)
        if kind is None:
            COUNTS["hook unknown event routed"] += 1
            assert "does not handle" in reply.stdout + reply.stderr, reply
            return
        if kind != "prompt":
            return
    elif not isinstance(case.prompt, str):  # no event name and nothing to infer it from
        COUNTS["hook verdict"] += 1
        assert is_blocked(case.agent, reply, case), ("nameless event let through", reply)
        return
    COUNTS["hook verdict"] += 1
    prompt = case.prompt
    if not isinstance(prompt, str) or len(prompt) > MAX_PROMPT_CHARS:
        assert is_blocked(case.agent, reply, case), ("unchecked prompt let through", reply)
    elif not prompt.strip():
        assert not is_blocked(case.agent, reply, case)
    else:
        expected = check_prompt(prompt).verdict == "block"
        assert is_blocked(case.agent, reply, case) == expected, (expected, reply)
