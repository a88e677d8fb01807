"""Python expressions on the core's values: names, literals (folded), strings and f-strings,
containers, operators, attributes (request members), comprehensions."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from tree_sitter import Node

from vigilint import lazyre
from vigilint.analyzers.dataflow.guards import REDIRECT, prefix_kinds
from vigilint.analyzers.dataflow.interp import Interpreter
from vigilint.analyzers.dataflow.kinds import HTTP
from vigilint.analyzers.dataflow.value import (
    CLEAN,
    LITERAL,
    NOCONST,
    REQUEST,
    UPLOAD,
    UPLOADS,
    Value,
    const,
    derived,
    element_of,
    join,
    merge,
    sanitized,
)
from vigilint.analyzers.syntax import dotted, python

_NOT_REQUEST: tuple[bool, Any] = (False, None)
# one conversion of a `%` template (`%s`, `%(name)s`, `%-5d`); `%%` is a literal percent sign
_FORMAT_SPEC = lazyre.compile(r"%(?:\(([^)]*)\))?[#0 +-]*(?:\*|[1-9]\d*)?(?:\.(?:\*|\d+))?[diouxXeEfFgGcrsa]")
_QUERY = lazyre.compile(r"[?#]")


def url_kinds(before: str, fixed: bool) -> frozenset[str]:
    """Redirect safety of a part of a string by its place in a URL: after a `?` or `#` it is
    in the query or fragment (the redirect cannot go elsewhere for it); right after a constant
    beginning (`fixed`) that fixes the scheme and host or starts a local path
    (`prefix_kinds`). Outgoing requests (SSRF) keep their taint: a path or query chosen by
    the caller on a fixed host can still reach an endpoint it should not."""
    text = before.replace("%%", "%")
    if _QUERY.search(text):
        return REDIRECT
    return prefix_kinds(text) & REDIRECT if fixed else frozenset()

def _conversion_kinds(spec: str) -> frozenset[str]:
    """What a `%` conversion writes safely: `%r` and `%a` escape line breaks, number
    conversions write digits (a string there raises); `%s` and `%c` write what they get."""
    return _REPR_CLEAN if spec[-1] in "radiouxXeEfFgG" else frozenset()


_REPR_CLEAN = frozenset({"log"})

# `sys.executable` and the installation's prefixes: how the process itself was started
_PROCESS_OWN = frozenset({"sys.executable", "sys.prefix", "sys.base_prefix", "sys.exec_prefix",
                          "sys.base_exec_prefix"})
# request members that are maps of header values, and what such a value is clean for
_HEADER_MAPS = frozenset({"headers"})
_HEADER_CLEAN = frozenset({"log"})


class PythonExpressions(Interpreter):
    """The expression half of the Python interpreter."""

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.text = self.ctx.node_text  # type: ignore[method-assign]  # (hot: no extra frame)
        self.aliases: dict[str, str] = python(self.ctx).imports()

    # defined by the subclasses (calls, guards, statements)
    def call(self, node: Node) -> Value:
        raise NotImplementedError

    def refine(self, cond: Node, truth: bool) -> None:
        raise NotImplementedError

    def assign(self, target: Node | None, value: Value) -> None:
        raise NotImplementedError

    # -- names --------------------------------------------------------------------------
    def text(self, node: Node | None) -> str:
        return self.ctx.node_text(node)


    def qname(self, node: Node | None) -> str | None:
        """Import-resolved dotted name; a local variable shadows an import of its name."""
        text = dotted(self.ctx, node)
        if text is None:
            return None
        head, _, rest = text.partition(".")
        aliases = self.aliases
        if head in self.env and head not in aliases:
            return text
        if text in aliases:
            return aliases[text]
        if head in aliases:
            return f"{aliases[head]}.{rest}" if rest else aliases[head]
        return text

    def is_module(self, node: Node) -> bool:
        """True for `os.path`-like receivers: an imported name, not a local variable."""
        head = (dotted(self.ctx, node) or "").split(".")[0]
        return bool(head) and head in self.aliases and head not in self.env and \
            not self.is_request(head)

    def request_source(self, name: str) -> tuple[bool, Any]:
        """(is a request object, its model source or None)."""
        if name in self.state.request_names:
            return True, self.state.request_names[name]
        target = self.aliases.get(name)
        if target is None:
            return _NOT_REQUEST
        found = self.calls.request_object(target)
        if found is not None:
            return True, found
        return target.endswith(".request"), None

    def is_request(self, name: str) -> bool:
        return self.request_source(name)[0]

    def request_object(self, node: Node) -> tuple[bool, Any]:
        """A request object expression: a request name, or `self.request` in a class-based
        view (Django, Tornado)."""
        if node.type == "identifier":
            return self.request_source(self.text(node))
        if node.type == "attribute" and self.text(node) == "self.request":
            return True, None
        return False, None

    # -- evaluation ---------------------------------------------------------------------
    def _expr(self, node: Node) -> Value:
        t = node.type
        if t == "identifier":
            name = self.text(node)
            if name in self.env:
                return self.env[name]
            if self.is_request(name):
                return self.source_value(HTTP, node, f"`{name}`", REQUEST)
            return CLEAN
        if t == "string":
            return self.string(node)
        if t == "concatenated_string":
            return self.concat([self.expr(c) for c in node.named_children])
        if t == "integer":
            try:
                return const(int(self.text(node).replace("_", ""), 0))
            except ValueError:
                return CLEAN
        if t == "float":
            try:
                return const(float(self.text(node).replace("_", "")))
            except ValueError:
                return CLEAN
        if t == "true":
            return const(True)
        if t == "false":
            return const(False)
        if t == "none":
            return const(None)
        if t in ("parenthesized_expression", "await", "expression_statement"):
            inner = node.named_children
            return self.expr(inner[0]) if inner else CLEAN
        if t == "attribute":
            return self.attribute(node)
        if t == "subscript":
            return self.subscript(node)
        if t == "binary_operator":
            left = self.expr(node.child_by_field_name("left"))
            right = self.expr(node.child_by_field_name("right"))
            op = self.text(node.child_by_field_name("operator"))
            result = self.binop(left, right, op)
            if result.labels and ((op == "%" and isinstance(left.const, str))
                                  or (op == "+" and result.seq is None)):
                return self.url_positions(node, op, left, right) or result
            return result
        if t == "unary_operator":
            arg = self.expr(node.child_by_field_name("argument"))
            if isinstance(arg.const, (int, float)) and not isinstance(arg.const, bool):
                op = self.text(node.child_by_field_name("operator"))
                return const(-arg.const if op == "-" else arg.const if op == "+" else ~int(arg.const))
            return merge([arg])
        if t == "not_operator":
            arg = self.expr(node.child_by_field_name("argument"))
            return const(not arg.const) if arg.const is not NOCONST else CLEAN
        if t == "boolean_operator":
            left = self.expr(node.child_by_field_name("left"))
            op = self.text(node.child_by_field_name("operator"))
            if left.const is not NOCONST:
                if (op == "and" and not left.const) or (op == "or" and left.const):
                    return left
                return self.expr(node.child_by_field_name("right"))
            return join(left, self.expr(node.child_by_field_name("right")))
        if t == "comparison_operator":
            return self.compare(node)
        if t == "conditional_expression":
            kids = node.named_children
            if len(kids) == 3:
                cond = self.expr(kids[1])
                if cond.const is not NOCONST:
                    return self.expr(kids[0] if cond.const else kids[2])
                return self.conditional(kids[1], kids[0], kids[2])
            return CLEAN
        if t == "call":
            return self.call(node)
        if t in ("list", "tuple", "set", "expression_list"):
            elems = [self.expr(c) for c in node.named_children]
            if t != "set" and all(e.const is not NOCONST for e in elems) and len(elems) < 64:
                consts = [e.const for e in elems]
                return Value(const=tuple(consts) if t != "list" else list(consts),
                             seq=tuple(elems))
            return Value(seq=tuple(elems)) if t != "set" else merge(elems)
        if t == "dictionary":
            return self.dictionary(node)
        if t in ("list_comprehension", "set_comprehension", "generator_expression",
                 "dictionary_comprehension"):
            return self.comprehension(node)
        if t == "pair":
            return derived(self.expr(node.child_by_field_name("key")),
                           self.expr(node.child_by_field_name("value")))
        if t == "named_expression":
            value = self.expr(node.child_by_field_name("value"))
            self.assign(node.child_by_field_name("name"), value)
            return value
        if t in ("list_splat", "dictionary_splat", "keyword_argument"):
            keyword = node.child_by_field_name("name") if t == "keyword_argument" else None
            return merge([self.expr(c) for c in node.named_children if c != keyword])
        if t == "lambda":
            return CLEAN
        if t == "interpolation":
            return self.expr(node.child_by_field_name("expression"))
        return merge([self.expr(c) for c in node.named_children])

    def subscript(self, node: Node) -> Value:
        obj = self.expr(node.child_by_field_name("value"))
        subs = node.children_by_field_name("subscript")
        keys = [self.expr(s) for s in subs]
        if len(keys) == 1 and keys[0].const == 0 and not isinstance(keys[0].const, bool) and \
                self.qname(node.child_by_field_name("value")) == "sys.argv":
            return CLEAN  # the program's own path (how it was started), not an argument
        if len(subs) == 1 and subs[0].type == "slice":
            if isinstance(obj.const, (str, bytes, list, tuple)):
                bounds = [self.expr(c).const for c in subs[0].named_children]
                if all(isinstance(b, int) for b in bounds) and len(bounds) == 2 and \
                        self.text(subs[0]).count(":") == 1:
                    return const(obj.const[bounds[0]:bounds[1]])
            return merge([obj])
        if obj.type == UPLOADS:
            return replace(merge([obj]), type=UPLOAD)  # request.files["f"]: a file object
        if len(keys) == 1 and keys[0].const is not NOCONST:
            key = keys[0].const
            item = obj.item(key)
            if item is not None:
                return item
            if obj.items is not None and not obj.rest and obj.seq is None:
                return CLEAN if not obj.labels else merge([obj])
            if isinstance(obj.const, (str, bytes, list, tuple, dict)):
                try:
                    return const(obj.const[key])
                except (IndexError, KeyError, TypeError):
                    return CLEAN
        return merge([obj])

    def dictionary(self, node: Node) -> Value:
        items: list[tuple[Any, Value]] = []
        rest: list[Value] = []
        for pair in node.named_children:
            if pair.type == "pair":
                key = self.expr(pair.child_by_field_name("key"))
                value = self.expr(pair.child_by_field_name("value"))
                if key.const is not NOCONST:
                    items.append((key.const, value))
                else:
                    rest.extend([key, value])
            else:
                rest.append(self.expr(pair))
        return Value(items=tuple(items), rest=merge(rest).labels)

    def comprehension(self, node: Node) -> Value:
        saved = dict(self.env)
        for clause in node.named_children:
            if clause.type == "for_in_clause":
                iterable = self.expr(clause.child_by_field_name("right"))
                self.assign(clause.child_by_field_name("left"), element_of(iterable))
            elif clause.type == "if_clause":
                for c in clause.named_children:
                    self.expr(c)
                    self.refine(c, True)
        body = self.expr(node.child_by_field_name("body"))
        self.env = saved
        return merge([body])

    # -- strings ------------------------------------------------------------------------
    def string(self, node: Node) -> Value:
        parts: list[Value] = []
        literal: list[str] = []
        interpolated = False
        prefix = ""
        for child in node.named_children:
            if child.type == "string_start":
                prefix = self.text(child).lower()
            elif child.type == "string_content":
                literal.append(self.content(child, "r" in prefix))
            elif child.type == "escape_sequence":
                raw = self.text(child)
                try:
                    literal.append(raw if "r" in prefix else raw.encode().decode("unicode_escape"))
                except UnicodeDecodeError:
                    literal.append(raw)
            elif child.type == "interpolation":
                interpolated = True
                parts.append(self.expr(child))
            elif child.type == "string_end" and "r" in prefix:
                # tree-sitter reads a raw string of backslash pairs only (`r'\\'`) into its
                # closing token: the text before the quotes is the string's content
                closing = prefix.lstrip("rbuf")
                end = self.text(child)
                if closing and end.endswith(closing) and len(end) > len(closing):
                    literal.append(end[:-len(closing)])
        if interpolated:
            if all(isinstance(p.const, (str, int, float)) and not isinstance(p.const, bool)
                   for p in parts) and node.named_child_count < 64:
                return self.fold_fstring(node)
            return merge(self.fstring_positions(node, parts))
        text = "".join(literal)
        if "b" in prefix:
            return const(text.encode("utf-8", "surrogatepass"))
        return const(text)

    def fstring_positions(self, node: Node, parts: list[Value]) -> list[Value]:
        """The interpolated parts of an f-string, each clean for redirects where its place in
        a URL makes it safe (`url_kinds`)."""
        out: list[Value] = []
        literal: list[str] = []
        fixed = True
        index = 0
        for child in node.named_children:
            if child.type == "string_content":
                literal.append(self.text(child))
            elif child.type == "interpolation" and index < len(parts):
                part = parts[index]
                index += 1
                out.append(sanitized(part, url_kinds("".join(literal), fixed)))
                if not part.is_literal:
                    fixed = False
        return out + parts[index:]

    def url_positions(self, node: Node, op: str, left: Value, right: Value) -> Value | None:
        """A string built with `+` or `%` whose tainted parts follow a fixed origin, a local
        path or a `?`: those parts cannot choose where a redirect goes. None when the
        positions are not known."""
        if op == "+":
            operands: list[Node] = []
            self._plus_operands(node, operands)
            values = [self.value_of(o) for o in operands]
            out: list[Value] = []
            literal, fixed = "", True
            for value in values:
                if isinstance(value.const, str):
                    literal += value.const
                    out.append(value)
                    continue
                out.append(sanitized(value, url_kinds(literal, fixed)))
                fixed = fixed and value.is_literal
            return merge(out)
        template = left.const
        specs = list(_FORMAT_SPEC.finditer(template))
        if not specs:
            return None
        right_node = node.child_by_field_name("right")
        if right_node is not None and right_node.type == "parenthesized_expression" and \
                right_node.named_children:
            right_node = right_node.named_children[0]
        named = [m.group(1) for m in specs]
        if all(named) and right.items is not None and not right.rest:
            by_key = dict(right.items)
            out = []
            for i, m in enumerate(specs):
                if m.group(1) in by_key:
                    fixed = i == 0
                    out.append(sanitized(by_key[m.group(1)], url_kinds(template[:m.start()], fixed)
                                         | _conversion_kinds(m.group(0))))
            return merge(out)
        if any(named):
            return None
        if right_node is not None and right_node.type == "tuple":
            elements = [self.value_of(c) for c in right_node.named_children]
        else:
            elements = [right]
        if len(elements) != len(specs):
            return None
        return merge(sanitized(value, url_kinds(template[:m.start()], i == 0)
                               | _conversion_kinds(m.group(0)))
                     for i, (m, value) in enumerate(zip(specs, elements, strict=True)))

    def _plus_operands(self, node: Node, out: list[Node]) -> None:
        if node.type == "binary_operator" and \
                self.text(node.child_by_field_name("operator")) == "+":
            for side in ("left", "right"):
                child = node.child_by_field_name(side)
                if child is not None:
                    self._plus_operands(child, out)
            return
        out.append(node)

    def content(self, node: Node, raw: bool) -> str:
        """The text of a string_content node with its escape sequences decoded."""
        if raw or not node.named_child_count:
            return self.text(node)
        out: list[str] = []
        pos = node.start_byte
        for esc in node.named_children:
            out.append(self.ctx.source[pos:esc.start_byte].decode("utf-8", "replace"))
            seq = self.text(esc)
            try:
                out.append(seq.encode("latin-1", "backslashreplace").decode("unicode_escape"))
            except (UnicodeDecodeError, UnicodeEncodeError):
                out.append(seq)
            pos = esc.end_byte
        out.append(self.ctx.source[pos:node.end_byte].decode("utf-8", "replace"))
        return "".join(out)

    def fold_fstring(self, node: Node) -> Value:
        out: list[str] = []
        for child in node.named_children:
            if child.type == "string_content":
                out.append(self.content(child, False))
            elif child.type == "interpolation":
                inner = child.child_by_field_name("expression")
                if any(c.type in ("format_specifier", "type_conversion")
                       for c in child.named_children):
                    return CLEAN
                value = self.value_of(inner) if inner is not None else CLEAN
                out.append(str(value.const))
            elif child.type == "escape_sequence":
                out.append(self.text(child))
        return const("".join(out))

    def concat(self, parts: list[Value]) -> Value:
        if all(isinstance(p.const, str) for p in parts):
            return const("".join(p.const for p in parts))
        return merge(parts)

    # -- operators ----------------------------------------------------------------------
    def binop(self, left: Value, right: Value, op: str) -> Value:
        if left.const is not NOCONST and right.const is not NOCONST:
            a, b = left.const, right.const
            try:
                if op == "+" and type(a) is type(b) and isinstance(a, (int, float, str, bytes)):
                    return const(a + b)
                if isinstance(a, (int, float)) and isinstance(b, (int, float)) and \
                        not isinstance(a, bool) and abs(a) < 1e12 and abs(b) < 1e12:
                    if op == "-":
                        return const(a - b)
                    if op == "*":
                        return const(a * b)
                    if op == "//" and b:
                        return const(a // b)
                    if op == "%" and b:
                        return const(a % b)
                    if op == "/" and b:
                        return const(a / b)
            except (TypeError, ValueError, OverflowError):
                pass
        if left.seq is not None and right.seq is not None and op == "+":
            return Value(seq=left.seq + right.seq)
        return merge([left, right])

    def compare(self, node: Node) -> Value:
        operands = [self.expr(c) for c in node.named_children]
        ops = [self.text(c) for c in node.children if not c.is_named]
        if len(operands) == 2 and all(o.const is not NOCONST for o in operands):
            a, b = operands[0].const, operands[1].const
            op = " ".join(ops)
            try:
                result = {"==": lambda: a == b, "!=": lambda: a != b, "<": lambda: a < b,
                          ">": lambda: a > b, "<=": lambda: a <= b, ">=": lambda: a >= b,
                          "in": lambda: a in b, "not in": lambda: a not in b,
                          "is": lambda: a is b if a is None or b is None else NOCONST,
                          "is not": lambda: a is not b if a is None or b is None else NOCONST,
                          }[op]()
                if result is not NOCONST:
                    return const(bool(result))
            except (KeyError, TypeError):
                pass
        return LITERAL

    # -- attributes ---------------------------------------------------------------------
    def attribute(self, node: Node) -> Value:
        obj_node = node.child_by_field_name("object")
        attr = self.text(node.child_by_field_name("attribute"))
        full = self.qname(node) or ""
        kind = self.calls.source_kind(full)
        if kind:
            return self.source_value(kind, node, f"`{full}`")
        if full in _PROCESS_OWN:
            return LITERAL  # the running interpreter's own path and prefixes: nobody's input
        text = self.text(node)
        if text in self.env:
            return self.env[text]
        obj = self.expr(obj_node)
        if obj_node is not None:
            is_request, src = self.request_object(obj_node)
            if is_request:
                member = self.calls.member_of_request(src, attr)
                if member == "tainted":
                    uploads = UPLOADS if self.calls.uploads_member(src, attr) else ""
                    value = self.source_value(HTTP, node, f"`{text}`", uploads)
                    if attr in _HEADER_MAPS:
                        # a header value holds no line break: HTTP/1.1 ends the field at one,
                        # RFC 9110 5.5 has CR, LF and NUL rejected or replaced, HTTP/2 and 3
                        # treat them as malformed; its decoded text may (`decoded`)
                        return sanitized(value, _HEADER_CLEAN)
                    return value
                if member == "safe":
                    return CLEAN
        item = obj.item(("attr", attr))
        if item is not None:
            return item
        if attr in ("real", "imag", "size", "st_size", "status_code", "ok"):
            return CLEAN
        return merge([obj]) if obj.items is None else (merge([obj]) if obj.rest else CLEAN)
