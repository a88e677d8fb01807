"""The prompt guard: lint a prompt before an AI assistant generates code from it.

`check_prompt(text, config=None) -> PromptVerdict` is the API; `vigilint prompt` and
`vigilint hook <agent>` are its command-line faces, and the `VG-PROMPT-*` rules (in
`rules.py`) bring its findings to prompt documents and prompt-like code comments through the
engine, so the language server shows them. The lexicon and the control catalogue are data
files beside this module (`lexicon.toml`, `controls.toml`).
"""

from vigilint.prompts.guard import PromptFinding, PromptVerdict, check_prompt, suggestion_for

__all__ = ["PromptFinding", "PromptVerdict", "check_prompt", "suggestion_for"]
