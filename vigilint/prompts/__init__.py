"""The prompt guard: lint a prompt before an AI assistant generates code from it.

`check_prompt(text, config=None) -> PromptVerdict` is the API; `vigilint prompt` and
`vigilint hook <agent>` are its command-line faces, and the `VG-PROMPT-*` rules (in
`rules.py`) bring its findings to prompt documents and prompt-like code comments through the
engine, so the language server shows them. The lexicon and the control catalogue are data
files beside this module (`lexicon.toml`, `controls.toml`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from vigilint.prompts.guard import PromptFinding, PromptVerdict, check_prompt, suggestion_for

__all__ = ["PromptFinding", "PromptVerdict", "check_prompt", "suggestion_for"]


def __getattr__(name: str) -> Any:
    """The guard is imported on first use: importing `vigilint.prompts.rules` (the engine's
    prompt rules) must not load it for files that hold no prompt."""
    if name in __all__:
        from vigilint.prompts import guard

        value = getattr(guard, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
