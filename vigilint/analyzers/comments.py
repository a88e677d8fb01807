"""The comments of a file, for rules that read them (scanner-bypass markers, prompt-like
comments). Tree languages use the comment nodes the engine collected in its one query pass;
text formats (.env, properties, plain text) use their line-comment leaders."""

from __future__ import annotations

from dataclasses import dataclass

from vigilint.analyzers.context import FileContext

_TEXT_LEADERS = ("#", "//", ";", "<!--", "REM ", "rem ")


@dataclass(frozen=True)
class Comment:
    line: int  # 1-based
    column: int  # 1-based, code points
    end_line: int
    end_column: int
    text: str
    standalone: bool  # nothing but whitespace before it on its line


def comments(ctx: FileContext) -> list[Comment]:
    cached: list[Comment] | None = ctx.cache.get("comments")
    if cached is None:
        cached = _collect(ctx)
        ctx.cache["comments"] = cached
    return cached


def _collect(ctx: FileContext) -> list[Comment]:
    out: list[Comment] = []
    if ctx.tree is not None:
        seen: set[int] = set()
        for node in ctx.cache.get("comment_nodes", ()):
            if node.start_byte in seen:
                continue
            seen.add(node.start_byte)
            line, col, end_line, end_col = ctx.node_position(node)
            standalone = not ctx.lines[line - 1][: col - 1].strip()
            out.append(Comment(line, col, end_line, end_col, ctx.node_text(node), standalone))
        out.sort(key=lambda c: (c.line, c.column))
        return out
    for index, text in enumerate(ctx.lines):
        stripped = text.lstrip()
        lead = len(text) - len(stripped)
        if stripped.startswith(_TEXT_LEADERS):
            out.append(Comment(index + 1, lead + 1, index + 1, len(text) + 1, stripped, True))
            continue
        pos = text.find(" #")
        if pos != -1:
            out.append(Comment(index + 1, pos + 2, index + 1, len(text) + 1, text[pos + 1:],
                               False))
    return out
