"""Cursor (`.cursor/hooks.json`, version 1).

Sources: https://cursor.com/docs/agent/hooks, as summarised by the Cupcake Cursor reference
https://cupcake.eqtylab.io/reference/harnesses/cursor and CorridorSecurity hookshot's
`docs/reference-cursor.md` (input fields; `beforeSubmitPrompt` answers `continue` and
`user_message` and cannot add context for the model; `afterFileEdit` is fire-and-forget), and
the Prisma AIRS Cursor hooks reference https://cdot65.github.io/prisma-airs-cursor-hooks/reference/cursor-hooks-api
(`failClosed: true` in hooks.json makes a crashed or timed-out hook block).

- `beforeSubmitPrompt` (`prompt`, `workspace_roots`, ...): block -> `{"continue": false,
  "user_message"}`; warn -> `{"continue": true, "user_message": <constraints to add>}`;
  allow -> `{"continue": true}`. Always exit 0 with JSON on stdout.
- `afterFileEdit` (`file_path`, `edits[{old_string, new_string}]`, `model`): recorded and
  scanned; findings and failures are written to stderr (Cursor's hook output).
- An event that cannot be decoded is answered with every blocking key Cursor reads
  (`continue: false` and `permission: "deny"`), since which event it was is unknown.
"""

from __future__ import annotations

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
from vigilint.integrations.edits import EditedFile, lines_of, strings
from vigilint.prompts import PromptVerdict


class Cursor(Adapter):
    name = "cursor"
    tool = "cursor"
    handled: ClassVar[dict[str, Kind]] = {"beforeSubmitPrompt": "prompt",
                                          "afterFileEdit": "post_edit"}

    def workspace_of(self, payload: Mapping[str, Any]) -> Path | None:
        return folder(payload.get("workspace_roots"))

    def allow(self, event: Event | None) -> HookReply:
        return reply_json({"continue": True})

    def warn(self, event: Event, verdict: PromptVerdict, context: str, advice: str) -> HookReply:
        return reply_json({"continue": True, "user_message": advice})

    def block(self, event: Event | None, reason: str) -> HookReply:
        if event is None:
            return reply_json({"continue": False, "permission": "deny", "user_message": reason,
                               "agent_message": reason}, stderr=reason + "\n")
        return reply_json({"continue": False, "user_message": reason}, stderr=reason + "\n")

    def notice(self, event: Event | None, message: str) -> HookReply:
        if event is None:
            return reply_json({"continue": True, "permission": "allow", "user_message": message},
                              stderr=message + "\n")
        if event.kind == "prompt":
            return reply_json({"continue": True, "user_message": message},
                              stderr=message + "\n")
        return reply_json({}, stderr=message + "\n")

    def edit_of(self, event: Event) -> EditedFile | None:
        payload = event.payload
        pieces = strings(payload.get("edits"), "new_string")
        return EditedFile(payload.get("file_path"), lambda text: lines_of(text, pieces),
                          self.tool, first_string(payload.get("model")),
                          first_string(payload.get("workspace_roots")))

    def edit_reply(self, event: Event, report: str, findings: bool, failed: bool) -> HookReply:
        return reply_json({}, stderr=report + "\n" if report else "")
