"""## What it does
Flags unescaped output in server-side templates: EJS `<%- value %>`, Handlebars/Mustache
`{{{ value }}}` and Pug `!{value}` / `tag!= value`. Includes (`<%- include(...) %>`,
`{{{> partial}}}`) and values whose name says they are already sanitized are not flagged.

## Why is this bad?
These forms write the value as raw HTML. If any part of it comes from a user (a name, a comment,
a query parameter), it can carry `<script>` and run in every visitor's browser (CWE-79).

## Example
```ejs
<p>Welcome, <%- user.name %></p>
```

## Use instead
```ejs
<p>Welcome, <%= user.name %></p>
```

## References
- CWE-79: Improper Neutralization of Input During Web Page Generation ('Cross-site Scripting')
- OWASP A03:2021 / A05:2025 Injection
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from vigilint.analyzers.context import FileContext, Hit
from vigilint.model import Fix, Rule

_PUG_LINE = re.compile(r"[ \t]*[\w.#-]+")
_SPACE = re.compile(r"\s*")
_SAFE = re.compile(r"^(include\b|>|body$|content$|yield\b|partial\b|block\b|script\b)|"
                   r"(sanitiz|purif|escape|safe|csrf|json|JSON\.stringify|markdown|md\b)",
                   re.IGNORECASE)

# The tags are found with `str.find`, not with regular expressions: a pattern such as
# `<%-\s*(.*?)\s*-?%>` takes quadratic time on a template with many unclosed tags or a long
# run of spaces inside one, and templates are input the user (or an attacker) controls.
# Each scanner yields (start, end, expression) in order, without overlaps.
Tag = tuple[int, int, str]


def _ejs(source: str) -> Iterator[Tag]:
    """`<%- expr %>` and `<%- expr -%>`."""
    pos = 0
    while (start := source.find("<%-", pos)) != -1:
        close = source.find("%>", start + 3)
        if close == -1:
            return
        inner = source[start + 3:close].lstrip()
        expr = inner[:-1].rstrip() if inner.endswith("-") else inner.rstrip()
        yield start, close + 2, expr
        pos = close + 2


def _next_braced(source: str, opener: str, closer: str, pos: int) -> Tag | None:
    """The first `{{{ expr }}}` (closer `}}}`) or `!{expr}` (closer `}`) at or after `pos`; the
    expression holds no `}`."""
    while (start := source.find(opener, pos)) != -1:
        close = source.find("}", start + len(opener))
        if close == -1:
            return None
        if source.startswith(closer, close):
            return start, close + len(closer), source[start + len(opener):close].strip()
        pos = close  # no match can start before the first `}`: it closes them all
    return None


def _braced(source: str, opener: str, closer: str) -> Iterator[Tag]:
    pos = 0
    while (tag := _next_braced(source, opener, closer, pos)) is not None:
        yield tag
        pos = tag[1]


class _PugLines:
    """`tag(attributes)!= expr`: unescaped output at the start of a Pug line."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.next_paren = 0  # the next `)` at or after a position already searched (-1: none)

    def first_from(self, pos: int) -> Tag | None:
        """The first such line starting at or after `pos` (a line start)."""
        source = self.source
        line_start = pos
        while line_start < len(source):
            line_end = source.find("\n", line_start)
            line_end = len(source) if line_end == -1 else line_end
            head = _PUG_LINE.match(source, line_start, line_end)
            at = head.end() if head else -1
            if head and at < len(source) and source[at] == "(":
                if self.next_paren != -1 and self.next_paren < at:
                    self.next_paren = source.find(")", at)
                at = -1 if self.next_paren == -1 else self.next_paren + 1
            if head and at != -1 and source.startswith("!=", at):
                spaces = _SPACE.match(source, at + 2)
                value = spaces.end() if spaces else at + 2
                if value < len(source):
                    end = source.find("\n", value)
                    return line_start, len(source) if end == -1 else end, \
                        source[value:len(source) if end == -1 else end]
            line_start = line_end + 1
        return None


def _pug(source: str) -> Iterator[Tag]:
    """`!{expr}` anywhere and `tag!= expr` lines, leftmost first, without overlaps. The next
    candidate of each kind is kept until passed, so each part of the text is searched once."""
    lines = _PugLines(source)
    brace: Tag | None = _next_braced(source, "!{", "}", 0)
    line: Tag | None = lines.first_from(0)
    while brace is not None or line is not None:
        tag = min((t for t in (brace, line) if t is not None), key=lambda t: t[0])
        yield tag
        pos = tag[1]
        if brace is not None and brace[0] < pos:
            brace = _next_braced(source, "!{", "}", pos)
        if line is not None and line[0] < pos:
            next_line = source.find("\n", pos - 1 if pos and source[pos - 1] == "\n" else pos)
            line = None if next_line == -1 else lines.first_from(next_line + 1)


def _check_file(ctx: FileContext) -> Iterator[Hit]:
    name = ctx.path.lower()
    source = ctx.text
    if name.endswith(".ejs"):
        tags = _ejs(source)
    elif name.endswith((".hbs", ".handlebars", ".mustache")):
        tags = _braced(source, "{{{", "}}}")
    elif name.endswith((".pug", ".jade")):
        tags = _pug(source)
    else:
        return
    # Byte offsets counted incrementally: encoding the whole prefix per tag is quadratic.
    char_pos = byte_pos = 0
    for start_char, end_char, expr in tags:
        if not expr or _SAFE.search(expr.strip()):
            continue
        byte_pos += len(source[char_pos:start_char].encode("utf-8", "surrogatepass"))
        start = byte_pos
        end = start + len(source[start_char:end_char].encode("utf-8", "surrogatepass"))
        byte_pos, char_pos = end, end_char
        fix = None
        if name.endswith(".ejs"):
            fix = Fix(title="Escape the output with `<%=`", safe=False,
                      edits=(ctx.edit_bytes(start, start + 3, "<%="),))
        yield Hit(byte_range=(start, end), fix=fix)


RULE = Rule(
    id="VG-JS-INJ-011",
    name="template-unescaped-output",
    category="injection",
    languages=("text",),
    cwe=(79,),
    likelihood="possible",
    impact="high",
    confidence="medium",
    message="The template writes this value as raw HTML; use the escaping form "
            "(`<%= %>`, `{{ }}`, `#{}`) unless the value is sanitized HTML.",
    check_file=_check_file,
    paths=("*.ejs", "*.hbs", "*.handlebars", "*.mustache", "*.pug", "*.jade"),
    fixable=True,
)
