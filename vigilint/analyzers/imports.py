"""Import aliases, so rules match `yaml.load` however it was imported.

`qualified_name(ctx, node)` turns a callee expression into its dotted import path:
`import yaml as y; y.load` -> "yaml.load", `from subprocess import run as r; r` ->
"subprocess.run", `const {exec} = require("child_process"); exec` -> "child_process.exec".
Names that were not imported resolve to their own dotted text ("open", "request.args.get").
Computed once per file and cached in the file context.
"""

from __future__ import annotations

from tree_sitter import Node

from vigilint.analyzers.context import FileContext
from vigilint.analyzers.languages import compile_query

_PY_IMPORTS = """
(import_statement) @imp
(import_from_statement) @imp
"""

_JS_IMPORTS = """
(import_statement) @imp
(variable_declarator
  name: (_) @name
  value: [(call_expression function: (identifier) @req arguments: (arguments (string) @mod))
          (member_expression object: (call_expression function: (identifier) @req
              arguments: (arguments (string) @mod)) property: (property_identifier) @prop)
          (await_expression (call_expression function: (import) arguments: (arguments (string) @mod)))]
  ) @decl
"""


def aliases(ctx: FileContext) -> dict[str, str]:
    """Local name -> dotted module path for every import in the file."""
    cached: dict[str, str] | None = ctx.cache.get("imports")
    if cached is None:
        cached = _build(ctx)
        ctx.cache["imports"] = cached
    return cached


def _build(ctx: FileContext) -> dict[str, str]:
    if ctx.tree is None:
        return {}
    if ctx.language == "python":
        return _python(ctx)
    if ctx.language in ("javascript", "typescript", "tsx"):
        return _javascript(ctx)
    return {}


def _python(ctx: FileContext) -> dict[str, str]:
    from tree_sitter import QueryCursor

    out: dict[str, str] = {}
    assert ctx.tree is not None
    query = compile_query("python", _PY_IMPORTS)
    for node in QueryCursor(query).captures(ctx.tree.root_node).get("imp", []):
        if node.type == "import_statement":
            for child in node.named_children:
                if child.type == "dotted_name":
                    name = ctx.node_text(child)
                    out[name.split(".")[0]] = name.split(".")[0]
                    out[name] = name
                elif child.type == "aliased_import":
                    target = ctx.node_text(child.child_by_field_name("name"))
                    alias = ctx.node_text(child.child_by_field_name("alias"))
                    out[alias] = target
        else:
            module_node = node.child_by_field_name("module_name")
            module = ctx.node_text(module_node)
            for child in node.children_by_field_name("name"):
                if child.type == "dotted_name":
                    name = ctx.node_text(child)
                    out[name] = f"{module}.{name}"
                elif child.type == "aliased_import":
                    target = ctx.node_text(child.child_by_field_name("name"))
                    alias = ctx.node_text(child.child_by_field_name("alias"))
                    out[alias] = f"{module}.{target}"
    return out


def _string_value(ctx: FileContext, node: Node) -> str:
    return ctx.node_text(node).strip("'\"`")


def _javascript(ctx: FileContext) -> dict[str, str]:
    from tree_sitter import QueryCursor

    out: dict[str, str] = {}
    assert ctx.tree is not None
    query = compile_query(ctx.language, _JS_IMPORTS)
    for _, caps in QueryCursor(query).matches(ctx.tree.root_node):
        if "imp" in caps:
            node = caps["imp"][0]
            source = node.child_by_field_name("source")
            if source is None:
                continue
            module = _string_value(ctx, source)
            for clause in node.named_children:
                if clause.type != "import_clause":
                    continue
                for part in clause.named_children:
                    if part.type == "identifier":  # default import
                        out[ctx.node_text(part)] = module
                    elif part.type == "namespace_import":
                        for ident in part.named_children:
                            out[ctx.node_text(ident)] = module
                    elif part.type == "named_imports":
                        for spec in part.named_children:
                            if spec.type != "import_specifier":
                                continue
                            name = ctx.node_text(spec.child_by_field_name("name"))
                            alias_node = spec.child_by_field_name("alias")
                            alias = ctx.node_text(alias_node) if alias_node else name
                            out[alias] = f"{module}.{name}"
            continue
        if "mod" not in caps or "name" not in caps:
            continue
        if "req" in caps and ctx.node_text(caps["req"][0]) != "require":
            continue
        module = _string_value(ctx, caps["mod"][0])
        if "prop" in caps:
            module = f"{module}.{ctx.node_text(caps['prop'][0])}"
        name_node = caps["name"][0]
        if name_node.type == "identifier":
            out[ctx.node_text(name_node)] = module
        elif name_node.type == "object_pattern":
            for prop in name_node.named_children:
                if prop.type == "shorthand_property_identifier_pattern":
                    key = ctx.node_text(prop)
                    out[key] = f"{module}.{key}"
                elif prop.type == "pair_pattern":
                    key = ctx.node_text(prop.child_by_field_name("key"))
                    value = prop.child_by_field_name("value")
                    if value is not None and value.type == "identifier":
                        out[ctx.node_text(value)] = f"{module}.{key}"
    return out


_NAME_KINDS = frozenset({"identifier", "property_identifier", "field_identifier",
                         "type_identifier", "shorthand_property_identifier"})


def dotted(ctx: FileContext, node: Node | None) -> str | None:
    """The dotted text of an identifier/attribute chain, or None for anything else."""
    parts: list[str] = []
    text = ctx.node_text
    while node is not None:
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


def qualified_name(ctx: FileContext, node: Node | None) -> str | None:
    """The import-resolved dotted name of a callee expression (see module docs)."""
    text = dotted(ctx, node)
    if text is None:
        return None
    head, _, rest = text.partition(".")
    table = aliases(ctx)
    if text in table:
        return table[text]
    if head in table:
        return f"{table[head]}.{rest}" if rest else table[head]
    return text


def call_name(ctx: FileContext, call: Node) -> str | None:
    """The qualified name of the function a call node calls (memoised per node: many rules
    ask for the same call)."""
    memo: dict[tuple[int, int], str | None] | None = ctx.cache.get("call_names")
    if memo is None:
        memo = ctx.cache["call_names"] = {}
    key = (call.start_byte, call.end_byte)
    try:
        return memo[key]
    except KeyError:
        name = memo[key] = qualified_name(ctx, call.child_by_field_name("function"))
        return name
