"""The semantic layer for Python: imports (relative ones resolved against the file's package),
calls, arguments, declared types, functions and decorators."""

from __future__ import annotations

import ast
from functools import cached_property

from tree_sitter import Node

from vigilint.analyzers.context import FileContext
from vigilint.analyzers.languages import compile_query, query_cursor
from vigilint.analyzers.syntax import node_index
from vigilint.analyzers.syntax.base import (
    Arguments,
    Decorator,
    FunctionDef,
    Param,
    module_name,
    role_of,
)
from vigilint.analyzers.syntax.generic import GenericSemantics

_IMPORTS = "(import_statement) @imp (import_from_statement) @imp"
_FUNCTIONS = "(function_definition) @fn"
node_index.register(("function_definition",))  # `_functions` reads the file's node index
_PARAM_WRAPPERS = ("typed_parameter", "default_parameter", "typed_default_parameter")
_SPLATS = ("list_splat_pattern", "dictionary_splat_pattern")
_SCOPES = ("function_definition", "lambda")
_TYPED_ASSIGNMENTS = """
(assignment left: (identifier) type: (type)) @a
(assignment left: (identifier) right: (call)) @a
(assignment left: (identifier) right: (await (call))) @a
"""


class PythonSemantics(GenericSemantics):
    def __init__(self, ctx: FileContext) -> None:
        super().__init__(ctx)
        self.language = "python"
        self._call_names: dict[tuple[int, int], str] = {}
        self._declared: dict[tuple[int, str], str] = {}
        self._scope_types: dict[int, dict[str, str]] = {}

    # -- imports ------------------------------------------------------------------------
    @cached_property
    def _imports(self) -> dict[str, str]:
        ctx = self.ctx
        out: dict[str, str] = {}
        if ctx.tree is None:
            return out
        query = compile_query("python", _IMPORTS)
        for node in query_cursor(query).captures(ctx.tree.root_node).get("imp", []):
            if node.type == "import_statement":
                for child in node.named_children:
                    if child.type == "dotted_name":
                        name = ctx.node_text(child)
                        head = name.split(".")[0]
                        out[head] = head
                        out[name] = name
                    elif child.type == "aliased_import":
                        target = ctx.node_text(child.child_by_field_name("name"))
                        out[ctx.node_text(child.child_by_field_name("alias"))] = target
                continue
            module = self._absolute(ctx.node_text(node.child_by_field_name("module_name")))
            for child in node.children_by_field_name("name"):
                if child.type == "dotted_name":
                    name = ctx.node_text(child)
                    out[name] = f"{module}.{name}" if module else name
                elif child.type == "aliased_import":
                    target = ctx.node_text(child.child_by_field_name("name"))
                    alias = ctx.node_text(child.child_by_field_name("alias"))
                    out[alias] = f"{module}.{target}" if module else target
        return out

    def _absolute(self, module: str) -> str:
        """`.db` in `app/views.py` -> `app.db`; absolute names unchanged."""
        if not module.startswith("."):
            return module
        dots = len(module) - len(module.lstrip("."))
        rest = module[dots:]
        parts = module_name(self.ctx.path).split(".") if self.ctx.path else []
        if not self.ctx.path.replace("\\", "/").endswith("__init__.py"):
            parts = parts[:-1]
        parts = parts[: max(0, len(parts) - (dots - 1))]
        if not parts:
            return module  # above the scan root: leave it relative (never a package name)
        return ".".join([p for p in (*parts, rest) if p])

    def imports(self) -> dict[str, str]:
        return self._imports

    def callee(self, call: Node) -> tuple[Node | None, str]:
        function = call.child_by_field_name("function")
        if function is not None and function.type == "attribute":
            return (function.child_by_field_name("object"),
                    self.ctx.node_text(function.child_by_field_name("attribute")))
        return None, self.ctx.node_text(function)

    def receiver(self, call: Node) -> Node | None:
        return self.callee(call)[0]

    def call_name(self, call: Node) -> str:
        """The qualified callee; `<Type>.<method>` when the receiver is a name whose type the
        syntax shows (an annotation, or an assignment from a constructor or a typed call)."""
        key = (call.start_byte, call.end_byte)
        found = self._call_names.get(key)
        if found is None:
            function = call.child_by_field_name("function")
            found = self._typed_member(function) or self.qualified_name(function) or ""
            self._call_names[key] = found
        return found

    def _typed_member(self, expr: Node | None) -> str:
        """`<Type>.<attr>` for `name.attr` when `name` has a declared type, else ""."""
        if expr is None or expr.type != "attribute":
            return ""
        obj = expr.child_by_field_name("object")
        if obj is None or obj.type != "identifier" or self.ctx.node_text(obj) in self._imports:
            return ""
        declared = self.declared_type(obj)
        if not declared:
            return ""
        return f"{declared}.{self.ctx.node_text(expr.child_by_field_name('attribute'))}"

    def _parse_arguments(self, call: Node) -> Arguments:
        args = call.child_by_field_name("arguments")
        if args is None or args.type != "argument_list":
            only = (args,) if args is not None else ()
            return Arguments(positional=only, nodes=only)
        positional: list[Node] = []
        keywords: dict[str, Node] = {}
        splat = False
        nodes = tuple([a for a in args.named_children if a.type != "comment"])
        for arg in nodes:
            kind = arg.type
            if kind == "keyword_argument":
                value = arg.child_by_field_name("value")
                if value is not None:
                    keywords[self.ctx.node_text(arg.child_by_field_name("name"))] = value
            elif kind in ("list_splat", "dictionary_splat"):
                splat = True
            else:
                positional.append(arg)
        return Arguments(tuple(positional), keywords, splat, nodes)

    # -- types --------------------------------------------------------------------------
    def _type_of_call(self, call: Node, known: dict[str, str]) -> str:
        from vigilint.analyzers.models import load

        types = load("python").types
        function = call.child_by_field_name("function")
        name = ""
        if function is not None and function.type == "attribute":
            obj = function.child_by_field_name("object")
            if obj is not None and obj.type == "identifier" and self.ctx.node_text(obj) in known:
                name = f"{known[self.ctx.node_text(obj)]}." \
                       f"{self.ctx.node_text(function.child_by_field_name('attribute'))}"
        if not name:
            name = self.qualified_name(function) or ""
        if name in types:
            return types[name]
        last = name.rsplit(".", 1)[-1]
        if "." in name and last[:1].isupper() and name.split(".")[0] in self._imports.values():
            return name  # a class imported from a module: its instance
        return ""

    def _annotation(self, node: Node | None) -> str:
        if node is None:
            return ""
        inner = node.named_children[0] if node.type == "type" and node.named_children else node
        return self.qualified_name(inner) or self.ctx.node_text(inner)

    def _typed_assignments(self, scope: Node) -> list[Node]:
        """The assignments of one scope that may declare a type (annotated, or from a call),
        in document order: the module's top-level statements are read directly, a function's
        body by one query (only asked for when a typed receiver matters)."""
        if scope.type != "function_definition":
            out = []
            for statement in scope.named_children:
                if statement.type == "expression_statement" and statement.named_children and \
                        statement.named_children[0].type == "assignment":
                    out.append(statement.named_children[0])
            return out
        query = compile_query("python", _TYPED_ASSIGNMENTS)
        return [node for node in sorted(query_cursor(query).captures(scope).get("a", []),
                                        key=lambda n: n.start_byte)
                if self._scope_of(node) == scope]

    def _types_in(self, scope: Node) -> dict[str, str]:
        """Declared types of the names of one function (or the module), in document order."""
        key = scope.start_byte if scope.type == "function_definition" else 0
        cached = self._scope_types.get(key)
        if cached is not None:
            return cached
        out: dict[str, str] = {}
        if scope.type == "function_definition":
            outer = self._scope_of(scope)
            out.update(self._types_in(outer) if outer is not None else {})
            for param in self._params(scope):
                if param.type:
                    out[param.name] = param.type
        conflicting: set[str] = set()
        for node in self._typed_assignments(scope):
            left = node.child_by_field_name("left")
            if left is None or left.type != "identifier":
                continue
            name = self.ctx.node_text(left)
            declared = self._annotation(node.child_by_field_name("type"))
            right = node.child_by_field_name("right")
            if not declared and right is not None:
                call = right if right.type == "call" else \
                    (right.named_children[0] if right.named_children else right)
                declared = self._type_of_call(call, out) if call.type == "call" else ""
            if declared:
                if name in out and out[name] != declared:
                    conflicting.add(name)
                out[name] = declared
        for name in conflicting:
            out.pop(name, None)
        self._scope_types[key] = out
        return out

    def _scope_of(self, node: Node) -> Node | None:
        cur = node.parent
        while cur is not None:
            if cur.type == "function_definition":
                return cur
            if cur.parent is None:
                return cur
            cur = cur.parent
        return None

    def declared_type(self, node: Node) -> str:
        if node.type != "identifier" or self.ctx.tree is None:
            return ""
        name = self.ctx.node_text(node)
        scope = self._scope_of(node) or self.ctx.tree.root_node
        key = (scope.start_byte, name)
        found = self._declared.get(key)
        if found is None:
            found = self._declared[key] = self._declared_in(scope, name)
        return found

    def _declared_in(self, scope: Node, name: str) -> str:
        while scope.type == "function_definition":
            text = self.ctx.node_text(scope)
            if f"{name} =" in text or f"{name}:" in text or f"{name}=" in text:
                break  # assigned or annotated here (or a parameter): read this scope
            outer = self._scope_of(scope)
            if outer is None:
                break
            scope = outer
        return self._types_in(scope).get(name, "")

    # -- functions ----------------------------------------------------------------------
    def _params(self, fn: Node) -> list[Param]:
        params = fn.child_by_field_name("parameters")
        out: list[Param] = []
        for p in params.named_children if params is not None else []:
            name_node = p
            if p.type in _PARAM_WRAPPERS:
                name_node = p.child_by_field_name("name") or (
                    p.named_children[0] if p.named_children else p)
            elif p.type in _SPLATS:
                name_node = p.named_children[0] if p.named_children else p
            if name_node.type != "identifier":
                continue
            default = p.child_by_field_name("value") if p.type in _PARAM_WRAPPERS else None
            annotations: tuple[str, ...] = ()
            if default is not None and default.type == "call":
                annotations = (self.qualified_name(default.child_by_field_name("function")) or "",)
            out.append(Param(name=self.ctx.node_text(name_node), node=p,
                             type=self._annotation(p.child_by_field_name("type")),
                             default=default, annotations=annotations))
        return out

    def _decorators(self, fn: Node) -> tuple[Decorator, ...]:
        parent = fn.parent
        if parent is None or parent.type != "decorated_definition":
            return ()
        out = []
        for d in parent.named_children:
            if d.type != "decorator" or not d.named_children:
                continue
            expr: Node | None = d.named_children[0]
            call = expr if expr is not None and expr.type == "call" else None
            if call is not None:
                expr = call.child_by_field_name("function")
            name = self._typed_member(expr) or self.qualified_name(expr) or \
                self.ctx.node_text(expr)
            out.append(Decorator(name=name, node=d, call=call))
        return tuple(out)

    @cached_property
    def _functions(self) -> list[FunctionDef]:
        ctx = self.ctx
        if ctx.tree is None:
            return []
        nodes = node_index.nodes_of(ctx, ("function_definition",))
        if nodes is None:
            query = compile_query("python", _FUNCTIONS)
            nodes = sorted(query_cursor(query).captures(ctx.tree.root_node).get("fn", []),
                           key=lambda n: n.start_byte)
        module = self.module_name()
        out = []
        for node in nodes:
            name = ctx.node_text(node.child_by_field_name("name"))
            outer: list[str] = []
            class_name = ""
            cur = node.parent
            while cur is not None:
                if cur.type in ("class_definition", "function_definition"):
                    part = ctx.node_text(cur.child_by_field_name("name"))
                    outer.append(part)
                    if cur.type == "class_definition" and not class_name and \
                            len(outer) == 1:
                        class_name = part
                cur = cur.parent
            qualified = ".".join(p for p in (module, *reversed(outer), name) if p)
            out.append(FunctionDef(node=node, name=name, qualified_name=qualified,
                                   params=tuple(self._params(node)),
                                   decorators=self._decorators(node), class_name=class_name,
                                   body=node.child_by_field_name("body")))
        return out

    # -- nodes --------------------------------------------------------------------------
    def role(self, node: Node) -> str:
        if node.type == "string" and any(c.type == "interpolation" for c in node.named_children):
            return "template"
        return role_of("python", node.type)

    def string_value(self, node: Node | None) -> str | None:
        if node is None or node.type != "string" or \
                any(c.type == "interpolation" for c in node.named_children):
            return None
        text = self.ctx.node_text(node)
        if _plain_literal(text):
            return text[1:-1]  # what `ast.literal_eval` gives it, without compiling it
        try:
            value = ast.literal_eval(text)
        except (ValueError, SyntaxError, MemoryError, RecursionError):
            return None
        if isinstance(value, bytes):
            return value.decode("utf-8", "replace")
        return value if isinstance(value, str) else None


def _plain_literal(text: str) -> bool:
    """A string literal without prefix, escapes or inner quotes, of printable ASCII
    (`'/users'`, `"GET"`): its value is the text between the quotes."""
    return len(text) >= 2 and text[0] in "'\"" and text[-1] == text[0] and \
        text.isascii() and text.isprintable() and "\\" not in text and \
        text[0] not in text[1:-1]
