"""Windsurf Cascade (`.windsurf/hooks.json`, `~/.codeium/windsurf/hooks.json`).

Sources: the Cascade hooks page, https://docs.windsurf.com/windsurf/cascade/hooks (pre-hooks
block with exit code 2; `show_output: true` shows a hook's output in Cascade; the payload has
`agent_action_name`, `trajectory_id`, `execution_id`, `timestamp` and a `tool_info` object),
and CorridorSecurity hookshot's `docs/reference-cascade.md` (`pre_user_prompt`:
`tool_info.user_prompt`; `post_write_code`: `tool_info.file_path`,
`tool_info.edits[{old_string, new_string}]`).

- `pre_user_prompt`: block -> exit 2 with the reason on stderr; warn -> exit 0 with the
  constraints to add on stdout (Cascade shows it; a hook cannot add context to the prompt);
  allow -> exit 0, nothing.
- `post_write_code`: recorded and scanned; findings and failures are printed (stdout).
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any, ClassVar

from vigilint.integrations.adapter import Adapter, Event, HookReply, Kind
from vigilint.integrations.edits import EditedFile, lines_of, strings
from vigilint.prompts import PromptVerdict


def _info(payload: Mapping[str, Any]) -> Mapping[str, Any]:
    info = payload.get("tool_info")
    return info if isinstance(info, Mapping) else {}


class Windsurf(Adapter):
    name = "windsurf"
    tool = "windsurf"
    event_keys = ("agent_action_name", "hook_event_name")
    handled: ClassVar[dict[str, Kind]] = {"pre_user_prompt": "prompt", "post_write_code": "post_edit"}

    def prompt_of(self, payload: Mapping[str, Any]) -> Any:
        return _info(payload).get("user_prompt")

    def workspace_of(self, payload: Mapping[str, Any]) -> Path | None:
        return Path.cwd()

    def warn(self, event: Event, verdict: PromptVerdict, context: str, advice: str) -> HookReply:
        return HookReply(0, advice + "\n", "")

    def block(self, event: Event | None, reason: str) -> HookReply:
        return HookReply(2, "", reason + "\n")

    def notice(self, event: Event | None, message: str) -> HookReply:
        return HookReply(0, message + "\n", message + "\n")

    def edit_of(self, event: Event) -> EditedFile | None:
        info = _info(event.payload)
        pieces = strings(info.get("edits"), "new_string")
        return EditedFile(info.get("file_path"), lambda text: lines_of(text, pieces), self.tool,
                          None, str(Path.cwd()))
