"""## What it does
Flags HTML sinks fed a non-constant value: assignments to `innerHTML`/`outerHTML`,
`insertAdjacentHTML`, `document.write`/`writeln`, jQuery `$(...).html(...)`, and React
`dangerouslySetInnerHTML` whose `__html` is not passed through `DOMPurify.sanitize`.

## Why is this bad?
Markup from the URL, the user or the server is parsed as HTML: `<img onerror=...>` runs script
in your origin and can steal sessions or act as the user (CWE-79).

## Example
```js
el.innerHTML = `Hello ${location.hash.slice(1)}`;
<div dangerouslySetInnerHTML={{ __html: comment.body }} />
```

## Use instead
```js
el.textContent = `Hello ${location.hash.slice(1)}`;
<div dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(comment.body) }} />
```

## References
- CWE-79: Improper Neutralization of Input During Web Page Generation ('Cross-site Scripting')
- OWASP A03:2021 / A05:2025 Injection
"""

from __future__ import annotations

from dataclasses import replace

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.dataflow import flow, related_source, sink_hit, sink_sites, site_hit
from vigilint.analyzers.models import load
from vigilint.analyzers.syntax import javascript
from vigilint.model import Fix, Rule

BROWSER_LIBRARIES = frozenset({"dom", "react"})  # the models' browser-side XSS sinks
_KINDS = frozenset({"xss"})
_URL_ATTRIBUTES = frozenset({"href", "src", "action", "formAction", "xlinkHref"})
_WHAT = "This HTML"
_ADVICE = "set `textContent` or sanitize it with `DOMPurify.sanitize` first"


def _assignment(ctx: FileContext, node: Node) -> Hit | None:
    left = node.child_by_field_name("left")
    right = node.child_by_field_name("right")
    if left is None or right is None or left.type != "member_expression":
        return None
    prop = left.child_by_field_name("property")
    name = ctx.node_text(prop)
    for spec in load(ctx.language).property_sinks(name, _KINDS):
        if spec.library not in BROWSER_LIBRARIES:
            continue
        hit = sink_hit(ctx, node, right, "xss", what=_WHAT, advice=_ADVICE)
        if hit is not None and prop is not None and name == "innerHTML":
            hit = replace(hit, fix=Fix(title="Replace `innerHTML` with `textContent`",
                                       safe=False, edits=(ctx.edit_node(prop, "textContent"),)))
        return hit
    return None


def _jsx(ctx: FileContext, node: Node) -> Hit | None:
    children = node.named_children
    if len(children) < 2 or children[1].type != "jsx_expression" or \
            not children[1].named_children:
        return None
    name = ctx.node_text(children[0])
    value = children[1].named_children[0]
    if name in _URL_ATTRIBUTES:
        verdict = flow(ctx).verdict(value, "redirect")
        if verdict.level != "tainted":
            return None
        return Hit(node=node, likelihood="very-likely",
                   message=f"This link's URL comes from {verdict.description}; a "
                           "`javascript:` URL runs script on click: allow only http(s) URLs.",
                   related=related_source(ctx, verdict))
    if not load(ctx.language).property_sinks(name, _KINDS):
        return None
    if value.type == "object":
        value = javascript(ctx).object_properties(value).get("__html", value)
    return sink_hit(ctx, node, value, "xss", what=_WHAT, advice=_ADVICE)


def _check(ctx: FileContext, node: Node) -> Hit | None:
    if node.type == "assignment_expression":
        return _assignment(ctx, node)
    if node.type == "jsx_attribute":
        return _jsx(ctx, node)
    for site in sink_sites(ctx, node, "xss"):
        if site.spec is None or site.spec.library not in BROWSER_LIBRARIES:
            continue
        hit = site_hit(ctx, node, site, what=_WHAT, advice=_ADVICE)
        if hit is not None:
            return hit
    return None


RULE = Rule(
    id="VG-JS-INJ-004",
    name="dom-xss",
    category="injection",
    languages=("javascript",),
    cwe=(79,),
    likelihood="likely",
    impact="high",
    confidence="medium",
    message="Non-constant HTML reaches an HTML sink; use `textContent` or sanitize with "
            "`DOMPurify.sanitize` first.",
    prefilter=(*load("javascript").prefilter("xss"), "href", "src", "action"),
    sink_kinds=("xss",),
    node_kinds=("assignment_expression", "call_expression", "jsx_attribute"),
    check=_check,
    fixable=True,
)
