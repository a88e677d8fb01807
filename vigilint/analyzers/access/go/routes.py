"""Go routes and their guards: net/http `HandleFunc`/`Handle` (with Go 1.22 `"POST /path"`
patterns) and handler wrappers (`requireAuth(h)`, `s.requireLogin(http.HandlerFunc(h))`,
`alice.New(auth).Then(h)`), gorilla/mux `.Methods(...)` and subrouters with `Use`, chi
`With(...)`, `Group(func(r chi.Router){...})` and `Route(...)`, Gin/Echo/Fiber groups created
with middleware or given `Use(...)`, per-route middleware arguments, and checks of the caller
in the handler's body."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tree_sitter import Node

from vigilint import lazyre
from vigilint.analyzers.access.checks import body_check, role_condition
from vigilint.analyzers.access.go.common import (
    args_of,
    callee,
    functions_by_name,
    handler_function,
    imports,
    qualified,
    string_of,
)
from vigilint.analyzers.access.model import Guard, GuardFixer, Inventory, Route
from vigilint.analyzers.access.project import apply_registrations, guard_kind, project_authenticates
from vigilint.analyzers.access.syntax import nodes
from vigilint.analyzers.access.vocabulary import (
    guard_module,
    guard_name,
    role_name,
    utility_name,
    verifies_signature,
)
from vigilint.analyzers.context import FileContext
from vigilint.analyzers.models import load
from vigilint.model import Fix

_VERBS = {"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"}
_BODY_CHECK = re.compile(r"(UserFromRequest|userFrom|UserFrom|currentUser\(|CurrentUser\(|"
                         r"MustGet\(\s*\"(user|uid|userID|userId|claims|account)|"
                         r"FromContext\(|GetSession\(|session\.Values\[|Context\(\)\.Value\(|"
                         r"Locals\(\s*\"(user|uid|userID|userId)|BasicAuth\(\)|"
                         r"jwt\.Parse(WithClaims)?\(|VerifyIDToken\()")
_TRANSPARENT = frozenset({"HandlerFunc", "StripPrefix", "TimeoutHandler", "WrapF", "WrapH"})
_ENTRY = re.compile(r"(ListenAndServe(TLS)?\(|\.Run\(|\.Start\(|\.Listen\(|\.Serve\()")
_AUTH_TEXT = re.compile(r"(Authorization|jwt\.|jwtauth|sessions\.|bcrypt|Login|login|"
                        r"oauth2|BasicAuth|KeyAuth)")


@dataclass
class _Group:
    guards: list[Guard] = field(default_factory=list)
    parent: str = ""
    prefix: str = ""  # the path prefix the group adds (`/admin` of `api.Group("/admin")`)


def _guard(ctx: FileContext, node: Node) -> Guard | None:
    """A middleware or wrapper expression that checks the caller."""
    tables = load("go").access
    target = node.child_by_field_name("function") if node.type == "call_expression" else node
    text = ctx.node_text(target)
    name = qualified(ctx, node) if node.type == "call_expression" else text
    if name in tables.guards or text in tables.guards or guard_name(text.rsplit(".", 1)[-1]) \
            or guard_name(text):
        if text.rsplit(".", 1)[-1] in _TRANSPARENT:
            return None
        return Guard("middleware", ctx.node_text(node), node, role=role_name(text))
    package = text.split(".", 1)[0] if "." in text else ""
    if package and package in imports(ctx) and \
            guard_module(imports(ctx)[package].replace("/", ".") + "." + text.rsplit(".", 1)[-1]):
        # `authz.TeamMember`, `security.RequireSession(...)`: the app's auth package
        return Guard("middleware", ctx.node_text(node), node, role=role_name(text))
    middleware = _refusing_middleware(ctx, text)
    if middleware is not None:
        # a middleware of this file that turns requests away, whatever its name
        # (`internalOnly`, `s.withEmployee`, `onlyFrom(cidrs)`)
        return Guard("middleware", ctx.node_text(node), node,
                     role=role_name(text) or role_condition(middleware))
    kind = guard_kind(ctx, text)
    if kind:
        # a middleware another file of the project defines (`r.Use(s.session)` with
        # `session` in middleware.go) that turns requests away
        return Guard("middleware", ctx.node_text(node), node,
                     role=kind == "role" or (kind != "auth" and bool(role_name(text))))
    return None


# A middleware's signature (it takes or returns the next handler) or its Gin/Fiber call of the
# next one, and a refusal in its body.
_MIDDLEWARE_SIGNATURE = re.compile(r"(http\.Handler\b|HandlerFunc\b|MiddlewareFunc\b|"
                                   r"fiber\.Handler\b|\bnext\b)")
_NEXT_CALL = re.compile(r"\.Next\(\)")
_REFUSES = re.compile(r"(StatusUnauthorized|StatusForbidden|\b40[13]\b|ErrUnauthorized|"
                      r"ErrForbidden|ErrJWTMissing|ErrJWTInvalid)")


def _refusing_middleware(ctx: FileContext, text: str) -> str | None:
    """The body of the function of this file `text` names when it is a middleware that answers
    401/403, else None."""
    fn = functions_by_name(ctx).get(text.rsplit(".", 1)[-1])
    if fn is None:
        return None
    body = fn.child_by_field_name("body")
    if body is None:
        return None
    signature = ctx.source[fn.start_byte:body.start_byte].decode("utf-8", "replace")
    body_text = ctx.node_text(body)
    if not (_MIDDLEWARE_SIGNATURE.search(signature) or _NEXT_CALL.search(body_text)):
        return None
    return body_text if _REFUSES.search(body_text) else None


def _unwrap(ctx: FileContext, node: Node) -> tuple[list[Guard], Node]:
    """`requireAuth(s.requireAdmin(http.HandlerFunc(h)))` -> (guards, innermost handler)."""
    guards: list[Guard] = []
    while node.type == "call_expression":
        args = args_of(node)
        receiver, name = callee(ctx, node)
        if name in ("Then", "ThenFunc") and receiver is not None:  # alice.New(auth).Then(h)
            for mw in args_of(receiver) if receiver.type == "call_expression" else []:
                found = _guard(ctx, mw)
                if found is not None:
                    guards.append(found)
        else:
            found = _guard(ctx, node)
            if found is not None:
                guards.append(Guard(found.kind, ctx.node_text(node.child_by_field_name(
                    "function")), node, role=found.role))
        if not args:
            break
        node = args[-1]
    return guards, node


def _wrap_fix(handler_arg: Node) -> GuardFixer:
    def add(ctx: FileContext, guard: Guard) -> Fix | None:
        if guard.kind != "middleware" or guard.group:
            return None
        if guard.node.type == "call_expression" and args_of(guard.node):
            wrapper = ctx.node_text(guard.node.child_by_field_name("function"))
            return Fix(title=f"Wrap the handler in `{wrapper}` like the sibling routes",
                       safe=False,
                       edits=(ctx.insert_at(handler_arg.start_byte, f"{wrapper}("),
                              ctx.insert_at(handler_arg.end_byte, ")")))
        return Fix(title=f"Add `{ctx.node_text(guard.node)}` like the sibling routes",
                   safe=False,
                   edits=(ctx.insert_at(handler_arg.start_byte, f"{ctx.node_text(guard.node)}, "),))
    return add


def _group_key(ctx: FileContext, receiver: Node) -> str:
    """The router a route is declared on: a variable, or a chi `Group`/`Route` literal's
    parameter (keyed by the literal, so two groups' `r` differ)."""
    name = ctx.node_text(receiver)
    cur = receiver.parent
    while cur is not None:
        if cur.type == "func_literal":
            params = cur.child_by_field_name("parameters")
            names = [ctx.node_text(p.child_by_field_name("name")) for p in
                     (params.named_children if params is not None else [])
                     if p.child_by_field_name("name") is not None]
            if name in names:
                return f"{name}@{cur.start_byte}"
        cur = cur.parent
    return name


def _routes(ctx: FileContext, inv: Inventory) -> None:
    tables = load("go").access
    groups: dict[str, _Group] = {}
    pending: list[tuple[str, Route]] = []
    for call in nodes(ctx, "call_expression"):
        if call.type != "call_expression":
            continue
        receiver, name = callee(ctx, call)
        args = args_of(call)
        if receiver is None:
            continue
        if name in tables.uses:
            key = _group_key(ctx, receiver)
            for arg in args:
                found = _guard(ctx, arg)
                if found is not None:
                    groups.setdefault(key, _Group()).guards.append(found)
            continue
        if name in ("Group", "Route", "Mount") and args and args[-1].type == "func_literal":
            literal = args[-1]  # chi: r.Group(func(r chi.Router) {...})
            params = literal.child_by_field_name("parameters")
            first = params.named_children[0] if params is not None and params.named_children \
                else None
            param = first.child_by_field_name("name") if first is not None else None
            if param is not None:
                # `r.Route("/api/admin", func(r chi.Router) {...})` adds its path to the routes
                prefix = string_of(ctx, args[0]) if name != "Group" and len(args) == 2 else None
                groups[f"{ctx.node_text(param)}@{literal.start_byte}"] = _Group(
                    parent=_group_key(ctx, receiver), prefix=prefix or "")
            continue
        if name == "Mount" and len(args) == 2 and (path := string_of(ctx, args[0])) and \
                _library_handler(ctx, args[1]):
            # chi `r.Mount("/debug", middleware.Profiler())`: a library's whole handler (pprof,
            # expvar) answers under the path, with no code of the app's own to hold a guard
            function = call.child_by_field_name("function")
            report = function.child_by_field_name("field") if function is not None else call
            handler_name = ctx.node_text(args[1].child_by_field_name("function") or args[1])
            pending.append((_group_key(ctx, receiver), Route(
                node=report or call, name=handler_name.rsplit(".", 1)[-1], path=path,
                methods=frozenset(), group="")))
            continue
        if name in tables.groups:
            _declare_group(ctx, call, receiver, name, args, groups)
            continue
        if name not in tables.route_methods or not args:
            continue
        path = string_of(ctx, args[0])
        method_prefix = ""
        if path is None and name in ("Method", "MethodFunc") and len(args) > 1:
            method_prefix, path, args = (string_of(ctx, args[0]) or "").upper(), \
                string_of(ctx, args[1]), args[1:]
        if path is None or len(args) < 2:
            continue
        methods: set[str] = set()
        if " " in path and path.split(" ", 1)[0].upper() in _VERBS:  # Go 1.22 "POST /x"
            verb, path = path.split(" ", 1)
            methods.add(verb.upper())
        elif name.upper() in _VERBS:
            methods.add(name.upper())
        elif method_prefix:
            methods.add(method_prefix)
        chained = call.parent.parent if call.parent is not None and \
            call.parent.type == "selector_expression" else None
        if chained is not None and chained.type == "call_expression" and \
                callee(ctx, chained)[1] == "Methods":
            methods.update((string_of(ctx, a) or "").upper() for a in args_of(chained))
        echo = any("labstack/echo" in path for path in imports(ctx).values())
        handler_arg = args[1] if echo else args[-1]
        middleware = args[2:] if echo else args[1:-1]
        guards: list[Guard] = []
        for arg in middleware:
            found = _guard(ctx, arg)
            if found is not None:
                guards.append(found)
        wrapped, _ = _unwrap(ctx, handler_arg)
        guards.extend(wrapped)
        _, inner = _unwrap(ctx, handler_arg)
        handler = handler_function(ctx, inner)
        if receiver.type == "call_expression" and callee(ctx, receiver)[1] == "With":
            for mw in args_of(receiver):
                found = _guard(ctx, mw)
                if found is not None:
                    guards.append(found)
            receiver = callee(ctx, receiver)[0] or receiver
        guards.extend(body_check(ctx, handler, _BODY_CHECK))
        function = call.child_by_field_name("function")
        report = function.child_by_field_name("field") if function is not None else call
        route = Route(node=report or call, name=ctx.node_text(inner).rsplit(".", 1)[-1],
                      path=path, methods=frozenset(m for m in methods if m), group="",
                      handler=handler, guards=guards,
                      verifies_signature=verifies_signature(ctx.node_text(handler))
                      if handler is not None else False)
        route.add_guard = _wrap_fix(handler_arg)
        pending.append((_group_key(ctx, receiver), route))
    prefixes = {key: _full_prefix(groups, key) for key in groups}
    for key, route in pending:
        route.group = key
        seen: set[str] = set()
        while key and key not in seen:
            seen.add(key)
            route.family = key
            group = groups.get(key)
            if group is None:
                break
            route.guards.extend(Guard(g.kind, g.name, g.node, role=g.role, group=True)
                                for g in group.guards)
            key = group.parent
        # `e.POST("/api/admin/fleets/:id", h)` registered outside the group whose prefix its
        # path spells: its siblings are that group's routes (also when it has a guard of its
        # own but not all of that group's: `api.DELETE("/admin/stations/:id", h)` beside
        # `ops := api.Group("/admin", RequireRole("ops"))`)
        full = prefixes.get(route.group, "") + route.path
        under = [k for k, p in prefixes.items() if len(p) > 1 and k != route.group and
                 full.startswith(p.rstrip("/") + "/") and groups[k].guards]
        if under:
            deepest = max(under, key=lambda k: len(prefixes[k]))
            has = {g.name for g in route.guards}
            if not route.guards or any(g.name not in has for g in groups[deepest].guards):
                route.group = deepest
                route.misplaced = bool(route.guards)
        inv.routes.append(route)


def _library_handler(ctx: FileContext, node: Node) -> bool:
    """`middleware.Profiler()`, `expvar.Handler()`, `pprof.Handler("heap")`: a handler an
    imported package builds (not the app's own router or handler)."""
    target = node.child_by_field_name("function") if node.type == "call_expression" else node
    if target is None or target.type != "selector_expression":
        return False
    operand = target.child_by_field_name("operand")
    return operand is not None and operand.type == "identifier" and \
        ctx.node_text(operand) in imports(ctx)


def _full_prefix(groups: dict[str, _Group], key: str) -> str:
    """The path prefix of a group and its parents (`/api/admin`)."""
    parts: list[str] = []
    seen: set[str] = set()
    while key in groups and key not in seen:
        seen.add(key)
        parts.append(groups[key].prefix)
        key = groups[key].parent
    return "".join(p.rstrip("/") for p in reversed(parts))


def _declare_group(ctx: FileContext, call: Node, receiver: Node, name: str, args: list[Node],
                   groups: dict[str, _Group]) -> None:
    """`api := r.Group("/api", auth)`, `var api = r.Group(...)`,
    `sub := r.PathPrefix("/x").Subrouter()`."""
    parent = call.parent
    while parent is not None and parent.type in ("selector_expression", "call_expression",
                                                 "expression_list"):
        parent = parent.parent
    if parent is None or parent.type not in ("short_var_declaration", "assignment_statement",
                                             "var_spec"):
        return
    left = parent.child_by_field_name("name" if parent.type == "var_spec" else "left")
    if left is None:
        return
    target = left.named_children[0] if left.type == "expression_list" and left.named_children \
        else left
    base = receiver
    while base.type == "call_expression":  # r.PathPrefix("/api").Subrouter()
        inner, _ = callee(ctx, base)
        if inner is None:
            break
        base = inner
    prefix = string_of(ctx, args[0]) if args else None
    if prefix is None and base is not receiver and receiver.type == "call_expression":
        inner_args = args_of(receiver)  # r.PathPrefix("/api").Subrouter()
        prefix = string_of(ctx, inner_args[0]) if inner_args else None
    group = _Group(parent=_group_key(ctx, base), prefix=prefix or "")
    for arg in args[1:] if args and string_of(ctx, args[0]) is not None else args:
        found = _guard(ctx, arg) or _app_middleware(ctx, arg)
        if found is not None:
            group.guards.append(Guard(found.kind, found.name, found.node, role=found.role,
                                      group=True))
    groups[ctx.node_text(target)] = group


# Middleware of the frameworks and the usual libraries that never check the caller.
_UTILITY = re.compile(r"(?i)(^|\.)(Logger|Recover|Recovery|RequestID|CORS\w*|Gzip\w*|Decompress|"
                      r"BodyLimit|Secure\w*|Timeout\w*|ContextTimeout\w*|Static\w*|Rewrite|"
                      r"Proxy|MethodOverride|\w*TrailingSlash\w*|CSRF\w*|RateLimiter\w*|"
                      r"Compress|NoCache|RealIP|Heartbeat|Throttle\w*|StripSlashes|CleanPath|"
                      r"GetHead|Profiler|Middleware|Handler|New)$")


def _app_middleware(ctx: FileContext, node: Node) -> Guard | None:
    """A middleware the app passes where a group is created (`e.Group("/ops", internalOnly)`)
    that is neither a known utility nor named like one: a check of its own (an allowlist, an
    internal-network filter) whose body is in another file. The group's routes are then not
    reported for lacking the guard of the router's other groups."""
    target = node.child_by_field_name("function") if node.type == "call_expression" else node
    if target is None or target.type not in ("identifier", "selector_expression"):
        return None
    text = ctx.node_text(target)
    if _UTILITY.search(text) or utility_name(text.rsplit(".", 1)[-1]):
        return None
    if "." in text and text.split(".", 1)[0] in imports(ctx):
        return None  # a package's middleware: known ones are in the model tables
    return Guard("middleware", ctx.node_text(node), node)


_HANDLER_PARAMS = re.compile(r"^\(\s*\w+\s+(\*gin\.Context|echo\.Context|\*fiber\.Ctx)\s*\)$|"
                             r"^\(\s*\w+\s+http\.ResponseWriter\s*,\s*\w+\s+\*http\.Request\s*\)$")


def _unregistered(ctx: FileContext, inv: Inventory) -> None:
    """Handlers this file defines (by signature: `func (h *H) GetOrder(c *gin.Context)`,
    `(w http.ResponseWriter, r *http.Request)`) that no route of the file registers: their
    router is in another file."""
    registered = {r.handler.start_byte for r in inv.routes if r.handler is not None}
    for fn in nodes(ctx, "function_declaration", "method_declaration"):
        if fn.type not in ("function_declaration", "method_declaration") or \
                fn.start_byte in registered:
            continue
        params = fn.child_by_field_name("parameters")
        result = fn.child_by_field_name("result")
        name = fn.child_by_field_name("name")
        body = fn.child_by_field_name("body")
        if params is None or name is None or body is None or \
                not _HANDLER_PARAMS.match(" ".join(ctx.node_text(params).split())) or \
                (result is not None and ctx.node_text(result) != "error"):
            continue
        inv.routes.append(Route(node=name, name=ctx.node_text(name), path="",
                                methods=frozenset(), group="<handlers>", handler=fn,
                                guards=body_check(ctx, fn, _BODY_CHECK), unregistered=True))


# Beego: `web.Router("/orders/:id", &OrderController{})` with the controller's `Get`, `Post`,
# ... methods as handlers, and `web.InsertFilter("/orders/*", web.BeforeRouter, filter)` filters
# that refuse the caller (https://beego.wiki/docs/mvc/controller/router/,
# https://beego.wiki/docs/mvc/controller/filter/).
_BEEGO_VERBS = {"Get": "GET", "Post": "POST", "Put": "PUT", "Patch": "PATCH", "Delete": "DELETE"}
_BEEGO_REFUSAL = lazyre.compile(r"(Abort\(\s*\"?40[13]|StatusUnauthorized|StatusForbidden|"
                                r"Redirect\([^)]{0,200}login)")


def _beego_filters(ctx: FileContext) -> list[tuple[str, Guard]]:
    definitions: dict[str, str] = {}
    for node in nodes(ctx, "function_declaration", "var_spec"):
        name = node.child_by_field_name("name") if node.type == "function_declaration" else \
            (node.named_children[0] if node.named_children else None)
        if name is not None:
            definitions[ctx.node_text(name)] = ctx.node_text(node)
    out: list[tuple[str, Guard]] = []
    for call in nodes(ctx, "call_expression"):
        if call.type != "call_expression" or callee(ctx, call)[1] != "InsertFilter":
            continue
        args = args_of(call)
        pattern = string_of(ctx, args[0]) if args else None
        if pattern is None or len(args) < 3:
            continue
        text = ctx.node_text(args[2])
        body = definitions.get(text, text)
        if _BEEGO_REFUSAL.search(body) or guard_name(text):
            out.append((pattern, Guard("middleware", text, call, role=bool(
                re.search(r"(?i)admin|role", body)), group=True)))
    return out


def _beego_match(pattern: str, path: str) -> bool:
    regex = re.escape(pattern).replace(r"\*", ".*")
    return re.fullmatch(regex, path) is not None or path.startswith(pattern.rstrip("*"))


def _beego_routes(ctx: FileContext, inv: Inventory) -> None:
    if "beego" not in ctx.text:
        return
    controllers: dict[str, str] = {}
    for call in nodes(ctx, "call_expression"):
        if call.type != "call_expression" or callee(ctx, call)[1] != "Router":
            continue
        args = args_of(call)
        path = string_of(ctx, args[0]) if args else None
        if path is None or len(args) < 2:
            continue
        found = re.match(r"^&?\s*(\w+)\s*\{", ctx.node_text(args[1]))
        if found is not None:
            controllers.setdefault(found.group(1), path)
    if not controllers:
        return
    filters = _beego_filters(ctx)
    for method in nodes(ctx, "method_declaration"):
        if method.type != "method_declaration":
            continue
        name_node = method.child_by_field_name("name")
        receiver = method.child_by_field_name("receiver")
        verb = _BEEGO_VERBS.get(ctx.node_text(name_node)) if name_node is not None else None
        # `(c *OrderController)`: the receiver's type, its last word
        words = ctx.node_text(receiver).strip("()").split() if receiver is not None else []
        kind = words[-1].lstrip("*") if words else ""
        if name_node is None or verb is None or kind not in controllers:
            continue
        path = controllers[kind]
        guards = [g for pattern, g in filters if _beego_match(pattern, path)]
        guards.extend(body_check(ctx, method, _BODY_CHECK))
        inv.routes.append(Route(
            node=name_node, name=f"{kind}.{ctx.node_text(name_node)}", path=path,
            methods=frozenset({verb}), group="<beego>", handler=method, guards=guards,
            verifies_signature=verifies_signature(ctx.node_text(method))))


def inventory(ctx: FileContext) -> Inventory:
    found: Inventory | None = ctx.cache.get("access.go.inventory")
    if found is not None:
        return found
    inv = Inventory(language="go")
    if ctx.tree is not None:
        _routes(ctx, inv)
        _beego_routes(ctx, inv)
        entry = bool(inv.routes) and bool(_ENTRY.search(ctx.text))
        _unregistered(ctx, inv)
        apply_registrations(ctx, inv)  # the guards of their registrations in other files
        inv.routes.sort(key=lambda r: r.node.start_byte)
        if entry:
            inv.entry = next(r.node for r in inv.routes if not r.unregistered)
        inv.auth_elsewhere = bool(_AUTH_TEXT.search(ctx.text)) or any(
            "jwt" in p or "session" in p or "oauth" in p or "auth" in p
            for p in imports(ctx).values()) or project_authenticates(ctx, inv)
    ctx.cache["access.go.inventory"] = inv
    return inv
