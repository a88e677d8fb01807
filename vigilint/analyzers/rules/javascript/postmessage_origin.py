"""## What it does
Flags `postMessage(data, "*")` (the message goes to whatever page is loaded in the target
window) and `message` event listeners (`addEventListener("message", ...)`, `onmessage = ...`)
that never look at `event.origin`.

## Why is this bad?
With `"*"` a navigated or framed attacker page receives the data. A listener without an origin
check acts on messages from any site, which can then drive the page (CWE-345, CWE-346).

## Example
```js
iframe.contentWindow.postMessage({ token }, "*");
window.addEventListener("message", (e) => run(e.data));
```

## Use instead
```js
iframe.contentWindow.postMessage({ token }, "https://widget.example.com");
window.addEventListener("message", (e) => {
  if (e.origin !== "https://widget.example.com") return;
  run(e.data);
});
```

## References
- CWE-345: Insufficient Verification of Data Authenticity
- CWE-346: Origin Validation Error
- CWE-940: Improper Verification of Source of a Communication Channel
- OWASP A08:2021 / A08:2025 Software and Data Integrity Failures
"""

from __future__ import annotations

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.syntax import javascript
from vigilint.analyzers.syntax.javascript import FUNCTION_KINDS
from vigilint.model import Fix, Rule

_NO_ORIGIN = ("This `message` listener accepts messages from any origin; check `event.origin` "
              "against the expected one first.")


def _checks_origin(ctx: FileContext, handler: Node) -> bool:
    body = ctx.node_text(handler.child_by_field_name("body"))
    return "origin" in body or "source" in body


_SAME_ORIGIN = "window.location.origin"


def _origin_guard(ctx: FileContext, handler: Node) -> Fix | None:
    """`if (event.origin !== window.location.origin) return;` as the handler's first statement:
    a reviewer widens it to the origins that really send messages."""
    body = handler.child_by_field_name("body")
    params = handler.child_by_field_name("parameters") or handler.child_by_field_name(
        "parameter")
    if body is None or body.type != "statement_block" or params is None:
        return None
    names = [c for c in params.named_children if c.type == "identifier"] \
        if params.type != "identifier" else [params]
    if not names:
        return None
    event = ctx.node_text(names[0])
    line = ctx.lines[handler.start_point[0]]
    indent = line[:len(line) - len(line.lstrip())] + "  "
    return Fix(title="Accept messages from this page's origin only", safe=False, edits=(
        ctx.insert_at(body.start_byte + 1,
                      f"\n{indent}if ({event}.origin !== {_SAME_ORIGIN}) return;"),))


def _check(ctx: FileContext, call: Node) -> Hit | None:
    if call.type == "assignment_expression":
        # window.onmessage = function (event) { ... }
        left = ctx.node_text(call.child_by_field_name("left"))
        handler = call.child_by_field_name("right")
        if not left.endswith("onmessage") or handler is None or \
                handler.type not in FUNCTION_KINDS or _checks_origin(ctx, handler):
            return None
        return Hit(node=call, message=_NO_ORIGIN, fix=_origin_guard(ctx, handler))
    _, method = javascript(ctx).callee(call)
    args = javascript(ctx).arguments(call).positional
    if method == "postMessage" and len(args) >= 2:
        if javascript(ctx).string_value(args[1]) != "*":
            return None
        likely = "possible" if args[0].type in ("string", "number") else "likely"
        fix = None
        if args[1].type == "string":  # a constant may be shared: only the literal is rewritten
            fix = Fix(title="Send to this page's origin only (set the receiver's origin)",
                      safe=False, edits=(ctx.edit_node(args[1], _SAME_ORIGIN),))
        return Hit(node=call, likelihood=likely, fix=fix)  # type: ignore[arg-type]
    if method == "addEventListener" and len(args) >= 2 and \
            javascript(ctx).string_value(args[0]) == "message":
        handler = args[1]
        if handler.type not in FUNCTION_KINDS:
            return None
        if _checks_origin(ctx, handler):
            return None
        return Hit(node=call, message=_NO_ORIGIN, fix=_origin_guard(ctx, handler))
    return None


RULE = Rule(
    id="VG-JS-DEF-007",
    name="postmessage-any-origin",
    category="insecure-default",
    languages=("javascript",),
    cwe=(345, 346, 940),
    likelihood="likely",
    impact="medium",
    confidence="medium",
    message="`postMessage` with target origin `\"*\"` delivers the data to any page in that "
            "window; pass the expected origin.",
    node_kinds=("call_expression", "assignment_expression"),
    check=_check,
    fixable=True,
)
