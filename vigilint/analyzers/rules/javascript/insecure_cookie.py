"""## What it does
Flags session and auth cookies set without `httpOnly`, `secure` or `sameSite`:
`res.cookie("session", v)` with no options or options that turn a flag off, and
`express-session`/`cookie-session` configured with `cookie: {secure: false}` or
`httpOnly: false`.

## Why is this bad?
Without `httpOnly` any XSS reads the session; without `secure` it travels over plain HTTP;
without `sameSite` other sites can make requests that carry it (CWE-614, CWE-1004, CWE-1275).

## Example
```js
res.cookie("token", jwt);
app.use(session({ secret, cookie: { secure: false } }));
```

## Use instead
```js
res.cookie("token", jwt, { httpOnly: true, secure: true, sameSite: "strict" });
app.use(session({ secret, cookie: { secure: true, httpOnly: true, sameSite: "lax" } }));
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
from vigilint.analyzers.rules._edits import js_add_option
from vigilint.analyzers.syntax import javascript
from vigilint.model import Fix, Rule

_SENSITIVE = re.compile(r"sess|token|auth|sid|jwt|remember|login|user|csrf|xsrf|refresh|"
                        r"access|credential|connect\.sid", re.IGNORECASE)
_FLAGS = ("httpOnly", "secure")
_SESSIONS = ("express-session", "cookie-session", "koa-session", "@fastify/session",
             "fastify-session", "@fastify/secure-session")
_SAFE_OPTIONS = "{ httpOnly: true, secure: true, sameSite: 'strict' }"


def _turned_off(ctx: FileContext, props: dict[str, Node]) -> list[str]:
    return [k for k in _FLAGS if k in props and ctx.node_text(props[k]) == "false"]


def _check(ctx: FileContext, call: Node) -> Hit | None:
    name = javascript(ctx).callee_name(call)
    if name not in _SESSIONS and name not in ("session", "cookieSession") and \
            javascript(ctx).callee(call)[1] != "cookie":
        return None
    args = javascript(ctx).arguments(call).positional
    if name in _SESSIONS or name in ("session", "cookieSession"):
        props = javascript(ctx).object_properties(args[0] if args else None)
        cookie = javascript(ctx).object_properties(props.get("cookie"))
        flags = [(k, cookie[k]) for k in _turned_off(ctx, cookie)]
        if "secure" in props and ctx.node_text(props["secure"]) == "false":
            flags.append(("secure", props["secure"]))
        if flags:  # reported at the flag that turns the protection off
            return Hit(node=flags[0][1].parent or call,
                       message=f"The session cookie is configured with `{flags[0][0]}: false`; "
                               f"set it to `true`.", fix=_turn_on(ctx, [n for _, n in flags]))
        return None
    receiver, method = javascript(ctx).callee(call)
    if method != "cookie" or receiver is None or len(args) < 2:
        return None
    cookie_name = javascript(ctx).string_value(args[0])
    if len(args) == 2:
        if cookie_name is None or not _SENSITIVE.search(cookie_name):
            return None
        fix = Fix(title="Add `httpOnly`, `secure` and `sameSite` options", safe=False,
                  edits=(ctx.insert_at(args[1].end_byte, f", {_SAFE_OPTIONS}"),))
        return Hit(node=call, fix=fix)
    props = javascript(ctx).object_properties(args[2])
    off = _turned_off(ctx, props)
    if off:
        return Hit(node=props[off[0]].parent or call,
                   message=f"The cookie is set with `{off[0]}: false`; set it to `true`.",
                   fix=_turn_on(ctx, [props[k] for k in off]))
    if args[2].type == "object" and cookie_name is not None and \
            _SENSITIVE.search(cookie_name) and "httpOnly" not in props:
        edit = js_add_option(ctx, args, 2, "httpOnly: true")
        return Hit(node=call, likelihood="possible", fix=None if edit is None else Fix(
            title="Add `httpOnly: true`", safe=False, edits=(edit,)))
    return None


def _turn_on(ctx: FileContext, values: list[Node]) -> Fix:
    """`secure: false` -> `secure: true` (and `httpOnly`). Unsafe: a secure cookie is not
    sent over plain HTTP (a local setup without TLS), an httpOnly one not read by scripts."""
    return Fix(title="Turn the cookie flags on", safe=False,
               edits=tuple(ctx.edit_node(v, "true") for v in values))


RULE = Rule(
    id="VG-JS-DEF-004",
    name="insecure-cookie",
    category="insecure-default",
    languages=("javascript",),
    cwe=(614, 1004),
    likelihood="likely",
    impact="medium",
    confidence="medium",
    message="A session cookie is set without `httpOnly`/`secure`/`sameSite`; pass "
            "`{ httpOnly: true, secure: true, sameSite: 'strict' }`.",
    prefilter=("session", "Session", "cookie"),
    node_kinds=("call_expression",),
    check=_check,
    fixable=True,
)
