"""## What it does
Flags `cookie.setSecure(false)` / `setHttpOnly(false)`, and cookies created with
`new Cookie(...)` in a method that never calls `setSecure(true)` on them.

## Why is this bad?
A cookie without the Secure flag is sent over plain HTTP, where it can be read on the network;
without HttpOnly, script injected into the page can read it (CWE-614, CWE-1004).

## Example
```java
Cookie c = new Cookie("session", id);
c.setSecure(false);
response.addCookie(c);
```

## Use instead
```java
Cookie c = new Cookie("session", id);
c.setSecure(true);
c.setHttpOnly(true);
response.addCookie(c);
```

## References
- CWE-614: Sensitive Cookie in HTTPS Session Without 'Secure' Attribute
- CWE-1004: Sensitive Cookie Without 'HttpOnly' Flag
- OWASP A05:2021 / A02:2025 Security Misconfiguration
"""

from __future__ import annotations

import re

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.rules.java._common import arguments, enclosing_method, name_of, type_name
from vigilint.model import Fix, Rule


def _variable(node: Node, ctx: FileContext) -> str | None:
    parent = node.parent
    if parent is not None and parent.type == "variable_declarator":
        return ctx.node_text(parent.child_by_field_name("name"))
    if parent is not None and parent.type == "assignment_expression":
        return ctx.node_text(parent.child_by_field_name("left"))
    return None


def _check(ctx: FileContext, node: Node) -> Hit | None:
    if node.type == "method_invocation":
        name = name_of(ctx, node)
        args = arguments(ctx, node)
        if name in ("setSecure", "setHttpOnly") and len(args) == 1 and args[0].type == "false":
            return Hit(node=node, fix=Fix(title=f"Call `{name}(true)`", safe=False,
                                          edits=(ctx.edit_node(args[0], "true"),)),
                       message=f"`{name}(false)` weakens the cookie; call `{name}(true)`.")
        return None
    if type_name(ctx, node) != "Cookie":
        return None
    var = _variable(node, ctx)
    method = enclosing_method(ctx, node)
    if var is None or method is None:
        return None
    body = ctx.node_text(method)
    if re.search(rf"\b{re.escape(var)}\s*\.\s*setSecure\s*\(", body):
        return None  # setSecure(true) is fine and setSecure(false) is reported on its own line
    return Hit(node=node, message=f"Cookie `{var}` is never marked Secure; call "
                                  f"`{var}.setSecure(true)` and `{var}.setHttpOnly(true)`.",
               fix=_flags_fix(ctx, node, var, body))


def _flags_fix(ctx: FileContext, node: Node, var: str, body: str) -> Fix | None:
    """`Cookie c = new Cookie(...);` -> followed by `c.setSecure(true);` (and
    `c.setHttpOnly(true);` unless the method sets it). Unsafe: a secure cookie is not sent
    over plain HTTP, an HttpOnly one not read by scripts."""
    statement = node.parent
    while statement is not None and statement.type != "local_variable_declaration":
        if statement.type in ("block", "method_declaration", "lambda_expression"):
            return None
        statement = statement.parent
    if statement is None or statement.parent is None or statement.parent.type != "block":
        return None
    line = ctx.lines[statement.start_point[0]]
    indent = line[:len(line) - len(line.lstrip())]
    end = ctx.source.find(b"\n", statement.end_byte)
    if end == -1 or ctx.source[statement.end_byte:end].strip():
        return None
    calls = f"{indent}{var}.setSecure(true);\n"
    if not re.search(rf"\b{re.escape(var)}\s*\.\s*setHttpOnly\s*\(", body):
        calls += f"{indent}{var}.setHttpOnly(true);\n"
    return Fix(title="Mark the cookie Secure and HttpOnly", safe=False,
               edits=(ctx.insert_at(end + 1, calls),))


RULE = Rule(
    id="VG-JAVA-DEF-001",
    name="insecure-cookie",
    category="insecure-default",
    languages=("java",),
    cwe=(614, 1004),
    likelihood="likely",
    impact="medium",
    confidence="high",
    message="The cookie is not marked Secure/HttpOnly; call `setSecure(true)` and "
            "`setHttpOnly(true)`.",
    prefilter=("setSecure", "setHttpOnly", "Cookie"),
    node_kinds=("method_invocation", "object_creation_expression"),
    check=_check,
    fixable=True,
)
