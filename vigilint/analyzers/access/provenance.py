"""The verified caller recognised by where a value comes from, not by the name an application
gave it (issue 24).

Authentication middleware puts the caller somewhere the client cannot write: a request
attribute (`req.account`, `request.member`, `g.staff`, `request.state.principal`,
`res.locals.employee`, `ctx.state.actor`), a context value (`r.Context().Value(k)`,
`c.Get("user")`, `c.Locals("who")`), a handler parameter the framework fills in (a NestJS
parameter decorator of the app's own, `@CurrentEmployee Account me` in Spring), or an accessor
given the request or its context (`employee(r)`, `principalOf(req)`, `get_member(request)`),
whatever its name. This module lists, for one handler, the expressions that read such values;
the ownership check treats them as the caller. Values the client controls are excluded by
their framework names (`req.body`, `request.args`, `c.Param`) and by the request-part nouns of
the names applications give parsed input (`req.validatedBody`, `parseID(r)`).
"""

from __future__ import annotations

import re

from tree_sitter import Node

from vigilint import lazyre
from vigilint.analyzers.access.syntax import descendants, family
from vigilint.analyzers.context import FileContext

# Request attributes the frameworks define: the client's data or the server's machinery,
# never a caller an authentication middleware stored.
_REQUEST_ATTRS = frozenset({
    # Express / Fastify / Koa / hapi
    "body", "query", "params", "param", "headers", "header", "get", "cookies", "signedCookies",
    "ip", "ips", "path", "url", "originalUrl", "baseUrl", "method", "hostname", "host",
    "protocol", "secure", "xhr", "fresh", "stale", "subdomains", "accepts", "is", "files",
    "file", "socket", "connection", "app", "route", "rawBody", "raw", "id", "log", "logger",
    "routerPath", "routeOptions", "routeConfig", "server", "t", "i18n", "flash", "logIn",
    "login", "logout", "isAuthenticated", "csrfToken", "payload", "info", "state", "plugins",
    "pre", "response", "orig", "mime", "on", "pipe", "request", "res", "next", "context",
    "locals", "user_agent", "ctx", "jwtVerify", "jwtDecode",
    # Flask / Django / DRF / Starlette
    "args", "form", "json", "values", "get_json", "view_args", "remote_addr", "environ",
    "endpoint", "blueprint", "blueprints", "scheme", "access_route", "authorization",
    "GET", "POST", "FILES", "META", "COOKIES", "data", "query_params", "content_type",
    "is_json", "resolver_match", "build_absolute_uri", "get_host", "is_secure",
    "LANGUAGE_CODE", "stream", "mimetype", "full_path", "base_url", "url_root", "host_url",
    "origin", "referrer", "url_rule", "client", "scope", "path_params", "url_for", "receive",
    "get_full_path", "accepted_renderer", "accepted_media_type", "version", "versioning_scheme",
    "parsers", "negotiator", "successful_authenticator", "htmx", "csrf_processing_done",
    "content_length", "charset", "if_match", "date", "range", "form_data", "max_content_length",
    "application", "match_info", "rel_url", "transport", "remote", "forwarded", "content",
    "text", "post", "read", "multipart", "arguments", "body_arguments", "query_arguments",
    "uri", "full_url", "request_time", "current", "db",
    # set by common middleware, but not the caller (sites, rate limits, geo, i18n)
    "site", "current_app", "urlconf", "limited", "csp_nonce", "country", "geo", "flavour",
    "mobile", "is_ajax", "timezone", "tz", "currency", "theme", "cart", "basket", "brand",
    "region", "locale", "language", "feature_flags", "flags", "experiments", "nonce",
})
# Names applications give to parsed input or infrastructure: not a caller.
_CLIENTISH = lazyre.compile(
    r"(?i)(body|quer|param|header|cookie|valid|input|payload|data|dto|parsed|clean|saniti|form|"
    r"upload|filter|search|page|sort|limit|offset|locale|lang|^db$|_db|database|knex|prisma|"
    r"redis|cache|trace|span|metric|csrf|nonce|request|start|time|count|rate|ip$|_ip|addr|"
    r"agent|device|host|url|path|file|json|args|vars|bind|decode|read|raw|token|bearer|"
    r"conn|cursor|session_id|flash|config|setting|feature|flag|ab_?test|experiment|"
    r"tx$|txn|logger|log$|render|write|respond|error|fail|abort|status|redirect|now|"
    r"^id$|ids$|^pk$|slug|key$|keys$|uuid|int$|uint$|number|num$|^n$|extract|get_?object|"
    r"fetch|load|find|lookup|opt|option|pagination|cursor|format|accept|remote|client_?id)")
# Nouns of the caller: an accessor named after one counts even when a noun above is in it
# (`claimsFromToken(r)`, `current_user_from_request(request)`).
_CALLER_NOUN = lazyre.compile(
    r"(?i)(user|claims|principal|caller|account|identity|subject|member|customer|tenant|"
    r"employee|staff|actor|viewer|operator|owner|person|who|^me$|^self_?user|session)")


def _attribute_ok(name: str) -> bool:
    if name in _REQUEST_ATTRS or name.startswith("_"):
        return False
    return bool(_CALLER_NOUN.search(name)) or not _CLIENTISH.search(name)


# `req.account`, `request.member`, `res.locals.employee`, `ctx.state.actor`, `c.var.who`,
# `request.state.principal`, `self.request.tenant`, `g.staff`
_JS_ATTR = lazyre.compile(r"(?<![\w$.])((?:req|request|res\.locals|ctx\.state|c\.var|"
                          r"request\.raw|ctx\.request)\.([A-Za-z_$][\w$]*))")
_JS_HONO = lazyre.compile(r"(?<![\w$.])(c\.get\(\s*['\"]([\w$]+)['\"]\s*\))")
_PY_ATTR = lazyre.compile(r"(?<![\w.])((?:self\.request|request|request\.state|g)\.([A-Za-z_]\w*))"
                          r"(?!\s*\()")


def request_attributes(ctx: FileContext, text: str) -> list[str]:
    """Expressions of `text` that read what a middleware stored on the request."""
    lang = family(ctx.language)
    found: list[str] = []
    if lang == "javascript":
        for m in _JS_ATTR.finditer(text):
            if _attribute_ok(m.group(2)) and m.group(1) not in ("request.raw", "ctx.request"):
                found.append(m.group(1))
        for m in _JS_HONO.finditer(text):
            if _attribute_ok(m.group(2)):
                found.append(m.group(1))
    elif lang == "python":
        for m in _PY_ATTR.finditer(text):
            if _attribute_ok(m.group(2)) and not re.match(r"\s*=[^=]", text[m.end():]):
                found.append(m.group(1))
    return list(dict.fromkeys(found))


# Go handler parameters and the calls on them that read what a middleware stored.
_GO_CONTEXTS = (("gin.Context", ("Get(", "MustGet(", "GetString(", "GetUint(", "GetInt(",
                                  "GetInt64(", "Value(")),
                ("echo.Context", ("Get(",)),
                ("fiber.Ctx", ("Locals(",)),
                ("http.Request", ("Context().Value(",)),
                ("context.Context", ("Value(",)))


def _go_params(ctx: FileContext, fn: Node) -> list[tuple[str, str]]:
    params = fn.child_by_field_name("parameters")
    out: list[tuple[str, str]] = []
    if params is None:
        return out
    for decl in params.named_children:
        kind = decl.child_by_field_name("type")
        for name in decl.children_by_field_name("name"):
            out.append((ctx.node_text(name), ctx.node_text(kind) if kind is not None else ""))
    return out


def go_context_reads(ctx: FileContext, fn: Node) -> list[str]:
    """`c.Get(`, `ctx.Locals(`, `req.Context().Value(` for the handler's own parameters."""
    out: list[str] = []
    for name, kind in _go_params(ctx, fn):
        for type_name, calls in _GO_CONTEXTS:
            if kind.lstrip("*").endswith(type_name):
                out.extend(f"{name}.{call}" for call in calls)
    return out


def request_names(ctx: FileContext, fn: Node) -> list[str]:
    """The handler's request or context parameters, by type or by the usual names."""
    lang = family(ctx.language)
    if lang == "go":
        names = [n for n, k in _go_params(ctx, fn) if any(
            k.lstrip("*").endswith(t) for t, _ in _GO_CONTEXTS)]
        names += [f"{n}.Context()" for n, k in _go_params(ctx, fn) if k.endswith("http.Request")]
        names += [f"{n}.Request().Context()" for n, k in _go_params(ctx, fn)
                  if k.endswith(("echo.Context", "gin.Context"))]
        names += [f"{n}.Context()" for n, k in _go_params(ctx, fn) if k.endswith("fiber.Ctx")]
        return names
    if lang == "javascript":
        return ["req", "request", "ctx", "c", "event"]
    if lang == "python":
        return ["request", "self.request", "req"]
    return []


_CALL_IDENT = {"go": ("call_expression", "function", "arguments"),
               "javascript": ("call_expression", "function", "arguments"),
               "python": ("call", "function", "arguments")}
_RECEIVERS = ("s", "h", "a", "app", "srv", "server", "handler", "api", "this", "self", "svc",
              "ctrl", "c")


def accessor_calls(ctx: FileContext, fn: Node, defined: set[str]) -> list[str]:
    """Calls in the handler `fn` of an accessor given only the request or its context
    (`employee(r)`, `s.currentStaff(r.Context())`, `principalOf(req)`, `get_member(request)`),
    as `name(` strings: what an authentication middleware stored, fetched by a helper of
    another file. Helpers of this file (`defined`) are judged by their bodies instead."""
    lang = family(ctx.language)
    kinds = _CALL_IDENT.get(lang)
    if kinds is None:
        return []
    requests = set(request_names(ctx, fn))
    if not requests:
        return []
    out: list[str] = []
    for call in descendants(fn):
        if call.type != kinds[0]:
            continue
        args = call.child_by_field_name(kinds[2])
        function = call.child_by_field_name(kinds[1])
        if args is None or function is None or len(args.named_children) != 1 or \
                ctx.node_text(args.named_children[0]) not in requests:
            continue
        text = ctx.node_text(function)
        match = re.fullmatch(r"(?:([A-Za-z_]\w*)\.)?([A-Za-z_]\w*)", text)
        if match is None or (match.group(1) and match.group(1) not in _RECEIVERS):
            continue  # a package's function (`mux.Vars(r)`), not the app's accessor
        name = match.group(2)
        if name in defined or (not _CALLER_NOUN.search(name) and _CLIENTISH.search(name)):
            continue
        if not _CALLER_NOUN.search(name) and not _accessor_shaped(ctx, fn, call):
            continue
        out.append(f"{text}(")
    return list(dict.fromkeys(out))


_IDENTITY_USE = lazyre.compile(r"^\s*(\.\s*(ID|Id|id|UserID|UserId|userId|user_id|Sub|sub|"
                               r"Email|email|Role|role|Roles|roles|OrgID|orgId|org_id|TenantID|"
                               r"tenantId|tenant_id|Username|username|\w*(ID|Id|_id))\b|"
                               r"\[\s*['\"](id|sub|user_id|userId|email|role)['\"]\s*\])")


def _accessor_shaped(ctx: FileContext, fn: Node, call: Node) -> bool:
    """An accessor with a neutral name: its result carries an identity field
    (`who(r).ID`, `me := fetchMe(r)` then `me.OrgID`)."""
    after = ctx.source[call.end_byte:call.end_byte + 60].decode("utf-8", "replace")
    if _IDENTITY_USE.match(after):
        return True
    parent = call.parent
    while parent is not None and parent.type in ("expression_list", "await_expression",
                                                 "await", "parenthesized_expression"):
        parent = parent.parent
    if parent is None:
        return False
    target = parent.child_by_field_name("left") or parent.child_by_field_name("name")
    if target is None:
        return False
    if target.type == "expression_list" and target.named_children:
        target = target.named_children[0]
    var = ctx.node_text(target)
    if not re.fullmatch(r"[A-Za-z_$][\w$]*", var):
        return False
    # the uses near the assignment only (a bounded window keeps a long handler linear)
    body = ctx.source[parent.end_byte:min(fn.end_byte, parent.end_byte + 800)].decode(
        "utf-8", "replace")
    return any(m.group(1) == var and _IDENTITY_USE.match(body[m.end():])
               for m in _ACCESSED.finditer(body))


_ACCESSED = lazyre.compile(r"(?<![\w$.])([A-Za-z_$][\w$]*)(?=\s*[.\[])")


_TS_BUILTIN_PARAMS = frozenset({"Body", "Param", "Query", "Headers", "Req", "Request", "Res",
                                "Response", "Ip", "Session", "HostParam", "UploadedFile",
                                "UploadedFiles", "Next", "Inject", "Optional", "Self",
                                "SkipSelf", "Host", "MessageBody", "ConnectedSocket",
                                "Payload", "Ctx", "Context", "Args", "Info", "Parent",
                                "Root", "Cookies", "Cookie", "Header", "RawBody", "Files",
                                "File", "InjectRepository", "InjectModel"})


def nest_parameters(ctx: FileContext, handler: Node) -> list[str]:
    """Handler parameters filled in by a parameter decorator of the app's own (`@Actor()
    actor`, `@AuthUser() me`): NestJS's custom decorators read what the guard stored on the
    request; the framework's own (`@Body`, `@Param`, `@Query`, `@Headers`) read the client."""
    out: list[str] = []
    params = handler.child_by_field_name("parameters")
    if params is None:
        return out
    for param in params.named_children:
        if param.type not in ("required_parameter", "optional_parameter"):
            continue
        pattern = param.child_by_field_name("pattern")
        for dec in param.children:
            if dec.type != "decorator":
                continue
            m = re.match(r"@\s*([A-Za-z_$][\w$]*)\s*\(\s*(['\"][^'\"]*['\"])?", ctx.node_text(dec))
            if m is None or m.group(1) in _TS_BUILTIN_PARAMS or \
                    (_CLIENTISH.search(m.group(1)) and not _CALLER_NOUN.search(m.group(1))):
                continue
            if pattern is not None and re.fullmatch(r"[A-Za-z_$][\w$]*", ctx.node_text(pattern)):
                out.append(ctx.node_text(pattern))
    return out


# Java parameter annotations that bind the client's input or validate it.
JAVA_BINDINGS = frozenset({
    "PathVariable", "RequestParam", "RequestBody", "RequestHeader", "CookieValue",
    "ModelAttribute", "Valid", "Validated", "RequestPart", "MatrixVariable", "PathParam",
    "QueryParam", "FormParam", "HeaderParam", "CookieParam", "BeanParam", "MatrixParam",
    "DefaultValue", "Context", "NotNull", "NonNull", "Nonnull", "Nullable", "NotBlank",
    "NotEmpty", "Size", "Min", "Max", "Positive", "PositiveOrZero", "Negative", "Email",
    "Pattern", "Parameter", "Schema", "ApiParam", "Param", "DateTimeFormat", "Header", "Body",
    "QueryValue", "Part", "DecimalMin", "DecimalMax", "Digits", "Future", "Past", "Range",
    "Length", "UUID", "Hidden", "Named", "Suspended", "Encoded", "PageableDefault",
    "SortDefault", "Payload", "DestinationVariable", "Argument", "InputArgument", "Final",
    "RestForm", "RestPath", "RestQuery", "RestHeader", "RestCookie", "MultipartForm",
    "Deprecated", "SuppressWarnings", "CurrentSecurityContext",
})


def java_custom_principal(annotations: set[str]) -> bool:
    """A parameter annotated by the app's own argument resolver (`@CurrentEmployee Account
    me`, `@LoggedIn User u`): Spring and JAX-RS apps write these to hand the caller over."""
    return any(a not in JAVA_BINDINGS and not (_CLIENTISH.search(a) and
                                               not _CALLER_NOUN.search(a))
               for a in annotations)


_NOT_CALLER_DEPENDENCY = lazyre.compile(
    r"(?i)(service|repo|repository|db|database|session|settings|config|client|cache|storage|"
    r"pagina|params|filter|query|form|body|logger|http|limiter|engine|uow|unit_of_work|"
    r"queue|mailer|bus|store)")


def caller_dependency(name: str) -> bool:
    """A dependency whose name says it resolves the caller (`resolve_member`, `get_principal`,
    `load_account`, `who_am_i`), not a service, a database session or parsed input."""
    short = name.split("(")[0].rsplit(".", 1)[-1]
    return bool(_CALLER_NOUN.search(short)) and not _NOT_CALLER_DEPENDENCY.search(short)
