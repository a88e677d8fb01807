"""Strings built from pieces: an f-string, `+` concatenation, `%` formatting or `.format` as
a list of literal texts (source form, as inside a plain literal) and value expressions. The SQL
and command fixes rebuild them as placeholders plus parameters, or as argument lists."""

from __future__ import annotations

from tree_sitter import Node

from vigilint import lazyre
from vigilint.analyzers.context import FileContext

Piece = str | Node

# possessive: `%` then a run of `0`s must not backtrack through every split of it
_SPECIFIER = lazyre.compile(r"%(\([A-Za-z_]\w*+\))?[-#0 +]*+\d*+(\.\d++)?[sdifr%]")
_FORMAT_FIELD = lazyre.compile(r"\{\{|\}\}|\{([^{}]*)\}")


def literal_parts(ctx: FileContext, node: Node) -> tuple[str, str, bool] | None:
    """(prefix, quote, is_f) of a string literal, or None for bytes."""
    start = node.children[0] if node.children else None
    if start is None or start.type != "string_start":
        return None
    opening = ctx.node_text(start)
    prefix = opening.rstrip("\"'")
    if "b" in prefix.lower():
        return None
    return prefix, opening[len(prefix):], "f" in prefix.lower()


def string_pieces(ctx: FileContext, node: Node) -> list[Piece] | None:
    parts = literal_parts(ctx, node)
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
    """`a + b + c` flattened left to right (iteratively: a chain can be thousands long)."""
    out: list[Piece] = []
    stack = [node]
    while stack:
        current = stack.pop()
        if current.type == "binary_operator" and \
                ctx.node_text(current.child_by_field_name("operator")) == "+":
            left, right = current.child_by_field_name("left"), current.child_by_field_name("right")
            if left is None or right is None:
                return None
            stack += [right, left]
            continue
        if current.type == "string":
            got = string_pieces(ctx, current)
        elif current.type == "concatenated_string":
            got = []
            for child in current.named_children:
                part = string_pieces(ctx, child)
                if part is None:
                    return None
                got += part
        else:
            got = [current]
        if got is None:
            return None
        out += got
    return out


def _percent_pieces(ctx: FileContext, node: Node) -> list[Piece] | None:
    left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
    if left is None or right is None or left.type != "string":
        return None
    template = string_pieces(ctx, left)
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
    template = string_pieces(ctx, template_node)
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
        return string_pieces(ctx, node)
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


def enclosing_statement(node: Node) -> Node | None:
    current: Node | None = node
    while current is not None and current.parent is not None and \
            current.parent.type not in ("block", "module"):
        current = current.parent
    return current


_LOOK_BACK = 6  # statements


def _assigned(ctx: FileContext, statement: Node) -> set[str]:
    """Names a simple statement binds (`a = ...`, `a += ...`, `a, b = ...`); for a `with`
    statement, every name its header holds."""
    if statement.type == "with_statement":
        return _header_names(ctx, statement)
    if statement.type != "expression_statement" or not statement.named_children:
        return set()
    inner = statement.named_children[0]
    if inner.type not in ("assignment", "augmented_assignment"):
        return set()
    left = inner.child_by_field_name("left")
    return {ctx.node_text(n) for n in ctx.walk(left) if n.type == "identifier"} if left else set()


def built_before(ctx: FileContext, call: Node, name: str) -> Node | None:
    """The value of `name = <built string>` in one of the few statements before the call's
    (same block), when nothing in between rebinds `name` or a name the value reads (so the
    value's parts can be passed at the call instead)."""
    statement = enclosing_statement(call)
    previous = statement.prev_named_sibling if statement is not None else None
    between: list[Node] = []
    for _ in range(_LOOK_BACK):
        while previous is not None and previous.type == "comment":
            previous = previous.prev_named_sibling
        if previous is None and statement is not None:
            # the call opens a `with` or `try` body: look on before that statement, its
            # header (`with closing(db.cursor()) as cur:`) read as a statement in between
            outer = _opened_by(statement)
            if outer is None:
                return None
            if name in _header_names(ctx, outer):
                return None
            between.append(outer)
            statement, previous = outer, outer.prev_named_sibling
            continue
        if previous is None or previous.type != "expression_statement" or \
                previous.named_child_count != 1:
            return None
        assignment = previous.named_children[0]
        if assignment.type == "assignment" and \
                ctx.node_text(assignment.child_by_field_name("left")) == name:
            value = assignment.child_by_field_name("right")
            if value is None:
                return None
            reads = {ctx.node_text(n) for n in ctx.walk(value) if n.type == "identifier"}
            if any((reads | {name}) & _assigned(ctx, s) for s in between):
                return None
            return value
        if name in _assigned(ctx, previous) or \
                any(n.type == "identifier" and ctx.node_text(n) == name
                    for n in ctx.walk(previous)):
            return None  # used or changed before the call
        between.append(previous)
        previous = previous.prev_named_sibling
    return None


def _opened_by(statement: Node) -> Node | None:
    """The `with`/`try` statement whose body `statement` opens, else None."""
    block = statement.parent
    outer = block.parent if block is not None else None
    if block is None or outer is None or block.type != "block" or \
            outer.type not in ("with_statement", "try_statement") or \
            (block.prev_named_sibling is not None and block.prev_named_sibling.type == "block"):
        return None
    return outer


def _header_names(ctx: FileContext, outer: Node) -> set[str]:
    """Names a `with` header reads or binds (nothing for a `try`)."""
    header = next((c for c in outer.named_children if c.type == "with_clause"), None)
    return {ctx.node_text(n) for n in ctx.walk(header) if n.type == "identifier"} \
        if header is not None else set()


def built_value(ctx: FileContext, call: Node, argument: Node) -> Node | None:
    """The expression a call's argument was built by: the argument itself, or for a name, the
    value assigned to it just before the call (`built_before`); None when unknown."""
    if argument.type != "identifier":
        return argument
    return built_before(ctx, call, ctx.node_text(argument))
