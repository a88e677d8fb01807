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

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.dataflow import sink_hit
from vigilint.analyzers.models import load
from vigilint.analyzers.rules.java._common import arguments, injection_hit, leading_text
from vigilint.analyzers.syntax import java
from vigilint.model import Rule

_WHAT = "This redirect target"
_ADVICE = "redirect only to a local path or an allow-listed host"
_VIEWS = frozenset({"org.springframework.web.servlet.ModelAndView",
                    "org.springframework.web.servlet.ModelAndView.setViewName"})


def _view_redirect(ctx: FileContext, node: Node, value: Node | None) -> Hit | None:
    """A Spring view name `"redirect:" + url`: the client is sent to `url`."""
    if value is None or not (leading_text(ctx, value) or "").startswith("redirect:"):
        return None
    return sink_hit(ctx, node, value, "redirect", what=_WHAT, advice=_ADVICE, unknown=None)


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
    return injection_hit(ctx, node, "redirect", what=_WHAT, advice=_ADVICE, unknown=None)


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
)
