"""Go access protections switched off: file servers rooted at the project or a sensitive
folder (`http.FileServer(http.Dir("."))`, Gin `Static("/", ".")`, Echo `Static`, Fiber
`Static`), directory listings (`gin.Dir(root, true)`, Echo `StaticConfig{Browse: true}`, Fiber
`fiber.Static{Browse: true}`), folders of private data (exports, backups, invoices, logs)
served with no login, nosurf `ExemptPath`/`ExemptGlob` of the app's own pages, gorilla/csrf
`UnsafeSkipCheck` on requests, and cookie sessions (gorilla/sessions, scs) authenticating
state-changing routes with no CSRF middleware (gorilla/csrf, nosurf) and no same-site cookie
in the file."""

from __future__ import annotations

import re
from collections.abc import Iterator

from tree_sitter import Node

from vigilint import lazyre
from vigilint.analyzers.access.go.common import args_of, callee, qualified, string_of
from vigilint.analyzers.access.model import Switch
from vigilint.analyzers.access.syntax import nodes, nodes_in
from vigilint.analyzers.access.vocabulary import (
    private_folder,
    public_by_design,
    served_openly,
    webhook,
)
from vigilint.analyzers.context import FileContext

_ROOTS = re.compile(r"^(\.|\./|/|\.\./?|\.git|\.env|config|secrets?|private|backups?|logs?|"
                    r"data|db|\.ssh|/etc|/var|/home|/root)/?$")
_ROOT_EXPR = re.compile(r"^(os\.Getwd\(\)|wd|cwd|filepath\.Dir\(os\.Args\[0\]\)|"
                        r"filepath\.Abs\(\"\.\"\)|os\.Getenv\(\"HOME\"\)|home|homeDir|"
                        r"homedir)$")


def _root(ctx: FileContext, node: Node | None) -> bool:
    if node is None:
        return False
    value = string_of(ctx, node)
    if value is not None:
        return bool(_ROOTS.match(re.sub(r"^\./(?=.)", "", value.strip())))  # `./backups`
    if node.type == "call_expression" and callee(ctx, node)[1] in ("Dir",):
        first = args_of(node)[:1]
        return bool(first) and _root(ctx, first[0])
    return bool(_ROOT_EXPR.match(ctx.node_text(node).replace(" ", "")))


_NOSURF_EXEMPT = frozenset({"ExemptPath", "ExemptPaths", "ExemptGlob", "ExemptGlobs",
                            "ExemptRegexp", "ExemptRegexps"})
_TOKEN_API = re.compile(r"^\^?/?(api|graphql|v\d+)(/|$)", re.IGNORECASE)


def _session_page(path: str) -> bool:
    """Not a webhook, a public page or a token API: a page of the signed-in user."""
    return not (webhook(path, "") or public_by_design(path, "") or _TOKEN_API.search(path))


def switches(ctx: FileContext) -> Iterator[Switch]:
    yield from csrf_absent(ctx)
    yield from constant_oauth_state(ctx)
    for call in nodes(ctx, "call_expression"):
        if call.type != "call_expression":
            continue
        receiver, name = callee(ctx, call)
        args = args_of(call)
        full = qualified(ctx, call)
        if args and (full.endswith("net/http.FileServer") or (
                name in ("Static", "StaticFS", "File") and receiver is not None and
                len(args) >= 2)) and \
                private_folder(ctx.node_text(args[-1])) and \
                served_openly(ctx.node_text, call, args[-1]):
            yield Switch(args[-1], "static", f"`{ctx.node_text(args[-1])}` holds private data "
                                             f"(exports, backups, invoices, logs) and is served "
                                             f"as static files with no login: anyone who "
                                             f"guesses a file name downloads it; serve these "
                                             f"files from a handler that checks the caller.")
        elif full.endswith("net/http.FileServer") and args and _root(ctx, args[0]):
            yield Switch(call, "static", "`http.FileServer` serves the project or a sensitive "
                                         "folder (and lists its directories): source, `.env` "
                                         "and config files become downloadable; serve a "
                                         "dedicated `static/` folder.")
        elif name == "Dir" and full.endswith("gin-gonic/gin.Dir") and len(args) == 2 and \
                ctx.node_text(args[1]) == "true":
            yield Switch(call, "listing", "`gin.Dir(root, true)` lists directory contents to "
                                          "anyone; pass `false`.")
        elif name in ("Static", "StaticFS") and receiver is not None and len(args) >= 2 and \
                _root(ctx, args[1]):
            yield Switch(call, "static", f"`{name}` serves the project or a sensitive folder: "
                                         f"its files become downloadable; serve a dedicated "
                                         f"`static/` folder.")
        elif name in _NOSURF_EXEMPT and ("nosurf" in full or "nosurf" in ctx.text):
            for arg in args:
                for literal in (arg, *nodes_in(ctx, arg, "interpreted_string_literal",
                                               "raw_string_literal")):
                    path = string_of(ctx, literal)
                    if path is not None and _session_page(path):
                        yield Switch(literal, "csrf-exempt",
                                     f"nosurf `{name}` lets requests to `{path}` through "
                                     f"without the CSRF token, so another site can make a "
                                     f"signed-in user's browser call it; exempt only webhooks "
                                     f"that verify a signature.")
                        break
        elif name == "UnsafeSkipCheck" and "csrf" in full:
            yield Switch(call, "csrf-exempt", "`csrf.UnsafeSkipCheck` turns CSRF protection "
                                              "off for these requests; only skip it for "
                                              "requests that do not use the session cookie.")
    for node in nodes(ctx, "keyed_element"):
        if node.type == "keyed_element" and node.named_child_count == 2:
            key, value = node.named_children
            if ctx.node_text(key) == "Browse" and ctx.node_text(value) == "true":
                yield Switch(node, "listing", "`Browse: true` lists directory contents to "
                                              "anyone; turn it off.")


_SESSION_STORES = frozenset({"NewCookieStore", "NewFilesystemStore", "NewStore"})
_SESSION_IMPORTS = lazyre.compile(r'"github\.com/(gorilla/sessions|alexedwards/scs/v2)"')
_CSRF_DEFENCE = lazyre.compile(r"(?i)(csrf|nosurf|xsrf|\bSameSite\w*\s*[:=]\s*http\.SameSite"
                               r"(Strict|Lax)Mode)")
_GO_COMMENTS = lazyre.compile(r"(?m)(^|\s)(//[^\n]*|/\*(?:.*?\*/|.*))", re.DOTALL)
_WRITE_ROUTE = lazyre.compile(r"""\.Methods\(\s*(http\.Method\w+|"(POST|PUT|PATCH|DELETE)")|"""
                              r"""\.(Post|Put|Patch|Delete|POST|PUT|PATCH|DELETE)\(\s*"/|"""
                              r"""Handle(Func)?\(\s*"(POST|PUT|PATCH|DELETE) /""")


def csrf_absent(ctx: FileContext) -> Iterator[Switch]:
    """Cookie sessions (gorilla/sessions `NewCookieStore`, scs `scs.New()`) created in a file
    that registers state-changing routes, with no CSRF middleware (gorilla/csrf, nosurf) and
    no same-site session cookie: one finding, at the session store."""
    if not _SESSION_IMPORTS.search(ctx.text):
        return
    code = _GO_COMMENTS.sub("", ctx.text)
    if _CSRF_DEFENCE.search(code) or not _WRITE_ROUTE.search(code):
        return
    for call in nodes(ctx, "call_expression"):
        if call.type != "call_expression":
            continue
        receiver, name = callee(ctx, call)
        receiver_text = ctx.node_text(receiver) if receiver is not None else ""
        if (name in _SESSION_STORES and receiver_text == "sessions") or (
                name == "New" and receiver_text == "scs"):
            yield Switch(call, "csrf-off",
                         "Cookie sessions authenticate this app's state-changing routes, but no "
                         "CSRF protection is installed: another site can make a signed-in "
                         "user's browser submit them; wrap the router with gorilla/csrf (or "
                         "nosurf) or make the session cookie `SameSite: "
                         "http.SameSiteStrictMode`.")
            return


# golang.org/x/oauth2: "State is a token to protect the user from CSRF attacks. You must always
# provide a non-empty string and validate that it matches the state query parameter on your
# redirect callback" (https://pkg.go.dev/golang.org/x/oauth2#Config.AuthCodeURL). A constant
# state lets another site complete its own login in the user's browser. Flows that run in a
# terminal (the code is read from stdin) or redirect to the local machine or out of band are
# not exposed to other sites.
_TERMINAL = lazyre.compile(r"\bos\.Stdin\b|\bfmt\.Scan(ln|f)?\(")
_LOCAL_REDIRECT = lazyre.compile(r"RedirectURL\s*:[^\n]*(\"(https?://)?(localhost|127\.0\.0\.1|"
                                 r"\[::1\])\b|\"(oob|urn:ietf:wg:oauth:2\.0:oob)\")")


def _go_constants(ctx: FileContext) -> dict[str, str]:
    """Package-level `const X = "..."` and `var X = "..."` never assigned again."""
    out: dict[str, str] = {}
    if ctx.tree is None:
        return out
    for decl in ctx.tree.root_node.named_children:
        if decl.type not in ("const_declaration", "var_declaration"):
            continue
        for spec in nodes_in(ctx, decl, "const_spec", "var_spec"):
            names = [c for c in spec.named_children if c.type == "identifier"]
            value = spec.child_by_field_name("value")
            literals = [c for c in (value.named_children if value is not None else ())]
            if len(names) == 1 and len(literals) == 1 and \
                    literals[0].type == "interpreted_string_literal":
                name = ctx.node_text(names[0])
                if decl.type == "var_declaration" and re.search(
                        rf"(?<![\w.]){re.escape(name)}\s*=[^=]", ctx.text[decl.end_byte:]):
                    continue
                out[name] = ctx.node_text(literals[0])
    return out


def _constant_returns(ctx: FileContext, name: str) -> bool:
    """A function of this file whose every `return` gives a string literal."""
    for fn in nodes_in(ctx, ctx.tree.root_node, "function_declaration") if ctx.tree else ():
        if ctx.node_text(fn.child_by_field_name("name")) != name:
            continue
        returns = nodes_in(ctx, fn, "return_statement")
        return bool(returns) and all(
            r.named_children and r.named_children[0].named_children and all(
                c.type == "interpreted_string_literal"
                for c in r.named_children[0].named_children) for r in returns)
    return False


def _constant(ctx: FileContext, arg: Node, scope: Node | None,
              constants: dict[str, str]) -> bool:
    if arg.type in ("interpreted_string_literal", "raw_string_literal"):
        return True
    if arg.type != "identifier":
        return False
    name = ctx.node_text(arg)
    if name in constants:
        return True
    if scope is None:
        return False
    # `state := newFixedState()` with a function returning only literals
    for assign in nodes_in(ctx, scope, "short_var_declaration", "assignment_statement"):
        left = assign.child_by_field_name("left")
        right = assign.child_by_field_name("right")
        if left is None or right is None or ctx.node_text(left) != name:
            continue
        values = right.named_children
        if len(values) != 1:
            return False
        value = values[0]
        if value.type in ("interpreted_string_literal", "raw_string_literal"):
            return True
        if value.type == "call_expression":
            function = value.child_by_field_name("function")
            return function is not None and function.type == "identifier" and \
                _constant_returns(ctx, ctx.node_text(function))
        return False
    return False


def constant_oauth_state(ctx: FileContext) -> Iterator[Switch]:
    if "AuthCodeURL" not in ctx.text:
        return
    constants = _go_constants(ctx)
    for call in nodes(ctx, "call_expression"):
        _, name = callee(ctx, call)
        args = args_of(call)
        if name != "AuthCodeURL" or not args:
            continue
        scope = call.parent
        while scope is not None and scope.type not in ("function_declaration",
                                                       "method_declaration", "func_literal"):
            scope = scope.parent
        scope_text = ctx.node_text(scope) if scope is not None else ctx.text
        if _TERMINAL.search(scope_text) or _LOCAL_REDIRECT.search(scope_text):
            continue
        if _constant(ctx, args[0], scope, constants):
            yield Switch(call, "csrf-off",
                         "The OAuth2 `state` passed to `AuthCodeURL` is a constant, so it "
                         "protects nothing: another site can complete its own login in the "
                         "user's browser (login CSRF); generate a random state per login, keep "
                         "it in the session or a cookie, and compare it in the callback.")
