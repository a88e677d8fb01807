"""## What it does
Flags redirects to a URL taken from request data: `HttpServletResponse.sendRedirect`, Spring
`RedirectView`, `HttpHeaders.setLocation`, `ResponseEntity...location(...)`, JAX-RS
`Response.seeOther/temporaryRedirect/location`, and Spring MVC handlers that return (or give a
`ModelAndView`) a `"redirect:" + url` view name.

## Why is this bad?
An attacker sends a link on your domain that forwards the victim to a look-alike phishing site,
or leaks tokens carried in the URL (CWE-601).

## Example
```java
response.sendRedirect(request.getParameter("next"));
```

## Use instead
```java
String next = request.getParameter("next");
if (next == null || !next.startsWith("/") || next.startsWith("//")) next = "/";
response.sendRedirect(next);
```

## References
- CWE-601: URL Redirection to Untrusted Site ('Open Redirect')
- OWASP A01:2021 / A01:2025 Broken Access Control
"""

from __future__ import annotations

import re
from dataclasses import replace

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.dataflow import sink_hit
from vigilint.analyzers.models import load
from vigilint.analyzers.rules.java._common import (
    arguments,
    enclosing_method,
    injection_hit,
    leading_text,
)
from vigilint.analyzers.syntax import java
from vigilint.model import Fix, Rule

_WHAT = "This redirect target"
_ADVICE = "redirect only to a local path or an allow-listed host"
_VIEWS = frozenset({"org.springframework.web.servlet.ModelAndView",
                    "org.springframework.web.servlet.ModelAndView.setViewName"})


def _view_redirect(ctx: FileContext, node: Node, value: Node | None) -> Hit | None:
    """A Spring view name `"redirect:" + url`: the client is sent to `url`."""
    if value is None or not (leading_text(ctx, value) or "").startswith("redirect:"):
        return None
    hit = sink_hit(ctx, node, value, "redirect", what=_WHAT, advice=_ADVICE, unknown=None)
    if hit is None or value.type != "binary_expression" or \
            java(ctx).string_value(value.child_by_field_name("left")) != "redirect:":
        return hit
    target = value.child_by_field_name("right")
    return replace(hit, fix=_local_path_fix(ctx, node, target, wrap=True)) \
        if target is not None else hit


def _check(ctx: FileContext, node: Node) -> Hit | None:
    if node.type == "return_statement":
        value = node.named_children[0] if node.named_children else None
        return _view_redirect(ctx, node, value)
    if (node.type == "object_creation_expression" or
            ctx.node_text(node.child_by_field_name("name")) == "setViewName") and \
            java(ctx).call_name(node) in _VIEWS:
        args = arguments(ctx, node)
        found = _view_redirect(ctx, node, args[0] if args else None)
        if found is not None:
            return found
    hit = injection_hit(ctx, node, "redirect", what=_WHAT, advice=_ADVICE, unknown=None)
    args = arguments(ctx, node)
    if hit is None or len(args) != 1:
        return hit
    target = args[0]
    if target.type == "method_invocation" and ctx.node_text(target).startswith("URI.create(") \
            and len(arguments(ctx, target)) == 1:
        target = arguments(ctx, target)[0]  # `.location(URI.create(url))`
    return replace(hit, fix=_local_path_fix(ctx, node, target))


_GUARD = '{x}.startsWith("/") && !{x}.startsWith("//") && !{x}.startsWith("/\\\\") ? {x} : "/"'
_NAMES = ("target", "redirectTo", "destination")


def _local_path_fix(ctx: FileContext, node: Node, target: Node, wrap: bool = False) -> Fix | None:
    """`response.sendRedirect(next)` -> `response.sendRedirect(next.startsWith("/") &&
    !next.startsWith("//") && !next.startsWith("/\\") ? next : "/")`: only a path on this
    site, else the home page (`"redirect:" + next` the same, in parentheses). A target read by
    a call (`request.getParameter("next")`) is first held in a local `String`. Unsafe:
    redirects to the site's own absolute URLs or to partner hosts stop working, and `/` may
    not be the right fallback."""
    title = "Redirect only to a local path (else to `/`)"
    if target.type == "identifier":
        guard = _GUARD.format(x=ctx.node_text(target))
        return Fix(title=title, safe=False,
                   edits=(ctx.edit_node(target, f"({guard})" if wrap else guard),))
    if target.type != "method_invocation":
        return None
    statement = node if node.type == "return_statement" else node.parent
    method = enclosing_method(ctx, node)
    if statement is None or method is None or statement.type not in (
            "expression_statement", "return_statement") or statement.parent is None or \
            statement.parent.type != "block":
        return None
    used = ctx.node_text(method)
    name = next((n for n in _NAMES if not re.search(rf"\b{n}\b", used)), None)
    line = ctx.lines[statement.start_point[0]]
    indent = line[:statement.start_point[1]]
    if name is None or indent.strip():
        return None
    guard = _GUARD.format(x=name)
    return Fix(title=title, safe=False, edits=(
        ctx.insert_at(statement.start_byte, f"String {name} = {ctx.node_text(target)};\n"
                                            f"{indent}"),
        ctx.edit_node(target, f"({guard})" if wrap else guard)))


RULE = Rule(
    id="VG-JAVA-INJ-010",
    name="open-redirect",
    category="injection",
    languages=("java",),
    cwe=(601,),
    likelihood="likely",
    impact="medium",
    confidence="medium",
    message="A redirect target comes from request data; redirect only to a local path or an "
            "allow-listed host.",
    prefilter=(*load("java").prefilter("redirect"), "redirect:"),
    sink_kinds=("redirect",),
    node_kinds=("method_invocation", "object_creation_expression", "return_statement"),
    check=_check,
    fixable=True,
)
