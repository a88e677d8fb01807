"""Go reads of request parts the client controls (net/http `r.Header.Get`, `r.Cookie`,
`r.URL.Query()`, `r.FormValue`, `r.PathValue`, chi `URLParam`, gorilla `mux.Vars`, Gin/Echo/
Fiber context methods, body binds), forwarded addresses (`X-Forwarded-For`, Gin `ClientIP`
and Echo `RealIP` without trusted proxies), tokens parsed without verification
(`ParseUnverified`), and the calls that set the current caller."""

from __future__ import annotations

import re

from tree_sitter import Node

from vigilint.analyzers.access.go.common import args_of, callee, imports, qualified, string_of
from vigilint.analyzers.access.identity import IdentityHooks
from vigilint.analyzers.access.model import Read
from vigilint.analyzers.access.syntax import nodes
from vigilint.analyzers.access.vocabulary import client_person_key
from vigilint.analyzers.context import FileContext
from vigilint.analyzers.models import load

_REQUEST = re.compile(r"^(r|req|request|c|ctx|context|httpReq|c\.Request|c\.Request\(\)|"
                      r"ctx\.Request\(\)|r\.URL|req\.URL|r\.URL\.Query\(\)|req\.URL\.Query\(\)|"
                      r"r\.Header|req\.Header|c\.Request\.Header|c\.Request\(\)\.Header|"
                      r"r\.Form|r\.PostForm)$")
# Parameters typed as the request or a framework context, whatever they are called
# (`hr *http.Request`, `gc *gin.Context`, `ec echo.Context`).
_PARAM_TYPES = re.compile(r"^\*?(http\.Request|gin\.Context|echo\.Context|fiber\.Ctx)$")


def _request_receiver(ctx: FileContext) -> re.Pattern[str]:
    found: re.Pattern[str] | None = ctx.cache.get("access.go.request_receiver")
    if found is None:
        names: set[str] = set()
        for decl in nodes(ctx, "parameter_declaration"):
            kind = decl.child_by_field_name("type")
            if kind is not None and _PARAM_TYPES.match(ctx.node_text(kind)):
                names.update(ctx.node_text(n) for n in decl.children_by_field_name("name"))
        names -= {"r", "req", "c", "ctx"}
        if not names:
            found = _REQUEST
        else:
            alt = "|".join(sorted(re.escape(n) for n in names if re.fullmatch(r"\w+", n)))
            found = re.compile(
                rf"^(?:{alt})(?:\.Request(?:\(\))?)?(?:\.URL(?:\.Query\(\))?|\.Header|"
                rf"\.Form|\.PostForm)?$")
            found = re.compile(f"{_REQUEST.pattern}|{found.pattern}")
        ctx.cache["access.go.request_receiver"] = found
    return found
_BODY_SOURCES = re.compile(r"(\br|req|request)\.Body|Request\(?\)?\.Body|c\.Body\(\)")
_KEYED = frozenset({"Get", "Values"})
# Beego: `c.Ctx.Input` methods and the controller's form getters
# (https://pkg.go.dev/github.com/beego/beego/v2/server/web/context#BeegoInput)
_BEEGO_INPUT = {"Header": "header", "Query": "query", "Cookie": "cookie", "Param": "path"}
_BEEGO_CONTROLLER = {"GetString": "query", "GetInt": "query", "GetInt64": "query",
                     "GetBool": "query"}
_CALLER_SET = frozenset({"Set", "Locals", "WithValue"})
_CALLER_KEY = re.compile(r"(user|uid|account|principal|role|admin|claims|auth)", re.IGNORECASE)
_B64 = re.compile(r"DecodeString\(\s*strings\.Split\([^)]*\"\.\"\)\s*\[\s*1\s*\]")


def _trusted_proxies(ctx: FileContext) -> bool:
    return "SetTrustedProxies" in ctx.text or "IPExtractor" in ctx.text or \
        "TrustedPlatform" in ctx.text


def _forwarded(key: str, part: str) -> str:
    names = load("go").access.identity_names
    return "forwarded" if part == "header" and names.get(key.lower()) == "forwarded" else part


def reads(ctx: FileContext) -> list[Read]:
    found: list[Read] | None = ctx.cache.get("access.go.reads")
    if found is not None:
        return found
    tables = load("go").access
    request_receiver = _request_receiver(ctx)
    out: list[Read] = []
    for call in nodes(ctx, "call_expression"):
        if call.type != "call_expression":
            continue
        receiver, name = callee(ctx, call)
        args = args_of(call)
        receiver_text = ctx.node_text(receiver) if receiver is not None else ""
        full = qualified(ctx, call)
        if full.endswith("go-chi/chi.URLParam") or full.endswith("chi/v5.URLParam") or \
                (name == "URLParam" and len(args) == 2):
            out.append(Read(call, "path", string_of(ctx, args[1]) or ""))
            continue
        if name == "Vars" and receiver_text == "mux":
            out.append(_indexed(ctx, call, "path"))
            continue
        insecure = name in ("ParseInsecure", "UnsafeClaimsWithoutVerification") or (
            name in ("Parse", "ParseString", "ParseRequest") and
            "WithVerify(false)" in ctx.node_text(call).replace(" ", ""))
        if name == "ParseUnverified" or insecure:
            # golang-jwt `ParseUnverified`; lestrrat-go/jwx `jwt.ParseInsecure(raw)`,
            # `jwt.Parse(raw, jwt.WithVerify(false))`; go-jose
            # `tok.UnsafeClaimsWithoutVerification(&claims)`
            out.append(Read(call, "unverified-token", ""))
            # `ParseUnverified(raw, claims)` fills the claims given to it: they are the
            # client's too
            for arg in args[1:2] if name == "ParseUnverified" else \
                    args[:1] if name == "UnsafeClaimsWithoutVerification" else []:
                target = arg.child_by_field_name("operand") if arg.type == "unary_expression" \
                    else arg
                if target is not None and target.type == "identifier":
                    out.append(Read(target, "unverified-token", ""))
            continue
        if name == "DecodeString" and _B64.search(ctx.node_text(call)):
            out.append(Read(call, "unverified-token", ""))
            continue
        if name == "Decode" and receiver is not None and (
                _BODY_SOURCES.search(receiver_text) or any(
                    request_receiver.match(m.group(1))
                    for m in re.finditer(r"\((\w+)(?:\.Request(?:\(\))?)?\.Body\)",
                                         receiver_text))):
            out.extend(_bound(ctx, args))
            continue
        beego = _BEEGO_INPUT.get(name) if receiver_text.endswith(("Ctx.Input", "ctx.Input")) \
            else _BEEGO_CONTROLLER.get(name) if "beego" in ctx.text and \
            receiver_text in ("c", "this", "ctl") else None
        if beego is not None and args:  # Beego `c.Ctx.Input.Header("X-Role")`, `c.GetString("k")`
            beego_key = string_of(ctx, args[0]) or ""
            out.append(Read(call, _forwarded(beego_key, beego), beego_key))
            continue
        if not request_receiver.match(receiver_text):
            continue
        if name in _KEYED and receiver_text.endswith(("Header", "Query()", "Form", "PostForm")):
            key = string_of(ctx, args[0]) if args else ""
            where = "header" if receiver_text.endswith("Header") else "query"
            out.append(Read(call, _forwarded(key or "", where), key or ""))
            continue
        found_part = tables.identity_methods.get(name)
        if found_part is None and name == "Get" and args and _fiber(ctx):
            found_part = "header"  # Fiber `c.Get("X-Role")` reads a request header
        if found_part is None:
            continue
        part = found_part
        if part == "forwarded":
            if not _trusted_proxies(ctx):
                out.append(Read(call, "forwarded", name))
            continue
        if part == "body":
            out.extend(_bound(ctx, args))
            continue
        key = string_of(ctx, args[0]) if args else ""
        out.append(Read(call, _forwarded(key or "", part), key or ""))
    out.sort(key=lambda r: (r.node.start_byte, -r.node.end_byte))
    ctx.cache["access.go.reads"] = out
    return out


def _fiber(ctx: FileContext) -> bool:
    return any("gofiber/fiber" in path for path in imports(ctx).values())


def _indexed(ctx: FileContext, call: Node, part: str) -> Read:
    parent = call.parent
    if parent is not None and parent.type == "index_expression":
        return Read(parent, part, string_of(ctx, parent.child_by_field_name("index")) or "")
    return Read(call, part, "")


def _bound(ctx: FileContext, args: list[Node]) -> list[Read]:
    """`c.ShouldBindJSON(&user)`: the variable the body lands in."""
    out = []
    for arg in args[:1]:
        target = arg.child_by_field_name("operand") if arg.type == "unary_expression" else arg
        if target is not None and target.type == "identifier":
            out.append(Read(target, "body", ""))
    return out


def principal_slot(ctx: FileContext, node: Node) -> bool:
    if node.type != "call_expression":
        return False
    _, name = callee(ctx, node)
    args = args_of(node)
    if name not in _CALLER_SET or len(args) < 2:
        return False
    key = args[1] if name == "WithValue" and len(args) > 2 else args[0]
    # the caller's slot, or one named for a person (`c.Set("tutorID", ...)`, `growerKey`)
    text = ctx.node_text(key).strip("\"`")
    return bool(_CALLER_KEY.search(text)) or client_person_key(text) or \
        client_person_key(text.removesuffix("Key").removesuffix("key") + "id")


def lookup_call(ctx: FileContext, call: Node) -> bool:
    if call.type != "call_expression":
        return False
    tables = load("go").access
    _, name = callee(ctx, call)
    return name in tables.lookups or name in tables.writes


def accessor_key(ctx: FileContext, node: Node) -> str:
    if node.type == "index_expression":
        return string_of(ctx, node.child_by_field_name("index")) or ""
    if node.type == "call_expression":
        _, name = callee(ctx, node)
        args = args_of(node)
        if name in ("Get", "GetString", "Value") and args:
            return string_of(ctx, args[0]) or ""
    return ""


HOOKS = IdentityHooks(reads=reads, principal_slot=principal_slot, lookup_call=lookup_call,
                      accessor_key=accessor_key)
