"""JavaScript/TypeScript access protections switched off: static serving of the project
folder (`express.static(__dirname)`), directory listings (`serve-index`, `@fastify/static`
with `list: true`), CSRF middleware told to ignore state-changing methods or turned off, or
skipped by a wrapper for a list of paths that are neither webhooks nor public by design while
the app keeps cookie sessions."""

from __future__ import annotations

import re
from collections.abc import Iterator

from tree_sitter import Node

from vigilint import lazyre
from vigilint.analyzers.access.javascript.common import call_args, object_props, string_of
from vigilint.analyzers.access.javascript.routes import inventory
from vigilint.analyzers.access.model import Switch
from vigilint.analyzers.access.siblings import exempted_switches
from vigilint.analyzers.access.syntax import enclosing_function, nodes, nodes_in
from vigilint.analyzers.access.vocabulary import (
    private_folder,
    public_by_design,
    served_openly,
    webhook,
)
from vigilint.analyzers.context import FileContext
from vigilint.analyzers.models import load
from vigilint.analyzers.syntax import semantics

_ROOTS = re.compile(r"^(\.|\./|/|\.\./?|\.git|\.env|config|secrets?|private|backups?|logs?|"
                    r"db|data|\.ssh|node_modules|~|/etc|/var|/home|/root|/Users)/?$")
_ROOT_EXPR = re.compile(r"^(__dirname|process\.cwd\(\)|path\.(join|resolve)\(\s*__dirname\s*"
                        r"(,\s*[\"']\.\.?/?[\"']\s*)?\)|path\.resolve\(\s*[\"']\.?[\"']?\s*\)|"
                        r"path\.resolve\(\)|import\.meta\.dirname|appRoot|ROOT_DIR|"
                        r"PROJECT_ROOT|os\.homedir\(\)|require\([\"']os[\"']\)\.homedir\(\)|"
                        r"process\.env\.(HOME|USERPROFILE))$")
_UNSAFE = frozenset({"POST", "PUT", "PATCH", "DELETE"})


def _root(ctx: FileContext, node: Node | None) -> bool:
    if node is None:
        return False
    value = string_of(ctx, node)
    if value is not None:
        return bool(_ROOTS.match(re.sub(r"^\./(?=.)", "", value.strip())))  # `./backups`
    if _ROOT_EXPR.match(re.sub(r"\s+", "", ctx.node_text(node))):
        return True
    # `path.join(__dirname, 'node_modules')`, `__dirname + '/.git'`, `` `${ROOT}/config` ``:
    # the folder the expression ends with
    parts = [string_of(ctx, n) or ctx.node_text(n).rsplit("}", 1)[-1].strip("`")
             for n in nodes_in(ctx, node, "string", "template_string")]
    last = re.sub(r"^(\./|/)+|/+$", "", parts[-1].strip()) if parts else ""
    return bool(last) and last not in (".", "..") and bool(_ROOTS.match(last)) and \
        last.split("/")[-1] == last


def _literal_path(ctx: FileContext, node: Node, depth: int = 0) -> str:
    """The path an expression builds from its string pieces, in order (`__dirname +
    '/node_modules/' + 'angular'`, `path.join(root, 'node_modules', pkg)`); a variable of the
    file is followed to its value (`nodeDir + '/angular'`)."""
    if depth > 3:
        return ""
    value = string_of(ctx, node)
    if value is not None:
        return value
    if node.type == "identifier":
        values = _file_constants(ctx).get(ctx.node_text(node))
        return _literal_path(ctx, values, depth + 1) if values is not None else ""
    if node.type == "template_string":
        out = []
        for child in node.named_children:
            if child.type == "template_substitution" and child.named_children:
                out.append("/" + _literal_path(ctx, child.named_children[0], depth + 1) + "/")
            elif child.type == "string_fragment":
                out.append(ctx.node_text(child))
        return "".join(out)
    pieces = [_literal_path(ctx, child, depth) for child in node.named_children
              if child.type not in ("property_identifier",)]
    return "/".join(p for p in pieces if p)


def _file_constants(ctx: FileContext) -> dict[str, Node]:
    found: dict[str, Node] | None = ctx.cache.get("access.js.constants")
    if found is None:
        found = {}
        for node in nodes(ctx, "variable_declarator"):
            name = node.child_by_field_name("name")
            value = node.child_by_field_name("value")
            if node.type == "variable_declarator" and name is not None and value is not None \
                    and name.type == "identifier":
                found.setdefault(ctx.node_text(name), value)
        ctx.cache["access.js.constants"] = found
    return found


def _package_root(ctx: FileContext, node: Node) -> str:
    """`node_modules` itself or one package's root folder (`node_modules/angular`,
    `node_modules/@scope/pkg`): its `package.json`, sources and tests are served, not only
    the built files a `dist/` subfolder holds."""
    segments = [s for s in _literal_path(ctx, node).replace("\\", "/").split("/")
                if s and s != "."]
    if "node_modules" not in segments:
        return ""
    rest = segments[len(segments) - segments[::-1].index("node_modules"):]
    if len(rest) == 0 or (len(rest) == 1 and not rest[0].startswith("@")) or \
            (len(rest) == 2 and rest[0].startswith("@")):
        return "/".join(["node_modules", *rest])
    return ""


def _name(ctx: FileContext, call: Node) -> str:
    function = call.child_by_field_name("function")
    return semantics(ctx).qualified_name(function) or ctx.node_text(function)


def switches(ctx: FileContext) -> Iterator[Switch]:
    tables = load(ctx.language).access
    yield from hapi_directories(ctx)
    yield from exempted_switches(inventory(ctx), ctx.node_text)
    for call in nodes(ctx, "call_expression"):
        if call.type != "call_expression":
            continue
        name = _name(ctx, call)
        args = call_args(call)
        short = name.rsplit(".", 1)[-1]
        if tables.protection(name, "listing") is not None or name in ("serve-index",
                                                                      "serveIndex"):
            yield Switch(call, "listing", "`serve-index` lists the folder's files to anyone; "
                                          "remove it (or put it behind authentication).")
        elif tables.protection(name, "static") is not None or short in ("static",
                                                                        "serveStatic"):
            if args and args[0].type == "object":  # Hono `serveStatic({ root: "./" })`
                args = [v for v in (object_props(ctx, args[0]).get("root"),) if v is not None]
            if args and _private(ctx, call, args[0]):
                yield _private_switch(ctx, args[0])
            elif args and _package_root(ctx, args[0]):
                yield Switch(call, "static",
                             f"Static files are served from `{_package_root(ctx, args[0])}`: "
                             f"the packages' `package.json`, sources and tests become "
                             f"downloadable, not only their built files; serve the package's "
                             f"`dist/` folder (or copy the files into `public/`).")
            elif args and _root(ctx, args[0]):
                yield Switch(call, "static",
                             f"Static files are served from `{ctx.node_text(args[0])}`, the "
                             f"project or a sensitive folder: source, `.env` and config files "
                             f"become downloadable; serve a dedicated `public/` folder.")
        elif short == "useStaticAssets" and args and _private(ctx, call, args[0]):
            # NestJS on Express
            yield _private_switch(ctx, args[0])
        elif short == "forRoot" and "ServeStaticModule" in name and args:
            root = object_props(ctx, args[0]).get("rootPath")
            if root is not None and _private(ctx, call, root):
                yield _private_switch(ctx, root)
        elif short == "register" and len(args) > 1 and "static" in ctx.node_text(args[0]).lower():
            options = object_props(ctx, args[1])
            if ctx.node_text(options.get("list")) == "true":
                yield Switch(args[1], "listing", "`list: true` lists the folder's files to "
                                                 "anyone; turn it off.")
            elif options.get("root") is not None and _private(ctx, call, options["root"]):
                yield _private_switch(ctx, options["root"])
            elif options.get("root") is not None and _package_root(ctx, options["root"]):
                yield Switch(options["root"], "static",
                             f"`root` is `{_package_root(ctx, options['root'])}"
                             f"`: the packages' sources and `package.json` become "
                             f"downloadable; serve the package's `dist/` folder.")
            elif _root(ctx, options.get("root")):
                yield Switch(args[1], "static", "`root` is the project or a sensitive folder: "
                                                "its files become downloadable; serve a "
                                                "dedicated `public/` folder.")


def _private(ctx: FileContext, server: Node, folder: Node) -> bool:
    """A static server of a private-data folder, registered with no guard beside it."""
    return private_folder(ctx.node_text(folder)) and served_openly(ctx.node_text, server, folder)


def _private_switch(ctx: FileContext, folder: Node) -> Switch:
    return Switch(folder, "static", f"`{ctx.node_text(folder)}` holds private data (users' uploads, exports, "
                                    f"backups, invoices, logs) and is served as static files "
                                    f"with no login: anyone who guesses a file name downloads "
                                    f"it; serve these files from a route that checks the "
                                    f"caller.")


def hapi_directories(ctx: FileContext) -> Iterator[Switch]:
    """@hapi/inert `handler: {directory: {path: ".", listing: true}}`."""
    if "directory" not in ctx.text or ctx.tree is None:
        return
    for pair in nodes_in(ctx, ctx.tree.root_node, "pair"):
        if pair.type != "pair" or ctx.node_text(pair.child_by_field_name("key")) != "directory":
            continue
        options = object_props(ctx, pair.child_by_field_name("value"))
        if ctx.node_text(options.get("listing")) == "true":
            yield Switch(options["listing"], "listing", "`listing: true` lists the folder's "
                                                        "files to anyone; turn it off.")
        elif _root(ctx, options.get("path")) and not _relative_to_safe(ctx, options["path"]):
            yield Switch(options["path"], "static", "The directory handler serves the project "
                                                    "or a sensitive folder: source, `.env` and "
                                                    "config files become downloadable; serve a "
                                                    "dedicated `public/` folder.")
        elif options.get("path") is not None and \
                private_folder(ctx.node_text(options["path"])) and _hapi_open_route(ctx, pair):
            yield _private_switch(ctx, options["path"])


def _hapi_open_route(ctx: FileContext, pair: Node) -> bool:
    """The hapi route object around a handler says `auth: false` (in `options` or `config`)."""
    node = pair.parent
    while node is not None:
        if node.type == "object":
            props = object_props(ctx, node)
            if "method" in props and "path" in props:
                for key in ("options", "config"):
                    auth = object_props(ctx, props.get(key)).get("auth")
                    if auth is not None and ctx.node_text(auth) == "false":
                        return True
                return False
        node = node.parent
    return False


def _relative_to_safe(ctx: FileContext, path: Node) -> bool:
    """A relative directory path (`'.'`) that hapi resolves against a `relativeTo` folder of
    the file (`routes: {files: {relativeTo: Path.join(__dirname, 'public')}}`) that is not
    the project or a sensitive folder."""
    value = string_of(ctx, path)
    if value is None or value.startswith("/") or ctx.tree is None:
        return False
    bases = [pair.child_by_field_name("value") for pair in nodes_in(ctx, ctx.tree.root_node,
                                                                      "pair")
             if pair.type == "pair" and
             ctx.node_text(pair.child_by_field_name("key")) == "relativeTo"]
    return bool(bases) and all(b is not None and not _root(ctx, b) and
                               not re.search(r"__dirname\s*,\s*['\"]\.\.?['\"]|"
                                             r"(secret|private|backup|\.env|config)",
                                             ctx.node_text(b)) for b in bases)


def csrf_switches(ctx: FileContext) -> Iterator[Switch]:
    tables = load(ctx.language).access
    for call in nodes(ctx, "call_expression"):
        if call.type != "call_expression":
            continue
        name = _name(ctx, call)
        if tables.protection(name, "csrf-off") is None and name.rsplit(".", 1)[-1] not in (
                "csurf", "csrf", "doubleCsrf", "lusca"):
            continue
        options = object_props(ctx, call_args(call)[0]) if call_args(call) else {}
        ignored = options.get("ignoreMethods") or options.get("ignoredMethods")
        if ignored is not None:
            methods = {(string_of(ctx, m) or "").upper() for m in ignored.named_children}
            if methods & _UNSAFE:
                yield Switch(ignored, "csrf-off",
                             f"CSRF protection ignores {', '.join(sorted(methods & _UNSAFE))}, "
                             f"the methods that change data; ignore only GET, HEAD and "
                             f"OPTIONS.")
        if ctx.node_text(options.get("csrf")) == "false":
            yield Switch(options["csrf"], "csrf-off", "`csrf: false` turns CSRF protection "
                                                      "off for every route; keep it on for "
                                                      "cookie sessions.")
    yield from csrf_skip_lists(ctx)
    yield from csrf_absent(ctx)
    yield from csrf_left_off(ctx)
    yield from _origin_check_off(ctx)


def _origin_check_off(ctx: FileContext) -> Iterator[Switch]:
    """SvelteKit's `kit.csrf.checkOrigin: false` (or `trustedOrigins: ['*']`) in
    svelte.config.js, Astro's `security.checkOrigin: false` in astro.config: the framework's
    own CSRF defence, an Origin check on form posts, switched off
    (https://svelte.dev/docs/kit/configuration#csrf,
    https://docs.astro.build/en/reference/configuration-reference/#securitycheckorigin)."""
    base = ctx.path.replace("\\", "/").rsplit("/", 1)[-1]
    if not base.startswith(("svelte.config.", "astro.config.")) or ctx.tree is None:
        return
    for pair in nodes_in(ctx, ctx.tree.root_node, "pair"):
        key = (ctx.node_text(pair.child_by_field_name("key")) or "").strip("'\"")
        value = pair.child_by_field_name("value")
        if value is None:
            continue
        if key == "checkOrigin" and ctx.node_text(value) == "false":
            yield Switch(pair, "csrf-off", "`checkOrigin: false` turns off the framework's "
                                           "CSRF check (the Origin of form posts): another "
                                           "site can post forms as a signed-in user; keep it "
                                           "on and list trusted origins instead.")
        elif key == "trustedOrigins" and value.type == "array" and any(
                string_of(ctx, item) == "*" for item in value.named_children):
            yield Switch(pair, "csrf-off", "`trustedOrigins: ['*']` trusts form posts from "
                                           "every origin, which turns the framework's CSRF "
                                           "check off; list only the origins you trust.")


# `if (CSRF_EXEMPT.has(ctx.path)) return next();`: a wrapper that skips the CSRF check
_SKIP_TEST = re.compile(r"(?<![\w$])(\w+)\s*\.\s*(has|includes)\s*\(\s*(ctx|req|request|c)\.(path|url|"
                        r"originalUrl|routerPath|routeOptions\.url)\s*\)")
_SESSIONS = re.compile(r"(koa-session|express-session|cookie-session|\bsession\s*\(|"
                       r"cookieSession\s*\(|@fastify/session|@fastify/secure-session)")


# `if (req.path.startsWith('/account')) return next();` / `req.path === '/settings/email'`
_PREFIX_TEST = re.compile(r"(?<![\w$])(ctx|req|request|c)\.(path|url|originalUrl)\s*"
                          r"(\.\s*startsWith\s*\(\s*|===?\s*)(['\"`])([^'\"`]+)\4")
_TOKEN_API = re.compile(r"^/?(api|graphql|v\d+)(/|$)", re.IGNORECASE)


def _skipped_prefixes(ctx: FileContext, scope: Node) -> Iterator[Switch]:
    """Paths a CSRF wrapper tests by prefix or equality before `return next()`."""
    wanted = {m.group(5) for m in _PREFIX_TEST.finditer(ctx.node_text(scope))}
    opened = {p for p in wanted if not webhook(p, "") and not public_by_design(p, "") and
              not _TOKEN_API.search(p)}
    for node in nodes_in(ctx, scope, "string"):
        value = string_of(ctx, node)
        if value in opened:
            opened.discard(value)
            yield Switch(node, "csrf-exempt",
                         f"Requests to `{value}` skip the CSRF check while the app keeps "
                         f"cookie sessions, so another site can make a signed-in user's browser "
                         f"call it; exempt only webhooks that verify a signature.")


def csrf_skip_lists(ctx: FileContext) -> Iterator[Switch]:
    """Paths a CSRF wrapper lets through unchecked (`new Set(["/billing/card"])` tested with
    `.has(ctx.path)` before `return next()`), in a file with cookie sessions."""
    if not _SESSIONS.search(ctx.text):
        return
    lists: dict[str, Node] = {}
    for node in nodes(ctx, "variable_declarator"):
        name = node.child_by_field_name("name")
        value = node.child_by_field_name("value")
        if node.type == "variable_declarator" and name is not None and value is not None:
            lists.setdefault(ctx.node_text(name), value)
    for call in nodes(ctx, "call_expression"):
        if call.type != "call_expression" or _name(ctx, call).rsplit(".", 1)[-1] not in (
                "csrf", "csurf", "doubleCsrfProtection", "csrfProtection"):
            continue
        scope = enclosing_function(ctx, call)
        if scope is not None and "next(" in ctx.node_text(scope):
            yield from _skipped_prefixes(ctx, scope)
        found = _SKIP_TEST.search(ctx.node_text(scope)) if scope is not None else None
        if found is None or "next(" not in ctx.node_text(scope) or found.group(1) not in lists:
            continue
        literals = [n for n in nodes_in(ctx, lists[found.group(1)], "string", "template_string")
                    if string_of(ctx, n)]
        opened = [n for n in literals if not webhook(string_of(ctx, n) or "", "") and
                  not public_by_design(string_of(ctx, n) or "", "")]
        for node in opened:
            yield Switch(node, "csrf-exempt",
                         f"`{string_of(ctx, node)}` skips the CSRF check while the app keeps "
                         f"cookie sessions, so another site can make a signed-in user's browser "
                         f"call it; exempt only webhooks that verify a signature.")


# Cookie middleware of Express/Connect: the browser sends its cookie with any site's form post.
_COOKIE_SESSIONS = frozenset({"session", "expressSession", "cookieSession", "cookieParser"})
_SESSION_MODULES = lazyre.compile(r"""(['"])(express-session|cookie-session|cookie-parser)\1""")
# any CSRF defence named in the file (csurf, csrf-csrf, csrf-sync, lusca, tiny-csrf, a
# hand-written token check) or a same-site session cookie (browsers then send it only from
# the app's own pages)
_CSRF_DEFENCE = lazyre.compile(r"(?i)(csrf|csurf|lusca|xsrf|sameSite\s*:\s*['\"]?(strict|lax)|"
                               r"sameSite\s*:\s*true)")
_COMMENTS = lazyre.compile(r"(?m)(^|\s)(//[^\n]*|/\*(?:.*?\*/|.*))", re.DOTALL)
# the app takes browser form posts (urlencoded or multipart bodies)
_FORM_PARSER = lazyre.compile(r"\b(urlencoded|multer|formidable|busboy|bodyParser\(\s*\))|"
                              r"express-fileupload|connect-multiparty")
_COOKIE_AUTH = lazyre.compile(r"\b(req|request)\.(session|cookies|signedCookies|user)\b|"
                              r"\b(req|request)\.isAuthenticated\(")


def csrf_absent(ctx: FileContext) -> Iterator[Switch]:
    """An Express app that takes form posts and whose cookie session (`express-session`,
    `cookie-session`, or `cookie-parser` with handlers reading `req.cookies`) authenticates
    state-changing routes, with no CSRF middleware and no same-site cookie anywhere in the
    file: one finding, at the session middleware."""
    if not _SESSION_MODULES.search(ctx.text) or \
            _CSRF_DEFENCE.search(_COMMENTS.sub("", ctx.text)):
        return
    middleware: Node | None = None
    parser_only = True
    for call in nodes(ctx, "call_expression"):
        if call.type != "call_expression":
            continue
        function = call.child_by_field_name("function")
        if function is None or function.type != "member_expression" or \
                ctx.node_text(function.child_by_field_name("property")) != "use":
            continue
        for arg in call_args(call):
            callee = arg.child_by_field_name("function") if arg.type == "call_expression" \
                else None
            name = ctx.node_text(callee).rsplit(".", 1)[-1] if callee is not None else ""
            if name in _COOKIE_SESSIONS:
                if middleware is None or (parser_only and name != "cookieParser"):
                    middleware = arg
                parser_only = parser_only and name == "cookieParser"
    if middleware is None:
        return
    if not parser_only and not _FORM_PARSER.search(ctx.text):
        # a JSON-only API: another site's form cannot send it a JSON body without the
        # browser asking first (CORS preflight)
        return
    for route in inventory(ctx).routes:
        if not route.methods & _UNSAFE or route.handler is None or route.verifies_signature \
                or webhook(route.path, route.name) or public_by_design(route.path, route.name):
            continue
        body = ctx.node_text(route.handler)
        if not _COOKIE_AUTH.search(body) and (parser_only or not route.guards):
            # cookies parsed for something else (a locale, a theme), or a route nobody
            # needs to be signed in for: a forged post gains nothing there
            continue
        verb = "/".join(sorted(route.methods & _UNSAFE))
        where = f"`{verb} {route.path}`" if route.path else "a route taking unsafe methods"
        yield Switch(middleware, "csrf-off",
                     f"Cookies authenticate this app's requests, including {where}, but no "
                     f"CSRF protection is installed: another site can make a signed-in "
                     f"user's browser send it; add CSRF middleware (csrf-csrf, csrf-sync, "
                     f"lusca) or set the session cookie `sameSite: 'strict'`.")
        return


# the app keeps state in cookies (a session, parsed cookies) that a forged request carries
_COOKIE_STATE = lazyre.compile(r"(['\"](cookie-parser|express-session|cookie-session|"
                               r"(@fastify/|fastify-)(cookie|session|secure-session)|koa-session)"
                               r"['\"]|\b(req|request)\.(session|cookies|signedCookies)\b)")
_CSRF_WORD = lazyre.compile(r"(?i)(csrf|xsrf|csurf)")
_CSRF_OFF = lazyre.compile(r"(?i)csrf\s*:\s*false")
_SAME_SITE = lazyre.compile(r"(?i)sameSite\s*:\s*(['\"](strict|lax)['\"]|true)")


def _csrf_text(ctx: FileContext, node: Node, depth: int = 0) -> bool:
    """Middleware (or the local function returning it, or the constant naming it) that checks
    a CSRF token: `csrfProtection`, `lusca.csrf()`, `lusca({csrf: true})`, `middlewares()`
    whose body installs `csurf`."""
    text = ctx.node_text(node)
    if _CSRF_WORD.search(text):
        return not _CSRF_OFF.search(text)
    if depth > 2:
        return False
    for ident in nodes_in(ctx, node, "identifier"):
        value = _file_constants(ctx).get(ctx.node_text(ident))
        if value is not None and value is not node and _csrf_text(ctx, value, depth + 1):
            return True
        fn = _functions(ctx).get(ctx.node_text(ident))
        if fn is not None and _csrf_text(ctx, fn, depth + 1):
            return True
    return False


def _functions(ctx: FileContext) -> dict[str, Node]:
    found: dict[str, Node] | None = ctx.cache.get("access.js.functions")
    if found is None:
        found = {}
        if ctx.tree is not None:
            for fn in nodes_in(ctx, ctx.tree.root_node, "function_declaration"):
                name = fn.child_by_field_name("name")
                if fn.type == "function_declaration" and name is not None:
                    found.setdefault(ctx.node_text(name), fn)
        ctx.cache["access.js.functions"] = found
    return found


def _registration(route_node: Node) -> Node:
    """The call (or Fastify/Hapi route object) that declares a route."""
    if route_node.type == "object":
        return route_node
    cur: Node | None = route_node
    while cur is not None and cur.type != "call_expression":
        cur = cur.parent
    return cur or route_node


def csrf_left_off(ctx: FileContext) -> Iterator[Switch]:
    """An app that checks CSRF tokens (per route, or with app-wide middleware) and keeps
    cookie state, with a state-changing route that no CSRF middleware covers: not in its own
    middleware or hooks, and registered before any app-wide one (Express runs middleware in
    the order it is added)."""
    code = _COMMENTS.sub("", ctx.text)
    if not _CSRF_WORD.search(code) or not _COOKIE_STATE.search(code) or \
            _SAME_SITE.search(code):
        return
    wide: list[int] = []  # where app-wide CSRF middleware is installed
    mounted: set[str] = set()  # routers mounted behind CSRF middleware
    prefixed: list[tuple[int, str]] = []  # CSRF middleware installed for a path prefix
    for call in nodes(ctx, "call_expression"):
        function = call.child_by_field_name("function") if call.type == "call_expression" \
            else None
        if function is None or function.type != "member_expression":
            continue
        method = ctx.node_text(function.child_by_field_name("property"))
        args = call_args(call)
        prefix = _route_path(ctx, args[0]) if method == "use" and args else None
        csrf_use = method == "use" and any(_csrf_text(ctx, a) for a in args)
        if (csrf_use and prefix is None) or \
                (method == "addHook" and len(args) > 1 and _csrf_text(ctx, args[1])):
            wide.append(call.start_byte)
        elif csrf_use and prefix is not None:
            # `app.use('/forms', csrfProtection, formsRouter)`: the routers mounted there, and
            # the app's own routes under the prefix registered after it
            mounted.update(ctx.node_text(a) for a in args[1:] if a.type == "identifier")
            prefixed.append((call.start_byte, prefix.rstrip("/")))
    for route in inventory(ctx).routes:
        if not route.methods & _UNSAFE or route.verifies_signature or \
                webhook(route.path, route.name) or public_by_design(route.path, route.name):
            continue
        declared = _registration(route.node)
        if any(at < declared.start_byte for at in wide) or route.group in mounted or any(
                at < declared.start_byte and (route.path == p or route.path.startswith(p + "/"))
                for at, p in prefixed):
            continue
        handler = route.handler if route.handler is not None and \
            route.handler is not declared else None
        text = ctx.node_text(declared)
        if handler is not None:
            text = text.replace(ctx.node_text(handler), "")
        if _CSRF_WORD.search(text) and not _CSRF_OFF.search(text):
            continue
        if any(_csrf_text(ctx, n) for n in nodes_in(ctx, declared, "identifier")
               if handler is None or not (handler.start_byte <= n.start_byte < handler.end_byte)):
            continue
        body = ctx.node_text(handler) if handler is not None else ""
        if not _COOKIE_AUTH.search(body) and not route.guards:
            continue
        verb = "/".join(sorted(route.methods & _UNSAFE))
        yield Switch(route.node, "csrf-off",
                     f"`{verb} {route.path}` changes state for a cookie-authenticated caller "
                     f"but no CSRF check covers it, while the app checks CSRF tokens "
                     f"elsewhere: another site can make a signed-in user's browser send it; "
                     f"add the CSRF middleware to this route (or install it app-wide before "
                     f"the routes).")


def _route_path(ctx: FileContext, node: Node) -> str | None:
    value = string_of(ctx, node)
    return value if value is not None and value.startswith("/") else None
