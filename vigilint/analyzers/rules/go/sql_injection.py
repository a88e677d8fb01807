"""## What it does
Flags `database/sql`-style calls (`db.Query`, `QueryRow`, `Exec`, the `...Context` variants,
`Prepare`, sqlx `Select`/`Get`, gorm `Raw`/`Where`/`Order`/`Group`/`Having`/`Joins`) whose SQL text comes from request data or is built
with `fmt.Sprintf` / `+` from non-constant values.

## Why is this bad?
Formatting values into SQL lets them change the statement: an attacker reads or modifies other
rows, or bypasses a login check (CWE-89).

## Example
```go
rows, err := db.Query(fmt.Sprintf("SELECT * FROM users WHERE name = '%s'", r.FormValue("name")))
```

## Use instead
```go
rows, err := db.Query("SELECT * FROM users WHERE name = $1", r.FormValue("name"))
```

## References
- CWE-89: SQL Injection
- OWASP A03:2021 / A05:2025 Injection
"""

from __future__ import annotations

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.rules.go._common import (
    arguments,
    is_concatenation,
    method_name,
    receiver_text,
)
from vigilint.analyzers.taint.go import UNKNOWN, go_imports, go_taint
from vigilint.model import Rule

_QUERY_AT: dict[str, int] = {
    "Query": 0, "QueryRow": 0, "Exec": 0, "Prepare": 0, "Queryx": 0, "QueryRowx": 0,
    "MustExec": 0, "Raw": 0, "QueryContext": 1, "QueryRowContext": 1, "ExecContext": 1,
    "PrepareContext": 1, "Select": 1, "Get": 1, "QueryxContext": 1, "SelectContext": 2,
    "GetContext": 2, "Where": 0, "Order": 0, "Group": 0, "Having": 0, "Joins": 0,
}


def _check(ctx: FileContext, call: Node) -> Hit | None:
    name = method_name(ctx, call)
    if name not in _QUERY_AT:
        return None
    receiver = receiver_text(ctx, call)
    if not receiver or receiver in go_imports(ctx):
        return None
    if name in ("Get", "Select", "Raw", "Where", "Order", "Group", "Having", "Joins") and not any(
            part in receiver.lower() for part in ("db", "tx", "sql", "conn")):
        return None  # cache.Get, flag.Get...: only database handles
    args = arguments(call)
    index = _QUERY_AT[name]
    if index >= len(args):
        return None
    values = go_taint(ctx).args(call)
    if values is None or index >= len(values):
        return None
    value = values[index]
    if value.tainted_for("sqli"):
        return Hit(node=call, likelihood="very-likely", message=(
            "Request data is formatted into SQL text; pass it as a query argument "
            "(`$1`/`?`) instead."))
    if value.level >= UNKNOWN and is_concatenation(ctx, args[index]):
        return Hit(node=call, likelihood="likely")
    return None


RULE = Rule(
    id="VG-GO-INJ-001",
    name="sql-injection",
    category="injection",
    languages=("go",),
    cwe=(89,),
    likelihood="likely",
    impact="critical",
    confidence="medium",
    message="SQL text is built with `fmt.Sprintf`/`+` from non-constant values; use query "
            "placeholders (`$1`/`?`) and pass the values as arguments.",
    prefilter=("Query", "Exec", "Prepare", "Raw", "Select", "Get", "Where", "Order", "Group",
               "Having", "Joins"),
    node_kinds=("call_expression",),
    check=_check,
)
