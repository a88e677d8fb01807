"""JavaScript/TypeScript routes and their guards: Express/Koa/Fastify/Restify route calls
(`app.get(path, ...middleware, handler)`, `router.route(path).post(...)`, Fastify route options
`preHandler`/`onRequest`, `fastify.route({...})`, Hapi `server.route({... options.auth})`),
middleware attached to a router or app (`router.use(auth)`, `app.use("/admin", auth, admin)`,
Fastify `addHook`, Koa `app.use(jwt(...))` before `app.use(router.routes())`), NestJS
controllers (`@UseGuards`, `@Roles`, `@Public()`), Next.js route handlers (exported `GET`,
`POST`, ... in `app/**/route.ts`, `pages/api/**`) and session checks in handler bodies."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tree_sitter import Node

from vigilint import lazyre
from vigilint.analyzers.access.checks import body_check, role_condition
from vigilint.analyzers.access.javascript.common import (
    call_args,
    callee,
    handler_function,
    object_props,
    string_of,
)
from vigilint.analyzers.access.model import Guard, GuardFixer, Inventory, Route
from vigilint.analyzers.access.project import (
    apply_mounts,
    apply_next,
    apply_open_mounts,
    apply_registrations,
    project_authenticates,
    project_guard_kind,
)
from vigilint.analyzers.access.syntax import nodes, nodes_in
from vigilint.analyzers.access.vocabulary import (
    guard_module,
    guard_name,
    role_name,
    verifies_signature,
)
from vigilint.analyzers.context import FileContext
from vigilint.analyzers.models import load
from vigilint.analyzers.syntax import semantics
from vigilint.model import Fix

_FASTIFY_HOOKS = frozenset({"preHandler", "onRequest", "preValidation", "preParsing"})
_BODY_CHECK = re.compile(
    r"(req\.(user|auth|oidc\.user|kauth)\b|\.isAuthenticated\(\)|req\.session\??\.(user|userId|"
    r"uid|account)|ctx\.state\.user|ctx\.session\??\.(user|userId)|request\.user\b|"
    r"getServerSession\(|\bauth\(\s*\)|currentUser\(\s*\)|getToken\(|jwt\.verify\(|jwtVerify\(|"
    r"verifyToken\(|verifyIdToken\(|session\??\.user|requireUser\(|getSession\(|"
    r"validateRequest\(|getCurrentUser\(|res\.locals\.user|request\.auth\.(credentials|"
    r"isAuthenticated)|locals\.(user|session)\b|requireUserId\(|getUserId\()")
_NEXT_EXTENSIONS = frozenset({"js", "jsx", "ts", "tsx", "mjs"})
_VERB_EXPORTS = frozenset({"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"})
_AUTH_IMPORTS = ("passport", "jsonwebtoken", "express-jwt", "next-auth", "@clerk",
                 "express-session", "cookie-session", "@nestjs/passport", "@auth/",
                 "firebase-admin", "jose", "express-openid-connect", "koa-jwt", "@fastify/jwt",
                 "bcrypt", "argon2", "lucia", "iron-session", "better-auth", "@hapi/jwt",
                 "@hapi/cookie", "@hapi/basic", "hapi-auth-jwt2", "@hapi/bell")
_AUTH_TEXT = re.compile(r"(req\.login\(|\.auth\.strategy\(|req\.session\.\w+\s*=|jwt\.sign\(|passport\.|"
                        r"isAuthenticated|authenticate\(|signIn\(|createSession\()")


# middleware that loads a session's user when there is one, and lets anyone through
# (https://www.passportjs.org/concepts/authentication/sessions/)
_SESSION_LOADER = lazyre.compile(r"^passport\.(session|initialize)\(\s*\)$")


@dataclass
class _Use:
    receiver: str
    byte: int
    prefix: str
    guards: list[Guard]
    mounts: list[str] = field(default_factory=list)  # router variables mounted here


def _is_guard(ctx: FileContext, node: Node) -> Guard | None:
    """A middleware argument that checks the caller."""
    tables = load(ctx.language).access
    kind = node.type
    if kind == "spread_element" and node.named_children:  # `...supervisors`
        node = node.named_children[0]
        kind = node.type
    if kind in ("identifier", "member_expression", "call_expression"):
        target = node.child_by_field_name("function") if kind == "call_expression" else node
        text = ctx.node_text(target)
        qualified = semantics(ctx).qualified_name(target) or text
        short = text.rsplit(".", 1)[-1]
        if qualified in tables.guards or short in tables.guards or text in tables.guards or \
                guard_name(text) or guard_name(short) or \
                (qualified != text and guard_module(qualified)):
            if kind == "call_expression" and short in ("static", "json", "urlencoded"):
                return None
            return Guard("middleware", ctx.node_text(node), node,
                         role=role_name(ctx.node_text(node)))
        if kind == "identifier":
            # `const managers = [requireAuth, requireRole("manager")]` passed by name
            chain = _middleware_arrays(ctx).get(text)
            found = _is_guard(ctx, chain) if chain is not None else None
            if found is not None:
                return Guard("middleware", text, node, role=found.role)
        local = handler_function(ctx, target) if target is not None and (
            kind != "call_expression" or target.type == "identifier") else None
        if local is not None and len(call_args_of_function(local)) >= 2 and \
                _REFUSES.search(ctx.node_text(local)):
            # a middleware (or hapi `pre` method) of this file that turns callers away,
            # whatever its name
            return Guard("middleware", ctx.node_text(node), node,
                         role=role_condition(ctx.node_text(local)))
        checks = project_guard_kind(ctx, text) if kind != "call_expression" else ""
        if checks:
            # a guard another file of the project defines (`fastify.decorate("internalOnly",
            # ...)` in a plugin, `requireAuth` exported by middleware/auth.js)
            return Guard("middleware", ctx.node_text(node), node, role=checks == "role")
        return None
    if kind in ("arrow_function", "function_expression", "function"):
        text = ctx.node_text(node)
        if (len(call_args_of_function(node)) >= 2 and _BODY_CHECK.search(text) and
                re.search(r"40[13]|next\(", text)) or re.search(r"\w\.jwtVerify\(", text):
            # a check that answers 401/403 or calls next(); a Fastify hook whose awaited
            # `request.jwtVerify()` throws for an anonymous caller
            return Guard("middleware", "inline check", node)
        return None
    if kind == "array":
        # `[authenticate, requireStaff]`: the first guard, a role guard when any checks a role
        guards = [g for g in (_is_guard(ctx, c) for c in node.named_children) if g is not None]
        roles = [g for g in guards if g.role]
        return (roles or guards)[0] if guards else None
    return None


_REFUSES = re.compile(r"(\b40[13]\b|Boom\.(unauthorized|forbidden)|UnauthorizedError|"
                      r"ForbiddenError|ctx\.throw\(\s*40[13]|sendStatus\(\s*40[13])")


def _middleware_arrays(ctx: FileContext, kind: str = "array") -> dict[str, Node]:
    """Arrays of the file bound to a name once (`const managers = [requireAuth, ...]`), or
    with `kind="object"` objects (Fastify route options: `const staffOnly = { onRequest: [...]
    }`)."""
    key = f"access.js.middleware_{kind}s"
    found: dict[str, Node] | None = ctx.cache.get(key)
    if found is None:
        found = {}
        for node in nodes(ctx, "variable_declarator"):
            name = node.child_by_field_name("name")
            value = node.child_by_field_name("value")
            if node.type == "variable_declarator" and name is not None and \
                    name.type == "identifier" and value is not None and value.type == kind:
                found.setdefault(ctx.node_text(name), value)
        ctx.cache[key] = found
    return found


def call_args_of_function(fn: Node) -> list[Node]:
    params = fn.child_by_field_name("parameters") or fn.child_by_field_name("parameter")
    if params is None:
        return []
    return params.named_children if params.type == "formal_parameters" else [params]


_RAISING = re.compile(r"(jwt\.verify\(|jwtVerify\(|verifyToken\(|verifyIdToken\(|"
                      r"requireUser\(|requireSession\(|assertAuthenticated\(|"
                      r"requireUserId\(|requireAuth\()")


def _body_check(ctx: FileContext, handler: Node | None) -> list[Guard]:
    return body_check(ctx, handler, _BODY_CHECK, _RAISING)


def _route_chain(ctx: FileContext, obj: Node) -> tuple[str, str] | None:
    """(router, path) when `obj` is `router.route(path)` or a verb call chained on it."""
    verbs = load(ctx.language).access.route_methods
    while obj.type == "call_expression":
        receiver, name = callee(ctx, obj)
        if receiver is None:
            return None
        if name == "route":
            args = call_args(obj)
            path = string_of(ctx, args[0]) if args else None
            return (ctx.node_text(receiver), path) if path is not None else None
        if name not in verbs:
            return None
        obj = receiver
    return None


def _route_path(ctx: FileContext, node: Node | None) -> str | None:
    path = string_of(ctx, node)
    if path is None or not (path.startswith(("/", "*")) or path == ""):
        return None
    return path


def _middleware_fix(call: Node, handler_arg: Node) -> GuardFixer:
    def add(ctx: FileContext, guard: Guard) -> Fix | None:
        if guard.kind != "middleware" or guard.node.type not in (
                "identifier", "member_expression", "call_expression"):
            return None
        text = ctx.node_text(guard.node)
        return Fix(title=f"Add `{text[:60]}` like the sibling routes", safe=False,
                   edits=(ctx.insert_at(handler_arg.start_byte, f"{text}, "),))
    return add


def _decorator_fix(first_decorator: Node) -> GuardFixer:
    def add(ctx: FileContext, guard: Guard) -> Fix | None:
        if guard.kind != "decorator" or guard.node.type != "decorator":
            return None
        line = ctx.lines[first_decorator.start_point[0]]
        indent = line[: len(line) - len(line.lstrip())]
        start = ctx.line_starts[first_decorator.start_point[0]]
        return Fix(title=f"Add `{ctx.node_text(guard.node)[:60]}` like the sibling routes",
                   safe=False,
                   edits=(ctx.insert_at(start, f"{indent}{ctx.node_text(guard.node)}\n"),))
    return add


def _express_routes(ctx: FileContext, uses: list[_Use], inv: Inventory) -> None:
    tables = load(ctx.language).access
    verbs = tables.route_methods
    sem = semantics(ctx)
    for call in nodes(ctx, "call_expression"):
        if call.type not in ("call_expression",):
            continue
        receiver, name = callee(ctx, call)
        if receiver is None:
            qualified = sem.qualified_name(call.child_by_field_name("function")) or ""
            if qualified in tables.routers and inv.entry is None and qualified.split(".")[0] in (
                    "express", "koa", "fastify"):
                inv.entry = call
            continue
        args = call_args(call)
        legacy_default = name == "strategy" and len(args) > 2 and \
            ctx.node_text(args[2]).strip("'\"") in ("true", "required")  # hapi <= 16
        if (name == "default" or legacy_default) and args and \
                receiver.type == "member_expression" and \
                ctx.node_text(receiver.child_by_field_name("property")) == "auth":
            # Hapi `server.auth.default("session")`: every route of the server needs it
            # unless its own `options.auth` says otherwise
            server = ctx.node_text(receiver.child_by_field_name("object"))
            uses.append(_Use(server, -1, "", [Guard("config", ctx.node_text(call), call,
                                                    role=_hapi_scope(ctx, args[0]),
                                                    group=True)]))
            continue
        if name in tables.uses and args:
            if name == "register" and (_hapi(ctx) or _library_plugin(ctx, args[0])):
                # a Hapi plugin adds a scheme or strategy that routes opt into by name;
                # Fastify's auth plugins (`@fastify/jwt`, `@fastify/basic-auth`) only decorate
                # the request: a route is guarded by the hook that calls them
                continue
            _record_use(ctx, call, receiver, name, args, uses)
            continue
        if name == "route" and args and args[0].type in ("object", "array"):
            for spec in (args[0].named_children if args[0].type == "array" else [args[0]]):
                route = _object_route(ctx, call, receiver, spec)
                if route is not None:
                    inv.routes.append(route)
            continue
        if name not in verbs or not args:
            continue
        chained = _route_chain(ctx, receiver)
        if chained is not None:
            group, path = chained
            middleware, handler_arg = args[:-1], args[-1]
        else:
            path_value = _route_path(ctx, args[0])
            if path_value is None or len(args) < 2:
                continue
            group, path = ctx.node_text(receiver), path_value
            middleware, handler_arg = args[1:-1], args[-1]
        guards: list[Guard] = []
        for arg in middleware:
            if arg.type == "identifier":
                options = _middleware_arrays(ctx, "object").get(ctx.node_text(arg))
                if options is not None and _FASTIFY_HOOKS & object_props(ctx, options).keys():
                    arg = options  # `fastify.post('/', staffOnly, handler)`
            if arg.type == "object":  # Fastify route options
                props = object_props(ctx, arg)
                for hook in _FASTIFY_HOOKS & props.keys():
                    value = props[hook]
                    # `onRequest: [fastify.authenticate, fastify.requireStaff]`: each guard
                    for item in (value.named_children if value.type == "array" else [value]):
                        found = _is_guard(ctx, item)
                        if found is not None:
                            guards.append(found)
                continue
            found = _is_guard(ctx, arg)
            if found is not None:
                guards.append(found)
        if handler_arg.type == "call_expression":
            # `app.delete('/api/Users/:id', security.denyAll())`: a guard registered on its
            # own for the method; the handler that answers is mounted elsewhere (a generated
            # REST resource)
            found = _is_guard(ctx, handler_arg)
            if found is not None:
                guards.append(found)
        handler = handler_function(ctx, handler_arg)
        guards.extend(_body_check(ctx, handler))
        verb = "DELETE" if name == "del" else name.upper()
        prop = call.child_by_field_name("function")
        report = prop.child_by_field_name("property") if prop is not None else None
        route = Route(node=report or call, name=_handler_name(ctx, handler_arg), path=path,
                      methods=frozenset() if verb == "ALL" else frozenset({verb}), group=group,
                      handler=handler or call, guards=guards,
                      verifies_signature=verifies_signature(ctx.node_text(handler))
                      if handler is not None else False)
        route.add_guard = _middleware_fix(call, handler_arg)
        inv.routes.append(route)


def _handler_name(ctx: FileContext, node: Node) -> str:
    if node.type in ("identifier", "member_expression"):
        return ctx.node_text(node).rsplit(".", 1)[-1]
    name = node.child_by_field_name("name")
    return ctx.node_text(name) if name is not None else ""


def _object_route(ctx: FileContext, call: Node, receiver: Node, spec: Node) -> Route | None:
    """`fastify.route({method, url, preHandler, handler})`, Hapi `server.route({method, path,
    options: {auth}, handler})`."""
    props = object_props(ctx, spec)
    path = string_of(ctx, props.get("url") or props.get("path"))
    if path is None:
        return None
    method = props.get("method")
    methods = frozenset(m.upper() for m in ([string_of(ctx, method) or ""] if method is not None
                                            and method.type == "string" else
                                            [string_of(ctx, m) or "" for m in
                                             (method.named_children if method else [])]) if m)
    options = object_props(ctx, _constant_object(ctx, props.get("options") or
                                                 props.get("config")))
    guards: list[Guard] = []
    public = False
    marker: Node | None = None
    auth = options.get("auth") or props.get("auth")
    optional = False
    if auth is not None:
        mode = string_of(ctx, object_props(ctx, auth).get("mode")) if auth.type == "object" \
            else None
        if ctx.node_text(auth) == "false":
            public = True
            marker = auth.parent if auth.parent is not None and auth.parent.type == "pair" \
                else auth
        elif mode in ("try", "optional"):
            optional = True  # Hapi: an anonymous caller gets through
        else:
            guards.append(Guard("config", f"auth: {ctx.node_text(auth)}", auth,
                                role=_hapi_scope(ctx, auth)))
    for hook in _FASTIFY_HOOKS:
        value = props.get(hook) or options.get(hook)
        found = _is_guard(ctx, value) if value is not None else None
        if found is not None:
            guards.append(found)
    pre = options.get("pre") or props.get("pre")
    for step in pre.named_children if pre is not None and pre.type == "array" else ():
        # hapi route prerequisites: `pre: [{ method: adminOnly }]`
        method = object_props(ctx, step).get("method") if step.type == "object" else step
        found = _is_guard(ctx, method) if method is not None else None
        if found is not None:
            guards.append(found)
    handler_value = props.get("handler") or options.get("handler")
    handler = handler_function(ctx, handler_value) if handler_value is not None else None
    guards.extend(_body_check(ctx, handler))
    route = Route(node=spec, name=_handler_name(ctx, handler_value) if handler_value else "",
                  path=path, methods=methods, group=ctx.node_text(receiver),
                  handler=handler or spec, guards=guards, public=public, public_marker=marker)
    if optional:
        ctx.cache.setdefault("access.javascript.optional", set()).add(spec.start_byte)
    return route


def _exported_route_objects(ctx: FileContext, inv: Inventory) -> None:
    """hapi route objects a module exports for the server to add (`module.exports = [{method,
    path, options, handler}, ...]`, `export default [...]`), outside any `route(...)` call."""
    if ctx.tree is None or "handler" not in ctx.text:
        return
    for array in nodes_in(ctx, ctx.tree.root_node, "array"):
        parent = array.parent
        if parent is not None and parent.type == "arguments":
            continue  # `server.route([...])`: read with its call
        specs = [c for c in array.named_children if c.type == "object"]
        if not specs or not all({"method", "path", "handler"} <= object_props(ctx, c).keys()
                                for c in specs):
            continue
        routes = [r for r in (_object_route(ctx, array, array, spec) for spec in specs)
                  if r is not None]
        # a route that opts out (`auth: false`, `mode: 'try'`) says the server has a default
        # strategy (`server.auth.default(...)` in another file): the others are behind it
        optional = ctx.cache.get("access.javascript.optional", set())
        default = any(r.public_marker is not None or r.node.start_byte in optional
                      for r in routes)
        for route in routes:
            route.group = "<exported routes>"
            if default and not route.public and route.node.start_byte not in optional and \
                    "auth" not in _route_options(ctx, route.node):
                route.guards.append(Guard("config", "the server's default auth strategy",
                                          route.node, group=True))
            inv.routes.append(route)


def _plugin_families(ctx: FileContext, inv: Inventory) -> None:
    """Routes of a Fastify plugin registered inline (`fastify.register(async (api) => {...})`)
    belong to the instance that registers it: a route on that instance is their sibling when
    the plugin's hook guards them and it has none (`fastify.delete('/api/orders/:id', ...)`)."""
    parents: dict[str, str] = {}
    for call in nodes(ctx, "call_expression"):
        if call.type != "call_expression":
            continue
        receiver, name = callee(ctx, call)
        args = call_args(call)
        if name != "register" or receiver is None or not args or \
                args[0].type not in ("arrow_function", "function_expression", "function"):
            continue
        params = call_args_of_function(args[0])
        if params:
            param = params[0].child_by_field_name("pattern") or params[0]
            if param.type == "identifier":
                parents.setdefault(ctx.node_text(param), ctx.node_text(receiver))
    if not parents:
        return
    for route in inv.routes:
        root, seen = route.group, set()
        while root in parents and root not in seen:
            seen.add(root)
            root = parents[root]
        if root != route.group and not route.family:
            route.family = root


def _route_options(ctx: FileContext, spec: Node) -> dict[str, Node]:
    props = object_props(ctx, spec)
    options = _constant_object(ctx, props.get("options") or props.get("config"))
    return {**props, **(object_props(ctx, options) if options is not None else {})}


def _constant_object(ctx: FileContext, node: Node | None) -> Node | None:
    """A route's options given by name (`options: staffOnly` with `const staffOnly = { auth:
    { strategy: 'session', scope: ['staff'] } }` in the file): the object literal it names."""
    if node is None or node.type != "identifier":
        return node
    name = ctx.node_text(node)
    declarations: dict[str, Node] | None = ctx.cache.get("access.javascript.constant_objects")
    if declarations is None:
        declarations = {}
        for declarator in nodes(ctx, "variable_declarator"):
            target = declarator.child_by_field_name("name")
            value = declarator.child_by_field_name("value")
            if target is not None and value is not None and value.type == "object" and \
                    target.type == "identifier":
                declarations.setdefault(ctx.node_text(target), value)
        ctx.cache["access.javascript.constant_objects"] = declarations
    return declarations.get(name, node)


def _library_plugin(ctx: FileContext, plugin: Node) -> bool:
    """A plugin imported from a published Fastify package (`@fastify/jwt`, `fastify-jwt`)."""
    target = plugin.child_by_field_name("arguments") if plugin.type == "call_expression" and \
        ctx.node_text(plugin.child_by_field_name("function")) == "require" else None
    if target is not None:  # register(require("@fastify/jwt"), ...)
        module = string_of(ctx, target.named_children[0]) if target.named_children else None
    else:
        module = semantics(ctx).imports().get(ctx.node_text(plugin))
    return module is not None and module.startswith(("@fastify/", "fastify-"))


def _hapi(ctx: FileContext) -> bool:
    return any(v in ("@hapi/hapi", "hapi") for v in semantics(ctx).imports().values())


def _hapi_scope(ctx: FileContext, auth: Node) -> bool:
    """Hapi `auth: {strategy, scope: ["admin"]}` (or `access: {scope}`) checks a role."""
    return auth.type == "object" and re.search(r"\bscope\s*:", ctx.node_text(auth)) is not None


def _record_use(ctx: FileContext, call: Node, receiver: Node, name: str, args: list[Node],
                uses: list[_Use]) -> None:
    if name == "addHook":
        hook = string_of(ctx, args[0]) or ""
        if hook in _FASTIFY_HOOKS and len(args) > 1:
            found = _is_guard(ctx, args[1])
            if found is not None:
                uses.append(_Use(ctx.node_text(receiver), call.start_byte, "", [found]))
        return
    prefix = string_of(ctx, args[0]) or ""
    rest = args[1:] if string_of(ctx, args[0]) is not None else args
    guards: list[Guard] = []
    mounts: list[str] = []
    routers = _router_variables(ctx)
    for arg in rest:
        text = ctx.node_text(arg)
        if arg.type == "identifier" and (text in routers or not guard_name(text)):
            mounts.append(text)
            continue
        if arg.type == "call_expression" and ctx.node_text(arg).endswith((".routes()",
                                                                          ".middleware()")):
            mounts.append(ctx.node_text(callee(ctx, arg)[0]))
            continue
        found = _is_guard(ctx, arg)
        if found is not None:
            guards.append(Guard(found.kind, found.name, found.node, role=found.role,
                                group=True))
    uses.append(_Use(ctx.node_text(receiver), call.start_byte, prefix, guards, mounts))


def _router_variables(ctx: FileContext) -> frozenset[str]:
    """Names bound to a router or app created in this file (`const admin = Router()`)."""
    found: frozenset[str] | None = ctx.cache.get("access.javascript.routers")
    if found is not None:
        return found
    tables = load(ctx.language).access
    names = set()
    for node in nodes(ctx, "variable_declarator"):
        if node.type != "variable_declarator":
            continue
        value = node.child_by_field_name("value")
        name = node.child_by_field_name("name")
        if value is None or name is None or name.type != "identifier":
            continue
        if value.type == "new_expression":
            value = value.child_by_field_name("constructor")
        elif value.type == "call_expression":
            value = value.child_by_field_name("function")
        else:
            continue
        text = ctx.node_text(value)
        qualified = semantics(ctx).qualified_name(value) or text
        if qualified in tables.routers or text in tables.routers or \
                text.rsplit(".", 1)[-1] in ("Router", "express", "fastify", "Koa", "Hono"):
            names.add(ctx.node_text(name))
    found = frozenset(names)
    ctx.cache["access.javascript.routers"] = found
    return found


def _apply_uses(routes: list[Route], uses: list[_Use], optional: set[int]) -> None:
    """Group guards: a router's own `use(auth)` before a route, a guard given where a router is
    mounted (`app.use("/admin", auth, admin)`), an app-wide guard before the mount."""
    for route in routes:
        inherited: list[Guard] = []
        for use in uses:
            if use.byte < 0 and route.node.start_byte in optional:
                continue  # Hapi `auth: {mode: "try"}` lets an anonymous caller through
            if use.receiver == route.group and use.byte < route.node.start_byte and \
                    route.path.startswith(use.prefix.rstrip("*")):
                inherited.extend(use.guards)
            if route.group in use.mounts:
                inherited.extend(use.guards)
                inherited.extend(g for earlier in uses if earlier.receiver == use.receiver
                                 and earlier.byte < use.byte and not earlier.prefix
                                 for g in earlier.guards)
        route.guards.extend(Guard(g.kind, g.name, g.node, role=g.role, group=True)
                            for g in inherited)


def _decorators_before(node: Node) -> list[Node]:
    """Decorators of a class member (preceding siblings) or a class (children or the
    export statement's)."""
    out: list[Node] = []
    if node.type == "class_declaration" or node.type == "class":
        out.extend(c for c in node.children if c.type == "decorator")
        parent = node.parent
        if parent is not None and parent.type == "export_statement":
            out.extend(c for c in parent.children if c.type == "decorator")
        return out
    sibling = node.prev_named_sibling
    while sibling is not None and sibling.type in ("decorator", "comment"):
        if sibling.type == "decorator":  # a comment between decorators is skipped
            out.insert(0, sibling)
        sibling = sibling.prev_named_sibling
    out.extend(c for c in node.children if c.type == "decorator")
    return out


def _decorator_name(ctx: FileContext, decorator: Node) -> tuple[str, Node | None]:
    expr = decorator.named_children[0] if decorator.named_children else None
    call = expr if expr is not None and expr.type == "call_expression" else None
    target = call.child_by_field_name("function") if call is not None else expr
    return ctx.node_text(target).rsplit(".", 1)[-1], call


def _nest_guards(ctx: FileContext, decorators: list[Node], group: bool) -> tuple[list[Guard], bool]:
    tables = load(ctx.language).access
    guards: list[Guard] = []
    public = False
    for decorator in decorators:
        name, _call = _decorator_name(ctx, decorator)
        if name in tables.public:
            public = True
        elif name in tables.roles:
            guards.append(Guard("decorator", ctx.node_text(decorator).lstrip("@"), decorator,
                                role=True, group=group))
        elif name in tables.guards or (name not in tables.route_annotations and
                                       name not in tables.controllers and guard_name(name)):
            guards.append(Guard("decorator", ctx.node_text(decorator).lstrip("@"), decorator,
                                role=role_name(ctx.node_text(decorator)), group=group))
    return guards, public


def _nest_routes(ctx: FileContext, inv: Inventory) -> None:
    tables = load(ctx.language).access
    for cls in nodes(ctx, "class_declaration", "class"):
        if cls.type not in ("class_declaration", "class"):
            continue
        decorators = _decorators_before(cls)
        names = [_decorator_name(ctx, d) for d in decorators]
        controller = next((call for name, call in names if name in tables.controllers), None)
        if controller is None and not any(name in tables.controllers for name, _ in names):
            continue
        prefix = string_of(ctx, call_args(controller)[0]) if controller is not None and \
            call_args(controller) else ""
        class_guards, class_public = _nest_guards(ctx, decorators, True)
        name_node = cls.child_by_field_name("name")
        group = ctx.node_text(name_node)
        body = cls.child_by_field_name("body")
        # `@UseGuards(RolesGuard)` on the class enforces the roles each handler declares
        # (`@Roles('adjuster')`): a handler declaring none passes any signed-in caller, so
        # there the class guard checks no role
        by_metadata = not any(name in tables.roles for name, _ in names) and any(
            _decorator_name(ctx, d)[0] in tables.roles
            for m in (body.named_children if body is not None else ())
            if m.type == "method_definition" for d in _decorators_before(m))
        unroled = [Guard(g.kind, g.name, g.node, role=False, group=g.group, local=g.local)
                   for g in class_guards]
        for member in body.named_children if body is not None else ():
            if member.type != "method_definition":
                continue
            own = _decorators_before(member)
            verb = next(((name, call) for name, call in (_decorator_name(ctx, d) for d in own)
                         if name in tables.route_annotations), None)
            if verb is None:
                continue
            path = string_of(ctx, call_args(verb[1])[0]) if verb[1] is not None and \
                call_args(verb[1]) else ""
            guards, public = _nest_guards(ctx, own, False)
            marker = next((d for d in (*own, *decorators)
                           if _decorator_name(ctx, d)[0] in tables.public), None)
            method_name = member.child_by_field_name("name")
            route_decorator = next(d for d in own if _decorator_name(ctx, d)[0] == verb[0])
            route = Route(node=route_decorator, name=ctx.node_text(method_name),
                          path=f"/{prefix or ''}/{path or ''}".replace("//", "/").rstrip("/")
                          or "/", methods=frozenset({verb[0].upper()}), group=group,
                          handler=member, guards=[*guards, *(
                              unroled if by_metadata and not any(g.role for g in guards)
                              else class_guards), *_body_check(
                              ctx, member.child_by_field_name("body"))],
                          public=public or class_public, public_marker=marker)
            route.add_guard = _decorator_fix(own[0])
            inv.routes.append(route)


def _is_next_route(path: str) -> bool:
    """`.../app/<segments>/route.ts` or `.../pages/api/<segments>.ts`, read by path segments (a
    pattern with `.+` between the folders is quadratic on a path of repeated `app/`)."""
    stem, dot, extension = path.rpartition(".")
    if not dot or extension not in _NEXT_EXTENSIONS:
        return False
    parts = stem.split("/")
    if parts[-1] == "route" and "app" in parts[:-2]:
        return True
    if _sveltekit_endpoint(path) or _remix_route(path):
        return True
    return any(parts[i] == "pages" and parts[i + 1] == "api" for i in range(len(parts) - 2))


def _sveltekit_endpoint(path: str) -> bool:
    """SvelteKit `src/routes/<segments>/+server.ts`: exported `GET`, `POST`, ... handlers;
    `+page.server.ts`: its `load` (GET) and form `actions` (POST)."""
    parts = path.split("/")
    return parts[-1].startswith(("+server.", "+page.server.")) and "routes" in parts[:-1]


def _remix_route(path: str) -> bool:
    """Remix `app/routes/<name>.tsx`: an exported `loader` (GET) and `action` (POST, ...)."""
    parts = path.split("/")
    return len(parts) >= 3 and "routes" in parts[:-1] and "app" in parts[:-2] and \
        not parts[-1].startswith("+")


def _file_url(path: str) -> str:
    if _sveltekit_endpoint(path):
        return "/" + ("/" + path).rpartition("/routes/")[2].rpartition("/")[0]
    if _remix_route(path) and "/routes/" in path:
        stem = path.rpartition("/routes/")[2].rpartition(".")[0]
        return "/" + stem.replace(".", "/").replace("/route", "").replace("_index", "")
    url = "/" + re.sub(r"^.*?(app|pages)/", "", path)
    return re.sub(r"/route\.\w+$|\.\w+$", "", url)


# SvelteKit `+page.server.ts`: `load` answers GET; each form action of `actions` a POST
# (https://svelte.dev/docs/kit/form-actions).
_SVELTEKIT_PAGE_EXPORTS = {"load": frozenset({"GET"})}


def _form_actions(ctx: FileContext,
                  exported: list[tuple[str, Node, Node]]) -> list[tuple[str, Node, Node]]:
    """`export const actions = { default: async (...) => ..., remove: async (...) => ... }`:
    one handler per property (`actions.remove`)."""
    out: list[tuple[str, Node, Node]] = []
    for name, _, value in exported:
        if name != "actions":
            continue
        while value.type in ("satisfies_expression", "as_expression", "parenthesized_expression") \
                and value.named_children:
            value = value.named_children[0]
        if value.type != "object":
            continue
        for member in value.named_children:
            if member.type == "pair":
                key, handler = member.child_by_field_name("key"), \
                    member.child_by_field_name("value")
            elif member.type == "method_definition":
                key, handler = member.child_by_field_name("name"), member
            else:
                continue
            if key is not None and handler is not None:
                out.append((f"actions.{ctx.node_text(key)}", key, handler))
    return out


# Remix route modules: what `loader` and `action` answer.
_REMIX_EXPORTS = {"loader": frozenset({"GET"}), "action": frozenset({"POST", "PUT", "PATCH",
                                                                     "DELETE"})}


def _next_routes(ctx: FileContext, inv: Inventory) -> None:
    path = ctx.path.replace("\\", "/")
    if not _is_next_route(path):
        return
    remix = _remix_route(path) and not _sveltekit_endpoint(path)
    page_server = _sveltekit_endpoint(path) and "/+page.server." in path
    url = _file_url(path)
    for node in ctx.tree.root_node.named_children if ctx.tree is not None else ():
        if node.type != "export_statement":
            continue
        declaration = node.child_by_field_name("declaration")
        functions: list[tuple[str, Node, Node]] = []
        default = any(c.type == "default" for c in node.children)
        if declaration is not None and declaration.type in ("function_declaration",
                                                             "generator_function_declaration"):
            name_node = declaration.child_by_field_name("name")
            if name_node is not None:
                # `export default async function handler(req, res)`: the pages router's handler
                functions.append(("default" if default else ctx.node_text(name_node), name_node,
                                  declaration))
        elif declaration is not None and declaration.type == "lexical_declaration":
            for declarator in declaration.named_children:
                name_node = declarator.child_by_field_name("name")
                value = declarator.child_by_field_name("value")
                if name_node is not None and value is not None:
                    functions.append((ctx.node_text(name_node), name_node, value))
        elif "default" in ctx.node_text(node).split("(")[0] and "pages/api/" in path:
            value = node.named_children[-1] if node.named_children else None
            if value is not None:
                functions.append(("default", value, value))
        if page_server:
            functions = [*functions, *_form_actions(ctx, functions)]
        for name, name_node, fn in functions:
            if page_server and name in _SVELTEKIT_PAGE_EXPORTS:
                verbs = _SVELTEKIT_PAGE_EXPORTS[name]
            elif page_server and name.startswith("actions."):
                verbs = frozenset({"POST"})
            elif page_server:
                continue
            elif remix and name in _REMIX_EXPORTS:
                verbs = _REMIX_EXPORTS[name]
            elif name in _VERB_EXPORTS:
                verbs = frozenset({name})
            elif name == "default" and not remix:
                verbs = frozenset()
            else:
                continue
            inv.routes.append(Route(
                node=name_node, name=name, path=url,
                methods=verbs,
                group="<file>", handler=fn, guards=_body_check(ctx, fn),
                verifies_signature=verifies_signature(ctx.node_text(fn))))


_REQ_RES = lazyre.compile(r"^\(\s*(req|request)\b[^,()]*,\s*(res|response)\b[^,()]*"
                      r"(,\s*next\b[^,()]*)?\)$")
_EXPORTED = lazyre.compile(r"\b(module\.exports|exports\.\w+|export\s+(default\s+)?"
                       r"(async\s+)?(function|const|let))\b")


def _handler_label(ctx: FileContext, fn: Node) -> tuple[str, Node] | None:
    """The name an Express-style handler defined in this file is known by, and where: `exports.
    update = (req, res) => ...`, `const update = ...`, `function update(req, res)`, or the
    factory returning it (`module.exports = function productReviews () { return (req, res,
    next) => ... }`)."""
    parent = fn.parent
    if fn.type == "function_declaration":
        name = fn.child_by_field_name("name")
        return (ctx.node_text(name), name) if name is not None else None
    if parent is not None and parent.type == "variable_declarator":
        name = parent.child_by_field_name("name")
        return (ctx.node_text(name), name) if name is not None else None
    if parent is not None and parent.type == "assignment_expression":
        left = parent.child_by_field_name("left")
        if left is not None and left.type == "member_expression":
            prop = left.child_by_field_name("property")
            return (ctx.node_text(prop), prop) if prop is not None else None
    if parent is not None and parent.type == "return_statement":
        outer = parent.parent.parent if parent.parent is not None else None
        if outer is not None and outer.type in ("function_declaration", "function_expression",
                                                 "function", "arrow_function"):
            name = outer.child_by_field_name("name")
            if name is not None:
                return ctx.node_text(name), name  # `function productReviews () { return ...`
            return _handler_label(ctx, outer)
    return None


def _unregistered(ctx: FileContext, inv: Inventory) -> None:
    """Express-style handlers this module exports (`exports.update = async (req, res) =>`, a
    factory returning `(req, res, next) => ...`) that no route of the file registers: their
    router is in another file, which decides their guard."""
    if not _EXPORTED.search(ctx.text) or ctx.tree is None:
        return
    registered = {r.handler.start_byte for r in inv.routes if r.handler is not None}
    for fn in nodes_in(ctx, ctx.tree.root_node, "arrow_function", "function_expression",
                       "function", "function_declaration"):
        if fn.start_byte in registered or fn.type not in ("arrow_function",
                                                          "function_expression", "function",
                                                          "function_declaration"):
            continue
        params = fn.child_by_field_name("parameters")
        body = fn.child_by_field_name("body")
        if params is None or body is None or \
                not _REQ_RES.match(" ".join(ctx.node_text(params).split())) or \
                re.search(r"\bnext\s*\(\s*\)", ctx.node_text(body)):
            continue  # a middleware passes the request on: not the handler that answers
        label = _handler_label(ctx, fn)
        if label is None or not label[0].isidentifier():
            continue
        inv.routes.append(Route(node=label[1], name=label[0], path="", methods=frozenset(),
                                group="<handlers>", handler=fn,
                                guards=_body_check(ctx, fn), unregistered=True))


def inventory(ctx: FileContext) -> Inventory:
    found: Inventory | None = ctx.cache.get("access.javascript.inventory")
    if found is not None:
        return found
    inv = Inventory(language=ctx.language)
    if ctx.tree is not None:
        uses: list[_Use] = []
        _express_routes(ctx, uses, inv)
        _apply_uses(inv.routes, uses, ctx.cache.get("access.javascript.optional", set()))
        inv.guards_in_use = [g for use in uses if use.mounts for g in use.guards]
        # routers mounted here behind a guard, for the modules that define them
        inv.memo["mounts"] = [(m, use.guards) for use in uses for m in use.mounts if use.guards]
        if inv.guards_in_use and not any(
                u.guards and not u.mounts and not u.prefix and
                not all(_SESSION_LOADER.match(g.name) for g in u.guards) for u in uses):
            # routers mounted with no guard beside guarded ones (and no app-wide guard)
            inv.memo["open_mount_uses"] = [(m, use.prefix, inv.guards_in_use[0].name)
                                       for use in uses for m in use.mounts
                                       if not use.guards and use.prefix]
        apply_mounts(ctx, inv)  # this module's routers mounted behind a guard elsewhere
        _exported_route_objects(ctx, inv)
        _plugin_families(ctx, inv)
        _nest_routes(ctx, inv)
        _next_routes(ctx, inv)
        apply_next(ctx, inv)  # the app's middleware.ts and its other route files
        _unregistered(ctx, inv)
        apply_registrations(ctx, inv)  # the guards of their registrations in other files
        apply_open_mounts(ctx, inv)  # this module's routers mounted with no guard elsewhere
        inv.routes.sort(key=lambda r: r.node.start_byte)
        sem = semantics(ctx)
        inv.auth_elsewhere = any(v.startswith(p) for v in sem.imports().values()
                                 for p in _AUTH_IMPORTS) or bool(_AUTH_TEXT.search(ctx.text)) \
            or project_authenticates(ctx, inv)
        if inv.entry is None and re.search(r"\.listen\(", ctx.text) and inv.routes:
            inv.entry = inv.routes[0].node
    ctx.cache["access.javascript.inventory"] = inv
    return inv
