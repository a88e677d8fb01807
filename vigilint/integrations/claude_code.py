"""Claude Code (`.claude/settings.json` hooks).

Sources (looked up November/December 2026): the hooks reference,
https://code.claude.com/docs/en/hooks.md (exit code 2 blocks and shows stderr;
`hookSpecificOutput.additionalContext` adds context; the common `systemMessage` field is shown
to the user; any other non-zero exit is a non-blocking error, so the hook never exits 1);
`onFailure: "block"` (Claude Code 2.1.295 and later: a hook that cannot start or times out
blocks), as documented by NVIDIA NeMo Guardrails' Claude Code page,
https://docs.nvidia.com/nemo/guardrails/run-guardrailed-inference/using-hooks-server/claude-code.

- `UserPromptSubmit` (`prompt`, `cwd`, `session_id`, ...): block -> exit 2, the reason on stderr;
  warn -> `{"hookSpecificOutput": {"hookEventName": "UserPromptSubmit", "additionalContext"}}`;
  allow -> exit 0, nothing.
- `PostToolUse` for `Edit`, `MultiEdit`, `Write` (`tool_input.file_path`, `new_string`,
  `edits[].new_string`, `content`; `tool_response.structuredPatch` when sent): the written
  lines are recorded and their findings go back to the model as additional context; a failure
  to check them is a `systemMessage` the user sees.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from vigilint.integrations.adapter import (
    Adapter,
    Event,
    HookReply,
    Kind,
    first_string,
    reply_json,
)
from vigilint.integrations.edits import EditedFile, lines_from_patch, lines_of, strings
from vigilint.prompts import PromptVerdict

EDIT_TOOLS = ("Edit", "MultiEdit", "Write")


class ClaudeCode(Adapter):
    name = "claude-code"
    tool = "claude-code"
    handled: ClassVar[dict[str, Kind]] = {"UserPromptSubmit": "prompt", "PostToolUse": "post_edit"}

    def warn(self, event: Event, verdict: PromptVerdict, context: str, advice: str) -> HookReply:
        return reply_json({"hookSpecificOutput": {"hookEventName": "UserPromptSubmit",
                                                  "additionalContext": context}})

    def block(self, event: Event | None, reason: str) -> HookReply:
        return HookReply(2, "", reason + "\n")

    def notice(self, event: Event | None, message: str) -> HookReply:
        return reply_json({"systemMessage": message}, stderr=message + "\n")

    def edit_of(self, event: Event) -> EditedFile | None:
        payload = event.payload
        tool_name = payload.get("tool_name")
        if tool_name not in EDIT_TOOLS:
            return None
        tool_input = payload.get("tool_input")
        tool_input = tool_input if isinstance(tool_input, Mapping) else {}
        response = payload.get("tool_response")
        patch = response.get("structuredPatch") if isinstance(response, Mapping) else None

        def ranges_for(text: str) -> list[tuple[int, int]]:
            from_patch = lines_from_patch(patch)
            if from_patch:
                return from_patch
            if tool_name == "Write":
                return lines_of(text, [str(tool_input.get("content") or "")])
            if tool_name == "MultiEdit":
                return lines_of(text, strings(tool_input.get("edits"), "new_string"))
            return lines_of(text, [str(tool_input.get("new_string") or "")],
                            every=bool(tool_input.get("replace_all")))

        return EditedFile(tool_input.get("file_path"), ranges_for, self.tool,
                          first_string(payload.get("model")), first_string(payload.get("cwd")))

    def edit_reply(self, event: Event, report: str, findings: bool, failed: bool) -> HookReply:
        if not report:
            return HookReply()
        if failed and not findings:
            return self.notice(event, report)
        answer: dict[str, Any] = {"hookSpecificOutput": {
            "hookEventName": "PostToolUse",
            "additionalContext": "vigilint found security issues in the code just written: "
                                 + report}}
        if failed:
            answer["systemMessage"] = report
        return reply_json(answer)
