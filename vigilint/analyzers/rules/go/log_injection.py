"""## What it does
Flags request data passed to a logger (`log.Print*`, `log.Fatal*`, `slog.*`, logrus/zap
`Info/Warn/Error...`) without removing CR/LF (`strings.ReplaceAll(v, "\\n", ...)`,
`strconv.Quote`, `%q`).

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

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.rules.go._common import arguments, call_name, method_name
from vigilint.analyzers.taint.go import go_taint
from vigilint.model import Rule

_LOG_FUNCS = frozenset({"log.Print", "log.Printf", "log.Println", "log.Fatal", "log.Fatalf",
                        "log.Fatalln", "log.Panic", "log.Panicf", "log.Panicln"})
_LOGGER_METHODS = frozenset({"Info", "Infof", "Warn", "Warnf", "Error", "Errorf", "Debug",
                             "Debugf", "Printf", "Println", "Print"})


def _check(ctx: FileContext, call: Node) -> Hit | None:
    name = call_name(ctx, call)
    if name not in _LOG_FUNCS:
        fn = call.child_by_field_name("function")
        operand = fn.child_by_field_name("operand") if fn is not None and \
            fn.type == "selector_expression" else None
        if method_name(ctx, call) not in _LOGGER_METHODS or operand is None or \
                "log" not in ctx.node_text(operand).lower():
            return None
        if name.startswith(("log/slog.", "slog.")):
            return None  # slog handlers quote values
    args = arguments(call)
    values = go_taint(ctx).args(call)
    if not values:
        return None
    fmt_text = ctx.node_text(args[0]) if args else ""
    indexes = range(len(values))
    if name.endswith("f") and "%q" in fmt_text and "%s" not in fmt_text and "%v" not in fmt_text:
        return None
    if any(values[i].tainted_for("log") for i in indexes if i < len(values)):
        return Hit(node=call)
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
    prefilter=("Print", "Fatal", "Panic", "Info", "Warn", "Error", "Debug"),
    node_kinds=("call_expression",),
    check=_check,
)
