"""The semantic layer for Go: package imports (aliases, dot and blank imports), package-qualified
names (`net/http.Get`), receiver types from parameters, declarations, struct fields and the
models' result types (`database/sql.DB.Query`), functions, methods and closures.

Import paths are spelled without a trailing major-version element (`github.com/labstack/echo/v4`
-> `github.com/labstack/echo`, `gopkg.in/yaml.v3` -> `gopkg.in/yaml`): the model tables name a
library once for all its major versions. A file's module (`module_name`) is its package's
directory (`internal/db/users.go` -> `internal/db`): functions are `<dir>.Func`, methods
`<dir>.Type.Method`, closures `<dir>.Func.func1` (Go's own naming).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cached_property

from tree_sitter import Node

from vigilint import lazyre
from vigilint.analyzers.context import FileContext
from vigilint.analyzers.languages import compile_query, query_cursor
from vigilint.analyzers.syntax.base import Arguments, FunctionDef, Param, dotted, role_of
from vigilint.analyzers.syntax.generic import GenericSemantics

FUNCTION_KINDS = ("function_declaration", "method_declaration", "func_literal")
_FUNCTIONS = "(function_declaration) @fn (method_declaration) @fn (func_literal) @fn"
_DECLARED = """
(short_var_declaration left: (expression_list (identifier) @n))
(var_spec name: (identifier) @n)
(const_spec name: (identifier) @n)
(parameter_declaration name: (identifier) @n)
(variadic_parameter_declaration name: (identifier) @n)
(range_clause left: (expression_list (identifier) @n))
(receive_statement left: (expression_list (identifier) @n))
(type_switch_statement alias: (expression_list (identifier) @n))
"""
# a module's major-version element (v2 and up: v0/v1 have none), and gopkg.in's `.vN`
_MAJOR = lazyre.compile(r"/v(?:[2-9]|[1-9][0-9]+)(?=/|$)|\.v[0-9]+(?=/|$)")
_ESCAPES = {"n": "\n", "r": "\r", "t": "\t", "\\": "\\", '"': '"', "'": "'", "a": "\a",
            "b": "\b", "f": "\f", "v": "\v"}
_ESCAPE = lazyre.compile(r"\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0-7]{3}|.)", re.S)
BUILTIN_TYPES = frozenset({
    "string", "bool", "byte", "rune", "int", "int8", "int16", "int32", "int64", "uint", "uint8",
    "uint16", "uint32", "uint64", "uintptr", "float32", "float64", "complex64", "complex128",
    "error", "any"})
_NO_ARGUMENTS = Arguments()
_SPECS = frozenset({"import_spec", "var_spec", "const_spec"})
_SPEC_LISTS = frozenset({"import_spec_list", "var_spec_list", "const_spec_list"})
_TYPE_WRAPPERS = ("pointer_type", "parenthesized_type", "generic_type")


def named_type(typed: str) -> bool:
    """A named (possibly qualified) type that can have methods: not a builtin, a slice or a
    map."""
    return bool(typed) and typed not in BUILTIN_TYPES and not typed.startswith(("[", "map["))


def specs_of(declaration: Node) -> list[Node]:
    """The specs of an `import`, `var` or `const` declaration, grouped (`( ... )`) or not."""
    out: list[Node] = []
    for child in declaration.named_children:
        if child.type in _SPECS:
            out.append(child)
        elif child.type in _SPEC_LISTS:
            out.extend(c for c in child.named_children if c.type in _SPECS)
    return out


def normalize_import(path: str) -> str:
    """An import path without its major-version element (`.../echo/v4` -> `.../echo`,
    `github.com/jackc/pgx/v5/pgxpool` -> `github.com/jackc/pgx/pgxpool`)."""
    return _MAJOR.sub("", path)


def package_of(path: str) -> str:
    """The package name an import path gives by default (`github.com/mattn/go-sqlite3` ->
    `sqlite3`, `gopkg.in/yaml.v3` -> `yaml`)."""
    last = normalize_import(path).rsplit("/", 1)[-1]
    for prefix in ("go-", "go."):
        if last.startswith(prefix) and len(last) > len(prefix):
            last = last[len(prefix):]
    for suffix in ("-go", ".go"):
        if last.endswith(suffix) and len(last) > len(suffix):
            last = last[: -len(suffix)]
    return last.replace("-", "_").replace(".", "_")


def decode_string(text: str) -> str | None:
    """The value of a Go string literal's source text (interpreted or raw)."""
    if len(text) < 2:
        return None
    if text[0] == "`":
        return text[1:-1].replace("\r", "")
    if text[0] != '"':
        return None
    if "\\" not in text:
        return text[1:-1]

    def unescape(match: re.Match[str]) -> str:
        seq = match.group(1)
        if seq in _ESCAPES:
            return _ESCAPES[seq]
        try:
            if seq[0] in "xuU":
                return chr(int(seq[1:], 16))
            if seq[0] in "01234567":
                return chr(int(seq, 8))
        except ValueError:
            pass
        return "\\" + seq

    return _ESCAPE.sub(unescape, text[1:-1])


class GoSemantics(GenericSemantics):
    def __init__(self, ctx: FileContext) -> None:
        super().__init__(ctx)
        self.language = "go"
        self.static_types = True
        self._call_names: dict[tuple[int, int], str] = {}
        self._scope_types: dict[int, dict[str, str]] = {}

    # -- imports ------------------------------------------------------------------------
    @cached_property
    def _import_table(self) -> tuple[dict[str, str], tuple[str, ...], frozenset[str],
                                     dict[str, str]]:
        """(local name -> path, dot-imported paths, every imported path, local name -> path
        as written)."""
        names: dict[str, str] = {}
        dots: list[str] = []
        paths: set[str] = set()
        written: dict[str, str] = {}
        root = self.ctx.tree.root_node if self.ctx.tree is not None else None
        for decl in root.named_children if root is not None else []:
            if decl.type != "import_declaration":
                continue
            for spec in specs_of(decl):
                raw = decode_string(self.ctx.node_text(spec.child_by_field_name("path")))
                if not raw:
                    continue
                path = normalize_import(raw)
                paths.add(path)
                alias = spec.child_by_field_name("name")
                if alias is None:
                    names[package_of(raw)] = path
                    written[package_of(raw)] = raw
                elif alias.type == "dot":
                    dots.append(path)
                elif alias.type != "blank_identifier":
                    names[self.ctx.node_text(alias)] = path
                    written[self.ctx.node_text(alias)] = raw
        return names, tuple(dots), frozenset(paths), written

    def imports(self) -> dict[str, str]:
        return self._import_table[0]

    def written_imports(self) -> dict[str, str]:
        """Local name -> import path as written, major version included (`.../echo/v4`): the
        module a dependency check looks up."""
        return self._import_table[3]

    def import_paths(self) -> frozenset[str]:
        """Every imported path (blank and dot imports too)."""
        return self._import_table[2]

    def imports_any(self, prefixes: tuple[str, ...]) -> bool:
        found = self._imports_any.get(prefixes)
        if found is None:
            found = self._imports_any[prefixes] = any(
                v == p or v.startswith(p + "/") for v in self.import_paths() for p in prefixes)
        return found

    @cached_property
    def package_name(self) -> str:
        root = self.ctx.tree.root_node if self.ctx.tree is not None else None
        for child in root.named_children if root is not None else []:
            if child.type == "package_clause" and child.named_children:
                return self.ctx.node_text(child.named_children[0])
        return ""

    def module_name(self) -> str:
        """The package's directory (`internal/db/users.go` -> `internal/db`), or the package
        name for a file at the scan root."""
        return self._module

    @cached_property
    def _module(self) -> str:
        folder = self.ctx.path.replace("\\", "/").rpartition("/")[0].strip("/")
        return folder or self.package_name

    def qualify_local(self, name: str) -> str:
        module = self._module
        return f"{module}.{name}" if module else name

    # -- names --------------------------------------------------------------------------
    @cached_property
    def top_level_functions(self) -> frozenset[str]:
        root = self.ctx.tree.root_node if self.ctx.tree is not None else None
        return frozenset(self.ctx.node_text(c.child_by_field_name("name"))
                         for c in (root.named_children if root is not None else [])
                         if c.type == "function_declaration")

    def is_package(self, node: Node) -> bool:
        """An identifier naming an imported package here (not a local that shadows it)."""
        if node.type != "identifier":
            return False
        name = self.ctx.node_text(node)
        return name in self.imports() and not self.is_local(node, name)

    def is_local(self, node: Node, name: str) -> bool:
        """True when `name` is declared in a function enclosing `node` (a local variable or
        parameter shadows a package of the same name)."""
        functions = self._shadowing.get(name)
        if not functions:
            return False
        cur = node.parent
        while cur is not None:
            if cur.type in FUNCTION_KINDS and cur.start_byte in functions:
                return True
            cur = cur.parent
        return False

    @cached_property
    def _shadowing(self) -> dict[str, frozenset[int]]:
        """Import names that some function also declares as a local: name -> the start bytes
        of those functions (one query over the file)."""
        table = self.imports()
        out: dict[str, set[int]] = {}
        if self.ctx.tree is None or not table:
            return {}
        query = compile_query("go", _DECLARED)
        for node in query_cursor(query).captures(self.ctx.tree.root_node).get("n", []):
            name = self.ctx.node_text(node)
            if name in table:
                fn = self._enclosing(node)
                if fn is not None:
                    out.setdefault(name, set()).add(fn.start_byte)
        return {k: frozenset(v) for k, v in out.items()}

    def _dot_imported(self, name: str) -> str | None:
        dots = self._import_table[1]
        if not dots or not name[:1].isupper() or name in self.top_level_functions:
            return None
        if len(dots) == 1:
            return f"{dots[0]}.{name}"
        from vigilint.analyzers.models import load

        models = load("go")
        for path in dots:
            full = f"{path}.{name}"
            if full in models.sinks_by_call or full in models.source_calls or \
                    full in models.sanitizer_calls or full in models.propagator_calls or \
                    full in models.types or full in models.validator_calls:
                return full
        return None

    def qualified_name(self, node: Node | None) -> str | None:
        text = dotted(self.ctx, node)
        if text is None or node is None:
            return None
        head, dot, rest = text.partition(".")
        table = self.imports()
        if head in table:
            first = node
            while first.type == "selector_expression":
                operand = first.child_by_field_name("operand")
                if operand is None:
                    break
                first = operand
            if not self.is_local(first, head):
                return f"{table[head]}.{rest}" if dot else table[head]
            return text
        if not dot:
            return self._dot_imported(text) or text
        return text

    def call_name(self, call: Node) -> str:
        """`<Type>.<method>` when the receiver's type is known (declared, a struct field, a
        model's result type), else the import-resolved name."""
        key = (call.start_byte, call.end_byte)
        found = self._call_names.get(key)
        if found is None:
            function = call.child_by_field_name("function")
            found = ""
            if function is not None and function.type == "selector_expression":
                operand = function.child_by_field_name("operand")
                if operand is not None and not self.is_package(operand):
                    typed = self.declared_type(operand)
                    if named_type(typed):
                        method = self.ctx.node_text(function.child_by_field_name("field"))
                        found = f"{self.method_owner(typed, method)}.{method}"
            found = found or self.qualified_name(function) or ""
            self._call_names[key] = found
        return found

    def _parse_arguments(self, call: Node) -> Arguments:
        args = call.child_by_field_name("arguments")
        if args is None:
            return _NO_ARGUMENTS
        nodes = tuple(a for a in args.named_children if a.type != "comment")
        positional: list[Node] = []
        splat = False
        for arg in nodes:
            if arg.type == "variadic_argument" and arg.named_children:
                splat = True
                positional.append(arg.named_children[0])
            else:
                positional.append(arg)
        return Arguments(positional=tuple(positional), splat=splat, nodes=nodes)

    # -- types --------------------------------------------------------------------------
    def type_name(self, node: Node | None) -> str:
        """The qualified name of a type expression (`*http.Request` -> `net/http.Request`,
        `Repo` -> `<module>.Repo`), the text of a slice or map type; "" for the rest."""
        while node is not None and node.type in _TYPE_WRAPPERS:
            inner = node.child_by_field_name("type")
            node = inner if inner is not None else (
                node.named_children[0] if node.named_children else None)
        if node is None:
            return ""
        if node.type == "qualified_type":
            package = self.ctx.node_text(node.child_by_field_name("package"))
            name = self.ctx.node_text(node.child_by_field_name("name"))
            return f"{self.imports().get(package, package)}.{name}"
        if node.type == "type_identifier":
            name = self.ctx.node_text(node)
            return name if name in BUILTIN_TYPES else self.qualify_local(name)
        if node.type in ("slice_type", "map_type", "array_type"):
            return self.ctx.node_text(node)  # `[]string`, `map[string]bool`: no methods
        return ""

    @cached_property
    def struct_fields(self) -> dict[str, dict[str, str]]:
        """Qualified struct type -> field name -> field type (embedded fields by their type's
        short name)."""
        out: dict[str, dict[str, str]] = {}
        if self.ctx.tree is None or "struct" not in self.ctx.text:
            return out
        query = compile_query("go", "(type_spec name: (_) @name type: (struct_type) @s)")
        for _, caps in query_cursor(query).matches(self.ctx.tree.root_node):
            fields: dict[str, str] = {}
            body = caps["s"][0].named_children
            for decl in body[0].named_children if body else []:
                if decl.type != "field_declaration":
                    continue
                typed = self.type_name(decl.child_by_field_name("type"))
                names = decl.children_by_field_name("name")
                if not names and typed:
                    fields[typed.rsplit(".", 1)[-1]] = typed
                for name in names:
                    fields[self.ctx.node_text(name)] = typed
            out[self.qualify_local(self.ctx.node_text(caps["name"][0]))] = fields
        return out

    def member_type(self, owner: str, member: str) -> str:
        """The type of `owner.member`: a struct field (also through embedded structs) or a
        model's result type (`github.com/gin-gonic/gin.Context.Request`)."""
        from vigilint.analyzers.models import load

        seen = 0
        while owner and seen < 4:
            typed = load("go").types.get(f"{owner}.{member}")
            if typed:
                return typed
            fields = self.struct_fields.get(owner)
            if fields is None:
                return ""
            if member in fields:
                return fields[member]
            owner = next((t for name, t in fields.items() if t.rsplit(".", 1)[-1] == name
                          and t in self.struct_fields), "")
            seen += 1
        return ""

    @cached_property
    def _local_methods(self) -> frozenset[str]:
        return frozenset(f.qualified_name for f in self.functions()
                         if f.node.type == "method_declaration")

    def method_owner(self, typed: str, method: str) -> str:
        """The type that declares `method` for a receiver of type `typed`: itself, or a type
        it embeds (a local struct embedding `*sql.DB` answers `database/sql.DB`)."""
        seen = 0
        while seen < 4 and f"{typed}.{method}" not in self._local_methods:
            fields = self.struct_fields.get(typed)
            if not fields:
                break
            embedded = [t for name, t in fields.items() if t.rsplit(".", 1)[-1] == name]
            if not embedded:
                break
            typed = embedded[0]
            seen += 1
        return typed

    @cached_property
    def _results(self) -> dict[str, tuple[str, ...]]:
        """Result types of the file's functions and methods, by qualified name."""
        out: dict[str, tuple[str, ...]] = {}
        for fn in self.functions():
            if fn.node.type == "func_literal":
                continue
            result = fn.node.child_by_field_name("result")
            if result is None:
                continue
            if result.type == "parameter_list":
                types: list[str] = []
                for p in result.named_children:
                    typed = self.type_name(p.child_by_field_name("type"))
                    types.extend([typed] * max(1, len(p.children_by_field_name("name"))))
                out[fn.qualified_name] = tuple(types)
            else:
                out[fn.qualified_name] = (self.type_name(result),)
        return out

    def result_type(self, name: str) -> str:
        """The (first) result type of a function or method of this file by its qualified
        name (or its name within the package)."""
        local = self._results.get(name) or self._results.get(self.qualify_local(name))
        return local[0] if local else ""

    def expression_type(self, node: Node | None, known: dict[str, str] | None = None) -> str:
        """The type of an expression when the syntax (or a model) shows it."""
        from vigilint.analyzers.models import load

        if node is None:
            return ""
        kind = node.type
        if kind in ("parenthesized_expression", "unary_expression"):
            inner = node.child_by_field_name("operand") or (
                node.named_children[0] if node.named_children else None)
            return self.expression_type(inner, known)
        if kind == "composite_literal":
            return self.type_name(node.child_by_field_name("type"))
        if kind == "type_conversion_expression":
            return self.type_name(node.child_by_field_name("type"))
        if kind == "identifier":
            name = self.ctx.node_text(node)
            if known is not None and name in known:
                return known[name]
            return self.declared_type(node)
        if kind == "selector_expression":
            operand = node.child_by_field_name("operand")
            member = self.ctx.node_text(node.child_by_field_name("field"))
            if operand is not None and self.is_package(operand):
                return load("go").types.get(self.qualified_name(node) or "", "")
            owner = self.expression_type(operand, known)
            return self.member_type(owner, member) if owner else ""
        if kind != "call_expression":
            return ""
        function = node.child_by_field_name("function")
        if function is not None and function.type == "identifier" and \
                self.ctx.node_text(function) == "new":
            args = self.arguments(node).positional
            return self.type_name(args[0]) if args else ""
        name = ""
        if function is not None and function.type == "selector_expression":
            operand = function.child_by_field_name("operand")
            if operand is not None and not self.is_package(operand):
                owner = self.expression_type(operand, known)
                if owner:
                    name = f"{owner}.{self.ctx.node_text(function.child_by_field_name('field'))}"
        name = name or self.qualified_name(function) or ""
        local = self._results.get(name) or self._results.get(self.qualify_local(name))
        if local:
            return local[0]
        return load("go").types.get(name, "")

    def _types_in(self, fn: Node) -> dict[str, str]:
        """Declared types of the names of one function (parameters, receiver, `var`, `:=`
        from typed expressions), in document order; nested closures excluded. A name given
        two different types is dropped."""
        found = self._scope_types.get(fn.start_byte)
        if found is not None:
            return found
        out: dict[str, str] = {}
        conflicting: set[str] = set()

        def put(name: str, typed: str) -> None:
            if name in out and out[name] != typed and out[name] and typed:
                conflicting.add(name)
            if typed or name not in out:
                out[name] = typed

        for field_name in ("receiver", "parameters"):
            params = fn.child_by_field_name(field_name)
            for p in params.named_children if params is not None else []:
                typed = self.type_name(p.child_by_field_name("type")) \
                    if p.type == "parameter_declaration" else ""
                for name_node in p.children_by_field_name("name"):
                    put(self.ctx.node_text(name_node), typed)
        self._scope_types[fn.start_byte] = out  # (recursion guard while reading the body)
        stack = [fn.child_by_field_name("body")]
        while stack:
            node = stack.pop()
            if node is None:
                continue
            kind = node.type
            if kind == "func_literal":
                continue
            if kind in ("short_var_declaration", "assignment_statement", "var_spec",
                        "range_clause", "receive_statement"):
                self._declare(node, put, out)
            if kind == "type_switch_statement":
                alias = node.child_by_field_name("alias")
                for alias_name in alias.named_children if alias is not None else []:
                    put(self.ctx.node_text(alias_name), "")
            stack.extend(reversed(node.named_children))
        for conflict in conflicting:
            out[conflict] = ""
        return out

    def _declare(self, node: Node, put: Callable[[str, str], None],
                 known: dict[str, str]) -> None:
        if node.type == "var_spec":
            names = node.children_by_field_name("name")
            typed = self.type_name(node.child_by_field_name("type"))
            values = node.child_by_field_name("value")
        else:
            left = node.child_by_field_name("left")
            names = [n for n in (left.named_children if left is not None else [])
                     if n.type == "identifier"]
            typed = ""
            values = node.child_by_field_name("right")
        if node.type in ("range_clause", "receive_statement"):
            for name in names:
                put(self.ctx.node_text(name), "")
            return
        exprs = values.named_children if values is not None and \
            values.type == "expression_list" else ([values] if values is not None else [])
        for i, name in enumerate(names):
            text = self.ctx.node_text(name)
            if node.type == "assignment_statement" and text in known:
                continue  # `x = ...` keeps the declared type
            value_type = typed
            if not value_type and len(exprs) == len(names):
                value_type = self.expression_type(exprs[i], known)
            elif not value_type and len(exprs) == 1 and i == 0:
                value_type = self.expression_type(exprs[0], known)
            put(text, value_type)

    @property
    def _module_types(self) -> dict[str, str]:
        """Types of package-level `var` declarations of this file. Computed once; while it is
        being computed, a `var` whose value names another package-level `var` (`var b = a`)
        reads the types found so far instead of starting the computation again (which
        recursed without end)."""
        found = self.__dict__.get("_module_types_found")
        if found is not None:
            return found
        out: dict[str, str] = {}
        self.__dict__["_module_types_found"] = out
        root = self.ctx.tree.root_node if self.ctx.tree is not None else None
        for decl in root.named_children if root is not None else []:
            if decl.type != "var_declaration":
                continue
            for spec in specs_of(decl):
                self._declare(spec, out.__setitem__, out)
        return out

    def declared_type(self, node: Node) -> str:
        if node.type != "identifier":
            return self.expression_type(node) if node.type == "selector_expression" else ""
        name = self.ctx.node_text(node)
        cur = node.parent
        while cur is not None:
            if cur.type in FUNCTION_KINDS:
                types = self._types_in(cur)
                if name in types:
                    return types[name]
            cur = cur.parent
        if name in self.imports():
            return ""
        return self._module_types.get(name, "")

    # -- functions ----------------------------------------------------------------------
    def _params(self, fn: Node) -> tuple[Param, ...]:
        out: list[Param] = []
        params = fn.child_by_field_name("parameters")
        for p in params.named_children if params is not None else []:
            if p.type not in ("parameter_declaration", "variadic_parameter_declaration"):
                continue
            typed = self.type_name(p.child_by_field_name("type")) \
                if p.type == "parameter_declaration" else ""
            names = p.children_by_field_name("name")
            for name in names or [p]:
                out.append(Param(name=self.ctx.node_text(name) if names else "_", node=p,
                                 type=typed))
        return tuple(out)

    def receiver_param(self, fn: Node) -> Param | None:
        """The receiver of a method declaration (`func (r *Repo) ...` -> r: `<module>.Repo`)."""
        receiver = fn.child_by_field_name("receiver") if fn.type == "method_declaration" \
            else None
        for p in receiver.named_children if receiver is not None else []:
            if p.type == "parameter_declaration":
                name = p.child_by_field_name("name")
                return Param(name=self.ctx.node_text(name) if name is not None else "_", node=p,
                             type=self.type_name(p.child_by_field_name("type")))
        return None

    @cached_property
    def _functions(self) -> list[FunctionDef]:
        if self.ctx.tree is None:
            return []
        query = compile_query("go", _FUNCTIONS)
        nodes = sorted(query_cursor(query).captures(self.ctx.tree.root_node).get("fn", []),
                       key=lambda n: n.start_byte)
        out: list[FunctionDef] = []
        by_start: dict[int, FunctionDef] = {}
        literals: dict[int, int] = {}  # outer function start -> closures numbered so far
        for node in nodes:
            class_name = ""
            if node.type == "func_literal":
                outer = self._enclosing(node)
                parent = by_start.get(outer.start_byte) if outer is not None else None
                key = outer.start_byte if outer is not None else -1
                literals[key] = literals.get(key, 0) + 1
                name = f"{parent.name if parent else 'glob'}.func{literals[key]}"
                qualified = f"{parent.qualified_name}.func{literals[key]}" if parent else \
                    self.qualify_local(name)
            else:
                name = self.ctx.node_text(node.child_by_field_name("name"))
                receiver = self.receiver_param(node)
                if receiver is not None:
                    class_name = receiver.type.rsplit(".", 1)[-1]
                    name = f"{class_name}.{name}"
                qualified = self.qualify_local(name)
            found = FunctionDef(node=node, name=name, qualified_name=qualified,
                                params=self._params(node), class_name=class_name,
                                body=node.child_by_field_name("body"))
            by_start[node.start_byte] = found
            out.append(found)
        return out

    @staticmethod
    def _enclosing(node: Node) -> Node | None:
        cur = node.parent
        while cur is not None and cur.type not in FUNCTION_KINDS:
            cur = cur.parent
        return cur

    # -- nodes --------------------------------------------------------------------------
    def role(self, node: Node) -> str:
        return role_of("go", node.type)

    def string_value(self, node: Node | None) -> str | None:
        if node is None or node.type not in ("interpreted_string_literal", "raw_string_literal"):
            return None
        return decode_string(self.ctx.node_text(node))
