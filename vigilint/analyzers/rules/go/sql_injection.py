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

import json
import re
from collections.abc import Callable
from dataclasses import replace

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.dataflow import flow, sink_sites, site_hit
from vigilint.analyzers.models import load
from vigilint.analyzers.rules._edits import concat_parts, go_string
from vigilint.analyzers.rules._sql_params import (
    Part,
    dollar,
    format_parts,
    parameterize,
    question_mark,
)
from vigilint.analyzers.rules.go._common import (
    args_of,
    built_from_data,
    call_name,
    enclosing_function,
)
from vigilint.model import Fix, Rule


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
        hit = site_hit(ctx, call, site, what="This SQL statement",
                       advice="pass the values as query arguments (`$1`/`?`) instead of "
                              "building the SQL text",
                       unknown="possible" if built_from_data(ctx, site.arguments[0]) else None)
        if hit is not None:
            hit = replace(hit, fix=_bind_fix(ctx, call, site.callee, site.arguments[0]))
        return hit
    return None


_VALUES = frozenset({"identifier", "selector_expression", "call_expression",
                     "index_expression"})
_DOLLAR_DRIVERS = ("github.com/lib/pq", "github.com/jackc/pgx")
_QUESTION_DRIVERS = ("github.com/go-sql-driver/mysql", "github.com/mattn/go-sqlite3",
                     "modernc.org/sqlite", "gorm.io/gorm", "github.com/jinzhu/gorm")


def _parts(ctx: FileContext, query: Node) -> list[Part] | None:
    if query.type == "call_expression" and call_name(ctx, query) == "fmt.Sprintf":
        args = args_of(ctx, query)
        layout = go_string(ctx, args[0]) if args else None
        if layout is None or not all(a.type in _VALUES for a in args[1:]):
            return None
        return format_parts(layout, [ctx.node_text(a) for a in args[1:]])
    return concat_parts(ctx, query, lambda n: go_string(ctx, n), _VALUES)


def _style(ctx: FileContext, callee: str) -> Callable[[int], str] | None:
    """The driver's placeholder: from its import, GORM's `?`, or the placeholders the
    file's other queries already use."""
    if "gorm" in callee:
        return question_mark
    if any(f'"{d}' in ctx.text for d in _DOLLAR_DRIVERS):
        return dollar
    if any(f'"{d}' in ctx.text for d in _QUESTION_DRIVERS):
        return question_mark
    dollars, questions = re.search(r"\$1\b", ctx.text), re.search(r"= \?", ctx.text)
    if bool(dollars) != bool(questions):
        return dollar if dollars else question_mark
    return None


def _bind_fix(ctx: FileContext, call: Node, callee: str, query: Node) -> Fix | None:
    """`db.Query(fmt.Sprintf("... name = '%s'", name))` -> `db.Query("... name = $1", name)`
    (`?` for MySQL, SQLite and GORM). A query held in a variable assigned once in the
    function is rewritten where it is built; arguments passed already keep their places; a
    value inside a LIKE pattern is bound with its wildcards. Unsafe: the driver's placeholder style is
    inferred from the file."""
    args = args_of(ctx, call)
    style = _style(ctx, callee)
    position = next((i for i, a in enumerate(args) if a.id == query.id), -1)
    after = args[position + 1:]
    if style is None or position < 0 or ctx.node_text(call).rstrip(" \t\n)").endswith("...") \
            or any(a.type == "comment" for a in after):
        return None
    built_at = query
    if query.type == "identifier":
        function = enclosing_function(ctx, call)
        name = ctx.node_text(query)
        text = ctx.node_text(function) if function is not None else ""
        if len(re.findall(rf"\b{re.escape(name)}\s*:?=[^=]", text)) != 1:
            return None
        declaration = next((n for n in ctx.walk(function) if n.type == "short_var_declaration"
                            and ctx.node_text(n.child_by_field_name("left")) == name), None) \
            if function is not None else None
        right = declaration.child_by_field_name("right") if declaration is not None else None
        if right is None or len(right.named_children) != 1:
            return None
        built_at = right.named_children[0]
    parts = _parts(ctx, built_at)
    formatted = built_at.type == "call_expression"
    made = parameterize(parts, style, _like_sprint if formatted else _like_concat,
                        [ctx.node_text(a) for a in after]) if parts else None
    if made is None:
        return None
    sql, params = made
    values = ", " + ", ".join(params)
    return Fix(title="Pass the values as query arguments", safe=False, edits=(
        ctx.edit_node(built_at, json.dumps(sql)),
        ctx.edit_bytes(query.end_byte, after[-1].end_byte, values) if after
        else ctx.insert_at(query.end_byte, values)))


def _wildcards(prefix: str, source: str, suffix: str) -> list[str]:
    return [*([json.dumps(prefix)] if prefix else []), source,
            *([json.dumps(suffix)] if suffix else [])]


def _like_concat(prefix: str, source: str, suffix: str) -> str:
    """A string value with LIKE wildcards around it (`"%" + name + "%"`)."""
    return " + ".join(_wildcards(prefix, source, suffix))


def _like_sprint(prefix: str, source: str, suffix: str) -> str:
    """A value of any type printed with LIKE wildcards around it (`fmt.Sprint("%", n, "%")`:
    no spaces are added beside a string operand)."""
    return f"fmt.Sprint({', '.join(_wildcards(prefix, source, suffix))})"


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
    fixable=True,
)
