"""The one place where a hook event is decided, for every agent.

- **prompt** events (before the model sees a prompt) run the prompt guard on the whole prompt:
  block -> the agent's blocking form; warn -> the constraints as context (or as advice where
  the agent cannot add context); allow -> the agent's plain "go on".
- **pre_tool** events are the adapter's (Copilot CLI enforces the prompt verdict there, since
  its prompt hook cannot block).
- **post_edit** events record the written lines as AI-generated and report their findings;
  a failure to check them is reported visibly, never swallowed.
- An event vigilint does not handle is answered with a notice naming the events it handles.

**Nothing fails open.** When a prompt or pre-tool event cannot be checked (unreadable,
oversize, malformed or undecodable input, a payload without its prompt, an internal error, a
check that outlives its deadline) the answer is the agent's blocking form with one sentence
saying what to do. `--fail-open` lets such input through instead, and says so in the answer.
An input that cannot even be decoded is treated as a blocking event: what kind it was is
unknown, and a wrong block is visible where a wrong pass is not.

Everything a hook prints passes through the secret redactor first.
"""

from __future__ import annotations

import json
import traceback
from pathlib import Path
from typing import Any

from vigilint.analyzers.secrets.redaction import redact_text
from vigilint.integrations.adapter import (
    BLOCKING_KINDS,
    Adapter,
    CheckFailed,
    Event,
    HookOptions,
    HookReply,
)
from vigilint.integrations.decoding import EventError, decode_event
from vigilint.integrations.prompt_check import (
    MAX_PROMPT_CHARS,
    PromptUnchecked,
    advice_text,
    block_text,
    check_bounded,
    context_text,
)
from vigilint.report.printable import printable

FAIL_OPEN_FLAG = "--fail-open"


def safe(text: str, *sources: Any) -> str:
    """`text` through the one redactor, with the secrets found in `sources` (the payload's
    strings: a secret the answer quotes only in part is still masked)."""
    if not text:
        return text
    return redact_text(text, _secrets_in(text, sources))


def _secrets_in(text: str, sources: tuple[Any, ...]) -> list[str]:
    from vigilint.analyzers.secrets.scanner import scan_text

    values: list[str] = []
    for source in sources:
        # A text longer than the guard's cap was not checked, so no answer quotes it.
        if isinstance(source, str) and source != text and 0 < len(source) <= MAX_PROMPT_CHARS:
            values.extend(m.value for m in scan_text(source))
    return values


def _safe_json(stdout: str, sources: tuple[Any, ...]) -> str | None:
    """JSON on stdout with each of its strings through the redactor, or None when stdout is
    not JSON. Masking the serialised text instead could take the backslash of an escaped
    quote into the mask and leave JSON the agent cannot read (found by the fuzz run: an event
    name ending in `"`)."""
    try:
        document = json.loads(stdout)
    except ValueError:
        return None
    values = _secrets_in(stdout, sources)

    def masked(item: Any) -> Any:
        if isinstance(item, str):
            return redact_text(item, values)
        if isinstance(item, dict):
            return {key: masked(value) for key, value in item.items()}
        return [masked(value) for value in item] if isinstance(item, list) else item

    return json.dumps(masked(document), ensure_ascii=False) + "\n" * stdout.endswith("\n")


def safe_reply(reply: HookReply, *sources: Any) -> HookReply:
    """The reply with secrets masked and control characters escaped (a payload's file name or
    event name must not drive the terminal); JSON on stdout stays valid JSON."""
    stdout = _safe_json(reply.stdout, sources) if reply.stdout.lstrip()[:1] in ("{", "[") \
        else None
    return HookReply(reply.exit_code,
                     printable(stdout if stdout is not None else safe(reply.stdout, *sources),
                               keep="\n\t"),
                     printable(safe(reply.stderr, *sources), keep="\n\t"))


def decode(adapter: Adapter, data: bytes, options: HookOptions, deep: bool = True) -> Event:
    """The event in `data`; EventError when it is not a readable event of this agent (and
    DeepEvent, with `deep=False`, when it needs the slower deep parser)."""
    decoded = decode_event(data, deep)
    payload = decoded.payload
    name = adapter.event_name(payload) or options.event or adapter.infer_event(payload)
    if not name:
        raise EventError(f"the hook input names no event (no {adapter.event_keys[0]!r}) and "
                         "none was given with --event")
    return Event(name, adapter.kind_of(name), payload, decoded.notes)


def fallback(adapter: Adapter, event: Event | None, why: str, options: HookOptions) -> HookReply:
    """The answer when the event could not be checked: block where blocking is possible."""
    what = _what(event)
    if event is not None and event.kind not in BLOCKING_KINDS:
        return adapter.notice(event, f"vigilint could not check {what}: {why}.")
    if options.fail_open:
        return adapter.notice(event, f"vigilint could not check {what} ({why}) and let it "
                                     f"through because the hook runs with {FAIL_OPEN_FLAG}.")
    return adapter.block(event, f"vigilint blocked {what} because it could not check it: "
                                f"{why}. {_remedy(why)}")


def _what(event: Event | None) -> str:
    if event is None:
        return "this hook event"
    return {"prompt": "this prompt", "pre_tool": "this tool call"}.get(
        event.kind or "", f"the {event.name} event")


def _remedy(why: str) -> str:
    if "characters long" in why:
        return "Split the prompt and send it again."
    if "longer than" in why:
        return "Send a shorter prompt, or give the hook a longer --timeout."
    if "internal error" in why:
        return "Run the hook again with --debug to see why, and report it."
    return ("Check that the hook command matches the agent and event it is configured for; "
            f"{FAIL_OPEN_FLAG} lets unchecked input through.")


def answer(adapter: Adapter, data: bytes, options: HookOptions) -> HookReply:
    """Answer one hook event given as the raw bytes the agent sent (in this process)."""
    try:
        event = decode(adapter, data, options)
    except EventError as exc:
        return fallback(adapter, None, str(exc), options)
    return answer_event(adapter, event, options)


def answer_event(adapter: Adapter, event: Event, options: HookOptions) -> HookReply:
    """Answer a decoded event; any exception becomes the fallback answer."""
    try:
        if event.kind in BLOCKING_KINDS:
            adapter.begin(event)
        reply = dispatch(adapter, event, options)
    except CheckFailed as exc:
        reply = fallback(adapter, event, str(exc), options)
    except Exception as exc:  # a hook must answer, whatever went wrong
        reply = fallback(adapter, event, f"internal error ({type(exc).__name__})", options)
        if options.debug:
            reply.stderr += traceback.format_exc()
    if event.notes:
        reply.stderr += "".join(f"vigilint: note: {note}.\n" for note in event.notes)
    return safe_reply(reply, *_texts(event.payload))


def dispatch(adapter: Adapter, event: Event, options: HookOptions) -> HookReply:
    if event.kind == "prompt":
        return _prompt(adapter, event, options)
    if event.kind == "pre_tool":
        return adapter.pre_tool(event, options)
    if event.kind == "post_edit":
        return _post_edit(adapter, event)
    handled = ", ".join(adapter.handled)  # the names, as the agent spells them
    return adapter.notice(event, f"vigilint does not handle the {event.name!r} event of "
                                 f"{adapter.name} (it handles {handled}); remove `vigilint hook "
                                 f"{adapter.name}` from that event's hooks.")


def _prompt(adapter: Adapter, event: Event, options: HookOptions) -> HookReply:
    prompt = adapter.prompt_of(event.payload)
    if not isinstance(prompt, str):
        return fallback(adapter, event, f"the {event.name} event carries no prompt text",
                        options)
    if not prompt.strip():
        return adapter.allow(event)
    try:
        verdict = check_bounded(prompt, _settings_for(adapter.workspace_of(event.payload)))
    except PromptUnchecked as exc:
        return fallback(adapter, event, str(exc), options)
    if verdict.verdict == "block":
        return adapter.block(event, block_text(verdict))
    if verdict.verdict == "warn":
        return adapter.warn(event, verdict, context_text(verdict), advice_text(verdict))
    return adapter.allow(event)


def _post_edit(adapter: Adapter, event: Event) -> HookReply:
    from vigilint.integrations.edits import record_edit

    edit = adapter.edit_of(event)
    if edit is None:
        return adapter.allow(event)
    outcome = record_edit(edit)
    report = outcome.message if outcome.findings or outcome.failed else ""
    return adapter.edit_reply(event, report, bool(outcome.findings), outcome.failed)


def _settings_for(folder: Path | None) -> Any:
    """The workspace's settings (for `owasp_edition`); the defaults (None) if there are none:
    the settings model (pydantic) is imported only when there is a settings file."""
    from vigilint.config_file import find_config

    if folder is not None and folder.is_dir() and find_config(folder) is not None:
        from vigilint.config import load_settings

        return load_settings(folder).settings
    return None


def _texts(payload: Any) -> list[str]:
    """The long strings of a payload, where a secret the answer quotes could come from."""
    found: list[str] = []
    stack = [payload]
    while stack and len(found) < 64:
        item = stack.pop()
        if isinstance(item, str):
            if len(item) >= 8:
                found.append(item)
        elif isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return found
