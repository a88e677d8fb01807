"""## What it does
Flags empty `catch` blocks (or ones that only log) around authentication and verification
calls (`jwt.verify`, `bcrypt.compare`, `verifySignature`, `authenticate`, ...) when execution
then continues to the success path.

## Why is this bad?
A failed verification throws; swallowing the exception lets the request continue as if the
check had passed: an invalid token or signature is accepted (CWE-390, CWE-287).

## Example
```js
try {
  jwt.verify(token, key, { algorithms: ["HS256"] });
} catch (e) {}
next();
```

## Use instead
```js
try {
  req.user = jwt.verify(token, key, { algorithms: ["HS256"] });
} catch (e) {
  return res.sendStatus(401);
}
next();
```

## References
- CWE-390: Detection of Error Condition Without Action
- CWE-287: Improper Authentication
- OWASP A07:2021 / A07:2025 Authentication Failures
"""

from __future__ import annotations

import re

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.syntax.javascript import FUNCTION_KINDS
from vigilint.model import Rule

_LOOPS = frozenset({"for_statement", "for_in_statement", "while_statement", "do_statement"})

_AUTH_CALL = re.compile(r"\b(verify\w*|\w*Verify|compare\w*|authenticate|authorize|"
                        r"checkPassword|validateToken|validateSignature|timingSafeEqual|"
                        r"checkAuth|isAuthorized|assertAuth\w*)\s*\(")
_LOG_ONLY = re.compile(r"^\s*((console|logger|log)\.\w+\([^;]*\);?\s*)*$", re.DOTALL)


def _check(ctx: FileContext, node: Node) -> Hit | None:
    parent = node.parent
    while parent is not None and parent.type not in FUNCTION_KINDS:
        if parent.type in _LOOPS:
            return None  # try the next key/candidate: the decision is made after the loop
        parent = parent.parent
    handler = node.child_by_field_name("handler")
    body = node.child_by_field_name("body")
    if handler is None or body is None:
        return None
    if not _AUTH_CALL.search(ctx.node_text(body)):
        return None
    catch_body = handler.child_by_field_name("body")
    if catch_body is None:
        return None
    inner = ctx.node_text(catch_body)[1:-1]
    inner = re.sub(r"//[^\n]*|/\*.*?\*/", "", inner, flags=re.DOTALL)
    if not _LOG_ONLY.match(inner):
        return None
    return Hit(node=handler)


RULE = Rule(
    id="VG-JS-ERR-002",
    name="swallowed-auth-error",
    category="error-handling",
    languages=("javascript",),
    cwe=(390, 287),
    likelihood="likely",
    impact="high",
    confidence="medium",
    message="A failed verification is caught and ignored, so the code continues as if it "
            "passed; reject the request in the `catch` block.",
    node_kinds=("try_statement",),
    check=_check,
)
