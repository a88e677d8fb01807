"""Inline suppressions: `vigilint: ignore[RULE-ID, ...] -- justification`.

A suppression applies to findings on its own line, or, when the comment stands alone on its
line, to the next line. It needs a real justification (DESIGN.md): an empty, placeholder or
token one ("fp", "todo", under 15 characters) does not suppress and is itself reported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from vigilint import lazyre

DIRECTIVE = lazyre.compile(
    r"vigilint\s*:\s*ignore\s*\[(?P<ids>[^\]\n]*)\]\s*(?:(?:--|—|:|-)\s*(?P<why>[^\n]*))?",
    re.IGNORECASE,
)
MIN_JUSTIFICATION = 15
_TOKEN_JUSTIFICATIONS = frozenset({
    "fp", "false positive", "false-positive", "todo", "fixme", "tbd", "n/a", "na", "none",
    "wip", "ignore", "temp", "temporary", "later", "ok", "safe", "not an issue", "no issue",
    "test", "testing", "reason", "justification", "because", "idk", "whatever", "trust me",
})
# `(?<!\s)`: a match starts only where a run of spaces starts, so a long run is scanned once.
_COMMENT_CLOSERS = lazyre.compile(r"(?<!\s)\s*(\*/|-->|#}|%>)\s*$")
_PLACEHOLDER = lazyre.compile(r"^\s*(<[^>]*>|\.\.\.|…|\?+|x+)\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Directive:
    line: int  # 1-based line of the comment
    column: int
    end_column: int
    rule_ids: tuple[str, ...]
    justification: str
    standalone: bool  # the comment is the only thing on its line
    problem: str | None  # why the justification is not accepted, or None

    @property
    def valid(self) -> bool:
        return self.problem is None

    def covers(self, line: int) -> bool:
        return line == self.line or (self.standalone and line == self.line + 1)


def justification_problem(text: str) -> str | None:
    """Why a justification is not acceptable, or None when it is."""
    why = _COMMENT_CLOSERS.sub("", text).strip().strip("\"'`").strip()
    if not why:
        return "it has no justification"
    if _PLACEHOLDER.match(why):
        return "its justification is a placeholder"
    normalized = re.sub(r"[^a-z ]+", " ", why.lower())
    normalized = " ".join(normalized.split())
    if normalized in _TOKEN_JUSTIFICATIONS or normalized.startswith(("todo", "fixme")):
        return f"{why!r} is not a justification"
    if len(why) < MIN_JUSTIFICATION:
        return f"its justification is too short ({len(why)} characters, at least " \
               f"{MIN_JUSTIFICATION} needed)"
    return None


def parse_comment(text: str, line: int, column: int, standalone: bool) -> list[Directive]:
    """Directives inside one comment whose text starts at (line, column), both 1-based."""
    out = []
    for match in DIRECTIVE.finditer(text):
        ids = tuple(i.strip().upper() for i in match.group("ids").split(",") if i.strip())
        why = (match.group("why") or "").strip()
        problem = "it names no rule id" if not ids else justification_problem(why)
        prefix = text[: match.start()]
        line_offset = prefix.count("\n")
        col = (len(prefix) - prefix.rfind("\n") - 1 if line_offset else column - 1 + match.start())
        out.append(Directive(line=line + line_offset, column=col + 1,
                             end_column=col + 1 + len(match.group(0).rstrip()),
                             rule_ids=ids, justification=_COMMENT_CLOSERS.sub("", why).strip(),
                             standalone=standalone, problem=problem))
    return out
