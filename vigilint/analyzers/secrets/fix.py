"""The hard-coded secret fix, for every language with a syntax tree: the string literal that
is exactly the secret becomes a read of an environment variable named after what holds it
(`STRIPE_KEY = "sk_live_..."` -> `STRIPE_KEY = os.environ["STRIPE_KEY"]`, `apiKey: "..."` ->
`apiKey: process.env.API_KEY`, `os.Getenv("DB_PASSWORD")`, `System.getenv("DB_PASSWORD")`).

Always unsafe: the variable must exist where the code runs, and the leaked value must be
rotated (the title says so). A secret written as the default of an environment read loses the
default (`process.env.DB_URL || "..."`, `os.environ.get("DB_URL", "...")`); a lone Go `const`
becomes a `var` read from the environment. No fix is offered when the secret is only part of a
literal otherwise (a password inside a connection URL), the literal is interpolated, or the
place needs a constant (a Java annotation, a TypeScript type, a Go constant other constants
are computed from)."""

from __future__ import annotations

import re

from tree_sitter import Node

from vigilint import lazyre
from vigilint.analyzers.context import FileContext
from vigilint.analyzers.fix_edits import go_import, python_module
from vigilint.model import Edit, Fix

_LITERALS = {
    "python": ("string",),
    "javascript": ("string", "template_string"), "typescript": ("string", "template_string"),
    "tsx": ("string", "template_string"),
    "go": ("interpreted_string_literal", "raw_string_literal"),
    "java": ("string_literal",),
}
# Places that need a constant expression: no environment read there.
_CONSTANT_PLACES = frozenset({"const_spec", "annotation", "marker_annotation",
                              "element_value_pair", "literal_type", "enum_assignment",
                              "case_clause", "switch_label", "default_parameter",
                              "typed_default_parameter"})
_NAME_HOLDERS = {
    "assignment": "left", "augmented_assignment": "left", "keyword_argument": "name",
    "variable_declarator": "name", "assignment_expression": "left",
    "public_field_definition": "name", "field_definition": "property", "pair": "key",
    "property_assignment": "name", "short_var_declaration": "left", "var_spec": "name",
    "assignment_statement": "left", "keyed_element": None, "field_declaration": "declarator",
}
_CAMEL = lazyre.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


def env_name(name: str) -> str:
    """`stripeApiKey`, `stripe-api-key`, `self.stripe_api_key` -> `STRIPE_API_KEY`."""
    name = name.rsplit(".", 1)[-1].strip("\"'`")
    words = re.sub(r"[^A-Za-z0-9]+", "_", _CAMEL.sub("_", name)).strip("_").upper()
    return words if words and not words[0].isdigit() else ""


def _literal(ctx: FileContext, start: int, end: int) -> Node | None:
    """The string literal whose content is exactly the text between byte offsets."""
    assert ctx.tree is not None
    node: Node | None = ctx.tree.root_node.descendant_for_byte_range(start, end)
    kinds = _LITERALS[ctx.language]
    for _ in range(3):
        if node is None or node.type in kinds:
            break
        node = node.parent
    if node is None or node.type not in kinds:
        return None
    if any(c.type in ("interpolation", "template_substitution", "escape_sequence")
           for c in node.named_children):
        return None
    text = ctx.node_text(node)
    prefix = re.match(r"[rRbBuU]*", text)
    quote_at = prefix.end() if prefix else 0
    if "b" in text[:quote_at].lower():
        return None  # bytes: an environment read gives a str
    content = ctx.source[start:end].decode("utf-8", "replace")
    inner = text[quote_at:].strip("\"'`")
    return node if inner == content else None


def _holder_name(ctx: FileContext, literal: Node) -> str | None:
    """The name the literal is assigned to, passed as, or stored under; None at a place that
    needs a constant."""
    node: Node | None = literal
    for _ in range(6):
        parent = node.parent if node is not None else None
        if parent is None:
            return ""
        if parent.type in _CONSTANT_PLACES:
            return None
        if parent.type in ("expression_list", "literal_value", "element", "literal_element",
                           "parenthesized_expression", "expression_statement",
                           "variable_declarator", "lexical_declaration", "type_annotation"):
            if parent.type == "variable_declarator":
                return _field_text(ctx, parent, "name")
            node = parent
            continue
        if parent.type in _NAME_HOLDERS:
            if parent.type == "keyed_element":
                key = parent.named_children[0] if parent.named_children else None
                return ctx.node_text(key) if key is not None and key != node else ""
            if parent.type == "pair" and parent.child_by_field_name("key") == node:
                return None  # the secret is a key, not a value
            return _field_text(ctx, parent, _NAME_HOLDERS[parent.type] or "")
        return ""
    return ""


def _field_text(ctx: FileContext, node: Node, name: str) -> str:
    target = node.child_by_field_name(name)
    if target is None:
        return ""
    if target.type in ("expression_list", "pattern_list"):
        if target.named_child_count != 1:
            return ""  # a, b = "x", "y": not worth guessing which name holds it
        target = target.named_children[0]
    if target.type == "variable_declarator":
        target = target.child_by_field_name("name") or target
    if target.type == "subscript":  # config["api_key"] = "..."
        index = target.child_by_field_name("subscript")
        return ctx.node_text(index) if index is not None else ""
    return ctx.node_text(target)


def _env_read(ctx: FileContext, name: str, literal: Node) -> tuple[str, tuple[Edit, ...]] | None:
    """The expression that reads the variable, and the import it needs (None: no way here)."""
    language = ctx.language
    if language == "python":
        needed = python_module(ctx, "os", literal)
        return None if needed is None else (f'os.environ["{name}"]', needed)
    if language in ("javascript", "typescript", "tsx"):
        return f"process.env.{name}", ()
    if language == "go":
        edit = go_import(ctx, "os")
        return f'os.Getenv("{name}")', () if edit is None else (edit,)
    if language == "java":
        return f'System.getenv("{name}")', ()
    return None


_ENV_READS = ("os.environ.get", "os.getenv")


def _containing_literal(ctx: FileContext, start: int, end: int) -> Node | None:
    """The string literal the secret sits in (all of it or a part, a password in a URL)."""
    assert ctx.tree is not None
    node: Node | None = ctx.tree.root_node.descendant_for_byte_range(start, end)
    for _ in range(3):
        if node is None or node.type in _LITERALS[ctx.language]:
            break
        node = node.parent
    return node if node is not None and node.type in _LITERALS[ctx.language] else None


def _fallback_fix(ctx: FileContext, start: int, end: int) -> Fix | None:
    """A secret written as the default of an environment read: the default goes, so the
    variable must be set (`process.env.DB_URL || "postgres://u:pw@..."` ->
    `process.env.DB_URL`; `os.environ.get("DB_URL", "...")` / `os.getenv(...)` ->
    `os.environ["DB_URL"]`)."""
    literal = _containing_literal(ctx, start, end)
    parent = literal.parent if literal is not None else None
    if literal is None or parent is None:
        return None
    title = "Drop the hard-coded default: the environment variable must be set (and rotate the " \
            "leaked value)"
    if ctx.language in ("javascript", "typescript", "tsx") and \
            parent.type == "binary_expression" and \
            ctx.node_text(parent.child_by_field_name("operator")) in ("||", "??") and \
            parent.child_by_field_name("right") == literal:
        left = parent.child_by_field_name("left")
        if left is not None and ctx.node_text(left).startswith("process.env."):
            return Fix(title=title, safe=False,
                       edits=(ctx.edit_node(parent, ctx.node_text(left)),))
    if ctx.language == "python" and parent.type == "argument_list":
        call = parent.parent
        args = [a for a in parent.named_children if a.type != "comment"]
        function = call.child_by_field_name("function") if call is not None else None
        if call is not None and function is not None and \
                ctx.node_text(function) in _ENV_READS and len(args) == 2 and \
                args[1] == literal and args[0].type == "string":
            return Fix(title=title, safe=False, edits=(
                ctx.edit_node(call, f"os.environ[{ctx.node_text(args[0])}]"),))
    return None


def _go_const_fix(ctx: FileContext, literal: Node) -> Fix | None:
    """`const adminPassword = "..."` (a lone constant at the top of a Go file, used by no
    other constant) -> `var adminPassword = os.Getenv("ADMIN_PASSWORD")`."""
    if ctx.language != "go":
        return None
    values = literal.parent
    spec = values.parent if values is not None else None
    declaration = spec.parent if spec is not None else None
    if values is None or spec is None or declaration is None or \
            values.type != "expression_list" or spec.type != "const_spec" or \
            declaration.type != "const_declaration" or declaration.parent is None or \
            declaration.parent.type != "source_file" or len(declaration.named_children) != 1 \
            or len(values.named_children) != 1 or spec.child_by_field_name("type") is not None:
        return None
    names = [c for c in spec.named_children if c.type == "identifier"]
    if len(names) != 1:
        return None
    name = ctx.node_text(names[0])
    others = [n for n in ctx.walk(ctx.tree.root_node) if n.type == "const_declaration"
              and n.id != declaration.id] if ctx.tree is not None else []
    if any(re.search(rf"\b{re.escape(name)}\b", ctx.node_text(n)) for n in others):
        return None  # another constant is computed from it
    variable = env_name(name)
    read = _env_read(ctx, variable, literal) if variable else None
    if read is None:
        return None
    replacement, imports = read
    return Fix(title=f"Read it from the environment variable `{variable}` (and rotate the "
                     "leaked value)", safe=False,
               edits=(*imports, ctx.edit_bytes(declaration.start_byte, declaration.end_byte,
                                               f"var {name} = {replacement}")))


def env_fix(ctx: FileContext, start_char: int, end_char: int, title: str) -> Fix | None:
    """The fix for a secret at character offsets [start_char, end_char) of the file, or None
    where no environment read can take the literal's place."""
    if ctx.tree is None or ctx.language not in _LITERALS:
        return None
    start = len(ctx.text[:start_char].encode("utf-8", "surrogatepass")) \
        if not ctx.is_ascii else start_char
    end = start + len(ctx.text[start_char:end_char].encode("utf-8", "surrogatepass"))
    fallback = _fallback_fix(ctx, start, end)
    if fallback is not None:
        return fallback
    literal = _literal(ctx, start, end)
    if literal is None:
        return None
    holder = _holder_name(ctx, literal)
    if holder is None:
        return _go_const_fix(ctx, literal)
    name = env_name(holder) or env_name(title)
    if not name:
        return None
    read = _env_read(ctx, name, literal)
    if read is None:
        return None
    replacement, imports = read
    edits = [*imports, ctx.edit_node(literal, replacement)]
    return Fix(title=f"Read it from the environment variable `{name}` (and rotate the leaked "
                     "value)", edits=tuple(edits), safe=False)
