"""Receiver types in Python: imports, the semantic layer's declared types (annotations and
constructor assignments), assignments of the enclosing function and the module, and `self.x`
fields assigned in the class's methods or annotated in its body."""

from __future__ import annotations

from tree_sitter import Node

from vigilint.analyzers.apis.inventory import has_namespace
from vigilint.analyzers.apis.receivers.base import Receivers, Types
from vigilint.analyzers.languages import compile_query, query_cursor
from vigilint.analyzers.syntax import python as python_semantics

_SCOPES = ("function_definition", "class_definition")


class PythonReceivers(Receivers):
    call_kinds = ("call",)
    callee = ("attribute", "object", "attribute", "identifier")
    language = inventory_language = "python"

    def __init__(self, ctx) -> None:  # type: ignore[no-untyped-def]
        super().__init__(ctx)
        self.sem = python_semantics(ctx)
        self.imports = self.sem.imports()
        # per scope node (by id: one tree per instance): its assignments, its isinstance calls
        self._scope_assignments: dict[int, list[Node]] = {}
        self._scope_narrowings: dict[int, list[tuple[Node, str, Node]]] = {}

    def skip_receiver(self, receiver: Node) -> bool:
        # `hashlib.x`, `jwt.x`: module members, checked by the import-based pass
        return receiver.type in ("identifier", "attribute") and (
            self.text(receiver).split(".", 1)[0] in self.imports and
            not self.text(receiver).split(".", 1)[0][:1].isupper())

    def _type(self, node: Node, depth: int) -> Types:
        kind = node.type
        if kind in ("parenthesized_expression", "await") and node.named_children:
            return self.type_of(node.named_children[-1], depth)
        if kind == "call":
            return self._call(node, depth)
        if kind == "identifier":
            return self._name(node, depth)
        if kind == "attribute":
            obj = node.child_by_field_name("object")
            if obj is not None and self.text(obj) in ("self", "cls"):
                return self._field(node, self.text(node.child_by_field_name("attribute")),
                                   depth)
        return ()

    def _call(self, call: Node, depth: int) -> Types:
        function = call.child_by_field_name("function")
        if function is None:
            return ()
        if function.type == "attribute":
            obj = function.child_by_field_name("object")
            head = self.text(obj).split(".", 1)[0]
            if head not in self.imports or head[:1].isupper():
                owners = self.type_of(obj, depth)
                if owners:
                    return self.member_returns(owners, self.text(
                        function.child_by_field_name("attribute")))
        head = self.text(function).split(".", 1)[0]
        if head not in self.imports:
            return self._factory(function) if function.type == "identifier" else ()
        name = self.sem.qualified_name(function) or ""
        return self.returned(name)

    def _factory(self, function: Node) -> Types:
        """A call of a function of this module whose return annotation names an imported
        type (`def _serializer() -> URLSafeTimedSerializer:`)."""
        if self.ctx.tree is None:
            return ()
        name = self.text(function)
        for node in self.ctx.tree.root_node.named_children:
            if node.type == "decorated_definition":
                node = node.child_by_field_name("definition") or node
            if node.type != "function_definition" or \
                    self.text(node.child_by_field_name("name")) != name:
                continue
            annotation = self.text(node.child_by_field_name("return_type")).strip("'\" ")
            head, _, rest = annotation.partition(".")
            if head not in self.imports:
                return ()
            target = f"{self.imports[head]}.{rest}" if rest else self.imports[head]
            return (target,) if has_namespace("python", target) else ()
        return ()

    def _name(self, node: Node, depth: int) -> Types:
        name = self.text(node)
        if name in self.imports:
            target = self.imports[name]
            return (target,) if target[:1] and target.rsplit(".", 1)[-1][:1].isupper() else ()
        narrowed = self._isinstance(node, name)
        if narrowed:
            return narrowed
        declared = self.sem.declared_type(node)
        if declared:
            return (declared,) if has_namespace("python", declared) else ()
        value = self._assigned(node, name)
        return self.type_of(value, depth) if value is not None else ()

    def _isinstance(self, node: Node, name: str) -> Types:
        """The type an `assert isinstance(name, T)` before `node` in its function, or an
        `if isinstance(name, T):` around it, narrows `name` to (`T` imported)."""
        scope = node.parent
        while scope is not None and scope.type != "function_definition":
            scope = scope.parent
        if scope is None:
            return ()
        found: Types = ()
        for call, variable, type_node in self._narrowings(scope):
            if variable != name or call.start_byte > node.start_byte:
                continue
            holder = call.parent
            if holder is None:
                continue
            if holder.type == "assert_statement":
                pass
            elif holder.type == "if_statement" and holder.child_by_field_name(
                    "condition") == call:
                body = holder.child_by_field_name("consequence")
                if body is None or not body.start_byte <= node.start_byte < body.end_byte:
                    continue
            else:
                continue
            head, _, rest = self.text(type_node).partition(".")
            if head in self.imports:
                target = f"{self.imports[head]}.{rest}" if rest else self.imports[head]
                found = (target,) if has_namespace("python", target) else ()
        return found

    def _narrowings(self, scope: Node) -> list[tuple[Node, str, Node]]:
        """(call, variable, type node) of each `isinstance(variable, T)` in `scope`, in match
        order (cached per scope; none without the word in the scope's text)."""
        found = self._scope_narrowings.get(scope.id)
        if found is None:
            found = self._scope_narrowings[scope.id] = []
            if b"isinstance" in self.ctx.source[scope.start_byte:scope.end_byte]:
                query = compile_query("python", "(call function: (identifier) @f arguments: "
                                                "(argument_list . (identifier) @v . (_) @t .)) @c")
                for _, caps in query_cursor(query).matches(scope):
                    if self.text(caps["f"][0]) == "isinstance":
                        found.append((caps["c"][0], self.text(caps["v"][0]), caps["t"][0]))
        return found

    def _assigned(self, node: Node, name: str) -> Node | None:
        """The value last assigned to `name` before `node`, in its function or the module."""
        scope = node.parent
        while scope is not None and scope.type != "function_definition" and \
                scope.parent is not None:
            scope = scope.parent
        for candidate in (scope, self.ctx.tree.root_node if self.ctx.tree else None):
            if candidate is None:
                continue
            found = None
            for assignment in self._assignments(candidate):
                left = assignment.child_by_field_name("left")
                if left is not None and left.type == "identifier" and self.text(left) == name \
                        and (assignment.start_byte < node.start_byte or candidate.parent is None):
                    found = assignment.child_by_field_name("right")
            if found is not None:
                return found
        return None

    def _assignments(self, scope: Node) -> list[Node]:
        found = self._scope_assignments.get(scope.id)
        if found is None:
            found = self._scope_assignments[scope.id] = self._find_assignments(scope)
        return found

    def _find_assignments(self, scope: Node) -> list[Node]:
        query = compile_query("python", "(assignment) @a")
        nodes = query_cursor(query).captures(scope).get("a", [])
        out = []
        for n in sorted(nodes, key=lambda n: n.start_byte):
            owner = n.parent
            while owner is not None and owner.type not in _SCOPES:
                owner = owner.parent
            if (owner is None and scope.parent is None) or (owner is not None and
                                                            owner.id == scope.id):
                out.append(n)
        return out

    def _field(self, node: Node, attribute: str, depth: int) -> Types:
        cls = node.parent
        while cls is not None and cls.type != "class_definition":
            cls = cls.parent
        if cls is None:
            return ()
        query = compile_query("python", "(assignment left: (attribute object: (identifier) @self "
                                        "attribute: (identifier) @attr) right: (_) @value) @a")
        types: set[str] = set()
        for _, caps in query_cursor(query).matches(cls):
            if self.text(caps["self"][0]) == "self" and self.text(caps["attr"][0]) == attribute:
                found = self.type_of(caps["value"][0], depth)
                if not found:
                    return ()  # assigned something we cannot type: unknown
                types.update(found)
        body = cls.child_by_field_name("body")
        for statement in body.named_children if body is not None else []:
            # a class attribute: `serializer = URLSafeTimedSerializer(SECRET)`
            assignment = statement.named_children[0] if statement.type == \
                "expression_statement" and statement.named_children else None
            if assignment is None or assignment.type != "assignment":
                continue
            left, right = assignment.child_by_field_name("left"), \
                assignment.child_by_field_name("right")
            if left is not None and right is not None and left.type == "identifier" and \
                    self.text(left) == attribute:
                found = self.type_of(right, depth)
                if not found:
                    return ()
                types.update(found)
        return tuple(sorted(types))
