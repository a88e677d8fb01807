"""## What it does
Flags Express-style routes (`app.post`, `router.delete`, ...) that change or expose data
without any authentication middleware, in a file where other routes of the same app or router
do use one (`app.post("/x", requireAuth, h)`, or `router.use(auth)` before them). Public paths
(`/login`, `/register`, `/health`, ...) and handlers that check `req.user` /
`req.isAuthenticated()` themselves are not flagged.

## Why is this bad?
When most routes are protected, the one that is not is usually an oversight: anyone can call
it without logging in (CWE-306, CWE-862).

## Example
```js
app.post("/posts", requireAuth, createPost);
app.delete("/posts/:id", deletePost);
```

## Use instead
```js
app.delete("/posts/:id", requireAuth, deletePost);
```

## References
- CWE-306: Missing Authentication for Critical Function
- CWE-862: Missing Authorization
- OWASP A01:2021 / A01:2025 Broken Access Control
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.languages import compile_query
from vigilint.analyzers.rules.javascript._common import call_args, string_value
from vigilint.model import Rule

_VERBS = frozenset({"get", "post", "put", "patch", "delete", "del", "all"})
_WRITES = frozenset({"post", "put", "patch", "delete", "del", "all"})
_AUTH = re.compile(r"auth|login|logged|protect|verify|jwt|passport|session|ensure|require|"
                   r"guard|permission|role|admin|token|access|acl|can[A-Z]|check|restrict|"
                   r"isUser|isOwner|currentUser|apiKey|bearer|clerk|firebase|keycloak",
                   re.IGNORECASE)
_PUBLIC = re.compile(r"login|logout|signin|signup|sign-in|sign-up|register|health|status|"
                     r"ping|ready|live|public|callback|webhook|forgot|reset|verify|oauth|auth|"
                     r"token|metrics|version|docs|static|assets|favicon|robots|csrf|^/?$",
                     re.IGNORECASE)
_INLINE = re.compile(r"req\.user\b|req\.isAuthenticated|req\.session\.(user|userId)|"
                     r"req\.auth\b|getServerSession|ctx\.state\.user|request\.user\b|"
                     r"verify\(|verifyToken|authenticate\(", re.IGNORECASE)
_QUERY = """
(call_expression
  function: (member_expression object: (_) @obj property: (property_identifier) @verb)
  arguments: (arguments)) @call
"""


@dataclass
class _Route:
    call: Node  # the verb of the route call (`delete` in `app.delete(...)`): where to report
    receiver: str
    verb: str
    path: str
    guarded: bool


def _mentions_auth(ctx: FileContext, node: Node) -> bool:
    if node.type in ("identifier", "member_expression", "call_expression"):
        text = ctx.node_text(node if node.type != "call_expression"
                             else node.child_by_field_name("function"))
        return bool(_AUTH.search(text))
    if node.type == "array":
        return any(_mentions_auth(ctx, c) for c in node.named_children)
    return False


def _route_chain(ctx: FileContext, obj: Node) -> tuple[str, str] | None:
    """(router, path) when `obj` is `router.route(path)` or a verb call chained on it."""
    while obj.type == "call_expression":
        callee = obj.child_by_field_name("function")
        if callee is None or callee.type != "member_expression":
            return None
        prop = ctx.node_text(callee.child_by_field_name("property"))
        inner = callee.child_by_field_name("object")
        if prop == "route":
            args = call_args(obj)
            path = string_value(ctx, args[0]) if args else None
            if path is None or inner is None:
                return None
            return ctx.node_text(inner), path
        if prop not in _VERBS or inner is None:
            return None
        obj = inner
    return None


def _routes(ctx: FileContext) -> Iterator[_Route | tuple[str, int, str]]:
    """Routes in document order, and `(receiver, byte, path)` for `X.use(auth...)`."""
    assert ctx.tree is not None
    query = compile_query(ctx.language, _QUERY)
    from tree_sitter import QueryCursor

    for _, caps in QueryCursor(query).matches(ctx.tree.root_node):
        call = caps["call"][0]
        receiver = ctx.node_text(caps["obj"][0])
        verb = ctx.node_text(caps["verb"][0])
        args = call_args(call)
        if verb == "use":
            path = string_value(ctx, args[0]) if args else None
            middleware = args[1:] if path is not None else args
            if any(_mentions_auth(ctx, m) for m in middleware):
                yield (receiver, call.start_byte, path or "")
            continue
        if verb not in _VERBS or not args:
            continue
        chained = _route_chain(ctx, caps["obj"][0])
        if chained is not None:
            # router.route("/x").get(auth, handler).post(handler)
            receiver, path = chained
            middleware, handler = args[:-1], args[-1]
        else:
            path = string_value(ctx, args[0])
            if path is None or len(args) < 2:
                continue
            middleware, handler = args[1:-1], args[-1]
        guarded = any(_mentions_auth(ctx, m) for m in middleware) or (
            handler.type in ("arrow_function", "function_expression")
            and bool(_INLINE.search(ctx.node_text(handler))))
        yield _Route(caps["verb"][0], receiver, verb, path, guarded)


def _check_file(ctx: FileContext) -> Iterator[Hit]:
    if ctx.tree is None or ("use" not in ctx.text and "auth" not in ctx.text.lower()):
        return
    uses: list[tuple[str, int, str]] = []
    routes: list[_Route] = []
    for item in _routes(ctx):
        if isinstance(item, tuple):
            uses.append(item)
        else:
            routes.append(item)

    def covered(route: _Route) -> bool:
        return any(r == route.receiver and byte < route.call.start_byte
                   and route.path.startswith(prefix) for r, byte, prefix in uses)

    protected = [r for r in routes if r.guarded or covered(r)]
    if not protected:
        return
    receivers = {r.receiver for r in protected} | {u[0] for u in uses}
    for route in routes:
        if route in protected or route.receiver not in receivers:
            continue
        if _PUBLIC.search(route.path):
            continue
        if route.verb == "get" and not any(p.verb == "get" for p in protected):
            continue  # only writes are protected here: reads may be public on purpose
        yield Hit(node=route.call, likelihood="likely" if route.verb in _WRITES else "possible")


RULE = Rule(
    id="VG-JS-AUTH-001",
    name="route-missing-auth",
    category="access-control",
    languages=("javascript",),
    cwe=(306, 862),
    likelihood="likely",
    impact="high",
    confidence="medium",
    message="This route has no authentication middleware while its sibling routes do; add the "
            "same middleware (for example `requireAuth`).",
    check_file=_check_file,
)
