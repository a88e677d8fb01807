"""Quick fixes that copy a sibling route's guard onto a Python route (always unsafe: the guard
changes who may call the route, so a person must confirm the route is not public on purpose)."""

from __future__ import annotations

from tree_sitter import Node

from vigilint.analyzers.access.model import Guard
from vigilint.analyzers.context import FileContext
from vigilint.analyzers.syntax import FunctionDef, python
from vigilint.model import Fix


def _indent_of(ctx: FileContext, node: Node) -> str:
    line = ctx.lines[node.start_point[0]]
    return line[: len(line) - len(line.lstrip())]


def _title(guard: Guard) -> str:
    name = guard.name if len(guard.name) <= 60 else guard.name[:57] + "..."
    return f"Add `{name}` like the sibling routes"


def add_decorator(ctx: FileContext, fn: FunctionDef, guard: Guard) -> Fix | None:
    """`@login_required` on its own line right above `def` (inside the route decorator, which
    must stay outermost)."""
    text = ctx.node_text(guard.node).strip()
    if not text.startswith("@"):
        return None
    line_start = ctx.line_starts[fn.node.start_point[0]]
    return Fix(title=_title(guard), safe=False,
               edits=(ctx.insert_at(line_start, f"{_indent_of(ctx, fn.node)}{text}\n"),))


def add_dependency(ctx: FileContext, call: Node | None, guard: Guard) -> Fix | None:
    """`dependencies=[Depends(x)]` added to the route decorator's call."""
    if call is None:
        return None
    args = call.child_by_field_name("arguments")
    if args is None or "dependencies" in python(ctx).arguments(call).keywords:
        return None
    closing = args.end_byte - 1
    prefix = ", " if args.named_children else ""
    return Fix(title=_title(guard), safe=False,
               edits=(ctx.insert_at(
                   closing, f"{prefix}dependencies=[{ctx.node_text(guard.node)}]"),))


def add_parameter(ctx: FileContext, fn: FunctionDef, guard: Guard) -> Fix | None:
    """The sibling's `user: User = Depends(get_current_user)` parameter appended."""
    text = ctx.node_text(guard.node)
    name = text.split(":")[0].split("=")[0].strip()
    params = fn.node.child_by_field_name("parameters")
    if params is None or any(p.name == name for p in fn.params):
        return None
    if any(c.type in ("list_splat_pattern", "dictionary_splat_pattern", "keyword_separator")
           for c in params.named_children):
        return None
    closing = params.end_byte - 1
    prefix = ", " if params.named_children else ""
    return Fix(title=_title(guard), safe=False, edits=(ctx.insert_at(closing, prefix + text),))


def add_mixin(ctx: FileContext, cls: Node, guard: Guard) -> Fix | None:
    """`LoginRequiredMixin, ` first among the class's bases (mixins go left of the view)."""
    bases = cls.child_by_field_name("superclasses")
    if bases is None or not bases.named_children:
        return None
    first = bases.named_children[0]
    return Fix(title=_title(guard), safe=False,
               edits=(ctx.insert_at(first.start_byte, f"{ctx.node_text(guard.node)}, "),))


def add_first_statement(ctx: FileContext, cls: Node, guard: Guard) -> Fix | None:
    """The sibling's `permission_classes = [...]` line as the class's first statement."""
    body = cls.child_by_field_name("body")
    if body is None or not body.named_children:
        return None
    first = body.named_children[0]
    if first.type == "expression_statement" and first.named_children and \
            first.named_children[0].type == "string":  # after the docstring
        if len(body.named_children) < 2:
            return None
        first = body.named_children[1]
    indent = _indent_of(ctx, first)
    line_start = ctx.line_starts[first.start_point[0]]
    return Fix(title=_title(guard), safe=False,
               edits=(ctx.insert_at(line_start, f"{indent}{ctx.node_text(guard.node)}\n"),))
