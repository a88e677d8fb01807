"""Go expressions on the core's values: names, literals (folded), `+` concatenation, operators,
selectors (request members, struct fields, typed members), composite literals (structs, maps,
slices), indexing, conversions and function literals (closures run with the environment they
capture)."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from tree_sitter import Node

from vigilint.analyzers.dataflow.go.format import ROOTED, UNSLASHED, URL_KINDS
from vigilint.analyzers.dataflow.guards import prefix_kinds
from vigilint.analyzers.dataflow.interp import Interpreter
from vigilint.analyzers.dataflow.kinds import ALL_KINDS, HTTP
from vigilint.analyzers.dataflow.value import (
    CLEAN,
    LITERAL,
    NOCONST,
    Env,
    Value,
    const,
    element_of,
    merge,
    sanitized,
    with_facts,
)
from vigilint.analyzers.models import Source
from vigilint.analyzers.syntax import dotted, go
from vigilint.analyzers.syntax.go import BUILTIN_TYPES, decode_string

FUNC_PREFIX = "go.func@"  # type of a function literal's value: go.func@<start byte>
NUMERIC_TYPES = frozenset(BUILTIN_TYPES - {"string", "any", "error"}) | frozenset({
    "time.Time", "time.Duration", "github.com/google/uuid.UUID", "net/netip.Addr",
    "context.Context", "error"})
_LITERAL_KINDS = frozenset({"int_literal", "float_literal", "imaginary_literal", "rune_literal",
                            "iota"})
_COMPARE = frozenset({"==", "!=", "<", ">", "<=", ">=", "&&", "||"})
_INT = re.compile(r"^(0[xX][0-9a-fA-F_]+|0[bB][01_]+|0[oO]?[0-7_]*|[1-9][0-9_]*)$")


def field_key(name: str) -> tuple[str, str]:
    """The item key of a struct field (map keys are the plain constants)."""
    return ("field", name)


def fold_int(text: str) -> Any:
    if not _INT.match(text):
        return NOCONST
    try:
        return int(text.replace("_", ""), 0) if not re.match(r"^0[0-7]", text) else int(text, 8)
    except ValueError:
        return NOCONST


class GoExpressions(Interpreter):
    """The expression half of the Go interpreter."""

    captures: dict[int, Env]

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.text = self.ctx.node_text  # type: ignore[method-assign]  # (hot: no extra frame)
        self.sem = go(self.ctx)
        self.imports = self.sem.imports()
        self.call_names: dict[int, str] = {}  # call start byte -> the name `call` resolved

    # defined by the subclasses (calls, guards, statements)
    def call(self, node: Node) -> Value:
        raise NotImplementedError

    def text(self, node: Node | None) -> str:
        return self.ctx.node_text(node)

    # -- names --------------------------------------------------------------------------
    def is_package(self, node: Node | None) -> bool:
        """An imported package name here (a local variable of that name shadows it)."""
        if node is None or node.type != "identifier":
            return False
        text = self.text(node)
        return text in self.imports and text not in self.env

    def qname(self, node: Node | None) -> str:
        """Import-resolved dotted name; a variable shadows a package of its name."""
        text = dotted(self.ctx, node)
        if text is None:
            return ""
        head, dot, rest = text.partition(".")
        path = self.imports.get(head)
        if path is not None and head not in self.env:
            return f"{path}.{rest}" if dot else path
        if not dot and path is None and head not in self.env:
            return self.sem.qualified_name(node) or text  # dot imports
        return text

    # -- evaluation ---------------------------------------------------------------------
    def _expr(self, node: Node) -> Value:
        t = node.type
        if t == "identifier":
            return self.name(node)
        if t in ("interpreted_string_literal", "raw_string_literal"):
            text = decode_string(self.text(node))
            return const(text) if text is not None else LITERAL
        if t == "int_literal":
            folded = fold_int(self.text(node))
            return const(folded) if folded is not NOCONST else LITERAL
        if t in _LITERAL_KINDS:
            return LITERAL
        if t == "true":
            return const(True)
        if t == "false":
            return const(False)
        if t == "nil":
            return const(None)
        if t == "selector_expression":
            return self.selector(node)
        if t == "call_expression":
            return self.call(node)
        if t == "binary_expression":
            return self.binary(node)
        if t == "unary_expression":
            operand = self.expr(node.child_by_field_name("operand"))
            op = self.text(node.child_by_field_name("operator"))
            if op in ("&", "*", "<-"):
                return operand if op != "<-" else element_of(operand)
            if op == "!" and isinstance(operand.const, bool):
                return const(not operand.const)
            if op == "-" and isinstance(operand.const, (int, float)):
                return const(-operand.const)
            return LITERAL
        if t == "parenthesized_expression":
            inner = node.named_children
            return self.expr(inner[0]) if inner else CLEAN
        if t in ("type_conversion_expression", "type_assertion_expression"):
            value = self.expr(node.child_by_field_name("operand"))
            typed = self.sem.type_name(node.child_by_field_name("type"))
            if typed in NUMERIC_TYPES:
                return sanitized(value, ALL_KINDS) if value.all_labels() else LITERAL
            return value
        if t == "index_expression":
            return self.index(node)
        if t == "slice_expression":
            obj = self.expr(node.child_by_field_name("operand"))
            bounds = [self.expr(node.child_by_field_name(f)) for f in ("start", "end")]
            if isinstance(obj.const, str) and all(isinstance(b.const, int) or b is CLEAN
                                                  for b in bounds):
                lo = bounds[0].const if isinstance(bounds[0].const, int) else None
                hi = bounds[1].const if isinstance(bounds[1].const, int) else None
                return const(obj.const[lo:hi])
            return merge([obj]) if obj.all_labels() else replace(obj, items=None, seq=None)
        if t in ("composite_literal", "literal_value"):
            return self.composite(node)
        if t == "func_literal":
            return self.closure(node)
        if t in ("expression_list", "literal_element"):
            return merge([self.expr(c) for c in node.named_children])
        return merge([self.expr(c) for c in node.named_children])

    # -- names --------------------------------------------------------------------------
    def name(self, node: Node) -> Value:
        name = self.text(node)
        found = self.env.get(name)
        if found is not None:
            return found
        full = self.qname(node)
        kind = self.calls.source_kind(full) if full != name else ""
        if kind:
            return self.source_value(kind, node, f"`{name}`")
        if name in self.imports or name in self.state.functions:
            return LITERAL
        return CLEAN

    def request_source(self, value: Value) -> Source | None:
        """The model source of a request object (`*http.Request`, `*gin.Context`, ...)."""
        return self.calls.models.request_types.get(value.type) if value.type else None

    def typed(self, value: Value, typed: str) -> Value:
        return replace(value, type=typed) if typed and value.type != typed else value

    def member_type(self, owner: str, member: str) -> str:
        return self.sem.member_type(owner, member) if owner else ""

    def selector(self, node: Node) -> Value:
        operand = node.child_by_field_name("operand")
        field = self.text(node.child_by_field_name("field"))
        text = self.text(node)
        if self.is_package(operand):
            full = self.qname(node) or text
            kind = self.calls.source_kind(full)
            if kind:
                return self.source_value(kind, node, f"`{text}`")
            return Value(literal=True, type=self.calls.result_type(full))
        if text in self.env:
            return self.env[text]
        obj = self.expr(operand)
        if obj.type:
            kind = self.calls.source_kind(f"{obj.type}.{field}")
            if kind:  # a typed member that is input (`zr.File` of a zip archive)
                return self.source_value(kind, node, f"`{text}`")
        src = self.request_source(obj)
        member_type = self.member_type(obj.type, field)
        if src is not None:
            if self.calls.member_of_request(src, field) == "tainted":
                return self.source_value(HTTP, node, f"`{text}`", member_type)
            # what the server or the middleware put there (method, context values)
            return Value(literal=True, type=member_type)
        item = obj.item(field_key(field))
        if item is not None:
            return self.typed(item, member_type)
        if obj.items is not None and not obj.labels and not obj.rest:
            return Value(type=member_type)  # a struct built here without that field
        value = self.typed(merge([obj]), member_type)
        if member_type in NUMERIC_TYPES and value.all_labels():
            return sanitized(value, ALL_KINDS)  # a number (or time) field carries no text
        return value

    # -- operators ----------------------------------------------------------------------
    def binary(self, node: Node) -> Value:
        op = self.text(node.child_by_field_name("operator"))
        left = self.expr(node.child_by_field_name("left"))
        if op in ("&&", "||") and isinstance(left.const, bool):
            if (op == "&&") != left.const:
                return left  # short-circuit: the right side is not evaluated
            right = self.expr(node.child_by_field_name("right"))
            return right if isinstance(right.const, bool) else LITERAL
        right = self.expr(node.child_by_field_name("right"))
        return self.binop(left, right, op)

    def binop(self, left: Value, right: Value, op: str) -> Value:
        a, b = left.const, right.const
        if a is not NOCONST and b is not NOCONST:
            folded = self.fold(a, b, op)
            if folded is not NOCONST:
                return const(folded)
        if op in _COMPARE:
            return LITERAL
        if op != "+":
            return LITERAL  # arithmetic and bit operations: numbers
        if left.seq is not None and right.seq is not None:
            return Value(seq=left.seq + right.seq)
        result = merge([left, right])
        if right.all_labels() and not left.all_labels() and not left.is_literal and \
                left.const is NOCONST:
            # `base + path` with a base of unknown origin (configuration): the base, not the
            # input, decides the scheme and host
            result = sanitized(result, URL_KINDS)
        elif right.all_labels() and left.all_labels() and \
                left.effective_clean() >= URL_KINDS:
            # `dest += "?" + r.URL.RawQuery` after `dest := base + r.URL.Path`: the beginning
            # that fixed the scheme and host is still the beginning
            result = sanitized(result, URL_KINDS)
        if isinstance(a, str) and result.all_labels():
            if prefix_kinds(a):  # a fixed origin, or a local path (`"/items/" + id`)
                result = sanitized(result, prefix_kinds(a))
            elif a == "/" and UNSLASHED in right.facts:
                result = sanitized(result, frozenset({"redirect"}))  # never `//` nor `/\`
            if a.startswith("/"):
                result = with_facts(result, ROOTED)
        elif isinstance(a, str) and a.startswith("/"):
            result = with_facts(result, ROOTED)
        return result

    @staticmethod
    def fold(a: Any, b: Any, op: str) -> Any:
        try:
            if op == "+" and type(a) is type(b) and isinstance(a, (str, int, float)):
                return a + b
            if op in ("==", "!="):
                return (a == b) == (op == "==")
            if isinstance(a, int) and isinstance(b, int) and not isinstance(a, bool) and \
                    abs(a) < 1 << 62 and abs(b) < 1 << 62:
                if op == "-":
                    return a - b
                if op == "*":
                    return a * b
                if op == "<<" and 0 <= b < 64:
                    return a << b
                if op == "|":
                    return a | b
                if op == "&":
                    return a & b
                if op == "<":
                    return a < b
                if op == ">":
                    return a > b
        except (TypeError, ValueError, OverflowError):
            pass
        return NOCONST

    # -- containers ---------------------------------------------------------------------
    def index(self, node: Node) -> Value:
        obj = self.expr(node.child_by_field_name("operand"))
        key = self.expr(node.child_by_field_name("index"))
        if key.const is not NOCONST:
            item = obj.item(key.const)
            if item is not None:
                return item
            if isinstance(obj.const, str) and isinstance(key.const, int) and \
                    0 <= key.const < len(obj.const):
                return LITERAL
        if obj.items is not None and not obj.labels and not obj.rest:
            # a map built from constants here: any member is one of its (literal) values
            return merge([v for _, v in obj.items]) if obj.items else LITERAL
        if obj.seq is not None and not obj.labels and not obj.rest:
            return merge(list(obj.seq)) if obj.seq else LITERAL
        return element_of(obj) if obj.all_labels() else replace(obj, items=None, seq=None,
                                                                const=NOCONST, type="")

    def composite(self, node: Node) -> Value:
        typed = self.sem.type_name(node.child_by_field_name("type")) \
            if node.type == "composite_literal" else ""
        body = node.child_by_field_name("body") if node.type == "composite_literal" else node
        items: list[tuple[Any, Value]] = []
        elems: list[Value] = []
        rest: list[Value] = []
        for element in body.named_children if body is not None else []:
            if element.type == "keyed_element":
                key_node = element.child_by_field_name("key")
                value = self.element(element.child_by_field_name("value"))
                inner = key_node.named_children[0] if key_node is not None and \
                    key_node.named_children else key_node
                if inner is not None and inner.type == "identifier" and not \
                        typed.startswith(("map[", "[")):
                    items.append((field_key(self.text(inner)), value))
                    continue
                key = self.element(key_node)
                if key.const is not NOCONST:
                    items.append((key.const, value))
                else:
                    rest.extend([key, value])
            elif element.type == "literal_element":
                elems.append(self.element(element))
        if items or rest:
            return Value(items=tuple(items), rest=merge(rest).all_labels(), type=typed)
        if typed and not typed.startswith(("[", "map[")):
            return Value(seq=tuple(elems), type=typed) if elems else Value(items=(), type=typed)
        return Value(seq=tuple(elems), type=typed)

    def element(self, node: Node | None) -> Value:
        if node is None:
            return CLEAN
        inner = node.named_children[0] if node.type == "literal_element" and \
            node.named_children else node
        return self.expr(inner)

    # -- closures -----------------------------------------------------------------------
    def closure(self, node: Node) -> Value:
        """A function literal: analysed now, with the variables it captures."""
        info = self.state.by_node.get(node.start_byte)
        if info is not None and not info.done and not info.running:
            self.captures[node.start_byte] = dict(self.env)
            self.analyze_function(info)
        return Value(literal=True, type=f"{FUNC_PREFIX}{node.start_byte}")
