"""Language-neutral helpers over the tree-sitter trees of Python, JavaScript/TypeScript, Go and
Java, shared by the crypto rules: node kinds by role, names, loops, integer values, word splits.
"""

from __future__ import annotations

import functools
from bisect import bisect_left
from collections.abc import Iterator

from tree_sitter import Node

from vigilint import lazyre
from vigilint.analyzers.context import FileContext
from vigilint.analyzers.languages import compile_query, query_cursor, tree_language
from vigilint.analyzers.syntax import node_index

CRYPTO_LANGUAGES: tuple[str, ...] = ("python", "javascript", "go", "java")

FUNCTION_KINDS = frozenset({
    "function_definition",  # python
    "function_declaration", "generator_function_declaration", "function_expression",
    "arrow_function", "method_definition", "function",  # js/ts (and go function_declaration)
    "method_declaration", "func_literal",  # go
    "constructor_declaration",  # java (method_declaration shared with go)
})
LOOP_KINDS = frozenset({
    "for_statement", "while_statement", "for_in_statement", "do_statement",
    "enhanced_for_statement", "list_comprehension", "generator_expression",
    "set_comprehension", "dictionary_comprehension",
})
BINARY_KINDS = frozenset({"binary_operator", "binary_expression"})
AUGMENTED_KINDS = frozenset({"augmented_assignment", "augmented_assignment_expression",
                             "assignment_statement", "assignment_expression"})
INTEGER_KINDS = frozenset({"integer", "number", "int_literal", "decimal_integer_literal",
                           "hex_integer_literal", "octal_integer_literal",
                           "binary_integer_literal"})
ARRAY_KINDS = frozenset({"list", "tuple", "set", "array", "literal_value", "array_initializer"})
CALL_KINDS = frozenset({"call", "call_expression", "method_invocation", "new_expression",
                        "object_creation_expression"})
STRING_KINDS = frozenset({"string", "template_string", "interpreted_string_literal",
                          "raw_string_literal", "string_literal"})
IDENTIFIER_KINDS = frozenset({"identifier", "property_identifier", "field_identifier",
                              "shorthand_property_identifier"})
COMMENT_KINDS = frozenset({"comment", "line_comment", "block_comment"})
# Wrappers between an array literal and its integer elements.
_ELEMENT_WRAPPERS = frozenset({"literal_element", "parenthesized_expression"})

_WORD = lazyre.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+")


def lower_text(ctx: FileContext) -> str:
    """The file's text lower-cased, once per file (shared by the crypto rules)."""
    lowered = ctx.cache.get("crypto.lower_text")
    if lowered is None:
        lowered = ctx.cache["crypto.lower_text"] = ctx.text.lower()
    return str(lowered)


def file_mentions(ctx: FileContext, key: str, needles: tuple[str, ...], lower: bool = False) -> bool:
    """Whether the file's text (lower-cased with `lower`) contains one of `needles`, computed
    once per file under `key`: a cheap per-file gate before per-node work. Sound for a node's
    text `t`: `t` is a slice of the file's text, and `t.lower()` maps each character the way
    `text.lower()` does (only the Greek final sigma depends on its neighbours, and it maps to
    no ASCII letter), so an ASCII needle in `t.lower()` is in `text.lower()`."""
    found = ctx.cache.get(key)
    if found is None:
        text = lower_text(ctx) if lower else ctx.text
        found = ctx.cache[key] = any(needle in text for needle in needles)
    return bool(found)


@functools.lru_cache(maxsize=8192)
def words(name: str) -> tuple[str, ...]:
    """`hashPassword` / `hash_password` / `HASHPassword` -> ("hash", "password")."""
    return tuple(w.lower() for w in _WORD.findall(name))


def operator(ctx: FileContext, node: Node) -> str:
    """The operator of a binary expression or (augmented) assignment, "" if none."""
    op = node.child_by_field_name("operator")
    if op is not None:
        return ctx.node_text(op)
    for child in node.children:  # python augmented_assignment names it too; be lenient
        if not child.is_named:
            text = ctx.node_text(child)
            if text and all(ch in "+-*/%^|&<>=!~:" for ch in text):
                return text
    return ""


def operands(node: Node) -> tuple[Node | None, Node | None]:
    return node.child_by_field_name("left"), node.child_by_field_name("right")


def unwrap(node: Node | None) -> Node | None:
    """Skip parentheses and casts around an expression."""
    while node is not None and node.type in ("parenthesized_expression", "cast_expression",
                                             "as_expression", "non_null_expression",
                                             "type_conversion_expression"):
        inner = node.child_by_field_name("value") or node.child_by_field_name("operand")
        if inner is None:
            named = [c for c in node.named_children if c.type != "comment"]
            # ts `x as number`: the expression comes first, the type last
            inner = (named[0] if node.type == "as_expression" else named[-1]) if named \
                else None
        node = inner
    return node


def enclosing(node: Node, kinds: frozenset[str]) -> Node | None:
    parent = node.parent
    while parent is not None:
        if parent.type in kinds:
            return parent
        parent = parent.parent
    return None


def enclosing_function(node: Node) -> Node | None:
    return enclosing(node, FUNCTION_KINDS)


def in_loop(node: Node) -> bool:
    """True when the node is inside a loop or comprehension of its own function."""
    parent = node.parent
    while parent is not None:
        if parent.type in LOOP_KINDS:
            return True
        if parent.type in FUNCTION_KINDS and parent.type != "arrow_function":
            return False
        if parent.type == "arrow_function":
            # `data.map((c, i) => c ^ key[i])`: a callback of an iterating method is a loop body.
            call = parent.parent.parent if parent.parent is not None else None
            if call is not None and call.type == "call_expression":
                return True
        if parent.type == "lambda" and parent.parent is not None and \
                parent.parent.type == "argument_list" and parent.parent.parent is not None and \
                _PY_ITERATING.match(_node_text(
                    parent.parent.parent.child_by_field_name("function"))):
            return True  # python `map(lambda b: b ^ next(stream), data)`
        if parent.type == "lambda_expression":
            # java `IntStream.range(0, n).forEach(i -> out[i] = ...)`: a stream's callback
            call = parent.parent.parent if parent.parent is not None else None
            if call is not None and call.type == "method_invocation" and _STREAM_STEPS.match(
                    _node_text(call.child_by_field_name("name"))):
                return True
        parent = parent.parent
    return False


# Java stream and iteration methods whose lambda runs once per element.
_STREAM_STEPS = lazyre.compile(r"(?:forEach\w*|map\w*|flatMap\w*|filter|reduce|allMatch|anyMatch|"
                               r"noneMatch|replaceAll|computeIfAbsent|collect)\Z")


_PY_ITERATING = lazyre.compile(r"(?:map|filter|reduce|functools\.reduce|starmap|"
                               r"itertools\.starmap)\Z")


def _node_text(node: Node | None) -> str:
    return node.text.decode("utf-8", "replace") if node is not None and node.text else ""


def function_name(ctx: FileContext, fn: Node) -> str:
    """The declared name of a function, or the name it is assigned to."""
    name = fn.child_by_field_name("name")
    if name is not None:
        return ctx.node_text(name)
    parent = fn.parent
    # a function called where it is written, its result bound to a name (`const nextNonce =
    # (() => { let s = ...; return () => ... })()`): the name is the function's
    outer = parent
    while outer is not None and outer.type == "parenthesized_expression":
        outer = outer.parent
    if outer is not None and outer is not parent and outer.type == "call_expression" and \
            outer.parent is not None and outer.parent.type == "variable_declarator" and \
            outer.child_by_field_name("function") == parent:
        parent = outer.parent
    if parent is not None:
        if parent.type == "variable_declarator":
            return ctx.node_text(parent.child_by_field_name("name"))
        if parent.type == "pair":
            return ctx.node_text(parent.child_by_field_name("key")).strip("'\"")
        if parent.type in ("assignment_expression", "assignment"):
            left = parent.child_by_field_name("left")
            text = ctx.node_text(left)
            return text.rsplit(".", 1)[-1]
    return ""


def parameter_names(ctx: FileContext, fn: Node) -> list[str]:
    params = fn.child_by_field_name("parameters") or fn.child_by_field_name("parameter")
    if params is None:
        return []
    if params.type == "identifier":
        return [ctx.node_text(params)]
    return [ctx.node_text(n) for n in walk(params) if n.type == "identifier"]


def walk(node: Node) -> Iterator[Node]:
    """Every node under `node` (itself included), in document order, without recursion."""
    cursor = node.walk()
    depth = 0
    while True:
        yield cursor.node  # type: ignore[misc]
        if cursor.goto_first_child():
            depth += 1
            continue
        while True:
            if depth == 0:
                return
            if cursor.goto_next_sibling():
                break
            cursor.goto_parent()
            depth -= 1


def nodes_in(ctx: FileContext, node: Node, kinds: frozenset[str]) -> list[Node]:
    """The nodes of `kinds` in `node`'s subtree (`node` included), in document order: what
    `[n for n in walk(node) if n.type in kinds]` gives, without visiting every node in Python.
    One query per file and kind set finds them all (cached); a subtree is a range of it. For
    kinds of inner nodes only: a node that has children is never empty, where a MISSING token
    is, and no node of these kinds spans exactly its parent of another of them. A kind that
    also names an anonymous token of the language (JS `function`) is walked instead."""
    key = _index_key(kinds)
    index: tuple[list[Node], list[int]] | None = ctx.cache.get(key)
    if index is None:
        index = ctx.cache[key] = _kind_index(ctx, kinds)
    found, starts = index
    start, end = node.start_byte, node.end_byte
    if found is _WALK or start == end:
        return [n for n in walk(node) if n.type in kinds]
    lo = bisect_left(starts, start)
    hi = bisect_left(starts, end, lo)
    return [n for n in found[lo:hi] if n.end_byte <= end]


_WALK: list[Node] = []  # the marker of a kind set that must be walked


@functools.cache
def _index_key(kinds: frozenset[str]) -> str:
    return "crypto.nodes_in:" + " ".join(sorted(kinds))


def _kind_index(ctx: FileContext, kinds: frozenset[str]) -> tuple[list[Node], list[int]]:
    if ctx.tree is None:
        return [], []
    present = _query_kinds(ctx.language, kinds)
    if present is None:
        return _WALK, []
    found = kind_nodes(ctx, kinds)
    return found, [n.start_byte for n in found]


# The kinds the crypto analyses look for: the recognizers' NODE_KINDS and the kind sets they
# ask `nodes_in` for. One query per file finds all of them (each such query walks the whole
# tree in C: about a third of a parse of a small file).
INDEXED_KINDS = FUNCTION_KINDS | LOOP_KINDS | BINARY_KINDS | AUGMENTED_KINDS | INTEGER_KINDS | \
    STRING_KINDS | CALL_KINDS | frozenset({
        "assignment", "augmented_assignment", "assignment_expression",
        "augmented_assignment_expression", "assignment_statement", "short_var_declaration",
        "variable_declarator", "local_variable_declaration", "var_spec", "const_spec",
        "field_definition", "public_field_definition", "lambda"})


node_index.register(INDEXED_KINDS)


def kind_nodes(ctx: FileContext, kinds: frozenset[str]) -> list[Node]:
    """The named nodes of `kinds` in the file, sorted by (start, -end): document order, the
    outer node first (kinds within INDEXED_KINDS: from the file's one query, cached). A query
    reports its captures in no such order, and two of these kinds never span the same range,
    so the order does not depend on which query found them."""
    if ctx.tree is None:
        return []
    found = node_index.nodes_of(ctx, kinds)
    if found is not None:
        return found
    return sorted(query_nodes(ctx, kinds), key=_document_order)


def _document_order(node: Node) -> tuple[int, int]:
    return node.start_byte, -node.end_byte


def query_nodes(ctx: FileContext, kinds: frozenset[str]) -> list[Node]:
    """The named nodes of `kinds` in the file, in the order one query for them reports."""
    assert ctx.tree is not None
    present = _named_kinds(ctx.language, kinds)
    if not present:
        return []
    query = compile_query(ctx.language, "[" + " ".join(f"({k})" for k in present) + "] @n")
    return list(query_cursor(query).captures(ctx.tree.root_node).get("n", []))


@functools.cache
def _named_kinds(language: str, kinds: frozenset[str]) -> tuple[str, ...]:
    lang = tree_language(language)
    return tuple(sorted(k for k in kinds if lang.id_for_node_kind(k, True) is not None))


@functools.cache
def _query_kinds(language: str, kinds: frozenset[str]) -> tuple[str, ...] | None:
    """The named kinds of `kinds` the language has (sorted), None when one of them is also an
    anonymous token there (a query for it would miss the token `walk` yields)."""
    lang = tree_language(language)
    if any(lang.id_for_node_kind(k, False) is not None for k in kinds):
        return None
    return _named_kinds(language, kinds)


def int_value(ctx: FileContext, node: Node) -> int | None:
    """The value of an integer literal in any of the four languages (None for floats)."""
    text = ctx.node_text(node).replace("_", "").rstrip("lLuUnN")
    if not text:
        return None
    try:
        if text[:2] in ("0x", "0X"):
            return int(text[2:], 16)
        if text[:2] in ("0b", "0B"):
            return int(text[2:], 2)
        if text[:2] in ("0o", "0O"):
            return int(text[2:], 8)
        if len(text) > 1 and text[0] == "0" and text.isdigit():
            return int(text, 8)
        return int(text, 10)
    except ValueError:
        return None


def array_elements(node: Node) -> list[Node]:
    """The element expressions of an array/list literal (Go literal_element unwrapped)."""
    out = []
    for child in node.named_children:
        if child.type in COMMENT_KINDS:
            continue
        if child.type == "literal_element":
            inner = child.named_children
            if not inner:
                continue
            child = inner[0]
            if child.type == "literal_value":  # nested rows of a Go table
                out.append(child)
                continue
        out.append(child)
    return out


def array_of(node: Node) -> Node | None:
    """The array literal an integer literal is a direct element of, if any."""
    parent = node.parent
    while parent is not None and parent.type in _ELEMENT_WRAPPERS:
        parent = parent.parent
    if parent is not None and parent.type in ARRAY_KINDS:
        return parent
    return None


def callee(ctx: FileContext, call: Node) -> str:
    """The text of what a call calls (`a.b.c`, or `obj.method` for Java)."""
    if call.type == "method_invocation":
        obj = call.child_by_field_name("object")
        name = ctx.node_text(call.child_by_field_name("name"))
        return f"{ctx.node_text(obj)}.{name}" if obj is not None else name
    if call.type in ("new_expression", "object_creation_expression"):
        ctor = call.child_by_field_name("constructor") or call.child_by_field_name("type")
        return ctx.node_text(ctor)
    return ctx.node_text(call.child_by_field_name("function"))


def last_name(dotted_text: str) -> str:
    return dotted_text.rsplit(".", 1)[-1].strip()


def calls_in(ctx: FileContext, node: Node) -> Iterator[tuple[Node, str]]:
    for n in walk(node):
        if n.type in CALL_KINDS:
            yield n, callee(ctx, n)


# Declarations that bind a name to a value: `SPAN = 95` (Python, module or class body),
# `const SPAN = 95` / `static SPAN = 95` (JS/TS), `static final int SPAN = 95;` (Java),
# `const span = 95` (Go).
_DECLARATION_KINDS = frozenset({"assignment", "variable_declarator", "const_spec", "var_spec",
                                "field_definition", "public_field_definition"})
_SELF_NAMES = frozenset({"self", "cls", "this"})


def _declared(ctx: FileContext, node: Node) -> tuple[str, Node | None] | None:
    name = node.child_by_field_name("name") or node.child_by_field_name("left") or \
        node.child_by_field_name("property")
    value = node.child_by_field_name("value") or node.child_by_field_name("right")
    if name is None:
        return None
    if value is not None and value.type == "expression_list":
        value = value.named_children[0] if len(value.named_children) == 1 else None
    value = unwrap(value)
    return ctx.node_text(name), value


def named_ints(ctx: FileContext) -> dict[str, int]:
    """Names bound once, outside any function, to an integer literal: the module's and the
    classes' constants (`PRINTABLE_SPAN = 95`, `private static final int SPAN = 95;`, Go
    `const span = 95`). A name bound twice, or to anything else, is not a constant (cached)."""
    found: dict[str, int] | None = ctx.cache.get("crypto.named_ints")
    if found is not None:
        return found
    values: dict[str, int | None] = {}
    if ctx.tree is not None:
        for node in nodes_in(ctx, ctx.tree.root_node, _DECLARATION_KINDS):
            if enclosing_function(node) is not None:
                continue
            declared = _declared(ctx, node)
            if declared is None or not declared[0].isidentifier():
                continue
            name, value = declared
            number = int_value(ctx, value) if value is not None and \
                value.type in INTEGER_KINDS else None
            values[name] = number if name not in values else None
    found = ctx.cache["crypto.named_ints"] = {k: v for k, v in values.items() if v is not None}
    return found


def resolved_int(ctx: FileContext, node: Node | None) -> int | None:
    """The value of an integer literal, or of a named constant of the module or a class
    (`PRINTABLE_SPAN`, `self.SPAN`, `this.SPAN`, `Alphabet.SPAN`)."""
    node = unwrap(node)
    if node is None:
        return None
    if node.type in INTEGER_KINDS:
        return int_value(ctx, node)
    if node.type == "identifier":
        return named_ints(ctx).get(ctx.node_text(node))
    if node.type in ("attribute", "member_expression", "field_access"):
        obj = node.child_by_field_name("object")
        attr = node.child_by_field_name("attribute") or node.child_by_field_name("property") \
            or node.child_by_field_name("field")
        owner = ctx.node_text(obj)
        if attr is not None and (owner in _SELF_NAMES or owner[:1].isupper()):
            return named_ints(ctx).get(ctx.node_text(attr))
    return None


def function_nodes(ctx: FileContext) -> list[Node]:
    """Every function node of the file (FUNCTION_KINDS), in document order, from the file's
    query (cached): cheaper than walking every node in Python."""
    found: list[Node] | None = ctx.cache.get("crypto.function_nodes")
    if found is None:
        found = sorted(kind_nodes(ctx, FUNCTION_KINDS), key=lambda n: n.start_byte)
        ctx.cache["crypto.function_nodes"] = found
    return found
