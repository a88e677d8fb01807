"""The open redirect fix: a redirect to a target from outside goes ahead only for a local
path (no host, no backslash that a browser would read as `//`), else to the site's root:

    return redirect(target)
    ->
    if urllib.parse.urlparse(target).netloc == "" and "\\" not in target:
        return redirect(target)
    return redirect("/")

Unsafe (review it): redirects to the application's own absolute URLs or to partner hosts stop
working (allow them by name), and `/` may not be the right fallback. Only for `return
redirect(...)` on a line of its own; a target that is no plain name
(`request.args.get("next")`) is first held in one (`target = ...`)."""

from __future__ import annotations

import re

from tree_sitter import Node

from vigilint.analyzers.context import FileContext
from vigilint.analyzers.fix_edits import python_import
from vigilint.model import Fix

_GUARD = 'if urllib.parse.urlparse({name}).netloc == "" and "\\\\" not in {name}:'


_NAMES = ("target", "redirect_to", "destination")


def redirect_fix(ctx: FileContext, call: Node, target: Node) -> Fix | None:
    statement = call.parent
    arguments = call.child_by_field_name("arguments")
    if statement is None or statement.type != "return_statement" or arguments is None or \
            not any(target.id in (arg.id, getattr(arg.child_by_field_name("value"), "id", -1))
                    for arg in arguments.named_children):
        return None
    line = ctx.lines[statement.start_point[0]]
    indent = line[:statement.start_point[1]]
    if indent.strip() or line[statement.end_point[1]:].strip():
        return None  # not a line of its own
    step = "\t" if "\t" in indent else "    "
    function = ctx.node_text(call.child_by_field_name("function"))
    hoisted = ""
    if target.type == "identifier":
        name = ctx.node_text(target)
        kept = ctx.node_text(statement)
    else:  # `redirect(request.args.get("next"))`: the target is held in a name first
        scope = statement.parent
        while scope is not None and scope.type not in ("function_definition", "module"):
            scope = scope.parent
        used = ctx.node_text(scope) if scope is not None else ctx.text
        found = next((n for n in _NAMES if not re.search(rf"\b{n}\b", used)), None)
        if found is None or "\n" in ctx.node_text(target):
            return None
        name = found
        hoisted = f"{name} = {ctx.node_text(target)}\n{indent}"
        start = target.start_byte - statement.start_byte
        end = target.end_byte - statement.start_byte
        text = ctx.node_text(statement)
        kept = text[:start] + name + text[end:]
    replacement = (f"{hoisted}{_GUARD.format(name=name)}\n{indent}{step}{kept}\n"
                   f'{indent}return {function}("/")')
    edits = [ctx.edit_node(statement, replacement)]
    edit = python_import(ctx, "urllib.parse")
    if edit is not None:
        edits.insert(0, edit)
    return Fix(title="Redirect only to a local path (else to `/`)", edits=tuple(edits),
               safe=False)
