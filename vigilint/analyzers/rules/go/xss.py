"""## What it does
Flags request data written to an `http.ResponseWriter` without escaping (`fmt.Fprintf(w, ...)`,
`w.Write`, `io.WriteString(w, ...)`, echo `c.HTML`, gin `c.Data(code, "text/html", ...)`), and `template.HTML`/`template.JS`/`template.URL`
conversions of non-constant strings (which switch off `html/template`'s escaping).

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

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.rules.go._common import arguments, call_name, method_name, taint_sink
from vigilint.analyzers.taint.go import go_taint
from vigilint.model import Rule

_WRITTEN = ("Request data is written to the response unescaped; escape it with "
            "`html.EscapeString` or render it with `html/template`.")
_TRUSTED_TYPES = ("html/template.HTML", "html/template.JS", "html/template.URL",
                  "html/template.HTMLAttr", "html/template.CSS", "html/template.JSStr")


def _check(ctx: FileContext, call: Node) -> Hit | None:
    name = call_name(ctx, call)
    taint = go_taint(ctx)
    if name in _TRUSTED_TYPES:
        return taint_sink(ctx, call, "xss", tainted_message=(
            "Request data is marked as trusted HTML with `template.HTML`; let `html/template` "
            "escape it."))
    if name in ("fmt.Fprintf", "fmt.Fprint", "fmt.Fprintln", "io.WriteString"):
        values = taint.args(call)
        if values and values[0].kind == "writer":
            return taint_sink(ctx, call, "xss", indexes=range(1, len(values)), possible=False,
                              tainted_message=_WRITTEN)
        return None
    method = method_name(ctx, call)
    receiver = taint.receiver(call)
    if receiver is not None and receiver.kind == "framework":
        args = arguments(call)
        if method == "HTML" and len(args) >= 2:  # echo c.HTML(code, html)
            return taint_sink(ctx, call, "xss", indexes=(1,), possible=False,
                              tainted_message=_WRITTEN)
        if method == "Data" and len(args) == 3 and "html" in ctx.node_text(args[1]).lower():
            return taint_sink(ctx, call, "xss", indexes=(2,), possible=False,
                              tainted_message=_WRITTEN)
        return None
    if method in ("Write", "WriteString"):
        receiver = taint.receiver(call)
        if receiver is not None and receiver.kind == "writer":
            return taint_sink(ctx, call, "xss", possible=False, tainted_message=_WRITTEN)
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
    prefilter=("html/template", "Fprint", "HTML", "Data", "Write"),
    node_kinds=("call_expression",),
    check=_check,
)
