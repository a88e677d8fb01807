"""## What it does
Flags SQL built with template literals, `+` or `concat` and passed to a query API: `query`,
`execute`, `db.get/all/run/prepare` (sqlite), `sequelize.query`, knex `raw`/`whereRaw`,
Prisma `$queryRawUnsafe`/`$executeRawUnsafe`.

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

import re

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.rules.javascript._common import call_args, method_of
from vigilint.analyzers.taint.javascript import Taint, is_built, resolve, taint_of
from vigilint.model import Rule

_ALWAYS_RAW = frozenset({"$queryRawUnsafe", "$executeRawUnsafe", "raw", "whereRaw",
                         "orderByRaw", "havingRaw", "joinRaw", "selectRaw", "unsafe"})
_QUERY_METHODS = frozenset({"query", "execute", "exec", "get", "all", "run", "prepare", "each",
                            "none", "one", "oneOrNone", "many", "any", "manyOrNone", "result"})
_SQL = re.compile(r"\b(insert\s+into|update\s+\S+\s+set|delete\s+from|where\s|order\s+by|"
                  r"create\s+table|drop\s+table)", re.IGNORECASE)
# `select ... from`, as two searches: `select\s.+\sfrom` in one pattern rescans the rest of the
# text from every `select`, which is quadratic on a long string of them.
_SELECT = re.compile(r"\bselect\s", re.IGNORECASE)
_FROM = re.compile(r"\sfrom", re.IGNORECASE)


def _looks_like_sql(text: str) -> bool:
    if _SQL.search(text):
        return True
    select = _SELECT.search(text)
    return select is not None and _FROM.search(text, select.end() + 1) is not None


def _parts(ctx: FileContext, node: Node) -> list[Node]:
    """The non-constant parts of a built string."""
    node = resolve(ctx, node) or node
    if node.type == "template_string":
        return [c.named_children[0] for c in node.named_children
                if c.type == "template_substitution" and c.named_children]
    if node.type in ("binary_expression", "augmented_assignment_expression"):
        out = []
        for side in (node.child_by_field_name("left"), node.child_by_field_name("right")):
            if side is not None and side.type not in ("string", "template_string",
                                                       "binary_expression"):
                out.append(side)
            elif side is not None:
                out.extend(_parts(ctx, side))
        return out
    return [node]


def _check(ctx: FileContext, call: Node) -> Hit | None:
    _, method = method_of(ctx, call)
    arguments = call.child_by_field_name("arguments")
    if arguments is None or arguments.type == "template_string":
        return None  # tagged template: prisma.$queryRaw`...${x}` binds parameters
    if method not in _ALWAYS_RAW and method not in _QUERY_METHODS:
        return None
    args = call_args(call)
    if not args:
        return None
    sql = args[0]
    if not is_built(ctx, sql):
        return None
    built: Node | None = resolve(ctx, sql) or sql
    text = ctx.node_text(built)
    while built is not None and built.type == "augmented_assignment_expression":
        built = resolve(ctx, built.child_by_field_name("left"))
        text += ctx.node_text(built)
    if method not in _ALWAYS_RAW and not _looks_like_sql(text):
        return None
    taint = max((taint_of(ctx, p) for p in _parts(ctx, sql)), default=Taint.SAFE)
    if taint == Taint.SAFE:
        return None
    if taint >= Taint.TAINTED:
        return Hit(node=call, likelihood="very-likely")
    return Hit(node=call, likelihood="possible")


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
    node_kinds=("call_expression",),
    check=_check,
)
