"""Java access protections switched off: Spring Security `permitAll()` on administrative or
operational paths (`/admin/**`, `/actuator/**`, `/**`), `anyRequest().permitAll()` next to
rules that require a login, `web.ignoring()` of such paths, CSRF exemptions
(`ignoringRequestMatchers`) of such paths in a chain with browser sessions, and Spring Data
REST repositories exported with no method security (generated endpoints open to anyone).
Webhook receivers and Spring Boot's `/actuator/health` and `/actuator/info` are public by
design."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from tree_sitter import Node

from vigilint.analyzers.access.java.common import annotations_of, invocation, strings
from vigilint.analyzers.access.java.routes import inventory, matchers
from vigilint.analyzers.access.model import Switch
from vigilint.analyzers.access.project import project_facts
from vigilint.analyzers.access.siblings import exempted_switches
from vigilint.analyzers.access.syntax import enclosing_function, nodes, nodes_in
from vigilint.analyzers.access.vocabulary import (
    private_folder,
    public_by_design,
    sensitive,
    served_openly,
    webhook,
)
from vigilint.analyzers.context import FileContext

# Spring Boot's actuator endpoints meant for anyone (load balancers, build info)
_ACTUATOR_PUBLIC = re.compile(r"^/?actuator/(health|info)(/\*\*?)?$")


def _open_paths(patterns: tuple[str, ...]) -> list[str]:
    return [p for p in patterns if p.strip() in ("/**", "/*", "**") or
            (sensitive(p, "") and not public_by_design(p, "") and not webhook(p, "") and
             not _ACTUATOR_PUBLIC.match(p.strip()))]


_WRITE_VERB = re.compile(r"HttpMethod\.(DELETE|PUT|PATCH|POST)\b")


def _method(ctx: FileContext, node: Node) -> int | None:
    """The start of the method declaring `node` (lambdas of its chain are looked through)."""
    scope = enclosing_function(ctx, node)
    while scope is not None and scope.type == "lambda_expression":
        scope = enclosing_function(ctx, scope)
    return scope.start_byte if scope is not None else None


def switches(ctx: FileContext) -> Iterator[Switch]:
    rules = matchers(ctx)
    requires = any(m.rule != "permitAll" for m in rules)
    for matcher in rules:
        if matcher.rule != "permitAll":
            continue
        if not matcher.patterns:
            # the chain of this method (or bean) requires a caller somewhere: a chain whose
            # only rule is `anyRequest().permitAll()` says the application is public on
            # purpose (or authenticates elsewhere), it leaves no path of its own open
            scope = _method(ctx, matcher.node)
            if any(m.rule != "permitAll" and (scope is None or _method(ctx, m.node) == scope)
                   for m in rules):
                yield Switch(matcher.node, "permit-all",
                             "`anyRequest().permitAll()` leaves every path the rules above do "
                             "not name open to anyone; end with `anyRequest().authenticated()` "
                             "and open public paths one by one.")
            continue
        opened = _open_paths(matcher.patterns)
        if opened:
            yield Switch(matcher.node, "permit-all",
                         f"`permitAll()` opens {', '.join(f'`{p}`' for p in opened)} to anyone: "
                         f"administrative or operational endpoints need a role.")
            continue
        private = [p for p in matcher.patterns if private_folder(p) and
                   not public_by_design(p, "") and not webhook(p, "")]
        if private and requires:
            # `requestMatchers("/reports/**").permitAll()`: exports, invoices, payroll
            yield Switch(matcher.node, "permit-all",
                         f"`permitAll()` opens {', '.join(f'`{p}`' for p in private)} to "
                         f"anyone while the other rules require a caller: these paths serve "
                         f"private data (reports, exports, invoices); require a login.")
            continue
        handlers = _open_handlers(ctx, matcher.patterns) if requires else []
        if handlers:
            # `requestMatchers("/maintenance/**").permitAll()` in front of handlers that change
            # stored records with no guard of their own (in the project's controllers)
            shown = ", ".join(f"`{' '.join(h[1][:1])} {h[0]}`".replace("` ", "`")
                              for h in handlers[:3])
            yield Switch(matcher.node, "permit-all",
                         f"`permitAll()` opens {', '.join(f'`{p}`' for p in matcher.patterns)} "
                         f"to anyone while the other rules require a caller, and handlers "
                         f"behind it change stored records with no guard of their own "
                         f"({shown}); require a login and a role.")
            continue
        verb = _WRITE_VERB.search(matcher.text)
        written = [p for p in matcher.patterns if not public_by_design(p, "") and
                   not webhook(p, "")]
        if verb is not None and written and requires:
            # `requestMatchers(HttpMethod.DELETE, "/api/reports/**").permitAll()`
            yield Switch(matcher.node, "permit-all",
                         f"`permitAll()` lets anyone {verb.group(1)} "
                         f"{', '.join(f'`{p}`' for p in written)} while the other rules "
                         f"require a caller: changes need a login (and usually a role).")
    yield from _ignoring(ctx)
    yield from _csrf_ignoring(ctx)
    yield from _data_rest(ctx)
    yield from exempted_switches(inventory(ctx), ctx.node_text)
    yield from _listings(ctx)
    yield from _resource_folders(ctx)


def _ant_match(pattern: str, path: str) -> bool:
    """Spring's Ant-style matcher: `/maintenance/**` matches `/maintenance/customers/{id}`."""
    pattern = pattern.strip()
    if pattern.endswith("/**"):
        base = pattern[:-3].rstrip("/")
        return bool(base) and (path == base or path.startswith(base + "/"))
    return False


def _open_handlers(ctx: FileContext, patterns: tuple[str, ...]) -> list[list[Any]]:
    facts = project_facts(ctx)
    if facts is None:
        return []
    found = [h for h in facts.open_writes
             if any(_ant_match(p, str(h[0])) for p in patterns) and
             not public_by_design(str(h[0]), "") and not webhook(str(h[0]), "")]
    return sorted(found, key=lambda h: str(h[0]))


def _resource_folders(ctx: FileContext) -> Iterator[Switch]:
    """Spring MVC `registry.addResourceHandler("/exports/**").addResourceLocations(
    "file:/srv/app/exports/")`: a folder of private data served to anyone as static files
    (Spring Security's chain may still guard the URL: only with no rule naming it)."""
    if "addResourceLocations" not in ctx.text:
        return
    for node in nodes(ctx, "method_invocation"):
        if node.type != "method_invocation":
            continue
        _, name, args = invocation(ctx, node)
        if name != "addResourceLocations":
            continue
        for arg in args:
            text = ctx.node_text(arg)
            if private_folder(text) and served_openly(ctx.node_text, node, arg):
                yield Switch(arg, "static", f"`{text}` holds private data (users' uploads, exports, backups, "
                                            f"invoices, logs) and is served as static files: "
                                            f"anyone who guesses a file name downloads it; "
                                            f"serve these files from a controller that "
                                            f"checks the caller.")
                break


_LISTINGS = re.compile(r"""(name\s*=\s*"listings"\s*,\s*value\s*=\s*"true"|"""
                       r"""setInitParameter\(\s*"listings"\s*,\s*"true"\s*\))""")


def _listings(ctx: FileContext) -> Iterator[Switch]:
    """A servlet (Tomcat's `DefaultServlet`) registered with the `listings` init parameter
    on: `@WebInitParam(name = "listings", value = "true")`, `setInitParameter("listings",
    "true")`."""
    if "listings" not in ctx.text:
        return
    for node in nodes(ctx, "method_invocation"):
        if node.type == "method_invocation" and _LISTINGS.search(ctx.node_text(node)) and \
                ctx.node_text(node.child_by_field_name("name")) == "setInitParameter":
            yield Switch(node, "listing", "`listings` is on: the servlet lists directory "
                                          "contents to anyone; leave it off.")
    if ctx.tree is None:
        return
    for node in nodes_in(ctx, ctx.tree.root_node, "annotation"):
        if ctx.node_text(node.child_by_field_name("name")) == "WebInitParam" and \
                _LISTINGS.search(ctx.node_text(node)):
            yield Switch(node, "listing", "`listings` is on: the servlet lists directory "
                                          "contents to anyone; leave it off.")


def _ignoring(ctx: FileContext) -> Iterator[Switch]:
    for node in nodes(ctx, "method_invocation"):
        if node.type != "method_invocation":
            continue
        receiver, name, args = invocation(ctx, node)
        if name not in ("requestMatchers", "antMatchers", "mvcMatchers") or receiver is None \
                or "ignoring()" not in ctx.node_text(receiver):
            continue
        opened = _open_paths(tuple(p for a in args for p in strings(ctx, a)))
        if opened:
            yield Switch(node, "permit-all",
                         f"`web.ignoring()` takes {', '.join(f'`{p}`' for p in opened)} out of "
                         f"Spring Security entirely; protect them with a role instead.")


def _csrf_ignoring(ctx: FileContext) -> Iterator[Switch]:
    """`csrf.ignoringRequestMatchers("/manage/**")` in a chain that keeps browser sessions
    (not `SessionCreationPolicy.STATELESS`, not a resource server): administrative paths
    that change data without CSRF protection."""
    for node in nodes(ctx, "method_invocation"):
        if node.type != "method_invocation":
            continue
        _, name, args = invocation(ctx, node)
        if name not in ("ignoringRequestMatchers", "ignoringAntMatchers"):
            continue
        method = node.parent
        while method is not None and method.type != "method_declaration":
            method = method.parent
        chain = ctx.node_text(method) if method is not None else ctx.text
        if "STATELESS" in chain or "oauth2ResourceServer" in chain:
            continue
        literals = [n for a in args for n in nodes_in(ctx, a, "string_literal")]
        browser = bool(_BROWSER_LOGIN.search(chain))
        opened = [n for n in literals if ctx.node_text(n)[1:-1] in
                  _open_paths((ctx.node_text(n)[1:-1],)) or
                  (browser and _session_page(ctx.node_text(n)[1:-1]))]
        if opened:
            paths = ", ".join(f"`{ctx.node_text(n)[1:-1]}`" for n in opened)
            yield Switch(opened[0], "csrf-exempt",
                         f"CSRF protection is switched off for {paths} in a chain with "
                         f"browser sessions, so another site can make a signed-in user's "
                         f"browser call these endpoints; keep CSRF on for them.")


# A chain whose users sign in through the browser: their requests carry the session cookie.
_BROWSER_LOGIN = re.compile(r"\b(formLogin|oauth2Login|rememberMe|saml2Login)\b")
_TOKEN_PATH = re.compile(r"^/?(api|rest|graphql|v\d+)(/|$)|(^|/)(public|static|assets|css|js|"
                         r"images|h2-console)(/|$)", re.IGNORECASE)


def _session_page(path: str) -> bool:
    """A path of the app's own pages (`/leave/**`, `/account/close`) that a browser signed in
    with the session cookie reaches: not a webhook, a public page or a token API."""
    return not (webhook(path, "") or public_by_design(path, "") or _TOKEN_PATH.search(path))


def _data_rest(ctx: FileContext) -> Iterator[Switch]:
    secured = "@PreAuthorize" in ctx.text or "@Secured" in ctx.text or \
        "@RolesAllowed" in ctx.text
    if secured:
        return
    for node in nodes(ctx, "interface_declaration", "class_declaration"):
        if node.type not in ("interface_declaration", "class_declaration"):
            continue
        for ann in annotations_of(ctx, node):
            if ann.name == "RepositoryRestResource" and "exported = false" not in \
                    ann.text(ctx).replace("exported=false", "exported = false"):
                yield Switch(ann.node, "generated-rest",
                             "Spring Data REST exports this repository as CRUD endpoints "
                             "(list, read, create, update, delete) with no method security; "
                             "add `@PreAuthorize` to its methods or `exported = false`.")
