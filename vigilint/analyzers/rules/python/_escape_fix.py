"""The XSS fix: every value put into an HTML response body is passed through `html.escape`
(the standard library's; `markupsafe.escape` would return `Markup` and change how the literal
text around it concatenates):

    return "Hello " + name                -> return "Hello " + html.escape(name)
    return f"<p>{comment}</p>"            -> return f"<p>{html.escape(str(comment))}</p>"
    return make_response(request.args["q"]) -> return make_response(html.escape(str(...)))

Unsafe (review it): a value that was meant to be HTML is shown as text. No fix for a body that
is the result of another call (its type is unknown: bytes cannot be escaped as text)."""

from __future__ import annotations

from tree_sitter import Node

from vigilint.analyzers.context import FileContext
from vigilint.analyzers.fix_edits import python_module
from vigilint.analyzers.rules.python._built_strings import query_pieces
from vigilint.model import Edit, Fix

_PLAIN = ("identifier", "attribute", "subscript")


def _escaped(ctx: FileContext, value: Node, text_known: bool) -> str | None:
    text = ctx.node_text(value)
    if value.type == "call":
        callee = ctx.node_text(value.child_by_field_name("function"))
        if callee == "str":
            return f"html.escape({text})"
        return f"html.escape({text})" if text_known else None
    if value.type in _PLAIN or value.type in ("binary_operator", "conditional_expression"):
        return f"html.escape({text})" if text_known else f"html.escape(str({text}))"
    return None


def escape_fix(ctx: FileContext, body: Node) -> Fix | None:
    """The fix for an HTML response body built from data, or None."""
    edits: list[Edit] = []
    if body.type in _PLAIN:
        escaped = _escaped(ctx, body, False)
        if escaped is None:
            return None
        edits.append(ctx.edit_node(body, escaped))
    else:
        pieces = query_pieces(ctx, body)
        if pieces is None:
            return None
        # `+` only joins strings: its values are text already; the other forms convert
        concatenated = body.type == "binary_operator" and \
            ctx.node_text(body.child_by_field_name("operator")) == "+"
        for piece in pieces:
            if isinstance(piece, str):
                continue
            escaped = _escaped(ctx, piece, concatenated)
            if escaped is None:
                return None
            edits.append(ctx.edit_node(piece, escaped))
    if not edits:
        return None
    needed = python_module(ctx, "html", body)
    if needed is None:
        return None
    edits[:0] = needed
    return Fix(title="Escape the values with `html.escape`", edits=tuple(edits), safe=False)
