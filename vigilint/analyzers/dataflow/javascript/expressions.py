"""JavaScript/TypeScript expressions on the core's values: names, literals (folded), template
literals, operators, objects and arrays, member reads (request members, DOM sources),
destructuring, JSX, and nested functions (run with the environment they close over)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from tree_sitter import Node

from vigilint.analyzers.context import FileContext
from vigilint.analyzers.dataflow.flow import FileFlow, FunctionState
from vigilint.analyzers.dataflow.guards import prefix_kinds
from vigilint.analyzers.dataflow.interp import Interpreter
from vigilint.analyzers.dataflow.javascript.handlers import Handlers, request_source
from vigilint.analyzers.dataflow.kinds import HTTP
from vigilint.analyzers.dataflow.value import (
    CLEAN,
    LITERAL,
    NOCONST,
    UPLOAD,
    Env,
    Value,
    const,
    element_of,
    join,
    merge,
    sanitized,
    store,
)
from vigilint.analyzers.syntax import FunctionDef
from vigilint.analyzers.syntax.javascript import FUNCTION_KINDS, JavaScriptSemantics

_STRING = frozenset({"nosql"})  # a string is never an operator object
_WRAPPERS = frozenset({"parenthesized_expression", "await_expression", "as_expression",
                       "satisfies_expression", "non_null_expression", "type_assertion",
                       "template_substitution", "spread_element", "jsx_expression",
                       "instantiation_expression"})
_NUMERIC_OPS = frozenset({"-", "*", "/", "%", "**", "&", "|", "^", "<<", ">>", ">>>"})
_COMPARISONS = frozenset({"==", "===", "!=", "!==", "<", ">", "<=", ">=", "in", "instanceof"})
_NUMERIC_MEMBERS = frozenset({"length", "size", "byteLength", "status", "statusCode"})
_ESCAPE = re.compile(r"\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)", re.S)
_SIMPLE_ESCAPES = {"n": "\n", "r": "\r", "t": "\t", "b": "\b", "f": "\f", "v": "\v", "0": "\0"}


def _unescape(text: str) -> str:
    def one(m: re.Match[str]) -> str:
        seq = m.group(1)
        if seq.startswith("u{"):
            return chr(int(seq[2:-1], 16)) if int(seq[2:-1], 16) < 0x110000 else ""
        if seq[0] in "ux" and len(seq) > 1:
            return chr(int(seq[1:], 16))
        return _SIMPLE_ESCAPES.get(seq, seq)
    return _ESCAPE.sub(one, text) if "\\" in text else text


@dataclass
class Shared:
    """What the interpreters of one file share: the semantic layer, the route facts, the
    functions, the environments they close over and the values their parameters start with."""

    sem: JavaScriptSemantics
    handlers: Handlers
    defs: dict[int, FunctionDef] = field(default_factory=dict)
    infos: dict[int, FunctionState] = field(default_factory=dict)
    by_name: dict[str, list[FunctionState]] = field(default_factory=dict)
    methods: dict[tuple[str, str], FunctionState] = field(default_factory=dict)
    closures: dict[int, Env] = field(default_factory=dict)  # env where a function was made
    seeds: dict[int, list[Value | None]] = field(default_factory=dict)  # from call context
    active: dict[int, Interpreter] = field(default_factory=dict)  # running functions
    final: dict[int, Env] = field(default_factory=dict)  # env when a function finished
    module: Interpreter | None = None  # the module body's interpreter


class JSExpressions(Interpreter):
    """The expression half of the JavaScript interpreter."""

    shared: Shared
    run_function: Callable[..., None]

    def __init__(self, ctx: FileContext, state: FileFlow, info: FunctionState | None,
                 analyze_function: Callable[[FunctionState], None]) -> None:
        super().__init__(ctx, state, info, analyze_function)
        self.text = ctx.node_text  # type: ignore[method-assign]
        self.aliases: dict[str, str] = {}
        self.parsed_from: dict[str, str] = {}  # URL variable -> the value it was parsed from

    # defined by the subclasses (calls, guards, statements)
    def call(self, node: Node) -> Value:
        raise NotImplementedError

    def refine(self, cond: Node, truth: bool) -> None:
        raise NotImplementedError

    def text(self, node: Node | None) -> str:
        return self.ctx.node_text(node)

    # -- names --------------------------------------------------------------------------
    def qname(self, node: Node | None) -> str:
        """Import-resolved dotted name; a local variable shadows an import of its name."""
        text = self.shared.sem.dotted(node)
        if text is None:
            return ""
        head, _, rest = text.partition(".")
        if head in self.env and head not in self.aliases:
            return text
        if text in self.aliases:
            return self.aliases[text]
        if head in self.aliases:
            return f"{self.aliases[head]}.{rest}" if rest else self.aliases[head]
        return text

    # -- evaluation ---------------------------------------------------------------------
    def _expr(self, node: Node) -> Value:
        t = node.type
        if t == "identifier" or t == "shorthand_property_identifier":
            return self.name(node)
        if t == "member_expression":
            return self.member(node)
        if t == "call_expression" or t == "new_expression":
            return self.call(node)
        if t in _WRAPPERS:
            inner = [c for c in node.named_children if not c.type.endswith(("type",
                     "type_annotation", "type_arguments")) and c.type != "type_identifier"]
            return self.expr(inner[0]) if inner else CLEAN
        if t == "string":
            return self.string(node)
        if t == "template_string":
            return self.template(node)
        if t == "number":
            return self.number(node)
        if t in ("true", "false"):
            return const(t == "true")
        if t in ("null", "undefined"):
            return const(None)
        if t == "binary_expression":
            return self.binary(node)
        if t == "subscript_expression":
            return self.subscript(node)
        if t == "ternary_expression":
            cond = self.expr(node.child_by_field_name("condition"))
            yes, no = node.child_by_field_name("consequence"), node.child_by_field_name(
                "alternative")
            if cond.const is not NOCONST:
                return self.expr(yes if cond.const else no)
            return self.conditional(node.child_by_field_name("condition"), yes, no)
        if t == "object":
            return self.object(node)
        if t == "array":
            return self.array(node)
        if t == "assignment_expression":
            value = self.expr(node.child_by_field_name("right"))
            self.assign(node.child_by_field_name("left"), value)
            return value
        if t == "augmented_assignment_expression":
            return self.augmented(node)
        if t in ("unary_expression", "update_expression"):
            return self.unary(node)
        if t in FUNCTION_KINDS:
            self.defer(node)
            return CLEAN
        if t == "sequence_expression":
            value = CLEAN
            for child in node.named_children:
                value = self.expr(child)
            return value
        if t in ("regex", "this", "super", "meta_property", "import", "class"):
            return LITERAL if t == "regex" else self.env.get("this", CLEAN) if t == "this" \
                else CLEAN
        if t in ("jsx_element", "jsx_self_closing_element", "jsx_fragment",
                 "jsx_opening_element", "jsx_attribute", "jsx_closing_element"):
            for child in node.named_children:
                if child.type not in ("jsx_text", "identifier", "member_expression",
                                      "property_identifier", "jsx_namespace_name"):
                    self.expr(child)
            return CLEAN
        if t == "yield_expression":
            for child in node.named_children:
                self.expr(child)
            return CLEAN
        return merge([self.expr(c) for c in node.named_children if c.type != "comment"])

    def name(self, node: Node) -> Value:
        name = self.text(node)
        found = self.env.get(name)
        if found is not None:
            return found
        if name in ("undefined", "NaN", "Infinity"):
            return const(None) if name == "undefined" else LITERAL
        qualified = self.aliases.get(name, name)
        kind = self.calls.source_kind(qualified)
        if kind:
            return self.source_value(kind, node, f"`{name}`")
        if name in self.aliases:
            return CLEAN  # a module
        src = self.calls.request_object(name)
        if src is not None:
            return self.source_value(HTTP, node, f"`{name}`", name)
        return CLEAN

    def number(self, node: Node) -> Value:
        text = self.text(node).replace("_", "")
        try:
            if text.lower().startswith(("0x", "0o", "0b")):
                return const(int(text, 0))
            number = float(text.rstrip("n"))
            return const(int(number) if number.is_integer() and "." not in text and
                         "e" not in text.lower() else number)
        except ValueError:
            return LITERAL

    # -- strings ------------------------------------------------------------------------
    def string(self, node: Node) -> Value:
        raw = self.text(node)[1:-1]
        return const(_unescape(raw))

    def template(self, node: Node) -> Value:
        parts: list[Value] = []
        pieces: list[Any] = []
        for child in node.named_children:
            if child.type == "template_substitution":
                value = self.expr(child)
                parts.append(value)
                pieces.append(value)
            elif child.type in ("string_fragment", "escape_sequence"):
                pieces.append(_unescape(self.text(child)))
        return self.concat(pieces)

    def concat(self, pieces: list[Any]) -> Value:
        """A string built from literal text and values: folded when every part is constant,
        else the parts' labels, clean for NoSQL (a string) and, when a constant prefix fixes
        the URL's scheme and host (or a local path), for redirects and outgoing requests."""
        if all(isinstance(p, str) or (isinstance(p, Value) and isinstance(
                p.const, (str, int, float)) and not isinstance(p.const, bool)) for p in pieces):
            return const("".join(p if isinstance(p, str) else _js_str(p.const) for p in pieces))
        values = [p for p in pieces if isinstance(p, Value)]
        result = merge(values)
        if not result.all_labels():
            return result
        prefix = ""
        for p in pieces:
            if isinstance(p, str):
                prefix += p
            elif isinstance(p.const, str):
                prefix += p.const
            else:
                break
        kinds = _STRING | prefix_kinds(prefix)
        return replace(result, clean=result.clean | kinds)

    # -- operators ----------------------------------------------------------------------
    def binary(self, node: Node) -> Value:
        op = self.text(node.child_by_field_name("operator"))
        left_node, right_node = node.child_by_field_name("left"), node.child_by_field_name(
            "right")
        if op in ("&&", "||", "??"):
            left = self.expr(left_node)
            if left.const is not NOCONST:
                truthy = bool(left.const) if op != "??" else left.const is not None
                if (op == "&&" and not truthy) or (op in ("||", "??") and truthy):
                    return left
                return self.expr(right_node)
            if op == "&&":
                saved = dict(self.env)
                self.refine(left_node, True) if left_node is not None else None
                right = self.expr(right_node)
                self.env = saved
                return join(LITERAL, right)
            return join(left, self.expr(right_node))
        left, right = self.expr(left_node), self.expr(right_node)
        if op == "+":
            if left.has_const and right.has_const and isinstance(left.const, (int, float)) \
                    and isinstance(right.const, (int, float)):
                return const(left.const + right.const)
            pieces: list[Any] = []
            for side, node_ in ((left, left_node), (right, right_node)):
                if node_ is not None and node_.type == "binary_expression" and \
                        side.all_labels() and not side.has_const:
                    pieces.append(side)
                else:
                    pieces.append(side)
            if any(isinstance(p.const, str) for p in (left, right)) or \
                    any(n is not None and n.type in ("string", "template_string")
                        for n in (left_node, right_node)):
                return self.concat(pieces)
            return merge([left, right])
        if op in _COMPARISONS:
            return self.compare(op, left, right)
        if op in _NUMERIC_OPS:
            if left.has_const and right.has_const and all(
                    isinstance(v.const, (int, float)) and not isinstance(v.const, bool)
                    for v in (left, right)):
                try:
                    a, b = left.const, right.const
                    folded = {"-": lambda: a - b, "*": lambda: a * b,
                              "/": lambda: a / b if b else NOCONST,
                              "%": lambda: a % b if b else NOCONST}.get(op)
                    result = folded() if folded is not None else NOCONST
                    if result is not NOCONST and abs(result) < 1e15:
                        return const(result)
                except (TypeError, ValueError, OverflowError, ZeroDivisionError):
                    pass
            return LITERAL  # a number: no text of the operands survives
        return merge([left, right])

    @staticmethod
    def compare(op: str, left: Value, right: Value) -> Value:
        if left.has_const and right.has_const and op in ("===", "==", "!==", "!="):
            equal = left.const == right.const and (type(left.const) is type(right.const)
                                                    or op in ("==", "!="))
            return const(equal if op in ("===", "==") else not equal)
        return LITERAL

    def unary(self, node: Node) -> Value:
        op = self.text(node.child_by_field_name("operator")) if \
            node.child_by_field_name("operator") is not None else ""
        arg = self.expr(node.child_by_field_name("argument"))
        if node.type == "update_expression":
            name = node.child_by_field_name("argument")
            if name is not None and name.type == "identifier":
                self.env[self.text(name)] = LITERAL
            return LITERAL
        if op == "!":
            return const(not arg.const) if arg.has_const else LITERAL
        if op == "-" and isinstance(arg.const, (int, float)) and not isinstance(arg.const, bool):
            return const(-arg.const)
        if op == "typeof":
            return LITERAL
        if op == "void":
            return const(None)
        if op == "delete":
            return LITERAL
        return LITERAL  # +x, -x, ~x: numbers

    def augmented(self, node: Node) -> Value:
        target = node.child_by_field_name("left")
        op = self.text(node.child_by_field_name("operator"))[:-1]
        old = self.expr(target)
        right_node = node.child_by_field_name("right")
        if op in ("||", "&&", "??"):
            value = join(old, self.expr(right_node))
        else:
            addend = self.expr(right_node)
            if op == "+":
                if isinstance(old.const, str) or isinstance(addend.const, str) or (
                        right_node is not None and right_node.type in ("string",
                                                                       "template_string")):
                    value = self.concat([old, addend])
                elif old.has_const and addend.has_const:
                    value = merge([old, addend])
                else:
                    value = merge([old, addend])
            else:
                value = LITERAL
        self.assign(target, value)
        return value

    # -- containers ---------------------------------------------------------------------
    def object(self, node: Node) -> Value:
        items: list[tuple[Any, Value]] = []
        rest: list[Value] = []
        for child in node.named_children:
            t = child.type
            if t == "pair":
                key_node = child.child_by_field_name("key")
                value = self.expr(child.child_by_field_name("value"))
                key = self.key_of(key_node)
                if key is NOCONST:
                    rest.append(value)
                else:
                    items = [(k, v) for k, v in items if k != key]
                    items.append((key, value))
            elif t == "shorthand_property_identifier":
                items.append((self.text(child), self.expr(child)))
            elif t == "spread_element":
                spread = self.expr(child)
                if spread.items is not None and not spread.labels:
                    keys = {k for k, _ in spread.items}
                    items = [(k, v) for k, v in items if k not in keys] + list(spread.items)
                    rest.append(Value(labels=spread.rest))
                else:
                    rest.append(spread)
            elif t == "method_definition":
                self.defer(child)
        return Value(items=tuple(items), rest=merge(rest).all_labels())

    def key_of(self, key_node: Node | None) -> Any:
        if key_node is None:
            return NOCONST
        if key_node.type in ("property_identifier", "private_property_identifier"):
            return self.text(key_node)
        if key_node.type == "computed_property_name":
            inner = key_node.named_children[0] if key_node.named_children else None
            return self.expr(inner).const if inner is not None else NOCONST
        value = self.expr(key_node)
        return value.const if isinstance(value.const, (str, int, float)) else NOCONST

    def array(self, node: Node) -> Value:
        elems: list[Value] = []
        spread = False
        for child in node.named_children:
            if child.type == "comment":
                continue
            value = self.expr(child)
            if child.type == "spread_element":
                spread = True
                elems.append(element_of(value) if value.seq is None else merge(value.seq))
            else:
                elems.append(value)
        if spread:
            return merge(elems) if any(e.all_labels() for e in elems) else \
                (LITERAL if all(e.is_literal for e in elems) else CLEAN)
        if len(elems) < 64 and all(isinstance(e.const, (str, int, float, bool)) or
                                   (e.has_const and e.const is None) for e in elems):
            return Value(seq=tuple(elems), const=tuple(e.const for e in elems))
        return Value(seq=tuple(elems))

    # -- members ------------------------------------------------------------------------
    def member(self, node: Node) -> Value:
        obj_node = node.child_by_field_name("object")
        prop = self.text(node.child_by_field_name("property"))
        text = self.shared.sem.dotted(node)
        if text is not None:
            found = self.env.get(text)
            if found is not None:
                return found
            full = self.qname(node)
            kind = self.calls.source_kind(full)
            if kind:
                return self.source_value(kind, node, f"`{text}`")
            if "." in full and full.split(".", 1)[0] not in self.env:
                src = self.calls.request_object(full)
                if src is not None:
                    return self.source_value(HTTP, node, f"`{text}`", full)
        obj = self.expr(obj_node)
        return self.member_value(obj, prop, node, text or self.text(node))

    def member_value(self, obj: Value, key: Any, node: Node, text: str) -> Value:
        """`obj.key` (or a destructured `key` of obj): request members by the models, object
        members by their key, else whatever the object carries."""
        if obj.type == UPLOAD and isinstance(key, str):
            member = self.calls.member_of_request(request_source(self.calls, UPLOAD), key)
            if member == "safe":
                return CLEAN
            return merge([obj]) if member == "tainted" else replace(merge([obj]), type=UPLOAD)
        if obj.type:
            src = request_source(self.calls, obj.type)
            if src is not None and isinstance(key, str):
                member = self.calls.member_of_request(src, key)
                if member == "safe":
                    return CLEAN
                if self.calls.uploads_member(src, key):
                    return self.source_value(HTTP, node, f"`{text}`", UPLOAD)
                return self.source_value(HTTP, node, f"`{text}`")
        item = obj.item(key)
        if item is not None:
            return item
        if key in _NUMERIC_MEMBERS:
            return LITERAL
        if obj.items is not None and not obj.rest and not obj.labels:
            return CLEAN
        if isinstance(obj.const, str) or (obj.seq is not None and not obj.all_labels()):
            return LITERAL if obj.is_literal else CLEAN
        return merge([obj])

    def element(self, value: Value) -> Value:
        """An element of an iterable (an upload stays an upload)."""
        return replace(merge([value]), type=UPLOAD) if value.type == UPLOAD else \
            element_of(value)

    def subscript(self, node: Node) -> Value:
        found = self.env.get(self.text(node))
        if found is not None:
            return found
        obj_node = node.child_by_field_name("object")
        index_node = node.child_by_field_name("index")
        text = self.shared.sem.dotted(obj_node)
        obj = self.expr(obj_node)
        key = self.expr(index_node).const
        if key is not NOCONST:
            if obj.type and isinstance(key, str):
                return self.member_value(obj, key, node, f"{text or self.text(obj_node)}"
                                                          f"[{key!r}]")
            item = obj.item(key)
            if item is not None:
                return item
            if isinstance(obj.const, (str, list, tuple)) and isinstance(key, int):
                try:
                    return const(obj.const[key])
                except IndexError:
                    return const(None)
            if obj.items is not None and not obj.rest and not obj.labels:
                return CLEAN
        if obj.type == UPLOAD:
            return replace(merge([obj]), type=UPLOAD)  # `req.files[0]`: one upload
        if obj.type:
            return self.source_value(HTTP, node, f"`{self.text(node)}`")
        return element_of(obj) if obj.seq is not None else merge([obj])

    # -- binding ------------------------------------------------------------------------
    def bind(self, pattern: Node | None, value: Value, source_text: str = "") -> None:
        """Destructuring: bind the names of `pattern` to the parts of `value`."""
        if pattern is None:
            return
        t = pattern.type
        if t in ("identifier", "shorthand_property_identifier_pattern"):
            self.env[self.text(pattern)] = value
            self.record(pattern, value)
        elif t == "object_pattern":
            for prop in pattern.named_children:
                pt = prop.type
                if pt == "shorthand_property_identifier_pattern":
                    key = self.text(prop)
                    self.bind(prop, self.member_value(value, key, prop, f"{source_text}.{key}"
                                                      if source_text else key))
                elif pt == "pair_pattern":
                    key = self.key_of(prop.child_by_field_name("key"))
                    part = self.member_value(value, key, prop, f"{source_text}.{key}"
                                             if source_text else str(key)) \
                        if key is not NOCONST else merge([value])
                    self.bind(prop.child_by_field_name("value"), part)
                elif pt == "object_assignment_pattern":
                    left = prop.child_by_field_name("left")
                    key = self.text(left) if left is not None else ""
                    part = self.member_value(value, key, prop, key)
                    self.bind(left, join(part, self.expr(prop.child_by_field_name("right"))))
                elif pt == "rest_pattern":
                    inner = prop.named_children[0] if prop.named_children else None
                    self.bind(inner, merge([value]) if value.all_labels() else value)
        elif t == "array_pattern":
            for i, elem in enumerate(c for c in pattern.named_children if c.type != "comment"):
                if elem.type == "rest_pattern":
                    self.bind(elem.named_children[0] if elem.named_children else None,
                              merge([value]) if value.all_labels() else CLEAN)
                    continue
                found = value.item(i) if value.seq is not None else None
                self.bind(elem, found if found is not None else element_of(value))
        elif t in ("assignment_pattern", "object_assignment_pattern"):
            left = pattern.child_by_field_name("left")
            self.bind(left, join(value, self.expr(pattern.child_by_field_name("right"))))
        elif t == "rest_pattern":
            self.bind(pattern.named_children[0] if pattern.named_children else None, value)
        elif t in ("member_expression", "subscript_expression"):
            self.assign(pattern, value)

    def assign(self, target: Node | None, value: Value) -> None:
        if target is None:
            return
        t = target.type
        if t == "identifier":
            self.env[self.text(target)] = value
            self.record(target, value)
        elif t == "member_expression":
            obj = target.child_by_field_name("object")
            prop = self.text(target.child_by_field_name("property"))
            dotted = self.shared.sem.dotted(target)
            if obj is not None and obj.type == "identifier" and self.text(obj) in self.env:
                name = self.text(obj)
                self.env[name] = store(self.env[name], prop, value)
            if dotted is not None:
                self.env[dotted] = value
            if obj is not None:
                self.expr(obj)
        elif t == "subscript_expression":
            obj = target.child_by_field_name("object")
            key = self.expr(target.child_by_field_name("index")).const
            if obj is not None and obj.type == "identifier":
                name = self.text(obj)
                self.env[name] = store(self.env.get(name, CLEAN), key, value)
        elif t in ("object_pattern", "array_pattern"):
            self.bind(target, value)
        elif t == "parenthesized_expression" and target.named_children:
            self.assign(target.named_children[0], value)

    # -- nested functions ---------------------------------------------------------------
    def defer(self, node: Node) -> None:
        """A function made here: it runs later (when called, or at the end of the file's
        pass) with the environment it closes over."""
        start = node.start_byte
        if start in self.shared.defs and start not in self.shared.closures:
            self.shared.closures[start] = self.env

    def run_nested(self, node: Node, seeds: list[Value | None] | None = None) -> Value:
        """Run a function made here now (a callback), its parameters seeded from the call;
        its return value."""
        start = node.start_byte
        info = self.shared.infos.get(start)
        if info is None:
            return CLEAN
        if not info.done and not info.running:
            self.shared.closures[start] = dict(self.env)
            if seeds is not None:
                self.shared.seeds[start] = seeds
            self.run_function(info)
        return info.returns


def _js_str(value: Any) -> str:
    """JavaScript's String() of a folded constant."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if value is None:
        return "null"
    return str(value)


def sanitized_string(value: Value, kinds: frozenset[str]) -> Value:
    return sanitized(value, kinds | _STRING)
