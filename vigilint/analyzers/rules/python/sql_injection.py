"""## What it does
Flags SQL text built from data (f-strings, `+`, `%`, `.format`, `.join`) that reaches
`execute`/`executemany`/`executescript`, Django `raw`/`extra`/`RawSQL`, SQLAlchemy `text()` or
pandas `read_sql`. The finding is "very likely" when request data, route parameters,
`sys.argv` or `input()` flow into the query, and "possible" when the query is built from values
of unknown origin.

## Why is this bad?
A value spliced into SQL text can close the literal and add its own SQL: read other users' rows,
bypass a login, or drop tables. Parameterized queries keep data out of the SQL grammar.

## Example
```python
cur.execute(f"SELECT * FROM users WHERE name = '{request.args['name']}'")
```

## Use instead
```python
cur.execute("SELECT * FROM users WHERE name = ?", (request.args["name"],))
```

## References
- CWE-89: Improper Neutralization of Special Elements used in an SQL Command
- OWASP A03:2021 / A05:2025 Injection
- https://cheatsheetseries.owasp.org/cheatsheets/Query_Parameterization_Cheat_Sheet.html
"""

from __future__ import annotations

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.imports import call_name
from vigilint.analyzers.rules.python._util import arg, built_from_data, keyword, taint_hit
from vigilint.model import Likelihood, Rule

_METHODS = frozenset({"execute", "executemany", "executescript", "raw", "mogrify",
                      "exec_driver_sql", "read_sql", "read_sql_query", "RawSQL", "text"})
_TEXT_FUNCS = frozenset({"sqlalchemy.text", "sqlalchemy.sql.text", "sqlalchemy.sql.expression.text",
                         "django.db.models.expressions.RawSQL", "pandas.read_sql",
                         "pandas.read_sql_query"})


def _check(ctx: FileContext, call: Node) -> Hit | None:
    function = call.child_by_field_name("function")
    if function is None:
        return None
    name = call_name(ctx, call) or ""
    method = ctx.node_text(function.child_by_field_name("attribute")) \
        if function.type == "attribute" else ctx.node_text(function)
    if method == "extra":
        query = keyword(ctx, call, "where") or keyword(ctx, call, "select")
    elif name in _TEXT_FUNCS or (function.type == "attribute" and method in _METHODS
                                 and method not in ("text", "RawSQL")):
        query = arg(ctx, call, 0, "sql") or keyword(ctx, call, "query") or \
            keyword(ctx, call, "statement")
    else:
        return None
    if query is None:
        return None
    if method == "raw" and "objects" not in ctx.node_text(function):
        return None
    unknown: Likelihood | None = "possible" if built_from_data(ctx, query) else None
    return taint_hit(ctx, call, query, "sql", "This SQL statement",
                     "pass values as query parameters instead of building the SQL text",
                     unknown=unknown)


RULE = Rule(
    id="VG-PY-INJ-001",
    name="sql-injection",
    category="injection",
    languages=("python",),
    cwe=(89,),
    likelihood="likely",
    impact="critical",
    confidence="medium",
    message="SQL text built from data reaches a query call; pass values as query parameters "
            "(`cur.execute(\"... = ?\", (value,))`).",
    prefilter=("execute", "raw", "mogrify", "exec_driver_sql", "read_sql", "RawSQL", "text",
               "extra"),
    node_kinds=("call",),
    check=_check,
)
