"""Python reads of request parts the client controls (Flask/Quart/Bottle `request.cookies`,
Django `request.COOKIES`/`META`, Starlette and aiohttp request members, FastAPI `Header()`/
`Cookie()` parameters, Tornado `get_cookie`), tokens decoded without verification, the calls
and assignments that set the current caller, and record lookups."""

from __future__ import annotations

from tree_sitter import Node

from vigilint import lazyre
from vigilint.analyzers.access.identity import IdentityHooks
from vigilint.analyzers.access.model import Read
from vigilint.analyzers.access.syntax import descendants, is_field, nodes
from vigilint.analyzers.context import FileContext
from vigilint.analyzers.models import load, short_name
from vigilint.analyzers.syntax import python

_REQUEST_OBJECTS = frozenset({"flask.request", "quart.request", "bottle.request",
                              "pyramid.threadlocal.get_current_request"})
_REQUEST_NAMES = lazyre.compile(r"^(request|req|self\.request|self\.req|req_)$")
# Methods of a request object that read a part the client controls (Falcon, Bottle, Pyramid).
_REQUEST_METHODS = {"get_header": "header", "get_cookie": "cookie",
                    "get_cookie_values": "cookie", "get_param": "query",
                    "get_param_as_int": "query", "get_param_as_bool": "query",
                    "get_param_as_list": "query", "get_query_argument": "query"}
_KEYED = frozenset({"get", "getlist", "pop", "get_all", "getone", "getall"})
_FORWARDED_MEMBERS = frozenset({"access_route", "forwarded", "x_forwarded_for"})
# the caller, or (for a value already named as a person's id or role) any slot on the
# request's globals or state where later handlers find it (`g.caretaker_id`)
_CALLER_SLOT = lazyre.compile(r"^((flask\.)?g\.\w+|request\.user|self\.request\.user|"
                              r"self\.current_user|current_user|request\.state\.\w+|"
                              r"request\.scope\[.user.\])$")
_CALLER_CALLS = frozenset({"flask_login.login_user", "login_user", "django.contrib.auth.login",
                           "quart_auth.login_user"})
_B64 = lazyre.compile(r"b64decode|urlsafe_b64decode")
_TOKEN_CALLS = frozenset({"decode", "get_unverified_claims", "get_unverified_header",
                          "decode_complete", "process_jwt"})
_SPLIT_PAYLOAD = lazyre.compile(r"split\(\s*[\"']\.[\"']\s*\)\s*\[\s*1\s*\]")


def _typed_requests(ctx: FileContext) -> frozenset[str]:
    """Parameters annotated as a request, whatever they are called (`r: Request`,
    `incoming: HttpRequest`, `req: web.Request`)."""
    found: frozenset[str] | None = ctx.cache.get("access.python.typed_requests")
    if found is None:
        found = frozenset(m.group(1) for m in _TYPED_REQUEST.finditer(ctx.text))
        ctx.cache["access.python.typed_requests"] = found
    return found


_TYPED_REQUEST = lazyre.compile(r"[(,]\s*([A-Za-z_]\w*)\s*:\s*(?:[\w.]+\.)?(?:Http|Web)?Request\b")


def _is_request(ctx: FileContext, node: Node | None) -> bool:
    if node is None:
        return False
    text = ctx.node_text(node)
    if _REQUEST_NAMES.match(text) or text in _typed_requests(ctx):
        return True
    return (python(ctx).qualified_name(node) or "") in _REQUEST_OBJECTS


def _literal(ctx: FileContext, node: Node | None) -> str:
    return python(ctx).string_value(node) or ""


def _keyed(ctx: FileContext, member: Node) -> tuple[Node, str]:
    """`request.cookies.get("k")` / `request.cookies["k"]` around a member read."""
    parent = member.parent
    if parent is None:
        return member, ""
    if parent.type == "subscript" and is_field(parent, "value", member):
        return parent, _literal(ctx, parent.child_by_field_name("subscript"))
    if parent.type == "attribute" and parent.parent is not None and \
            parent.parent.type == "call" and \
            ctx.node_text(parent.child_by_field_name("attribute")) in _KEYED:
        call = parent.parent
        args = python(ctx).arguments(call)
        return call, _literal(ctx, args.get(0, "key"))
    return member, ""


def _member_reads(ctx: FileContext) -> list[Read]:
    tables = load("python").access
    out: list[Read] = []
    for node in nodes(ctx, "attribute", "call"):
        if node.type == "attribute":
            obj = node.child_by_field_name("object")
            member = ctx.node_text(node.child_by_field_name("attribute"))
            if (member not in tables.identity_members and member not in _FORWARDED_MEMBERS) or \
                    not _is_request(ctx, obj):
                continue
            if member in _FORWARDED_MEMBERS:
                out.append(Read(node, "forwarded", member))
                continue
            part = tables.identity_members.get(member)
            if part is None:
                continue
            target = node
            if node.parent is not None and node.parent.type == "call" and \
                    member in ("get_json", "json", "body", "post", "get_media"):
                target = node.parent  # request.get_json() / await request.json()
            read, key = _keyed(ctx, target)
            if part == "header" and key and tables.identity_names.get(key.lower()) == \
                    "forwarded":
                part = "forwarded"
            out.append(Read(read, part, key))
        elif node.type == "call":
            function = node.child_by_field_name("function")
            if function is None or function.type != "attribute":
                continue
            method = ctx.node_text(function.child_by_field_name("attribute"))
            receiver = function.child_by_field_name("object")
            part = tables.identity_methods.get(method)
            if method in _REQUEST_METHODS and _is_request(ctx, receiver):
                # Falcon `req.get_header("X-Role")`, Bottle `request.get_cookie("role")` (a
                # `secret=` makes it the server's signed cookie)
                if "secret" in python(ctx).arguments(node).keywords:
                    continue
                part = _REQUEST_METHODS[method]
            elif part is None or ctx.node_text(receiver) != "self":
                continue
            out.append(Read(node, part, _literal(ctx, python(ctx).arguments(node).get(0))))
    return out


def _parameter_reads(ctx: FileContext) -> list[Read]:
    """FastAPI `x_user_id: str = Header(...)`, `role: str = Cookie(None)` parameters."""
    tables = load("python").access
    out = []
    for fn in python(ctx).functions():
        for param in fn.params:
            default = param.default
            declared = param.node.child_by_field_name("type")
            calls = [default] if default is not None and default.type == "call" else []
            if declared is not None:
                calls.extend(n for n in descendants(declared) if n.type == "call")
            for call in calls:
                name = python(ctx).qualified_name(call.child_by_field_name("function")) or ""
                part = tables.identity_parameters.get(name) or \
                    tables.identity_parameters.get(short_name(name))
                if part is None:
                    continue
                alias = _literal(ctx, python(ctx).arguments(call).keywords.get("alias"))
                name_node = param.node.child_by_field_name("name") or \
                    (param.node if param.node.type == "identifier" else None)
                if name_node is None:
                    continue
                key = alias or param.name
                if part == "header" and tables.identity_names.get(
                        (alias or param.name.replace("_", "-")).lower()) == "forwarded":
                    part = "forwarded"
                out.append(Read(name_node, part, key))
                break
    return out


def _unverified_tokens(ctx: FileContext) -> list[Read]:
    tables = load("python").access
    out = []
    sem = python(ctx)
    for node in nodes(ctx, "call"):
        function = node.child_by_field_name("function")
        last = ctx.node_text(function).rsplit(".", 1)[-1] if function is not None else ""
        if last not in _TOKEN_CALLS and not _B64.search(last):
            continue
        name = sem.call_name(node)
        if tables.identity_calls.get(name) == "unverified-token" and "header" not in name:
            out.append(Read(node, "unverified-token", ""))
            continue
        if short_name(name) == "decode" and name.split(".")[0] in ("jwt", "jose"):
            args = sem.arguments(node)
            options = ctx.node_text(args.keywords.get("options")).replace(" ", "").replace("'", '"')
            verify = ctx.node_text(args.keywords.get("verify"))
            if '"verify_signature":False' in options or verify == "False":
                out.append(Read(node, "unverified-token", ""))
            continue
        if _B64.search(short_name(name)) and _SPLIT_PAYLOAD.search(ctx.node_text(node)):
            out.append(Read(node, "unverified-token", ""))
    return out


def reads(ctx: FileContext) -> list[Read]:
    found: list[Read] | None = ctx.cache.get("access.python.reads")
    if found is None:
        found = [*_member_reads(ctx), *_parameter_reads(ctx), *_unverified_tokens(ctx)]
        found.sort(key=lambda r: (r.node.start_byte, -r.node.end_byte))
        ctx.cache["access.python.reads"] = found
    return found


def principal_slot(ctx: FileContext, node: Node) -> bool:
    if node.type == "call":
        name = python(ctx).call_name(node)
        return name in _CALLER_CALLS or short_name(name) == "login_user"
    return bool(_CALLER_SLOT.match(ctx.node_text(node)))


def lookup_call(ctx: FileContext, call: Node) -> bool:
    if call.type != "call":
        return False
    tables = load("python").access
    name = python(ctx).call_name(call)
    return short_name(name) in tables.lookups or short_name(name) in tables.writes or \
        name in tables.lookups


def accessor_key(ctx: FileContext, node: Node) -> str:
    if node.type == "subscript":
        return _literal(ctx, node.child_by_field_name("subscript"))
    if node.type == "call":
        function = node.child_by_field_name("function")
        if function is not None and function.type == "attribute" and \
                ctx.node_text(function.child_by_field_name("attribute")) in _KEYED:
            return _literal(ctx, python(ctx).arguments(node).get(0))
        return ""
    if node.type == "attribute":
        attribute = ctx.node_text(node.child_by_field_name("attribute"))
        parent = node.parent
        if attribute in _KEYED and parent is not None and parent.type == "call" and \
                parent.child_by_field_name("function") == node:
            return ""  # `claims.get("exp")`: the key is the call's argument, not `get`
        return attribute
    return ""


HOOKS = IdentityHooks(reads=reads, principal_slot=principal_slot, lookup_call=lookup_call,
                      accessor_key=accessor_key)
