"""Import aliases, so rules match `yaml.load` however it was imported: a thin facade over the
semantic layer (`vigilint.analyzers.syntax`) for the callers that predate it.

`qualified_name(ctx, node)` turns a callee expression into its dotted import path:
`import yaml as y; y.load` -> "yaml.load", `from subprocess import run as r; r` ->
"subprocess.run", `const {exec} = require("child_process"); exec` -> "child_process.exec".
Names that were not imported resolve to their own dotted text ("open", "request.args.get").
"""

from __future__ import annotations

from tree_sitter import Node

from vigilint.analyzers.context import FileContext
from vigilint.analyzers.syntax import dotted, semantics

__all__ = ["aliases", "call_name", "dotted", "qualified_name"]


def aliases(ctx: FileContext) -> dict[str, str]:
    """Local name -> dotted module path for every import in the file."""
    return semantics(ctx).imports()


def qualified_name(ctx: FileContext, node: Node | None) -> str | None:
    """The import-resolved dotted name of a callee expression (see module docs)."""
    return semantics(ctx).qualified_name(node)


def call_name(ctx: FileContext, call: Node) -> str | None:
    """The import-resolved name of the function a call node calls (memoised per node: many
    rules ask for the same call). Receiver types are not applied here: see
    `Semantics.call_name` for that."""
    memo: dict[tuple[int, int], str | None] | None = ctx.cache.get("call_names")
    if memo is None:
        memo = ctx.cache["call_names"] = {}
    key = (call.start_byte, call.end_byte)
    try:
        return memo[key]
    except KeyError:
        name = memo[key] = semantics(ctx).qualified_name(call.child_by_field_name("function"))
        return name
