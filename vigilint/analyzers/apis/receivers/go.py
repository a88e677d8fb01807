"""Receiver types in Go: `x := pkg.F(...)` / `x, err := pkg.F(...)` (the first result), `var x T`,
parameters, composite literals (`&tls.Config{...}`), fields of the file's own struct types
(`s.aead` where `type Sealer struct { aead cipher.AEAD }`) and what inventoried functions and
methods return, resolved through the imports."""

from __future__ import annotations

from tree_sitter import Node

from vigilint.analyzers.apis.receivers.base import Receivers, Types
from vigilint.analyzers.crypto.resolve import go_imports
from vigilint.analyzers.languages import compile_query, query_cursor

_FUNCTIONS = frozenset({"function_declaration", "method_declaration", "func_literal"})


def walk_fields(struct: Node) -> list[Node]:
    """The field declarations of a struct type."""
    lists = [c for c in struct.named_children if c.type == "field_declaration_list"]
    return [d for fl in lists for d in fl.named_children if d.type == "field_declaration"]


class GoReceivers(Receivers):
    call_kinds = ("call_expression",)
    callee = ("selector_expression", "operand", "field", "field_identifier")
    language = inventory_language = "go"

    def __init__(self, ctx) -> None:  # type: ignore[no-untyped-def]
        super().__init__(ctx)
        self.imports = go_imports(ctx)


    def skip_receiver(self, receiver: Node) -> bool:
        return receiver.type == "identifier" and self.text(receiver) in self.imports

    def resolve(self, type_text: str) -> str:
        text = type_text.strip().lstrip("*").strip()
        head, _, rest = text.partition(".")
        if rest and head in self.imports:
            return f"{self.imports[head]}.{rest}"
        return ""

    def _type(self, node: Node, depth: int) -> Types:
        kind = node.type
        if kind in ("parenthesized_expression", "unary_expression") and node.named_children:
            return self.type_of(node.named_children[-1], depth)
        if kind == "composite_literal":
            resolved = self.resolve(self.text(node.child_by_field_name("type")))
            return (resolved,) if resolved else ()
        if kind == "call_expression":
            function = node.child_by_field_name("function")
            if function is not None and function.type == "identifier":
                return self._declared_result(self.text(function), methods=False)
            if function is None or function.type != "selector_expression":
                return ()
            operand = function.child_by_field_name("operand")
            field = self.text(function.child_by_field_name("field"))
            if operand is not None and operand.type == "identifier" and \
                    self.text(operand) in self.imports:
                return self.returned(f"{self.imports[self.text(operand)]}.{field}")
            owners = self.type_of(operand, depth)
            if owners:
                return self.member_returns(owners, field)
            return self._declared_result(field, methods=True)
        if kind == "identifier":
            return self._local(node, self.text(node), depth)
        if kind == "selector_expression":
            operand = node.child_by_field_name("operand")
            if operand is not None and operand.type == "identifier" and \
                    self.text(operand) not in self.imports:
                return self._struct_field(operand, self.text(node.child_by_field_name("field")))
        return ()

    def _declared_result(self, name: str, methods: bool) -> Types:
        """The (first) result type of a function (or, with `methods`, a method) of this file
        named `name`: `func newAEAD(key []byte) (cipher.AEAD, error)`."""
        if self.ctx.tree is None:
            return ()
        kind = "method_declaration" if methods else "function_declaration"
        for decl in self.ctx.tree.root_node.named_children:
            if decl.type != kind or self.text(decl.child_by_field_name("name")) != name:
                continue
            result = decl.child_by_field_name("result")
            if result is None:
                return ()
            if result.type == "parameter_list":
                first = next((c for c in result.named_children
                              if c.type == "parameter_declaration"), None)
                result = first.child_by_field_name("type") if first is not None else None
            resolved = self.resolve(self.text(result)) if result is not None else ""
            return (resolved,) if resolved else ()
        return ()

    def _struct_field(self, operand: Node, field: str) -> Types:
        """`s.aead`: the declared type of field `aead` of the struct type the parameter or
        receiver `s` has, when that struct is declared in this file."""
        fn = operand.parent
        while fn is not None and fn.type not in _FUNCTIONS:
            fn = fn.parent
        if fn is None:
            return ()
        owner = ""
        for group in ("receiver", "parameters"):
            params = fn.child_by_field_name(group)
            for param in params.named_children if params is not None else []:
                if any(self.text(n) == self.text(operand)
                       for n in param.children_by_field_name("name")):
                    owner = self.text(param.child_by_field_name("type")).lstrip("*").strip()
        if not owner or "." in owner or self.ctx.tree is None:
            return ()
        query = compile_query("go", "(type_spec name: (type_identifier) @name "
                                    "type: (struct_type) @struct)")
        for _, caps in query_cursor(query).matches(self.ctx.tree.root_node):
            if self.text(caps["name"][0]) != owner:
                continue
            for decl in walk_fields(caps["struct"][0]):
                if any(self.text(n) == field for n in decl.children_by_field_name("name")):
                    resolved = self.resolve(self.text(decl.child_by_field_name("type")))
                    return (resolved,) if resolved else ()
        return ()

    def _local(self, node: Node, name: str, depth: int) -> Types:
        fn = node.parent
        while fn is not None and fn.type not in _FUNCTIONS:
            fn = fn.parent
        if fn is None:
            return ()
        for field in ("receiver", "parameters"):
            params = fn.child_by_field_name(field)
            for param in params.named_children if params is not None else []:
                if any(self.text(n) == name for n in param.children_by_field_name("name")):
                    resolved = self.resolve(self.text(param.child_by_field_name("type")))
                    return (resolved,) if resolved else ()
        query = compile_query("go", "[(short_var_declaration) (var_spec)] @d")
        found: Types = ()
        for decl in query_cursor(query).captures(fn).get("d", []):
            if decl.start_byte >= node.start_byte:
                continue
            if decl.type == "var_spec":
                names = [self.text(n) for n in decl.children_by_field_name("name")]
                if name not in names:
                    continue
                type_node = decl.child_by_field_name("type")
                if type_node is not None:
                    resolved = self.resolve(self.text(type_node))
                    found = (resolved,) if resolved else ()
                    continue
                values = decl.child_by_field_name("value")
                found = self._nth(values, names.index(name), len(names), depth)
                continue
            left, right = decl.child_by_field_name("left"), decl.child_by_field_name("right")
            names = [self.text(n) for n in left.named_children] if left is not None else []
            if name in names:
                found = self._nth(right, names.index(name), len(names), depth)
        return found

    def _nth(self, values: Node | None, index: int, count: int, depth: int) -> Types:
        items = values.named_children if values is not None else []
        if len(items) == count:
            return self.type_of(items[index], depth)
        if len(items) == 1 and index == 0:
            return self.type_of(items[0], depth)  # `gcm, err := cipher.NewGCM(b)`
        return ()
