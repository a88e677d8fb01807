"""Java routes and their guards: Spring controllers (`@GetMapping`, `@RequestMapping`, ...)
with method security (`@PreAuthorize`, `@Secured`, `@RolesAllowed`) on the method or the class,
JAX-RS resources (`@Path` + `@GET`, ...) with `@RolesAllowed`/`@PermitAll`, servlets
(`HttpServlet.doGet`, ...) that check the session or the container's caller, and the Spring
Security filter chain's matchers when they are in the same file."""

from __future__ import annotations

import re
from dataclasses import dataclass

from tree_sitter import Node

from vigilint import lazyre
from vigilint.analyzers.access.checks import body_check
from vigilint.analyzers.access.java.common import Annotation, annotations_of, invocation, strings
from vigilint.analyzers.access.model import Guard, GuardFixer, Inventory, Route
from vigilint.analyzers.access.project import project_authenticates
from vigilint.analyzers.access.syntax import enclosing_function, nodes, nodes_in
from vigilint.analyzers.access.vocabulary import guard_name, privileged, verifies_signature
from vigilint.analyzers.context import FileContext
from vigilint.analyzers.models import load
from vigilint.model import Fix

_SPRING_VERBS = {"GetMapping": "GET", "PostMapping": "POST", "PutMapping": "PUT",
                 "DeleteMapping": "DELETE", "PatchMapping": "PATCH"}
_SERVLET_METHODS = {"doGet": "GET", "doPost": "POST", "doPut": "PUT", "doDelete": "DELETE",
                    "doPatch": "PATCH", "service": ""}
_SERVLET_CHECK = re.compile(r"(getUserPrincipal\(\)|getRemoteUser\(\)|isUserInRole\(|"
                            r"getSession\(\s*false\s*\)|getAttribute\(\s*\"\w*([Uu]ser|"
                            r"[Aa]ccount|[Pp]rincipal|[Ll]ogin|[Mm]ember|[Cc]ustomer|"
                            r"[Pp]atient|[Ee]mployee|[Ss]ubject|[Rr]ole|Id|ID)\w*\"\)|"
                            r"SecurityContextHolder|getCallerPrincipal\(\)|authenticate\()")
_MATCHER_METHODS = frozenset({"requestMatchers", "antMatchers", "mvcMatchers", "regexMatchers",
                              "anyRequest", "pathMatchers", "anyExchange"})
_MATCHER_RULES = frozenset({"permitAll", "authenticated", "hasRole", "hasAnyRole",
                            "hasAuthority", "hasAnyAuthority", "denyAll", "access",
                            "fullyAuthenticated", "hasIpAddress", "rememberMe", "anonymous"})
_AUTH_TEXT = re.compile(r"(SecurityFilterChain|@EnableWebSecurity|@EnableMethodSecurity|"
                        r"getUserPrincipal|Principal\b|@PreAuthorize|@RolesAllowed|"
                        r"Authentication\b|HttpSession|login)")


@dataclass(frozen=True)
class Matcher:
    """One `authorizeHttpRequests` rule: the paths it matches and what it requires."""

    patterns: tuple[str, ...]  # () = anyRequest
    rule: str  # "permitAll", "authenticated", "hasRole", ...
    node: Node  # the matcher's name (`requestMatchers`): where the rule is written
    text: str  # `requestMatchers("/admin/**").hasRole("ADMIN")`


def matchers(ctx: FileContext) -> list[Matcher]:
    """The filter chain's rules in order (`.requestMatchers(a, b).hasRole("X")`)."""
    found: list[Matcher] | None = ctx.cache.get("access.java.matchers")
    if found is not None:
        return found
    out: list[Matcher] = []
    for node in nodes(ctx, "method_invocation"):
        if node.type != "method_invocation":
            continue
        receiver, name, _ = invocation(ctx, node)
        if name not in _MATCHER_RULES or receiver is None or receiver.type != \
                "method_invocation":
            continue
        _, matcher, args = invocation(ctx, receiver)
        if matcher not in _MATCHER_METHODS:
            continue
        patterns = _patterns(ctx, args) if matcher not in ("anyRequest", "anyExchange") \
            else _chain_scope(ctx, node)
        where = receiver.child_by_field_name("name") or receiver
        out.append(Matcher(patterns, name, where, ctx.text[where.start_byte:node.end_byte]
                           if ctx.is_ascii else ctx.node_text(where)))
    out.sort(key=lambda m: m.node.start_byte)
    ctx.cache["access.java.matchers"] = out
    return out


_ENDPOINT_CLASS = lazyre.compile(r"\b(\w+?)Endpoint\.class")
_QUOTED = lazyre.compile(r'"([^"\\]*)"')
_CHAIN_SCOPES = frozenset({"securityMatcher", "securityMatchers", "requestMatcher", "antMatcher",
                           "mvcMatcher", "regexMatcher"})


def _request_patterns(text: str) -> tuple[str, ...]:
    """The paths a Spring Boot request matcher object names (`EndpointRequest.toAnyEndpoint()`,
    `EndpointRequest.to(HealthEndpoint.class)`, `EndpointRequest.to("info")`,
    `PathRequest.toStaticResources().atCommonLocations()`): "" when it is none of them."""
    out: list[str] = []
    if "toAnyEndpoint" in text:
        out.append("/actuator/**")  # `.excluding("health")` leaves the others
    elif "toLinks" in text:
        out.append("/actuator")
    elif "EndpointRequest" in text:
        names = [m.lower() for m in _ENDPOINT_CLASS.findall(text)] + _QUOTED.findall(text)
        out.extend(f"/actuator/{n.strip('/')}" for n in names)
    if "toStaticResources" in text:
        out.append("/static/**")
    if "toH2Console" in text:
        out.append("/h2-console/**")
    return tuple(out)


def _patterns(ctx: FileContext, args: list[Node]) -> tuple[str, ...]:
    """The paths of a matcher's arguments; a matcher naming none we can read (a custom
    `RequestMatcher` object) is not `anyRequest()`: it matches something unknown."""
    out: list[str] = []
    for arg in args:
        text = ctx.node_text(arg)
        special = _request_patterns(text) if "Request." in text else ()
        out.extend(special or strings(ctx, arg))
    return tuple(out) or ("?",)


def _chain_scope(ctx: FileContext, node: Node) -> tuple[str, ...]:
    """`anyRequest()` of a chain scoped to some paths (`http.securityMatcher(
    EndpointRequest.toAnyEndpoint())`, `http.requestMatcher(...)`, `securityMatchers(m ->
    m.requestMatchers("/api/**"))`) means those paths, not every path."""
    method = enclosing_function(ctx, node)
    while method is not None and method.type == "lambda_expression":
        method = enclosing_function(ctx, method)  # `authorizeHttpRequests(r -> r.anyRequest()...)`
    if method is None:
        return ()
    for call in nodes_in(ctx, method, "method_invocation"):
        _, name, args = invocation(ctx, call)
        if name in _CHAIN_SCOPES and args:
            return _patterns(ctx, args)
        if name == "requestMatchers" and args and args[0].type == "lambda_expression":
            return _patterns(ctx, args)  # Spring Security 5: `http.requestMatchers(m -> ...)`
    return ()


def _pattern_matches(pattern: str, path: str) -> bool:
    regex = re.escape(pattern).replace(r"\*\*", ".*").replace(r"\*", "[^/]*")
    regex = re.sub(r"\\\{[^{}]*\\\}", "[^/]+", regex)
    return re.fullmatch(regex, path) is not None or re.fullmatch(
        regex, re.sub(r"\{[^{}]*\}", "x", path)) is not None


def rule_for(ctx: FileContext, path: str) -> Matcher | None:
    for matcher in matchers(ctx):
        if not matcher.patterns or any(_pattern_matches(p, path) for p in matcher.patterns):
            return matcher
    return None


def _marker(ctx: FileContext, anns: list[Annotation]) -> Node | None:
    tables = load("java").access
    return next((a.node for a in anns if a.name in tables.public), None)


def _guards(ctx: FileContext, anns: list[Annotation], group: bool) -> tuple[list[Guard], bool]:
    tables = load("java").access
    guards: list[Guard] = []
    public = False
    for ann in anns:
        if ann.name in tables.public:
            public = True
        elif ann.name in tables.guards or ann.name in tables.roles:
            text = ann.text(ctx)
            role = ann.name in tables.roles or bool(re.search(
                r"has(Any)?(Role|Authority)|ROLE_|isAdmin", text))
            guards.append(Guard("annotation", text.lstrip("@"), ann.node, role=role,
                                group=group))
    return guards, public


def _annotation_fix(first: Node) -> GuardFixer:
    def add(ctx: FileContext, guard: Guard) -> Fix | None:
        if guard.kind != "annotation" or guard.group:
            return None
        line = ctx.lines[first.start_point[0]]
        indent = line[: len(line) - len(line.lstrip())]
        start = ctx.line_starts[first.start_point[0]]
        return Fix(title=f"Add `@{guard.name[:60]}` like the sibling handlers", safe=False,
                   edits=(ctx.insert_at(start, f"{indent}@{guard.name}\n"),))
    return add


def _join(*parts: str) -> str:
    joined = "/" + "/".join(p.strip("/") for p in parts if p and p.strip("/"))
    return joined


@dataclass(frozen=True)
class _Filter:
    """A servlet filter of this file that checks the caller (`@WebFilter("/admin/*")`)."""

    patterns: tuple[str, ...]
    guard: Guard


def _filters(ctx: FileContext) -> list[_Filter]:
    out: list[_Filter] = []
    for cls in nodes(ctx, "class_declaration"):
        ann = next((a for a in annotations_of(ctx, cls) if a.name == "WebFilter"), None)
        if ann is None:
            continue
        body = cls.child_by_field_name("body")
        method = next((m for m in (body.named_children if body is not None else ())
                       if m.type == "method_declaration" and ctx.node_text(
                           m.child_by_field_name("name")) in ("doFilter", "doFilterInternal")),
                      None)
        if method is None or not body_check(ctx, method.child_by_field_name("body"),
                                            _SERVLET_CHECK):
            continue
        patterns = tuple(p for child in (ann.args.named_children if ann.args else ())
                         if child.type != "element_value_pair" or ctx.node_text(
                             child.child_by_field_name("key")) in ("value", "urlPatterns")
                         for p in strings(ctx, child))
        role = bool(re.search(r"isUserInRole\(", ctx.node_text(method)))
        out.append(_Filter(patterns, Guard("config", ann.text(ctx), ann.node, role=role,
                                           group=True)))
    return out


def _servlet_pattern(pattern: str, path: str) -> bool:
    """Servlet URL patterns: `/*`, `/admin/*` (the folder and below), `*.do`, exact paths."""
    if pattern in ("/*", "/"):
        return True
    if pattern.endswith("/*"):
        return path == pattern[:-2] or path.startswith(pattern[:-1])
    if pattern.startswith("*."):
        return path.endswith(pattern[1:])
    return path == pattern


_METHOD_CONSTRAINT = re.compile(r"@HttpMethodConstraint\s*\(([^()]*)\)")


def _servlet_security(ctx: FileContext, anns: list[Annotation],
                      verb: str) -> Guard | None:
    """`@ServletSecurity(@HttpConstraint(rolesAllowed = "admin"))` on the servlet: the
    container checks the role before the method runs; an `@HttpMethodConstraint` for the
    method replaces the default (without roles it lets anyone in)."""
    ann = next((a for a in anns if a.name == "ServletSecurity"), None)
    if ann is None:
        return None
    text = ann.text(ctx)
    rest = text
    for found in _METHOD_CONSTRAINT.finditer(text):
        rest = rest.replace(found.group(0), "")
        inner = found.group(1)
        method = re.search(r"\"(\w+)\"", inner)
        if method is not None and method.group(1).upper() == verb:
            guarded = "rolesAllowed" in inner or "EmptyRoleSemantic.DENY" in inner
            return Guard("annotation", text.lstrip("@"), ann.node, role=True, group=True) \
                if guarded else None
    if "rolesAllowed" in rest or "EmptyRoleSemantic.DENY" in rest:
        return Guard("annotation", text.lstrip("@"), ann.node, role=True, group=True)
    return None


# Micronaut: `@Controller("/path")` with `@Get`, `@Post`, ...; `@Secured(SecurityRule.
# IS_AUTHENTICATED)` checks a login, `@Secured("ROLE_X")` a role, `IS_ANONYMOUS` opens the
# route. With micronaut-security on, a route without any rule is refused (401): secured by
# default (https://micronaut-projects.github.io/micronaut-security/latest/guide/#securityRule).
_MICRONAUT_VERBS = {"Get": "GET", "Post": "POST", "Put": "PUT", "Delete": "DELETE",
                    "Patch": "PATCH"}


def _micronaut_guards(ctx: FileContext, anns: list[Annotation], class_anns: list[Annotation],
                      guards: list[Guard], public: bool, class_guards: list[Guard],
                      class_public: bool) -> tuple[list[Guard], bool]:
    out: list[Guard] = []
    for guard in guards:
        if "IS_ANONYMOUS" in guard.name:
            public = True
        elif "IS_AUTHENTICATED" in guard.name:
            out.append(Guard(guard.kind, guard.name, guard.node, role=False, group=guard.group))
        else:
            out.append(guard)
    own = bool(out) or public or any(a.name in ("Secured", "RolesAllowed", "PermitAll")
                                     for a in anns)
    if not own and not class_guards and not class_public and "io.micronaut.security" in ctx.text:
        # secured by default: no rule on the route or its controller answers 401
        where = anns[0].node if anns else class_anns[0].node
        out.append(Guard("config", "micronaut-security (secured by default)", where,
                         group=True))
    return out, public


def _class_routes(ctx: FileContext, cls: Node, inv: Inventory,
                  filters: list[_Filter]) -> None:
    tables = load("java").access
    class_anns = annotations_of(ctx, cls)
    names = {a.name for a in class_anns}
    micronaut = "Controller" in names and "io.micronaut" in ctx.text
    # Spring's composed annotations: a stereotype of the app's own meta-annotated with
    # `@RestController` (`@ShopRestController`) and request mappings meta-annotated with
    # `@RequestMapping` (`@ShopRequestMapping(value = ..., requestMethod = RequestMethod.POST)`)
    composed = "org.springframework" in ctx.text and any(
        n.endswith(("RestController", "Controller")) for n in names)
    spring = (bool(names & {"RestController", "Controller"}) or composed) and not micronaut
    jaxrs = "Path" in names
    superclass = ctx.node_text(cls.child_by_field_name("superclass"))
    servlet = any(c in superclass for c in ("HttpServlet",))
    if not (spring or jaxrs or servlet or micronaut):
        return
    group = ctx.node_text(cls.child_by_field_name("name"))
    prefix = ""
    for ann in class_anns:
        if ann.name in ("RequestMapping", "Path", "WebServlet") or (
                micronaut and ann.name == "Controller"):
            prefix = ann.value(ctx, "value", "path", "urlPatterns") or ""
            if ann.name == "WebServlet" and prefix.endswith("/*"):
                prefix = prefix[:-2]  # `/admin/*`: the servlet answers the folder
    class_guards, class_public = _guards(ctx, class_anns, True)
    body = cls.child_by_field_name("body")
    for method in body.named_children if body is not None else ():
        if method.type != "method_declaration":
            continue
        anns = annotations_of(ctx, method)
        name_node = method.child_by_field_name("name")
        name = ctx.node_text(name_node)
        route_ann: Annotation | None = None
        methods: frozenset[str] = frozenset()
        path = ""
        for ann in anns:
            if spring and ann.name in _SPRING_VERBS:
                route_ann, methods = ann, frozenset({_SPRING_VERBS[ann.name]})
                path = ann.value(ctx, "value", "path") or ""
            elif spring and (ann.name == "RequestMapping" or (
                    composed and ann.name.endswith("RequestMapping"))):
                route_ann = ann
                path = ann.value(ctx, "value", "path") or ""
                verbs = re.findall(r"RequestMethod\.(\w+)", ann.text(ctx))
                methods = frozenset(verbs)
            elif jaxrs and ann.name in tables.route_annotations and ann.name.isupper():
                route_ann, methods = ann, frozenset({ann.name})
            elif jaxrs and ann.name == "Path":
                path = ann.value(ctx) or ""
            elif micronaut and ann.name in _MICRONAUT_VERBS:
                route_ann, methods = ann, frozenset({_MICRONAUT_VERBS[ann.name]})
                path = ann.value(ctx, "value", "uri") or ""
        report: Node | None = route_ann.node if route_ann is not None else None
        if servlet and name in _SERVLET_METHODS:
            verb = _SERVLET_METHODS[name]
            methods = frozenset({verb}) if verb else frozenset()
            report = name_node
        if report is None:
            continue
        guards, public = _guards(ctx, anns, False)
        if micronaut:
            guards, public = _micronaut_guards(ctx, anns, class_anns, guards, public,
                                               class_guards, class_public)
        full = _join(prefix, path)
        config = rule_for(ctx, full)
        if config is not None and config.rule == "permitAll":
            public = True
        elif config is not None:
            guards.append(Guard("config", config.text, config.node, group=True,
                                role=config.rule.startswith("has")))
        block = method.child_by_field_name("body")
        if servlet or jaxrs:  # `request.isUserInRole`, JAX-RS `SecurityContext` checks
            guards.extend(body_check(ctx, block, _SERVLET_CHECK))
        if servlet:
            constraint = _servlet_security(ctx, class_anns, next(iter(methods), ""))
            if constraint is not None:
                guards.append(constraint)
            guards.extend(f.guard for f in filters
                          if any(_servlet_pattern(p, full) for p in f.patterns))
        route = Route(node=report, name=name, path=full, methods=methods,
                      group=group if not servlet else "<servlets>", handler=method,
                      guards=[*guards, *class_guards], public=public or class_public,
                      public_marker=_marker(ctx, anns) or _marker(ctx, class_anns),
                      verifies_signature=verifies_signature(ctx.node_text(block)))
        route.add_guard = _annotation_fix(anns[0].node if anns else report)
        inv.routes.append(route)


# Spring WebFlux functional endpoints: `RouterFunctions.route().GET("/path", handler::get)`
# builders and `route(GET("/path"), handler::get).andRoute(...)`, with the builder's
# `.filter(...)`/`.before(...)` functions that refuse the caller, and the same file's
# `authorizeExchange` matchers (https://docs.spring.io/spring-framework/reference/web/
# webflux-functional.html#webflux-fn-router-functions).
_FUNCTIONAL_VERBS = frozenset({"GET", "POST", "PUT", "PATCH", "DELETE"})
_ROUTE_CALLS = frozenset({"route", "andRoute", "nest", "andNest"})
_FILTER_REFUSAL = lazyre.compile(r"(UNAUTHORIZED|FORBIDDEN|\b40[13]\b|AccessDenied|"
                                 r"getPrincipal|ReactiveSecurityContextHolder)")


def _functional_routes(ctx: FileContext, inv: Inventory) -> None:
    if "RouterFunction" not in ctx.text:
        return
    filters: dict[int, list[Guard]] = {}
    for node in nodes(ctx, "method_invocation"):
        if node.type != "method_invocation":
            continue
        _, name, args = invocation(ctx, node)
        if name not in _FUNCTIONAL_VERBS or not args:
            continue
        path = strings(ctx, args[0])
        if not path or not path[0].startswith("/"):
            continue
        route_call = node
        handler = args[1] if len(args) >= 2 else None
        if handler is None:  # `route(GET("/x"), h::get)`: the predicate of a route call
            parent = node.parent.parent if node.parent is not None else None
            if parent is None or parent.type != "method_invocation":
                continue
            _, outer, outer_args = invocation(ctx, parent)
            if outer not in _ROUTE_CALLS or len(outer_args) < 2:
                continue
            route_call, handler = parent, outer_args[1]
        method = enclosing_function(ctx, node)
        while method is not None and method.type == "lambda_expression":
            method = enclosing_function(ctx, method)
        key = method.start_byte if method is not None else -1
        if key not in filters:
            filters[key] = _builder_filters(ctx, method)
        guards = list(filters[key])
        full = path[0]
        public = False
        config = rule_for(ctx, full)
        if config is not None and config.rule == "permitAll":
            public = True
        elif config is not None:
            guards.append(Guard("config", config.text, config.node, group=True,
                                role=config.rule.startswith("has")))
        group = ctx.node_text(method.child_by_field_name("name")) if method is not None and \
            method.type == "method_declaration" else "<router>"
        inv.routes.append(Route(
            node=route_call, name=ctx.node_text(handler).rsplit("::", 1)[-1], path=full,
            methods=frozenset({invocation(ctx, node)[1]}), group=group,
            handler=handler if handler.type == "lambda_expression" else None,
            guards=guards, public=public,
            verifies_signature=verifies_signature(ctx.node_text(handler))))


def _builder_filters(ctx: FileContext, method: Node | None) -> list[Guard]:
    out: list[Guard] = []
    for call in nodes_in(ctx, method, "method_invocation") if method is not None else ():
        _, name, args = invocation(ctx, call)
        if name not in ("filter", "before") or len(args) != 1:
            continue
        text = ctx.node_text(args[0])
        if guard_name(text.split("::")[-1].split("(")[0]) or _FILTER_REFUSAL.search(text):
            out.append(Guard("middleware", text[:60], call, group=True,
                             role=bool(re.search(r"(?i)admin|hasRole|ROLE_", text))))
    return out


# Javalin: `app.get("/path", handler, Role.USER)` (the roles the app's access manager or
# `beforeMatched` handler checks, https://javalin.io/tutorials/auth-example), and
# `app.before("/admin/*", ctx -> ...)` handlers that refuse the caller.
_JAVALIN_VERBS = {"get": "GET", "post": "POST", "put": "PUT", "patch": "PATCH",
                  "delete": "DELETE"}
_JAVALIN_OPEN_ROLE = lazyre.compile(r"\b(ANYONE|ANONYMOUS|PUBLIC|EVERYONE|GUEST|OPEN)\b")
_JAVALIN_REFUSAL = lazyre.compile(r"(UnauthorizedResponse|ForbiddenResponse|status\(\s*40[13]|"
                                  r"HttpStatus\.(UNAUTHORIZED|FORBIDDEN))")


def _api_builder_prefix(ctx: FileContext, call: Node) -> str | None:
    """The path of the `ApiBuilder.path(...)` blocks around a bare `get(...)` (None outside
    any such block: a static `get` of something else)."""
    parts: list[str] = []
    cur = call.parent
    while cur is not None:
        if cur.type == "method_invocation":
            receiver, name, args = invocation(ctx, cur)
            if name == "path" and receiver is None and args and \
                    args[-1].type == "lambda_expression":
                found = strings(ctx, args[0])
                parts.append(found[0] if found else "")
            elif name in ("apiBuilder", "routes"):
                return _join(*reversed(parts)) if parts else "/"
        cur = cur.parent
    return _join(*reversed(parts)) if parts else None


def _javalin_routes(ctx: FileContext, inv: Inventory) -> None:
    if "io.javalin" not in ctx.text:
        return
    befores: list[tuple[str, Guard]] = []
    calls = [n for n in nodes(ctx, "method_invocation") if n.type == "method_invocation"]
    for node in calls:
        receiver, name, args = invocation(ctx, node)
        if name != "before" or receiver is None or len(args) < 2:
            continue
        pattern = strings(ctx, args[0])
        if pattern and args[-1].type == "lambda_expression" and _JAVALIN_REFUSAL.search(
                ctx.node_text(args[-1])):
            role = bool(re.search(r"(?i)admin|role", ctx.node_text(args[-1])))
            befores.append((pattern[0], Guard("middleware", f"before(\"{pattern[0]}\")",
                                              node, role=role, group=True)))
    for node in calls:
        receiver, name, args = invocation(ctx, node)
        if name not in _JAVALIN_VERBS or not args:
            continue
        if receiver is None:  # ApiBuilder: `path("users", () -> { get(h, Role.USER); })`
            prefix = _api_builder_prefix(ctx, node)
            if prefix is None:
                continue
            sub = strings(ctx, args[0]) if args[0].type == "string_literal" else []
            path = [_join(prefix, sub[0] if sub else "")]
            rest = args[1:] if sub else args
        else:
            path = strings(ctx, args[0])
            rest = args[1:]
        if not path or not path[0].startswith("/") or not rest:
            continue
        handler = rest[0]
        guards: list[Guard] = []
        public = False
        for role_arg in rest[1:]:
            text = ctx.node_text(role_arg)
            if _JAVALIN_OPEN_ROLE.search(text):
                public = True
            else:
                guards.append(Guard("permission", text, role_arg, role=privileged(text)))
        guards.extend(g for pattern, g in befores if _pattern_matches(pattern, path[0]))
        body = handler if handler.type == "lambda_expression" else None
        inv.routes.append(Route(
            node=node, name=ctx.node_text(handler) if body is None else "", path=path[0],
            methods=frozenset({_JAVALIN_VERBS[name]}),
            group=ctx.node_text(receiver) if receiver is not None else "<api-builder>",
            handler=body, guards=guards, public=public,
            verifies_signature=verifies_signature(ctx.node_text(handler))))


def inventory(ctx: FileContext) -> Inventory:
    found: Inventory | None = ctx.cache.get("access.java.inventory")
    if found is not None:
        return found
    inv = Inventory(language="java")
    if ctx.tree is not None:
        filters = _filters(ctx)
        for node in nodes(ctx, "class_declaration"):  # one query, not a walk in Python
            _class_routes(ctx, node, inv, filters)
        _javalin_routes(ctx, inv)
        _functional_routes(ctx, inv)
        inv.routes.sort(key=lambda r: r.node.start_byte)
        inv.auth_elsewhere = bool(_AUTH_TEXT.search(ctx.text)) or \
            any(guard_name(r.name) for r in inv.routes) or project_authenticates(ctx, inv)
    ctx.cache["access.java.inventory"] = inv
    return inv
