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
from vigilint.model import Rule

_WRITES = frozenset({"print", "println", "write", "format", "printf", "append"})


def _catch_parameter(node: Node, ctx: FileContext) -> set[str]:
    names: set[str] = set()
    cur = node.parent
    while cur is not None and cur.type not in ("method_declaration", "class_body"):
        if cur.type == "catch_clause":
            for child in cur.named_children:
                if child.type == "catch_formal_parameter":
                    name = child.child_by_field_name("name")
                    if name is not None:
                        names.add(ctx.node_text(name))
        cur = cur.parent
    return names


def _check(ctx: FileContext, node: Node) -> Hit | None:
    name = name_of(ctx, node)
    caught = _catch_parameter(node, ctx)
    if not caught:
        return None
    args = arguments(ctx, node)
    if name == "printStackTrace":
        if receiver_text(ctx, node) in caught and args and (
                "getWriter()" in ctx.node_text(args[0]) or "getOutputStream()" in ctx.node_text(
                    args[0]) or ctx.node_text(args[0]) == "out"):
            return Hit(node=node)
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
                return Hit(node=node)  # HTML-encoding the message still discloses it
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
)
