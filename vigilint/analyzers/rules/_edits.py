"""Pieces that the quick fixes of the JavaScript/TypeScript, Go and Java rules share: removing a
statement or a list item; adding a Go import, a Go struct field or a JavaScript option; taking
a `+` chain apart; finding the tainted pieces of a built value and wrapping them in an
escaper; splitting a shell command into argument words. Each returns None (or nothing to do)
when the shape is not one it can rewrite without guessing."""

from __future__ import annotations

import re
from collections.abc import Callable

from tree_sitter import Node

from vigilint.analyzers.context import FileContext
from vigilint.analyzers.dataflow import flow
from vigilint.analyzers.syntax import go
from vigilint.model import Edit, Fix


def remove_lines(ctx: FileContext, node: Node) -> Edit:
    """Remove `node`; when it stands alone on its lines, remove those lines too."""
    source = ctx.source
    start = source.rfind(b"\n", 0, node.start_byte) + 1
    end = source.find(b"\n", node.end_byte)
    end = len(source) if end == -1 else end + 1
    if source[start:node.start_byte].strip() or source[node.end_byte:end].strip():
        return ctx.edit_node(node, "")
    return ctx.edit_bytes(start, end, "")


def remove_item(ctx: FileContext, item: Node) -> Edit | None:
    """Remove one element of a comma-separated list (object pair, keyed element, argument)
    with its comma. None when the item is the list's only element."""
    siblings = [c for c in item.parent.named_children if c.type != "comment"] \
        if item.parent is not None else []
    index = next((i for i, c in enumerate(siblings) if c.id == item.id), -1)
    if index < 0 or len(siblings) < 2:
        return None
    source = ctx.source
    if index + 1 < len(siblings):  # the item, its comma and the gap after it go
        following = siblings[index + 1]
        start = source.rfind(b"\n", 0, item.start_byte) + 1
        line_end = source.find(b"\n", item.end_byte)
        if not source[start:item.start_byte].strip() and line_end != -1 and \
                source[item.end_byte:line_end].strip() == b"," and line_end < following.start_byte:
            return ctx.edit_bytes(start, line_end + 1, "")  # the item's own line(s)
        return ctx.edit_bytes(item.start_byte, following.start_byte, "")
    return ctx.edit_bytes(siblings[index - 1].end_byte, item.end_byte, "")


def go_package(ctx: FileContext, path: str) -> tuple[str, list[Edit]]:
    """The name a Go file knows package `path` by, and the edits that import it if it does
    not yet (its last path element then)."""
    for alias, imported in go(ctx).imports().items():
        if imported == path and alias not in ("_", "."):
            return alias, []
    edit = go_import(ctx, path)
    return path.rsplit("/", 1)[-1], [] if edit is None else [edit]


def go_import(ctx: FileContext, path: str, alias: str = "") -> Edit | None:
    """An edit adding `import [alias] "path"` to a Go file, or None when it is imported
    already."""
    spec = f'{alias} "{path}"' if alias else f'"{path}"'
    root = ctx.tree.root_node if ctx.tree is not None else None
    if root is None:
        return None
    last = None
    for child in root.named_children:
        if child.type == "package_clause":
            last = child
        elif child.type == "import_declaration":
            text = ctx.node_text(child)
            if f'"{path}"' in text:
                return None
            spec_list = next((c for c in child.named_children
                              if c.type == "import_spec_list"), None)
            if spec_list is not None:
                closing = spec_list.end_byte - 1  # the ")"
                return ctx.insert_at(closing, f"\t{spec}\n")
            last = child
    if last is None:
        return None
    return ctx.insert_at(last.end_byte, f"\n\nimport {spec}" if last.type == "package_clause"
                         else f"\nimport {spec}")


def js_add_option(ctx: FileContext, args: tuple[Node, ...], index: int,
                  option: str) -> Edit | None:
    """Add `option` (`key: value`) to the options object a JavaScript call takes at argument
    `index`: into the object literal there, or as a new `{ option }` argument when the call
    stops just before it. None when the slot holds something else (a variable, a spread)."""
    if len(args) > index:
        target = args[index]
        if target.type != "object" or any(c.type == "spread_element"
                                          for c in target.named_children):
            return None
        items = [c for c in target.named_children if c.type != "comment"]
        if not items:
            return ctx.edit_node(target, f"{{ {option} }}")
        return ctx.insert_at(items[-1].end_byte, f", {option}")
    if len(args) == index and args:
        return ctx.insert_at(args[-1].end_byte, f", {{ {option} }}")
    return None


def go_add_field(ctx: FileContext, literal: Node, field: str) -> Edit | None:
    """Add `field` (`Name: value`) to a Go composite literal's body: on a line of its own in a
    multi-line literal, after the last element on one line, or as the only element."""
    body = literal.child_by_field_name("body")
    if body is None:
        return None
    elements = [c for c in body.named_children if c.type != "comment"]
    if not elements:
        return ctx.edit_node(body, f"{{{field}}}")
    last = elements[-1]
    if body.start_point[0] == body.end_point[0]:
        return ctx.insert_at(last.end_byte, f", {field}")
    line = ctx.lines[last.start_point[0]]
    indent = line[:len(line) - len(line.lstrip())]
    after = ctx.source.find(b"\n", last.end_byte)
    if after == -1 or after > body.end_byte or ctx.source[last.end_byte:after].strip() != b",":
        return None  # a comment or the closing brace on the last element's line
    return ctx.insert_at(after + 1, f"{indent}{field},\n")


def go_import_spec(ctx: FileContext, path: str) -> Node | None:
    """The `import_spec` node that imports `path`."""
    root = ctx.tree.root_node if ctx.tree is not None else None
    for decl in root.named_children if root is not None else ():
        if decl.type != "import_declaration":
            continue
        for spec in ctx.walk(decl):
            if spec.type == "import_spec" and ctx.node_text(
                    spec.child_by_field_name("path")).strip('"`') == path:
                return spec
    return None


def go_drop_import(ctx: FileContext, path: str) -> Edit | None:
    """Remove the import of `path` (its spec line, or the whole one-spec declaration)."""
    spec = go_import_spec(ctx, path)
    if spec is None or spec.parent is None:
        return None
    return remove_lines(ctx, spec.parent if spec.parent.type == "import_declaration" else spec)


def last_operand(ctx: FileContext, node: Node) -> tuple[Node, str] | None:
    """The last operand of a `+` chain and the text of the string literal just before it
    (`dir + "/" + name` -> (name, "/")); None when the chain does not end that way."""
    if node.type != "binary_expression" or ctx.node_text(
            node.child_by_field_name("operator")) != "+":
        return None
    right, left = node.child_by_field_name("right"), node.child_by_field_name("left")
    if right is None or left is None:
        return None
    before = left.child_by_field_name("right") if left.type == "binary_expression" else left
    if before is None:
        return None
    return right, ctx.node_text(before).strip("\"'`")


_CONCAT = frozenset({"binary_expression"})
_WRAPPERS = frozenset({"parenthesized_expression", "template_substitution", "template_string"})


def tainted_parts(ctx: FileContext, node: Node, kind: str) -> list[Node]:
    """The pieces of a value built with `+` or a template (and the whole value otherwise)
    that carry tainted data of `kind`: what an escaper should wrap, leaving the constant
    text around them as it is. A Go `[]byte(x)` conversion is looked into."""
    facts = flow(ctx)
    out: list[Node] = []
    stack = [node]
    while stack:
        item = stack.pop()
        if item.type in _CONCAT and ctx.node_text(item.child_by_field_name("operator")) == "+":
            stack.extend(c for c in (item.child_by_field_name("right"),
                                     item.child_by_field_name("left")) if c is not None)
        elif item.type in _WRAPPERS:
            stack.extend(reversed([c for c in item.named_children
                                   if c.type != "string_fragment"]))
        elif item.type in ("call_expression", "type_conversion_expression") and \
                ctx.language == "go" and ctx.node_text(item).startswith("[]byte("):
            inner = item.child_by_field_name("arguments") or item.child_by_field_name("operand")
            if inner is not None and inner.type == "argument_list":
                stack.extend(c for c in inner.named_children if c.type != "comment")
            elif inner is not None:
                stack.append(inner)
        elif facts.verdict(item, kind).level == "tainted":
            out.append(item)
    return out


def go_strings(ctx: FileContext, parts: list[Node]) -> list[Node] | None:
    """`parts` when each can be a Go `string` (an escaper's argument): None when one is
    declared another type or is a byte slice / an error."""
    for part in parts:
        declared = go(ctx).declared_type(part)
        text = ctx.node_text(part)
        if declared not in ("", "string") or text.endswith((".Bytes()", ".Error")) or \
                text == "err" or declared == "error":
            return None
    return parts


def wrap_fix(ctx: FileContext, parts: list[Node], function: str, title: str,
             extra: tuple[Edit, ...] = (), suffix: str = "") -> Fix | None:
    """One fix wrapping each part in `function(...)` (then `suffix`; with `extra` edits,
    an import)."""
    if not parts:
        return None
    return Fix(title=title, safe=False, edits=(
        *extra, *(ctx.edit_node(p, f"{function}({ctx.node_text(p)}){suffix}") for p in parts)))


# a literal word of a shell command may hold none of these: the argument vector would lose it
_SHELL_SYNTAX = re.compile(r"[|&;<>()$`\\\"'*?\[\]#~{}!\n%]")


def argv_words(parts: list[tuple[bool, str]]) -> list[tuple[bool, str]] | None:
    """The argument vector of a shell command built from literal text and whole-word values
    (`"ls -l " + dir`), each word `(is literal, text or the value's source)`; None for
    anything a shell would read differently (quotes, pipes, globs, a value glued to text)
    or a command that does not start with a literal program."""
    words: list[tuple[bool, str]] = []
    glued = False  # the previous part ended inside a word
    for index, (literal, text) in enumerate(parts):
        if literal:
            if _SHELL_SYNTAX.search(text):
                return None
            if (text[:1].strip() and glued) or (index + 1 < len(parts) and text[-1:].strip()):
                return None  # a value glued to literal text
            words.extend((True, word) for word in text.split())
            glued = False
        else:
            if glued:
                return None
            words.append((False, text))
            glued = True
    return words if words and words[0][0] else None


def java_no_line_breaks(ctx: FileContext, parts: list[Node]) -> Fix | None:
    """Each Java value in `parts` with CR and LF replaced (`String.valueOf(x)` so a non-string
    value still converts): no forged log line or extra response header."""
    return wrap_fix(ctx, parts, "String.valueOf", "Replace line breaks in the values",
                    suffix='.replaceAll("[\\\\r\\\\n]", "_")')


def concat_operands(ctx: FileContext, node: Node) -> list[Node]:
    """The operands of a `+` chain, left to right (`[node]` when it is no `+`)."""
    out: list[Node] = []
    stack = [node]
    while stack:
        item = stack.pop()
        if item.type == "binary_expression" and ctx.node_text(
                item.child_by_field_name("operator")) == "+":
            stack.extend(c for c in (item.child_by_field_name("right"),
                                     item.child_by_field_name("left")) if c is not None)
        else:
            out.append(item)
    return out


def concat_parts(ctx: FileContext, node: Node, literal: Callable[[Node], str | None],
                 values: frozenset[str]) -> list[tuple[bool, str]] | None:
    """A `+` chain as parts: `(True, text)` for each string literal (`literal` reads one, None
    for anything else), `(False, source)` for each operand of a kind in `values`; None when
    an operand is neither or `node` is no chain."""
    if node.type != "binary_expression":
        return None
    out: list[tuple[bool, str]] = []
    for operand in concat_operands(ctx, node):
        text = literal(operand)
        if text is not None:
            out.append((True, text))
        elif operand.type in values:
            out.append((False, ctx.node_text(operand)))
        else:
            return None
    return out


def go_string(ctx: FileContext, node: Node) -> str | None:
    """The text of a Go string literal without escapes (raw, or interpreted with no `\\`)."""
    text = ctx.node_text(node)
    if node.type == "raw_string_literal" or (node.type == "interpreted_string_literal"
                                             and "\\" not in text):
        return text[1:-1]
    return None
