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

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.rules.javascript._common import call_args, method_of, name_of
from vigilint.analyzers.taint.javascript import Taint, taint_of
from vigilint.model import Fix, Rule

_PROPS = frozenset({"innerHTML", "outerHTML"})
_WRITE = frozenset({"document.write", "document.writeln", "window.document.write"})


def _likelihood(taint: Taint) -> str:
    return "very-likely" if taint >= Taint.TAINTED else "possible"


def _check(ctx: FileContext, node: Node) -> Hit | None:
    if node.type == "assignment_expression":
        left = node.child_by_field_name("left")
        right = node.child_by_field_name("right")
        if left is None or right is None or left.type != "member_expression":
            return None
        prop = left.child_by_field_name("property")
        if ctx.node_text(prop) not in _PROPS:
            return None
        taint = taint_of(ctx, right)
        if taint == Taint.SAFE:
            return None
        fix = None
        if prop is not None and ctx.node_text(prop) == "innerHTML":
            fix = Fix(title="Replace `innerHTML` with `textContent`", safe=False,
                      edits=(ctx.edit_node(prop, "textContent"),))
        return Hit(node=node, likelihood=_likelihood(taint), fix=fix)  # type: ignore[arg-type]
    if node.type == "call_expression":
        name = name_of(ctx, node)
        receiver, method = method_of(ctx, node)
        args = call_args(node)
        if name in _WRITE and args:
            value = args[0]
        elif method == "insertAdjacentHTML" and len(args) > 1:
            value = args[1]
        elif method == "html" and args and receiver is not None and \
                receiver.type == "call_expression" and \
                ctx.node_text(receiver.child_by_field_name("function")) in ("$", "jQuery"):
            value = args[0]
        else:
            return None
        taint = taint_of(ctx, value)
        if taint == Taint.SAFE:
            return None
        return Hit(node=node, likelihood=_likelihood(taint))  # type: ignore[arg-type]
    if node.type == "jsx_attribute":
        children = node.named_children
        if not children or ctx.node_text(children[0]) != "dangerouslySetInnerHTML":
            return None
        expr = children[1] if len(children) > 1 else None
        if expr is None or expr.type != "jsx_expression" or not expr.named_children:
            return None
        value = expr.named_children[0]
        if value.type == "object":
            for pair in value.named_children:
                if pair.type == "pair" and ctx.node_text(
                        pair.child_by_field_name("key")).strip("'\"") == "__html":
                    value = pair.child_by_field_name("value") or value
        taint = taint_of(ctx, value)
        if taint == Taint.SAFE:
            return None
        return Hit(node=node, likelihood=_likelihood(taint))  # type: ignore[arg-type]
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
    prefilter=("innerHTML", "outerHTML", "write", "insertAdjacentHTML", "html",
               "dangerouslySetInnerHTML"),
    node_kinds=("assignment_expression", "call_expression", "jsx_attribute"),
    check=_check,
    fixable=True,
)
