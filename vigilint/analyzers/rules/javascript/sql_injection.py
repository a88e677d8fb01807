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

import json
import re
from collections.abc import Callable
from dataclasses import replace

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.dataflow import sink_sites, site_hit
from vigilint.analyzers.models import load
from vigilint.analyzers.rules._edits import concat_parts, js_add_option
from vigilint.analyzers.rules._sql_params import Part, dollar, parameterize, question_mark
from vigilint.analyzers.rules.javascript._common import built
from vigilint.analyzers.syntax import javascript
from vigilint.analyzers.syntax.javascript import FUNCTION_KINDS
from vigilint.model import Edit, Fix, Rule


def _check(ctx: FileContext, call: Node) -> Hit | None:
    for site in sink_sites(ctx, call, "sql"):
        query = site.arguments[0]
        if query.type in ("object", "array"):
            continue  # bindings, or a query builder's object syntax
        hit = site_hit(ctx, call, site, what="This SQL statement",
                       advice="pass values as bound parameters instead of building the SQL "
                              "text",
                       unknown="possible" if built(ctx, query) else None)
        if hit is not None:
            hit = replace(hit, fix=_bind_fix(ctx, call, site.callee, query))
        return hit
    return None


_VALUES = frozenset({"identifier", "member_expression", "subscript_expression",
                     "call_expression"})
# drivers that take `(sql, [values], callback)`, and their placeholder
_QUESTION = ("mysql", "mysql2", "sqlite3", "knex")
_DOLLAR = ("pg",)  # (and `pg` for a client whose calls use `$n`)
_DRIVER_METHODS = frozenset({"query", "execute", "get", "all", "run", "each"})
_KNEX_RAW = frozenset({"raw", "whereRaw", "orWhereRaw", "havingRaw", "joinRaw"})
# libraries whose query methods take their values another way (replacements, variadic)
_OTHER_RECEIVERS = frozenset({"sequelize", "prisma", "sql", "qb", "dataSource", "manager",
                              "entityManager", "repository"})
_OTHER_CLIENTS = ("sequelize", "typeorm", "@prisma/client", "postgres", "mssql", "@nestjs/typeorm")


def _parts(ctx: FileContext, query: Node) -> list[Part] | None:
    if query.type == "template_string":
        parts: list[Part] = []
        for child in query.named_children:
            if child.type == "string_fragment":
                parts.append((True, ctx.node_text(child)))
            elif child.type == "template_substitution" and len(child.named_children) == 1 \
                    and child.named_children[0].type in _VALUES:
                parts.append((False, ctx.node_text(child.named_children[0])))
            else:
                return None
        return parts
    return concat_parts(ctx, query, lambda n: javascript(ctx).string_value(n)
                        if n.type == "string" else None, _VALUES)


def _sibling_style(ctx: FileContext, callee: str) -> str | None:
    """The placeholder style of the file's other calls of `callee` (as written) that pass a constant query
    and a parameter array (`db.query("... = $1", [id])`): "pg" for `$n`, "mysql" for `?`,
    None when there are none or they disagree."""
    root = ctx.tree.root_node if ctx.tree is not None else None
    styles: set[str] = set()
    for node in ctx.walk(root) if root is not None else ():
        if node.type != "call_expression" or ctx.node_text(
                node.child_by_field_name("function")) != callee:
            continue
        args = javascript(ctx).arguments(node).positional
        if len(args) < 2 or args[1].type != "array" or args[0].type != "string":
            continue
        text = javascript(ctx).string_value(args[0]) or ""
        if re.search(r"\$\d", text):
            styles.add("pg")
        elif "?" in text:
            styles.add("mysql")
    return styles.pop() if len(styles) == 1 else None


def _built_at(ctx: FileContext, call: Node, query: Node) -> Node | None:
    """The query, or for a name, the value of the one `const`/`let` of the call's scope that
    declares it (rewritten where it is built)."""
    if query.type != "identifier":
        return query
    declared = javascript(ctx).assigned_values(query)
    if len(declared) != 1 or declared[0].parent is None or \
            declared[0].parent.type != "variable_declarator" or \
            javascript(ctx).scope_of(declared[0]).id != javascript(ctx).scope_of(call).id:
        return None
    return declared[0]


_MARK = "\x00{}\x00"


def _marked(ctx: FileContext, query: Node) -> tuple[str, list[str]] | None:
    """The SQL with a numbered marker for each value, and the values' sources."""
    parts = _parts(ctx, query)
    made = parameterize(parts, _MARK.format, _like) if parts else None
    if made is None or any(("`" in text or "\\" in text or "${" in text or "\x00" in text)
                           for literal, text in parts or () if literal):
        return None
    return made


def _fill(sql: str, each: Callable[[int], str]) -> str:
    return re.sub("\x00(\\d+)\x00", lambda m: each(int(m.group(1))), sql)


def _prisma_fix(ctx: FileContext, call: Node, query: Node, method: str) -> Fix | None:
    """`prisma.$queryRawUnsafe(`... '${x}'`)` -> prisma.$queryRaw`... ${x}` (the tagged
    template sends each value as a bound parameter, whatever the database)."""
    function = call.child_by_field_name("function")
    args = javascript(ctx).arguments(call).positional
    if function is None or function.type != "member_expression" or len(args) != 1 or \
            args[0].id != query.id:
        return None
    made = _marked(ctx, query)
    if made is None:
        return None
    sql, params = made
    text = _fill(sql, lambda i: "${" + params[i - 1] + "}")
    receiver = ctx.node_text(function.child_by_field_name("object"))
    safe_method = method.removesuffix("Unsafe")
    return Fix(title=f"Use the `{safe_method}` tagged template (values become parameters)",
               safe=False, edits=(ctx.edit_node(call, f"{receiver}.{safe_method}`{text}`"),))


_CONDITIONS = frozenset({"where", "andWhere", "orWhere", "having", "andHaving", "orHaving"})


def _sequelize_fix(ctx: FileContext, call: Node, query: Node) -> Fix | None:
    """`sequelize.query(`... '${x}'`, opts)` -> `sequelize.query("... :x", { ...opts,
    replacements: { x } })`: named replacements, escaped by Sequelize whatever the database."""
    options = javascript(ctx).arguments(call).positional[1:2]
    props = javascript(ctx).object_properties(options[0]) if options else {}
    if "replacements" in props or "bind" in props:
        return None
    return _named_fix(ctx, call, query, 1, "replacements")


def _named_fix(ctx: FileContext, call: Node, query: Node, index: int,
               option: str) -> Fix | None:
    """The values as `:name` placeholders and an object of them: Sequelize's `replacements`
    option, TypeORM QueryBuilder's parameters object (`.where("u.id = :id", { id })`)."""
    args = javascript(ctx).arguments(call).positional
    if not args or args[0].id != query.id or len(args) > index + 1:
        return None
    built_at = _built_at(ctx, call, query)
    made = _marked(ctx, built_at) if built_at is not None else None
    if made is None or built_at is None:
        return None
    sql, params = made
    names: list[str] = []
    for number, source in enumerate(params, start=1):
        inner = re.fullmatch(r"`[%_]*\$\{(.+)\}[%_]*`", source)  # a LIKE pattern's value
        value = inner.group(1) if inner is not None else source
        last = re.fullmatch(r"[A-Za-z_$][\w$.]*\.([A-Za-z_]\w*)", value)  # `req.query.sku`
        name = value if re.fullmatch(r"[A-Za-z_]\w*", value) else \
            last.group(1) if last is not None else f"p{number}"
        name = name if inner is None else f"{name}Pattern"
        names.append(name if name not in names else f"p{number}")
    pairs = ", ".join(n if n == p else f"{n}: {p}" for n, p in zip(names, params, strict=True))
    edit: Edit | None
    if option == "parameters":  # the object itself is the argument
        if len(args) > index:
            return None
        edit = ctx.insert_at(args[-1].end_byte, f", {{ {pairs} }}")
    else:
        edit = js_add_option(ctx, args, index, f"{option}: {{ {pairs} }}")
    if edit is None:
        return None
    title = "Pass the values as named parameters" if option == "parameters" else \
        "Pass the values as named replacements"
    return Fix(title=title, safe=False, edits=(
        ctx.edit_node(built_at, json.dumps(_fill(sql, lambda i: ":" + names[i - 1]))), edit))


def _like(prefix: str, source: str, suffix: str) -> str:
    return f"`{prefix}${{{source}}}{suffix}`"


def _bind_fix(ctx: FileContext, call: Node, callee: str, query: Node) -> Fix | None:
    """`db.query("... id = '" + id + "'", cb)` -> `db.query("... id = ?", [id], cb)`, `$1`
    for pg; a query held in a `const` of the same function is rewritten where it is built.
    The driver is the callee's module, the one driver the file imports, or (for a client
    from another module, `db.query`) the placeholder style of the file's other parameterised
    calls of the same function. Values already passed in an array keep their places; a value
    inside a LIKE pattern (`LIKE '%${term}%'`) is bound with its wildcards. Unsafe: the values
    now travel as parameters, which a reviewer confirms the driver takes."""
    module = callee.split(".", 1)[0]
    method = callee.rsplit(".", 1)[-1]
    if method in ("$queryRawUnsafe", "$executeRawUnsafe"):
        return _prisma_fix(ctx, call, query, method)
    if method == "query" and (callee.startswith("sequelize.") or "sequelize" in callee.lower()):
        return _sequelize_fix(ctx, call, query)
    if method in _CONDITIONS and javascript(ctx).imports_any(("typeorm", "@nestjs/typeorm")):
        return _named_fix(ctx, call, query, 1, "parameters")
    if method in _KNEX_RAW:
        module = "knex"
    elif module not in _QUESTION + _DOLLAR:  # a receiver of unknown type: the file's driver
        imported = [m for m in _QUESTION + _DOLLAR if javascript(ctx).imports_any((m,))]
        if method not in _DRIVER_METHODS or javascript(ctx).imports_any(_OTHER_CLIENTS) or \
                _OTHER_RECEIVERS.intersection(callee.split(".")):
            return None
        if len(imported) == 1:
            module = imported[0]
        elif not imported and (style := _sibling_style(ctx, ctx.node_text(
                call.child_by_field_name("function")))) is not None:
            module = style
        else:
            return None
    if method not in _DRIVER_METHODS | _KNEX_RAW:
        return None
    built_at = _built_at(ctx, call, query)
    if built_at is None:
        return None
    args = javascript(ctx).arguments(call).positional
    if not args or args[0].id != query.id:
        return None
    existing: list[str] = []
    passed = args[1] if len(args) > 1 and args[1].type not in FUNCTION_KINDS else None
    if passed is not None:
        if passed.type != "array" or any(c.type in ("spread_element", "comment")
                                         for c in passed.named_children):
            return None
        existing = [ctx.node_text(c) for c in passed.named_children]
    parts = _parts(ctx, built_at)
    made = parameterize(parts, dollar if module in _DOLLAR else question_mark, _like,
                        existing) if parts else None
    if made is None:
        return None
    sql, params = made
    values = f"[{', '.join(params)}]"
    return Fix(title="Pass the values as query parameters", safe=False, edits=(
        ctx.edit_node(built_at, json.dumps(sql)),
        ctx.edit_node(passed, values) if passed is not None
        else ctx.insert_at(query.end_byte, f", {values}")))


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
    fixable=True,
)
