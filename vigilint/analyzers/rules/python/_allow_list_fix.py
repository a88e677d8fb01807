"""The SSRF fix: before the statement that fetches a URL from outside, the URL's host is
checked against the comma-separated list in the `ALLOWED_FETCH_HOSTS` environment variable:

    return requests.get(url, timeout=10).text
    ->
    if urllib.parse.urlparse(url).hostname not in os.environ.get("ALLOWED_FETCH_HOSTS", "").split(","):
        raise ValueError("host not allowed")
    return requests.get(url, timeout=10).text

A URL that is no plain name (`data["url"]`) is first held in one (`target = data["url"]`).
Unsafe (review it): every host the feature needs must be listed where the app runs, and the
error may deserve a proper answer (400) instead of an exception. Only for a simple statement
on a line of its own, outside lambdas and comprehensions."""

from __future__ import annotations

import re

from tree_sitter import Node

from vigilint.analyzers.context import FileContext
from vigilint.analyzers.fix_edits import python_import
from vigilint.model import Edit, Fix

VARIABLE = "ALLOWED_FETCH_HOSTS"
_GUARD = ('if urllib.parse.urlparse({name}).hostname not in '
          f'os.environ.get("{VARIABLE}", "").split(","):')
_NAMES = ("target", "fetch_url", "outgoing_url")
_SCOPES = frozenset({"lambda", "list_comprehension", "set_comprehension",
                     "dictionary_comprehension", "generator_expression"})


def allow_list_fix(ctx: FileContext, call: Node, target: Node) -> Fix | None:
    statement: Node | None = call
    while statement is not None and statement.parent is not None and \
            statement.parent.type not in ("block", "module"):
        if statement.type in _SCOPES:
            return None
        statement = statement.parent
    if statement is None or statement.type not in ("expression_statement", "return_statement"):
        return None
    line = ctx.lines[statement.start_point[0]]
    indent = line[:statement.start_point[1]]
    if indent.strip() or "\n" in ctx.node_text(target):
        return None
    step = "\t" if "\t" in indent else "    "
    edits: list[Edit] = []
    if target.type == "identifier":
        name, hoisted = ctx.node_text(target), ""
    else:
        scope = statement.parent
        while scope is not None and scope.type not in ("function_definition", "module"):
            scope = scope.parent
        used = ctx.node_text(scope) if scope is not None else ctx.text
        found = next((n for n in _NAMES if not re.search(rf"\b{n}\b", used)), None)
        if found is None:
            return None
        name, hoisted = found, f"{found} = {ctx.node_text(target)}\n{indent}"
        edits.append(ctx.edit_node(target, found))
    guard = (f"{hoisted}{_GUARD.format(name=name)}\n{indent}{step}"
             f'raise ValueError("host not allowed")\n{indent}')
    edits.insert(0, ctx.insert_at(statement.start_byte, guard))
    for module in ("os", "urllib.parse"):
        edit = python_import(ctx, module)
        if edit is not None:
            edits.insert(0, edit)
    return Fix(title=f"Fetch only the hosts listed in `{VARIABLE}`", safe=False,
               edits=tuple(edits))
