"""JavaScript/TypeScript reads of request parts the client controls (Express/Koa/Fastify
`req.cookies`, `req.headers`, `req.get(...)`, `req.query`, `req.body`, `req.params`, Koa
`ctx.cookies.get`, Fetch/Next `request.headers.get`, `request.cookies.get`, `cookies()`,
`headers()`, NestJS `@Headers()`/`@Query()`/`@Body()`/`@Param()` parameters), forwarded
addresses (`x-forwarded-for`, `req.ip` when `trust proxy` is on), tokens decoded without
verification, and the assignments that set the current caller."""

from __future__ import annotations

import re

from tree_sitter import Node

from vigilint import lazyre
from vigilint.analyzers.access.identity import IdentityHooks
from vigilint.analyzers.access.javascript.common import call_args, callee, string_of
from vigilint.analyzers.access.model import Read
from vigilint.analyzers.access.syntax import (
    descendants,
    enclosing_function,
    is_field,
    nodes,
    nodes_in,
)
from vigilint.analyzers.context import FileContext
from vigilint.analyzers.models import AccessTables, load
from vigilint.analyzers.syntax import semantics

REQUEST = re.compile(r"^(req|request|ctx|context|ctx\.request|context\.req|event|c\.req|"
                     r"this\.req|this\.request|req\.nextUrl|request\.nextUrl)$")
_TRUST_PROXY = re.compile(r"""set\(\s*["']trust proxy["']\s*,\s*(true|["']\*["'])""")
# the caller, or (for a value already named as a person's id or role) any member of the
# request, `res.locals` or `ctx.state` where later handlers find it (`request.courierId`)
_CALLER_SLOT = re.compile(r"^((req|request)\.(\w+|session\.(user|"
                          r"userId|uid|role|isAdmin|admin))|res\.locals\.\w+|"
                          r"ctx\.state\.\w+|ctx\.session\.(user|userId)|request\.auth\.credentials)$")
_CAST = re.compile(r"^\(\s*(\w+)\s+as\s+[\w.<>\[\] ]+\)")
_SPLIT_PAYLOAD = re.compile(r"split\(\s*[\"']\.[\"']\s*\)\s*\[\s*1\s*\]")
_UNVERIFIED = frozenset({"jwtDecode", "jwt_decode", "decodeJwt"})
# Hono's request methods (https://hono.dev/docs/api/request)
_HONO_METHODS = {"param": "path", "query": "query", "queries": "query", "header": "header",
                 "parseBody": "body"}


def _key_around(ctx: FileContext, node: Node) -> tuple[Node, str]:
    """`X.name`, `X["name"]`, `X.get("name")` (and `?.value`) around a part read."""
    parent = node.parent
    if parent is None:
        return node, ""
    if parent.type == "member_expression" and is_field(parent, "object", node):
        prop = ctx.node_text(parent.child_by_field_name("property"))
        if prop in ("get", "getAll", "has"):
            call = parent.parent
            if call is not None and call.type == "call_expression":
                args = call_args(call)
                return call, (string_of(ctx, args[0]) or "") if args else ""
            return node, ""
        return parent, prop
    if parent.type == "subscript_expression" and is_field(parent, "object", node):
        return parent, string_of(ctx, parent.child_by_field_name("index")) or ""
    return node, ""


def _member_reads(ctx: FileContext) -> list[Read]:
    tables = load(ctx.language).access
    trust_proxy = bool(_TRUST_PROXY.search(ctx.text))
    out: list[Read] = []
    for node in nodes(ctx, "member_expression", "call_expression"):
        if node.type == "member_expression":
            obj = node.child_by_field_name("object")
            member = ctx.node_text(node.child_by_field_name("property"))
            if obj is None or not REQUEST.match(ctx.node_text(obj)):
                continue
            if member in tables.identity_methods and node.parent is not None and \
                    node.parent.type == "call_expression" and \
                    is_field(node.parent, "function", node):
                if member in ("json", "formData", "text", "parseBody"):  # await request.json()
                    out.append(Read(node.parent, "body", ""))
                else:  # req.get("X-Role"), ctx.get(...), req.header(...)
                    args = call_args(node.parent)
                    key = string_of(ctx, args[0]) if args else ""
                    # Hono `c.req.param("id")`, `c.req.query("q")`
                    hono = ctx.node_text(obj) == "c.req"
                    if not hono and member in ("param", "parseBody"):
                        continue  # Hono's methods only (Express's deprecated `req.param`)
                    method_part = _HONO_METHODS.get(member, "header") if hono else "header"
                    out.append(_forwarded(tables, Read(node.parent, method_part, key or "")))
                continue
            part = tables.identity_members.get(member)
            if part is None and member == "state" and ctx.node_text(obj) in ("request", "req") \
                    and "hapi" in ctx.text:
                part = "cookie"  # Hapi parses the request's cookies into `request.state`
            if part is None:
                continue
            if part == "forwarded":
                if trust_proxy:
                    out.append(Read(node, "forwarded", member))
                continue
            read, key = _key_around(ctx, node)
            if part == "cookie" and read.type == "call_expression" and \
                    "signed" in ctx.node_text(read):
                continue  # Koa signed cookies are the server's
            out.append(_forwarded(tables, Read(read, part, key)))
        elif node.type == "call_expression":
            out.extend(_call_reads(ctx, node))
    return out


def _forwarded(tables: AccessTables, read: Read) -> Read:
    if read.part == "header" and tables.identity_names.get(read.key.lower()) == "forwarded":
        return Read(read.node, "forwarded", read.key)
    return read


def _call_reads(ctx: FileContext, call: Node) -> list[Read]:
    tables = load(ctx.language).access
    sem = semantics(ctx)
    function = call.child_by_field_name("function")
    name = sem.qualified_name(function) or ctx.node_text(function)
    short = name.rsplit(".", 1)[-1]
    part = tables.identity_calls.get(name)
    if part in ("cookie", "header"):  # next/headers cookies().get("x")
        read, key = _key_around(ctx, call)
        return [_forwarded(tables, Read(read, part, key))]
    if short == "verify" and name.startswith(("jsonwebtoken", "jwt")):
        # `jwt.verify(token, "", {algorithms: ["none"]})`: no key, so the unsigned token of
        # anyone passes (jsonwebtoken accepts `none` only without a secret)
        args = call_args(call)
        if len(args) > 1 and ctx.node_text(args[1]).strip() in (
                '""', "''", "``", "undefined", "null", "false"):
            return [Read(call, "unverified-token", "")]
        return []
    if name == "jwt-simple.decode":
        # `jwt.decode(token, secret, noVerify)`: verifies unless its third argument is true
        # (https://github.com/hokaccha/node-jwt-simple#usage)
        args = call_args(call)
        if len(args) > 2 and ctx.node_text(args[2]).strip() == "true":
            return [Read(call, "unverified-token", "")]
        return []
    # `@fastify/jwt` decorates the server with `fastify.jwt.decode(token)`: decoding only
    fastify_decode = name.endswith(".jwt.decode")
    if part == "unverified-token" or short in _UNVERIFIED or fastify_decode:
        if name.endswith(".decode") and not name.startswith(("jsonwebtoken", "jwt")) and \
                not fastify_decode:
            return []
        scope = enclosing_function(ctx, call)
        if scope is not None and _verifies_same(ctx.node_text(scope), call_args(call)[:1],
                                                 ctx):
            return []
        return [Read(call, "unverified-token", "")]
    if short in ("atob", "from") and (_SPLIT_PAYLOAD.search(ctx.node_text(call)) or
                                      _split_payload_local(ctx, call)):
        return [Read(call, "unverified-token", "")]
    return []


_VERIFY_CALL = lazyre.compile(r"(?:\.verify|jwtVerify)\(\s*([^,()]*(?:\([^()]*\))?[^,()]*)")
_TOKEN_WORD = lazyre.compile(r"[A-Za-z_$][\w$]*")
_NOT_TOKEN = frozenset({"slice", "split", "replace", "substring", "trim", "headers", "req",
                        "request", "ctx", "get", "authorization", "Authorization", "Bearer",
                        "value", "toString", "String"})


def _verifies_same(text: str, decoded: list[Node], ctx: FileContext) -> bool:
    """The function verifies the token it decodes (`decodeJwt(token)` to read its `kid`, then
    `jwtVerify(token, key)`); a verification of another token (the session cookie, while a
    bearer header is only decoded) leaves the decoded one unverified."""
    calls = _VERIFY_CALL.findall(text)
    if not calls:
        return False
    if not decoded:
        return True
    names = set(_TOKEN_WORD.findall(ctx.node_text(decoded[0]))) - _NOT_TOKEN
    if not names:
        return True
    return any(not (set(_TOKEN_WORD.findall(arg)) - _NOT_TOKEN) or
               names & set(_TOKEN_WORD.findall(arg)) for arg in calls)


def _parameter_reads(ctx: FileContext) -> list[Read]:
    """NestJS `@Headers('x-user-id') id`, `@Query('role') role`, `@Body() body` parameters."""
    tables = load(ctx.language).access
    out = []
    for node in nodes(ctx, "required_parameter", "optional_parameter"):
        if node.type not in ("required_parameter", "optional_parameter"):
            continue
        decorators = [c for c in node.children if c.type == "decorator"]
        pattern = node.child_by_field_name("pattern")
        if not decorators or pattern is None or pattern.type != "identifier":
            continue
        for decorator in decorators:
            expr = decorator.named_children[0] if decorator.named_children else None
            if expr is None:
                continue
            call = expr if expr.type == "call_expression" else None
            target = call.child_by_field_name("function") if call is not None else expr
            part = tables.identity_parameters.get(ctx.node_text(target))
            if part is None:
                continue
            args = call_args(call) if call is not None else []
            key = string_of(ctx, args[0]) if args else ""
            out.append(_forwarded(tables, Read(pattern, part, key or "")))
    if ctx.language == "javascript" and re.search(r"@(Bind|Param|Body|Query|Headers|Cookies?)\(",
                                                  ctx.text):
        out.extend(_plain_js_parameters(ctx))
    return out


def _nest_part(ctx: FileContext, expr: Node | None) -> tuple[str, str] | None:
    """(part, key) of a NestJS parameter decorator call (`Param('id')`, `Headers('x-a')`)."""
    if expr is None:
        return None
    call = expr if expr.type == "call_expression" else None
    target = call.child_by_field_name("function") if call is not None else expr
    part = load(ctx.language).access.identity_parameters.get(ctx.node_text(target))
    if part is None:
        return None
    args = call_args(call) if call is not None else []
    return part, (string_of(ctx, args[0]) if args else "") or ""


def _plain_js_parameters(ctx: FileContext) -> list[Read]:
    """NestJS in plain JavaScript: `@Bind(Param('id'), Body())` on a method names its
    parameters in order, and Babel's parameter decorators (`remove(@Param('id') id)`)."""
    tables = load(ctx.language).access
    out: list[Read] = []
    if ctx.tree is None:
        return out
    for method in descendants(ctx.tree.root_node):
        if method.type != "method_definition":
            continue
        params_node = method.child_by_field_name("parameters")
        params = [p for p in params_node.named_children if p.type == "identifier"] \
            if params_node is not None else []
        decorators: list[Node] = []
        sibling = method.prev_named_sibling
        while sibling is not None and sibling.type in ("decorator", "comment"):
            if sibling.type == "decorator":
                decorators.append(sibling)
            sibling = sibling.prev_named_sibling
        decorators.extend(c for c in method.children if c.type == "decorator")
        for decorator in decorators:
            expr = decorator.named_children[0] if decorator.named_children else None
            if expr is None or expr.type != "call_expression" or ctx.node_text(
                    expr.child_by_field_name("function")) != "Bind":
                continue
            for param, arg in zip(params, call_args(expr), strict=False):
                found = _nest_part(ctx, arg)
                if found is not None:
                    out.append(_forwarded(tables, Read(param, found[0], found[1])))
        for child in params_node.children if params_node is not None else ():
            # `@Param('id') id`: the next parameter (tree-sitter wraps the decorator in an
            # ERROR node: parameter decorators are not standard JavaScript)
            marker: Node | None = child if child.type == "decorator" else next(
                (c for c in child.named_children if c.type == "decorator"), None) \
                if child.type == "ERROR" else None
            if marker is not None:
                following = child.next_named_sibling
                while following is not None and following.type in ("decorator", "ERROR"):
                    following = following.next_named_sibling
                found = _nest_part(ctx, marker.named_children[0]
                                   if marker.named_children else None)
                if found is not None and following is not None and \
                        following.type == "identifier":
                    out.append(_forwarded(tables, Read(following, found[0], found[1])))
    return out


_HEADERS_WORD = lazyre.compile(r"\bheaders\b")
_FORWARDED_KEY = lazyre.compile(r"""\[\s*(['"`])(x-forwarded-for|x-real-ip|forwarded|"""
                                r"""x-client-ip|cf-connecting-ip|true-client-ip)\1\s*\]""",
                                re.IGNORECASE)


def _destructured_headers(ctx: FileContext) -> list[Read]:
    """`keyGenerator({ headers, ip }) { return headers['X-Forwarded-For'] || ip }`: the request's
    headers taken apart in the parameter list."""
    if not _FORWARDED_KEY.search(ctx.text):
        return []
    out: list[Read] = []
    for node in nodes_in(ctx, ctx.tree.root_node, "subscript_expression") if ctx.tree else []:
        obj = node.child_by_field_name("object")
        if obj is None or ctx.node_text(obj) != "headers" or \
                not _FORWARDED_KEY.search(ctx.node_text(node)):
            continue
        function = enclosing_function(ctx, node)
        params = function.child_by_field_name("parameters") if function is not None else None
        if params is not None and _destructures_headers(ctx.node_text(params)):
            key = string_of(ctx, node.child_by_field_name("index")) or ""
            out.append(Read(node, "forwarded", key))
    return out


def _destructures_headers(params: str) -> bool:
    """`({ headers, ip })`: a `headers` name inside an open `{` of the parameter list (string
    operations: `\\{[^}]*\\bheaders\\b` is quadratic on a run of braces)."""
    for match in _HEADERS_WORD.finditer(params):
        if params.rfind("{", 0, match.start()) > params.rfind("}", 0, match.start()):
            return True
    return False


def reads(ctx: FileContext) -> list[Read]:
    found: list[Read] | None = ctx.cache.get("access.javascript.reads")
    if found is None:
        found = sorted([*_member_reads(ctx), *_parameter_reads(ctx),
                        *_destructured_headers(ctx)],
                       key=lambda r: r.node.start_byte)
        ctx.cache["access.javascript.reads"] = found
    return found


def principal_slot(ctx: FileContext, node: Node) -> bool:
    if node.type == "call_expression":
        _, name = callee(ctx, node)
        return name in ("login", "logIn") and "req" in ctx.node_text(node)
    # TypeScript casts: `(req as AuthedRequest).user`
    return bool(_CALLER_SLOT.match(_CAST.sub(r"\1", ctx.node_text(node))))


def lookup_call(ctx: FileContext, call: Node) -> bool:
    if call.type != "call_expression":
        return False
    tables = load(ctx.language).access
    _, name = callee(ctx, call)
    return name in tables.lookups or name in tables.writes


def accessor_key(ctx: FileContext, node: Node) -> str:
    if node.type == "member_expression":
        prop = ctx.node_text(node.child_by_field_name("property"))
        return "" if prop in ("get", "value", "toString", "trim", "toLowerCase") else prop
    if node.type == "subscript_expression":
        return string_of(ctx, node.child_by_field_name("index")) or ""
    if node.type == "call_expression":
        function = node.child_by_field_name("function")
        if function is not None and function.type == "member_expression" and \
                ctx.node_text(function.child_by_field_name("property")) == "get":
            args = call_args(node)
            return (string_of(ctx, args[0]) or "") if args else ""
    return ""


HOOKS = IdentityHooks(reads=reads, principal_slot=principal_slot, lookup_call=lookup_call,
                      accessor_key=accessor_key)


def _split_payload_local(ctx: FileContext, call: Node) -> bool:
    """`Buffer.from(payload, 'base64url')` / `atob(payload)` where the function took `payload`
    as the middle part of a token (`const [, payload] = token.split('.')`, `const payload =
    token.split('.')[1]`): the token's claims, decoded by hand without its signature."""
    args = call_args(call)
    if not args or args[0].type != "identifier":
        return False
    scope = enclosing_function(ctx, call)
    if scope is None:
        return False
    name = re.escape(ctx.node_text(args[0]))
    text = ctx.node_text(scope)
    if re.search(r"\b(createHmac|timingSafeEqual|createVerify|jwtVerify)\s*\(|\.verify\s*\(",
                 text):
        return False  # the function checks the signature itself
    return bool(re.search(rf"\[\s*\w*\s*,\s*{name}\s*[,\]][^=;\n]*=[^;\n]*\.split\(\s*[\"']\.[\"']"
                          rf"\s*\)|\b{name}\s*=[^;\n]*\.split\(\s*[\"']\.[\"']\s*\)\s*\[\s*1\s*\]",
                          text))
