"""## What it does
Flags HTTP routes (net/http `HandleFunc`/`Handle`, gorilla/mux, chi `Get/Post/...`, gin and
echo `GET/POST/...`) registered without the authentication wrapper or middleware that their
sibling routes on the same router use, when they change or expose data (a POST/PUT/PATCH/DELETE
method or an admin/user/account/api path). Routers with a router-wide `Use(auth...)`, groups
made with an auth middleware (`r.Group("/admin", authRequired())`) and public paths (login,
signup, health, static, ...) are left alone.

## Why is this bad?
When most routes are wrapped in `requireAuth(...)` and one is not, that one is usually an
oversight: anyone can call it without logging in (CWE-862).

## Example
```go
r.HandleFunc("/api/users", requireAuth(listUsers))
r.HandleFunc("/api/users/delete", deleteUser)         // no auth
```

## Use instead
```go
r.HandleFunc("/api/users/delete", requireAuth(deleteUser))
// or: protected := r.PathPrefix("/api").Subrouter(); protected.Use(authMiddleware)
```

## References
- CWE-862: Missing Authorization
- OWASP A01:2021 / A01:2025 Broken Access Control
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.rules.go._common import arguments, method_name, receiver_text
from vigilint.model import Rule

_ROUTE_METHODS = frozenset({"HandleFunc", "Handle", "GET", "POST", "PUT", "PATCH", "DELETE",
                            "Get", "Post", "Put", "Patch", "Delete", "Any", "Method"})
_WRITE = frozenset({"POST", "PUT", "PATCH", "DELETE"})
_AUTH = re.compile(r"(?i)(auth|login_?required|require_?login|requireuser|jwt|protect|"
                   r"session|ensure\w{0,40}logged|isadmin|require_?admin|rbac|permission|guard)")
_PUBLIC = re.compile(r"(?i)(login|logout|sign_?in|sign_?up|register|health|ping|ready|live|"
                     r"static|public|assets|metrics|favicon|callback|oauth|version|^\"/\"$)")
_SENSITIVE = re.compile(r"(?i)(admin|user|account|api|settings|delete|update|edit|order|"
                        r"payment|profile|internal|manage)")


def _routes(ctx: FileContext, calls: list[Node]) -> Iterator[tuple[str, Node, list[Node], str]]:
    for node in calls:
        method = method_name(ctx, node)
        if method not in _ROUTE_METHODS:
            continue
        args = arguments(node)
        if len(args) < 2 or args[0].type not in ("interpreted_string_literal",
                                                 "raw_string_literal"):
            continue
        yield receiver_text(ctx, node), node, args, method


def _assigned_name(call: Node) -> Node | None:
    """`g` in `g := r.Group(...)`, `g = r.Group(...)` or `var g = r.Group(...)`."""
    values = call.parent
    if values is None or values.type != "expression_list":
        return None
    holder = values.parent
    if holder is None:
        return None
    if holder.type in ("short_var_declaration", "assignment_statement"):
        names = holder.child_by_field_name("left")
        return names.named_children[0] if names is not None and names.named_children else None
    if holder.type == "var_spec":
        return holder.child_by_field_name("name")
    return None


def _auth_wide_routers(ctx: FileContext, calls: list[Node]) -> set[str]:
    """Routers protected as a whole: `r.Use(auth...)`, and gin/echo groups created with an
    auth middleware (`g := r.Group("/admin", authRequired())`). Read from the syntax tree:
    whole-text regular expressions here took quadratic time on long lines."""
    wide: set[str] = set()
    for call in calls:
        method = method_name(ctx, call)
        if method not in ("Use", "Group"):
            continue
        args = call.child_by_field_name("arguments")
        if args is None or not _AUTH.search(ctx.node_text(args)):
            continue
        if method == "Use":
            wide.add(receiver_text(ctx, call))
        else:
            name = _assigned_name(call)
            if name is not None:
                wide.add(ctx.node_text(name))
    return wide


def _check_file(ctx: FileContext) -> Iterator[Hit]:
    if ctx.tree is None:
        return
    calls = [node for node in ctx.walk() if node.type == "call_expression"]
    by_router: dict[str, list[tuple[Node, list[Node], str, bool]]] = defaultdict(list)
    for router, node, args, method in _routes(ctx, calls):
        handlers = " ".join(ctx.node_text(a) for a in args[1:])
        by_router[router].append((node, args, method, bool(_AUTH.search(handlers))))
    if not by_router:
        return
    router_wide = _auth_wide_routers(ctx, calls)
    for router, routes in by_router.items():
        if router in router_wide or not any(protected for *_, protected in routes):
            continue
        for node, args, method, protected in routes:
            if protected:
                continue
            path = ctx.node_text(args[0])
            if _PUBLIC.search(path):
                continue
            upper = method.upper()
            verbs = ctx.node_text(node.parent) if node.parent is not None else ""
            writes = upper in _WRITE or any(f'"{v}"' in verbs for v in _WRITE)
            if writes or _SENSITIVE.search(path):
                yield Hit(node=node, message=(
                    f"Route {path} has no authentication while sibling routes on `{router}` "
                    "do; wrap its handler in the same auth middleware."))


RULE = Rule(
    id="VG-GO-AUTH-001",
    name="route-without-auth",
    category="access-control",
    languages=("go",),
    cwe=(862,),
    likelihood="possible",
    impact="high",
    confidence="low",
    message="A route lacks the authentication its sibling routes use; wrap it in the same auth "
            "middleware.",
    check_file=_check_file,
)
