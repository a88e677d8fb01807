"""The open redirect fix: a redirect to a target from outside goes ahead only for a local
path (no host, no backslash that a browser would read as `//`), else to the site's root:

    return redirect(target)
    ->
    if urllib.parse.urlparse(target).netloc == "" and "\\" not in target:
        return redirect(target)
    return redirect("/")

Unsafe (review it): redirects to the application's own absolute URLs or to partner hosts stop
working (allow them by name), and `/` may not be the right fallback. Only for `return
redirect(<name>, ...)` on a line of its own."""

from __future__ import annotations

from tree_sitter import Node

from vigilint.analyzers.context import FileContext
from vigilint.analyzers.fix_edits import python_import
from vigilint.model import Fix

_GUARD = 'if urllib.parse.urlparse({name}).netloc == "" and "\\\\" not in {name}:'


def redirect_fix(ctx: FileContext, call: Node, target: Node) -> Fix | None:
    statement = call.parent
    arguments = call.child_by_field_name("arguments")
    if statement is None or statement.type != "return_statement" or target.type != "identifier" \
            or arguments is None or not arguments.named_children or \
            arguments.named_children[0] != target:
        return None
    line = ctx.lines[statement.start_point[0]]
    indent = line[:statement.start_point[1]]
    if indent.strip() or line[statement.end_point[1]:].strip():
        return None  # not a line of its own
    step = "\t" if "\t" in indent else "    "
    name = ctx.node_text(target)
    function = ctx.node_text(call.child_by_field_name("function"))
    replacement = (f"{_GUARD.format(name=name)}\n{indent}{step}{ctx.node_text(statement)}\n"
                   f'{indent}return {function}("/")')
    edits = [ctx.edit_node(statement, replacement)]
    edit = python_import(ctx, "urllib.parse")
    if edit is not None:
        edits.insert(0, edit)
    return Fix(title="Redirect only to a local path (else to `/`)", edits=tuple(edits),
               safe=False)

