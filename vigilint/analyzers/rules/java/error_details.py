"""## What it does
Flags exception details sent to the HTTP client: `e.printStackTrace(response.getWriter())`,
and `e.getMessage()` / `e.toString()` / the exception itself printed to a servlet response
writer.

## Why is this bad?
Stack traces and exception messages reveal class names, SQL, file paths and library versions
that help an attacker (CWE-209).

## Example
```java
} catch (SQLException e) {
    response.getWriter().println(e.getMessage());
}
```

## Use instead
```java
} catch (SQLException e) {
    log.error("query failed", e);
    response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
}
```

## References
- CWE-209: Generation of Error Message Containing Sensitive Information
- OWASP A04:2021 / A10:2025
"""

from __future__ import annotations

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.rules.java._common import arguments, name_of, receiver_text, sites
from vigilint.model import Fix, Rule

_WRITES = frozenset({"print", "println", "write", "format", "printf", "append"})


_GENERIC = '"An internal error occurred."'
_BOUNDARIES = frozenset({"method_declaration", "class_body"})


def _caught_by_call(ctx: FileContext) -> dict[tuple[int, int], frozenset[str]]:
    """For each method call inside a catch clause, the names of the exceptions caught around it
    (up to its method or class body), by byte range. One walk down the tree carries the names
    along: walking up from every call with `Node.parent` (itself a walk down from the root) was
    cubic in the depth of a long call chain (3.3 s at 4,000 characters)."""
    cached: dict[tuple[int, int], frozenset[str]] | None = ctx.cache.get("java.caught_by_call")
    if cached is not None:
        return cached
    out: dict[tuple[int, int], frozenset[str]] = {}
    if ctx.tree is not None:
        cursor = ctx.tree.walk()
        scopes: list[frozenset[str]] = [frozenset()]  # the names in scope below each level
        while True:
            node = cursor.node
            assert node is not None
            inherited = scopes[-1]
            if node.type == "method_invocation" and inherited:
                out[(node.start_byte, node.end_byte)] = inherited
            own = inherited
            if node.type in _BOUNDARIES:
                own = frozenset()
            elif node.type == "catch_clause":
                own = inherited | _parameters(ctx, node)
            if cursor.goto_first_child():
                scopes.append(own)
                continue
            while not cursor.goto_next_sibling():
                if not cursor.goto_parent():
                    ctx.cache["java.caught_by_call"] = out
                    return out
                scopes.pop()
    ctx.cache["java.caught_by_call"] = out
    return out


def _parameters(ctx: FileContext, catch: Node) -> frozenset[str]:
    names = set()
    for child in catch.named_children:
        if child.type == "catch_formal_parameter":
            name = child.child_by_field_name("name")
            if name is not None:
                names.add(ctx.node_text(name))
    return frozenset(names)


def _check(ctx: FileContext, node: Node) -> Hit | None:
    name = name_of(ctx, node)
    if name != "printStackTrace" and name not in _WRITES:
        return None
    caught = _caught_by_call(ctx).get((node.start_byte, node.end_byte))
    if not caught:
        return None
    args = arguments(ctx, node)
    if name == "printStackTrace":
        if receiver_text(ctx, node) in caught and args and (
                "getWriter()" in ctx.node_text(args[0]) or "getOutputStream()" in ctx.node_text(
                    args[0]) or ctx.node_text(args[0]) == "out"):
            listing = node.child_by_field_name("arguments")
            fix = None if listing is None else Fix(
                title="Print the stack trace to the server log, not the response", safe=False,
                edits=(ctx.edit_node(listing, "()"),))
            return Hit(node=node, fix=fix)
        return None
    if name not in _WRITES:
        return None
    if not sites(ctx, node, "xss"):
        return None  # not a write to the HTTP response
    for arg in args:
        text = ctx.node_text(arg)
        for var in caught:
            if text == var or f"{var}.getMessage()" in text or f"{var}.toString()" in text \
                    or f"{var}.getLocalizedMessage()" in text:
                # HTML-encoding the message still discloses it
                return Hit(node=node, fix=Fix(
                    title="Send a generic message (log the exception on the server)", safe=False,
                    edits=(ctx.edit_node(arg, _GENERIC),)))
    return None


RULE = Rule(
    id="VG-JAVA-ERR-001",
    name="exception-details-in-response",
    category="error-handling",
    languages=("java",),
    cwe=(209,),
    likelihood="likely",
    impact="low",
    confidence="high",
    message="Exception details are sent to the client; log them and send a generic error.",
    prefilter=("catch",),
    node_kinds=("method_invocation",),
    check=_check,
    fixable=True,
)
