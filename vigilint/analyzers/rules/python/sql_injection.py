"""## What it does
Flags SQL text built from data (f-strings, `+`, `%`, `.format`, `.join`) that reaches
`execute`/`executemany`/`executescript`, Django `raw`/`extra`/`RawSQL`, SQLAlchemy `text()` or
pandas `read_sql`. The finding is "very likely" when request data, route parameters,
`sys.argv` or `input()` flow into the query, and "possible" when the query is spliced together
in place from the function's parameters (values of unknown origin). Of unknown origin, the
shapes whose pattern is not itself the flaw are "unlikely" (P2: a look, not a failed build): a
function that passes its own parameter through unchanged (a raw-SQL wrapper's `execute(self,
sql)`: its callers build the SQL; those that pass input make it "very likely"); a statement that
binds its values separately (`execute(sql, params)`); one whose every run-time part goes through
a quoting helper (`quote_ident(table)`, `sql % {"table": self.quote_name(t)}`); one built only
from the object's or module's own state (`self.sql_create_table % {"table": self.table}`), none
of it from the function's parameters; a schema, session or administration statement built in
place (`"CREATE DATABASE %s" % name`, `f"SET TRANSACTION ISOLATION LEVEL {level}"`: its run-time
parts are names and keywords no driver binds as parameters); and a statement another function
wrote that this one only runs (`sql = constraint.remove_sql(model)`), whose builder is where a
flaw would be.

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

import re
from dataclasses import replace

from tree_sitter import Node

from vigilint import lazyre
from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.dataflow import from_parameters, sink_sites, site_hit
from vigilint.analyzers.dataflow.calls import looks_like_sanitizer, sanitizer_kinds_by_name
from vigilint.analyzers.models import load
from vigilint.analyzers.rules.python._common import built_from_data, dynamic_string
from vigilint.analyzers.rules.python._sql_fix import sql_fix
from vigilint.analyzers.syntax import python
from vigilint.model import Likelihood, Rule

_PARAM_KEYWORDS = frozenset({"params", "parameters", "args", "vars", "multiparams"})
_BINDING_METHODS = frozenset({"execute", "executemany", "exec_driver_sql", "raw", "mogrify"})


def _binds_values(ctx: FileContext, call: Node) -> bool:
    """The call passes the statement's values separately (`cur.execute(sql, params)`)."""
    args = python(ctx).arguments(call)
    if _PARAM_KEYWORDS.intersection(args.keywords):
        return True
    function = call.child_by_field_name("function")
    method = function.child_by_field_name("attribute") if function is not None and \
        function.type == "attribute" else None
    return method is not None and ctx.node_text(method) in _BINDING_METHODS and \
        len(args.positional) >= 2 and args.positional[1].type != "none"


def _parts(ctx: FileContext, node: Node) -> list[Node] | None:
    """The run-time parts of a string built in place (f-string, `+`, `%`), or None."""
    if node.type == "string":
        return [c.named_children[0] for c in node.named_children
                if c.type == "interpolation" and c.named_children]
    if node.type == "binary_operator":
        operator = ctx.node_text(node.child_by_field_name("operator"))
        left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
        if left is None or right is None:
            return None
        if operator == "%":
            if right.type == "dictionary":  # `sql % {"table": quote_name(t)}`: the values
                if any(c.type != "pair" for c in right.named_children if c.type != "comment"):
                    return None
                return [v for c in right.named_children if c.type == "pair"
                        for v in (c.child_by_field_name("value"),) if v is not None]
            return list(right.named_children) if right.type == "tuple" else [right]
        if operator == "+":
            found = []
            for side in (left, right):
                inner = _parts(ctx, side) if side.type in ("string", "binary_operator") \
                    else [side]
                if inner is None:
                    return None
                found += inner
            return found
    return None


def _quoted(ctx: FileContext, query: Node) -> bool:
    """Every run-time part of the statement goes through a quoting helper for SQL (built in
    place, or in the one assignment of the name that is run)."""
    if query.type == "identifier":
        fn = python(ctx).function_at(query)
        if fn is None or fn.body is None:
            return False
        name = ctx.node_text(query)
        values = []
        for node in ctx.walk(fn.body):
            if node.type == "augmented_assignment" and \
                    ctx.node_text(node.child_by_field_name("left")) == name:
                return False
            if node.type == "assignment" and \
                    ctx.node_text(node.child_by_field_name("left")) == name:
                values.append(node.child_by_field_name("right"))
        return len(values) == 1 and values[0] is not None and values[0].type != "identifier" \
            and _quoted(ctx, values[0])
    parts = _parts(ctx, query)
    if not parts:
        return False
    for part in parts:
        function = part.child_by_field_name("function") if part.type == "call" else None
        name = ctx.node_text(function).rsplit(".", 1)[-1] if function is not None else ""
        if not (looks_like_sanitizer(name) and "sql" in sanitizer_kinds_by_name(name)):
            return False
    return True


def _passed_through(ctx: FileContext, query: Node) -> bool:
    """The query is a parameter of the enclosing function, never reassigned there."""
    if query.type != "identifier":
        return False
    fn = python(ctx).function_at(query)
    name = ctx.node_text(query)
    if fn is None or fn.body is None or name not in {p.name for p in fn.params}:
        return False
    assigned = re.compile(rf"(?m)^[ \t]*{re.escape(name)}[ \t]*(?:[-+%]|\|\|)?=(?!=)")
    return assigned.search(ctx.node_text(fn.body)) is None


# Statements whose run-time parts are names or keywords a driver cannot bind as parameters
# (`CREATE DATABASE name`, `SET TRANSACTION ISOLATION LEVEL level`, `SAVEPOINT name`,
# `PRAGMA key = value`): building their text is the only way to write them.
_UNBINDABLE = lazyre.compile(
    r"^\s*(?:CREATE|DROP|ALTER|TRUNCATE|GRANT|REVOKE|COMMENT\s+ON|SET|USE|SAVEPOINT|RELEASE|"
    r"ROLLBACK\s+TO|PRAGMA|ATTACH|DETACH|VACUUM|ANALYZE|REINDEX|CLUSTER|LOCK\s+TABLE|SHOW|"
    r"DESCRIBE|KILL|LISTEN|NOTIFY|DECLARE|CLOSE|FETCH|DEALLOCATE|PREPARE)\b", re.IGNORECASE)
_STRING_PREFIX = lazyre.compile(r"^[rRbBuUfF]{0,2}(?:\"\"\"|'''|\"|')")


def _leading_text(ctx: FileContext, node: Node) -> str | None:
    """The literal text a statement built in place starts with (`"create database %s" % x`,
    `f"SET ... {level}"`, `"DROP " + name`, `"USE {}".format(db)`)."""
    for _ in range(8):
        if node.type == "string":
            return _STRING_PREFIX.sub("", ctx.node_text(node), count=1)
        if node.type == "concatenated_string" and node.named_children:
            node = node.named_children[0]
        elif node.type == "binary_operator" and node.child_by_field_name("left") is not None:
            node = node.child_by_field_name("left")  # type: ignore[assignment]
        elif node.type == "call" and node.child_by_field_name("function") is not None and \
                node.child_by_field_name("function").type == "attribute":  # type: ignore[union-attr]
            node = node.child_by_field_name("function").child_by_field_name("object")  # type: ignore[union-attr,assignment]
        elif node.type == "parenthesized_expression" and node.named_children:
            node = node.named_children[0]
        else:
            return None
        if node is None:
            return None
    return None


def _unbindable(ctx: FileContext, query: Node) -> bool:
    """A schema, session or administration statement built in place: its run-time parts are
    names and keywords no driver binds as parameters."""
    text = _leading_text(ctx, query)
    return text is not None and bool(_UNBINDABLE.match(text))


def _built_here(ctx: FileContext, query: Node) -> bool:
    """The statement's text is spliced together in this function: the argument is a string
    built in place, or a name this function assigns (or extends) with one. A name bound only to
    what another call returned (`sql = constraint.remove_sql(model)`, `for stmt in
    ops.sequence_reset_sql(...)`) is SQL that other code wrote."""
    if dynamic_string(ctx, query):
        return True
    if query.type != "identifier":
        return False
    fn = python(ctx).function_at(query)
    if fn is None or fn.body is None:
        return True  # module level: judged as before
    name = ctx.node_text(query)
    for node in ctx.walk(fn.body):
        if node.type == "augmented_assignment" and \
                ctx.node_text(node.child_by_field_name("left")) == name:
            return True
        if node.type == "assignment" and ctx.node_text(node.child_by_field_name("left")) == name:
            right = node.child_by_field_name("right")
            if right is not None and right.type not in ("call", "identifier", "attribute",
                                                        "subscript", "await", "none"):
                return True
            if right is not None and dynamic_string(ctx, right):
                return True
    return False


def _check(ctx: FileContext, call: Node) -> Hit | None:
    for site in sink_sites(ctx, call, "sql"):
        query = site.arguments[0]
        unknown: Likelihood | None = "possible" if built_from_data(ctx, query) else None
        if unknown is not None and _passed_through(ctx, query):
            # a raw-SQL wrapper (`def run(sql): cur.execute(sql)`): its callers build the
            # SQL, and a helper that runs any text it is handed invites them to splice values
            # in (those that pass input make it "very likely"); worth a look here
            unknown = "unlikely"
        elif unknown is not None and (_quoted(ctx, query)
                                      or not from_parameters(ctx, query)
                                      or _unbindable(ctx, query)
                                      or not _built_here(ctx, query)):
            # identifiers quoted in place, a statement built from the object's own state
            # (table and column names of a schema, SQL templates of a dialect), not from what
            # callers pass, a schema or session statement whose names no driver binds, or SQL
            # another function wrote and this one only runs: what is built here is the
            # statement's structure, or nothing at all. Of unknown origin, that is no flaw to
            # fail a build over (request data reaching it is still "very likely"); kept at
            # "unlikely": dropping these cost a corpus of vulnerable snippets 20 of its 28
            # CWE-89 files found
            unknown = "unlikely"
        elif unknown is not None and _binds_values(ctx, call):
            # values bound, but the caller's values spliced into the text beside them: the
            # statement's structure (a table, an `ORDER BY` column) is the caller's to choose
            # and no driver quotes it; worth a look, not a failed build
            unknown = "unlikely"
        hit = site_hit(ctx, call, site, what="This SQL statement",
                       advice="pass values as query parameters instead of building the SQL "
                              "text", unknown=unknown)
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
