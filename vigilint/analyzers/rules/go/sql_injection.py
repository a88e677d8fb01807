"""## What it does
Flags SQL text built from data in `database/sql` calls (`Query`, `QueryRow`, `Exec`,
`Prepare` and their `Context` variants on a `DB`, `Tx` or `Conn`), sqlx (`Select`, `Get`,
`Queryx`, `NamedExec`, ...) and GORM (`Raw`, `Exec`, `Where`, `Order`, `Group`, `Having`,
`Joins`, `Select`, `Table`, inline conditions of `First`/`Find`/`Delete`). "Very likely" when
request data, `os.Args` or standard input reach the text; "possible" when it is built with
`fmt.Sprintf` / `+` / `strings.Join` from values of unknown origin. Values passed as the
following arguments (`$1`, `?`) are bound by the driver and are not reported.

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
from vigilint.analyzers.dataflow import flow, sink_sites, site_hit
from vigilint.analyzers.models import load
from vigilint.analyzers.rules.go._common import built_from_data
from vigilint.model import Rule


def _structured(ctx: FileContext, node: Node) -> bool:
    """A struct or map given as a condition (`db.Where(&User{Name: n})`): GORM binds its
    fields as placeholders, it is no SQL text."""
    while node.type in ("unary_expression", "parenthesized_expression") and node.named_children:
        node = node.named_children[-1]
    if node.type == "composite_literal":
        return True
    return flow(ctx).value(node).items is not None


def _check(ctx: FileContext, call: Node) -> Hit | None:
    for site in sink_sites(ctx, call, "sql"):
        if _structured(ctx, site.arguments[0]):
            return None
        return site_hit(ctx, call, site, what="This SQL statement",
                        advice="pass the values as query arguments (`$1`/`?`) instead of "
                               "building the SQL text",
                        unknown="possible" if built_from_data(ctx, site.arguments[0]) else None)
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
    prefilter=load("go").prefilter("sql"),
    sink_kinds=("sql",),
    node_kinds=("call_expression",),
    check=_check,
)
