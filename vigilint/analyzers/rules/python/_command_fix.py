"""The command injection fix: a command line built with an f-string, `+`, `%` or `.format` and
run through a shell becomes an argument list run without one:

    os.system("ping -c 1 " + host)             -> subprocess.call(["ping", "-c", "1", host])
    subprocess.run(f"git log {ref}", shell=True) -> subprocess.run(["git", "log", ref])
    os.popen("du -sh " + path).read()          -> subprocess.run(["du", "-sh", path],
                                                      capture_output=True, text=True).stdout
    os.popen("df -h " + path)                  -> subprocess.Popen(["df", "-h", path],
                                                      stdout=subprocess.PIPE, text=True).stdout

Unsafe (review it): the command no longer goes through a shell, and `os.system`'s return value
is an exit status rather than a wait status. No fix when the command uses what only a shell
does (pipes, redirections, `;`, `&&`, variables, globs, `~`), or a value is not a whole word."""

from __future__ import annotations

import shlex

from tree_sitter import Node

from vigilint import lazyre
from vigilint.analyzers.context import FileContext
from vigilint.analyzers.fix_edits import python_module, remove_argument
from vigilint.analyzers.rules.python._built_strings import built_value, query_pieces
from vigilint.model import Edit, Fix

_SHELL_ONLY = lazyre.compile(r"[|&;<>()$`*?\[\]{}~!#\n\\]")
_MARK = "\x00{}\x00"
_MARKED = lazyre.compile(r"\x00(\d+)\x00")


def argument_list(ctx: FileContext, pieces: list[str | Node]) -> str | None:
    """The Python list expression for a command given as literal text and values."""
    template = ""
    values: list[Node] = []
    for piece in pieces:
        if isinstance(piece, str):
            if _SHELL_ONLY.search(piece):
                return None
            template += piece
        else:
            template += _MARK.format(len(values))
            values.append(piece)
    try:
        words = shlex.split(template)
    except ValueError:
        return None
    if not words or (_MARKED.fullmatch(words[0]) is not None and len(words) == 1):
        return None
    out: list[str] = []
    for word in words:
        whole = _MARKED.fullmatch(word)
        if whole is not None:
            out.append(_as_text(ctx, values[int(whole.group(1))]))
            continue
        if not _MARKED.search(word):
            out.append(f'"{word}"' if '"' not in word and "\\" not in word else repr(word))
            continue
        parts = []
        pos = 0
        for match in _MARKED.finditer(word):
            parts.append(word[pos:match.start()].replace("{", "{{").replace("}", "}}")
                         .replace('"', '\\"'))
            parts.append("{" + ctx.node_text(values[int(match.group(1))]) + "}")
            pos = match.end()
        parts.append(word[pos:].replace("{", "{{").replace("}", "}}").replace('"', '\\"'))
        if any('"' in ctx.node_text(v) or "\\" in ctx.node_text(v) for v in values):
            return None
        out.append('f"' + "".join(parts) + '"')
    return "[" + ", ".join(out) + "]"


def _as_text(ctx: FileContext, value: Node) -> str:
    text = ctx.node_text(value)
    if value.type in ("identifier", "attribute", "subscript", "call", "string"):
        return text
    return f"str({text})"


def command_fix(ctx: FileContext, call: Node, command: Node, callee: str) -> Fix | None:
    """The fix for `callee(command, ...)` (`os.system`, `os.popen`, `subprocess.*` with
    `shell=True`), or None."""
    arguments = call.child_by_field_name("arguments")
    if arguments is None or not arguments.named_children or \
            arguments.named_children[0] != command:
        return None
    built = built_value(ctx, call, command)
    if built is None:
        return None
    pieces = query_pieces(ctx, built)
    if pieces is None:
        return None
    listed = argument_list(ctx, pieces)
    if listed is None:
        return None
    edits: list[Edit] = []
    if built is not command:
        edits.append(ctx.edit_node(built, listed))
        listed = ctx.node_text(command)
    module = callee.rpartition(".")[0]
    if module == "subprocess":
        shell = next((a for a in arguments.named_children if a.type == "keyword_argument"
                      and ctx.node_text(a.child_by_field_name("name")) == "shell"), None)
        if shell is None or ctx.node_text(shell.child_by_field_name("value")) != "True":
            return None
        edits.append(ctx.edit_node(command, listed))
        edits.append(remove_argument(ctx, shell))
    elif callee == "os.system" and len(arguments.named_children) == 1:
        edits.append(ctx.edit_node(call, f"subprocess.call({listed})"))
    elif callee == "os.popen" and len(arguments.named_children) == 1:
        read = _read_of(ctx, call)
        if read is not None:
            edits.append(ctx.edit_node(read, f"subprocess.run({listed}, capture_output=True, "
                                             "text=True).stdout"))
        else:  # the pipe as a file to read from, as `os.popen` gives it
            edits.append(ctx.edit_node(call, f"subprocess.Popen({listed}, "
                                             "stdout=subprocess.PIPE, text=True).stdout"))
    else:
        return None
    if module != "subprocess":
        needed = python_module(ctx, "subprocess", call)
        if needed is None:
            return None
        edits[:0] = needed
    return Fix(title="Run the command as an argument list, without a shell",
               edits=tuple(edits), safe=False)


def _read_of(ctx: FileContext, call: Node) -> Node | None:
    """`os.popen(...).read()`: the outer call, else None."""
    attribute = call.parent
    if attribute is None or attribute.type != "attribute" or \
            ctx.node_text(attribute.child_by_field_name("attribute")) != "read":
        return None
    outer = attribute.parent
    arguments = outer.child_by_field_name("arguments") if outer is not None else None
    if outer is None or outer.type != "call" or arguments is None or arguments.named_children:
        return None
    return outer
