"""The language-neutral part of the semantic layer, used as is by languages whose own layer is
not written yet (Java, Go) and extended by the others: names through an import table, callee and
receiver, positional arguments, enclosing function by node kind, roles."""

from __future__ import annotations

from functools import cached_property

from tree_sitter import Node

from vigilint.analyzers.context import FileContext
from vigilint.analyzers.syntax.base import (
    Arguments,
    FunctionDef,
    dotted,
    module_name,
    role_kinds,
    role_of,
)
from vigilint.analyzers.syntax.enclosing import enclosing_node

_CALLEE_FIELDS = ("function", "name")
_MEMBER_OBJECT = {"member_expression": ("object", "property"),
                  "selector_expression": ("operand", "field"),
                  "field_access": ("object", "field"), "attribute": ("object", "attribute")}


class GenericSemantics:
    def __init__(self, ctx: FileContext) -> None:
        self.ctx = ctx
        self.language = ctx.language
        self.static_types = False
        self._function_kinds = frozenset(role_kinds(ctx.language, "function"))
        self._imports_any: dict[tuple[str, ...], bool] = {}
        self._import_heads: set[str] | None = None
        self._arguments: dict[tuple[int, int], Arguments] = {}

    def imports(self) -> dict[str, str]:
        return {}

    def imports_any(self, prefixes: tuple[str, ...]) -> bool:
        """True when some import names one of the module `prefixes` (or a submodule)."""
        found = self._imports_any.get(prefixes)
        if found is None:
            heads = self._import_heads
            if heads is None:
                # every imported path and each of its prefixes that ends before a dot: `v == p
                # or v.startswith(p + ".")` holds exactly when `p` is one of them
                heads = self._import_heads = {
                    v[:i] for v in self.imports().values()
                    for i in [len(v), *(j for j, c in enumerate(v) if c == ".")]}
            found = self._imports_any[prefixes] = not heads.isdisjoint(prefixes)
        return found

    def module_name(self) -> str:
        return module_name(self.ctx.path)

    def dotted(self, node: Node | None) -> str | None:
        return dotted(self.ctx, node)

    def qualified_name(self, node: Node | None) -> str | None:
        text = dotted(self.ctx, node)
        if text is None:
            return None
        table = self.imports()
        if text in table:
            return table[text]
        head, _, rest = text.partition(".")
        if head in table:
            return f"{table[head]}.{rest}" if rest else table[head]
        return text

    def callee(self, call: Node) -> tuple[Node | None, str]:
        if call.type == "method_invocation":  # java: object.name(args)
            return call.child_by_field_name("object"), \
                self.ctx.node_text(call.child_by_field_name("name"))
        function = call.child_by_field_name("function")
        if function is not None and function.type in _MEMBER_OBJECT:
            obj_field, name_field = _MEMBER_OBJECT[function.type]
            return function.child_by_field_name(obj_field), \
                self.ctx.node_text(function.child_by_field_name(name_field))
        return None, self.ctx.node_text(function)

    def receiver(self, call: Node) -> Node | None:
        return self.callee(call)[0]

    def callee_name(self, call: Node) -> str:
        """The import-resolved dotted name of the callee, whatever the receiver's type."""
        if call.type == "method_invocation":
            receiver, name = self.callee(call)
            base = self.qualified_name(receiver) if receiver is not None else None
            return f"{base}.{name}" if base else name
        return self.qualified_name(call.child_by_field_name("function")) or ""

    def call_name(self, call: Node) -> str:
        return self.callee_name(call)

    def arguments(self, call: Node) -> Arguments:
        """The call's arguments (parsed once per call node: many rules ask)."""
        key = (call.start_byte, call.end_byte)
        found = self._arguments.get(key)
        if found is None:
            found = self._arguments[key] = self._parse_arguments(call)
        return found

    def _parse_arguments(self, call: Node) -> Arguments:
        args = call.child_by_field_name("arguments")
        if args is None:
            return Arguments()
        nodes = tuple(a for a in args.named_children
                      if a.type not in ("comment", "line_comment", "block_comment"))
        return Arguments(positional=nodes, nodes=nodes)

    def declared_type(self, node: Node) -> str:
        return ""

    @cached_property
    def _functions(self) -> list[FunctionDef]:
        """The file's function definitions in document order (a language's layer fills it)."""
        return []

    def functions(self) -> list[FunctionDef]:
        return self._functions

    @cached_property
    def _by_start(self) -> dict[int, FunctionDef]:
        return {f.node.start_byte: f for f in self._functions}

    def function(self, node: Node) -> FunctionDef | None:
        """The FunctionDef of a function node."""
        return self._by_start.get(node.start_byte)

    def function_at(self, node: Node) -> FunctionDef | None:
        """The innermost enclosing function that has a definition (lambdas without one are
        passed over), from byte ranges (`syntax/enclosing.py`: no walk up with Node.parent)."""
        around = enclosing_node(self.ctx, node, self._function_kinds)
        while around is not None and around.start_byte not in self._by_start:
            around = enclosing_node(self.ctx, around, self._function_kinds)
        return self._by_start[around.start_byte] if around is not None else None

    def enclosing_function_node(self, node: Node) -> Node | None:
        cur = node.parent
        while cur is not None and cur.type not in self._function_kinds:
            cur = cur.parent
        return cur

    def role(self, node: Node) -> str:
        return role_of(self.language, node.type)

    def literal_text(self, node: Node | None, limit: int = 4096) -> str:
        """The literal parts of a string expression (string literals and template fragments
        under `node`, joined by spaces): what the text says whatever is spliced into it."""
        if node is None:
            return ""
        parts: list[str] = []
        size = 0
        stack = [node]
        while stack and size < limit:
            cur = stack.pop()
            if self.role(cur) in ("string", "template") and cur.child_count:
                fragments = [c for c in cur.named_children if self.role(c) == "other" and
                             not c.named_child_count]
                text = " ".join(self.ctx.node_text(c) for c in fragments) if fragments \
                    else self.ctx.node_text(cur)
                parts.append(text)
                size += len(text)
            stack.extend(reversed(cur.named_children))
        return " ".join(parts)

    def string_value(self, node: Node | None) -> str | None:
        if node is None or self.role(node) != "string":
            return None
        text = self.ctx.node_text(node)
        return text[1:-1] if len(text) >= 2 else None
