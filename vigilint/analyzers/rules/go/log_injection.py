"""## What it does
Flags request data passed to a logger that writes messages as given (`log.Print*`,
`log.Fatal*`, a `*log.Logger`, logrus, zap's sugared `Infof`..., and loggers named like one)
without removing CR/LF (`strings.ReplaceAll(v, "\\n", ...)`, a `strings.NewReplacer` of both,
`strconv.Quote`, `%q`). `log/slog` is not reported: its handlers quote such values.

## Why is this bad?
Line breaks in input forge extra log entries ("admin logged in") and can break log parsers
(CWE-117).

## Example
```go
log.Printf("search: %s", r.URL.Query().Get("q"))
```

## Use instead
```go
log.Printf("search: %q", r.URL.Query().Get("q"))   // %q escapes control characters
// or slog with a JSON handler, which escapes them too
```

## References
- CWE-117: Improper Output Neutralization for Logs
- OWASP A09:2021 / A09:2025
"""

from __future__ import annotations

from dataclasses import replace

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.dataflow import flow, sink_sites, site_hit
from vigilint.analyzers.dataflow.go.format import quoted_arguments
from vigilint.analyzers.models import load
from vigilint.analyzers.rules._edits import go_package, go_strings, tainted_parts, wrap_fix
from vigilint.model import Rule


def _check(ctx: FileContext, call: Node) -> Hit | None:
    for site in sink_sites(ctx, call, "log"):
        arguments = site.arguments
        if len(arguments) > 1 and site.callee.endswith("f"):
            fmt = flow(ctx).value(arguments[0]).const
            if isinstance(fmt, str):  # `%q` quotes its argument: no line break survives
                quoted = quoted_arguments(fmt)
                arguments = (arguments[0], *[a for i, a in enumerate(arguments[1:])
                                             if i not in quoted])
        hit = site_hit(ctx, call, replace(site, arguments=arguments), what="This log line",
                       advice="log it with `%q` or strip CR/LF first", unknown=None)
        if hit is not None:
            strconv, extra = go_package(ctx, "strconv")
            parts = go_strings(ctx, [p for a in arguments
                                     for p in tainted_parts(ctx, a, "log")]) or []
            hit = replace(hit, fix=wrap_fix(ctx, parts, f"{strconv}.Quote",
                                            "Quote the values (`strconv.Quote`)", tuple(extra)))
        return hit
    return None


RULE = Rule(
    id="VG-GO-LOG-002",
    name="log-injection",
    category="sensitive-logging",
    languages=("go",),
    cwe=(117,),
    likelihood="likely",
    impact="low",
    confidence="medium",
    message="Request data is logged with its line breaks; log it with `%q` or strip CR/LF first.",
    prefilter=load("go").prefilter("log"),
    sink_kinds=("log",),
    node_kinds=("call_expression",),
    check=_check,
    fixable=True,
)
