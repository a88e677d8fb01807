"""## What it does
Flags request data written to a servlet response (`response.getWriter().print/println/write/
format/printf/append`, also through a `PrintWriter` variable, the response's output stream or a
JSP writer) without HTML encoding, and handler methods that return HTML (Spring
`produces = "text/html"`, JAX-RS `@Produces("text/html")`) built from request data.

## Why is this bad?
Echoing input into an HTML page lets an attacker inject script that runs with the victim's
session: reflected cross-site scripting (CWE-79).

## Example
```java
response.getWriter().println("Hello " + request.getParameter("name"));
```

## Use instead
```java
response.getWriter().println("Hello " + Encode.forHtml(request.getParameter("name")));
// or ESAPI.encoder().encodeForHTML(...), HtmlUtils.htmlEscape(...)
```

## References
- CWE-79: Cross-site Scripting
- OWASP A03:2021 / A05:2025 Injection
- OWASP XSS Prevention Cheat Sheet
"""

from __future__ import annotations

import re
from dataclasses import replace

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.dataflow import sink_hit
from vigilint.analyzers.dataflow.java import is_route_handler
from vigilint.analyzers.models import load
from vigilint.analyzers.rules._edits import concat_operands
from vigilint.analyzers.rules.java._common import arguments, injection_hit, name_of
from vigilint.analyzers.syntax import java
from vigilint.model import Fix, Rule

_HTML = re.compile(r"TEXT_HTML|text/html")


_WHAT = "This response output"
_ADVICE = "encode it for HTML (`Encode.forHtml`, `HtmlUtils.htmlEscape`)"


def _returns_html(ctx: FileContext, node: Node) -> Hit | None:
    """`return "<p>" + name;` in a handler whose mapping produces `text/html`."""
    value = node.named_children[0] if node.named_children else None
    fn = java(ctx).function_at(node)
    if value is None or fn is None or not is_route_handler(fn) or not any(
            d.call is not None and _HTML.search(ctx.node_text(d.call))
            for d in fn.decorators):
        return None
    return sink_hit(ctx, node, value, "xss", what=_WHAT, advice=_ADVICE, unknown=None)


def _check(ctx: FileContext, node: Node) -> Hit | None:
    if node.type == "return_statement":
        return _returns_html(ctx, node)
    hit = injection_hit(ctx, node, "xss", what=_WHAT, advice=_ADVICE, unknown=None)
    if hit is None or name_of(ctx, node) not in _WRITES:
        return hit
    return replace(hit, fix=_encode_fix(ctx, node))


_WRITES = frozenset({"print", "println", "write", "append"})
_LITERALS = frozenset({"string_literal", "decimal_integer_literal", "true", "false",
                       "null_literal", "character_literal"})


def _encode_fix(ctx: FileContext, call: Node) -> Fix | None:
    """Wrap what a one-argument write sends with the HTML encoder the file already uses
    (ESAPI, Spring's `HtmlUtils`), else the OWASP Java Encoder (a dependency to add: unsafe)."""
    args = arguments(ctx, call)
    if len(args) != 1 or args[0].type in _LITERALS:
        return None
    if "org.owasp.esapi" in ctx.text:
        encoder = "org.owasp.esapi.ESAPI.encoder().encodeForHTML"
    elif "org.springframework" in ctx.text:
        encoder = "org.springframework.web.util.HtmlUtils.htmlEscape"
    else:
        encoder = "org.owasp.encoder.Encode.forHtml"
    parts: list[Node] = []  # the non-literal operands: the markup around them stays
    for node in concat_operands(ctx, args[0]):
        if node.type in ("identifier", "field_access", "array_access") or (
                node.type == "method_invocation" and name_of(ctx, node) != "getBytes"):
            parts.append(node)
        elif node.type not in _LITERALS:
            return None
    if not parts:
        return None
    return Fix(title=f"HTML-encode the output (`{encoder.rsplit('.', 1)[-1]}`)", safe=False,
               edits=tuple(ctx.edit_node(p, f"{encoder}({ctx.node_text(p)})") for p in parts))


RULE = Rule(
    id="VG-JAVA-INJ-003",
    name="reflected-xss",
    category="injection",
    languages=("java",),
    cwe=(79,),
    likelihood="very-likely",
    impact="high",
    confidence="medium",
    message="Request data is written to the HTTP response without HTML encoding; encode it "
            "with `Encode.forHtml` or `ESAPI.encoder().encodeForHTML`.",
    prefilter=(*load("java").prefilter("xss"), "TEXT_HTML", "text/html"),
    sink_kinds=("xss",),
    node_kinds=("method_invocation", "return_statement"),
    check=_check,
    fixable=True,
)
