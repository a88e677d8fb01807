"""## What it does
Flags SQL text built from request data (or from values of unknown origin) passed to JDBC
`Statement.execute*`/`addBatch`, `Connection.prepareStatement`/`prepareCall`, Spring
`JdbcTemplate.query*`/`update`/`execute` and JPA/Hibernate `createQuery`/`createNativeQuery`.

## Why is this bad?
Concatenating input into SQL lets an attacker change the query: read other users' rows, bypass
login checks or drop tables (CWE-89). `prepareStatement(sql + id)` is no better than
`Statement.execute`: only bound parameters keep data out of the SQL grammar.

## Example
```java
String sql = "SELECT * FROM users WHERE name = '" + request.getParameter("name") + "'";
statement.executeQuery(sql);
```

## Use instead
```java
PreparedStatement ps = connection.prepareStatement("SELECT * FROM users WHERE name = ?");
ps.setString(1, request.getParameter("name"));
ps.executeQuery();
```

## References
- CWE-89: SQL Injection
- OWASP A03:2021 / A05:2025 Injection
- OWASP SQL Injection Prevention Cheat Sheet
"""

from __future__ import annotations

import json
import re
from dataclasses import replace

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.models import load
from vigilint.analyzers.rules._edits import concat_parts
from vigilint.analyzers.rules._sql_params import Part, format_parts, parameterize, question_mark
from vigilint.analyzers.rules.java._common import (
    arguments,
    enclosing_method,
    injection_hit,
    name_of,
    receiver_text,
)
from vigilint.model import Fix, Rule


def _check(ctx: FileContext, node: Node) -> Hit | None:
    hit = injection_hit(ctx, node, "sql", what="This SQL statement",
                        advice="use a `PreparedStatement` with `?` parameters and bind the "
                               "values")
    if hit is None:
        return None
    return replace(hit, fix=_bind_fix(ctx, node))


_VALUES = frozenset({"identifier", "method_invocation", "field_access", "array_access"})
_STATEMENT_RUNS = frozenset({"executeQuery", "executeUpdate", "execute", "executeLargeUpdate"})
# JdbcTemplate methods whose last parameter is `Object... args`
_TEMPLATE_ARGS = frozenset({"query", "queryForList", "queryForObject", "queryForMap",
                            "queryForRowSet", "queryForStream", "update"})


def _parts(ctx: FileContext, query: Node) -> list[Part] | None:
    if query.type == "method_invocation" and name_of(ctx, query) == "format" and \
            receiver_text(ctx, query) in ("String", "java.lang.String"):
        args = arguments(ctx, query)
        if not args or args[0].type != "string_literal" or "\\" in ctx.node_text(args[0]) \
                or not all(a.type in _VALUES for a in args[1:]):
            return None
        return format_parts(ctx.node_text(args[0])[1:-1], [ctx.node_text(a) for a in args[1:]])
    return concat_parts(ctx, query, lambda n: ctx.node_text(n)[1:-1] if n.type ==
                        "string_literal" and "\\" not in ctx.node_text(n) else None, _VALUES)


def _like(prefix: str, source: str, suffix: str) -> str:
    """The value with LIKE wildcards around it (`"%" + name + "%"`)."""
    return " + ".join([*([json.dumps(prefix)] if prefix else []), source,
                       *([json.dumps(suffix)] if suffix else [])])


def _built_at(ctx: FileContext, query: Node, method: Node) -> Node | None:
    """The expression the SQL is built by: the argument, or the initializer of a local
    `String` assigned once in the method."""
    if query.type != "identifier":
        return query
    name = ctx.node_text(query)
    if len(re.findall(rf"\b{re.escape(name)}\s*[+]?=[^=]", ctx.node_text(method))) != 1:
        return None
    for node in ctx.walk(method):
        if node.type == "variable_declarator" and \
                ctx.node_text(node.child_by_field_name("name")) == name:
            return node.child_by_field_name("value")
    return None


def _statement_of(call: Node) -> Node | None:
    node = call.parent
    while node is not None and node.type not in ("expression_statement", "return_statement",
                                                  "local_variable_declaration"):
        if node.type in ("block", "lambda_expression", "method_declaration"):
            return None
        node = node.parent
    return node


def _bind_fix(ctx: FileContext, call: Node) -> Fix | None:
    """Values built into SQL text become `?` parameters: a JdbcTemplate call gets them as
    its trailing arguments; `statement.executeQuery(sql)` on a `createStatement()` becomes a
    `PreparedStatement` on the same connection with `setObject` per value; a
    `prepareStatement(sql)` declaration gets its `setObject` calls after it. Unsafe: a
    reviewer checks the types the values bind as."""
    method = enclosing_method(ctx, call)
    args = arguments(ctx, call)
    if method is None or not args:
        return None
    name, receiver = name_of(ctx, call), receiver_text(ctx, call)
    built_at = _built_at(ctx, args[0], method)
    parts = _parts(ctx, built_at) if built_at is not None else None
    if name in ("createQuery", "createNativeQuery") and built_at is not None and parts:
        return _jpa_fix(ctx, call, built_at, parts, args)
    made = parameterize(parts, question_mark, _like) if parts else None
    if made is None or built_at is None or "?" in "".join(t for lit, t in parts or () if lit):
        return None
    sql, params = made
    rewrite = ctx.edit_node(built_at, json.dumps(sql))
    title = "Bind the values as `?` parameters"
    if name in _TEMPLATE_ARGS and ("jdbctemplate" in receiver.lower() or re.search(
            rf"\bJdbcTemplate\s+{re.escape(receiver.removeprefix('this.'))}\b", ctx.text)):
        return Fix(title=title, safe=False, edits=(
            rewrite, ctx.insert_at(args[-1].end_byte, ", " + ", ".join(params))))
    statement = _statement_of(call)
    if statement is None:
        return _resource_fix(ctx, call, method, sql, params, built_at, args)
    line = ctx.lines[statement.start_point[0]]
    indent = line[:len(line) - len(line.lstrip())]
    binds = "".join(f"{indent}{{var}}.setObject({i}, {p});\n" for i, p in enumerate(params, 1))
    text = ctx.node_text(method)
    if name == "prepareStatement" and len(args) == 1 and statement.type == \
            "local_variable_declaration":
        declarator = statement.child_by_field_name("declarator")
        var = ctx.node_text(declarator.child_by_field_name("name")) if declarator else ""
        end = ctx.source.find(b"\n", statement.end_byte)
        if not var or end == -1:
            return None
        return Fix(title=title, safe=False, edits=(
            rewrite, ctx.insert_at(end + 1, binds.format(var=var))))
    connection = re.search(rf"\b{re.escape(receiver)}\s*=\s*([\w.]+)\.createStatement\(\s*\)",
                           text) if receiver.isidentifier() else None
    listing = call.child_by_field_name("arguments")
    receiver_node = call.child_by_field_name("object")
    if name not in _STATEMENT_RUNS or connection is None or len(args) != 1 or \
            listing is None or receiver_node is None:
        return None
    # one new variable per rewritten call of the method: prepared, prepared2, ...
    ordinal = len(re.findall(rf"\b{re.escape(receiver)}\.execute\w*\(",
                             ctx.source[method.start_byte:call.start_byte].decode(
                                 "utf-8", "replace"))) + 1
    var = "prepared" if ordinal == 1 else f"prepared{ordinal}"
    if re.search(rf"\b{var}\b", text):
        return None
    inline = built_at.id == args[0].id  # else the local holding the SQL is rewritten
    before = (f"java.sql.PreparedStatement {var} = {connection.group(1)}.prepareStatement("
              f"{json.dumps(sql) if inline else ctx.node_text(args[0])});\n"
              + binds.format(var=var) + indent)
    edits = [ctx.insert_at(statement.start_byte, before), ctx.edit_node(receiver_node, var),
             ctx.edit_node(listing, "()")]
    if not inline:
        edits.append(rewrite)
    return Fix(title=title, safe=False, edits=tuple(edits))


def _jpa_fix(ctx: FileContext, call: Node, built_at: Node, parts: list[Part],
             args: tuple[Node, ...]) -> Fix | None:
    """JPA `em.createQuery("... '" + x + "'")` -> `em.createQuery("... ?1").setParameter(1,
    x)` (JPQL and native queries take numbered parameters)."""
    if len(args) > 2 or "?" in "".join(t for literal, t in parts if literal):
        return None
    made = parameterize(parts, lambda index: f"?{index}", _like)
    if made is None:
        return None
    sql, params = made
    binds = "".join(f".setParameter({i}, {p})" for i, p in enumerate(params, 1))
    return Fix(title="Bind the values as numbered parameters", safe=False, edits=(
        ctx.edit_node(built_at, json.dumps(sql)), ctx.insert_at(call.end_byte, binds)))


_HELPER = "queryWith"


def _resource_fix(ctx: FileContext, call: Node, method: Node, sql: str, params: list[str],
                  built_at: Node, args: tuple[Node, ...]) -> Fix | None:
    """In a try-with-resources, `Statement st = c.createStatement(); ResultSet rs =
    st.executeQuery("..." + x)` -> `PreparedStatement st = c.prepareStatement("... ?");
    ResultSet rs = queryWith(st, x)`, with a small `queryWith` method added to the class that
    binds the values and runs the query (no statement can run between two resources)."""
    resource = call.parent
    receiver = call.child_by_field_name("object")
    if resource is None or resource.type != "resource" or receiver is None or \
            receiver.type != "identifier" or name_of(ctx, call) != "executeQuery" or \
            built_at.id != args[0].id or len(args) != 1:
        return None
    var = ctx.node_text(receiver)
    declaration = next((r for r in resource.parent.named_children if r.type == "resource" and
                        ctx.node_text(r.child_by_field_name("name")) == var), None) \
        if resource.parent is not None else None
    value = declaration.child_by_field_name("value") if declaration is not None else None
    kind = declaration.child_by_field_name("type") if declaration is not None else None
    body = ctx.node_text(method)
    if value is None or kind is None or value.type != "method_invocation" or \
            name_of(ctx, value) != "createStatement" or arguments(ctx, value) or \
            len(re.findall(rf"\b{re.escape(var)}\b", body)) != 2:
        return None
    signature = f"private static java.sql.ResultSet {_HELPER}(java.sql.PreparedStatement"
    present = signature in ctx.text  # added by an earlier fix of the class: used again
    if not present and re.search(rf"\b{_HELPER}\b", ctx.text):
        return None
    holder = method.parent.parent if method.parent is not None else None  # the class
    closing = holder.child_by_field_name("body") if holder is not None else None
    if closing is None or closing.type != "class_body":
        return None
    line = ctx.lines[method.start_point[0]]
    indent = line[:len(line) - len(line.lstrip())]
    step = "\t" if "\t" in indent else "    "
    helper = (f"\n{indent}{signature} "
              f"statement, Object... values)\n{indent}{step}{step}throws java.sql.SQLException {{\n"
              f"{indent}{step}for (int i = 0; i < values.length; i++) {{\n"
              f"{indent}{step}{step}statement.setObject(i + 1, values[i]);\n{indent}{step}}}\n"
              f"{indent}{step}return statement.executeQuery();\n{indent}}}\n")
    connection = value.child_by_field_name("object")
    if connection is None:
        return None
    end = closing.end_byte - 1  # before the class's closing brace
    return Fix(title="Bind the values as `?` parameters", safe=False, edits=(
        ctx.edit_node(kind, "java.sql.PreparedStatement"),
        ctx.edit_node(value, f"{ctx.node_text(connection)}.prepareStatement({json.dumps(sql)})"),
        ctx.edit_node(call, f"{_HELPER}({var}, {', '.join(params)})"),
        *(() if present else (ctx.insert_at(end, helper),))))


RULE = Rule(
    id="VG-JAVA-INJ-001",
    name="sql-injection",
    category="injection",
    languages=("java",),
    cwe=(89,),
    likelihood="likely",
    impact="critical",
    confidence="medium",
    message="SQL text is built from non-constant data; use a `PreparedStatement` with `?` "
            "parameters.",
    prefilter=load("java").prefilter("sql"),
    sink_kinds=("sql",),
    node_kinds=("method_invocation",),
    check=_check,
    fixable=True,
)
