"""The prompt guard within bounds, for hooks, `vigilint prompt` and the MCP server.

The guard reads the whole prompt. Above `MAX_PROMPT_CHARS` (the guard's one size limit,
`vigilint.prompts.reading`) a prompt is not checked at all: `check_bounded` raises
`PromptUnchecked` with one sentence, and the caller blocks it (a hook, unless it runs with
`--fail-open`) or answers a block verdict (`vigilint prompt`, `check_prompt` over MCP), never
"allow". The cap keeps an answer within an agent's time limit (the guard costs about 1 s of CPU
per million characters on the build machine, bench/results/fuzz.md); it is not a place to cut
the text. `verdict_within` adds a deadline: the check runs in a forked child that is killed
when it is late, and what was not checked in time is a block.
"""

from __future__ import annotations

from typing import Any

from vigilint.prompts import PromptFinding, PromptVerdict, check_prompt
from vigilint.prompts.guard import UnreadPart
from vigilint.prompts.reading import MAX_PROMPT_CHARS

UNCHECKED_ID = "VG-PROMPT-UNCHECKED"
DEFAULT_TIMEOUT = 20.0  # seconds; `--timeout` of `vigilint prompt`, the hooks and `vigilint mcp`

__all__ = ["DEFAULT_TIMEOUT", "MAX_PROMPT_CHARS", "UNCHECKED_ID", "PromptUnchecked",
           "check_bounded", "unchecked_verdict", "verdict_within"]


class PromptUnchecked(Exception):
    """The prompt could not be checked; the message is one sentence for the user."""


def oversize_reason(length: int | None = None) -> str:
    """Why a prompt over the size limit was not checked (`length` when it is known)."""
    size = f"{length:,} characters long" if length is not None else "longer than that"
    return (f"the prompt is {size}, more than the {MAX_PROMPT_CHARS:,} characters vigilint "
            "checks; split it into smaller prompts")


def check_bounded(text: str, settings: Any = None) -> PromptVerdict:
    """The guard's verdict on the whole of `text`; PromptUnchecked above the size cap."""
    if len(text) > MAX_PROMPT_CHARS:
        raise PromptUnchecked(oversize_reason(len(text)))
    return check_prompt(text, settings)


def verdict_within(text: str, settings: Any, timeout: float) -> PromptVerdict:
    """The guard's verdict on the whole of `text`, computed in a child process within `timeout`
    seconds; a block verdict (`VG-PROMPT-UNCHECKED`) saying why when the prompt is over the size
    limit or the check fails or is late: never a hang, never an allow for what was not read.
    `settings` is loaded by the caller (the child needs nothing the parent may hold a lock on)."""
    from vigilint.integrations.isolation import isolated
    from vigilint.prompts.lexicon import lexicon

    if len(text) > MAX_PROMPT_CHARS:
        return unchecked_verdict(oversize_reason(len(text)), len(text))
    lexicon()  # loaded here, once, so that a child does not import or read it under a deadline

    def work() -> dict[str, Any]:
        return check_bounded(text, settings).model_dump()

    result, why = isolated(work, timeout)
    return PromptVerdict.model_validate(result) if result is not None else \
        unchecked_verdict(why)


def unchecked_verdict(reason: str, unread: int | None = None) -> PromptVerdict:
    """A block verdict for a prompt that could not be checked (never an allow); `unread` is the
    number of characters left unread, when none was read because of the size limit."""
    parts = [] if unread is None else [UnreadPart(start=0, end=unread, reason="size-limit")]
    return PromptVerdict(verdict="block", unread=parts, findings=[PromptFinding(
        id=UNCHECKED_ID, severity="block",
        message=f"vigilint could not check this prompt: {reason}.")])


def block_text(verdict: PromptVerdict) -> str:
    reasons = " ".join(f.message for f in verdict.findings if f.severity == "block")
    return f"vigilint blocked this prompt: {reasons}"


def context_text(verdict: PromptVerdict) -> str:
    reasons = "; ".join(f.message for f in verdict.findings if f.severity == "warn")
    return ("vigilint prompt guard: " + reasons + "\nWrite the code so that it meets these "
            "security constraints:\n" + verdict.suggestion)


def advice_text(verdict: PromptVerdict) -> str:
    """A warn for agents that cannot add context to the prompt: advice to the user."""
    return "vigilint: add security constraints to this prompt.\n" + verdict.suggestion
