"""Java reads of request parts the client controls (servlet `getHeader`, `getParameter`,
`getCookies` loops; Spring `@RequestHeader`, `@CookieValue`, `@RequestParam`, `@PathVariable`,
`@RequestBody`; JAX-RS `@HeaderParam`, `@QueryParam`, ...), forwarded addresses, tokens read
without verifying them (auth0 `JWT.decode`, jjwt `parseClaimsJwt`, Nimbus `SignedJWT.parse`
without `verify`), and the calls that set the current caller."""

from __future__ import annotations

import re

from tree_sitter import Node

from vigilint import lazyre
from vigilint.analyzers.access.identity import IdentityHooks
from vigilint.analyzers.access.java.common import (
    annotations_of,
    invocation,
    parameters,
    string_value,
)
from vigilint.analyzers.access.model import Read
from vigilint.analyzers.access.syntax import descendants, enclosing_function, nodes
from vigilint.analyzers.context import FileContext
from vigilint.analyzers.models import load

_REQUEST = re.compile(r"^(request|req|httpRequest|servletRequest|httpServletRequest|"
                      r"this\.request|getRequest\(\))$")
_CALLER_SET = re.compile(r"^(setAttribute|setAuthentication|putValue)$")
_CALLER_KEYS = re.compile(r"(user|account|principal|role|admin|login|auth)", re.IGNORECASE)
_COOKIE_NAME = re.compile(r"\"([\w.-]+)\"\s*\.\s*equals(IgnoreCase)?\(\s*(\w+)\.getName\(\)\s*\)|"
                          r"(?<!\w)(\w+)\.getName\(\)\s*\.\s*equals(IgnoreCase)?\(\s*\"([\w.-]+)\"\s*\)")
_SPLIT_PAYLOAD = re.compile(r"split\(\s*\"\\\\\.\"\s*\)\s*\[\s*1\s*\]")


# Javalin `Context` reads (https://javalin.io/documentation#context)
_JAVALIN_READS = {"header": "header", "cookie": "cookie", "queryParam": "query",
                  "formParam": "body", "pathParam": "path"}


def _forwarded(key: str, part: str) -> str:
    names = load("java").access.identity_names
    return "forwarded" if part == "header" and names.get(key.lower()) == "forwarded" else part


def _invocation_reads(ctx: FileContext) -> list[Read]:
    tables = load("java").access
    out: list[Read] = []
    javalin = "io.javalin" in ctx.text
    for node in nodes(ctx, "method_invocation"):
        if node.type != "method_invocation":
            continue
        receiver, name, args = invocation(ctx, node)
        receiver_text = ctx.node_text(receiver) if receiver is not None else ""
        if javalin and name in _JAVALIN_READS and receiver_text in ("ctx", "context") and args:
            javalin_key = string_value(ctx, args[0]) or ""
            out.append(Read(node, _forwarded(javalin_key, _JAVALIN_READS[name]), javalin_key))
            continue
        part = tables.identity_methods.get(name)
        if part in ("header", "query", "path", "body", "cookie") and _REQUEST.match(
                receiver_text):
            key = string_value(ctx, args[0]) if args else None
            if part == "cookie":
                out.extend(_cookie_reads(ctx, node))
                continue
            out.append(Read(node, _forwarded(key or "", part), key or ""))
            continue
        if name == "getValue" and not args and receiver is not None and \
                receiver.type == "identifier" and _cookie_typed(ctx, node, receiver_text):
            # `Cookie adminCookie = ...; adminCookie.getValue()`: a servlet cookie's value is
            # whatever the browser sent
            out.append(Read(node, "cookie", ""))
            continue
        if name in ("getHeaderString", "getRequestHeader") and args and receiver is not None:
            # JAX-RS `@Context HttpHeaders headers`: `headers.getHeaderString("X-Role")`
            key = string_value(ctx, args[0]) or ""
            out.append(Read(node, _forwarded(key, "header"), key))
            continue
        qualified = f"{receiver_text}.{name}" if receiver_text else name
        if tables.identity_calls.get(qualified) == "unverified-token" or name in (
                "parseClaimsJwt", "parseUnsecuredClaims", "parsePlaintextJwt",
                "parseContentJwt", "parseUnsecuredContent") or (
                name == "parse" and _jjwt_unsigned_parse(ctx, node, receiver, args)):
            # jjwt: `parse(token)` returns whatever the token is, an unsigned one included
            # (the docs: use `parseClaimsJws`/`parseSignedClaims` for signed tokens)
            scope = enclosing_function(ctx, node)
            if name == "parse" and scope is not None and ".verify(" in ctx.node_text(scope):
                continue
            if qualified.endswith("JWT.decode") or name != "decode":
                out.append(Read(node, "unverified-token", ""))
        elif name == "decode" and _SPLIT_PAYLOAD.search(ctx.node_text(node)):
            out.append(Read(node, "unverified-token", ""))
    return out


_JJWT_PARSER = lazyre.compile(r"\bJwts\s*\.\s*(parser|parserBuilder)\s*\(|"
                              r"\bnew\s+Default(JwtParser|JwtParserBuilder)\s*\(")
_SIGNING_KEY = lazyre.compile(r"\.\s*setSigningKey(Resolver)?\s*\(")
# a handler for unsigned tokens (`JwtHandlerAdapter<Jwt<Header, Claims>>` overriding
# `onPlaintextJwt`/`onClaimsJwt`): `parse(token, handler)` then takes a token with no signature
_UNSIGNED_HANDLER = lazyre.compile(r"\bon(Plaintext|Claims)Jwt\s*\(")


def _cookie_typed(ctx: FileContext, use: Node, name: str) -> bool:
    """`name` is declared as a servlet `Cookie` (a local or a parameter) in the method."""
    scope = enclosing_function(ctx, use)
    return scope is not None and re.search(
        rf"\bCookie\s+{re.escape(name)}\b", ctx.node_text(scope)) is not None


def _jjwt_unsigned_parse(ctx: FileContext, call: Node, receiver: Node | None,
                         args: list[Node]) -> bool:
    """jjwt (before 0.12) `parse(token)` on a parser: it returns whatever the token is, an
    unsigned (`alg: none`) one included, even when the parser has a signing key; only
    `parseClaimsJws` (or a `Jws` handler) insists on a signature."""
    if receiver is None or not args or len(args) > 2 or (
            len(args) == 2 and not _UNSIGNED_HANDLER.search(ctx.node_text(args[1]))):
        return False
    text = ctx.node_text(receiver)
    if _JJWT_PARSER.search(text):
        return True
    if receiver.type != "identifier":
        return False
    # `JwtParser parser = signedParser(); parser.parse(raw)`: a parser given a key before the
    # call (here, or by the method of this file that built it)
    scope = enclosing_function(ctx, call)
    if scope is None:
        return False
    before = ctx.text[scope.start_byte:call.start_byte] if ctx.is_ascii else \
        ctx.node_text(scope)
    found = re.search(rf"\b{re.escape(text)}\s*=\s*([^;]+);", before)
    if re.search(rf"\b{re.escape(text)}\s*\.\s*setSigningKey", before):
        return True
    if found is None:
        return False
    value = found.group(1)
    if _JJWT_PARSER.search(value) and _SIGNING_KEY.search(value):
        return True
    helper = re.match(r"\s*(?:this\s*\.\s*)?(\w+)\s*\(\s*\)\s*$", value)
    return helper is not None and _signed_builder(ctx, helper.group(1))


def _signed_builder(ctx: FileContext, method: str) -> bool:
    """A method of the file that builds a jjwt parser and gives it a signing key."""
    for decl in nodes(ctx, "method_declaration"):
        if decl.type == "method_declaration" and \
                ctx.node_text(decl.child_by_field_name("name")) == method:
            body = ctx.node_text(decl)
            return bool(_JJWT_PARSER.search(body)) and bool(_SIGNING_KEY.search(body))
    return False


def _cookie_reads(ctx: FileContext, get_cookies: Node) -> list[Read]:
    """`for (Cookie c : request.getCookies()) if ("role".equals(c.getName())) ... c.getValue()`:
    each `getValue()` read, keyed by the name the loop compares it with."""
    loop = get_cookies.parent
    while loop is not None and loop.type not in ("enhanced_for_statement", "method_declaration"):
        loop = loop.parent
    if loop is None or loop.type != "enhanced_for_statement":
        return [Read(get_cookies, "cookie", "")]
    variable = ctx.node_text(loop.child_by_field_name("name"))
    out = []
    body = loop.child_by_field_name("body")
    for node in descendants(body) if body is not None else ():
        if node.type != "method_invocation":
            continue
        receiver, name, _ = invocation(ctx, node)
        if name != "getValue" or ctx.node_text(receiver) != variable:
            continue
        key = ""
        cur = node.parent
        while cur is not None and cur.id != loop.id:
            for match in _COOKIE_NAME.finditer(ctx.node_text(cur)):
                if (match.group(3) or match.group(4)) == variable:
                    key = match.group(1) or match.group(6) or ""
                    break
            if key:
                break
            cur = cur.parent
        out.append(Read(node, "cookie", key))
    return out


def _parameter_reads(ctx: FileContext) -> list[Read]:
    tables = load("java").access
    out = []
    micronaut = "io.micronaut" in ctx.text
    for method in nodes(ctx, "method_declaration"):
        if method.type != "method_declaration":
            continue
        # Micronaut binds a parameter named like a URI variable (`@Get("/{id}") show(Long id)`)
        variables = _uri_variables(ctx, method) if micronaut else frozenset()
        for param in parameters(ctx, method):
            if not param.annotations and param.name in variables:
                out.append(Read(param.name_node, "path", param.name))
                continue
            for ann in param.annotations:
                part = tables.identity_parameters.get(ann.name)
                if part is None:
                    continue
                key = ann.value(ctx, "value", "name") or param.name
                out.append(Read(param.name_node, _forwarded(key, part), key))
                break
    return out


_URI_VARIABLE = lazyre.compile(r"\{\+?(\w+)")
_MICRONAUT_VERBS = frozenset({"Get", "Post", "Put", "Delete", "Patch"})


def _uri_variables(ctx: FileContext, method: Node) -> frozenset[str]:
    for ann in annotations_of(ctx, method):
        if ann.name in _MICRONAUT_VERBS:
            return frozenset(_URI_VARIABLE.findall(ann.value(ctx, "value", "uri") or ""))
    return frozenset()


def reads(ctx: FileContext) -> list[Read]:
    found: list[Read] | None = ctx.cache.get("access.java.reads")
    if found is None:
        found = sorted([*_invocation_reads(ctx), *_parameter_reads(ctx)],
                       key=lambda r: r.node.start_byte)
        ctx.cache["access.java.reads"] = found
    return found


def principal_slot(ctx: FileContext, node: Node) -> bool:
    if node.type != "method_invocation":
        return False
    receiver, name, args = invocation(ctx, node)
    if name in ("setAuthentication", "setSecurityContext", "setUserPrincipal"):
        # Spring's holder, a JAX-RS `ContainerRequestContext`, a servlet wrapper: the caller
        # every handler after the filter sees
        return True
    if _CALLER_SET.match(name) and args:
        key = string_value(ctx, args[0]) or ""
        return "session" in ctx.node_text(receiver).lower() and bool(_CALLER_KEYS.search(key))
    return False


def lookup_call(ctx: FileContext, call: Node) -> bool:
    if call.type != "method_invocation":
        return False
    tables = load("java").access
    _, name, _ = invocation(ctx, call)
    return name in tables.lookups or name in tables.writes or name.startswith("findBy")


def accessor_key(ctx: FileContext, node: Node) -> str:
    if node.type == "method_invocation":
        _, name, args = invocation(ctx, node)
        if name in ("getClaim", "get", "getAttribute", "getStringClaim", "getHeader") and args:
            return string_value(ctx, args[0]) or ""
        if name.startswith("get") and len(name) > 3 and not args:
            return name[3:]  # claims.getSubject() -> Subject
    return ""


HOOKS = IdentityHooks(reads=reads, principal_slot=principal_slot, lookup_call=lookup_call,
                      accessor_key=accessor_key)
