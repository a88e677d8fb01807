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

from dataclasses import replace

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.dataflow import sink_sites, site_hit
from vigilint.analyzers.models import load
from vigilint.analyzers.rules.python._sql_fix import sql_fix
from vigilint.analyzers.rules.python._util import built_from_data
from vigilint.model import Rule


def _check(ctx: FileContext, call: Node) -> Hit | None:
    for site in sink_sites(ctx, call, "sql"):
        query = site.arguments[0]
        hit = site_hit(ctx, call, site, what="This SQL statement",
                       advice="pass values as query parameters instead of building the SQL "
                              "text",
                       unknown="possible" if built_from_data(ctx, query) else None)
        if hit is not None and hit.fix is None:
            hit = replace(hit, fix=sql_fix(ctx, call, query))
        return hit
    return None


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
    prefilter=load("python").prefilter("sql"),
    sink_kinds=("sql",),
    node_kinds=("call",),
    check=_check,
    fixable=True,
)
