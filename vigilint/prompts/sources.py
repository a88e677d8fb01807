"""Where prompts live in a workspace: prompt documents, and prompt-like comments in code.

**Prompt documents** (linted whole, as one prompt): `*.prompt.md`,
`.github/copilot-instructions.md`, `.github/instructions/*.md`, `.cursor/rules/*`,
`.cursorrules`, `AGENTS.md`, `CLAUDE.md`.

**Prompt-like comments** are full-line comments (`#`, `//`, `--`, `/*`, `*`) whose text starts
with one of:
- a task marker followed by a build verb: `TODO: write …`, `FIXME implement …`, `XXX: add …`;
- an address to an assistant: `AI:`, `Copilot:`, `@copilot`, `Claude:`, `Cursor:`, `GPT:`,
  `LLM:`, `agent:`, `assistant:`, `prompt:`;
- a Copilot-style instruction: a build verb and an object, `write a function that …`,
  `create an endpoint …`, `generate the handler …`.
The comment lines that follow it (same leader, no new marker) belong to the same prompt. This is
one regular expression per line on lines that start with a comment leader: cheap enough for
every keystroke.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from vigilint import lazyre

DOCUMENT_GLOBS: tuple[str, ...] = (
    "*.prompt.md",
    ".github/copilot-instructions.md",
    ".github/instructions/*.md",
    ".cursor/rules/*",
    ".cursorrules",
    "AGENTS.md",
    "CLAUDE.md",
)

# Languages whose comments are scanned for prompts (the engine's names; "javascript" covers
# TypeScript and TSX).
COMMENT_LANGUAGES: tuple[str, ...] = (
    "python", "javascript", "go", "java", "bash", "hcl", "yaml", "toml", "dockerfile",
)

_LEADER = lazyre.compile(r"^(?P<indent>[ \t]*)(?P<leader>#+|//+|--|/\*+|\*(?!/))[ \t]?(?P<text>.*)$")
_VERB = r"(?:write|implement|add|create|build|generate|make|handle|code|complete|finish)"
_MARKER = lazyre.compile(
    r"^(?:(?:TODO|FIXME|XXX|HACK)(?:\([^)]*\))?\s*(?:[:\-]\s*)?(?:please\s+)?" + _VERB + r"\b"
    r"|@?(?:ai|copilot|claude|cursor|gpt|chatgpt|llm|agent|assistant|prompt)\s*[:,]"
    r"|@(?:copilot|ai|claude)\b"
    r"|" + _VERB + r"\s+(?:(?:a|an|the|me|some)\s*)?(?:function|method|class|code|endpoint|handler|"
    r"route|script|query|test|api|service|component|module|helper|view|controller)\b)",
    re.IGNORECASE)
_ADDRESS = lazyre.compile(
    r"^(?:(?:TODO|FIXME|XXX|HACK)(?:\([^)]*\))?\s*[:\-]?"
    r"|@?(?:ai|copilot|claude|cursor|gpt|chatgpt|llm|agent|assistant|prompt)\s*[:,]"
    r"|@(?:copilot|ai|claude)\b)\s*", re.IGNORECASE)
_SUPPRESSION = lazyre.compile(r"vigilint\s*:", re.IGNORECASE)
MAX_BLOCK_LINES = 40


@dataclass(frozen=True)
class CommentPrompt:
    """A prompt found in comments: its text and where it is (1-based lines)."""

    text: str
    first_line: int
    last_line: int
    indent: str
    leader: str  # the comment leader to use for inserted lines ("#", "//")
    marker_column: int  # 1-based column where the marker text starts
    marker_end_column: int


def comment_prompts(lines: list[str]) -> list[CommentPrompt]:
    """Prompt-like comment blocks in a file's lines."""
    out: list[CommentPrompt] = []
    index = 0
    while index < len(lines):
        match = _LEADER.match(lines[index])
        if not match or not _MARKER.match(match.group("text").strip()) \
                or _SUPPRESSION.search(match.group("text")):
            index += 1
            continue
        leader = match.group("leader")
        family = leader[0]
        texts = [_ADDRESS.sub("", match.group("text").strip().rstrip("*/").strip(), count=1)]
        first = index
        index += 1
        while index < len(lines) and index - first < MAX_BLOCK_LINES:
            follow = _LEADER.match(lines[index])
            if not follow or follow.group("leader")[0] not in (family, "*"):
                break
            body = follow.group("text").strip().rstrip("*/").strip()
            if _MARKER.match(body) or _SUPPRESSION.search(body):
                break
            texts.append(body)
            index += 1
        insert_leader = "//" if family in "/*" else ("--" if family == "-" else "#")
        column = match.start("text") + 1
        out.append(CommentPrompt(
            text="\n".join(t for t in texts if t),
            first_line=first + 1, last_line=index,
            indent=match.group("indent"), leader=insert_leader,
            marker_column=column, marker_end_column=len(lines[first]) + 1))
    return out


def has_comment_marker(text: str) -> bool:
    """Cheap pre-check for a whole file: any line that could start a comment prompt."""
    return _QUICK.search(text) is not None


_QUICK = lazyre.compile(
    r"(?:#|//|--|\*)[ \t]*(?:TODO|FIXME|XXX|HACK|@?(?:ai|copilot|claude|cursor|gpt|chatgpt|llm|"
    r"agent|assistant|prompt)\s*[:,]|@(?:copilot|ai|claude)|" + _VERB + r"\s)",
    re.IGNORECASE)
