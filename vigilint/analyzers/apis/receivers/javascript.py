"""Receiver types in JavaScript and TypeScript: imported modules (ES imports and `require`),
`new C()`, what inventoried calls return (chains such as `body("x").isEmail()`), TypeScript
annotations of variables and parameters, and class fields (annotated, initialised, or
constructor parameter properties)."""

from __future__ import annotations

from tree_sitter import Node, QueryCursor

from vigilint.analyzers.apis.receivers.base import Receivers, Types
from vigilint.analyzers.languages import compile_query
from vigilint.analyzers.syntax import semantics

_CALLS = """(call_expression function: (member_expression object: (_) @receiver
             property: (property_identifier) @member)) @call"""
_FUNCTIONS = frozenset({"function_declaration", "function_expression", "arrow_function",
                        "method_definition", "generator_function_declaration", "function"})
_DECLARATIONS = "(variable_declarator name: (identifier) @name) @decl"
_PARAMETERS = "[(required_parameter) (optional_parameter)] @param"


def module_path(spec: str) -> str:
    """`node:crypto` -> `crypto`; inventory keys use the bare specifier."""
    return spec.removeprefix("node:")


class JavaScriptReceivers(Receivers):
    language = "javascript"
    inventory_language = "javascript"

    def __init__(self, ctx) -> None:  # type: ignore[no-untyped-def]
        super().__init__(ctx)
        self.imports = {k: module_path(v) for k, v in semantics(ctx).imports().items()}

    def _captures(self, source: str, node: Node) -> list[dict[str, list[Node]]]:
        query = compile_query(self.ctx.language, source)
        return [caps for _, caps in QueryCursor(query).matches(node)]

    def calls(self) -> list[tuple[Node, Node, Node]]:
        if self.ctx.tree is None:
            return []
        return [(c["call"][0], c["receiver"][0], c["member"][0])
                for c in self._captures(_CALLS, self.ctx.tree.root_node)]

    def skip_receiver(self, receiver: Node) -> bool:
        return receiver.type == "identifier" and self.text(receiver) in self.imports

    def resolve(self, type_text: str) -> str:
        """A type annotation's text as an inventory name (`crypto.Hash`, imported `Hmac`)."""
        text = type_text.lstrip(":").strip()
        head, _, rest = text.partition(".")
        if head in self.imports:
            return f"{self.imports[head]}.{rest}" if rest else self.imports[head]
        return ""

    def _type(self, node: Node, depth: int) -> Types:
        kind = node.type
        if kind in ("parenthesized_expression", "await_expression", "as_expression",
                    "non_null_expression", "satisfies_expression") and node.named_children:
            return self.type_of(node.named_children[0], depth)
        if kind == "call_expression":
            function = node.child_by_field_name("function")
            if function is None:
                return ()
            if function.type == "member_expression":
                obj = function.child_by_field_name("object")
                owners = self.type_of(obj, depth)
                if owners:
                    return self.member_returns(owners, self.text(
                        function.child_by_field_name("property")))
            return self.returned(self.resolve(self.text(function)))
        if kind == "new_expression":
            return self.returned(self.resolve(self.text(node.child_by_field_name("constructor"))))
        if kind == "identifier":
            name = self.text(node)
            if name in self.imports:
                return (self.imports[name],)
            return self._local(node, name, depth)
        if kind == "member_expression":
            obj = node.child_by_field_name("object")
            if obj is not None and obj.type == "this":
                return self._field(node, self.text(node.child_by_field_name("property")), depth)
        return ()

    def _enclosing(self, node: Node) -> list[Node]:
        scopes = []
        cur = node.parent
        while cur is not None:
            if cur.type in _FUNCTIONS or cur.parent is None:
                scopes.append(cur)
            cur = cur.parent
        return scopes

    def _local(self, node: Node, name: str, depth: int) -> Types:
        for scope in self._enclosing(node):
            if scope.type in _FUNCTIONS:
                params = scope.child_by_field_name("parameters")
                for caps in self._captures(_PARAMETERS, params) if params is not None else []:
                    param = caps["param"][0]
                    pattern = param.child_by_field_name("pattern")
                    if pattern is not None and self.text(pattern) == name:
                        annotation = param.child_by_field_name("type")
                        resolved = self.resolve(self.text(annotation)) if annotation else ""
                        return (resolved,) if resolved else ()
            for caps in self._captures(_DECLARATIONS, scope):
                if self.text(caps["name"][0]) != name:
                    continue
                decl = caps["decl"][0]
                if self._function_of(decl) != (scope if scope.type in _FUNCTIONS else None):
                    continue
                annotation = decl.child_by_field_name("type")
                if annotation is not None:
                    resolved = self.resolve(self.text(annotation))
                    return (resolved,) if resolved else ()
                return self.type_of(decl.child_by_field_name("value"), depth)
        return ()

    def _function_of(self, node: Node) -> Node | None:
        cur = node.parent
        while cur is not None and cur.type not in _FUNCTIONS:
            cur = cur.parent
        return cur

    def _field(self, node: Node, name: str, depth: int) -> Types:
        cls = node.parent
        while cls is not None and cls.type not in ("class_declaration", "class"):
            cls = cls.parent
        body = cls.child_by_field_name("body") if cls is not None else None
        if body is None:
            return ()
        for member in body.named_children:
            if member.type in ("public_field_definition", "field_definition"):
                key = member.child_by_field_name("name") or member.child_by_field_name("property")
                if self.text(key) != name:
                    continue
                annotation = member.child_by_field_name("type")
                if annotation is not None:
                    resolved = self.resolve(self.text(annotation))
                    return (resolved,) if resolved else ()
                return self.type_of(member.child_by_field_name("value"), depth)
            if member.type == "method_definition" and self.text(
                    member.child_by_field_name("name")) == "constructor":
                params = member.child_by_field_name("parameters")
                for caps in self._captures(_PARAMETERS, params) if params is not None else []:
                    param = caps["param"][0]
                    pattern = param.child_by_field_name("pattern")
                    annotation = param.child_by_field_name("type")
                    if pattern is not None and self.text(pattern) == name and \
                            annotation is not None and any(
                                c.type == "accessibility_modifier" or self.text(c) == "readonly"
                                for c in param.children):
                        resolved = self.resolve(self.text(annotation))
                        return (resolved,) if resolved else ()
        return ()
