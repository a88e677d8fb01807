"""Python access protections switched off: CSRF exemptions of state-changing views that use
cookie sessions, CSRF protection disabled in settings, permissive REST framework defaults,
static serving of the project folder and directory listings."""

from __future__ import annotations

import re
from collections.abc import Iterator

from tree_sitter import Node

from vigilint import lazyre
from vigilint.analyzers.access.model import Route, Switch, route_of
from vigilint.analyzers.access.python.routes import inventory
from vigilint.analyzers.access.siblings import exempted_switches, writes
from vigilint.analyzers.access.syntax import nodes
from vigilint.analyzers.access.vocabulary import (
    private_folder,
    served_openly,
    verifies_signature,
    webhook,
)
from vigilint.analyzers.context import FileContext
from vigilint.analyzers.models import load, short_name
from vigilint.analyzers.syntax import python

_TOKEN_AUTH = lazyre.compile(r"(Authorization|HTTP_AUTHORIZATION|Bearer|api[_-]?key|X-API-Key|"
                             r"TokenAuthentication|JWTAuthentication|hmac|signature|"
                             r"compare_digest)", re.IGNORECASE)
_STATE = lazyre.compile(r"(request\.POST|request\.body|request\.data|\.save\(|\.delete\(|"
                        r"\.update\(|\.create\(|\.commit\(|request\.method\s*==)")
_ROOTS = lazyre.compile(r"^(\.|\./|/|\.\./?|~|\.git|\.env|config|secrets?|private|backups?|logs?|"
                        r"instance|db|\.ssh|etc|/etc|/var|/home|/root)/?$")
_ROOT_EXPR = lazyre.compile(r"^(os\.getcwd\(\)|Path\.cwd\(\)|(settings\.)?(BASE_DIR|ROOT_DIR|PROJECT_ROOT)|"
                            r"PROJECT_DIR|APP_ROOT|app\.root_path|current_app\.root_path|"
                            r"os\.path\.dirname\(\s*(os\.path\.abspath\()?__file__\)?\s*\)|"
                            r"Path\(__file__\)(\.resolve\(\))?\.parent(\.parent)?|"
                            r"os\.path\.abspath\(\s*[\"']\.[\"']\s*\)|Path\.home\(\)|"
                            r"os\.path\.expanduser\(\s*[\"']~[\"']\s*\)|"
                            r"os\.environ\[[\"']HOME[\"']\])$")


def _exempt_decorator(ctx: FileContext, route: Route) -> Node | None:
    handler = route.handler
    parent = handler.parent if handler is not None else None
    if parent is None or parent.type != "decorated_definition":
        return None
    tables = load("python").access
    for decorator in parent.named_children:
        if decorator.type != "decorator" or not decorator.named_children:
            continue
        expr = decorator.named_children[0]
        name = python(ctx).qualified_name(expr) or ctx.node_text(expr)
        if tables.protection(name, "csrf-exempt") is not None or (short_name(name) in (
                "csrf_exempt", "exempt") and "csrf" in ctx.node_text(decorator).lower()):
            return decorator
    return None


def csrf_switches(ctx: FileContext) -> Iterator[Switch]:
    for route in inventory(ctx).routes:
        decorator = _exempt_decorator(ctx, route)
        if decorator is None or route.handler is None:
            continue
        body = ctx.node_text(route.handler)
        changes = writes(route) or bool(_STATE.search(body))
        if not changes or (webhook(route.path, route.name) and route.verifies_signature) or \
                _TOKEN_AUTH.search(body) or route.verifies_signature:
            continue
        yield Switch(decorator, "csrf-exempt",
                     f"`{route.name}` changes data and is exempt from CSRF protection, so any "
                     f"site the user visits can submit it with their session cookie; remove "
                     f"the exemption (send the CSRF token from your client) or authenticate "
                     f"this endpoint with a header token instead of the session.")
    yield from _csrf_settings(ctx)
    yield from _tornado_xsrf(ctx)
    yield from _exempted_blueprints(ctx)
    yield from _safe_method_writes(ctx)


# A write of the ORM or the database in a view's body: Django `obj.save()`/`.delete()`/
# `objects.create(...)`/queryset `.update(field=...)`, SQLAlchemy `db.session.delete(obj)`/
# `add(obj)` and SQL INSERT/UPDATE/DELETE.
_VIEW_WRITES = lazyre.compile(
    r"\.save\(\s*(\)|update_fields|commit|force_)|\.delete\(\s*\)|"
    r"\.objects\.(create|bulk_create|bulk_update|update_or_create)\(|"
    r"\.(filter|exclude|all)\([^()]*\)\.(update|delete)\(|\.update\(\s*\w+\s*=|"
    r"\bsession\.(delete|add|merge)\(\s*\w|"
    r"\.execute\(\s*[rbfu]?[\"']{1,3}\s*(insert|update|delete|replace)\b", re.IGNORECASE)
# The view branches on the method itself (`if request.method == "POST":`)
_METHOD_TEST = lazyre.compile(r"\brequest\.method\b")
# The caller is known from the cookie session (CSRF needs an ambient credential)
_SESSION_CALLER = lazyre.compile(r"\b(request\.user|current_user|g\.user|session\[|"
                                 r"session\.get\()")
_SAFE_VERBS = frozenset({"GET", "HEAD", "OPTIONS", "TRACE"})


def _view_methods(ctx: FileContext, route: Route) -> frozenset[str] | None:
    """The methods a Django function view's decorators allow, None for every method."""
    handler = route.handler
    parent = handler.parent if handler is not None else None
    if parent is None or parent.type != "decorated_definition":
        return None
    allowed: set[str] | None = None
    for decorator in parent.named_children:
        if decorator.type != "decorator":
            continue
        text = ctx.node_text(decorator)
        if re.match(r"@\s*([\w.]*\.)?require_POST\b", text):
            allowed = {"POST"}
        elif re.match(r"@\s*([\w.]*\.)?(require_GET|require_safe)\b", text):
            allowed = {"GET", "HEAD"}
        elif re.match(r"@\s*([\w.]*\.)?(require_http_methods|api_view)\b", text):
            # DRF `@api_view` answers GET when it lists no method
            allowed = {m.upper() for m in re.findall(r"[\"'](\w+)[\"']", text)} or {"GET"}
    return frozenset(allowed) if allowed is not None else None


def _in_class(node: Node) -> bool:
    parent = node.parent
    while parent is not None:
        if parent.type == "class_definition":
            return True
        parent = parent.parent
    return False


# What a view returns: Django's and Flask's responses (an annotation that names something else,
# `-> None` or `-> bool`, says the function is a helper a view calls, not a view)
_RESPONSE_TYPE = lazyre.compile(r"Response|Redirect|\bstr\b|Any|Union|Optional|\|")


def _not_a_view(ctx: FileContext, handler: Node) -> bool:
    """A function taking `request` that cannot be a view: its return annotation names no
    response (`-> None`, `-> bool`), or it is a context manager. Django calls a view with
    the request and the URL's captured values and sends back what it returns, so a view
    returns a response (https://docs.djangoproject.com/en/stable/topics/http/views/)."""
    returns = handler.child_by_field_name("return_type")
    if returns is not None and not _RESPONSE_TYPE.search(ctx.node_text(returns)):
        return True
    parent = handler.parent
    if parent is not None and parent.type == "decorated_definition":
        for decorator in parent.named_children:
            if decorator.type == "decorator" and \
                    ctx.node_text(decorator).rstrip().endswith("contextmanager"):
                return True
    return False


def _safe_method_writes(ctx: FileContext) -> Iterator[Switch]:
    """A view that writes while it answers GET: Django's CSRF middleware checks POST, PUT,
    PATCH and DELETE only ("safe" methods must not change anything,
    https://docs.djangoproject.com/en/stable/ref/csrf/#how-it-works), and Flask-WTF's
    `CSRFProtect` likewise (`WTF_CSRF_METHODS`); a Flask route answers GET unless told
    otherwise. Only views whose caller comes from the cookie session (a login decorator,
    `request.user`, `current_user`, `session[...]`) and that do not branch on
    `request.method` themselves."""
    django, flask = "django" in ctx.text, bool(re.search(r"\bflask\b", ctx.text))
    if not (django or flask):
        return
    for route in inventory(ctx).routes:
        handler = route.handler
        if handler is None or route.public or handler.type != "function_definition" or \
                _in_class(handler):
            continue  # class-based views and viewsets say their methods by their names
        if route.group == "<views>":
            if _not_a_view(ctx, handler):
                continue
            allowed = _view_methods(ctx, route)
            safe = allowed is None or bool(allowed & _SAFE_VERBS)
        else:
            safe = flask and not django and bool(route.methods) and \
                route.methods <= _SAFE_VERBS
        if not safe:
            continue
        body = ctx.node_text(route.handler)
        if _METHOD_TEST.search(body) or _TOKEN_AUTH.search(body) or route.verifies_signature:
            continue
        if not (route.guards or _SESSION_CALLER.search(body)):
            continue
        found = _VIEW_WRITES.search(body)
        if found is None:
            continue
        yield Switch(handler.child_by_field_name("name") or route.node, "csrf-off",
                     f"`{route.name}` changes data (`{found.group(0).strip()}`) but answers "
                     f"GET, which CSRF protection does not check: a link or an image on "
                     f"another site makes a signed-in user's browser call it; accept POST "
                     f"only (`@require_POST`, `methods=[\"POST\"]`).")


# Blueprints and views whose name says they take no cookie session: a token API, a provider's
# webhooks, health and metrics.
_NO_COOKIE_NAME = lazyre.compile(r"(^|_)(api|apis|rest|v\d+|webhooks?|hooks?|callbacks?|tokens?|oauth2?|"
                                 r"stripe|github|slack|twilio|bot|integrations?|health|metrics|"
                                 r"public|graphql)(_|$)", re.IGNORECASE)


def _exempted_blueprints(ctx: FileContext) -> Iterator[Switch]:
    """Flask-WTF: `csrf.exempt(reports_bp)` lifts CSRF protection from every view of a
    blueprint (or one view); fine for a token API or signed webhooks, not for pages signed in
    with the session cookie."""
    if ".exempt(" not in ctx.text or "CSRFProtect" not in ctx.text:
        return
    sem = python(ctx)
    functions = {fn.name: fn for fn in sem.functions()}
    for node in nodes(ctx, "call"):
        if node.type != "call":
            continue
        function = node.child_by_field_name("function")
        if function is None or function.type != "attribute" or ctx.node_text(
                function.child_by_field_name("attribute")) != "exempt":
            continue
        receiver = ctx.node_text(function.child_by_field_name("object"))
        if "csrf" not in receiver.lower():
            continue
        args = sem.arguments(node).positional
        if len(args) != 1 or args[0].type not in ("identifier", "attribute"):
            continue
        name = ctx.node_text(args[0]).rsplit(".", 1)[-1]
        bare = re.sub(r"(_?bp|_?blueprint|_?views?)$", "", name, flags=re.IGNORECASE)
        if _NO_COOKIE_NAME.search(name) or _NO_COOKIE_NAME.search(bare) or \
                webhook("", name):
            continue
        fn = functions.get(name)
        if fn is not None:
            body = ctx.node_text(fn.node)
            if _TOKEN_AUTH.search(body) or verifies_signature(body) or \
                    not _STATE.search(body):
                continue
        yield Switch(node, "csrf-exempt",
                     f"`{ctx.node_text(node)}` lifts CSRF protection from `{name}`, whose views "
                     f"are reached with the session cookie: any site the user visits can submit "
                     f"them; keep the protection (send the token from your pages) or "
                     f"authenticate these views with a header token.")


_NO_OP = lazyre.compile(r"^\s*(pass|return(\s+None|\s+True)?|\.\.\.)\s*$")


def _tornado_xsrf(ctx: FileContext) -> Iterator[Switch]:
    """Tornado: `xsrf_cookies=False` on an application with cookie sessions
    (`cookie_secret`), and a handler whose `check_xsrf_cookie` does nothing (unless its
    `prepare` raises for every request: an error handler runs no method)."""
    if "xsrf" not in ctx.text and "csrf" not in ctx.text:
        return
    sem = python(ctx)
    for node in nodes(ctx, "call") if "xsrf" in ctx.text else ():
        if node.type != "call":
            continue
        keywords = sem.arguments(node).keywords
        flag = keywords.get("xsrf_cookies")
        if flag is not None and ctx.node_text(flag) == "False" and "cookie_secret" in keywords:
            yield Switch(flag, "csrf-off", "`xsrf_cookies=False` on an app that signs its own "
                                           "session cookies: no handler checks the XSRF token; "
                                           "turn it on.")
    refusing = {fn.class_name for fn in sem.functions() if fn.name == "prepare"
                and fn.class_name and _always_raises(fn.body)}
    for fn in sem.functions():
        if fn.name not in _CSRF_HOOKS or fn.body is None:
            continue
        if fn.class_name in refusing:
            continue  # `prepare` raises for every request: no method of the handler runs
        statements = [c for c in fn.body.named_children if c.type != "comment" and not (
            c.type == "expression_statement" and c.named_children and
            c.named_children[0].type == "string")]
        if all(_NO_OP.match(ctx.node_text(c)) for c in statements):
            name = fn.node.child_by_field_name("name")
            yield Switch(name or fn.node, "csrf-exempt",
                         f"`{fn.name}` is overridden to do nothing: "
                         f"{_HOOK_SCOPE.get(fn.name, 'this handler')} takes POST, PUT and DELETE with no CSRF token, so any site can "
                         f"submit them with the user's cookie; remove the override.")


# The frameworks' own CSRF checks a subclass may override: Tornado's handler method, Django
# REST framework's `SessionAuthentication.enforce_csrf`
_CSRF_HOOKS = frozenset({"check_xsrf_cookie", "enforce_csrf"})
_HOOK_SCOPE = {"enforce_csrf": "every view this authentication class serves"}


def _always_raises(body: Node | None) -> bool:
    """A function body with a `raise` statement of its own (not inside a branch): every call
    ends there (tornado's `ErrorHandler.prepare` raising `HTTPError(status)`)."""
    return body is not None and any(c.type == "raise_statement" for c in body.named_children)


def _assignments(ctx: FileContext) -> Iterator[tuple[str, Node, Node]]:
    for node in nodes(ctx, "assignment"):
        if node.type == "assignment":
            left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
            if left is not None and right is not None:
                yield ctx.node_text(left), right, node


def _csrf_settings(ctx: FileContext) -> Iterator[Switch]:
    for name, right, node in _assignments(ctx):
        if re.search(r"WTF_CSRF_CHECK_DEFAULT", name) and ctx.node_text(right) == "False" \
                and not _in_test_config(ctx, node) and ".protect()" not in ctx.text:
            yield Switch(node, "csrf-off", "`WTF_CSRF_CHECK_DEFAULT = False`: `CSRFProtect` "
                                           "checks no view unless it calls `csrf.protect()` "
                                           "itself; keep the default on and exempt only "
                                           "token or webhook views.")
        elif re.search(r"WTF_CSRF_ENABLED", name) and ctx.node_text(right) == "False" and \
                not _in_test_config(ctx, node):
            yield Switch(node, "csrf-off", "CSRF protection is switched off for the app "
                                           "(`WTF_CSRF_ENABLED = False`); keep it on outside "
                                           "tests.")
        elif name == "MIDDLEWARE" and right.type in ("list", "tuple"):
            # the entries, not the text: a commented-out `# 'django.middleware.csrf...'`
            # line installs nothing
            text = " ".join(ctx.node_text(item) for item in right.named_children
                            if item.type != "comment")
            if "SessionMiddleware" in text and "CsrfViewMiddleware" not in text:
                yield Switch(node, "csrf-off", "`MIDDLEWARE` has sessions but no "
                                               "`CsrfViewMiddleware`: no view is protected "
                                               "against CSRF; add it back.")


def _in_test_config(ctx: FileContext, node: Node) -> bool:
    cur = node.parent
    while cur is not None:
        if cur.type == "class_definition" and re.search(
                r"test", ctx.node_text(cur.child_by_field_name("name")), re.IGNORECASE):
            return True
        cur = cur.parent
    return False


def _root_folder(ctx: FileContext, node: Node | None) -> bool:
    if node is None:
        return False
    value = python(ctx).string_value(node)
    if value is not None:
        return bool(_ROOTS.match(re.sub(r"^\./(?=.)", "", value.strip())))  # `./backups`
    return bool(_ROOT_EXPR.match(ctx.node_text(node).replace(" ", "")))


def open_switches(ctx: FileContext) -> Iterator[Switch]:
    sem = python(ctx)
    tables = load("python").access
    for node in nodes(ctx, "call", "pair"):
        if node.type == "call":
            name = sem.call_name(node)
            args = sem.arguments(node)
            if tables.protection(name, "static") is not None or short_name(name) == \
                    "StaticFiles":
                folder = args.get(0, "directory")
                private = next((f for f in (folder, args.keywords.get("document_root"))
                                if _private(ctx, node, f)), None)
                if private is not None:
                    yield _private_switch(ctx, private)
                elif _root_folder(ctx, folder):
                    yield Switch(node, "static", f"Static files are served from "
                                                 f"`{ctx.node_text(folder)}`, the project or a "
                                                 f"sensitive folder: source, `.env` and config "
                                                 f"files become downloadable; serve a "
                                                 f"dedicated `static/` folder.")
            elif short_name(name) in ("Flask", "Quart", "Blueprint") and _private(
                    ctx, node, args.keywords.get("static_folder")):
                yield _private_switch(ctx, args.keywords["static_folder"])
            elif short_name(name) == "static" and _private(
                    ctx, node, args.keywords.get("document_root")):
                # django.conf.urls.static.static(prefix, document_root=...)
                yield _private_switch(ctx, args.keywords["document_root"])
            elif short_name(name) in ("Flask", "Quart") and _root_folder(
                    ctx, args.keywords.get("static_folder")):
                yield Switch(node, "static", "`static_folder` points at the project or a "
                                             "sensitive folder: its files become "
                                             "downloadable; use a dedicated `static/` folder.")
            elif short_name(name) == "Application" and _root_folder(
                    ctx, args.keywords.get("static_path")):
                yield Switch(node, "static", "`static_path` is the project or a sensitive "
                                             "folder: its files become downloadable under "
                                             "`/static/`; use a dedicated folder.")
            elif short_name(name) == "send_from_directory" and _private_download(
                    ctx, node, args.get(0, "directory")):
                yield _private_switch(ctx, args.get(0, "directory"))
            elif short_name(name) == "send_from_directory" and _root_folder(
                    ctx, args.get(0, "directory")):
                yield Switch(node, "static", "Files are sent from the project or a sensitive "
                                             "folder; send from a dedicated folder.")
            elif short_name(name) == "add_static" and \
                    ctx.node_text(args.keywords.get("show_index")) == "True":
                yield Switch(node, "listing", "`show_index=True` lists the folder's files to "
                                              "anyone; turn it off.")
            elif short_name(name) == "static" and \
                    ctx.node_text(args.keywords.get("directory_view")) == "True" and \
                    python(ctx).string_value(args.get(1, "file_or_directory")) is not None:
                # Sanic `app.static("/files", "./uploads", directory_view=True)` (a folder
                # given by a caller, Sanic's own `--simple` file server, is a tool's choice)
                yield Switch(node, "listing", "`directory_view=True` lists the folder's files "
                                              "to anyone; turn it off.")
            elif short_name(name) in ("static", "add_static_route") and (
                    _private(ctx, node, args.get(1, "file_or_directory")) or
                    _root_folder(ctx, args.get(1, "file_or_directory"))):
                # Sanic `app.static(uri, folder)`, Falcon `app.add_static_route(prefix, folder)`
                folder = args.get(1, "file_or_directory")
                yield _private_switch(ctx, folder) if _private(ctx, node, folder) else Switch(
                    node, "static", f"Static files are served from `{ctx.node_text(folder)}`, "
                                    f"the project or a sensitive folder: source, `.env` and "
                                    f"config files become downloadable; serve a dedicated "
                                    f"`static/` folder.")
        elif node.type == "pair" and python(ctx).string_value(
                node.child_by_field_name("key")) == "path" and _root_folder(
                    ctx, node.child_by_field_name("value")) and node.parent is not None and \
                node.parent.parent is not None and \
                "StaticFileHandler" in ctx.node_text(node.parent.parent):
            yield Switch(node, "static", "A `StaticFileHandler` serves the project or a "
                                         "sensitive folder: source and config files become "
                                         "downloadable; serve a dedicated folder.")
        elif node.type == "pair" and python(ctx).string_value(
                node.child_by_field_name("key")) == "show_indexes" and \
                ctx.node_text(node.child_by_field_name("value")) == "True":
            yield Switch(node, "listing", "`show_indexes: True` lists the folder's files to "
                                          "anyone; turn it off.")
        elif node.type == "pair" and python(ctx).string_value(
                node.child_by_field_name("key")) in ("document_root", "path") and _private(
                    ctx, node, node.child_by_field_name("value")) and node.parent is not None \
                and re.search(r"\bserve\b|StaticFileHandler",
                              ctx.node_text(node.parent.parent or node.parent)):
            # Django `path(..., serve, {"document_root": ...})`, Tornado StaticFileHandler
            yield _private_switch(ctx, node.child_by_field_name("value"))
        elif node.type == "pair" and python(ctx).string_value(
                node.child_by_field_name("key")) == "document_root" and _root_folder(
                    ctx, node.child_by_field_name("value")) and node.parent is not None \
                and re.search(r"\bserve\b", ctx.node_text(node.parent.parent or node.parent)):
            # Django `re_path(r"^src/(?P<path>.*)$", serve, {"document_root": BASE_DIR})`
            yield Switch(node, "static", "Django's `serve` view publishes the project folder: "
                                         "source, settings and the database become "
                                         "downloadable; serve a dedicated media folder.")
    yield from _rest_defaults(ctx)
    yield from exempted_switches(inventory(ctx), ctx.node_text)


def _private_download(ctx: FileContext, call: Node, folder: Node | None) -> bool:
    """`send_from_directory(EXPORT_DIR, name)` in a route with no guard of its own or its
    group's, where the folder (or the module constant naming it) holds private data."""
    if folder is None:
        return False
    text = ctx.node_text(folder)
    if not private_folder(text) and folder.type == "identifier":
        assigned = re.search(rf"(?m)^{re.escape(text)}\s*=\s*([^\n]{{1,300}})", ctx.text)
        text = assigned.group(1) if assigned is not None else ""
    if not private_folder(text):
        return False
    route = route_of(inventory(ctx), call)
    return route is not None and not route.public and \
        not any(not g.local for g in route.guards) and not route.unregistered


def _private(ctx: FileContext, server: Node, folder: Node | None) -> bool:
    """A static server of a private-data folder, registered with no guard beside it."""
    return folder is not None and private_folder(ctx.node_text(folder)) and \
        served_openly(ctx.node_text, server, folder)


def _private_switch(ctx: FileContext, folder: Node | None) -> Switch:
    assert folder is not None
    return Switch(folder, "static", f"`{ctx.node_text(folder)}` holds private data (users' uploads, exports, "
                                    f"backups, invoices, logs) and is served as static files "
                                    f"with no login: anyone who guesses a file name downloads "
                                    f"it; serve these files from a handler that checks the "
                                    f"caller.")


def _rest_defaults(ctx: FileContext) -> Iterator[Switch]:
    for name, right, _ in _assignments(ctx):
        if name != "REST_FRAMEWORK" or right.type != "dictionary":
            continue
        for pair in right.named_children:
            if pair.type != "pair" or python(ctx).string_value(
                    pair.child_by_field_name("key")) != "DEFAULT_PERMISSION_CLASSES":
                continue
            value = pair.child_by_field_name("value")
            for item in value.named_children if value is not None else ():
                if "AllowAny" in ctx.node_text(item):
                    yield Switch(item, "open-default",
                                 "Every REST framework view without its own "
                                 "`permission_classes` (generated viewsets included) is open "
                                 "to anyone; make `IsAuthenticated` the default and open "
                                 "public views one by one.")
