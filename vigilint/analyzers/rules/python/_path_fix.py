"""The path traversal fix: a file name from outside that is joined under a folder keeps only
its last component (`os.path.basename`), so `../` cannot leave the folder:

    open("uploads/" + name)            -> open("uploads/" + os.path.basename(name))
    send_file(os.path.join(BASE, name)) -> send_file(os.path.join(BASE, os.path.basename(name)))

Unsafe (review it): names with sub-folders (`2024/report.pdf`) no longer reach them. No fix for
a path that is data as a whole (no folder of the code's own to keep it under)."""

from __future__ import annotations

from tree_sitter import Node

from vigilint.analyzers.context import FileContext
from vigilint.analyzers.fix_edits import python_module
from vigilint.analyzers.imports import call_name
from vigilint.analyzers.rules.python._built_strings import query_pieces
from vigilint.model import Fix

_JOINS = ("os.path.join", "posixpath.join")


def _file_names(ctx: FileContext, path: Node) -> list[Node] | None:
    """The parts of `path` that are file names put under a folder, or None."""
    if path.type == "call" and (call_name(ctx, path) or "") in _JOINS:
        arguments = path.child_by_field_name("arguments")
        parts = list(arguments.named_children) if arguments is not None else []
        names = [p for p in parts[1:] if p.type != "string"]
        if len(parts) < 2 or any(p.type in ("list_splat", "keyword_argument") for p in parts):
            return None
        return names or None
    pieces = query_pieces(ctx, path)
    if pieces is None:
        return None
    names = []
    before = ""
    for piece in pieces:
        if isinstance(piece, str):
            before = piece
            continue
        if not before.endswith("/"):
            return None  # not a whole file name under a folder
        names.append(piece)
        before = ""
    return names or None


def path_fix(ctx: FileContext, path: Node, whole: bool = False) -> Fix | None:
    """`whole`: the path is handed to a function of the project that opens it under a
    folder (a wrapper in another file): the value passed keeps only its file name."""
    names = _file_names(ctx, path) if not whole else \
        [path] if path.type in ("identifier", "attribute", "subscript", "call") and \
        "\n" not in ctx.node_text(path) else None
    if not names:
        return None
    needed = python_module(ctx, "os", path)
    if needed is None:
        return None
    edits = [*needed, *(ctx.edit_node(n, f"os.path.basename({ctx.node_text(n)})")
                        for n in names)]
    return Fix(title="Keep only the file name (`os.path.basename`)", edits=tuple(edits),
               safe=False)
