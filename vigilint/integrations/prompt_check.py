"""The prompt guard within bounds, for hooks and `vigilint prompt`.

The guard reads the whole prompt. Above `MAX_PROMPT_CHARS` a prompt is not checked at all and
`PromptUnchecked` says so in one sentence: the caller blocks it (a hook, unless it runs with
`--fail-open`) or answers a block verdict (`vigilint prompt`), never "allow". The cap keeps a
hook's answer within the agent's time limit (the guard costs about 1 s of CPU per million
characters on the build machine, bench/results/fuzz.md); it is not a place to cut the text.
"""

from __future__ import annotations

from typing import Any

from vigilint.prompts import PromptFinding, PromptVerdict, check_prompt

MAX_PROMPT_CHARS = 2_000_000
UNCHECKED_ID = "VG-PROMPT-UNCHECKED"


class PromptUnchecked(Exception):
    """The prompt could not be checked; the message is one sentence for the user."""


def check_bounded(text: str, settings: Any = None) -> PromptVerdict:
    """The guard's verdict on the whole of `text`; PromptUnchecked above the size cap."""
    if len(text) > MAX_PROMPT_CHARS:
        raise PromptUnchecked(
            f"the prompt is {len(text):,} characters long, more than the {MAX_PROMPT_CHARS:,} "
            "vigilint checks; split it into smaller prompts")
    return check_prompt(text, settings)


def unchecked_verdict(reason: str) -> PromptVerdict:
    """A block verdict for a prompt that could not be checked (never an allow)."""
    return PromptVerdict(verdict="block", findings=[PromptFinding(
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
