"""What every agent adapter provides, and the types the core passes around.

An adapter knows one agent's protocol: where its payload names the event, the prompt, the
workspace and the edited file, and how that agent spells allow, warn, block and a notice the
user sees. The decisions (what is checked, what blocks, what happens on a failure) are made
once, in `vigilint.integrations.core`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar, Literal

from vigilint.integrations.prompt_check import DEFAULT_TIMEOUT
from vigilint.prompts import PromptVerdict

Kind = Literal["prompt", "pre_tool", "post_edit", "ignored"]
BLOCKING_KINDS: frozenset[str] = frozenset({"prompt", "pre_tool"})
_NAME_PUNCT = re.compile(r"[^a-z0-9]")


class CheckFailed(Exception):
    """An adapter could not check a blocking event; the message is one sentence. The core
    answers it like any other failure to check (block, or let through with --fail-open)."""


@dataclass
class HookReply:
    """What the hook process does: its exit code and what it writes."""

    exit_code: int = 0
    stdout: str = ""
    stderr: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {"exit_code": self.exit_code, "stdout": self.stdout, "stderr": self.stderr}


@dataclass(frozen=True)
class HookOptions:
    """`--fail-open`, `--timeout`, `--event` and `--debug` of `vigilint hook`."""

    fail_open: bool = False
    timeout: float = DEFAULT_TIMEOUT
    event: str | None = None
    debug: bool = False


@dataclass
class Event:
    """A decoded hook event: its name as the agent spelled it, what kind of moment it is, and
    the payload."""

    name: str
    kind: Kind | None
    payload: Mapping[str, Any]
    notes: list[str] = field(default_factory=list)


def normalized(name: str) -> str:
    """`UserPromptSubmit`, `userpromptsubmit`, `user_prompt_submit` -> `userpromptsubmit`."""
    return _NAME_PUNCT.sub("", name.lower())


def reply_json(data: Mapping[str, Any], exit_code: int = 0, stderr: str = "") -> HookReply:
    return HookReply(exit_code, json.dumps(data, ensure_ascii=False) + "\n", stderr)


def first_string(value: Any) -> str | None:
    if isinstance(value, list) and value and isinstance(value[0], str) and value[0]:
        return value[0]
    return value if isinstance(value, str) and value else None


def folder(value: Any) -> Path | None:
    """A folder named by a string or by the first string of a list (`workspace_roots`)."""
    text = first_string(value)
    return Path(text) if text else None


class Adapter:
    """One agent's protocol. Subclasses set the class attributes and override the answers."""

    name: ClassVar[str]
    tool: ClassVar[str]                      # provenance tool name
    event_keys: ClassVar[tuple[str, ...]] = ("hook_event_name",)
    handled: ClassVar[dict[str, Kind]] = {}   # event name as the agent spells it -> kind
    aliases: ClassVar[dict[str, Kind]] = {}   # other spellings the agent uses

    # -- reading the payload ----------------------------------------------------------------
    def event_name(self, payload: Mapping[str, Any]) -> str | None:
        for key in self.event_keys:
            value = payload.get(key)
            if isinstance(value, str) and value.strip():
                return value.strip()
        return None

    def infer_event(self, payload: Mapping[str, Any]) -> str | None:
        """The event of a payload that does not name it (older agents): a payload that
        carries a prompt is the prompt event."""
        prompt_events = [name for name, kind in self.handled.items() if kind == "prompt"]
        if prompt_events and isinstance(self.prompt_of(payload), str):
            return prompt_events[0]
        return None

    def kind_of(self, name: str) -> Kind | None:
        wanted = normalized(name)
        for known, kind in (*self.handled.items(), *self.aliases.items()):
            if normalized(known) == wanted:
                return kind
        return None

    def prompt_of(self, payload: Mapping[str, Any]) -> Any:
        return payload.get("prompt")

    def workspace_of(self, payload: Mapping[str, Any]) -> Path | None:
        return folder(payload.get("cwd"))

    def session_of(self, payload: Mapping[str, Any]) -> str | None:
        return None

    # -- answers ----------------------------------------------------------------------------
    def begin(self, event: Event) -> None:
        """Called before a blocking event is checked (Copilot CLI notes the check began)."""

    def allow(self, event: Event | None) -> HookReply:
        return HookReply()

    def warn(self, event: Event, verdict: PromptVerdict, context: str, advice: str) -> HookReply:
        return self.allow(event)

    def block(self, event: Event | None, reason: str) -> HookReply:
        """The agent's blocking form for the event (or for any event when it is unknown)."""
        raise NotImplementedError

    def notice(self, event: Event | None, message: str) -> HookReply:
        """A message the user sees, with the agent's non-blocking answer."""
        return HookReply(0, "", message + "\n")

    def pre_tool(self, event: Event, options: HookOptions) -> HookReply:
        return self.allow(event)

    # -- post-edit --------------------------------------------------------------------------
    def edit_of(self, event: Event) -> Any:
        """The `EditedFile` an edit event describes, or None when it wrote no file."""
        return None

    def edit_reply(self, event: Event, report: str, findings: bool, failed: bool) -> HookReply:
        """The answer to an edit event: `report` names the findings in the written lines or
        what went wrong; it must reach the user (or the model) when there is something."""
        if not report:
            return self.allow(event)
        return self.notice(event, report)
