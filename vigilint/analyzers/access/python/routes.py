"""Python routes and their guards: decorated handlers (Flask, FastAPI, aiohttp, Bottle, Sanic,
Quart), Django function views, class-based views and DRF viewsets, Tornado handlers; guards as
decorators, FastAPI dependencies (on the route, its router or the app), `before_request` hooks,
mixins, `permission_classes`, and checks of the caller in the handler's body."""

from __future__ import annotations

import re
from collections.abc import Iterator

from tree_sitter import Node

from vigilint import lazyre
from vigilint.analyzers.access.checks import body_check
from vigilint.analyzers.access.model import WRITE_METHODS, Guard, GuardFixer, Inventory, Route
from vigilint.analyzers.access.project import (
    apply_mounts,
    project_authenticates,
    routed_elsewhere,
)
from vigilint.analyzers.access.provenance import caller_dependency
from vigilint.analyzers.access.python.fixes import (
    add_decorator,
    add_dependency,
    add_first_statement,
    add_mixin,
    add_parameter,
)
from vigilint.analyzers.access.syntax import enclosing_function, nodes, nodes_in
from vigilint.analyzers.access.vocabulary import (
    guard_module,
    guard_name,
    role_name,
    verifies_signature,
)
from vigilint.analyzers.context import FileContext
from vigilint.analyzers.dataflow.python import route_decorator
from vigilint.analyzers.models import load, short_name
from vigilint.analyzers.syntax import Decorator, FunctionDef, python
from vigilint.model import Fix

_VERBS = {"get": "GET", "post": "POST", "put": "PUT", "patch": "PATCH", "delete": "DELETE",
          "head": "HEAD", "options": "OPTIONS", "websocket": "GET"}
# Django generic views and DRF classes by what they answer.
_READ_VIEWS = lazyre.compile(r"^(List|Detail|Template|Redirect|ReadOnlyModel|ListAPI|RetrieveAPI|"
                         r"ArchiveIndex|\w*Archive)View(Set)?$")
_WRITE_VIEWS = lazyre.compile(r"^(Create|Update|Delete|Form|CreateAPI|UpdateAPI|DestroyAPI|"
                          r"ListCreateAPI|RetrieveUpdateAPI|RetrieveDestroyAPI|"
                          r"RetrieveUpdateDestroyAPI|Model)View(Set)?$")
_HANDLER_METHODS = {"get": "GET", "post": "POST", "put": "PUT", "patch": "PATCH",
                    "delete": "DELETE", "create": "POST", "update": "PUT",
                    "partial_update": "PATCH", "destroy": "DELETE", "list": "GET",
                    "retrieve": "GET"}
_NOT_GUARDS = frozenset({"require_POST", "require_GET", "require_safe", "require_http_methods",
                         "csrf_exempt", "csrf_protect", "ensure_csrf_cookie", "cache_page",
                         "never_cache", "vary_on_headers", "api_view", "action", "wraps",
                         "transaction.atomic", "atomic", "staticmethod", "classmethod",
                         "property", "cached_property", "login_not_required",
                         # DRF: which authenticators run, not whether a caller is required
                         # (that is `permission_classes`, the settings' default included)
                         "authentication_classes", "throttle_classes", "renderer_classes",
                         "parser_classes"})
# A check of the caller in a handler's body: the verified caller, or a framework's check.
_BODY_CHECK = lazyre.compile(
    r"(current_user\.(is_authenticated|is_anonymous|is_admin|is_active|has_role|id\b)|"
    r"request\.user\.(is_authenticated|is_anonymous|is_staff|is_superuser|has_perm)|"
    r"request\.user\.is_authenticated|user\.is_authenticated|"
    r"verify_jwt_in_request\(|get_jwt_identity\(|get_jwt\(|"
    r"session\.get\(\s*[\"'](user|uid|account|logged)|[\"'](user_id|user|uid|logged_in)[\"']\s+"
    r"(not\s+)?in\s+session|session\[\s*[\"'](user|uid|account)|"
    r"g\.user\s+is\s+None|not\s+g\.user|self\.current_user|self\.get_current_user\(|"
    r"has_perm\(|check_permission|require_login\(|login_required\(|authenticate\(|"
    r"raise\s+PermissionDenied|redirect_to_login\(|is_authenticated\(\)|"
    r"check_authorized\(|authorized_userid\()")
_ROUTE_RECEIVER = lazyre.compile(r"^\w+(\.\w+)*$")
# The verified caller in a handler's conditions, and calls that raise without one.
_CALLER = lazyre.compile(r"(current_user|request\.user|g\.user|self\.current_user|"
                     r"self\.get_current_user\(|session\.get\(\s*[\"'](user|uid|account|logged)|"
                     r"[\"'](user_id|user|uid|logged_in)[\"']\s+(not\s+)?in\s+session|"
                     r"session\[\s*[\"'](user|uid|account)|get_jwt_identity\(|get_jwt\(|"
                     r"request\.auth\b|has_perm\(|is_authenticated)")
_RAISING = lazyre.compile(r"(verify_jwt_in_request\(|redirect_to_login\(|require_login\(|"
                      r"raise\s+PermissionDenied|check_permission\(|login_required\(|"
                      r"check_authorized\()")


def _string(ctx: FileContext, node: Node | None) -> str:
    return python(ctx).string_value(node) or ""


def _strings(ctx: FileContext, node: Node | None) -> list[str]:
    if node is None:
        return []
    if node.type in ("list", "tuple", "set"):
        return [s for s in (_string(ctx, c) for c in node.named_children) if s]
    single = _string(ctx, node)
    return [single] if single else []


def _route_methods(ctx: FileContext, name: str, call: Node | None) -> frozenset[str]:
    short = short_name(name)
    verb = _VERBS.get(short) or {"require_POST": "POST", "require_GET": "GET",
                                 "require_safe": "GET"}.get(short)
    if verb is not None:
        return frozenset({verb})
    if short in ("require_http_methods", "api_view") and call is not None:
        listed = python(ctx).arguments(call).get(0, "http_method_names")
        return frozenset(m.upper() for m in _strings(ctx, listed)) or frozenset({"GET"})
    if call is None:
        return frozenset({"GET"}) if short_name(name) == "route" else frozenset()
    keywords = python(ctx).arguments(call).keywords
    listed = keywords.get("methods") or keywords.get("request_method")  # Pyramid
    if listed is not None:
        return frozenset(m.upper() for m in _strings(ctx, listed))
    return frozenset({"GET"}) if short_name(name) == "route" else frozenset()


def _receiver(ctx: FileContext, decorator_expr: Node | None) -> str:
    if decorator_expr is not None and decorator_expr.type == "attribute":
        text = ctx.node_text(decorator_expr.child_by_field_name("object"))
        return text if _ROUTE_RECEIVER.match(text) else ""
    return ""


def _local_functions(ctx: FileContext) -> dict[str, FunctionDef]:
    return {fn.name: fn for fn in python(ctx).functions() if not fn.class_name}


def _checks_caller(ctx: FileContext, fn: FunctionDef | None, depth: int = 0) -> bool:
    """A local function (a decorator, a dependency, a hook) that checks who is calling."""
    if fn is None or fn.body is None:
        return False
    if _BODY_CHECK.search(ctx.node_text(fn.body)) or re.search(
            r"(HTTP_401|HTTP_403|status_code\s*=\s*40[13]|abort\(\s*40[13]|\b40[13]\b.*raise|"
            r"raise\s+\w*(Unauthori[sz]ed|Forbidden|Authentication|Permission)\w*|jwt\.decode\(|"
            r"Depends\(\s*\w*(user|auth|token))", ctx.node_text(fn.body)):
        return True
    if depth < 2:
        for decorator in fn.decorators:
            if _is_guard_name(ctx, decorator.name):
                return True
    return False


def _is_guard_name(ctx: FileContext, name: str) -> bool:
    tables = load("python").access
    short = short_name(name)
    if name in tables.public or short in tables.public or short in _NOT_GUARDS or \
            name in _NOT_GUARDS:
        return False
    return name in tables.guards or short in tables.guards or guard_name(short) or \
        guard_module(python(ctx).imports().get(name.split(".")[0].split("(")[0], name))


def _guard_is_role(name: str, text: str) -> bool:
    tables = load("python").access
    return name in tables.roles or short_name(name) in tables.roles or role_name(text)


def _decorator_guards(ctx: FileContext, fn: FunctionDef, route_name: str) -> list[Guard]:
    out = []
    local = _local_functions(ctx)
    for decorator in fn.decorators:
        name = decorator.name
        if name == route_name or route_decorator(FunctionDef(
                node=fn.node, name="", qualified_name="", decorators=(decorator,))):
            continue
        short = short_name(name)
        if short in ("permission_classes",) and decorator.call is not None:
            permissions = _permission_guard(ctx, decorator.call, decorator.node)
            out.extend(permissions)
            continue
        hook = python(ctx).arguments(decorator.call).get(0) if short == "before" and \
            decorator.call is not None else None
        if hook is not None and _callable_guard(ctx, hook):  # Falcon `@falcon.before(hook)`
            out.append(Guard("decorator", ctx.node_text(decorator.node).lstrip("@").strip(),
                             decorator.node, role=role_name(ctx.node_text(hook))))
            continue
        if _is_guard_name(ctx, name) or _checks_caller(ctx, local.get(short)):
            out.append(Guard("decorator", ctx.node_text(decorator.node).lstrip("@").strip(),
                             decorator.node, role=_guard_is_role(name, ctx.node_text(
                                 decorator.node))))
    return out


def _depends_target(ctx: FileContext, call: Node) -> str:
    """`get_current_user` of `Depends(get_current_user)` / `Security(...)`."""
    sem = python(ctx)
    callee = sem.qualified_name(call.child_by_field_name("function")) or ""
    if short_name(callee) not in ("Depends", "Security"):
        return ""
    args = sem.arguments(call)
    target = args.get(0, "dependency")
    return ctx.node_text(target) if target is not None else ""


def _is_auth_dependency(ctx: FileContext, target: str) -> bool:
    if not target:
        return False
    tables = load("python").access
    qualified = python(ctx).imports().get(target.split(".")[0], target)
    if target in tables.guards or qualified in tables.guards:
        return True
    local = _local_functions(ctx).get(target.split(".")[-1].split("(")[0])
    if local is not None:
        return _checks_caller(ctx, local) or guard_name(local.name)
    return guard_name(target.split("(")[0]) or guard_module(qualified.split("(")[0]) or \
        caller_dependency(target)


def _dependency_calls(ctx: FileContext, node: Node | None) -> Iterator[Node]:
    """`Depends(...)`/`Security(...)` calls inside a `dependencies=[...]` list."""
    if node is None:
        return
    for child in node.named_children if node.type in ("list", "tuple") else (node,):
        if child.type == "call":
            yield child


def _dependency_guards(ctx: FileContext, listed: Node | None, *, group: bool) -> list[Guard]:
    out = []
    for call in _dependency_calls(ctx, listed):
        target = _depends_target(ctx, call)
        if _is_auth_dependency(ctx, target):
            out.append(Guard("dependency", ctx.node_text(call), call,
                             role=role_name(target), group=group))
    return out


def _guard_aliases(ctx: FileContext) -> frozenset[str]:
    """Module-level `CurrentUser = Annotated[User, Depends(get_current_user)]` aliases."""
    found: frozenset[str] | None = ctx.cache.get("access.python.guard_aliases")
    if found is not None:
        return found
    names = set()
    root = ctx.tree.root_node if ctx.tree is not None else None
    for statement in root.named_children if root is not None else ():
        node = statement.named_children[0] if statement.type == "expression_statement" and \
            statement.named_children else None
        if node is None or node.type != "assignment":
            continue
        left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
        if left is None or right is None or left.type != "identifier" or \
                ("Depends" not in ctx.node_text(right) and "Security" not in ctx.node_text(right)):
            continue
        if any(_is_auth_dependency(ctx, _depends_target(ctx, call)) for call in _calls_in(right)):
            names.add(ctx.node_text(left))
    found = frozenset(names)
    ctx.cache["access.python.guard_aliases"] = found
    return found


def _parameter_guards(ctx: FileContext, fn: FunctionDef) -> list[Guard]:
    out = []
    aliases = _guard_aliases(ctx)
    for param in fn.params:
        text = ctx.node_text(param.node)
        annotation = param.node.child_by_field_name("type")
        if annotation is not None and ctx.node_text(annotation).strip() in aliases:
            out.append(Guard("dependency", text, param.node))
            continue
        if "Depends" not in text and "Security" not in text:
            continue
        for call in _calls_in(param.node):
            target = _depends_target(ctx, call)
            if _is_auth_dependency(ctx, target):
                out.append(Guard("dependency", text, param.node, role=role_name(target)))
                break
    return out


def _calls_in(node: Node) -> Iterator[Node]:
    stack = [node]
    while stack:
        cur = stack.pop()
        if cur.type == "call":
            yield cur
        stack.extend(reversed(cur.named_children))


def _permission_guard(ctx: FileContext, value: Node, where: Node) -> list[Guard]:
    """Guards of a DRF `permission_classes` value (a list of classes or a decorator call)."""
    tables = load("python").access
    sem = python(ctx)
    names = []
    for node in _name_nodes(ctx, value):
        qualified = sem.qualified_name(node) or ctx.node_text(node)
        names.append(qualified)
    if not names:
        return []
    public = [n for n in names if n in tables.public or short_name(n) in tables.public]
    if len(public) == len(names):
        return [Guard("permission", "AllowAny", where, group=False)]  # marked public
    guarding = [n for n in names if n in tables.permissions or short_name(n) in tables.permissions
                or guard_name(short_name(n)) or short_name(n).startswith("Is")]
    role = any(n in tables.roles or short_name(n) in tables.roles or role_name(short_name(n))
               for n in guarding)
    found = [Guard("permission", ctx.node_text(where), where, role=role)] if guarding else []
    if public and value.type in ("list", "tuple", "call"):
        # `[AllowAny, HasMailSignature]`: every class must agree, so anyone passes the first and
        # the others check something else than a login (a signature, a rate): public on purpose
        found.append(Guard("permission", "AllowAny", where, group=False))
    return found


def _name_nodes(ctx: FileContext, node: Node) -> Iterator[Node]:
    """The class names in a `permission_classes` value (lists, `A | B`, instances, the
    decorator's own call)."""
    if node.type in ("identifier", "attribute"):
        yield node
        return
    if node.type == "call":
        function = node.child_by_field_name("function")
        args = node.child_by_field_name("arguments")
        if function is not None and short_name(ctx.node_text(function)) == \
                "permission_classes" and args is not None:
            for child in args.named_children:
                yield from _name_nodes(ctx, child)
        elif function is not None:
            yield function
        return
    for child in node.named_children:
        if child.type in ("identifier", "attribute", "call", "list", "tuple",
                          "binary_operator"):
            yield from _name_nodes(ctx, child)


def _body_check(ctx: FileContext, fn: FunctionDef) -> list[Guard]:
    return body_check(ctx, fn.body, _CALLER, _RAISING)


# -- guards written as keywords or class attributes -------------------------------------------
_NO_PERMISSION = frozenset({"NO_PERMISSION_REQUIRED", "__no_permission_required__"})


def _callable_guard(ctx: FileContext, node: Node) -> bool:
    """A guard function named in a list (`guards=[requires_user]` of Litestar, the hook of
    `@falcon.before(require_login)`): named as one, imported from an auth module, or a local
    function that checks the caller."""
    name = ctx.node_text(node.child_by_field_name("function") if node.type == "call" and
                         node.child_by_field_name("function") is not None else node)
    short = short_name(name)
    if _is_guard_name(ctx, name):
        return True
    return _checks_caller(ctx, _local_functions(ctx).get(short))


def _keyword_guards(ctx: FileContext, keywords: dict[str, Node], *, group: bool) -> list[Guard]:
    """Guards written as a route's or a class's keyword: Litestar `guards=[...]`, Pyramid
    `@view_config(permission="edit")` (`NO_PERMISSION_REQUIRED` opens the view), DRF
    `@action(permission_classes=[...])`."""
    out: list[Guard] = []
    listed = keywords.get("guards")
    if listed is not None:
        items = listed.named_children if listed.type in ("list", "tuple") else [listed]
        for item in items:
            if item.type in ("identifier", "attribute", "call") and _callable_guard(ctx, item):
                out.append(Guard("permission", ctx.node_text(item), item,
                                 role=role_name(ctx.node_text(item)), group=group))
    permission = keywords.get("permission")
    if permission is not None and permission.parent is not None:
        text = ctx.node_text(permission)
        where = permission.parent
        if short_name(text) in _NO_PERMISSION or _string(ctx, permission) in _NO_PERMISSION:
            out.append(Guard("permission", "AllowAny", where, group=False))
        elif text not in ("None",):
            out.append(Guard("permission", ctx.node_text(where), where,
                             role=role_name(_string(ctx, permission) or text), group=group))
    classes = keywords.get("permission_classes")
    if classes is not None and classes.parent is not None:
        out.extend(_permission_guard(ctx, classes, classes.parent))
    return out


def _class_guards(ctx: FileContext, fn: Node) -> list[Guard]:
    """A method's class attributes that guard every handler of the class: Litestar
    `Controller.guards`, a DRF viewset's `permission_classes` (for its `@action`s)."""
    cls = fn.parent
    while cls is not None and cls.type not in ("class_definition", "module"):
        cls = cls.parent
    if cls is None or cls.type != "class_definition":
        return []
    body = cls.child_by_field_name("body")
    keywords: dict[str, Node] = {}
    for statement in body.named_children if body is not None else ():
        assignment = statement.named_children[0] if statement.type == \
            "expression_statement" and statement.named_children else None
        if assignment is None or assignment.type != "assignment":
            continue
        left = ctx.node_text(assignment.child_by_field_name("left")).split(":")[0].strip()
        right = assignment.child_by_field_name("right")
        if left in ("guards", "permission_classes") and right is not None:
            keywords[left] = right
    return [g if g.name == "AllowAny" else Guard(g.kind, g.name, g.node, role=g.role, group=True)
            for g in _keyword_guards(ctx, keywords, group=True)]


# -- group guards --------------------------------------------------------------------------
def _group_guards(ctx: FileContext) -> tuple[dict[str, list[Guard]], Node | None]:
    """Guards every route of a router gets (FastAPI `dependencies=[...]` on `APIRouter`/
    `FastAPI`, Flask `before_request` hooks that check the caller), and the app's creation."""
    sem = python(ctx)
    tables = load("python").access
    out: dict[str, list[Guard]] = {}
    entry: Node | None = None
    root = ctx.tree.root_node if ctx.tree is not None else None
    for statement in root.named_children if root is not None else ():
        node = statement.named_children[0] if statement.type == "expression_statement" and \
            statement.named_children else statement
        if node.type != "assignment":
            continue
        right = node.child_by_field_name("right")
        left = node.child_by_field_name("left")
        if right is None or left is None or right.type != "call":
            continue
        name = sem.call_name(right)
        if name not in tables.routers and short_name(name) not in tables.routers:
            continue
        if short_name(name) in ("Flask", "FastAPI", "Quart", "Starlette", "Application",
                                "Bottle", "Sanic", "App", "API", "Litestar") and entry is None:
            entry = right
        listed = sem.arguments(right).keywords.get("dependencies")
        guards = _dependency_guards(ctx, listed, group=True)
        if guards:
            out.setdefault(ctx.node_text(left), []).extend(guards)
    for call in nodes(ctx, "call"):  # app.include_router(router, dependencies=[...])
        includer, method = sem.callee(call)
        if method != "include_router" or includer is None:
            continue
        args = sem.arguments(call)
        router = args.get(0, "router")
        guards = _dependency_guards(ctx, args.keywords.get("dependencies"), group=True)
        if router is not None and guards:
            out.setdefault(ctx.node_text(router), []).extend(guards)
            # a router of another module included behind the guards (the project's facts)
            ctx.cache.setdefault("access.python.included", []).append(
                (ctx.node_text(router), guards))
    for fn in sem.functions():
        for decorator in fn.decorators:
            if short_name(decorator.name) not in tables.uses:
                continue
            expr = decorator.node.named_children[0] if decorator.node.named_children else None
            hooked = _receiver(ctx, expr.child_by_field_name("function")
                               if expr is not None and expr.type == "call" else expr)
            if hooked and (_checks_caller(ctx, fn) or guard_name(fn.name)):
                out.setdefault(hooked, []).append(
                    Guard("middleware", fn.name, decorator.node, group=True))
                exempt = _hook_exemptions(ctx, fn)
                if exempt:
                    ctx.cache.setdefault("access.python.exempt", {}).setdefault(
                        hooked, set()).update(exempt)
    return out, entry


# `if request.endpoint in OPEN_ENDPOINTS: return None` at the top of a `before_request`
# guard: the endpoints (or paths) listed skip it
_EXEMPTION = lazyre.compile(r"if\s+request\.(endpoint|path)\s+(in|==)\s+([\w.]+|[\[({][^\n]*?[\])}]"
                            r"|[\"'][^\"']*[\"'])\s*:\s*\n?\s*return\b")
_QUOTED_NAME = lazyre.compile(r"[\"']([^\"']+)[\"']")


def _hook_exemptions(ctx: FileContext, fn: FunctionDef) -> set[str]:
    """The endpoints a group's `before_request` guard lets through unchecked (their view
    names without the blueprint, or their paths)."""
    found: set[str] = set()
    for match in _EXEMPTION.finditer(ctx.node_text(fn.body)):
        listed = match.group(3)
        if re.fullmatch(r"[\w.]+", listed):
            assigned = re.search(rf"^{re.escape(listed)}\s*(?::[^=\n]*)?=\s*(.+?)$", ctx.text,
                                 re.MULTILINE)
            listed = assigned.group(1) if assigned is not None else ""
        found.update(name.rsplit(".", 1)[-1] if match.group(1) == "endpoint" else name
                     for name in _QUOTED_NAME.findall(listed))
    return found


# -- app-wide middleware -------------------------------------------------------------------
# Middleware lists that run before every route of the app: Falcon `App(middleware=[...])`,
# aiohttp `web.Application(middlewares=[...])`. An item guards when it refuses a caller (a
# local class or function that answers 401/403) or is named as a guard.
_APP_MIDDLEWARE = frozenset({"middleware", "middlewares"})
_REFUSES = lazyre.compile(r"(HTTPUnauthorized|HTTPForbidden|HTTP_401|HTTP_403|status\s*=\s*40[13]|"
                          r"\b40[13]\b|raise\s+\w*(Unauthori[sz]ed|Forbidden|PermissionDenied))")


def _app_middleware_guards(ctx: FileContext) -> list[Guard]:
    sem = python(ctx)
    local: dict[str, Node] = {}
    root = ctx.tree.root_node if ctx.tree is not None else None
    for node in root.named_children if root is not None else ():
        definition = node.child_by_field_name("definition") if node.type == \
            "decorated_definition" else node
        if definition is not None and definition.type in ("class_definition",
                                                          "function_definition"):
            local[ctx.node_text(definition.child_by_field_name("name"))] = definition
    out: list[Guard] = []
    for call in nodes(ctx, "call"):
        function = call.child_by_field_name("function")
        if function is None or short_name(ctx.node_text(function)) not in (
                "App", "API", "Application", "Sanic"):
            continue
        for key, listed in sem.arguments(call).keywords.items():
            if key not in _APP_MIDDLEWARE or listed.type not in ("list", "tuple"):
                continue
            for item in listed.named_children:
                target = item.child_by_field_name("function") if item.type == "call" else item
                name = ctx.node_text(target) if target is not None else ""
                defined = local.get(short_name(name))
                if guard_name(short_name(name)) or (defined is not None and _REFUSES.search(
                        ctx.node_text(defined))):
                    out.append(Guard("middleware", name, item, group=True))
    return out


# -- routes --------------------------------------------------------------------------------
def _exempted(ctx: FileContext, group: str, name: str, path: str | None) -> bool:
    """The route is one its group's `before_request` guard lets through (`_hook_exemptions`)."""
    exempt: set[str] = ctx.cache.get("access.python.exempt", {}).get(group, set())
    return bool(exempt) and (name in exempt or (path is not None and path in exempt))


def _decorated_route(ctx: FileContext, fn: FunctionDef,
                     group_guards: dict[str, list[Guard]]) -> Route | None:
    models = load("python")
    found = None
    for decorator in fn.decorators:
        if decorator.name in models.route_decorators or \
                short_name(decorator.name) in models.route_methods:
            found = decorator
            break
    if found is None:
        return None
    sem = python(ctx)
    call = found.call
    expr = call.child_by_field_name("function") if call is not None else \
        (found.node.named_children[0] if found.node.named_children else None)
    receiver = _receiver(ctx, expr)
    group = receiver or "<views>"
    outer = enclosing_function(ctx, fn.node) if receiver else None
    if outer is not None:  # an app made in a factory or a test: its own routes are siblings
        group = f"{receiver}@{outer.start_byte}"
    args = sem.arguments(call) if call is not None else None
    path = _string(ctx, args.get(0, "path") if args is not None else None) or \
        _string(ctx, args.get(0, "rule") if args is not None else None)
    methods = _route_methods(ctx, found.name, call)
    if short_name(found.name) == "action" and args is not None:  # DRF @action(methods=[...])
        listed = args.keywords.get("methods")
        methods = frozenset(m.upper() for m in _strings(ctx, listed)) or frozenset({"GET"})
    guards = [*_decorator_guards(ctx, fn, found.name), *_parameter_guards(ctx, fn),
              *_dependency_guards(ctx, args.keywords.get("dependencies") if args else None,
                                  group=False),
              *_keyword_guards(ctx, args.keywords if args is not None else {}, group=False),
              *_body_check(ctx, fn), *(() if _exempted(ctx, receiver or group, fn.name, path)
                                       else group_guards.get(receiver or group, [])),
              *_class_guards(ctx, fn.node)]
    public = [g for g in guards if g.kind == "permission" and g.name == "AllowAny"]
    guards = [g for g in guards if g not in public]
    name_node = fn.node.child_by_field_name("name")
    report = found.node if group != "<views>" or path else (name_node or fn.node)
    route = Route(node=report, name=fn.name, path=path, methods=methods, group=group,
                  handler=fn.node, guards=guards, public=bool(public),
                  public_marker=public[0].node if public else None,
                  verifies_signature=verifies_signature(ctx.node_text(fn.body)))
    route.add_guard = _fixer(fn, found)
    return route


def _fixer(fn: FunctionDef, decorator: Decorator | None) -> GuardFixer:
    def add(ctx: FileContext, guard: Guard) -> Fix | None:
        if guard.node.type == "decorator":
            return add_decorator(ctx, fn, guard)
        if guard.kind == "dependency" and guard.node.type == "call":
            return add_dependency(ctx, decorator.call, guard) if decorator is not None else None
        if guard.kind == "dependency":
            return add_parameter(ctx, fn, guard)
        return None
    return add


# -- routes registered by a call -----------------------------------------------------------
# Calls that register a handler function with a path: Starlette `Route("/p", endpoint)`,
# aiohttp `web.get("/p", handler)` / `app.router.add_get("/p", handler)` /
# `add_route("GET", "/p", handler)`, Sanic `app.add_route(handler, "/p", methods=[...])`,
# Flask `add_url_rule`.
_REGISTERS = frozenset({"Route", "APIRoute", "add_get", "add_post", "add_put", "add_patch",
                        "add_delete", "add_route", "add_url_rule", "get", "post", "put",
                        "patch", "delete", "view"})
_REGISTER_VERBS = {"add_get": "GET", "add_post": "POST", "add_put": "PUT", "add_patch": "PATCH",
                   "add_delete": "DELETE", "get": "GET", "post": "POST", "put": "PUT",
                   "patch": "PATCH", "delete": "DELETE"}


def _registered_routes(ctx: FileContext, known: set[int]) -> Iterator[Route]:
    sem = python(ctx)
    local = _local_functions(ctx)
    for call in nodes(ctx, "call"):
        function = call.child_by_field_name("function")
        if function is None:
            continue
        method = short_name(ctx.node_text(function))
        if method not in _REGISTERS:
            continue
        args = call.child_by_field_name("arguments")
        positional = [a for a in (args.named_children if args is not None else ())
                      if a.type != "keyword_argument"]
        texts = [_string(ctx, a) for a in positional]
        paths = [t for t in texts if t.startswith("/")]
        handlers = [local[ctx.node_text(a)] for a in positional
                    if a.type == "identifier" and ctx.node_text(a) in local]
        keywords = sem.arguments(call).keywords
        endpoint = keywords.get("endpoint") or keywords.get("handler") or \
            keywords.get("view_func")
        if endpoint is not None and ctx.node_text(endpoint) in local:
            handlers.append(local[ctx.node_text(endpoint)])
        if len(handlers) != 1 or not paths or handlers[0].node.id in known:
            continue
        fn = handlers[0]
        known.add(fn.node.id)
        verbs = [t.upper() for t in texts if t.upper() in WRITE_METHODS | {"GET", "HEAD"}]
        listed = keywords.get("methods")
        methods = frozenset(m.upper() for m in _strings(ctx, listed)) if listed is not None \
            else frozenset(verbs) or frozenset(
                {_REGISTER_VERBS[method]} if method in _REGISTER_VERBS else {"GET"})
        guards = [*_decorator_guards(ctx, fn, ""), *_keyword_guards(ctx, keywords, group=False),
                  *_body_check(ctx, fn)]
        public = [g for g in guards if g.kind == "permission" and g.name == "AllowAny"]
        guards = [g for g in guards if g not in public]
        route = Route(node=call, name=fn.name, path=paths[0], methods=methods,
                      group="<registered>", handler=fn.node, guards=guards,
                      public=bool(public), public_marker=public[0].node if public else None,
                      verifies_signature=verifies_signature(ctx.node_text(fn.body)))
        route.add_guard = _fixer(fn, None)
        yield route


# decorators only a view carries (Django's view decorators, DRF's function views)
_VIEW_DECORATORS = frozenset({
    "login_required", "permission_required", "user_passes_test", "staff_member_required",
    "require_POST", "require_GET", "require_safe", "require_http_methods", "csrf_exempt",
    "csrf_protect", "ensure_csrf_cookie", "requires_csrf_token", "never_cache", "cache_page",
    "cache_control", "vary_on_headers", "vary_on_cookie", "xframe_options_exempt",
    "xframe_options_deny", "xframe_options_sameorigin", "sensitive_post_parameters",
    "condition", "etag", "last_modified", "gzip_page", "login_not_required", "api_view",
    "permission_classes", "authentication_classes", "throttle_classes",
})


def _django_view(ctx: FileContext, fn: FunctionDef) -> Route | None:
    if fn.class_name or not fn.params or fn.params[0].name != "request" or \
            "django" not in ctx.text or fn.node.parent is None or \
            fn.node.parent.type not in ("module", "decorated_definition"):
        return None
    if fn.node.parent.type == "decorated_definition" and fn.node.parent.parent is not None \
            and fn.node.parent.parent.type != "module":
        return None
    if routed_elsewhere(ctx, fn.name) is False and not any(
            short_name(d.name) in _VIEW_DECORATORS for d in fn.decorators):
        # the project's URLconfs route to views, and to none of this name: a helper that
        # takes the request (a flow, a message, a session step), not a view
        return None
    methods: set[str] = set()
    for decorator in fn.decorators:
        short = short_name(decorator.name)
        if short == "require_POST":
            methods.add("POST")
        elif short in ("require_GET", "require_safe"):
            methods.add("GET")
        elif short == "require_http_methods" and decorator.call is not None:
            methods.update(m.upper() for m in _strings(
                ctx, python(ctx).arguments(decorator.call).get(0)))
    body = ctx.node_text(fn.body)
    if not methods and re.search(r"request\.method\s*==\s*[\"'](POST|PUT|DELETE|PATCH)|"
                                 r"\.(save|delete|update|create)\(", body):
        methods.add("POST")
    guards = [*_decorator_guards(ctx, fn, ""), *_body_check(ctx, fn)]
    name_node = fn.node.child_by_field_name("name")
    route = Route(node=name_node or fn.node, name=fn.name, path="", methods=frozenset(methods),
                  group="<views>", handler=fn.node, guards=guards,
                  verifies_signature=verifies_signature(body))
    route.add_guard = _fixer(fn, None)
    return route


def _class_routes(ctx: FileContext) -> Iterator[Route]:
    """Django class-based views, DRF views and viewsets, Tornado handlers."""
    if ctx.tree is None:
        return
    sem = python(ctx)
    tables = load("python").access
    handler_classes: set[str] = set()
    method_style: set[str] = set()  # Tornado, aiohttp, Sanic, Falcon: one handler per method
    falcon = sem.imports_any(("falcon",))
    paths = _class_paths(ctx)
    for node in ctx.tree.root_node.named_children:
        cls = node
        decorators: list[Node] = []
        if node.type == "decorated_definition":
            decorators = [d for d in node.named_children if d.type == "decorator"]
            cls = node.child_by_field_name("definition") or node
        if cls.type != "class_definition":
            continue
        bases = cls.child_by_field_name("superclasses")
        base_nodes = [b for b in (bases.named_children if bases is not None else [])
                      if b.type in ("identifier", "attribute")]
        base_names = [sem.qualified_name(b) or ctx.node_text(b) for b in base_nodes]
        kinds = [short_name(b) for b in base_names]
        body = cls.child_by_field_name("body")
        responders = falcon and bool(_responders(ctx, body))
        if not any(b in tables.route_classes or short_name(b) in tables.route_classes
                   or b in handler_classes for b in base_names) and \
                not any(k.endswith(("View", "ViewSet", "APIView")) for k in kinds) and \
                not responders:
            continue
        handler_classes.add(ctx.node_text(cls.child_by_field_name("name")))
        if responders or any(b in method_style or b in _METHOD_STYLE or
                             short_name(b) in _METHOD_STYLE for b in base_names):
            method_style.add(ctx.node_text(cls.child_by_field_name("name")))
        name_node = cls.child_by_field_name("name")
        methods = _class_methods(ctx, kinds, body)
        if responders:
            methods = frozenset(verb for verb, _ in _responders(ctx, body))
        if not methods:
            continue  # a base class of handlers, no handler itself
        class_name = ctx.node_text(name_node)
        if class_name in method_style:
            split = list(_method_routes(ctx, cls, decorators, class_name, paths.get(class_name, ""),
                                        responders))
            if split:
                yield from split
                continue
        guards: list[Guard] = []
        for base, base_node in zip(base_names, base_nodes, strict=True):
            short = short_name(base)
            if base in tables.mixins or short in tables.mixins or short.endswith(
                    "RequiredMixin") or (short.endswith("Mixin") and guard_name(short)):
                guards.append(Guard("mixin", ctx.node_text(base_node), base_node,
                                    role=base in tables.roles or short in tables.roles
                                    or role_name(short) or _ROLE_MIXIN.match(short) is not None))
        public = False
        marker: Node | None = None
        for statement in body.named_children if body is not None else ():
            assignment = statement.named_children[0] if statement.type == \
                "expression_statement" and statement.named_children else None
            if assignment is None or assignment.type != "assignment":
                continue
            left = ctx.node_text(assignment.child_by_field_name("left"))
            right = assignment.child_by_field_name("right")
            if left == "permission_classes" and right is not None:
                found = _permission_guard(ctx, right, statement)
                if any(g.name == "AllowAny" for g in found):
                    public, marker = True, statement
                guards.extend(g for g in found if g.name != "AllowAny")
        for decorator in [*decorators, *_dispatch_decorators(body)]:
            text = ctx.node_text(decorator)
            if _public_method_decorator(ctx, decorator):
                # `@method_decorator(login_not_required, name="dispatch")`: Django's mark of
                # a view open to the anonymous (LoginRequiredMiddleware lets it through)
                public, marker = True, marker or decorator
            elif "method_decorator" in text and \
                    guard_name(text.replace("method_decorator", "")):
                guards.append(Guard("decorator", text.lstrip("@"), decorator))
        guards.extend(_method_guards(ctx, body))
        guards.extend(_dispatch_wrappers(ctx, body))
        static_page = any(k in ("TemplateView", "RedirectView") for k in kinds) and \
            "get_context_data" not in ctx.node_text(body)
        route = Route(node=name_node or cls, name=ctx.node_text(name_node), path="",
                      methods=methods, group="<views>", handler=cls, guards=guards,
                      public=public or static_page, public_marker=marker,
                      verifies_signature=verifies_signature(ctx.node_text(body)))
        route.add_guard = _class_fixer(cls)
        yield route


# An app's own `<Something>RequiredMixin` that asks more than a login (`CommitteeRequiredMixin`,
# a `UserPassesTestMixin` on a stored flag): a role, unless its name says it checks the login,
# a verified address or a second factor
_ROLE_MIXIN = lazyre.compile(r"^(?!.*(Login|Auth|Email|Verif|OTP|Mfa|MFA|TwoFactor|2FA|Session|"
                             r"Password|Consent|Terms|Active|Account|Permission))[A-Z]\w*RequiredMixin$")


# Handler classes whose methods are the handlers, each guarded on its own (Tornado
# `RequestHandler`, aiohttp `web.View`, Sanic `HTTPMethodView`, Falcon resources).
_METHOD_STYLE = frozenset({"RequestHandler", "HTTPMethodView", "aiohttp.web.View",
                           "web.View"})
_RESPONDER = lazyre.compile(r"^on_(get|post|put|patch|delete|head|options)(?:_\w+)?$")


def _responders(ctx: FileContext, body: Node | None) -> list[tuple[str, Node]]:
    """Falcon responders (`on_get`, `on_post_collection`) of a resource class."""
    out = []
    for statement in body.named_children if body is not None else ():
        fn = statement.child_by_field_name("definition") if statement.type == \
            "decorated_definition" else statement
        if fn is None or fn.type != "function_definition":
            continue
        found = _RESPONDER.match(ctx.node_text(fn.child_by_field_name("name")))
        if found is not None:
            out.append((found.group(1).upper(), fn))
    return out


def _class_paths(ctx: FileContext) -> dict[str, str]:
    """The path each handler class is registered at: Falcon `app.add_route("/p", Res())`,
    Tornado `(r"/p", Handler)` in the application's list, aiohttp `add_view("/p", View)`."""
    out: dict[str, str] = {}
    for node in nodes(ctx, "call", "tuple"):
        if node.type == "call":
            function = node.child_by_field_name("function")
            if function is None or short_name(ctx.node_text(function)) not in (
                    "add_route", "add_view", "url", "URLSpec"):
                continue
            args = node.child_by_field_name("arguments")
            items = [a for a in (args.named_children if args is not None else ())
                     if a.type != "keyword_argument"]
        else:
            items = list(node.named_children)
        if len(items) < 2:
            continue
        path = _string(ctx, items[0])
        target = items[1]
        if target.type == "call":
            target = target.child_by_field_name("function") or target
        if path.lstrip("^r").startswith("/") and target.type == "identifier":
            out.setdefault(ctx.node_text(target), path.lstrip("^").rstrip("$"))
    return out


def _method_routes(ctx: FileContext, cls: Node, decorators: list[Node], class_name: str,
                   path: str, responders: bool) -> Iterator[Route]:
    """One route per handler method when the class's methods are not guarded alike (a Tornado
    handler whose `put` lacks the `@authenticated` its `get` has); none when they are (the
    class is then one route, as before)."""
    body = cls.child_by_field_name("body")
    class_guards: list[Guard] = []
    for decorator in decorators:  # Falcon `@falcon.before(require_login)` on the class
        call = decorator.named_children[0] if decorator.named_children else None
        function = call.child_by_field_name("function") if call is not None and \
            call.type == "call" else None
        if call is None or function is None or short_name(ctx.node_text(function)) != "before":
            continue
        hook = python(ctx).arguments(call).get(0)
        if hook is not None and _callable_guard(ctx, hook):
            class_guards.append(Guard("decorator", ctx.node_text(decorator).lstrip("@"),
                                      decorator, role=role_name(ctx.node_text(hook)),
                                      group=True))
    handlers: list[tuple[str, Node]] = _responders(ctx, body) if responders else []
    if not responders:
        for statement in body.named_children if body is not None else ():
            definition = statement.child_by_field_name("definition") if statement.type == \
                "decorated_definition" else statement
            if definition is not None and definition.type == "function_definition":
                verb = _HANDLER_METHODS.get(ctx.node_text(
                    definition.child_by_field_name("name")))
                if verb:
                    handlers.append((verb, definition))
    routes = []
    for verb, fn_node in handlers:
        fn = python(ctx).function(fn_node)
        if fn is None:
            continue
        guards = [*_decorator_guards(ctx, fn, ""), *_body_check(ctx, fn), *class_guards]
        route = Route(node=fn_node.child_by_field_name("name") or fn_node,
                      name=f"{class_name}.{fn.name}", path=path, methods=frozenset({verb}),
                      group="<views>", handler=fn_node, guards=guards,
                      verifies_signature=verifies_signature(ctx.node_text(fn.body)))
        route.add_guard = _fixer(fn, None)
        routes.append(route)
    if len({bool(r.guards) for r in routes}) < 2 and not responders:
        return  # guarded alike: the class is one route
    yield from routes


_MIXIN_METHODS = {"ListModelMixin": ("GET",), "RetrieveModelMixin": ("GET",),
                  "CreateModelMixin": ("POST",), "UpdateModelMixin": ("PUT", "PATCH"),
                  "DestroyModelMixin": ("DELETE",)}


def _class_methods(ctx: FileContext, kinds: list[str], body: Node | None) -> frozenset[str]:
    defined = set()
    for statement in body.named_children if body is not None else ():
        fn = statement.child_by_field_name("definition") if statement.type == \
            "decorated_definition" else statement
        if fn is not None and fn.type == "function_definition":
            verb = _HANDLER_METHODS.get(ctx.node_text(fn.child_by_field_name("name")))
            if verb:
                defined.add(verb)
    # DRF's model mixins on a generic viewset answer their verbs without a method of ours
    for kind in kinds:
        defined.update(_MIXIN_METHODS.get(kind, ()))
    for kind in kinds:
        if kind in ("ModelViewSet",):
            return frozenset({"GET", *WRITE_METHODS})
        if _WRITE_VIEWS.match(kind):
            return frozenset({"POST", *defined})
        if _READ_VIEWS.match(kind) and not defined:
            return frozenset({"GET"})
    return frozenset(defined)


def _dispatch(body: Node | None) -> tuple[Node, Node] | None:
    """(statement, function) of a class-based view's `dispatch` (what every method goes
    through), or None."""
    for statement in body.named_children if body is not None else ():
        fn = statement.child_by_field_name("definition") \
            if statement.type == "decorated_definition" else statement
        name = fn.child_by_field_name("name") if fn is not None and \
            fn.type == "function_definition" else None
        if name is not None and name.text == b"dispatch" and fn is not None:
            return statement, fn
    return None


def _dispatch_decorators(body: Node | None) -> list[Node]:
    """The decorators of a class-based view's `dispatch`."""
    found = _dispatch(body)
    return [] if found is None else [c for c in found[0].named_children if c.type == "decorator"]


def _dispatch_wrappers(ctx: FileContext, body: Node | None) -> list[Guard]:
    """A `dispatch` that wraps the view in a guard when called (`fn = otp_required(
    super().dispatch, login_url=...)`, `return login_required(super().dispatch)(...)`):
    the guard is written in the method, not as a decorator, and every method goes through it."""
    found = _dispatch(body)
    out: list[Guard] = []
    for call in nodes_in(ctx, found[1], "call") if found is not None else ():
        args = call.child_by_field_name("arguments")
        first = next((a for a in (args.named_children if args is not None else ())
                      if a.type != "comment"), None)
        wrapped = ctx.node_text(first).replace(" ", "") if first is not None else ""
        callee = ctx.node_text(call.child_by_field_name("function") or call)
        if wrapped.startswith("super(") and wrapped.endswith(".dispatch") and \
                _is_guard_name(ctx, callee):
            out.append(Guard("decorator", callee, call))
    return out


def _public_method_decorator(ctx: FileContext, decorator: Node) -> bool:
    """`@method_decorator(login_not_required, ...)` (a public marker the models know)."""
    call = decorator.named_children[0] if decorator.named_children else None
    if call is None or call.type != "call" or short_name(ctx.node_text(
            call.child_by_field_name("function") or call)) != "method_decorator":
        return False
    args = call.child_by_field_name("arguments")
    first = next((a for a in (args.named_children if args is not None else ())
                  if a.type != "comment"), None)
    if first is None or first.type == "keyword_argument":
        return False
    public = load("python").access.public
    text = ctx.node_text(first)
    name = python(ctx).imports().get(text, text)
    return name in public or short_name(name) in {short_name(p) for p in public}


def _method_guards(ctx: FileContext, body: Node | None) -> list[Guard]:
    """Tornado `@authenticated` (or any guard decorator) on every handler method."""
    handlers = []
    for statement in body.named_children if body is not None else ():
        fn = statement.child_by_field_name("definition") if statement.type == \
            "decorated_definition" else statement
        if fn is None or fn.type != "function_definition":
            continue
        if ctx.node_text(fn.child_by_field_name("name")) not in _HANDLER_METHODS:
            continue
        found = python(ctx).function(fn)
        guards = _decorator_guards(ctx, found, "") if found is not None else []
        if found is not None:
            guards = guards or _body_check(ctx, found)
        handlers.append(guards)
    if handlers and all(handlers):
        return [g for found in handlers for g in found[:1]][:1]
    return []


def _class_fixer(cls: Node) -> GuardFixer:
    def add(ctx: FileContext, guard: Guard) -> Fix | None:
        if guard.kind == "mixin":
            return add_mixin(ctx, cls, guard)
        if guard.kind == "permission" and guard.node.type != "decorator":
            return add_first_statement(ctx, cls, guard)
        return None
    return add


_AUTH_IMPORTS = ("flask_login", "flask_jwt_extended", "flask_httpauth", "flask_security",
                 "fastapi.security", "django.contrib.auth", "authlib", "flask_principal",
                 "rest_framework.permissions", "rest_framework_simplejwt", "quart_auth",
                 "starlette.authentication", "jwt", "jose")
_AUTH_TEXT = lazyre.compile(r"(login_user\(|logout_user\(|session\[\s*[\"'](user|uid)|"
                        r"check_password|verify_password|authenticate\(|current_user|"
                        r"request\.user|HTTPBearer|OAuth2)")


def inventory(ctx: FileContext) -> Inventory:
    found: Inventory | None = ctx.cache.get("access.python.inventory")
    if found is not None:
        return found
    inv = Inventory(language="python")
    if ctx.tree is not None:
        sem = python(ctx)
        group_guards, inv.entry = _group_guards(ctx)
        known: set[int] = set()
        for fn in sem.functions():
            route = _decorated_route(ctx, fn, group_guards) or _django_view(ctx, fn)
            if route is not None:
                inv.routes.append(route)
                known.add(fn.node.id)
        inv.routes.extend(_registered_routes(ctx, known))
        inv.routes.extend(_class_routes(ctx))
        app_guards = _app_middleware_guards(ctx)
        for route in inv.routes if app_guards else ():
            route.guards.extend(app_guards)
        inv.routes.sort(key=lambda r: r.node.start_byte)
        inv.memo["mounts"] = list(ctx.cache.get("access.python.included", []))
        apply_mounts(ctx, inv)  # this module's router included behind a guard elsewhere
        inv.auth_elsewhere = sem.imports_any(_AUTH_IMPORTS) or \
            bool(_AUTH_TEXT.search(ctx.text)) or project_authenticates(ctx, inv)
    ctx.cache["access.python.inventory"] = inv
    return inv
