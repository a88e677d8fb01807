"""The semantic layer for Java: imports (single-type, wildcard, static), type names resolved
through them (generics erased), declared types of locals, parameters and fields (`var`
inferred from its initializer), receiver-typed call names (`stmt.executeQuery(sql)` ->
`java.sql.Statement.executeQuery`), methods with their parameters and annotations, the
enclosing method and class, and Java string literals.

A type the file names without importing it (a snippet, a same-package class) resolves through
`java.lang`, the wildcard imports and the model tables' known types; see `resolve_type`."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from functools import cached_property

from tree_sitter import Node

from vigilint import lazyre
from vigilint.analyzers.context import FileContext
from vigilint.analyzers.languages import compile_query, query_cursor
from vigilint.analyzers.syntax.base import Arguments, Decorator, FunctionDef, Param, role_of
from vigilint.analyzers.syntax.generic import GenericSemantics

__all__ = ["JAVA_LANG", "JavaSemantics", "decode_string", "erase", "known_type_names"]

# Classes of `java.lang`, visible without an import.
JAVA_LANG = frozenset({
    "Appendable", "AutoCloseable", "Boolean", "Byte", "CharSequence", "Character", "Class",
    "ClassLoader", "Cloneable", "Comparable", "Double", "Enum", "Error", "Exception", "Float",
    "IllegalArgumentException", "IllegalStateException", "Integer", "Iterable", "Long", "Math",
    "Module", "NullPointerException", "Number", "NumberFormatException", "Object", "Package",
    "Process", "ProcessBuilder", "ProcessHandle", "Readable", "Record", "Runnable", "Runtime",
    "RuntimeException", "SecurityException", "SecurityManager", "Short", "StackWalker",
    "StrictMath", "String", "StringBuffer", "StringBuilder", "System", "Thread", "ThreadLocal",
    "Throwable", "UnsupportedOperationException", "Void",
})
PRIMITIVES = frozenset({"int", "long", "short", "byte", "char", "boolean", "double", "float",
                        "void"})
_CLASS_KINDS = ("class_declaration", "interface_declaration", "enum_declaration",
                "record_declaration", "annotation_type_declaration")
_METHOD_KINDS = ("method_declaration", "constructor_declaration",
                 "compact_constructor_declaration")
_ANNOTATIONS = ("annotation", "marker_annotation")
_DECLARATIONS = """
(local_variable_declaration) @decl
(enhanced_for_statement) @decl
(catch_formal_parameter) @decl
(resource) @decl
(lambda_expression) @decl
(instanceof_expression) @decl
"""
_CLASSES = " ".join(f"({k}) @c" for k in _CLASS_KINDS)
# a type declaration keyword (counted: more than the walk found means a local class), and an
# anonymous class body (`new T(...) {`)
_TYPE_KEYWORDS = (b"class ", b"interface ", b"enum ", b"record ")
_ANONYMOUS = lazyre.compile(rb"new\s+[\w.$]+\s*(?:<[^;{}]*?>)?\s*\([^;{}]*\)\s*\{")
_METHODS = " ".join(f"({k}) @m" for k in _METHOD_KINDS)
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "s": " ", "0": "\0",
            "\\": "\\", "'": "'", '"': '"'}


def erase(type_text: str) -> str:
    """A type's text without generics, annotations and whitespace (`List<String>` -> `List`,
    `Map.Entry<K, V>[]` -> `Map.Entry[]`)."""
    if "<" not in type_text and "@" not in type_text and " " not in type_text and \
            "." not in type_text[-3:]:
        return type_text  # the common case: nothing to erase
    out: list[str] = []
    depth = 0
    for ch in type_text:
        if ch == "<":
            depth += 1
        elif ch == ">":
            depth = max(0, depth - 1)
        elif depth == 0 and not ch.isspace():
            out.append(ch)
    text = "".join(out)
    while text.startswith("@"):  # a type annotation: `@NonNull String`
        cut = text.find(")") + 1 if "(" in text.split(" ")[0] else 0
        text = text[cut:] if cut else text.lstrip("@").split(".", 1)[-1]
    return text.replace("...", "[]")


def decode_string(text: str) -> str:
    """The value of a Java string or character literal's source text (escapes decoded; a
    text block's incidental indentation removed)."""
    if text.startswith('"""'):
        body = text[3:-3]
        lines = body.split("\n")[1:] if "\n" in body else [body]
        indents = [len(line) - len(line.lstrip()) for line in lines if line.strip()]
        cut = min(indents) if indents else 0
        body = "\n".join(line[cut:] for line in lines)
    else:
        body = text[1:-1]
    if "\\" not in body:
        return body
    out: list[str] = []
    i = 0
    while i < len(body):
        ch = body[i]
        if ch != "\\" or i + 1 >= len(body):
            out.append(ch)
            i += 1
            continue
        nxt = body[i + 1]
        if nxt == "u":
            j = i + 1
            while j < len(body) and body[j] == "u":
                j += 1
            try:
                out.append(chr(int(body[j:j + 4], 16)))
                i = j + 4
                continue
            except ValueError:
                pass
        if nxt in "01234567":
            j = i + 1
            while j < len(body) and j < i + 4 and body[j] in "01234567":
                j += 1
            out.append(chr(int(body[i + 1:j], 8)))
            i = j
            continue
        out.append(_ESCAPES.get(nxt, nxt))
        i += 2
    return "".join(out)


@functools.cache
def _known_types() -> dict[str, tuple[str, ...]]:
    """Simple name -> qualified names of every type the Java model tables mention (sinks,
    sources, sanitizers, types, annotations): a type a snippet names without importing it
    resolves to the one qualified name the tables know for it."""
    from vigilint.analyzers.models import load

    models = load("java")
    names: set[str] = set()
    tables = (models.sinks_by_call, models.source_calls, models.sanitizer_calls,
              models.validator_calls, models.propagator_calls, models.request_types,
              models.source_annotations, models.route_decorators, models.auth_markers)
    for table in tables:
        names.update(table)
    names.update(models.types)
    names.update(models.types.values())
    for lib in models.libraries:
        for route in lib.routes:
            names.update(route.not_input)
    found: dict[str, set[str]] = {}
    for name in names:
        qualified = type_part(name)
        if qualified and "." in qualified:  # a bare name (the access tables') says no package
            found.setdefault(qualified.rsplit(".", 1)[-1], set()).add(qualified)
    return {simple: tuple(sorted(q)) for simple, q in found.items()}


def _type_keywords(source: bytes) -> int:
    """How many times `class`, `interface`, `enum` or `record` start a word followed by a
    space (comments and strings too: an upper bound on the type declarations)."""
    count = 0
    for keyword in _TYPE_KEYWORDS:
        at = source.find(keyword)
        while at != -1:
            before = source[at - 1:at]
            if not before or not (before.isalnum() or before in b"_$.@"):
                count += 1
            at = source.find(keyword, at + 1)
    return count


@functools.cache
def known_type_names() -> frozenset[str]:
    """Every qualified type the Java model tables mention."""
    return frozenset(q for found in _known_types().values() for q in found)


def type_part(name: str) -> str:
    """The type of a qualified member name: through its first capitalised part
    (`java.sql.Statement.execute` -> `java.sql.Statement`); "" when it names no type."""
    parts = name.split(".")
    for i, part in enumerate(parts):
        if part[:1].isupper():
            return ".".join(parts[: i + 1])
    return ""


@dataclass(frozen=True, slots=True)
class _Local:
    name: str
    start: int  # where the declaration is (a use must come after it)
    scope: tuple[int, int]  # the byte range the name is visible in
    type: str  # resolved type ("" unknown)
    node: Node


class JavaSemantics(GenericSemantics):
    def __init__(self, ctx: FileContext) -> None:
        super().__init__(ctx)
        self.language = "java"
        self._locals: dict[int, dict[str, list[_Local]]] = {}
        self._call_names: dict[tuple[int, int], str] = {}
        self._types: dict[tuple[int, int], str] = {}
        self._fields: dict[int, dict[str, tuple[str, Node]]] = {}
        self._methods: dict[int, frozenset[str]] = {}
        self._resolved: dict[str, str] = {}

    # -- imports and type names ---------------------------------------------------------
    @cached_property
    def _import_table(self) -> tuple[str, dict[str, str], tuple[str, ...], tuple[str, ...]]:
        """(package, simple or static member name -> qualified, wildcard packages, classes
        whose static members are all imported)."""
        ctx = self.ctx
        package = ""
        names: dict[str, str] = {}
        wildcards: list[str] = []
        static_all: list[str] = []
        if ctx.tree is None:
            return package, names, (), ()
        for node in ctx.tree.root_node.named_children:  # imports are top-level only
            if node.type not in ("import_declaration", "package_declaration"):
                continue
            target = next((c for c in node.named_children
                           if c.type in ("scoped_identifier", "identifier")), None)
            if target is None:
                continue
            qualified = ctx.node_text(target)
            if node.type == "package_declaration":
                package = qualified
                continue
            static = any(c.type == "static" or ctx.node_text(c) == "static"
                         for c in node.children)
            if any(c.type == "asterisk" for c in node.named_children):
                (static_all if static else wildcards).append(qualified)
            else:
                names[qualified.rsplit(".", 1)[-1]] = qualified
        return package, names, tuple(wildcards), tuple(static_all)

    @cached_property
    def _structure(self) -> dict[str, list[Node]]:
        """The file's classes (`c`) and methods (`m`) in document order: a walk of the class
        bodies, or one query over the file when it may declare classes inside methods
        (anonymous or local classes)."""
        if self.ctx.tree is None:
            return {}
        walked = self._walk_members()
        source = self.ctx.source
        if len(walked["c"]) >= _type_keywords(source) and _ANONYMOUS.search(source) is None:
            return walked
        query = compile_query("java", f"{_CLASSES} {_METHODS}")
        found = query_cursor(query).captures(self.ctx.tree.root_node)
        return {key: sorted(nodes, key=lambda n: n.start_byte) for key, nodes in found.items()}

    def _walk_members(self) -> dict[str, list[Node]]:
        classes: list[Node] = []
        methods: list[Node] = []
        stack = list(reversed(self.ctx.tree.root_node.named_children)) \
            if self.ctx.tree is not None else []
        while stack:
            node = stack.pop()
            t = node.type
            if t in _CLASS_KINDS:
                classes.append(node)
                body = node.child_by_field_name("body")
                if body is not None:
                    stack.extend(reversed(body.named_children))
            elif t in _METHOD_KINDS:
                methods.append(node)
            elif t == "enum_body_declarations":
                stack.extend(reversed(node.named_children))
        return {"c": classes, "m": methods}

    def class_nodes(self) -> list[Node]:
        """The file's class, interface, enum and record declarations, outer before inner."""
        return self._structure.get("c", [])

    def package(self) -> str:
        return self._import_table[0]

    def imports(self) -> dict[str, str]:
        """Simple class name (or statically imported member) -> qualified name."""
        return self._import_table[1]

    def wildcard_imports(self) -> tuple[str, ...]:
        """Packages imported with `import pkg.*;`."""
        return self._import_table[2]

    def static_wildcard_imports(self) -> tuple[str, ...]:
        """Classes whose static members are imported with `import static pkg.Class.*;`."""
        return self._import_table[3]

    def imports_any(self, prefixes: tuple[str, ...]) -> bool:
        found = self._imports_any.get(prefixes)
        if found is None:
            packages = (*self.imports().values(), *self.wildcard_imports(),
                        *self.static_wildcard_imports())
            found = self._imports_any[prefixes] = any(
                v == p or v.startswith(p + ".") for v in packages for p in prefixes)
        return found

    def module_name(self) -> str:
        """The file's package (`com.example.db`); summaries are `package.Class.method`."""
        return self.package()

    @cached_property
    def _classes(self) -> dict[str, str]:
        """Simple and dotted (`Outer.Inner`) names of the file's own types -> qualified."""
        ctx = self.ctx
        out: dict[str, str] = {}
        if ctx.tree is None:
            return out
        for node in self._structure.get("c", ()):
            dotted = self.class_name(node)
            qualified = ".".join(p for p in (self.package(), dotted) if p)
            out.setdefault(dotted.rsplit(".", 1)[-1], qualified)
            out[dotted] = qualified
        return out

    def class_name(self, node: Node) -> str:
        """The dotted name of a class declaration inside its outer classes (`Outer.Inner`)."""
        parts: list[str] = []
        cur: Node | None = node
        while cur is not None:
            if cur.type in _CLASS_KINDS:
                parts.append(self.ctx.node_text(cur.child_by_field_name("name")))
            cur = cur.parent
        return ".".join(reversed(parts))

    def own_class(self, name: str) -> str:
        """The qualified name of one of the file's own types, "" if `name` is none."""
        return self._classes.get(name, "")

    def resolve_type(self, text: str) -> str:
        """A type's text resolved to a qualified, erased name: imports, the file's own types,
        `java.lang`, wildcard imports of a type the tables know, then the one type of that
        simple name the tables know, else the same package. Primitives stay as they are;
        arrays keep their `[]`."""
        found = self._resolved.get(text)
        if found is not None:
            return found
        found = self._resolved[text] = self._resolve(text)
        return found

    def _resolve(self, text: str) -> str:
        erased = erase(text)
        suffix = ""
        while erased.endswith("[]"):
            erased, suffix = erased[:-2], suffix + "[]"
        if not erased or erased in PRIMITIVES or erased == "var":
            return erased + suffix if erased != "var" else ""
        return self._resolve_erased(erased) + suffix

    def _resolve_erased(self, name: str) -> str:
        head, _, rest = name.partition(".")
        if head[:1].islower() and rest:
            return name  # already qualified: java.sql.Statement
        if name in self._classes:
            return self._classes[name]
        table = self.imports()
        if head in table:
            return f"{table[head]}.{rest}" if rest else table[head]
        if head in self._classes:
            return f"{self._classes[head]}.{rest}" if rest else self._classes[head]
        if head in JAVA_LANG:
            return f"java.lang.{name}"
        known = _known_types().get(head, ())
        for package in self.wildcard_imports():
            if f"{package}.{head}" in known:
                return f"{package}.{name}"
        if len({k.replace("jakarta.", "javax.", 1) for k in known}) == 1:
            # one type (the Jakarta EE and the older javax spellings of it count as one)
            chosen = known[-1]
            return f"{chosen}.{rest}" if rest else chosen
        package = self.package()
        return f"{package}.{name}" if package else name

    def is_type_name(self, node: Node) -> bool:
        """True when an identifier or dotted name names a class (a static receiver), not a
        variable: `Paths`, `java.nio.file.Paths`, `DatabaseHelper`, `Outer.Inner`."""
        if node.type == "identifier":
            text = self.ctx.node_text(node)
            if self._local(node, text) is not None or self._field(node, text):
                return False
            return text[:1].isupper() or text in self.imports()
        if node.type in ("field_access", "scoped_identifier"):
            head = node
            while head.type in ("field_access", "scoped_identifier") and head.named_children:
                head = head.named_children[0]
            if head.type != "identifier":
                return False  # this.x, a call's result
            if self._local(head, self.ctx.node_text(head)) is not None or \
                    self._field(head, self.ctx.node_text(head)):
                return False
            parts = (self.dotted(node) or "").split(".")
            last = parts[-1]
            package = all(p[:1].islower() for p in parts[:-1])
            return last[:1].isupper() and (package or not last.isupper()) and \
                not (last.isupper() and "_" in last)
        return node.type in ("type_identifier", "scoped_type_identifier", "generic_type")

    def static_receiver(self, node: Node) -> str:
        """The qualified class a static receiver names (`Paths` -> `java.nio.file.Paths`),
        "" when `node` is no class name."""
        if not self.is_type_name(node):
            return ""
        return self.resolve_type(self.dotted(node) or self.ctx.node_text(node))

    # -- declared types -----------------------------------------------------------------
    def _locals_of(self, scope: Node) -> dict[str, list[_Local]]:
        """The local declarations of one method (or of the top level): parameters, locals,
        loop, catch, resource, lambda and pattern variables, with the range they are
        visible in."""
        found = self._locals.get(scope.start_byte)
        if found is not None:
            return found
        out: dict[str, list[_Local]] = {}
        self._locals[scope.start_byte] = out  # (a `var` initializer may ask while it fills)
        ctx = self.ctx
        text = ctx.node_text

        def add(name_node: Node | None, type_node: Node | None, holder: Node,
                value: Node | None = None) -> None:
            if name_node is None:
                return
            declared = ""
            if type_node is not None:
                declared = self.resolve_type(text(type_node))
            if not declared and value is not None:
                declared = self._expression_type(value, depth=1)
            out.setdefault(text(name_node), []).append(_Local(
                text(name_node), name_node.start_byte, (holder.start_byte, holder.end_byte),
                declared, name_node))

        params = scope.child_by_field_name("parameters") if scope.type in _METHOD_KINDS \
            else None
        for p in params.named_children if params is not None else ():
            if p.type in ("formal_parameter", "spread_parameter"):
                name, type_node = self._param_name_type(p)
                add(name, type_node, scope)
        for node in self._declarations.get(scope.start_byte, ()):
            t = node.type
            if t == "local_variable_declaration":
                type_node = node.child_by_field_name("type")
                for decl in node.children_by_field_name("declarator"):
                    holder = node.parent if node.parent is not None else node
                    add(decl.child_by_field_name("name"),
                        None if type_node is not None and text(type_node) == "var"
                        else type_node, holder, decl.child_by_field_name("value"))
            elif t == "enhanced_for_statement":
                type_node = node.child_by_field_name("type")
                add(node.child_by_field_name("name"),
                    None if type_node is not None and text(type_node) == "var" else type_node,
                    node)
            elif t == "catch_formal_parameter":
                types = [c for c in node.named_children if c.type == "catch_type"]
                first = types[0].named_children[0] if types and types[0].named_children \
                    else None
                add(node.child_by_field_name("name"), first, node.parent or node)
            elif t == "resource":
                type_node = node.child_by_field_name("type")
                holder = node.parent.parent if node.parent is not None and \
                    node.parent.parent is not None else node
                add(node.child_by_field_name("name"),
                    None if type_node is not None and text(type_node) == "var" else type_node,
                    holder, node.child_by_field_name("value"))
            elif t == "lambda_expression":
                lparams = node.child_by_field_name("parameters")
                if lparams is None:
                    continue
                if lparams.type == "identifier":
                    add(lparams, None, node)
                    continue
                for p in lparams.named_children:
                    if p.type == "identifier":
                        add(p, None, node)
                    elif p.type == "formal_parameter":
                        name, type_node = self._param_name_type(p)
                        add(name, type_node, node)
            elif t == "instanceof_expression":
                name = node.child_by_field_name("name")
                if name is not None:
                    add(name, node.child_by_field_name("right"), self._statement_of(node))
        self._locals[scope.start_byte] = out
        return out

    @cached_property
    def _declarations(self) -> dict[int, list[Node]]:
        """The file's declaration nodes (locals, loop, catch, resource, lambda and pattern
        variables) by the start of the scope they belong to: one query for the file."""
        out: dict[int, list[Node]] = {}
        if self.ctx.tree is None:
            return out
        query = compile_query("java", _DECLARATIONS)
        nodes = query_cursor(query).captures(self.ctx.tree.root_node).get("decl", [])
        for node in sorted(nodes, key=lambda n: n.start_byte):
            scope = self._scope(node)
            if scope is not None:
                out.setdefault(scope.start_byte, []).append(node)
        return out

    @staticmethod
    def _statement_of(node: Node) -> Node:
        """The block a pattern variable (`x instanceof Foo f`) is visible in: the enclosing
        statement's parent, a good enough approximation of Java's flow scoping."""
        cur = node
        while cur.parent is not None and cur.parent.type not in ("block", "constructor_body",
                                                                  "switch_block_statement_group"):
            cur = cur.parent
        return cur.parent or cur

    @staticmethod
    def _param_name_type(p: Node) -> tuple[Node | None, Node | None]:
        name = p.child_by_field_name("name")
        type_node = p.child_by_field_name("type")
        if p.type == "spread_parameter":
            for child in p.named_children:
                if child.type == "variable_declarator":
                    name = child.child_by_field_name("name")
                elif child.type not in ("modifiers",) and type_node is None:
                    type_node = child
        return name, type_node

    def _scope(self, node: Node) -> Node | None:
        """The method (or field initializer, initializer block, top level) whose locals
        `node` sees; None in a class body outside all of those."""
        cur = node.parent
        while cur is not None:
            if cur.type in _METHOD_KINDS:
                return cur
            parent = cur.parent
            if parent is not None and parent.type == "class_body" and cur.type in (
                    "field_declaration", "static_initializer", "block"):
                return cur
            if cur.type in _CLASS_KINDS:
                return None
            if parent is None:
                return cur
            cur = parent
        return None

    def _local(self, node: Node, name: str) -> _Local | None:
        scope = self._scope(node)
        if scope is None:
            return None
        found: _Local | None = None
        for local in self._locals_of(scope).get(name, ()):
            if local.scope[0] <= node.start_byte < local.scope[1] and \
                    local.start <= node.start_byte and (found is None or
                                                        local.start > found.start):
                found = local
        return found

    def fields(self, class_node: Node) -> dict[str, tuple[str, Node]]:
        """Field name -> (resolved type, declarator) of one class declaration (record
        components included)."""
        found = self._fields.get(class_node.start_byte)
        if found is not None:
            return found
        out: dict[str, tuple[str, Node]] = {}
        body = class_node.child_by_field_name("body")
        for member in body.named_children if body is not None else ():
            if member.type in ("field_declaration", "constant_declaration"):
                type_node = member.child_by_field_name("type")
                declared = self.resolve_type(self.ctx.node_text(type_node)) \
                    if type_node is not None else ""
                for decl in member.children_by_field_name("declarator"):
                    name = decl.child_by_field_name("name")
                    if name is not None:
                        out[self.ctx.node_text(name)] = (declared, decl)
            elif member.type == "enum_body_declarations":
                for inner in member.named_children:
                    if inner.type == "field_declaration":
                        type_node = inner.child_by_field_name("type")
                        declared = self.resolve_type(self.ctx.node_text(type_node)) \
                            if type_node is not None else ""
                        for decl in inner.children_by_field_name("declarator"):
                            name = decl.child_by_field_name("name")
                            if name is not None:
                                out[self.ctx.node_text(name)] = (declared, decl)
        params = class_node.child_by_field_name("parameters")  # record components
        for p in params.named_children if params is not None else ():
            if p.type == "formal_parameter":
                name, type_node = self._param_name_type(p)
                if name is not None:
                    out[self.ctx.node_text(name)] = (
                        self.resolve_type(self.ctx.node_text(type_node)) if type_node else "", p)
        self._fields[class_node.start_byte] = out
        return out

    def class_at(self, node: Node) -> Node | None:
        """The class (interface, enum, record) declaration around `node`, or the
        `new T() {...}` expression of an anonymous class."""
        cur = node.parent
        while cur is not None:
            if cur.type in _CLASS_KINDS:
                return cur
            if cur.type == "class_body" and cur.parent is not None and \
                    cur.parent.type == "object_creation_expression":
                return cur.parent
            cur = cur.parent
        return None

    def _field(self, node: Node, name: str) -> str:
        """The declared type of field `name` seen from `node` (its classes, inner to outer);
        "" when no such field (or its type is unknown)."""
        cur = self.class_at(node)
        while cur is not None:
            if cur.type in _CLASS_KINDS:
                found = self.fields(cur).get(name)
                if found is not None:
                    return found[0] or "?"
            cur = self.class_at(cur)
        return ""

    def field_type(self, node: Node, name: str) -> str:
        """The type of field `name` of the class around `node` ("" if unknown)."""
        found = self._field(node, name)
        return "" if found == "?" else found

    def declared_type(self, node: Node) -> str:
        """The declared (erased, qualified) type of an identifier or `this.field`: locals,
        parameters, fields of the enclosing classes; `var` from its initializer."""
        if node.type == "identifier":
            name = self.ctx.node_text(node)
            local = self._local(node, name)
            if local is not None:
                return local.type
            return self.field_type(node, name)
        if node.type == "field_access":
            obj = node.child_by_field_name("object")
            if obj is not None and obj.type == "this":
                return self.field_type(node, self.ctx.node_text(node.child_by_field_name("field")))
        return ""

    def expression_type(self, node: Node | None) -> str:
        """The static type of an expression when the syntax and the tables show it: declared
        names, `new T(...)`, casts, string literals, calls whose result type the tables give
        (`Runtime.getRuntime()` -> `java.lang.Runtime`), `this`."""
        if node is None:
            return ""
        key = (node.start_byte, node.end_byte)
        found = self._types.get(key)
        if found is None:
            found = self._types[key] = self._expression_type(node, 0)
        return found

    def _expression_type(self, node: Node, depth: int) -> str:
        t = node.type
        if depth > 8:
            return ""
        if t == "identifier":
            return self.declared_type(node)
        if t == "field_access":
            obj = node.child_by_field_name("object")
            field = self.ctx.node_text(node.child_by_field_name("field"))
            if obj is None:
                return ""
            if obj.type == "this":
                return self.field_type(node, field)
            owner = self.static_receiver(obj) or self._expression_type(obj, depth + 1)
            return self._result_type(f"{owner}.{field}") if owner else ""
        if t == "string_literal":
            return "java.lang.String"
        if t == "this":
            cls = self.class_at(node)
            return self.own_class(self.class_name(cls)) if cls is not None and \
                cls.type in _CLASS_KINDS else ""
        if t == "object_creation_expression":
            type_node = node.child_by_field_name("type")
            return self.resolve_type(self.ctx.node_text(type_node)) if type_node else ""
        if t == "cast_expression":
            type_node = node.child_by_field_name("type")
            return self.resolve_type(self.ctx.node_text(type_node)) if type_node else ""
        if t == "parenthesized_expression" and node.named_children:
            return self._expression_type(node.named_children[0], depth + 1)
        if t == "method_invocation":
            name = self._call_name(node, depth + 1)
            return self._result_type(name) if name else ""
        return ""

    @staticmethod
    def _result_type(name: str) -> str:
        from vigilint.analyzers.models import load

        return load("java").types.get(name, "")

    # -- calls --------------------------------------------------------------------------
    def callee(self, call: Node) -> tuple[Node | None, str]:
        """(receiver, method name); for `new T(...)`: (None, the simple type name)."""
        if call.type == "method_invocation":
            return call.child_by_field_name("object"), \
                self.ctx.node_text(call.child_by_field_name("name"))
        if call.type == "object_creation_expression":
            type_node = call.child_by_field_name("type")
            return None, erase(self.ctx.node_text(type_node)).rsplit(".", 1)[-1] \
                if type_node is not None else ""
        return None, ""

    def call_name(self, call: Node) -> str:
        """The qualified callee: `<declared type>.<method>` for typed receivers,
        `<class>.<method>` for static calls (imports, `java.lang`, own types), the type for
        `new T(...)`, `<package>.<Class>.<method>` for the file's own methods, the import of
        a statically imported method."""
        key = (call.start_byte, call.end_byte)
        found = self._call_names.get(key)
        if found is None:
            found = self._call_names[key] = self._call_name(call, 0)
        return found

    def _call_name(self, call: Node, depth: int) -> str:
        if call.type == "object_creation_expression":
            type_node = call.child_by_field_name("type")
            return self.resolve_type(self.ctx.node_text(type_node)) if type_node else ""
        if call.type != "method_invocation":
            return ""
        name = self.ctx.node_text(call.child_by_field_name("name"))
        receiver = call.child_by_field_name("object")
        if receiver is None:
            owner = self.method_owner(call, name)
            if owner:
                return f"{owner}.{name}"
            table = self.imports()
            if name in table:
                return table[name]
            return name
        if receiver.type in ("this", "super"):
            cls = self.class_at(call)
            owner = self.own_class(self.class_name(cls)) if cls is not None and \
                cls.type in _CLASS_KINDS else ""
            return f"{owner}.{name}" if owner and receiver.type == "this" else name
        static = self.static_receiver(receiver)
        if static:
            return f"{static}.{name}"
        typed = self._expression_type(receiver, depth + 1)
        if typed:
            return f"{typed}.{name}"
        dotted = self.dotted(receiver)
        return f"{dotted}.{name}" if dotted else ""

    def method_owner(self, node: Node, name: str) -> str:
        """The qualified class (the enclosing one or an outer one) that declares a method
        `name`, for an unqualified call at `node`; "" when none of them does."""
        cls = self.class_at(node)
        while cls is not None:
            if cls.type in _CLASS_KINDS and name in self._method_names(cls):
                return self.own_class(self.class_name(cls))
            cls = self.class_at(cls)
        return ""

    def _method_names(self, cls: Node) -> frozenset[str]:
        found = self._methods.get(cls.start_byte)
        if found is None:
            body = cls.child_by_field_name("body")
            found = self._methods[cls.start_byte] = frozenset(
                self.ctx.node_text(m.child_by_field_name("name"))
                for m in (body.named_children if body is not None else ())
                if m.type == "method_declaration")
        return found

    def arguments(self, call: Node) -> Arguments:
        args = call.child_by_field_name("arguments")
        if args is None:
            return Arguments()
        nodes = tuple(a for a in args.named_children
                      if a.type not in ("line_comment", "block_comment"))
        return Arguments(positional=nodes, nodes=nodes)

    # -- functions ----------------------------------------------------------------------
    def annotations(self, node: Node) -> tuple[Decorator, ...]:
        """The annotations of a declaration (method, parameter, field, class), qualified."""
        out: list[Decorator] = []
        for child in node.named_children:
            if child.type != "modifiers":
                continue
            for ann in child.named_children:
                if ann.type in _ANNOTATIONS:
                    name = ann.child_by_field_name("name")
                    qualified = self.resolve_type(self.ctx.node_text(name)) if name else ""
                    out.append(Decorator(name=qualified, node=ann,
                                         call=ann if ann.type == "annotation" else None))
        return tuple(out)

    def annotation_value(self, annotation: Node, key: str = "value") -> Node | None:
        """The value node of one element of an annotation (`value` also the single
        unnamed element: `@RequestParam("q")`)."""
        args = annotation.child_by_field_name("arguments")
        for child in args.named_children if args is not None else ():
            if child.type == "element_value_pair":
                if self.ctx.node_text(child.child_by_field_name("key")) == key:
                    return child.child_by_field_name("value")
            elif key == "value":
                return child
        return None

    def _params(self, method: Node) -> tuple[Param, ...]:
        params = method.child_by_field_name("parameters")
        out: list[Param] = []
        for p in params.named_children if params is not None else ():
            if p.type not in ("formal_parameter", "spread_parameter"):
                continue
            name, type_node = self._param_name_type(p)
            if name is None:
                continue
            declared = self.resolve_type(self.ctx.node_text(type_node)) if type_node else ""
            out.append(Param(name=self.ctx.node_text(name), node=p, type=declared,
                             annotations=tuple(a.name for a in self.annotations(p))))
        return tuple(out)

    @cached_property
    def _functions(self) -> list[FunctionDef]:
        ctx = self.ctx
        if ctx.tree is None:
            return []
        nodes = self._structure.get("m", [])
        out = []
        for node in nodes:
            name = ctx.node_text(node.child_by_field_name("name"))
            cls = self.class_at(node)
            class_name = ""
            if cls is not None and cls.type in _CLASS_KINDS:
                class_name = self.class_name(cls)
            elif cls is not None:  # an anonymous class: its creation's type, `$` marked
                type_node = cls.child_by_field_name("type")
                outer = self.class_at(cls)
                outer_name = self.class_name(outer) if outer is not None and \
                    outer.type in _CLASS_KINDS else ""
                class_name = ".".join(p for p in (outer_name, "$" + erase(
                    ctx.node_text(type_node)).rsplit(".", 1)[-1]) if p)
            qualified = ".".join(p for p in (self.package(), class_name, name) if p)
            out.append(FunctionDef(node=node, name=name, qualified_name=qualified,
                                   params=self._params(node), decorators=self.annotations(node),
                                   class_name=class_name, body=node.child_by_field_name("body")))
        return out

    def function_at(self, node: Node) -> FunctionDef | None:
        cur = node.parent
        while cur is not None:
            if cur.type in _METHOD_KINDS:
                return self._by_start.get(cur.start_byte)
            if cur.type in _CLASS_KINDS:
                return None
            cur = cur.parent
        return None

    def class_annotations(self, node: Node) -> tuple[Decorator, ...]:
        """The annotations of the class around `node` (`@RestController`, `@Path`)."""
        cls = self.class_at(node)
        return self.annotations(cls) if cls is not None and cls.type in _CLASS_KINDS else ()

    # -- nodes --------------------------------------------------------------------------
    def role(self, node: Node) -> str:
        return role_of("java", node.type)

    def string_value(self, node: Node | None) -> str | None:
        if node is None or node.type != "string_literal":
            return None
        return decode_string(self.ctx.node_text(node))
