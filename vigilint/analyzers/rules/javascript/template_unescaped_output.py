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

_EJS = re.compile(r"<%-\s*(?P<expr>.*?)\s*-?%>", re.DOTALL)
_HBS = re.compile(r"\{\{\{\s*(?P<expr>[^}]*?)\s*\}\}\}")
_PUG = re.compile(r"!\{(?P<expr>[^}]*)\}|^\s*[\w.#-]+(?:\([^)]*\))?!=\s*(?P<expr2>.+)$",
                  re.MULTILINE)
_SAFE = re.compile(r"^(include\b|>|body$|content$|yield\b|partial\b|block\b|script\b)|"
                   r"(sanitiz|purif|escape|safe|csrf|json|JSON\.stringify|markdown|md\b)",
                   re.IGNORECASE)


def _check_file(ctx: FileContext) -> Iterator[Hit]:
    name = ctx.path.lower()
    if name.endswith(".ejs"):
        patterns = [_EJS]
    elif name.endswith((".hbs", ".handlebars", ".mustache")):
        patterns = [_HBS]
    elif name.endswith((".pug", ".jade")):
        patterns = [_PUG]
    else:
        return
    source = ctx.text
    for pattern in patterns:
        for match in pattern.finditer(source):
            expr = match.group("expr") if match.group("expr") is not None else \
                match.groupdict().get("expr2") or ""
            if not expr or _SAFE.search(expr.strip()):
                continue
            start = len(source[:match.start()].encode("utf-8"))
            end = len(source[:match.end()].encode("utf-8"))
            fix = None
            if pattern is _EJS:
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
