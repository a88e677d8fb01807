"""AI agents' hook protocols for the prompt guard (`vigilint hook <agent>`).

An agent runs `vigilint hook <agent>` with its event as JSON on stdin; `handle()` answers in
that agent's protocol. Events are dispatched by (agent, `hook_event_name`) through `EVENTS`,
so other events can be routed later by adding an entry; an event with no entry is a no-op
(exit 0, no output).

Claude Code, `UserPromptSubmit` (payload: `prompt`, `session_id`, `cwd`, `hook_event_name`,
`transcript_path`, ...):
- block: exit 2 with the reason on stderr (Claude Code erases the prompt and shows the reason);
- warn: exit 0 and `{"hookSpecificOutput": {"hookEventName": "UserPromptSubmit",
  "additionalContext": "<constraints>"}}` on stdout: the constraints reach the model;
- allow: exit 0, no output.

Cursor, `beforeSubmitPrompt` (payload: `prompt`, `attachments`, `conversation_id`,
`generation_id`, `workspace_roots`, `hook_event_name`, ...): the answer is JSON on stdout,
`{"continue": bool, "user_message": str}`; Cursor cannot add context to the prompt, so a warn
continues and tells the user which constraints to add.

Malformed input fails **open**: a hook that fails blocks the user's work in every session,
while the guard's warn verdict is advice; the problem is reported on stderr. (The one verdict
that stops a prompt, block, needs a prompt that was read.)

`PostToolUse` (Claude Code) and `afterFileEdit` (Cursor) are routed to the provenance recorder
(`vigilint.provenance.hooks`), which the provenance part of vigilint owns.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from vigilint.prompts.guard import PromptVerdict, check_prompt

AGENTS: tuple[str, ...] = ("claude-code", "cursor")
CLAUDE_PROMPT_EVENT = "UserPromptSubmit"
CURSOR_PROMPT_EVENT = "beforeSubmitPrompt"


@dataclass
class HookReply:
    """What the hook process does: its exit code and what it writes."""

    exit_code: int = 0
    stdout: str = ""
    stderr: str = ""


Handler = Callable[[Mapping[str, Any]], HookReply]


class UnknownAgentError(ValueError):
    pass


def handle(agent: str, raw: str) -> HookReply:
    """Answer one hook event given as raw JSON text."""
    if agent not in AGENTS:
        raise UnknownAgentError(f"unknown agent `{agent}`; use one of: {', '.join(AGENTS)}")
    try:
        payload = json.loads(raw) if raw.strip() else None
    except json.JSONDecodeError as exc:
        return _fail_open(agent, f"the hook input is not JSON ({exc.msg} at line {exc.lineno}, "
                                 f"column {exc.colno}); the prompt was not checked")
    if not isinstance(payload, Mapping):
        return _fail_open(agent, "the hook input is not a JSON object; the prompt was not "
                                 "checked")
    event = payload.get("hook_event_name")
    if not isinstance(event, str) or not event:
        # Older agents omit the event name; a payload with a prompt is a prompt event.
        event = _prompt_event(agent) if isinstance(payload.get("prompt"), str) else ""
    handler = EVENTS.get((agent, event))
    if handler is None:
        return HookReply()
    try:
        return handler(payload)
    except Exception as exc:  # a hook must never crash the agent's turn
        return _fail_open(agent, f"internal error ({type(exc).__name__}: {exc}); the event "
                                 "was not handled")


def _prompt_event(agent: str) -> str:
    return CLAUDE_PROMPT_EVENT if agent == "claude-code" else CURSOR_PROMPT_EVENT


def _fail_open(agent: str, why: str) -> HookReply:
    stdout = json.dumps({"continue": True}) + "\n" if agent == "cursor" else ""
    return HookReply(0, stdout, f"vigilint: {why}\n")


def _settings_for(folder: Any) -> Any:
    """The workspace's settings (for `owasp_edition`); defaults if none can be read."""
    from vigilint.config import load_settings

    if isinstance(folder, str) and folder:
        path = Path(folder)
        if path.is_dir():
            return load_settings(path).settings
    return None


def _prompt_of(payload: Mapping[str, Any]) -> str | None:
    prompt = payload.get("prompt")
    return prompt if isinstance(prompt, str) else None


def _context_text(verdict: PromptVerdict) -> str:
    reasons = "; ".join(f.message for f in verdict.findings if f.severity == "warn")
    return ("vigilint prompt guard: " + reasons + "\nWrite the code so that it meets these "
            "security constraints:\n" + verdict.suggestion)


def _block_text(verdict: PromptVerdict) -> str:
    reasons = " ".join(f.message for f in verdict.findings if f.severity == "block")
    return f"vigilint blocked this prompt: {reasons}"


# -- Claude Code ----------------------------------------------------------------------------
def claude_user_prompt_submit(payload: Mapping[str, Any]) -> HookReply:
    prompt = _prompt_of(payload)
    if prompt is None:
        return _fail_open("claude-code", "the UserPromptSubmit payload has no `prompt` "
                                         "string; the prompt was not checked")
    if not prompt.strip():
        return HookReply()
    verdict = check_prompt(prompt, _settings_for(payload.get("cwd")))
    if verdict.verdict == "block":
        return HookReply(2, "", _block_text(verdict) + "\n")
    if verdict.verdict == "warn":
        output = {"hookSpecificOutput": {"hookEventName": CLAUDE_PROMPT_EVENT,
                                         "additionalContext": _context_text(verdict)}}
        return HookReply(0, json.dumps(output, ensure_ascii=False) + "\n", "")
    return HookReply()


# -- Cursor ---------------------------------------------------------------------------------
def cursor_before_submit_prompt(payload: Mapping[str, Any]) -> HookReply:
    prompt = _prompt_of(payload)
    if prompt is None:
        return _fail_open("cursor", "the beforeSubmitPrompt payload has no `prompt` string; "
                                    "the prompt was not checked")
    roots = payload.get("workspace_roots")
    root = roots[0] if isinstance(roots, list) and roots else None
    verdict = check_prompt(prompt, _settings_for(root)) if prompt.strip() else None
    if verdict is None or verdict.verdict == "allow":
        answer: dict[str, Any] = {"continue": True}
    elif verdict.verdict == "block":
        answer = {"continue": False, "user_message": _block_text(verdict)}
    else:
        answer = {"continue": True,
                  "user_message": "vigilint: add security constraints to this prompt.\n"
                                  + verdict.suggestion}
    return HookReply(0, json.dumps(answer, ensure_ascii=False) + "\n", "")


# -- provenance (owned by vigilint.provenance) ------------------------------------------------
def claude_post_tool_use(payload: Mapping[str, Any]) -> HookReply:
    from vigilint.provenance.hooks import record_from_claude_post_tool_use

    outcome = record_from_claude_post_tool_use(payload)
    if not outcome.findings:
        return HookReply()
    lines = [f"{f.path}:{f.line}: {f.rule} ({f.priority}) {f.message}" for f in outcome.findings]
    output = {"hookSpecificOutput": {
        "hookEventName": "PostToolUse",
        "additionalContext": "vigilint found security issues in the code just written:\n"
                             + "\n".join(lines)}}
    return HookReply(0, json.dumps(output, ensure_ascii=False) + "\n", "")


def cursor_after_file_edit(payload: Mapping[str, Any]) -> HookReply:
    from vigilint.provenance.hooks import record_from_cursor_after_file_edit

    outcome = record_from_cursor_after_file_edit(payload)
    stderr = f"vigilint: {outcome.message}\n" if outcome.message and not outcome.recorded else ""
    return HookReply(0, "", stderr)


EVENTS: dict[tuple[str, str], Handler] = {
    ("claude-code", CLAUDE_PROMPT_EVENT): claude_user_prompt_submit,
    ("cursor", CURSOR_PROMPT_EVENT): cursor_before_submit_prompt,
    ("claude-code", "PostToolUse"): claude_post_tool_use,
    ("cursor", "afterFileEdit"): cursor_after_file_edit,
}


def main(argv: list[str] | None = None) -> int:
    """`python -m vigilint.prompts.hooks <agent>`: the same as `vigilint hook <agent>` without
    loading the rest of the command line (a hook runs on every prompt)."""
    import sys

    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1 or args[0] not in AGENTS:
        given = f"`{args[0]}`" if args else "no agent"
        print(f"vigilint: unknown agent {given}; use one of: {', '.join(AGENTS)}",
              file=sys.stderr)
        return 2
    raw = sys.stdin.buffer.read(5_000_000).decode("utf-8", errors="replace")
    reply = handle(args[0], raw)
    sys.stdout.write(reply.stdout)
    sys.stdout.flush()
    sys.stderr.write(reply.stderr)
    return reply.exit_code


if __name__ == "__main__":
    raise SystemExit(main())
