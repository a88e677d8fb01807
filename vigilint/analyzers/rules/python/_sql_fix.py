"""The SQL injection fix: a query built with an f-string, `+`, `%` or `.format` becomes one
literal with placeholders in the driver's own style and a parameter tuple:

    cur.execute(f"SELECT * FROM users WHERE name = '{name}'")
    -> cur.execute("SELECT * FROM users WHERE name = ?", (name,))       # sqlite3
    -> cur.execute("SELECT * FROM users WHERE name = %s", (name,))      # psycopg, MySQLdb, ...
    -> await conn.fetch("SELECT * FROM users WHERE name = $1", name)    # asyncpg
    -> conn.execute(text("SELECT * FROM users WHERE name = :name"), {"name": name})  # SQLAlchemy

A query built in a variable just before the call (`sql = "..." % x` then `cur.execute(sql)`) is
rewritten where it is built, the parameters passed at the call. Unsafe (review it): no fix where
a value is not in a value position (a table or column name, `ORDER BY`, `LIKE '%...%'`), where
the driver is unknown, where a piece has a conversion or format spec, or where the call already
passes parameters."""

from __future__ import annotations

import re

from tree_sitter import Node

from vigilint.analyzers.context import FileContext
from vigilint.analyzers.imports import aliases
from vigilint.model import Edit, Fix

Piece = str | Node

_DRIVERS = (("asyncpg", "dollar"), ("sqlite3", "qmark"), ("aiosqlite", "qmark"),
            ("psycopg2", "format"), ("psycopg", "format"), ("pymysql", "format"),
            ("MySQLdb", "format"), ("mysql", "format"), ("aiomysql", "format"),
            ("pg8000", "format"))
_VALUE_BEFORE = re.compile(
    r"(=|<|>|\bLIKE|\bLIMIT|\bOFFSET|\bIS|\bBETWEEN|\bAND|\bIN\s*\(|,|\()\s*$", re.I)
_VALUE_AFTER = re.compile(r"^\s*($|[,);]|\bAND\b|\bOR\b|\bLIMIT\b|\bORDER\b|\bGROUP\b|"
                          r"\bOFFSET\b|\bRETURNING\b|\bWHERE\b|\bSET\b|\bFROM\b)", re.I)
_SPECIFIER = re.compile(r"%(\([A-Za-z_]\w*\))?[-#0 +]*\d*(\.\d+)?[sdifr%]")
_FORMAT_FIELD = re.compile(r"\{\{|\}\}|\{([^{}]*)\}")


def driver_style(ctx: FileContext) -> str | None:
    modules = {module.split(".")[0] for module in aliases(ctx).values()}
    for module, style in _DRIVERS:
        if module in modules:
            return style
    return None


def _literal_parts(ctx: FileContext, node: Node) -> tuple[str, str, bool] | None:
    """(prefix, quote, is_f) of a string literal, or None for bytes."""
    start = node.children[0] if node.children else None
    if start is None or start.type != "string_start":
        return None
    opening = ctx.node_text(start)
    prefix = opening.rstrip("\"'")
    if "b" in prefix.lower():
        return None
    return prefix, opening[len(prefix):], "f" in prefix.lower()


def _string_pieces(ctx: FileContext, node: Node) -> list[Piece] | None:
    parts = _literal_parts(ctx, node)
    if parts is None:
        return None
    prefix, _, is_f = parts
    if "r" in prefix.lower():
        return None
    pieces: list[Piece] = []
    for child in node.children:
        if child.type == "string_content":
            text = ctx.node_text(child)
            pieces.append(text.replace("{{", "{").replace("}}", "}") if is_f else text)
        elif child.type == "interpolation":
            if any(c.type in ("type_conversion", "format_specifier") for c in child.children):
                return None
            expression = child.child_by_field_name("expression")
            if expression is None:
                return None
            pieces.append(expression)
    return pieces


def _concat_pieces(ctx: FileContext, node: Node) -> list[Piece] | None:
    if node.type == "binary_operator" and ctx.node_text(node.child_by_field_name("operator")) \
            == "+":
        left = _concat_pieces(ctx, node.child_by_field_name("left"))  # type: ignore[arg-type]
        right = _concat_pieces(ctx, node.child_by_field_name("right"))  # type: ignore[arg-type]
        return None if left is None or right is None else left + right
    if node.type == "string":
        return _string_pieces(ctx, node)
    if node.type == "concatenated_string":
        out: list[Piece] = []
        for child in node.named_children:
            got = _string_pieces(ctx, child)
            if got is None:
                return None
            out += got
        return out
    return [node]


def _percent_pieces(ctx: FileContext, node: Node) -> list[Piece] | None:
    left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
    if left is None or right is None or left.type != "string":
        return None
    template = _string_pieces(ctx, left)
    if template is None or any(not isinstance(p, str) for p in template):
        return None
    text = "".join(p for p in template if isinstance(p, str))
    values = list(right.named_children) if right.type == "tuple" else [right]
    if right.type == "parenthesized_expression":
        values = [right.named_children[0]] if right.named_children else []
    pieces: list[Piece] = []
    pos = 0
    for match in _SPECIFIER.finditer(text):
        if match.group(0) == "%%":
            continue
        if match.group(1) or not values:
            return None  # %(name)s: a mapping, not worth the guess
        pieces.append(text[pos:match.start()].replace("%%", "%"))
        pieces.append(values.pop(0))
        pos = match.end()
    if values:
        return None
    pieces.append(text[pos:].replace("%%", "%"))
    return pieces


def _format_pieces(ctx: FileContext, node: Node) -> list[Piece] | None:
    function = node.child_by_field_name("function")
    if function is None or function.type != "attribute" or \
            ctx.node_text(function.child_by_field_name("attribute")) != "format":
        return None
    template_node = function.child_by_field_name("object")
    if template_node is None or template_node.type != "string":
        return None
    template = _string_pieces(ctx, template_node)
    if template is None or any(not isinstance(p, str) for p in template):
        return None
    arguments = node.child_by_field_name("arguments")
    positional: list[Node] = []
    named: dict[str, Node] = {}
    for argument in arguments.named_children if arguments is not None else ():
        if argument.type == "keyword_argument":
            named[ctx.node_text(argument.child_by_field_name("name"))] = \
                argument.child_by_field_name("value")  # type: ignore[assignment]
        elif argument.type in ("list_splat", "dictionary_splat"):
            return None
        else:
            positional.append(argument)
    text = "".join(p for p in template if isinstance(p, str))
    pieces: list[Piece] = []
    pos = 0
    auto = 0
    for match in _FORMAT_FIELD.finditer(text):
        if match.group(1) is None:
            continue
        field = match.group(1)
        if not field:
            if auto >= len(positional):
                return None
            value = positional[auto]
            auto += 1
        elif field.isdigit() and int(field) < len(positional):
            value = positional[int(field)]
        elif field in named:
            value = named[field]
        else:
            return None  # attribute access, conversion or format spec
        pieces.append(text[pos:match.start()].replace("{{", "{").replace("}}", "}"))
        pieces.append(value)
        pos = match.end()
    pieces.append(text[pos:].replace("{{", "{").replace("}}", "}"))
    return pieces


def query_pieces(ctx: FileContext, node: Node) -> list[Piece] | None:
    """The query as literal text and value expressions, or None when it is not built from
    one of the four forms."""
    if node.type == "string":
        return _string_pieces(ctx, node)
    if node.type == "binary_operator":
        operator = ctx.node_text(node.child_by_field_name("operator"))
        if operator == "+":
            return _concat_pieces(ctx, node)
        if operator == "%":
            return _percent_pieces(ctx, node)
        return None
    if node.type == "call":
        return _format_pieces(ctx, node)
    return None


def _placeholder(style: str, index: int) -> str:
    return {"qmark": "?", "format": "%s", "dollar": f"${index}"}[style]


def parameterised(ctx: FileContext, pieces: list[Piece], style: str,
                  quote: str) -> tuple[str, list[Node]] | None:
    """The SQL text with placeholders (as the inside of a literal) and the value nodes."""
    texts: list[str] = []
    values: list[Node] = []
    pending_quote = ""
    for index, piece in enumerate(pieces):
        if isinstance(piece, str):
            text = piece
            if pending_quote:
                if not text.startswith(pending_quote):
                    return None
                text = text[1:]
                pending_quote = ""
            texts.append(text)
            continue
        # the value replaces its quotes too: `name = '` + x + `'`
        before = "".join(texts)
        if before.endswith(("'", '"')):
            pending_quote = before[-1]
            before = before[:-1]
            texts = [before]
        after_piece = next((p for p in pieces[index + 1:] if isinstance(p, str)), "")
        if pending_quote and not after_piece.startswith(pending_quote):
            return None
        following = after_piece[1:] if pending_quote else after_piece
        if not _VALUE_BEFORE.search(before) or not _VALUE_AFTER.search(following):
            return None
        values.append(piece)
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


def param_names(ctx: FileContext, values: list[Node]) -> list[str]:
    """Bound parameter names: the variable's own name where the value is one, else `p<n>`."""
    names: list[str] = []
    for number, value in enumerate(values, start=1):
        name = ctx.node_text(value) if value.type == "identifier" else f"p{number}"
        names.append(name if name not in names else f"p{number}")
    return names


def _enclosing_statement(node: Node) -> Node | None:
    current: Node | None = node
    while current is not None and current.parent is not None and \
            current.parent.type not in ("block", "module"):
        current = current.parent
    return current


def _built_before(ctx: FileContext, call: Node, name: str) -> Node | None:
    """The value of `name = <query>`, the statement right before the call's statement."""
    statement = _enclosing_statement(call)
    previous = statement.prev_named_sibling if statement is not None else None
    while previous is not None and previous.type == "comment":
        previous = previous.prev_named_sibling
    if previous is None or previous.type != "expression_statement" or \
            previous.named_child_count != 1:
        return None
    assignment = previous.named_children[0]
    if assignment.type != "assignment" or \
            ctx.node_text(assignment.child_by_field_name("left")) != name:
        return None
    return assignment.child_by_field_name("right")


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
    style = driver_style(ctx)
    if style is None:
        return None
    if len(arguments.named_children) != 1 or arguments.named_children[0] != query:
        return None  # parameters passed already, or keyword arguments
    built = query
    if query.type == "identifier":
        found = _built_before(ctx, call, ctx.node_text(query))
        if found is None:
            return None
        built = found
    pieces = query_pieces(ctx, built)
    if pieces is None or all(isinstance(p, str) for p in pieces):
        return None
    literal = _new_literal(ctx, built, pieces, style)
    if literal is None:
        return None
    text, values = literal
    params = ", ".join(ctx.node_text(v) for v in values)
    passed = params if style == "dollar" else f"({params}{',' if len(values) == 1 else ''})"
    if built is query:
        edits = (ctx.edit_node(query, f"{text}, {passed}"),)
    else:
        edits = (ctx.edit_node(built, text), ctx.edit_node(query, f"{ctx.node_text(query)}, "
                                                                   f"{passed}"))
    return Fix(title="Pass the values as query parameters", edits=edits, safe=False)


def _new_literal(ctx: FileContext, built: Node, pieces: list[Piece],
                 style: str) -> tuple[str, list[Node]] | None:
    first = built
    while first.type not in ("string",) and first.named_children:
        first = first.named_children[0]
    parts = _literal_parts(ctx, first) if first.type == "string" else None
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
    mapping = ", ".join(f'"{name}": {ctx.node_text(v)}'
                        for name, v in zip(param_names(ctx, values), values, strict=True))
    edits: tuple[Edit, ...] = (ctx.edit_node(query, text),
                               ctx.insert_at(call.end_byte, f", {{{mapping}}}"))
    return Fix(title="Pass the values as bound parameters", edits=edits, safe=False)
