"""## What it does
Flags SQL text built from data that reaches a query API: the drivers (mysql/mysql2, pg,
sqlite3, better-sqlite3, mssql, pg-promise, postgres.js `unsafe`), Sequelize `query`/`literal`,
knex `raw`/`whereRaw`/..., Prisma `$queryRawUnsafe`/`$executeRawUnsafe`/`Prisma.raw`, TypeORM
`query` and QueryBuilder fragments (the models in `models/javascript/`). "Very likely" when
request data, `process.argv` or stdin reach the text (the source is a related location),
"possible" when the text is built from values of unknown origin.

## Why is this bad?
Request data pasted into SQL text can change the statement: read other users' rows, bypass a
login, drop tables (CWE-89). Values must travel as bound parameters, never as SQL text.

## Example
```js
db.query(`SELECT * FROM users WHERE name = '${req.query.name}'`);
```

## Use instead
```js
db.query("SELECT * FROM users WHERE name = ?", [req.query.name]);
// Prisma: prisma.$queryRaw`SELECT * FROM users WHERE name = ${name}`
```

## References
- CWE-89: Improper Neutralization of Special Elements used in an SQL Command
- CWE-943: Improper Neutralization of Special Elements in Data Query Logic (its parent)
- OWASP A03:2021 / A05:2025 Injection
"""

from __future__ import annotations

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.dataflow import sink_sites, site_hit
from vigilint.analyzers.models import load
from vigilint.analyzers.rules.javascript._common import built
from vigilint.model import Rule


def _check(ctx: FileContext, call: Node) -> Hit | None:
    for site in sink_sites(ctx, call, "sql"):
        query = site.arguments[0]
        if query.type in ("object", "array"):
            continue  # bindings, or a query builder's object syntax
        return site_hit(ctx, call, site, what="This SQL statement",
                        advice="pass values as bound parameters instead of building the SQL "
                               "text",
                        unknown="possible" if built(ctx, query) else None)
    return None


RULE = Rule(
    id="VG-JS-INJ-001",
    name="sql-injection",
    category="injection",
    languages=("javascript",),
    cwe=(89, 943),
    likelihood="likely",
    impact="critical",
    confidence="high",
    message="SQL text is built from non-constant values; pass them as bound parameters "
            "(`db.query(\"... WHERE id = ?\", [id])`).",
    prefilter=load("javascript").prefilter("sql"),
    sink_kinds=("sql",),
    node_kinds=("call_expression",),
    check=_check,
)
