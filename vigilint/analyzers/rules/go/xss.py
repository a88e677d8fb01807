"""## What it does
Flags request data written to an `http.ResponseWriter` without escaping (`fmt.Fprintf(w, ...)`,
`w.Write`, `io.WriteString(w, ...)`, gin's `c.Writer`), echo `c.HTML`/`c.HTMLBlob`, raw data
sent as HTML (gin `c.Data(code, "text/html", ...)`, echo `c.Blob`), and `template.HTML` /
`template.JS` / `template.URL` conversions of non-constant strings (which switch off
`html/template`'s escaping; "possible" when the origin is unknown).

## Why is this bad?
Input echoed into an HTML response can carry script that runs in the victim's browser with
their session (CWE-79).

## Example
```go
fmt.Fprintf(w, "<h1>Hello %s</h1>", r.URL.Query().Get("name"))
```

## Use instead
```go
fmt.Fprintf(w, "<h1>Hello %s</h1>", html.EscapeString(r.URL.Query().Get("name")))
// or render with html/template, which escapes by context
```

## References
- CWE-79: Cross-site Scripting
- OWASP A03:2021 / A05:2025 Injection
"""

from __future__ import annotations

from dataclasses import replace

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.dataflow import sink_sites, site_hit
from vigilint.analyzers.models import load
from vigilint.analyzers.rules._edits import go_package, go_strings, tainted_parts, wrap_fix
from vigilint.model import Rule


def _check(ctx: FileContext, call: Node) -> Hit | None:
    for site in sink_sites(ctx, call, "xss"):
        if site.callee.startswith("html/template."):
            return site_hit(ctx, call, site, what="This `template.HTML`-style conversion",
                            advice="let `html/template` escape the value instead of marking it "
                                   "trusted")
        hit = site_hit(ctx, call, site, what="This response body",
                       advice="escape it with `html.EscapeString` or render it with "
                              "`html/template`", unknown=None)
        if hit is not None:
            html, extra = go_package(ctx, "html")
            parts = go_strings(ctx, [p for a in site.arguments
                                     for p in tainted_parts(ctx, a, "xss")]) or []
            hit = replace(hit, fix=wrap_fix(ctx, parts, f"{html}.EscapeString",
                                            "HTML-escape the values (`html.EscapeString`)",
                                            tuple(extra)))
        return hit
    return None


RULE = Rule(
    id="VG-GO-INJ-003",
    name="reflected-xss",
    category="injection",
    languages=("go",),
    cwe=(79,),
    likelihood="very-likely",
    impact="high",
    confidence="medium",
    message="Non-constant text is marked as trusted HTML or written unescaped to the response; "
            "escape it with `html.EscapeString` or render it with `html/template`.",
    prefilter=load("go").prefilter("xss"),
    sink_kinds=("xss",),
    node_kinds=("call_expression",),
    check=_check,
    fixable=True,
)
