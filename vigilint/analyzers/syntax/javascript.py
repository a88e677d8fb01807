"""The semantic layer for JavaScript and TypeScript (js, jsx, mjs, cjs, ts, tsx): ES imports
(default, namespace, named), `require` (plain, destructured, `.member`), `import x =
require()` and `await import()` resolve to module paths (`node:` prefixes dropped, relative
specifiers resolved against the file's folder: `./db` in `src/routes.js` -> `src.db`); calls,
arguments (a trailing object literal's properties as options), declared types (TS
annotations, `new X()`, model result types), functions with their decorators and parameters,
roles, literal values, and the values a local name is assigned (docs/dataflow.md section 7)."""

from __future__ import annotations

import posixpath
from functools import cached_property

from tree_sitter import Node

from vigilint.analyzers.context import FileContext
from vigilint.analyzers.languages import compile_query, query_cursor
from vigilint.analyzers.syntax.base import (
    Arguments,
    Decorator,
    FunctionDef,
    Param,
    module_name,
    role_of,
)
from vigilint.analyzers.syntax.generic import GenericSemantics

_JS_IMPORTS = """
(import_statement) @imp
(variable_declarator
  name: (_) @name
  value: [(call_expression function: (identifier) @req arguments: (arguments (string) @mod))
          (member_expression object: (call_expression function: (identifier) @req
              arguments: (arguments (string) @mod)) property: (property_identifier) @prop)
          (await_expression (call_expression function: (import) arguments: (arguments (string) @mod)))]
  ) @decl
(variable_declarator
  name: (identifier) @alias
  value: (call_expression function: (_) @wrap
                          arguments: (arguments . [(identifier) (member_expression)] @target .)))
"""
# Wrappers that return the same function with another calling convention.
_SAME_FUNCTION = frozenset({"util.promisify", "promisify", "bluebird.promisify",
                            "Promise.promisify"})
_LOADS = """
(call_expression function: (identifier) @req arguments: (arguments . (string) @mod))
(call_expression function: (import) arguments: (arguments . (string) @mod))
"""
FUNCTION_KINDS = frozenset({
    "function_declaration", "function_expression", "arrow_function", "method_definition",
    "generator_function_declaration", "generator_function",
})
_SCOPES = FUNCTION_KINDS | {"program"}
_CLASSES = ("class_declaration", "class", "abstract_class_declaration")
_PARAM_WRAPPERS = ("required_parameter", "optional_parameter")
_COMMENTS = ("comment",)


def _module_path(path: str, spec: str) -> str:
    """The dotted module of an import specifier seen from the file at `path`."""
    spec = spec.removeprefix("node:")
    if not spec.startswith("."):
        return spec
    base = posixpath.dirname(path.replace("\\", "/"))
    joined = posixpath.normpath(posixpath.join(base, spec))
    if joined.startswith(".."):
        return spec  # above the scan root: leave it relative (never a package name)
    return module_name(joined) or spec


class JavaScriptSemantics(GenericSemantics):
    def __init__(self, ctx: FileContext) -> None:
        super().__init__(ctx)
        self._declared: dict[tuple[int, str], str] = {}
        self._assigned: dict[int, dict[str, list[Node]]] = {}

    # -- imports ------------------------------------------------------------------------
    def imports(self) -> dict[str, str]:
        return self._imports

    @cached_property
    def _imports(self) -> dict[str, str]:
        ctx = self.ctx
        out: dict[str, str] = {}
        if ctx.tree is None:
            return out
        text = ctx.node_text
        query = compile_query(ctx.language, _JS_IMPORTS)
        wrapped: list[tuple[str, Node]] = []
        for _, caps in query_cursor(query).matches(ctx.tree.root_node):
            if "imp" in caps:
                self._es_import(caps["imp"][0], out)
                continue
            if "alias" in caps:
                wrapped.append((text(caps["alias"][0]), caps["target"][0])) \
                    if text(caps["wrap"][0]) in _SAME_FUNCTION or text(caps["wrap"][0]).endswith(
                        ".promisify") else None
                continue
            if "mod" not in caps or "name" not in caps:
                continue
            if "req" in caps and text(caps["req"][0]) != "require":
                continue
            module = _module_path(ctx.path, text(caps["mod"][0]).strip("'\"`"))
            if "prop" in caps and text(caps["prop"][0]) != "default":
                module = f"{module}.{text(caps['prop'][0])}"
            self._bind_pattern(caps["name"][0], module, out)
        for alias, target in wrapped:  # `const run = promisify(exec)`: run is exec
            head, _, rest = text(target).partition(".")
            if head in out:
                out[alias] = f"{out[head]}.{rest}" if rest else out[head]
        return out

    def _es_import(self, node: Node, out: dict[str, str]) -> None:
        text = self.ctx.node_text
        source = node.child_by_field_name("source")
        for clause in node.named_children:
            if clause.type == "import_require_clause":  # TS: import x = require('y')
                src = clause.child_by_field_name("source")
                ident = next((c for c in clause.named_children if c.type == "identifier"), None)
                if src is not None and ident is not None:
                    out[text(ident)] = _module_path(self.ctx.path, text(src).strip("'\"`"))
                continue
            if clause.type != "import_clause" or source is None:
                continue
            module = _module_path(self.ctx.path, text(source).strip("'\"`"))
            for part in clause.named_children:
                if part.type == "identifier":  # default import
                    out[text(part)] = module
                elif part.type == "namespace_import":
                    for ident in part.named_children:
                        out[text(ident)] = module
                elif part.type == "named_imports":
                    for spec in part.named_children:
                        if spec.type != "import_specifier":
                            continue
                        name = text(spec.child_by_field_name("name"))
                        alias_node = spec.child_by_field_name("alias")
                        alias = text(alias_node) if alias_node else name
                        out[alias] = module if name == "default" else f"{module}.{name}"

    def _bind_pattern(self, pattern: Node, module: str, out: dict[str, str]) -> None:
        text = self.ctx.node_text
        if pattern.type == "identifier":
            out[text(pattern)] = module
        elif pattern.type == "object_pattern":
            for prop in pattern.named_children:
                if prop.type == "shorthand_property_identifier_pattern":
                    out[text(prop)] = f"{module}.{text(prop)}"
                elif prop.type == "pair_pattern":
                    key = text(prop.child_by_field_name("key")).strip("'\"")
                    value = prop.child_by_field_name("value")
                    if value is not None:
                        self._bind_pattern(value, f"{module}.{key}", out)
                elif prop.type == "object_assignment_pattern":
                    left = prop.child_by_field_name("left")
                    if left is not None:
                        out[text(left)] = f"{module}.{text(left)}"

    # -- calls --------------------------------------------------------------------------
    def callee(self, call: Node) -> tuple[Node | None, str]:
        function = call.child_by_field_name("function") or \
            call.child_by_field_name("constructor")
        while function is not None and function.type in ("parenthesized_expression",
                                                          "non_null_expression"):
            inner = function.named_children
            function = inner[-1] if inner else None
        if function is not None and function.type == "member_expression":
            return (function.child_by_field_name("object"),
                    self.ctx.node_text(function.child_by_field_name("property")))
        if function is not None and function.type == "import":
            return None, "import"
        return None, self.ctx.node_text(function) if function is not None else ""

    def callee_name(self, call: Node) -> str:
        function = call.child_by_field_name("function") or \
            call.child_by_field_name("constructor")
        if function is not None and function.type == "import":
            return "import"
        return self.qualified_name(function) or self.required_module(function)

    def required_module(self, node: Node | None) -> str:
        """The module of a `require("m")` call (called at once: `require("fastify")()`)."""
        if node is None or node.type != "call_expression":
            return ""
        function = node.child_by_field_name("function")
        if function is None or self.ctx.node_text(function) != "require":
            return ""
        args = self.arguments(node).positional
        spec = self.string_value(args[0]) if args else None
        return _module_path(self.ctx.path, spec) if spec else ""

    def imports_any(self, prefixes: tuple[str, ...]) -> bool:
        """True when an import, or any `require()`/`import()` of the file, names one of the
        module `prefixes` (or a submodule)."""
        found = self._imports_any.get(prefixes)
        if found is None:
            found = self._imports_any[prefixes] = any(
                v == p or v.startswith((p + ".", p + "/"))
                for v in (*self._imports.values(), *self._loaded) for p in prefixes)
        return found

    @cached_property
    def _loaded(self) -> frozenset[str]:
        """Every module named by a `require("m")` or `import("m")` anywhere in the file."""
        if self.ctx.tree is None or ("require" not in self.ctx.text and
                                     "import(" not in self.ctx.text):
            return frozenset()
        query = compile_query(self.ctx.language, _LOADS)
        out = set()
        for _, caps in query_cursor(query).matches(self.ctx.tree.root_node):
            if "req" in caps and self.ctx.node_text(caps["req"][0]) != "require":
                continue
            out.add(_module_path(self.ctx.path, self.ctx.node_text(caps["mod"][0]).strip("'\"`")))
        return frozenset(out)

    def call_name(self, call: Node) -> str:
        """`<Type>.<method>` when the receiver is a name with a declared type, else the
        import-resolved name of the callee."""
        receiver, method = self.callee(call)
        if receiver is not None and receiver.type == "identifier" and \
                self.ctx.node_text(receiver) not in self._imports:
            declared = self.declared_type(receiver)
            if declared:
                return f"{declared}.{method}"
        return self.callee_name(call)

    def _parse_arguments(self, call: Node) -> Arguments:
        args = call.child_by_field_name("arguments")
        if args is None or args.type != "arguments":
            return Arguments()  # `new X` without arguments, or a tagged template
        nodes = tuple(a for a in args.named_children if a.type not in _COMMENTS)
        positional = tuple(a for a in nodes if a.type != "spread_element")
        last = positional[-1] if positional else None
        options = self.object_properties(last) if last is not None and \
            last.type == "object" else {}
        return Arguments(positional=positional, splat=len(positional) != len(nodes),
                         nodes=nodes, options=options)

    def object_properties(self, node: Node | None) -> dict[str, Node]:
        """Key -> value node of an object literal (shorthand properties map to themselves,
        methods to their definitions)."""
        out: dict[str, Node] = {}
        if node is None or node.type != "object":
            return out
        text = self.ctx.node_text
        for child in node.named_children:
            if child.type == "pair":
                key = child.child_by_field_name("key")
                value = child.child_by_field_name("value")
                if key is not None and value is not None:
                    out[text(key).strip("'\"`")] = value
            elif child.type == "shorthand_property_identifier":
                out[text(child)] = child
            elif child.type == "method_definition":
                out[text(child.child_by_field_name("name"))] = child
        return out

    # -- types --------------------------------------------------------------------------
    def declared_type(self, node: Node) -> str:
        """The type a local name was declared with: a TS annotation, `new X(...)`, or a call
        whose result type the models give (`express()`, `mysql.createPool()`)."""
        if node.type != "identifier" or self.ctx.tree is None:
            return ""
        name = self.ctx.node_text(node)
        scope = self.scope_of(node)
        while True:
            key = (scope.start_byte, name)
            found = self._declared.get(key)
            if found is None:
                found = self._declared[key] = self._type_in(scope, name)
            if found or scope.type == "program" or name in self.assigned(scope):
                return found if found != "?" else ""
            outer = self.scope_of(scope)
            if outer.id == scope.id:
                return ""
            scope = outer

    def _type_in(self, scope: Node, name: str) -> str:
        if scope.type != "program":
            for param in self._params(scope):
                if param.name == name:
                    return param.type or "?"
        types = {self._value_type(v) for v in self.assigned(scope).get(name, [])}
        types.discard("")
        if len(types) == 1:
            return types.pop()
        return "?" if name in self.assigned(scope) else ""

    def _value_type(self, value: Node) -> str:
        from vigilint.analyzers.models import load

        if value.type == "type_annotation":
            inner = value.named_children[0] if value.named_children else None
            return self._type_name(inner)
        while value.type in ("await_expression", "parenthesized_expression", "as_expression",
                             "non_null_expression") and value.named_children:
            value = value.named_children[0]
        if value.type == "new_expression":
            ctor = self.qualified_name(value.child_by_field_name("constructor")) or ""
            return load(self.language).types.get(ctor, ctor)
        if value.type == "call_expression":
            return load(self.language).types.get(self.call_name(value), "")
        return ""

    def _type_name(self, node: Node | None) -> str:
        if node is None:
            return ""
        if node.type == "generic_type":
            node = node.child_by_field_name("name") or node
        if node.type == "predefined_type":
            text = self.ctx.node_text(node)
            return "" if text in ("any", "unknown", "object", "never", "void") else text
        if node.type in ("type_identifier", "identifier", "nested_type_identifier",
                         "member_expression"):
            text = self.ctx.node_text(node)
            head, _, rest = text.partition(".")
            if head in self._imports:
                return f"{self._imports[head]}.{rest}" if rest else self._imports[head]
            return text
        return ""

    # -- scopes and names ---------------------------------------------------------------
    def scope_of(self, node: Node) -> Node:
        """The innermost function (or the program) around `node`."""
        cur = node.parent
        while cur is not None and cur.type not in _SCOPES:
            cur = cur.parent
        return cur if cur is not None else node

    def assigned(self, scope: Node) -> dict[str, list[Node]]:
        """Local name -> the expressions assigned to it directly in `scope` (declarations,
        assignments, and `+=`-style updates as the whole update), in document order; a TS
        annotation counts as a value."""
        found = self._assigned.get(scope.start_byte)
        if found is not None:
            return found
        out: dict[str, list[Node]] = {}
        stack = list(reversed(scope.named_children))
        text = self.ctx.node_text
        while stack:
            node = stack.pop()
            kind = node.type
            if kind in FUNCTION_KINDS:
                if kind in ("function_declaration", "generator_function_declaration"):
                    name = node.child_by_field_name("name")
                    if name is not None:
                        out.setdefault(text(name), []).append(node)
                continue
            if kind == "variable_declarator":
                name = node.child_by_field_name("name")
                value = node.child_by_field_name("value")
                typed = node.child_by_field_name("type")
                if name is not None and name.type == "identifier":
                    for v in (typed, value):
                        if v is not None:
                            out.setdefault(text(name), []).append(v)
            elif kind in ("assignment_expression", "augmented_assignment_expression"):
                left = node.child_by_field_name("left")
                right = node.child_by_field_name("right")
                if left is not None and left.type == "identifier" and right is not None:
                    out.setdefault(text(left), []).append(
                        right if kind == "assignment_expression" else node)
            stack.extend(reversed(node.named_children))
        self._assigned[scope.start_byte] = out
        return out

    def assigned_values(self, name_node: Node) -> list[Node]:
        """The expressions assigned to the local name `name_node` in its function (or, when
        it is not assigned there, in the enclosing ones)."""
        name = self.ctx.node_text(name_node)
        scope = self.scope_of(name_node)
        while True:
            found = self.assigned(scope).get(name)
            if found:
                return [n for n in found if n.type != "type_annotation"]
            outer = self.scope_of(scope)
            if scope.type == "program" or outer.id == scope.id:
                return []
            scope = outer

    def resolved(self, node: Node | None, hops: int = 3) -> Node | None:
        """Follow a local name to the expression it was last assigned before `node` (a few
        hops; wrappers such as `await`/`as` are looked through)."""
        while node is not None and hops >= 0:
            if node.type in ("parenthesized_expression", "await_expression", "as_expression",
                             "non_null_expression", "satisfies_expression") and \
                    node.named_children:
                node = node.named_children[0]
                continue
            if node.type != "identifier":
                return node
            values = self.assigned_values(node)
            if not values:
                return node
            before = [v for v in values if v.end_byte <= node.start_byte]
            chosen = (before or values)[-1]
            if chosen.type in FUNCTION_KINDS or chosen.type in _CLASSES:
                return chosen
            node, hops = chosen, hops - 1
        return node

    # -- functions ----------------------------------------------------------------------
    def _params(self, fn: Node) -> list[Param]:
        single = fn.child_by_field_name("parameter")
        params = [single] if single is not None else list(
            (fn.child_by_field_name("parameters") or fn).named_children
            if fn.child_by_field_name("parameters") is not None else [])
        out: list[Param] = []
        text = self.ctx.node_text
        for p in params:
            if p.type in _COMMENTS:
                continue
            pattern, default, typed, annotations = p, None, "", []
            if p.type in _PARAM_WRAPPERS:
                pattern = p.child_by_field_name("pattern") or p
                default = p.child_by_field_name("value")
                typed = self._type_name(self._annotation_node(p))
                for d in p.children_by_field_name("decorator"):
                    annotations.append(self._decorator(d).name)
            elif p.type == "assignment_pattern":
                pattern = p.child_by_field_name("left") or p
                default = p.child_by_field_name("right")
            if pattern.type == "rest_pattern" and pattern.named_children:
                pattern = pattern.named_children[0]
            name = text(pattern) if pattern.type == "identifier" else ""
            out.append(Param(name=name, node=pattern, type=typed, default=default,
                             annotations=tuple(annotations)))
        return out

    @staticmethod
    def _annotation_node(param: Node) -> Node | None:
        annotation = param.child_by_field_name("type")
        if annotation is not None and annotation.named_children:
            return annotation.named_children[0]
        return None

    def _decorator(self, node: Node) -> Decorator:
        expr = node.named_children[0] if node.named_children else None
        call = expr if expr is not None and expr.type == "call_expression" else None
        if call is not None:
            expr = call.child_by_field_name("function")
        name = self.qualified_name(expr) or (self.ctx.node_text(expr) if expr else "")
        return Decorator(name=name, node=node, call=call)

    def _decorators(self, fn: Node) -> tuple[Decorator, ...]:
        found = [self._decorator(d) for d in fn.children_by_field_name("decorator")]
        if fn.type in ("method_definition", "abstract_method_signature"):
            sibling = fn.prev_named_sibling  # TS puts them before the method in the class body
            while sibling is not None and sibling.type == "decorator":
                found.insert(0, self._decorator(sibling))
                sibling = sibling.prev_named_sibling
        return tuple(found)

    def class_decorators(self, class_node: Node) -> tuple[Decorator, ...]:
        """The decorators of a class (`@Controller('users')`)."""
        found = [self._decorator(d) for d in class_node.children_by_field_name("decorator")]
        parent = class_node.parent
        if parent is not None and parent.type == "export_statement":
            found.extend(self._decorator(d) for d in parent.children_by_field_name("decorator"))
        return tuple(found)

    def _function_name(self, node: Node) -> str:
        text = self.ctx.node_text
        name = node.child_by_field_name("name")
        if name is not None:
            return text(name).strip("'\"")
        parent = node.parent
        if parent is None:
            return ""
        if parent.type == "variable_declarator":
            target = parent.child_by_field_name("name")
            return text(target) if target is not None and target.type == "identifier" else ""
        if parent.type in ("assignment_expression", "pair"):
            target = parent.child_by_field_name("left") or parent.child_by_field_name("key")
            return text(target).rsplit(".", 1)[-1].strip("'\"") if target is not None else ""
        return ""

    @cached_property
    def _functions(self) -> list[FunctionDef]:
        ctx = self.ctx
        if ctx.tree is None:
            return []
        query = compile_query(ctx.language, " ".join(f"({k}) @fn" for k in sorted(FUNCTION_KINDS)))
        nodes = sorted(query_cursor(query).captures(ctx.tree.root_node).get("fn", []),
                       key=lambda n: n.start_byte)
        module = self.module_name()
        out = []
        for node in nodes:
            name = self._function_name(node)
            outer: list[str] = []
            class_name = ""
            cur = node.parent
            while cur is not None:
                if cur.type in _CLASSES or cur.type in FUNCTION_KINDS:
                    part = self._function_name(cur) if cur.type in FUNCTION_KINDS else \
                        ctx.node_text(cur.child_by_field_name("name"))
                    outer.append(part or f"<{ctx.position_of_byte(cur.start_byte)[0]}>")
                    if cur.type in _CLASSES and not class_name and len(outer) == 1:
                        class_name = part
                cur = cur.parent
            own = name or f"<{ctx.position_of_byte(node.start_byte)[0]}>"
            qualified = ".".join(p for p in (module, *reversed(outer), own) if p)
            body = node.child_by_field_name("body")
            out.append(FunctionDef(node=node, name=name, qualified_name=qualified,
                                   params=tuple(self._params(node)),
                                   decorators=self._decorators(node), class_name=class_name,
                                   body=body))
        return out

    # -- nodes --------------------------------------------------------------------------
    def role(self, node: Node) -> str:
        if node.type == "template_string":
            return "template" if any(c.type == "template_substitution"
                                     for c in node.named_children) else "string"
        if node.type == "generator_function":
            return "function"
        return role_of(self.language, node.type)

    def literal_text(self, node: Node | None, limit: int = 4096) -> str:
        """The literal parts of a string expression; a local name contributes the literal
        parts of the values assigned to it (`let q = "SELECT ..."; q += ...`)."""
        if node is None:
            return ""
        while node.type in ("parenthesized_expression", "await_expression", "as_expression",
                            "non_null_expression") and node.named_children:
            node = node.named_children[0]
        if node.type != "identifier":
            return super().literal_text(node, limit)
        parts = [super(JavaScriptSemantics, self).literal_text(v, limit)
                 for v in self.assigned_values(node)[:8]]
        return " ".join(p for p in parts if p)

    def string_value(self, node: Node | None) -> str | None:
        """The value of a string literal or a template literal without substitutions."""
        if node is None or node.type not in ("string", "template_string"):
            return None
        if any(c.type == "template_substitution" for c in node.named_children):
            return None
        text = self.ctx.node_text(node)
        return text[1:-1] if len(text) >= 2 else None
