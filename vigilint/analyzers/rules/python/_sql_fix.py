"""The SQL injection fix: a query built with an f-string, `+`, `%` or `.format` becomes one
literal with placeholders in the driver's own style and a parameter tuple:

    cur.execute(f"SELECT * FROM users WHERE name = '{name}'")
    -> cur.execute("SELECT * FROM users WHERE name = ?", (name,))       # sqlite3
    -> cur.execute("SELECT * FROM users WHERE name = %s", (name,))      # psycopg, MySQLdb, ...
    -> await conn.fetch("SELECT * FROM users WHERE name = $1", name)    # asyncpg
    -> conn.execute(text("SELECT * FROM users WHERE name = :name"), {"name": name})  # SQLAlchemy

A query built in a variable just before the call (`sql = "..." % x` then `cur.execute(sql)`) is
rewritten where it is built, the parameters passed at the call. A value inside a LIKE pattern
(`LIKE '%{term}%'`) is bound with its wildcards: `LIKE ?` and `f"%{term}%"`. Unsafe (review
it): no fix where a value is not in a value position (a table or column name, `ORDER BY`, other
text beside it inside a quoted literal), where the driver is unknown (no import, no
parameterised call of the same method in the file), where a piece has a
conversion or format spec, or where the call already passes parameters."""

from __future__ import annotations

import re
from dataclasses import dataclass

from tree_sitter import Node

from vigilint import lazyre
from vigilint.analyzers.context import FileContext
from vigilint.analyzers.imports import aliases
from vigilint.analyzers.rules.python._built_strings import (
    Piece,
    built_value,
    literal_parts,
    query_pieces,
)
from vigilint.model import Edit, Fix

_DRIVERS = (("asyncpg", "dollar"), ("sqlite3", "qmark"), ("aiosqlite", "qmark"),
            ("psycopg2", "format"), ("psycopg", "format"), ("pymysql", "format"),
            ("MySQLdb", "format"), ("mysql", "format"), ("aiomysql", "format"),
            ("pg8000", "format"), ("django", "format"))
_VALUE_BEFORE = lazyre.compile(
    r"(=|<|>|\bI?LIKE|\bLIMIT|\bOFFSET|\bIS|\bBETWEEN|\bAND|\bIN\s*+\(|,|\()\s*+$", re.I)
_VALUE_AFTER = lazyre.compile(r"^\s*+($|[,);]|\bAND\b|\bOR\b|\bLIMIT\b|\bORDER\b|\bGROUP\b|"
                          r"\bOFFSET\b|\bRETURNING\b|\bWHERE\b|\bSET\b|\bFROM\b)", re.I)


def driver_style(ctx: FileContext) -> str | None:
    modules = {module.split(".")[0] for module in aliases(ctx).values()}
    for module, style in _DRIVERS:
        if module in modules:
            return style
    return None


def sibling_style(ctx: FileContext, call: Node) -> str | None:
    """The placeholder style of the file's other calls of the same method (`execute`,
    `fetch`, ...) that pass a constant query and parameters: for a connection made in another
    module (`get_db().execute(...)`); None when there are none or they disagree."""
    function = call.child_by_field_name("function")
    if function is None or function.type != "attribute":
        return None
    method = ctx.node_text(function.child_by_field_name("attribute"))
    styles: set[str] = set()
    root = ctx.tree.root_node if ctx.tree is not None else None
    for node in ctx.walk(root) if root is not None else ():
        callee = node.child_by_field_name("function") if node.type == "call" else None
        if callee is None or callee.type != "attribute" or \
                ctx.node_text(callee.child_by_field_name("attribute")) != method:
            continue
        arguments = node.child_by_field_name("arguments")
        args = [a for a in arguments.named_children if a.type != "comment"] \
            if arguments is not None else []
        if len(args) < 2 or args[0].type != "string" or args[1].type == "keyword_argument" \
                or any(c.type == "interpolation" for c in args[0].children):
            continue
        text = ctx.node_text(args[0])
        if "%s" in text:
            styles.add("format")
        elif "?" in text:
            styles.add("qmark")
        elif re.search(r"\$\d", text):
            styles.add("dollar")
    return styles.pop() if len(styles) == 1 else None


def _placeholder(style: str, index: int) -> str:
    return {"qmark": "?", "format": "%s", "dollar": f"${index}"}[style]


# a value inside a quoted LIKE pattern: `LIKE '%` + x + `%'` (wildcards only around it)
_LIKE_OPEN = lazyre.compile(r"\b(I?LIKE)\s*+(\\?')([%_]*+)$", re.I)
_LIKE_CLOSE = lazyre.compile(r"^([%_]*+)(\\?')")


@dataclass(frozen=True)
class Value:
    """A value bound as a parameter: its node, and the LIKE wildcards that go around it."""

    node: Node
    prefix: str = ""
    suffix: str = ""


def parameterised(ctx: FileContext, pieces: list[Piece], style: str,
                  quote: str) -> tuple[str, list[Value]] | None:
    """The SQL text with placeholders (as the inside of a literal) and the values; a value
    inside a LIKE pattern (`LIKE '%{term}%'`) is bound with its wildcards (`f"%{term}%"`)."""
    texts: list[str] = []
    values: list[Value] = []
    pending_quote = ""
    for index, piece in enumerate(pieces):
        if isinstance(piece, str):
            text = piece
            if pending_quote:
                if not text.startswith(pending_quote):
                    return None
                text = text[len(pending_quote):]
                pending_quote = ""
            texts.append(text)
            continue
        # the value replaces its quotes too: `name = '` + x + `'` (or `\\'` escaped)
        before = "".join(texts)
        after_piece = next((p for p in pieces[index + 1:] if isinstance(p, str)), "")
        prefix = suffix = ""
        like = _LIKE_OPEN.search(before)
        closing = _LIKE_CLOSE.match(after_piece) if like is not None else None
        if like is not None and closing is not None and (like.group(3) or closing.group(1)) \
                and like.group(2) == closing.group(2) and \
                isinstance(pieces[index + 1] if index + 1 < len(pieces) else None, str):
            prefix, suffix = like.group(3), closing.group(1)
            pending_quote = closing.group(0)
            texts = [before[:like.start(2)]]
            before = texts[0]
        else:
            for mark in ("\\'", '\\"', "'", '"'):
                if before.endswith(mark):
                    pending_quote = mark
                    before = before[:-len(mark)]
                    texts = [before]
                    break
        if pending_quote and not after_piece.startswith(pending_quote):
            return None
        following = after_piece[len(pending_quote):]
        if not _VALUE_BEFORE.search(before) or not _VALUE_AFTER.search(following):
            return None
        values.append(Value(piece, prefix, suffix))
        texts.append("\0")  # the placeholder, filled in below (no `%` escaping for it)
    if pending_quote:
        return None
    sql = "".join(texts)
    if quote in sql.replace("\\" + quote, "") and len(quote) == 1:
        return None
    if style == "format":
        sql = sql.replace("%", "%%")
    parts = sql.split("\0")
    out = parts[0]
    for number, part in enumerate(parts[1:], start=1):
        out += (f":{param_names(ctx, values)[number - 1]}" if style == "named"
                else _placeholder(style, number)) + part
    return out, values


def value_source(ctx: FileContext, value: Value) -> str | None:
    """The parameter's source: the value, or an f-string with its LIKE wildcards."""
    text = ctx.node_text(value.node)
    if not value.prefix and not value.suffix:
        return text
    quote = next((q for q in ('"', "'") if q not in text), None)
    if quote is None or "\\" in text or "\n" in text:
        return None
    return f"f{quote}{value.prefix}{{{text}}}{value.suffix}{quote}"


def param_names(ctx: FileContext, values: list[Value]) -> list[str]:
    """Bound parameter names: the variable's own name where the value is one, else `p<n>`."""
    names: list[str] = []
    for number, value in enumerate(values, start=1):
        name = ctx.node_text(value.node) if value.node.type == "identifier" else f"p{number}"
        names.append(name if name not in names else f"p{number}")
    return names


def sql_fix(ctx: FileContext, call: Node, query: Node) -> Fix | None:
    """The fix for a query call whose SQL argument is `query`, or None."""
    arguments = call.child_by_field_name("arguments")
    if arguments is None:
        return None
    function = ctx.node_text(call.child_by_field_name("function"))
    if function.rsplit(".", 1)[-1] == "text":
        # SQLAlchemy text(): `:name` parameters, passed by the execute call
        return None if query.type == "identifier" else _text_fix(ctx, call, query)
    if query.type == "call" and ctx.node_text(query.child_by_field_name("function")) \
            .rsplit(".", 1)[-1] == "text":
        inner = query.child_by_field_name("arguments")
        if inner is None or len(inner.named_children) != 1:
            return None
        return _text_fix(ctx, query, inner.named_children[0])
    style = driver_style(ctx) or sibling_style(ctx, call)
    if style is None:
        return None
    if len(arguments.named_children) != 1 or arguments.named_children[0] != query:
        return None  # parameters passed already, or keyword arguments
    built = built_value(ctx, call, query)
    if built is None:
        return None
    pieces = query_pieces(ctx, built)
    if pieces is None or all(isinstance(p, str) for p in pieces):
        return None
    literal = _new_literal(ctx, built, pieces, style)
    if literal is None:
        return None
    text, values = literal
    sources = [value_source(ctx, v) for v in values]
    if None in sources:
        return None
    params = ", ".join(str(source) for source in sources)
    passed = params if style == "dollar" else f"({params}{',' if len(values) == 1 else ''})"
    edits: tuple[Edit, ...]
    if built is query:
        edits = (ctx.edit_node(query, f"{text}, {passed}"),)
    else:
        edits = (ctx.edit_node(built, text), ctx.edit_node(query, f"{ctx.node_text(query)}, "
                                                                   f"{passed}"))
    return Fix(title="Pass the values as query parameters", edits=edits, safe=False)


def _new_literal(ctx: FileContext, built: Node, pieces: list[Piece],
                 style: str) -> tuple[str, list[Value]] | None:
    first = built
    while first.type not in ("string",) and first.named_children:
        first = first.named_children[0]
    parts = literal_parts(ctx, first) if first.type == "string" else None
    quote = parts[1] if parts is not None else '"'
    result = parameterised(ctx, pieces, style, quote)
    if result is None:
        return None
    sql, values = result
    return f"{quote}{sql}{quote}", values


def _text_fix(ctx: FileContext, call: Node, query: Node) -> Fix | None:
    """`conn.execute(text(f"...{x}"))` -> `conn.execute(text("... :p1"), {"p1": x})`."""
    outer = call.parent.parent if call.parent is not None else None
    if outer is None or outer.type != "call" or call.parent is None or \
            len(call.parent.named_children) != 1:
        return None
    pieces = query_pieces(ctx, query)
    if pieces is None or all(isinstance(p, str) for p in pieces):
        return None
    literal = _new_literal(ctx, query, pieces, "named")
    if literal is None:
        return None
    text, values = literal
    sources = [value_source(ctx, v) for v in values]
    if None in sources:
        return None
    mapping = ", ".join(f'"{name}": {source}'
                        for name, source in zip(param_names(ctx, values), sources, strict=True))
    edits: tuple[Edit, ...] = (ctx.edit_node(query, text),
                               ctx.insert_at(call.end_byte, f", {{{mapping}}}"))
    return Fix(title="Pass the values as bound parameters", edits=edits, safe=False)
