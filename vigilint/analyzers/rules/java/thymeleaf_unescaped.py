"""## What it does
Flags unescaped output in Thymeleaf templates: `th:utext` attributes and `[(...)]` inlined
expressions that write a model value (`${...}`, `*{...}`) as raw HTML. Message expressions
(`#{...}`) and values whose name says they are sanitized are left alone.

## Why is this bad?
`th:utext` and `[( )]` skip Thymeleaf's HTML escaping: a value that holds any user text (a name,
a comment, a query parameter echoed back) can carry `<script>` and run in every visitor's
browser (CWE-79).

## Example
```html
<p th:utext="${comment.body}">comment</p>
```

## Use instead
```html
<p th:text="${comment.body}">comment</p>
<!-- or sanitize the HTML in Java (OWASP HTML Sanitizer, Jsoup.clean) and name it so -->
```

## References
- CWE-79: Cross-site Scripting
- Thymeleaf documentation, "Unescaped Text"
- OWASP A03:2021 / A05:2025 Injection
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from vigilint.analyzers.context import FileContext, Hit
from vigilint.model import Fix, Rule

_UTEXT = re.compile(r"""\bth:utext\s*=\s*(["'])(?P<expr>.*?)\1""", re.DOTALL)
# `[(...)]` whose expression holds brackets one level deep (`${items[0]}`): an attempt stops
# at the next unmatched `[`, so a run of `[(` is linear
_INLINE = re.compile(r"\[\((?P<expr>(?:[^\[\]]|\[[^\[\]]*\])*?)\)\]")
_MODEL = re.compile(r"[$*]\{")
_SAFE = re.compile(r"(?i)(sanitiz|purif|escape|safe|clean|markdown|rendered)")


def _check_file(ctx: FileContext) -> Iterator[Hit]:
    text = ctx.text
    if "th:" not in text and "[(" not in text:
        return
    for pattern in (_UTEXT, _INLINE):
        for match in pattern.finditer(text):
            expr = match.group("expr")
            if not _MODEL.search(expr) or _SAFE.search(expr):
                continue
            start = len(text[:match.start()].encode("utf-8"))
            end = len(text[:match.end()].encode("utf-8"))
            fix = None
            if pattern is _UTEXT:
                fix = Fix(title="Escape the output with `th:text`", safe=False,
                          edits=(ctx.edit_bytes(start, start + len("th:utext"), "th:text"),))
            yield Hit(byte_range=(start, end), fix=fix)


RULE = Rule(
    id="VG-JAVA-INJ-014",
    name="thymeleaf-unescaped-text",
    category="injection",
    languages=("text",),
    cwe=(79,),
    likelihood="possible",
    impact="high",
    confidence="medium",
    message="The template writes this value as raw HTML; use `th:text` (or `[[...]]`) unless "
            "the value is sanitized HTML.",
    prefilter=("th:utext", "[("),
    paths=("*.html", "*.htm"),
    check_file=_check_file,
    fixable=True,
)
