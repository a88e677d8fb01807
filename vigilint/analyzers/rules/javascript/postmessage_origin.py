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
from vigilint.model import Rule

_NO_ORIGIN = ("This `message` listener accepts messages from any origin; check `event.origin` "
              "against the expected one first.")


def _checks_origin(ctx: FileContext, handler: Node) -> bool:
    body = ctx.node_text(handler.child_by_field_name("body"))
    return "origin" in body or "source" in body


def _check(ctx: FileContext, call: Node) -> Hit | None:
    if call.type == "assignment_expression":
        # window.onmessage = function (event) { ... }
        left = ctx.node_text(call.child_by_field_name("left"))
        handler = call.child_by_field_name("right")
        if not left.endswith("onmessage") or handler is None or \
                handler.type not in FUNCTION_KINDS or _checks_origin(ctx, handler):
            return None
        return Hit(node=call, message=_NO_ORIGIN)
    _, method = javascript(ctx).callee(call)
    args = javascript(ctx).arguments(call).positional
    if method == "postMessage" and len(args) >= 2:
        if javascript(ctx).string_value(args[1]) != "*":
            return None
        likely = "possible" if args[0].type in ("string", "number") else "likely"
        return Hit(node=call, likelihood=likely)  # type: ignore[arg-type]
    if method == "addEventListener" and len(args) >= 2 and \
            javascript(ctx).string_value(args[0]) == "message":
        handler = args[1]
        if handler.type not in FUNCTION_KINDS:
            return None
        if _checks_origin(ctx, handler):
            return None
        return Hit(node=call, message=_NO_ORIGIN)
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
)
