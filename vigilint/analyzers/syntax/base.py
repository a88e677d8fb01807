"""The language-neutral shapes of the semantic layer (docs/dataflow.md section 7).

A language's `Semantics` answers what a node means: the qualified name of a call through the
file's imports (and the receiver's declared type where the syntax shows it), its arguments, the
enclosing function, a node's role. Rules and the dataflow core ask these questions instead of
reading node kinds of one grammar.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from tree_sitter import Node

from vigilint.analyzers.context import FileContext

ROLES = ("call", "new", "string", "template", "number", "name", "member", "subscript",
         "assignment", "function", "class", "return", "import", "decorator", "other")

# Node kinds of each role, per grammar (languages of one family share a row).
_ROLE_KINDS: dict[str, dict[str, tuple[str, ...]]] = {
    "python": {
        "call": ("call",), "new": (), "string": ("string", "concatenated_string"),
        "template": ("string",), "number": ("integer", "float"), "name": ("identifier",),
        "member": ("attribute",), "subscript": ("subscript",),
        "assignment": ("assignment", "augmented_assignment"),
        "function": ("function_definition", "lambda"), "class": ("class_definition",),
        "return": ("return_statement",), "import": ("import_statement", "import_from_statement"),
        "decorator": ("decorator",),
    },
    "javascript": {
        "call": ("call_expression",), "new": ("new_expression",), "string": ("string",),
        "template": ("template_string",), "number": ("number",),
        "name": ("identifier",), "member": ("member_expression",),
        "subscript": ("subscript_expression",),
        "assignment": ("assignment_expression", "augmented_assignment_expression",
                       "variable_declarator"),
        "function": ("function_declaration", "function_expression", "arrow_function",
                     "method_definition", "generator_function_declaration",
                     "generator_function"),
        "class": ("class_declaration", "class"), "return": ("return_statement",),
        "import": ("import_statement",), "decorator": ("decorator",),
    },
    "java": {
        "call": ("method_invocation",), "new": ("object_creation_expression",),
        "string": ("string_literal",), "template": (),
        "number": ("decimal_integer_literal", "decimal_floating_point_literal"),
        "name": ("identifier",), "member": ("field_access",),
        "subscript": ("array_access",),
        "assignment": ("assignment_expression", "variable_declarator"),
        "function": ("method_declaration", "constructor_declaration", "lambda_expression"),
        "class": ("class_declaration", "interface_declaration", "record_declaration"),
        "return": ("return_statement",), "import": ("import_declaration",),
        "decorator": ("annotation", "marker_annotation"),
    },
    "go": {
        "call": ("call_expression",), "new": ("composite_literal",),
        "string": ("interpreted_string_literal", "raw_string_literal"), "template": (),
        "number": ("int_literal", "float_literal"), "name": ("identifier",),
        "member": ("selector_expression",), "subscript": ("index_expression",),
        "assignment": ("assignment_statement", "short_var_declaration", "var_spec"),
        "function": ("function_declaration", "method_declaration", "func_literal"),
        "class": ("type_declaration",), "return": ("return_statement",),
        "import": ("import_declaration",), "decorator": (),
    },
}
_FAMILY = {"typescript": "javascript", "tsx": "javascript"}


def role_kinds(language: str, role: str) -> tuple[str, ...]:
    """The node kinds that play `role` in `language` (for `Rule.node_kinds`)."""
    return _ROLE_KINDS.get(_FAMILY.get(language, language), {}).get(role, ())


def role_of(language: str, kind: str) -> str:
    """The role of a node kind (first match in `ROLES` order), "other" when none."""
    table = _ROLE_KINDS.get(_FAMILY.get(language, language), {})
    for role in ROLES:
        if kind in table.get(role, ()):
            return role
    return "other"


_NAME_KINDS = frozenset({"identifier", "property_identifier", "field_identifier",
                         "type_identifier", "shorthand_property_identifier"})


# Longer chains name no API: giving up on them keeps a rule that asks for the name of every
# node of a `a.a.a.a...` line (each a chain as long as the line) linear instead of quadratic.
MAX_PARTS = 64


def dotted(ctx: FileContext, node: Node | None) -> str | None:
    """The dotted text of an identifier/member chain in any supported grammar (up to
    `MAX_PARTS` parts), or None."""
    parts: list[str] = []
    text = ctx.node_text
    while node is not None:
        if len(parts) >= MAX_PARTS:
            return None
        kind = node.type
        if kind in _NAME_KINDS:
            parts.append(text(node))
            break
        if kind == "attribute":  # python
            parts.append(text(node.child_by_field_name("attribute")))
            node = node.child_by_field_name("object")
        elif kind == "member_expression":  # js/ts
            parts.append(text(node.child_by_field_name("property")))
            node = node.child_by_field_name("object")
        elif kind == "selector_expression":  # go
            parts.append(text(node.child_by_field_name("field")))
            node = node.child_by_field_name("operand")
        elif kind == "field_access":  # java
            parts.append(text(node.child_by_field_name("field")))
            node = node.child_by_field_name("object")
        elif kind in ("this", "self"):
            parts.append(text(node))
            break
        else:
            return None
    if len(parts) == 1:
        return parts[0]
    parts.reverse()
    return ".".join(parts)


@dataclass(frozen=True)
class Arguments:
    """The arguments of a call: positional (in order), keywords (Python), whether a
    `*args`/`**kwargs` splat hides some of them, and the options of an options object (the
    properties of a trailing object-literal argument: JS `spawn(cmd, args, {shell: true})`)."""

    positional: tuple[Node, ...] = ()
    keywords: dict[str, Node] = field(default_factory=dict)
    splat: bool = False
    nodes: tuple[Node, ...] = ()  # every argument node in order (keyword and splat nodes too)
    options: dict[str, Node] = field(default_factory=dict)

    def named(self, name: str) -> Node | None:
        """A keyword argument, else the option of that name."""
        found = self.keywords.get(name)
        return found if found is not None else self.options.get(name)

    def get(self, index: int | None, keyword: str | None = None) -> Node | None:
        """By keyword name first, else by position (`index` None: keyword only)."""
        if keyword is not None and keyword in self.keywords:
            return self.keywords[keyword]
        if index is not None and 0 <= index < len(self.positional):
            return self.positional[index]
        return None

    def all(self) -> tuple[Node, ...]:
        return (*self.positional, *self.keywords.values())


@dataclass(frozen=True)
class Param:
    name: str
    node: Node
    type: str = ""  # declared type, resolved through imports ("" if none)
    default: Node | None = None
    annotations: tuple[str, ...] = ()  # Java annotations, TS decorators, Python `Depends(..)`


@dataclass(frozen=True)
class Decorator:
    name: str  # qualified; "<Type>.<method>" when the receiver's type is known
    node: Node
    call: Node | None = None  # the call when the decorator has arguments


@dataclass(frozen=True)
class FunctionDef:
    node: Node
    name: str
    qualified_name: str
    params: tuple[Param, ...] = ()
    decorators: tuple[Decorator, ...] = ()
    class_name: str = ""
    body: Node | None = None

    @property
    def start(self) -> int:
        return self.node.start_byte


class Semantics(Protocol):
    """What one language's semantic layer answers (see docs/dataflow.md section 7)."""

    language: str
    # True for statically typed languages (Go, Java): when `declared_type` / `call_name` do
    # not know a receiver's type, the dataflow does not either (no need to run it for that)
    static_types: bool

    def imports(self) -> dict[str, str]: ...
    def imports_any(self, prefixes: tuple[str, ...]) -> bool: ...
    def module_name(self) -> str: ...
    def dotted(self, node: Node | None) -> str | None: ...
    def qualified_name(self, node: Node | None) -> str | None: ...
    def call_name(self, call: Node) -> str: ...
    def callee_name(self, call: Node) -> str: ...
    def callee(self, call: Node) -> tuple[Node | None, str]: ...
    def arguments(self, call: Node) -> Arguments: ...
    def receiver(self, call: Node) -> Node | None: ...
    def declared_type(self, node: Node) -> str: ...
    def functions(self) -> list[FunctionDef]: ...
    def function_at(self, node: Node) -> FunctionDef | None: ...
    def role(self, node: Node) -> str: ...
    def string_value(self, node: Node | None) -> str | None: ...
    def literal_text(self, node: Node | None) -> str: ...


def module_name(path: str) -> str:
    """The dotted module of a scan-relative path: `app/db.py` -> `app.db`, `pkg/__init__.py`
    -> `pkg`, `src/db.ts` -> `src.db`."""
    stem = path.replace("\\", "/")
    for suffix in (".py", ".pyi", ".tsx", ".ts", ".jsx", ".mjs", ".cjs", ".js", ".java", ".go"):
        if stem.endswith(suffix):
            stem = stem[: -len(suffix)]
            break
    parts = [p for p in stem.split("/") if p and p != "."]
    if parts and parts[-1] in ("__init__", "index"):
        parts.pop()
    return ".".join(parts)
