"""## What it does
Flags exception handlers that fail open around security checks: an `except:`/`except Exception:`
whose body is only `pass`, `return True` or `continue`, when the `try` block verifies a
signature, token, password, permission or input (`verify`, `authenticate`, `check_password`,
`has_perm`, `validate`, `jwt.decode`, …), or the function is named like such a check. A
`pass`/`continue` is not reported when the `try` block passes the check only by returning from
inside it (`for key in keys: try: if key.verify(sig): return True / except Exception: pass`):
an error then skips that return, to the next candidate or to the denial after the loop.

## Why is this bad?
The error path skips the check: a malformed token or a crashing validator then counts as
"allowed", which is exactly what an attacker will send.

## Example
```python
def is_admin(token):
    try:
        return jwt.decode(token, KEY, algorithms=["HS256"])["role"] == "admin"
    except Exception:
        return True
```

## Use instead
```python
    except jwt.InvalidTokenError:
        return False
```

## References
- CWE-636: Not Failing Securely ('Failing Open')
- CWE-390: Detection of Error Condition Without Action
- OWASP A04:2021 / A10:2025
"""

from __future__ import annotations

import re

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.rules.python._common import enclosing_function
from vigilint.model import Rule

_CHECK_WORDS = re.compile(
    r"(verify|authenticat|authoriz|check_pass|check_perm|has_perm|permission|is_admin|"
    r"is_allowed|is_authorized|validate|jwt\.decode|signature|csrf|login|access_check|"
    r"require_role|hmac\.compare_digest)", re.I)
_BROAD = ("", "Exception", "BaseException")


def _returns(block: Node) -> bool:
    """A `return` in the block itself (not in a function or class defined there)."""
    stack = list(block.named_children)
    while stack:
        node = stack.pop()
        if node.type == "return_statement":
            return True
        if node.type not in ("function_definition", "class_definition", "lambda"):
            stack.extend(node.named_children)
    return False


def _check(ctx: FileContext, clause: Node) -> Hit | None:
    caught = ""
    block = None
    for child in clause.named_children:
        if child.type == "block":
            block = child
        elif child.type == "as_pattern":
            caught = ctx.node_text(child.named_children[0]) if child.named_children else ""
        elif child.type != "comment":
            caught = ctx.node_text(child)
    if caught not in _BROAD or block is None:
        return None
    body = [s for s in block.named_children if s.type != "comment"]
    if len(body) != 1:
        return None
    stmt = ctx.node_text(body[0]).strip()
    if stmt not in ("pass", "return True", "continue", "..."):
        return None
    try_node = clause.parent
    if try_node is None or try_node.type != "try_statement":
        return None
    guarded_node = try_node.child_by_field_name("body")
    guarded = ctx.node_text(guarded_node)
    fn = enclosing_function(ctx, clause)
    after = ctx.source[try_node.end_byte:fn.end_byte] if fn is not None else b""
    if stmt != "return True" and guarded_node is not None and _returns(guarded_node) and \
            b"return True" not in after:
        # `if key.verify(sig): return True` inside the `try`: the check passes only by that
        # return; an error skips it to the next candidate or the denial after the loop
        return None
    fn_name = ctx.node_text(fn.child_by_field_name("name")) if fn is not None else ""
    if not (_CHECK_WORDS.search(guarded) or (stmt == "return True" and _CHECK_WORDS.search(fn_name))):
        return None
    return Hit(node=clause)


RULE = Rule(
    id="VG-PY-ERR-002",
    name="fail-open-exception-handler",
    category="error-handling",
    languages=("python",),
    cwe=(636,),
    likelihood="likely",
    impact="high",
    confidence="medium",
    message="A broad `except` swallows the failure of a security check and continues as if it "
            "passed; catch the specific error and deny access.",
    prefilter=("except",),
    node_kinds=("except_clause",),
    check=_check,
)
