"""GitHub Copilot CLI (`.github/hooks/*.json`, version 1).

Source: GitHub Copilot CLI hooks reference,
https://docs.github.com/en/copilot/reference/copilot-cli-reference/cli-hooks-reference
(content/copilot/reference/copilot-cli-reference/cli-hooks-reference.md in github/docs):
`userPromptSubmitted` fires on each prompt (`sessionId`, `timestamp`, `cwd`, `prompt`) and its
output is **not processed**; `preToolUse` (`toolName`, `toolArgs`) can deny with
`{"permissionDecision": "deny", "permissionDecisionReason": ...}`; a hook that fails or times
out (default 30 s) "is logged and skipped" — it never blocks. Configured with a PascalCase
event name (`UserPromptSubmit`, `PreToolUse`) the payload is the VS Code compatible one
(`hook_event_name`, `session_id`, `tool_name`, `tool_input`).

So the prompt verdict is enforced at the next tool call: the prompt hook stores it for the
session (`vigilint.integrations.session`), and `preToolUse` denies every tool call of a
session whose latest prompt was blocked, could not be checked, or was never seen. Every
failure is answered with a deny in JSON and exit 0, never with an exit code Copilot would skip.
`postToolUse` for `create` / `edit` records and scans the written lines (reported on stderr).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any, ClassVar

from vigilint.integrations import session
from vigilint.integrations.adapter import (
    Adapter,
    CheckFailed,
    Event,
    HookOptions,
    HookReply,
    Kind,
    first_string,
    reply_json,
)
from vigilint.integrations.edits import EditedFile, lines_of
from vigilint.prompts import PromptVerdict

WRITE_TOOLS = ("create", "edit")


def _args(payload: Mapping[str, Any]) -> Mapping[str, Any]:
    args = payload.get("toolArgs", payload.get("tool_input"))
    if isinstance(args, str):
        try:
            args = json.loads(args)
        except ValueError:
            return {}
    return args if isinstance(args, Mapping) else {}


class Copilot(Adapter):
    name = "copilot"
    tool = "copilot-cli"
    handled: ClassVar[dict[str, Kind]] = {"userPromptSubmitted": "prompt", "preToolUse": "pre_tool",
                                          "postToolUse": "post_edit"}
    aliases: ClassVar[dict[str, Kind]] = {"UserPromptSubmit": "prompt"}  # VS Code format

    def infer_event(self, payload: Mapping[str, Any]) -> str | None:
        if isinstance(payload.get("prompt"), str):
            return "userPromptSubmitted"
        if "toolResult" in payload or "tool_result" in payload:
            return "postToolUse"
        if "toolName" in payload or "tool_name" in payload:
            return "preToolUse"
        return None

    def workspace_of(self, payload: Mapping[str, Any]) -> Path:
        cwd = first_string(payload.get("cwd"))
        return Path(cwd) if cwd else Path.cwd()

    def session_of(self, payload: Mapping[str, Any]) -> str:
        return first_string(payload.get("sessionId")) or \
            first_string(payload.get("session_id")) or "-"

    def _record(self, event: Event | None, verdict: str, reason: str = "") -> str:
        """Store the verdict; a sentence for stderr when the state can't be written."""
        try:
            if event is None:
                session.mark_unread(Path.cwd())
            elif event.kind == "prompt":
                session.record(self.workspace_of(event.payload),
                               self.session_of(event.payload), verdict, reason)
        except OSError as exc:
            return (f"vigilint could not store this session's verdict in {session.state_root()}"
                    f" ({exc.strerror}); preToolUse cannot enforce it.\n")
        return ""

    def begin(self, event: Event) -> None:
        problem = self._record(event, "checking", "the check of this session's prompt did "
                                                  "not finish")
        if problem:
            raise CheckFailed(problem.strip().rstrip("."))

    def allow(self, event: Event | None) -> HookReply:
        return HookReply(0, "", self._record(event, "allow"))

    def warn(self, event: Event, verdict: PromptVerdict, context: str, advice: str) -> HookReply:
        problem = self._record(event, "warn")
        return reply_json({"additionalContext": context}, stderr=advice + "\n" + problem)

    def block(self, event: Event | None, reason: str) -> HookReply:
        problem = self._record(event, "block", reason)
        if event is not None and event.kind == "prompt":
            return HookReply(0, "", reason + " Every tool call of this session is denied until "
                                    "the next prompt passes.\n" + problem)
        reply = self._deny(event, reason)
        reply.stderr += problem
        return reply

    def _deny(self, event: Event | None, reason: str) -> HookReply:
        answer: dict[str, Any] = {"permissionDecision": "deny",
                                  "permissionDecisionReason": reason}
        if event is None or "hook_event_name" in event.payload:
            answer["hookSpecificOutput"] = {"hookEventName": "PreToolUse",
                                            "permissionDecision": "deny",
                                            "permissionDecisionReason": reason}
        return reply_json(answer, stderr=reason + "\n")

    def notice(self, event: Event | None, message: str) -> HookReply:
        problem = self._record(event, "open", message) if event is not None and \
            event.kind == "prompt" else ""
        return HookReply(0, "", message + "\n" + problem)

    def pre_tool(self, event: Event, options: HookOptions) -> HookReply:
        state = session.lookup(self.workspace_of(event.payload), self.session_of(event.payload))
        if state is None:
            raise CheckFailed("vigilint has no verdict on this session's prompt (is the "
                              "userPromptSubmitted hook installed beside preToolUse?)")
        if state.verdict in session.ALLOWING:
            return HookReply(0, "", state.reason + "\n" if state.reason else "")
        if state.verdict == "block":
            return self._deny(event, state.reason + " Every tool call of this session is "
                                                    "denied until the next prompt passes.")
        raise CheckFailed(state.reason or "the check of this session's prompt did not finish")

    def edit_of(self, event: Event) -> EditedFile | None:
        payload = event.payload
        tool_name = payload.get("toolName", payload.get("tool_name"))
        if tool_name not in WRITE_TOOLS:
            return None
        args = _args(payload)
        piece = args.get("file_text") if tool_name == "create" else args.get("new_str")
        pieces = [piece] if isinstance(piece, str) else []
        return EditedFile(args.get("path"), lambda text: lines_of(text, pieces), self.tool,
                          None, str(self.workspace_of(payload)))
