"""## What it does
Flags cookies set without the `Secure`, `HttpOnly` or `SameSite` attributes: `set_cookie` with
`secure=False`/`httponly=False`, or a session-like cookie (`session`, `token`, `auth`, …) set
without them, and Django settings `SESSION_COOKIE_SECURE = False`, `CSRF_COOKIE_SECURE = False`,
`SESSION_COOKIE_HTTPONLY = False`. A CSRF token cookie (its name or value says `csrf`/`xsrf`)
set with `httponly=False` alone is the double-submit pattern, where script must read the token,
and is not flagged (`secure=False` on it still is).

## Why is this bad?
Without `Secure` the cookie travels over plain HTTP where it can be sniffed; without `HttpOnly`
any injected script can read it; without `SameSite` other sites can send it in forged requests.

## Example
```python
resp.set_cookie("session", sid, secure=False)
```

## Use instead
```python
resp.set_cookie("session", sid, secure=True, httponly=True, samesite="Lax")
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
from vigilint.analyzers.dataflow import flow
from vigilint.analyzers.rules.python._common import (
    args_of,
    has_splat,
    is_literal_false,
    keyword,
    keyword_arg,
    positional,
)
from vigilint.model import Fix, Rule

_SENSITIVE = re.compile(r"(sess|token|auth|jwt|remember|login|sid$|csrf|xsrf|user|account)", re.I)
_FLAGS = (("secure", "True"), ("httponly", "True"), ("samesite", '"Lax"'))
_SETTINGS = frozenset({"SESSION_COOKIE_SECURE", "CSRF_COOKIE_SECURE", "SESSION_COOKIE_HTTPONLY",
                       "SESSION_COOKIE_SAMESITE"})


def _fix(ctx: FileContext, call: Node) -> Fix | None:
    edits = []
    for flag, value in _FLAGS:
        node = keyword_arg(ctx, call, flag)
        if node is None:
            continue
        current = node.child_by_field_name("value")
        if current is not None and is_literal_false(ctx, current):
            edits.append(ctx.edit_node(current, value))
    missing = [f"{flag}={value}" for flag, value in _FLAGS if keyword_arg(ctx, call, flag) is None]
    args = args_of(ctx, call)
    if missing and args:
        edits.append(ctx.insert_at(args[-1].end_byte, ", " + ", ".join(missing)))
    if not edits:
        return None
    return Fix(title="Set `secure=True, httponly=True, samesite=\"Lax\"`", safe=False,
               edits=tuple(edits))


_CSRF = re.compile(r"csrf|xsrf", re.I)


def _csrf_cookie(ctx: FileContext, call: Node) -> bool:
    """A CSRF token cookie (double-submit): its name or value says so (`"csrf_access_token"`,
    `config.refresh_csrf_cookie_name`, `value=generate_csrf()`). Script must read it to echo it
    in a header, so it is readable by design (OWASP CSRF cheat sheet; Django's
    `CSRF_COOKIE_HTTPONLY` is off by default): HttpOnly would protect nothing there."""
    args = positional(ctx, call)
    name_node = keyword(ctx, call, "key") or (args[0] if args else None)
    value_node = keyword(ctx, call, "value") or (args[1] if len(args) > 1 else None)
    if name_node is None:
        return False
    value = flow(ctx).value(name_node).const
    name = value if isinstance(value, str) else ctx.node_text(name_node)
    return bool(_CSRF.search(name)) or (value_node is not None and bool(
        _CSRF.search(ctx.node_text(value_node))))


def _check_call(ctx: FileContext, call: Node) -> Hit | None:
    function = call.child_by_field_name("function")
    if function is None or function.type != "attribute" or \
            ctx.node_text(function.child_by_field_name("attribute")) != "set_cookie":
        return None
    if has_splat(ctx, call):
        return None
    explicit_off = [flag for flag, _ in _FLAGS[:2] if is_literal_false(ctx, keyword(ctx, call, flag))]
    if ctx.node_text(keyword(ctx, call, "samesite")) in ("None", "'None'", '"None"') and \
            not explicit_off:
        explicit_off.append("samesite")
    if explicit_off == ["httponly"] and _csrf_cookie(ctx, call):
        return None  # the double-submit token: the page's script must read it to send it back
    if explicit_off:
        return Hit(node=call, fix=_fix(ctx, call),
                   message=f"This cookie is set with `{explicit_off[0]}` disabled; set "
                           "`secure=True, httponly=True, samesite=\"Lax\"`.")
    args = positional(ctx, call)
    name_node = keyword(ctx, call, "key") or (args[0] if args else None)
    value = flow(ctx).value(name_node).const if name_node is not None else None
    name = value if isinstance(value, str) else ctx.node_text(name_node)
    if not _SENSITIVE.search(name or ""):
        return None
    missing = [flag for flag, _ in _FLAGS if keyword(ctx, call, flag) is None]
    if not missing:
        return None
    return Hit(node=call, likelihood="possible", fix=_fix(ctx, call),
               message=f"This session cookie is set without `{missing[0]}`; set "
                       "`secure=True, httponly=True, samesite=\"Lax\"`.")


def _check(ctx: FileContext, node: Node) -> Hit | None:
    if node.type == "call":
        return _check_call(ctx, node)
    left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
    if left is None or ctx.node_text(left) not in _SETTINGS or node.parent is None or \
            node.parent.parent is None or node.parent.parent.type != "module":
        return None
    if is_literal_false(ctx, right) or ctx.node_text(right).strip("'\"") == "None":
        assert right is not None
        value = '"Lax"' if "SAMESITE" in ctx.node_text(left) else "True"
        return Hit(node=node, message=f"`{ctx.node_text(left)}` is off; set it to `True` "
                                      "(or `\"Lax\"` for SameSite) in production settings.",
                   fix=Fix(title=f"Set it to `{value}`", safe=False,
                           edits=(ctx.edit_node(right, value),)))
    return None


RULE = Rule(
    id="VG-PY-DEF-004",
    name="insecure-cookie",
    category="insecure-default",
    languages=("python",),
    cwe=(614, 1004),
    likelihood="likely",
    impact="medium",
    confidence="medium",
    message="A cookie is set without `Secure`/`HttpOnly`/`SameSite`; set "
            "`secure=True, httponly=True, samesite=\"Lax\"`.",
    prefilter=("set_cookie", "SESSION_COOKIE_", "CSRF_COOKIE_SECURE"),
    node_kinds=("call", "assignment"),
    check=_check,
    fixable=True,
)
