"""Receiver types in Java: local variable declarations (`var` from its initializer),
parameters, fields (constructor or field injection declares them), `this.x`, `new C()`, what
inventoried methods return, and class names for static calls, resolved through the imports."""

from __future__ import annotations

from tree_sitter import Node

from vigilint.analyzers.apis.inventory import has_namespace
from vigilint.analyzers.apis.receivers.base import Receivers, Types
from vigilint.analyzers.crypto.resolve import java_imports
from vigilint.analyzers.languages import compile_query, query_cursor

_METHODS = frozenset({"method_declaration", "constructor_declaration", "lambda_expression"})
_CLASSES = frozenset({"class_declaration", "enum_declaration", "record_declaration",
                      "interface_declaration"})


class JavaReceivers(Receivers):
    call_kinds = ("method_invocation", "field_access")
    language = inventory_language = "java"

    def __init__(self, ctx) -> None:  # type: ignore[no-untyped-def]
        super().__init__(ctx)
        self.names, self.wildcards = java_imports(ctx)


    def call_parts(self, call: Node) -> tuple[Node, Node] | None:
        if call.type == "method_invocation":
            receiver = call.child_by_field_name("object")
            member = call.child_by_field_name("name")
            if receiver is None or not receiver.is_named:
                return None
        else:  # a field access: `System.out`, on a plain name only
            receiver = call.child_by_field_name("object")
            member = call.child_by_field_name("field")
            if receiver is None or receiver.type != "identifier":
                return None
        if member is None or member.type != "identifier":
            return None
        return receiver, member

    def resolve(self, type_text: str) -> str:
        text = type_text.split("<", 1)[0].strip()
        if not text or text.endswith("]"):
            return ""
        if "." in text:
            return text if has_namespace("java", text) else ""
        if text in self.names:
            return self.names[text]
        for package in self.wildcards:
            if has_namespace("java", f"{package}.{text}"):
                return f"{package}.{text}"
        return ""

    def _type(self, node: Node, depth: int) -> Types:
        kind = node.type
        if kind == "parenthesized_expression" and node.named_children:
            return self.type_of(node.named_children[0], depth)
        if kind == "method_invocation":
            obj = node.child_by_field_name("object")
            name = self.text(node.child_by_field_name("name"))
            if obj is None or obj.type == "this":
                return self._declared_result(node, name)
            return self.member_returns(self.type_of(obj, depth), name)
        if kind == "object_creation_expression":
            resolved = self.resolve(self.text(node.child_by_field_name("type")))
            return (resolved,) if resolved else ()
        if kind == "identifier":
            return self._name(node, self.text(node), depth)
        if kind == "field_access":
            obj = node.child_by_field_name("object")
            if obj is not None and obj.type == "this":
                return self._field(node, self.text(node.child_by_field_name("field")), depth)
        return ()

    def _declared_result(self, node: Node, name: str) -> Types:
        """The declared return type of a method `name` of the class around `node`
        (`private JwtParser parser() {...}` for `parser().verify(token)`)."""
        cls = node.parent
        while cls is not None and cls.type not in _CLASSES:
            cls = cls.parent
        body = cls.child_by_field_name("body") if cls is not None else None
        for member in body.named_children if body is not None else []:
            if member.type == "method_declaration" and \
                    self.text(member.child_by_field_name("name")) == name:
                resolved = self.resolve(self.text(member.child_by_field_name("type")))
                return (resolved,) if resolved else ()
        return ()

    def _declared(self, declaration: Node, name: str, depth: int) -> Types | None:
        """The type a local/field declaration gives `name` (None: it does not declare it)."""
        for declarator in declaration.children_by_field_name("declarator"):
            if self.text(declarator.child_by_field_name("name")) != name:
                continue
            type_text = self.text(declaration.child_by_field_name("type"))
            if type_text == "var":
                return self.type_of(declarator.child_by_field_name("value"), depth)
            resolved = self.resolve(type_text)
            return (resolved,) if resolved else ()
        return None

    def _name(self, node: Node, name: str, depth: int) -> Types:
        cur = node.parent
        while cur is not None:
            if cur.type in _METHODS:
                params = cur.child_by_field_name("parameters")
                for param in params.named_children if params is not None else []:
                    if param.type in ("formal_parameter", "spread_parameter") and \
                            self.text(param.child_by_field_name("name")) == name:
                        resolved = self.resolve(self.text(param.child_by_field_name("type")))
                        return (resolved,) if resolved else ()
                body = cur.child_by_field_name("body")
                query = compile_query("java", "(local_variable_declaration) @d")
                for decl in query_cursor(query).captures(body).get("d", []) if body else []:
                    if decl.start_byte < node.start_byte:
                        found = self._declared(decl, name, depth)
                        if found is not None:
                            return found
            if cur.type in _CLASSES:
                found = self._field_in(cur, name, depth)
                if found is not None:
                    return found
            cur = cur.parent
        resolved = self.resolve(name)  # a class: static members
        return (resolved,) if resolved else ()

    def _field_in(self, cls: Node, name: str, depth: int) -> Types | None:
        body = cls.child_by_field_name("body")
        for member in body.named_children if body is not None else []:
            if member.type == "field_declaration":
                found = self._declared(member, name, depth)
                if found is not None:
                    return found
        return None

    def _field(self, node: Node, name: str, depth: int) -> Types:
        cur = node.parent
        while cur is not None and cur.type not in _CLASSES:
            cur = cur.parent
        return (self._field_in(cur, name, depth) or ()) if cur is not None else ()
