"""Cline (executable hook files named after the event in `.clinerules/hooks/` or
`~/Documents/Cline/Hooks/`).

Source: Cline's hook reference, docs/features/hooks/hook-reference.mdx in cline/cline
(https://docs.cline.bot/features/hooks/hook-reference): every payload has `hookName`,
`taskId`, `workspaceRoots`; `UserPromptSubmit` carries `userPromptSubmit.prompt`;
`PostToolUse` carries `postToolUse.toolName` and `.parameters`; the answer is a JSON object as
the last thing on stdout, `{"cancel": bool, "contextModification": str, "errorMessage": str}`;
only `"cancel": true` stops anything — a failed, invalid or timed-out hook (30 s) is ignored.

- `UserPromptSubmit`: block -> `{"cancel": true, "errorMessage"}`; warn -> `{"cancel": false,
  "contextModification": <constraints>}`; allow -> `{"cancel": false}`.
- `PostToolUse` for `write_to_file` (`path`, `content`) and `replace_in_file` (`path`, `diff`
  of SEARCH/REPLACE blocks): recorded and scanned; findings and failures go back to the model
  as `contextModification`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any, ClassVar

from vigilint.integrations.adapter import (
    Adapter,
    Event,
    HookReply,
    Kind,
    first_string,
    folder,
    reply_json,
)
from vigilint.integrations.edits import EditedFile, lines_of
from vigilint.prompts import PromptVerdict

WRITE_TOOLS = ("write_to_file", "replace_in_file")
CONTEXT_LIMIT = 50_000  # Cline's limit for contextModification
_REPLACE = re.compile(r"^[-<]{3,} ?SEARCH[^\n]*\n.*?^={3,}[^\n]*\n(.*?)^[+>]{3,} ?REPLACE",
                      re.DOTALL | re.MULTILINE)


def _section(payload: Mapping[str, Any], key: str) -> Mapping[str, Any]:
    value = payload.get(key)
    return value if isinstance(value, Mapping) else {}


class Cline(Adapter):
    name = "cline"
    tool = "cline"
    event_keys = ("hookName", "hook_event_name")
    handled: ClassVar[dict[str, Kind]] = {"UserPromptSubmit": "prompt", "PostToolUse": "post_edit"}

    def prompt_of(self, payload: Mapping[str, Any]) -> Any:
        return _section(payload, "userPromptSubmit").get("prompt")

    def workspace_of(self, payload: Mapping[str, Any]) -> Path | None:
        return folder(payload.get("workspaceRoots"))

    def allow(self, event: Event | None) -> HookReply:
        return reply_json({"cancel": False})

    def warn(self, event: Event, verdict: PromptVerdict, context: str, advice: str) -> HookReply:
        return reply_json({"cancel": False, "contextModification": context[:CONTEXT_LIMIT]})

    def block(self, event: Event | None, reason: str) -> HookReply:
        return reply_json({"cancel": True, "errorMessage": reason}, stderr=reason + "\n")

    def notice(self, event: Event | None, message: str) -> HookReply:
        return reply_json({"cancel": False, "contextModification": message[:CONTEXT_LIMIT]},
                          stderr=message + "\n")

    def edit_of(self, event: Event) -> EditedFile | None:
        post = _section(event.payload, "postToolUse")
        if post.get("toolName") not in WRITE_TOOLS:
            return None
        params = _section(post, "parameters")
        if post.get("toolName") == "write_to_file":
            content = params.get("content")
            pieces = [content] if isinstance(content, str) else []
        else:
            diff = params.get("diff")
            pieces = _REPLACE.findall(diff) if isinstance(diff, str) else []
        root = first_string(event.payload.get("workspaceRoots"))
        return EditedFile(params.get("path"), lambda text: lines_of(text, pieces), self.tool,
                          None, root)
