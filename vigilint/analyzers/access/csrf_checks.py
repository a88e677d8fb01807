"""CSRF token checks written in a handler that do not stop a forged request (CWE-352),
language-neutral.

A synchronizer token defends a cookie session only when the token the request carries is
compared with the one the server keeps (the session's, or an HMAC the server computes), and a
mismatch -- a missing token included -- rejects the request (OWASP CSRF Prevention Cheat
Sheet). A check in the handler that compares two values the same request carries (a form field
with a header: an attacker's page sends both), that runs only when the token is present (`if
token and token != expected`), whose mismatch branch only logs, or that runs only for POST in a
handler that changes data whatever the method, lets a cross-site request through. Comparing a
form value with the cookie of the same name (the double-submit pattern) is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from tree_sitter import Node

from vigilint import lazyre
from vigilint.analyzers.access.syntax import enclosing_function, family, functions
from vigilint.analyzers.context import FileContext

_CSRF = lazyre.compile(r"(?i)(csrf|xsrf)")
_CLIENT = lazyre.compile(
    r"\b(request\.(form|args|values|json|headers|data|GET|POST|get_json|params|query_params|"
    r"getParameter|getHeader|get_argument|body)|self\.get_(body_)?argument|"
    r"req\.(body|query|params|headers|get\s*\(|header\s*\()|r\.(FormValue|PostFormValue|"
    r"Header\.Get|URL\.Query|Form\.Get|PostForm\.Get)|c\.(PostForm|Query|GetHeader|FormValue|"
    r"Request\(\)\.Header|Request\.Header|Get\s*\()|ctx\.(request\.(body|query|headers)|"
    r"query|get\s*\(|headers|params|header\.))")
_COOKIE = lazyre.compile(r"(?i)(cookie)")
_SERVER = lazyre.compile(r"(?i)(\bsession\b|\bsess\b|\.Values\s*\[|getAttribute|\bg\.|"
                         r"secret|hmac|expected|stored|server)")
_REQUEST_PARAM = lazyre.compile(r"@(RequestParam|RequestHeader|FormParam|HeaderParam|QueryParam)"
                                r"\b(\s*\([^)]*\))?\s+(final\s+)?[\w<>\[\]]+\s+(\w+)\s*$")
_BOUND = lazyre.compile(r"(?m)(?:^|[;{(\s])(?:(?:const|let|var|final)\s+)?(?:[\w<>\[\]]+\s+)?"
                        r"([A-Za-z_]\w*)(?:\s*:\s*[\w<>\[\]|]+)?\s*:?=(?!=)\s*([^\n;]*)")
_COMPARE = lazyre.compile(r"(!==|===|!=|==)")
_EQUALS = lazyre.compile(r"(?<![\w.()\[\]\"'?])([\w.()\[\]\"'?]{1,120}?)\s*\.\s*equals(?:IgnoreCase)?\s*"
                         r"\(([^;{}\n]{0,200})\)")
_REFUSES = lazyre.compile(r"(?i)(\braise\b|\bthrow\b|\babort\s*\(|\breturn\b|http\.Error|"
                          r"status\s*\(\s*40[0-9]|sendError|sendStatus|Forbidden|reject|deny|"
                          r"\bexit\b|\bpanic\b|AbortWithStatus|redirect)")
_LOGS = lazyre.compile(r"(?i)\b(log|logger|logging|warn|warning|info|debug|print|println|printf|"
                       r"console|Printf|Println|flash)\b")
_METHOD_TEST = lazyre.compile(r"(?i)\b(request|req|r|ctx|c)\.(method|Method)\s*(===|==)\s*"
                              r"([\"']POST[\"']|http\.MethodPost)")
_ANY_METHOD_TEST = lazyre.compile(r"(?i)\b(request|req|r|ctx|c)\.(method|Method)\b")
_WRITE = lazyre.compile(r"\.(delete|update|commit|save|remove|destroy|execute|Exec|ExecContext|"
                        r"insert|create|destroy|add)\w*\s*\(")
_METHOD_LIST = lazyre.compile(r"(?:methods\s*=|api_view\s*\()\s*\[([^\]]{0,200})\]")
_REQUEST_MAPPING = lazyre.compile(r"@RequestMapping\b(\s*\([^)]{0,300}\))?")


def _accepts_get(decorations: str) -> bool:
    """The route answers GET and a state-changing method (`methods=["GET", "POST"]`,
    `app.all(...)`, a `@RequestMapping` with no method)."""
    for match in _METHOD_LIST.finditer(decorations):
        listed = match.group(1).upper()
        if "GET" in listed and any(v in listed for v in ("POST", "PUT", "DELETE", "PATCH")):
            return True
    mapping = _REQUEST_MAPPING.search(decorations)
    if mapping is not None and "method" not in (mapping.group(1) or ""):
        return True
    return ".all(" in decorations.replace(" ", "")


@dataclass(frozen=True)
class CsrfFlaw:
    start: int
    end: int
    kind: str  # "client-both", "when-present", "not-enforced", "post-only"


def _kinds(text: str, client: set[str], server: set[str], cookie: set[str]) -> set[str]:
    """What an operand is: "client" (form, query, header), "cookie" or "server"."""
    out: set[str] = set()
    if _COOKIE.search(text) or any(re.search(rf"\b{re.escape(n)}\b", text) for n in cookie):
        out.add("cookie")
    if _SERVER.search(text) or any(re.search(rf"\b{re.escape(n)}\b", text) for n in server):
        out.add("server")
    if _CLIENT.search(text) or any(re.search(rf"(?<![\w.]){re.escape(n)}\b", text)
                                   for n in client):
        out.add("client")
    return out


def _bindings(ctx: FileContext, fn: Node, text: str) -> tuple[set[str], set[str], set[str]]:
    client: set[str] = set()
    server: set[str] = set()
    cookie: set[str] = set()
    params = fn.child_by_field_name("parameters")
    if params is not None and family(ctx.language) == "java":
        for param in params.named_children:
            match = _REQUEST_PARAM.search(ctx.node_text(param))
            if match is not None:
                client.add(match.group(4))
    for _ in range(2):
        for match in _BOUND.finditer(text):
            name, value = match.group(1), match.group(2)
            kinds = _kinds(value, client, server, cookie)
            if "cookie" in kinds:
                cookie.add(name)
            elif "server" in kinds:
                server.add(name)
            elif "client" in kinds:
                client.add(name)
    return client - server - cookie, server, cookie


def _operands(condition: str) -> list[tuple[str, str]]:
    pairs: list[tuple[str, str]] = []
    for piece in re.split(r"\band\b|\bor\b|&&|\|\|", condition):
        parts = _COMPARE.split(piece)
        if len(parts) == 3:
            pairs.append((parts[0], parts[2]))
    for match in _EQUALS.finditer(condition):
        pairs.append((match.group(1), match.group(2)))
    for match in re.finditer(r"(?:compare_digest|timingSafeEqual|ConstantTimeCompare)\s*\("
                             r"([^,]*),([^)]*(?:\)[^),]*)?)", condition):
        pairs.append((match.group(1), match.group(2)))
    return pairs


def _if_statements(ctx: FileContext, fn: Node) -> Iterator[Node]:
    for node in ctx.walk(fn):
        if node.type in ("if_statement", "if_expression") and \
                enclosing_function(ctx, node) == fn:
            yield node


def csrf_flaws(ctx: FileContext) -> list[CsrfFlaw]:
    found: list[CsrfFlaw] | None = ctx.cache.get("access.csrf_checks")
    if found is not None:
        return found
    out: list[CsrfFlaw] = []
    if ctx.tree is not None and _CSRF.search(ctx.text):
        for fn in functions(ctx):
            out += _function_flaws(ctx, fn)
    out.sort(key=lambda f: f.start)
    ctx.cache["access.csrf_checks"] = out
    return out


def _decorations(ctx: FileContext, fn: Node) -> str:
    parent = fn.parent
    if parent is not None and parent.type == "decorated_definition":
        return ctx.node_text(parent)[:fn.start_byte - parent.start_byte]
    if family(ctx.language) == "java":
        return " ".join(ctx.node_text(m) for m in fn.children if m.type == "modifiers")
    if parent is not None and parent.type == "arguments" and parent.parent is not None:
        callee = parent.parent.child_by_field_name("function")
        return ctx.node_text(callee) + "(" if callee is not None else ""
    return ""


def _function_flaws(ctx: FileContext, fn: Node) -> list[CsrfFlaw]:
    text = ctx.node_text(fn)
    if not _CSRF.search(text):
        return []
    client, server, cookie = _bindings(ctx, fn, text)
    csrf_names = {n for n in client if _CSRF.search(n) or n in ("token", "sent", "given")}
    out: list[CsrfFlaw] = []
    checks = 0
    for node in _if_statements(ctx, fn):
        condition = node.child_by_field_name("condition")
        if condition is None:
            continue
        cond = ctx.node_text(condition)
        pairs = [(a, b) for a, b in _operands(cond)
                 if _CSRF.search(a + b) or any(re.search(rf"\b{re.escape(n)}\b", a + b)
                                                 for n in csrf_names)]
        if not pairs:
            continue
        checks += 1
        span = (condition.start_byte, condition.end_byte)
        kinds = [(_kinds(a, client, server, cookie), _kinds(b, client, server, cookie))
                 for a, b in pairs]
        if any(ka == {"client"} and kb == {"client"} for ka, kb in kinds):
            out.append(CsrfFlaw(*span, "client-both"))
            continue
        names = "|".join(re.escape(n) for n in sorted(client)) or r"(?!)"
        if re.search(rf"^\W*(?:not\s+)?\(?\s*(?:{names})\s*(?:!=\s*(?:null|None|nil|\"\"|'')|"
                     rf"!==\s*(?:undefined|null|''))?\s*\)?\s*(?:and|&&)", cond) or re.search(
                     rf"^\W*(?:{names})\s*!=\s*(?:null|None|nil|\"\")\s*&&", cond):
            out.append(CsrfFlaw(*span, "when-present"))
            continue
        negative = bool(re.search(r"!=|!==|\bnot\b|!\s*[\w.(]|\bfalse\b", cond))
        consequence = node.child_by_field_name("consequence") or node.child_by_field_name("body")
        branch = ctx.node_text(consequence)
        if negative and consequence is not None and any("client" in ka | kb for ka, kb in kinds) \
                and not _REFUSES.search(branch) and _LOGS.search(branch):
            out.append(CsrfFlaw(*span, "not-enforced"))
            continue
        if _METHOD_TEST.search(cond) and len(_ANY_METHOD_TEST.findall(text)) == 1 and \
                _WRITE.search(text[condition.end_byte - fn.start_byte:] if ctx.is_ascii else
                              text) and _accepts_get(_decorations(ctx, fn)):
            out.append(CsrfFlaw(*span, "post-only"))
    return out


def csrf_message(flaw: CsrfFlaw) -> str:
    if flaw.kind == "client-both":
        return ("This CSRF check compares two values the same request carries, and a forged "
                "request sends both; compare the token with the one the server keeps (the "
                "session's) or use the framework's CSRF protection.")
    if flaw.kind == "when-present":
        return ("This CSRF check runs only when the request carries a token, so a forged request "
                "simply leaves it out; reject a missing token as a wrong one.")
    if flaw.kind == "not-enforced":
        return ("A CSRF token mismatch is noticed here but the request goes on; reject it "
                "(403) before changing anything.")
    return ("The CSRF token is checked only for POST, while this handler also answers GET and "
            "changes data either way: a link or image makes the change; refuse the change on "
            "GET or check the token for every method.")
