"""Edits that fixes of several rules share: adding an import (Python, Go) once, in the file's
own style. A fix that needs an import carries this edit with its own (one atomic fix)."""

from __future__ import annotations

from tree_sitter import Node

from vigilint.analyzers.context import FileContext
from vigilint.model import Edit


def python_import(ctx: FileContext, module: str) -> Edit | None:
    """`import <module>` before the file's first import (after a module docstring and
    `from __future__` imports otherwise); None when the module is already imported as itself."""
    from vigilint.analyzers.imports import aliases

    if aliases(ctx).get(module) == module or ctx.tree is None:
        return None
    root = ctx.tree.root_node
    after: Node | None = None
    for node in root.named_children:
        if node.type in ("import_statement", "import_from_statement") and \
                "__future__" not in ctx.node_text(node):
            return ctx.insert_at(node.start_byte, f"import {module}\n")
        if node.type == "future_import_statement" or (
                after is None and node.type == "expression_statement"
                and node.named_child_count == 1 and node.named_children[0].type == "string"):
            after = node
            continue
        if node.type != "comment":
            break
    if after is None:
        first = root.named_children[0] if root.named_children else None
        if first is not None and first.type == "comment" and ctx.text.startswith("#!"):
            return ctx.insert_at(first.end_byte, f"\nimport {module}")
        return ctx.insert_at(0, f"import {module}\n\n" if ctx.text.strip() else
                             f"import {module}\n")
    return ctx.insert_at(after.end_byte, f"\nimport {module}")


def python_module(ctx: FileContext, module: str, near: Node) -> tuple[Edit, ...] | None:
    """The edits that make `module` usable at `near`: none when it is imported, the import
    otherwise, and None when a local name shadows it there (`copy = ...` in the function, a
    parameter called `json`): the fix must not be offered then."""
    if ctx.tree is None or module in _module_names(ctx):
        return None
    if module in scope_names(ctx, near)[0]:
        return None  # a local or a parameter of that name
    edit = python_import(ctx, module)
    return () if edit is None else (edit,)


def _module_names(ctx: FileContext) -> frozenset[str]:
    """Names a module-level assignment, function or class binds (memoised per file)."""
    cached = ctx.cache.get("fix_edits.module_names")
    if cached is None:
        names: set[str] = set()
        assert ctx.tree is not None
        for top in ctx.tree.root_node.named_children:
            named = None
            if top.type == "expression_statement" and top.named_children and \
                    top.named_children[0].type == "assignment":
                named = top.named_children[0].child_by_field_name("left")
            elif top.type in ("function_definition", "class_definition"):
                named = top.child_by_field_name("name")
            if named is not None:
                names.add(ctx.node_text(named))
        cached = ctx.cache["fix_edits.module_names"] = frozenset(names)
    return cached


def scope_names(ctx: FileContext, near: Node) -> tuple[frozenset[str], frozenset[str]]:
    """The names of the function around `near`: those bound or read as themselves (not as the
    object of an attribute: `copy.deepcopy` reads the module), and every identifier. Memoised
    per function: a file with many findings in one function walks it once."""
    from vigilint.analyzers.syntax.enclosing import enclosing_node

    scope = enclosing_node(ctx, near, ("function_definition",))
    if scope is None:
        return frozenset(), frozenset()
    key = f"fix_edits.names:{scope.start_byte}:{scope.end_byte}"
    cached = ctx.cache.get(key)
    if cached is None:
        plain: set[str] = set()
        every: set[str] = set()
        for node in ctx.walk(scope):
            if node.type != "identifier":
                continue
            name = ctx.node_text(node)
            every.add(name)
            parent = node.parent
            if parent is None or parent.type != "attribute" or \
                    parent.child_by_field_name("object") != node:
                plain.add(name)
        cached = ctx.cache[key] = (frozenset(plain), frozenset(every))
    return cached


def go_import(ctx: FileContext, package: str) -> Edit | None:
    """`"<package>"` added to the file's import block (or a new `import` line after the
    package clause); None when the package is imported already."""
    if ctx.tree is None:
        return None
    root = ctx.tree.root_node
    package_clause = None
    for node in root.named_children:
        if node.type == "package_clause":
            package_clause = node
        if node.type != "import_declaration":
            continue
        for spec in ctx.walk(node):
            if spec.type == "import_spec" and \
                    ctx.node_text(spec.child_by_field_name("path")).strip('"`') == package:
                return None
        specs = next((c for c in node.named_children if c.type == "import_spec_list"), None)
        if specs is not None:  # in gofmt's order: before the first path that sorts after it
            paths = [c for c in specs.named_children if c.type == "import_spec"]
            later = next((c for c in paths if ctx.node_text(c.child_by_field_name("path"))
                          .strip('"`') > package and c.child_by_field_name("name") is None),
                         None)
            if later is not None:
                return ctx.insert_at(later.start_byte, f'"{package}"\n\t')
            if paths:
                return ctx.insert_at(paths[-1].end_byte, f'\n\t"{package}"')
            return ctx.insert_at(specs.start_byte + 1, f'\n\t"{package}"')
        return ctx.insert_at(node.start_byte, f'import "{package}"\n')
    if package_clause is None:
        return None
    return ctx.insert_at(package_clause.end_byte, f'\n\nimport "{package}"')


def remove_argument(ctx: FileContext, argument: Node) -> Edit:
    """Remove an argument of a call (any language whose arguments are comma-separated) with
    the comma before it, or after it when it is the first."""
    previous = argument.prev_sibling
    if previous is not None and previous.type == ",":
        return ctx.edit_bytes(previous.start_byte, argument.end_byte, "")
    following = argument.next_sibling
    end = following.end_byte if following is not None and following.type == "," else \
        argument.end_byte
    while end < len(ctx.source) and ctx.source[end:end + 1] == b" ":
        end += 1
    return ctx.edit_bytes(argument.start_byte, end, "")
