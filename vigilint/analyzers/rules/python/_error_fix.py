"""The exception-details fix: the part of a response that carries the exception (`str(e)`,
`f"Error: {e}"`, `traceback.format_exc()`) becomes a fixed message, and the exception goes to
the log instead (`logging.exception`, inserted before the statement):

    except Exception as e:
        return "Error: {}".format(e), 500
    ->
    except Exception as e:
        logging.exception("request failed")
        return "An internal error occurred", 500

Unsafe (review it): clients no longer see the detail (that is the point), and the message may
want the application's own wording."""

from __future__ import annotations

from tree_sitter import Node

from vigilint.analyzers.context import FileContext
from vigilint.analyzers.fix_edits import python_module
from vigilint.analyzers.rules.python._built_strings import enclosing_statement
from vigilint.model import Edit, Fix

MESSAGE = '"An internal error occurred"'
_CARRIERS = ("binary_operator", "interpolation", "string", "parenthesized_expression",
             "argument_list", "concatenated_string")


def _carrier(ctx: FileContext, leak: Node, value: Node) -> Node:
    """The outermost string-building expression around `leak` inside `value`."""
    node = leak
    while node.parent is not None and node != value and node.parent != value:
        parent = node.parent
        if parent.type == "call":
            function = ctx.node_text(parent.child_by_field_name("function"))
            if function != "str" and not function.endswith(".format"):
                break
        elif parent.type == "attribute":
            if ctx.node_text(parent.child_by_field_name("attribute")) != "format":
                break
        elif parent.type not in _CARRIERS:
            break
        node = parent
    if node.parent == value and value.type in (*_CARRIERS, "call") and \
            value.type != "argument_list":
        function = ctx.node_text(value.child_by_field_name("function")) \
            if value.type == "call" else ""
        if value.type != "call" or function == "str" or function.endswith(".format"):
            node = value
    return node


def error_fix(ctx: FileContext, statement_node: Node, value: Node,
              leaks: list[Node]) -> Fix | None:
    """The fix for a response `value` (in `statement_node`) whose `leaks` show the exception."""
    targets: list[Node] = []
    for leak in leaks:
        target = _carrier(ctx, leak, value)
        if target.type == "argument_list" or any(
                t.start_byte <= target.start_byte and target.end_byte <= t.end_byte
                for t in targets):
            continue
        targets.append(target)
    if not targets:
        return None
    statement = enclosing_statement(statement_node)
    if statement is None:
        return None
    indent = ctx.lines[statement.start_point[0]][:statement.start_point[1]]
    if indent.strip():
        return None
    needed = python_module(ctx, "logging", statement_node)
    if needed is None:
        return None
    edits: list[Edit] = [*needed, ctx.insert_at(
        statement.start_byte, f'logging.exception("request failed")\n{indent}')]
    edits += [ctx.edit_node(t, MESSAGE) for t in targets]
    return Fix(title="Send a fixed message and log the exception instead", edits=tuple(edits),
               safe=False)
