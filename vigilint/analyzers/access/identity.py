"""Identity taken from the client (language-neutral): a role, user id or "logged in" flag read
from a cookie, header, query or body and trusted; claims of a token decoded without checking
its signature used as identity; a forwarded address header compared with an allowlist.

The provider of a language gives the file's reads of client-controlled request parts
(`Read`), and says which assignments or calls set the current caller (`principal_slot`) and
which calls look records up (`lookup_call`). A read is trusted when (by its part and key):
- a flag (`is_admin`, `logged_in`, `internal`) decides a condition;
- a role, plan, scope or identity value is compared in a condition (not a membership test
  in a list of the values a form may send whose branch rejects the request as malformed:
  an administrator setting someone's role);
- a user, account or tenant id from a cookie or header is used at all (passed on, looked up),
  or any identity value is stored as the current caller;
- a person's id from the body or query is written as the owner or author of a record being
  created, in a handler that knows its verified caller (`authorId: req.body.authorId`);
- a forwarded address (`X-Forwarded-For`, `X-Real-IP`) is compared in a condition;
- any claim (except expiry and issuer housekeeping) of an unverified token decides a
  condition, is stored as the caller or looks a record up, or all of them are returned by a
  helper to its callers.
One finding per read, at the read, with the place it is trusted as a related location."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from tree_sitter import Node

from vigilint import lazyre
from vigilint.analyzers.access.localflow import Flow, local_flow
from vigilint.analyzers.access.model import Read
from vigilint.analyzers.access.python.key_peek import picks_key_only
from vigilint.analyzers.access.sql import sql_lookup
from vigilint.analyzers.access.syntax import (
    Grammar,
    condition_use,
    descendants,
    enclosing_function,
    functions,
    grammar,
    is_field,
    nodes_in,
)
from vigilint.analyzers.access.vocabulary import (
    TOKEN_HOUSEKEEPING,
    client_person_key,
    flag_key,
    forwarded_header,
    guard_name,
    identity_key,
    normalize,
    subject_key,
)
from vigilint.analyzers.context import FileContext

_NOT_VALUES = {"attribute": "attribute", "member_expression": "property",
               "selector_expression": "field", "field_access": "field",
               "method_invocation": "name", "keyword_argument": "name", "pair": "key"}
_CALLS = frozenset({"call", "call_expression", "method_invocation", "object_creation_expression"})
_ARGUMENTS = frozenset({"argument_list", "arguments"})
_LOGGING = frozenset({"log", "debug", "info", "warning", "warn", "error", "print", "println",
                      "printf", "Printf", "Println", "Errorf", "Sprintf", "format", "write",
                      "json", "JSON", "send", "render", "jsonify", "Response", "set_cookie",
                      "cookie", "setHeader", "header", "Header", "append", "push", "add",
                      "startswith", "startsWith", "HasPrefix", "split", "Split", "strip",
                      # test assertions compare the value; they trust nothing
                      "Equal", "Equalf", "EqualValues", "NotEqual", "assertEqual",
                      "assertEquals", "expect", "toBe", "toEqual"})


@dataclass(frozen=True)
class Trust:
    read: Read
    key: str  # the identity key (cookie/header/claim name)
    use: Node  # where it is trusted
    how: str  # "condition", "caller", "lookup", "passed", "returned" (an unverified token)


@dataclass(frozen=True)
class IdentityHooks:
    """What a language's provider says about its syntax."""

    reads: Callable[[FileContext], list[Read]]
    principal_slot: Callable[[FileContext, Node], bool]  # sets the caller (target or call)
    lookup_call: Callable[[FileContext, Node], bool]
    accessor_key: Callable[[FileContext, Node], str]  # `claims.get("plan")` -> "plan"


def _value_uses(ctx: FileContext, flow: Flow) -> Iterator[tuple[Node, Read]]:
    """Every place in the scope where a read, or a name carrying one, is used as a value."""
    for read in flow.reads:
        yield read.node, read
    if not flow.names:
        return
    for node in nodes_in(ctx, flow.scope, "identifier", "shorthand_property_identifier"):
        bound = flow.names.get(ctx.node_text(node))
        if bound is None or bound.node.start_byte == node.start_byte:
            continue
        parent = node.parent
        field = _NOT_VALUES.get(parent.type) if parent is not None else None
        if field is not None and is_field(parent, field, node):
            continue
        if node.start_byte < bound.node.start_byte:
            continue
        yield node, bound


def _widest(ctx: FileContext, node: Node, hooks: IdentityHooks) -> tuple[Node, str]:
    """The accessor chain around a use and the key it reads (`claims.get("plan")`)."""
    key = ""
    cur = node
    compare = grammar(ctx.language)
    compare_methods = compare.compare_methods if compare is not None else frozenset()
    while cur.parent is not None:
        parent = cur.parent
        if parent.type in _CALLS and _call_name(ctx, parent) in compare_methods:
            break
        if parent.type in ("attribute", "member_expression", "selector_expression",
                           "field_access", "subscript", "subscript_expression",
                           "index_expression", "optional_chain") or (
                parent.type in _CALLS and parent.child_by_field_name("arguments") is not None
                and not _inside(parent.child_by_field_name("arguments"), cur)):
            found = hooks.accessor_key(ctx, parent)
            key = key or found
            cur = parent
            continue
        break
    return cur, key


_COMPARING = lazyre.compile(r"^(startsWith|endsWith|includes|has|contains|test|match|"
                            r"startswith|endswith|HasPrefix|HasSuffix|Contains|equals|some|"
                            r"every|any|anyMatch|in_network|overlaps|__contains__)$")


def _returned_decision(ctx: FileContext, use: Node) -> bool:
    """`return NETS.some((p) => first.startsWith(p))`, `return ip in ALLOWED`: the value is
    compared and the verdict returned (a helper the guard asks), within one expression."""
    compared = False
    cur = use
    for _ in range(12):
        parent = cur.parent
        if parent is None or parent.type in ("statement_block", "block", "module", "program"):
            return False
        if parent.type == "return_statement" or (
                parent.type == "arrow_function" and parent.child_by_field_name("body") == cur
                and parent.parent is not None and parent.parent.type in (
                    "variable_declarator", "assignment_expression", "pair")):
            return compared
        if parent.type in _CALLS:
            function = parent.child_by_field_name("function") or \
                parent.child_by_field_name("name")
            name = ctx.node_text(function).rsplit(".", 1)[-1] if function is not None else ""
            compared = compared or bool(_COMPARING.match(name))
        elif parent.type in ("binary_expression", "comparison_operator") and any(
                c.type in ("==", "===", "!=", "!==", "in") for c in parent.children):
            compared = True
        cur = parent
    return False


def _inside(outer: Node | None, inner: Node) -> bool:
    return outer is not None and outer.start_byte <= inner.start_byte and \
        inner.end_byte <= outer.end_byte


def _assigned_to_caller(ctx: FileContext, node: Node, hooks: IdentityHooks) -> Node | None:
    cur = node
    while cur.parent is not None and cur.parent.type not in ("block", "statement_block",
                                                             "module", "program"):
        parent = cur.parent
        left = parent.child_by_field_name("left") or parent.child_by_field_name("name")
        right = parent.child_by_field_name("right") or parent.child_by_field_name("value")
        if right is not None and _inside(right, node) and left is not None and \
                hooks.principal_slot(ctx, left):
            return parent
        if parent.type in _CALLS and hooks.principal_slot(ctx, parent) and \
                _inside(parent.child_by_field_name("arguments"), node):
            return parent
        cur = parent
    # captured by an object or a function built for the slot (JAX-RS `ctx.setSecurityContext(
    # new SecurityContext() { ... return () -> subject; ... })`): the value is the caller too
    closure = node.parent
    while closure is not None and closure.type not in _CAPTURES:
        if closure.type in ("method_declaration", "class_declaration", "function_declaration",
                            "program", "module"):
            return None if closure.type != "method_declaration" or not _anonymous(
                closure) else _closure_slot(ctx, closure, hooks)
        closure = closure.parent
    return _assigned_to_caller(ctx, closure, hooks) if closure is not None else None


_CAPTURES = frozenset({"object_creation_expression", "lambda_expression"})


def _anonymous(method: Node) -> bool:
    """A method of an anonymous class (`new SecurityContext() { ... }`)."""
    body = method.parent
    return body is not None and body.type == "class_body" and body.parent is not None and \
        body.parent.type == "object_creation_expression"


def _closure_slot(ctx: FileContext, method: Node, hooks: IdentityHooks) -> Node | None:
    creation = method.parent.parent if method.parent is not None else None
    return _assigned_to_caller(ctx, creation, hooks) if creation is not None else None


_RECORDS = frozenset({"composite_literal", "object", "dictionary", "object_creation_expression",
                      "keyed_element", "literal_value", "pair", "unary_expression",
                      "expression_list", "parenthesized_expression", "argument_list", "arguments",
                      "literal_element"})
_DECLARATIONS = frozenset({"short_var_declaration", "assignment_statement", "var_spec",
                           "variable_declarator", "assignment", "local_variable_declaration"})


def _plain_path(ctx: FileContext, use: Node, stop: Node) -> bool:
    """From `use` up to `stop` the value goes through no call but conversions and
    constructors (a session id handed to a store lookup or a token to `jwt.verify` is not
    itself the caller)."""
    cur = use.parent
    while cur is not None and cur != stop:
        name = _call_name(ctx, cur) if cur.type in _CALLS else ""
        if cur.type in _CALLS and cur.type != "object_creation_expression" and \
                name not in _CONVERSIONS | _GO_CONVERSIONS | _WRAPPERS and \
                not (ctx.language == "python" and name[:1].isupper()):  # `Visitor(id=...)`
            return False
        cur = cur.parent
    return cur is not None


# the slot the verified caller lives in, by its name: `req.user`, `g.user`, `userKey`,
# `c.Set("account", ...)`, `request.state.member` (not `req._expiryTime`, `req._negotiator`)
_CALLER_SLOT = lazyre.compile(r"(?i)(user|account|member|customer|principal|identity|caller|"
                              r"actor|viewer|visitor|subject)")


def _caller_slot(ctx: FileContext, slot: Node) -> bool:
    """The principal slot `slot` (an assignment, or a call storing a value) is named for the
    caller."""
    if slot.type in _CALLS:
        arguments = slot.child_by_field_name("arguments")
        names = [ctx.node_text(a) for a in (arguments.named_children if arguments is not None
                                            else ())[:2]]
        return any(_CALLER_SLOT.search(n) for n in names)
    left = slot.child_by_field_name("left") or slot.child_by_field_name("name")
    return left is not None and bool(_CALLER_SLOT.search(ctx.node_text(left)))


def _stored_as_caller(ctx: FileContext, use: Node, hooks: IdentityHooks) -> bool:
    """The client's value itself is stored where the verified caller belongs: directly
    (`req.user = { id: req.cookies.uid }`), or as the id of a record built for it and stored
    there (`u := &User{ID: id}` then `context.WithValue(ctx, userKey, u)`)."""
    slot = _assigned_to_caller(ctx, use, hooks)
    if slot is not None:
        return _caller_slot(ctx, slot) and _plain_path(ctx, use, slot)
    cur = use
    while cur.parent is not None and cur.parent.type in _RECORDS:
        cur = cur.parent
    declaration = cur.parent
    if declaration is None or declaration.type not in _DECLARATIONS or cur == use:
        return False
    target = declaration.child_by_field_name("left") or declaration.child_by_field_name("name")
    if target is not None and target.type == "expression_list" and target.named_children:
        target = target.named_children[0]
    name = ctx.node_text(target) if target is not None else ""
    function = enclosing_function(ctx, use)
    if not name.isidentifier() or function is None:
        return False
    for node in nodes_in(ctx, function, *_CALLS):
        if node.start_byte > declaration.end_byte and hooks.principal_slot(ctx, node) and \
                _caller_slot(ctx, node) and \
                any(ctx.node_text(a).lstrip("&") == name for a in
                    (node.child_by_field_name("arguments") or node).named_children):
            return True
    return False


def _call_argument(ctx: FileContext, node: Node) -> Node | None:
    """The call `node` is (within) an argument of, when it is one."""
    cur = node
    while cur.parent is not None:
        parent = cur.parent
        if parent.type in _ARGUMENTS and parent.parent is not None and \
                parent.parent.type in _CALLS:
            return parent.parent
        if parent.type in ("block", "statement_block", "expression_statement", "module",
                           "program", "return_statement"):
            return None
        cur = parent
    return None


_CLAIM_CONTAINERS = frozenset({"body", "payload", "claims", "getbody", "getpayload",
                               "getclaims", "jwtclaimsset", "getjwtclaimsset"})
_IDENTITY_CLAIMS = frozenset({"email", "username", "preferredusername", "upn", "uid", "login",
                              "name", "nickname", "groups", "roles", "permissions",
                              "authorities"})
# request-handling code: the request object (or Go's `*http.Request`, a Gin context)
_REQUEST_SCOPE = lazyre.compile(r"\b(req|request|ctx|c|r|context)\b\s*[.:,)]|HttpServletRequest|"
                                r"\*http\.Request|\*gin\.Context|echo\.Context|fiber\.Ctx|"
                                r"@RequestHeader|ServerHttpRequest|NextRequest")


# a verification of a token in the same function (`jwt.verify(token, key)` then
# `jwt.decode(token)` for the claims; jjwt `parseClaimsJws`; golang-jwt `Parse(raw, keyFunc)`)
_TOKEN_VERIFIED = lazyre.compile(r"(\bjwtVerify\s*\(|\.verify\w*\s*\(|\bverify\w*Token\s*\(|"
                                 r"\bparse(Claims|Signed)\w*Jws\w*\s*\(|parseSignedClaims\s*\(|"
                                 r"\bjwt\.Parse(WithClaims)?\s*\(|\.Parse(WithClaims)?\s*\([^()]*,\s*"
                                 r"(func\b|\w*[Kk]ey\w*))")


# the list split and its last entry taken: `xff.split(",").pop()`, `parts[parts.length - 1]`,
# `ips[len(ips)-1]`, `s.split(",")[-1]`, `.slice(-1)[0]`, `.at(-1)`, `rsplit(",", 1)`,
# Java `list.get(list.size() - 1)`, `s.substring(s.lastIndexOf(',') + 1)`, Go `strings.LastIndex`
_SPLIT = lazyre.compile(r"\b(r?split|Split|SplitN|Fields|tokenize)\s*\(|\blastIndexOf\s*\(|"
                        r"\bLastIndex(Byte|Any)?\s*\(")
_LAST_ENTRY = lazyre.compile(r"(\.pop\(\s*\)|\.at\(\s*-\s*1\s*\)|\[\s*-\s*1\s*\]|"
                             r"\.slice\(\s*-\s*1\s*\)|(length|\))\s*-\s*1\s*\]|"
                             r"\bsize\(\s*\)\s*-\s*1\s*\)|\brsplit\s*\(|"
                             r"\blastIndexOf\s*\(|\bLastIndex(Byte|Any)?\s*\()")


_HEADER_ACCESS = lazyre.compile(r"(?i)(headers|getHeader|Header\.Get|get_header)")


def _peer_named_header(ctx: FileContext, read: Read, key: str) -> bool:
    """A request header named like the connection's peer address (`headers.get("REMOTE_ADDR")`):
    the server's own variable lives in the environment (`environ`, Django `META`), a header of
    that name is whatever the client wrote."""
    return normalize(key) == "remoteaddr" and bool(_HEADER_ACCESS.search(ctx.node_text(read.node)))


# the authentication step itself: a call that logs the caller in or checks who they are
# (the called name, last part of a dotted call, is matched on its own: linear)
_CALLED = lazyre.compile(r"\b([A-Za-z_]\w*)\s*\(")
_AUTH_NAME = lazyre.compile(r"(?i)^((do|perform|force|require|ensure|check|verify|re)_?){0,3}"
                            r"(log_?in|sign_?in|authenticat|re_?auth|auth\b|auth_?check|"
                            r"password)")
# or the branch hands out a secret (`authkey := ...` written to the response)
_ASSIGNED = lazyre.compile(r"(?<![.\w])([A-Za-z_]\w*)\s*:?=(?!=)")
_SECRET_NAME = lazyre.compile(r"(?i)(auth_?key|api_?key|secret|password|token)")


def _auth_calls(text: str) -> set[str]:
    """The authentication steps called in `text` (`login(...)`, `auth.authenticate(...)`,
    `login_user(...)`, `checkPassword(...)`), by the called name (last dotted part)."""
    return {m.group(1).lower() for m in _CALLED.finditer(text) if _AUTH_NAME.match(m.group(1))
            and not m.group(1).endswith(("Error", "Exception", "Failed", "Failure"))}


def _gives_secret(text: str) -> bool:
    """`authkey := lookup(...)` then `io.WriteString(w, authkey)`: a secret-named local handed
    to a call (written out, sent) in the same branch."""
    for m in _ASSIGNED.finditer(text):
        name = m.group(1)
        if _SECRET_NAME.search(name) and re.search(
                rf"[(,]\s*{re.escape(name)}\s*[,)]", text[m.end():]):
            return True
    return False


# what follows the `if` when its branch is skipped, if that path fails anyway (it only logs,
# raises, or returns nothing / false): then the branch is the one way in, not a bypass
_LOG_LINE = lazyre.compile(r"(?m)^\s*(log|logger|logging|console|LOG|LOGGER)\s*\.\s*\w+\s*\(.*$")
_FAILING_END = lazyre.compile(r"^(return\s*(None|null|nil|false|False|undefined)?\s*;?|"
                              r"(raise|throw)\b.*)$", re.DOTALL)


def _skip_fails(ctx: FileContext, after: str) -> bool:
    rest = _LOG_LINE.sub("", after).strip().rstrip("}").strip()
    if not rest:
        return ctx.language == "python"  # falls off the end: `None`
    if rest.startswith("return") and rest.rstrip(";").strip() == "return":
        return False  # a bare `return;` of a void handler lets the request go on
    return bool(_FAILING_END.match(rest))


_EXITS = lazyre.compile(r"\b(return|throw|raise|abort)\b")
_IF_KINDS = frozenset({"if_statement"})
_LEAVES = lazyre.compile(r"\b(return|continue|break)\b")
_REJECTS = lazyre.compile(r"(?i)(\b40[13]\b|unauthori[sz]ed|forbidden|\bden(y|ied)|error|"
                          r"\breturn\s+(None|null|nil|false)\b|"
                          r"\babort\b|\braise\b|\bthrow\b|[\"'`]/?(login|sign_?in)\b)")


def _branch_text(ctx: FileContext, node: Node | None) -> str:
    return ctx.node_text(node) if node is not None else ""


def _login_bypass(ctx: FileContext, use: Node, condition: Node) -> bool:
    """`if (isAdmin == "false") login(user, password);` (CWE-807): a client value compared
    with a fixed value decides whether the authentication step runs (or a secret is handed
    out) — one branch does it, the other does not, and nothing after the `if` does it for
    every caller."""
    statement = condition.parent
    while statement is not None and statement.type == "parenthesized_expression":
        statement = statement.parent
    if statement is None or statement.type not in _IF_KINDS or \
            not _compared_with_fixed(ctx, use):
        return False
    then = statement.child_by_field_name("consequence")
    other = statement.child_by_field_name("alternative")
    acts = [bool(_auth_calls(_branch_text(ctx, b))) or _gives_secret(_branch_text(ctx, b))
            for b in (then, other)]
    scope = enclosing_function(ctx, statement)
    after = ctx.text[statement.end_byte:scope.end_byte] if scope is not None and \
        ctx.is_ascii else ""
    if not acts[0] and not acts[1]:
        # `if (cookie.getValue().equals("returning")) continue; signIn(...)`: the branch
        # leaves before the authentication that follows, and it is no rejection
        text = _branch_text(ctx, then)
        return bool(_LEAVES.search(text)) and not _REJECTS.search(text) and \
            bool(_auth_calls(after))
    if acts[0] == acts[1]:
        return False  # both branches authenticate
    if acts[0] and other is None and _skip_fails(ctx, after):
        return False  # `if type == ASSERTION: return authenticate(...)`, else nobody is in
    acting = _branch_text(ctx, then if acts[0] else other)
    # `if (...) { login(); return; } ... login();`: every caller goes through the same step
    return not (_EXITS.search(acting) and _auth_calls(acting) & _auth_calls(after))


_PATH_LIKE = lazyre.compile(r"^(/|\w+/)")


def _compared_with_fixed(ctx: FileContext, use: Node) -> bool:
    """The nearest comparison sets the value against a non-empty literal (not a path) or a
    name bound to one."""
    g = grammar(ctx.language)
    parent = _nearest_comparison(ctx, use, g) if g is not None else None
    if g is None or parent is None:
        return False
    if re.search(r"(^|\s)(not\s+in|in)(\s|$)", _operator_text(ctx, parent)):
        return False  # `"Authorization" in request.headers`: a presence test
    # the other operand: `x == "false"`, `"false".equals(x)`, `x.equals("false")`
    operands = [n for n in parent.named_children if not _inside(n, use)]
    if parent.type in _CALLS:
        operands = [n for c in parent.named_children if c.type in _ARGUMENTS
                    for n in c.named_children if not _inside(n, use)]
        function = parent.child_by_field_name("object") or \
            parent.child_by_field_name("function")
        if function is not None and function.type in g.strings:
            operands.append(function)
    operands = [n for n in operands if n.type not in ("comment",) and
                ctx.node_text(n) not in ("==", "!=", "===", "!==")]
    if len(operands) != 1:
        return False
    other = operands[0]
    if other.type in g.strings:
        value = ctx.node_text(other).strip("\"'`")
        return bool(value) and not _PATH_LIKE.match(value)
    return other.type == "identifier" and _bound_to_literal(ctx, other, g.strings)


def _nearest_comparison(ctx: FileContext, use: Node, g: Grammar) -> Node | None:
    """The comparison (`==`, `in`, `.equals(...)`) nearest above `use` in its statement."""
    cur = use
    while cur.parent is not None:
        parent = cur.parent
        if parent.type in g.comparisons or (parent.type in _CALLS and
                                            _call_name(ctx, parent) in g.compare_methods):
            return parent
        if parent.type in ("block", "statement_block", "module", "program"):
            return None
        cur = parent
    return None


def _operator_text(ctx: FileContext, node: Node) -> str:
    """The operator tokens of a comparison (its unnamed children)."""
    return " ".join(ctx.node_text(c) for c in node.children if not c.is_named)


def _bound_to_literal(ctx: FileContext, name: Node, strings: frozenset[str]) -> bool:
    """`test2 := "test"`, `const EXPECTED = "x"`: a name whose only value is a literal."""
    text = ctx.node_text(name)
    found = re.search(rf"(?m)\b{re.escape(text)}\s*(:=|=)\s*([\"'`])([^\"'`\n]+)\2\s*;?\s*$",
                      ctx.text)
    return found is not None and not _PATH_LIKE.match(found.group(3))


def _rightmost_entry(ctx: FileContext, read: Read) -> bool:
    """The forwarded list is split and its last entry kept (in the function that reads it):
    the address the nearest proxy appended, which a client cannot choose (behind one proxy)."""
    scope = enclosing_function(ctx, read.node)
    if scope is None:
        return False
    after = ctx.text[read.node.start_byte:scope.end_byte] if ctx.is_ascii else \
        ctx.source[read.node.start_byte:scope.end_byte].decode("utf-8", "replace")
    return bool(_SPLIT.search(after)) and bool(_LAST_ENTRY.search(after))


def _verified_in_scope(ctx: FileContext, read: Read) -> bool:
    scope = enclosing_function(ctx, read.node)
    if scope is None:
        return False
    # before the decode only: `jwt = open ? JWT.decode(t) : VERIFIER.verify(t)` decides
    # between the two, and a verification after the claims were used comes too late
    before = ctx.text[scope.start_byte:read.node.start_byte] if ctx.is_ascii else \
        ctx.source[scope.start_byte:read.node.start_byte].decode("utf-8", "replace")
    found = [(m.start() + m.group().index("(") + 1) for m in _TOKEN_VERIFIED.finditer(before)]
    if not found:
        return False
    # a verification of another token (the session cookie's, while the bearer header is only
    # decoded: `decodeJwt(auth.slice(7))` after `jwtVerify(cookie, key)`) verifies not this one
    decoded = _token_words(ctx.node_text(read.node).split("(", 1)[-1])
    if not decoded:
        return True
    return any(not verified or verified & decoded for verified in
               (_token_words(before[end:end + 80].split(",", 1)[0].split(")", 1)[0])
                for end in found))


_WORD_RE = lazyre.compile(r"[A-Za-z_$][\w$]*")
_TOKEN_NOISE = frozenset({"slice", "split", "replace", "substring", "substr", "trim", "headers",
                          "req", "request", "ctx", "get", "Get", "GetHeader", "Header",
                          "authorization", "Authorization", "Bearer", "value", "toString",
                          "String", "strip", "removeprefix", "r", "c", "self", "this",
                          "TrimPrefix", "strings", "getHeader", "new", "await"})


def _token_words(text: str) -> set[str]:
    return set(_WORD_RE.findall(text)) - _TOKEN_NOISE


def _in_request_code(ctx: FileContext, use: Node) -> bool:
    """The file handles requests (a handler, middleware or request helper is written in it)."""
    found: bool | None = ctx.cache.get("access.identity.requests")
    if found is None:
        found = bool(_REQUEST_SCOPE.search(ctx.text))
        ctx.cache["access.identity.requests"] = found
    return found


def _call_name(ctx: FileContext, call: Node) -> str:
    function = call.child_by_field_name("function") or call.child_by_field_name("name") or \
        call.child_by_field_name("type")
    return ctx.node_text(function).rsplit(".", 1)[-1] if function is not None else ""


def _trust(ctx: FileContext, use: Node, read: Read, key: str,
           hooks: IdentityHooks) -> str:
    part = read.part
    condition = condition_use(ctx, use)
    if part == "forwarded" or (part == "header" and (forwarded_header(key) or
                                                      _peer_named_header(ctx, read, key))):
        if _rightmost_entry(ctx, read):
            return ""  # the entry the nearest proxy appended, not one the client wrote
        if condition is None and _returned_decision(ctx, use):
            return "condition"  # an allowlist helper returns the comparison
        if condition is None and _handed_back(use):
            named = _function_label(ctx, use)
            if _RATE_KEY.search(named):
                return "rate-key"  # `keyGenerator: (req) => req.headers['x-forwarded-for']`
            if _ADDRESS_HELPER.search(named) and _helper_compared(ctx, named.rsplit(".", 1)[-1]):
                return "address"  # `clientIp(req)` then `if (ip !== '127.0.0.1')`
        return "condition" if condition is not None and condition.compared and \
            not _compared_with_nothing(ctx, use) else ""
    if part == "unverified-token":
        if normalize(key) in TOKEN_HOUSEKEEPING or _verified_in_scope(ctx, read):
            return ""
        if condition is not None:
            return "condition"
        if _assigned_to_caller(ctx, use, hooks) is not None:
            return "caller"
        call = _call_argument(ctx, use)
        while call is not None and _call_name(ctx, call) in _WRAPPERS:
            call = _call_argument(ctx, call)  # `get(Member, int(claims["member_id"]))`
        if call is not None and hooks.lookup_call(ctx, call):
            return "lookup"
        # `return jwt.decode(raw, options={"verify_signature": False})`, `return claims, nil`
        # after `ParseUnverified(raw, claims)`: a helper hands the claims to its callers
        # (or one identity claim: `return payload ? payload.role : 'anonymous'`)
        if key and normalize(key) in _CLAIM_CONTAINERS:
            key = ""  # `parseClaimsJwt(raw).getBody()`, `decoded.payload`: all the claims
        if key and (identity_key(key) or subject_key(key) or
                    normalize(key) in _IDENTITY_CLAIMS) and _in_request_code(ctx, use):
            # `jsonify(user=claims["username"])`, `res.json({ id: claims.sub })`: the
            # claim is taken as who is calling, whatever is done with it next
            return "used"
        return "returned" if (not key or identity_key(key) or client_person_key(key + "_id")) \
            and _returned(use) and not _go_error_return(ctx, use) \
            and not _go_verified_before(ctx, use) else ""
    if part in _CLIENT_PARTS and condition is not None and condition.compared and \
            normalize(key) not in _CREDENTIAL_CARRIERS and _login_bypass(ctx, use, condition.condition):
        return "bypass"
    if part in _CLIENT_PARTS and _substitutes_caller(ctx, use):
        return "fallback"
    if part in ("cookie", "header") and normalize(key) not in _CREDENTIAL_CARRIERS and \
            condition is None and _stored_as_caller(ctx, use, hooks):
        # the value itself (not a session or token looked up or verified with it) is stored
        # where the verified caller belongs, whatever the cookie or header is called
        return "caller"
    if part in ("cookie", "header") and normalize(key) not in _CREDENTIAL_CARRIERS and \
            condition is None and _record_key(ctx, use, hooks):
        return "lookup"
    if part in ("cookie", "header") and normalize(key) not in _CREDENTIAL_CARRIERS and \
            condition is None and _authenticator_lookup(ctx, use, hooks):
        return "caller"
    person = part in ("cookie", "header") and client_person_key(key)
    if part in ("cookie", "header") and _accessor_return(ctx, use) and \
            normalize(key) not in _CREDENTIAL_CARRIERS and (
                identity_key(key) or person or _identity_accessor(ctx, use, key)):
        # `def is_coordinator(): return request.cookies.get("member_role") == "coordinator"`,
        # `const currentHostId = (req) => req.cookies.host_id || req.user?.id`: an accessor
        # hands the client's value to callers (often in other files) as the caller's identity
        return "accessor"
    if part in ("body", "query") and _SELF_FIELD.match(normalize(key)) and \
            _written_as_owner(ctx, use):
        return "owner"  # `organizerId: req.body.organizerId` behind `requireLogin`
    if part in ("query", "cookie", "header") and condition is None and \
            _caller_column(ctx, use, hooks):
        return "lookup"
    if not identity_key(key) and not person:
        # `request.args.get("as") == "admin"`: any client value compared with a role name
        compared_role = part in _CLIENT_PARTS and condition is not None and \
            condition.compared and _compared_with_role(ctx, use) and \
            not _validation(ctx, condition.condition)
        # `req.get('x-desk') === 'true'` lets the request through a guard (CWE-807): a
        # client switch that skips the check
        switch = part in ("cookie", "header", "query") and condition is not None and \
            condition.compared and normalize(key) not in _CREDENTIAL_CARRIERS and \
            _compared_with(ctx, use, _SWITCH_LITERAL) and _access_decision(ctx, condition.condition)
        return "condition" if compared_role or switch else ""
    if condition is not None and condition.compared and _compared_with_caller(ctx, use):
        # `req.params.userId !== req.signedCookies.userId`: the client's value is checked
        # against the verified caller (an ownership check), not trusted
        return ""
    if flag_key(key) and condition is not None:
        return "condition"
    if condition is not None and condition.compared:
        # `["driver", "manager", "admin"].includes(role)`: the value checked against the
        # values a form may send (an admin setting someone's role), not an access decision;
        # so is a comparison whose branch answers 400 (`if body.Role != "member" && ... {
        # http.Error(w, "bad role", 400) }`)
        return "" if _one_of_values(ctx, use) or _validation(ctx, condition.condition) \
            else "condition"
    if _assigned_to_caller(ctx, use, hooks) is not None:
        return "caller"
    if part in ("cookie", "header") and (subject_key(key) or person):
        call = _call_argument(ctx, use)
        if call is not None and _call_name(ctx, call) not in _LOGGING:
            return "lookup" if hooks.lookup_call(ctx, call) else "passed"
    if part in ("body", "query") and subject_key(key) and _written_as_owner(ctx, use):
        return "owner"
    return ""


_BAD_REQUEST = lazyre.compile(r"(StatusBadRequest|StatusUnprocessableEntity|\b400\b|\b422\b|"
                              r"BadRequest|ValidationError|UnprocessableEntity|badRequest|"
                              r"HTTP_400_\w+|HTTP_422_\w+|BAD_REQUEST|UNPROCESSABLE_\w+|"
                              r"IllegalArgumentException|InvalidArgument\w*|ValueError|"
                              r"ConstraintViolation\w*|abort\(\s*400|"
                              # OAuth 2.0's error codes answered with 400 (RFC 6749 5.2, 4.1.2.1)
                              r"invalid_request|invalid_scope|unsupported_grant_type|"
                              r"unsupported_response_type)")
_REFUSED = lazyre.compile(r"(\b40[13]\b|Unauthori[sz]ed|Forbidden|PermissionDenied|AccessDenied|"
                          r"UNAUTHORIZED|FORBIDDEN)")


def _validation(ctx: FileContext, condition: Node) -> bool:
    """The `if` around `condition` answers a validation error (400/422), never 401/403."""
    statement = condition.parent
    if statement is None or statement.type not in ("if_statement",):
        return False
    branch = statement.child_by_field_name("consequence") or \
        statement.child_by_field_name("body")
    text = ctx.node_text(branch)[:300] if branch is not None else ""
    return bool(_BAD_REQUEST.search(text)) and not _REFUSED.search(text)


# Fields that record who made or owns a new record (not a recipient or an assignee, which a
# client rightly chooses).
_SELF_FIELD = lazyre.compile(r"^(owner|user|author|creator|createdby|uploadedby|postedby|sender|"
                             r"submittedby|requester|reporter|organizer|organiser|host|publisher|"
                             r"uploader|submitter|poster|seller|lister)(id|uid)?$")
_CREATES = frozenset({"create", "insert", "insertOne", "insert_one", "build", "add", "save",
                      "Create", "objects.create", "createQueryBuilder", "upsert", "new"})
_WRAPPERS = frozenset({"Number", "String", "parseInt", "int", "str", "Long", "valueOf",
                       "parseLong", "BigInt", "UUID"})
# the handler knows its verified caller
_CALLER_HINT = lazyre.compile(r"(\breq\.user\b|\brequest\.user\b|\bcurrent_user\b|\bcurrentUser\b|"
                              r"ctx\.state\.user|\bg\.user\b|getUserPrincipal|"
                              r"AuthenticationPrincipal|\buserFrom\w*\(|request\.auth\b)")


# the verified caller as an expression, in any language (`req.user.id`, `c.GetUint("riderID")`,
# `r.Context().Value(userKey)`, `principal.getName()`, `request.user`)
_CALLER_EXPR = lazyre.compile(_CALLER_HINT.pattern + r"|\bc\.(MustGet|Get\w*)\(|\.Locals\(|"
                              r"Context\(\)\.Value\(|\bprincipal\.getName\(|\bauth\.uid\b|"
                              r"request\.state\.user\b|\bclaims\.(Subject|UserID)\b|"
                              # the server's session (`req.session.userId`, `session.user.id`
                              # after `await requireSession()`, `session["user_id"]`)
                              r"\bsession\??\.(user(_?[iI]d)?|uid|account_?[iI]d|member_?[iI]d)\b|"
                              r"\bsession\[\s*['\"](user_id|uid|account_id|member_id)['\"]\s*\]")
_FALLBACK_OPS = frozenset({"||", "??", "or"})


_QUERY_VERB = lazyre.compile(r"^(find|get|fetch|select|query|count|update|delete|destroy|"
                             r"remove|where|filter|list|aggregate)\w*$")


def _caller_column(ctx: FileContext, use: Node, hooks: IdentityHooks) -> bool:
    """`where: { donorId: request.query.donorId }` in a lookup, in a file whose other lookups
    fill the same column with the verified caller (`donorId: request.auth.credentials.id`):
    the client chooses whose records these are, whatever the column is called."""
    cur = use
    while cur.parent is not None and (cur.parent.type in _ARGUMENTS or (
            cur.parent.type in _CALLS and _call_name(ctx, cur.parent) in _WRAPPERS) or
            cur.parent.type in ("parenthesized_expression",)):
        cur = cur.parent
    parent = cur.parent
    if parent is None or parent.type not in ("pair", "keyword_argument"):
        return False
    field = parent.child_by_field_name("key") or parent.child_by_field_name("name")
    if field is None:
        return False
    column = ctx.node_text(field).strip("\"'`")
    call = _call_argument(ctx, parent)
    if not column.isidentifier() or call is None or not (
            hooks.lookup_call(ctx, call) or _QUERY_VERB.match(_call_name(ctx, call))):
        return False
    for match in re.finditer(rf"(?<![\w$]){re.escape(column)}\s*[:=]\s*([^,}}\n)]+)", ctx.text):
        if _CALLER_EXPR.search(match.group(1)):
            return True
    return False


def _substitutes_caller(ctx: FileContext, use: Node) -> bool:
    """The client's value stands in for the verified caller: it is one side of a fallback whose
    other side is the caller (`req.query.memberId || req.user.id`, `args.get("as") or
    current_user.id`), or its function returns it on one path and the caller on another (an
    `override` query parameter, then `return c.GetUint("riderID")`). Whatever the key is
    called, the value is used where the caller's identity belongs."""
    cur = use
    while cur.parent is not None:
        parent = cur.parent
        if parent.type in ("binary_expression", "boolean_operator"):
            op = parent.child_by_field_name("operator")
            if op is not None and ctx.node_text(op) in _FALLBACK_OPS:
                other = parent.child_by_field_name("right") \
                    if parent.child_by_field_name("left") == cur \
                    else parent.child_by_field_name("left")
                return other is not None and bool(_CALLER_EXPR.search(ctx.node_text(other)))
            return False
        if parent.type in ("ternary_expression", "conditional_expression") and \
                parent.child_by_field_name("condition") != cur:
            return any(c != cur and c != parent.child_by_field_name("condition") and
                       _CALLER_EXPR.search(ctx.node_text(c)) for c in parent.named_children)
        if parent.type in ("argument_list", "arguments") and parent.parent is not None and \
                _call_name(ctx, parent.parent) in _CONVERSIONS | _GO_CONVERSIONS:
            cur = parent.parent
            continue
        if parent.type in ("parenthesized_expression", "await", "await_expression",
                           "as_expression", "non_null_expression"):
            cur = parent
            continue
        break
    if not _returned(use):
        return False
    function = enclosing_function(ctx, use)
    if function is None:
        return False
    for ret in nodes_in(ctx, function, "return_statement"):
        if not _inside(ret, use) and enclosing_function(ctx, ret) == function and \
                _CALLER_EXPR.search(ctx.node_text(ret)):
            return True
    return False


def _written_as_owner(ctx: FileContext, use: Node) -> bool:
    """`authorId: Number(req.body.authorId)` in the data of a record being created, in a
    handler that knows its verified caller: the client chooses who the record belongs to."""
    cur = use
    while cur.parent is not None and (cur.parent.type in _ARGUMENTS or (
            cur.parent.type in _CALLS and _call_name(ctx, cur.parent) in _WRAPPERS) or
            cur.parent.type in ("parenthesized_expression", "await", "await_expression")):
        cur = cur.parent
    parent = cur.parent
    if parent is None or parent.type not in ("pair", "keyword_argument"):
        return False
    field = parent.child_by_field_name("key") or parent.child_by_field_name("name")
    if field is None or not _SELF_FIELD.match(normalize(ctx.node_text(field).strip("\"'`"))):
        return False
    call = _call_argument(ctx, parent)
    if call is None or _call_name(ctx, call) not in _CREATES:
        return False
    scope = enclosing_function(ctx, call)
    return scope is not None and (bool(_CALLER_HINT.search(ctx.node_text(scope))) or
                                  _guarded_registration(ctx, scope))


def _guarded_registration(ctx: FileContext, handler: Node) -> bool:
    """`router.post("/", requireLogin, async (req, res) => ...)`: the handler is registered
    behind a guard, so the route knows its verified caller even when the handler never
    names it."""
    args = handler.parent
    if args is None or args.type not in _ARGUMENTS:
        return False
    for sibling in args.named_children:
        if sibling.start_byte >= handler.start_byte:
            break
        name = ctx.node_text(sibling.child_by_field_name("function") or sibling)
        if sibling.type in ("identifier", "member_expression", "call_expression") and \
                guard_name(name.rsplit(".", 1)[-1]):
            return True
    return False


_MEMBERSHIP = frozenset({"includes", "has", "contains", "indexOf", "Contains", "containsKey"})
_COLLECTIONS = frozenset({"array", "list", "tuple", "set", "array_creation_expression",
                          "composite_literal", "literal_value"})


def _one_of_values(ctx: FileContext, use: Node) -> bool:
    """`use` is tested for membership in a literal collection of two or more strings, one of
    them an ordinary role (`["viewer", "editor"].includes(role)`, `role in ("member",
    "admin")`, `List.of("USER", "ADMIN").contains(role)`)."""
    cur = use
    while cur.parent is not None and cur.parent.type not in ("block", "statement_block",
                                                             "module", "program"):
        parent = cur.parent
        collection: Node | None = None
        if parent.type in _CALLS and _call_name(ctx, parent) in _MEMBERSHIP:
            function = parent.child_by_field_name("function") or parent
            collection = function.child_by_field_name("object") or \
                parent.child_by_field_name("object") or function.child_by_field_name("operand")
        elif parent.type == "comparison_operator" and re.search(
                r"\bin\b", ctx.node_text(parent)[len(ctx.node_text(cur)):]):
            collection = parent.named_children[-1]
        if collection is not None:
            if _DENIES.search(_statement_text(ctx, parent)):
                return False  # the branch answers 401/403: an access decision
            strings = [ctx.node_text(n).strip("\"'`") for n in descendants(collection)
                       if n.type in ("string", "string_literal", "interpreted_string_literal")]
            return len(strings) >= 2 and any(not _ROLE_LITERAL.match(v) for v in strings) \
                and (collection.type in _COLLECTIONS or _call_name(ctx, collection) in
                     ("of", "asList", "Set", "List", "frozenset", "set"))
        cur = parent
    return False


_DENIES = lazyre.compile(r"\b(40[13]|[Ff]orbidden|FORBIDDEN|[Uu]nauthori[sz]ed|UNAUTHORI[SZ]ED|"
                         r"[Dd]enied|PermissionDenied|AccessDenied)\b")


def _statement_text(ctx: FileContext, node: Node) -> str:
    """The text of the statement (an `if` with its branch) around `node`."""
    cur = node
    while cur.parent is not None and cur.parent.type not in ("block", "statement_block",
                                                             "module", "program"):
        cur = cur.parent
    return ctx.node_text(cur)


# Accessors named for the caller, their account, tenant or role (`current_host_id`,
# `actingMemberId`, `tenantOf`, `whoami`, `is_coordinator`)
_ACCESSOR_NAME = lazyre.compile(
    r"^(get_?|read_?|load_?|resolve_?)?(current|acting|active|requesting|effective|logged_?in|"
    r"signed_?in|authenticated|auth)_?(user|member|account|host|owner|tenant|org|organi[sz]ation|"
    r"customer|employee|role|uid|user_?id|id|principal|identity|caller|actor|team|workspace)|"
    r"^(get_?)?(caller|actor|whoami|who_?am_?i|principal|viewer)(_?id)?$|"
    r"^(get_?)?(user|member|account|tenant|org|host|owner|employee|customer|role)_?(id_?)?"
    r"(of|from|for_request|from_request)$|"
    r"^(is|has)_?(admin|staff|superuser|coordinator|manager|moderator|organi[sz]er|owner|"
    r"operator|editor|coach|teacher|instructor|host|lead|supervisor|approver|treasurer|"
    r"secretary|committee|role)\w*$", re.IGNORECASE)
_CONVERSIONS = frozenset({"int", "str", "Number", "String", "parseInt", "BigInt", "UUID",
                          "valueOf", "parseLong", "Atoi", "ParseInt", "ParseUint", "uuid",
                          "trim", "strip", "lower", "toLowerCase", "TrimSpace"})


# a named constant (`ORGANISER`, `Role.ADMIN`, `roles.COORDINATOR`)
_CONSTANT_NAME = re.compile(r"^[A-Z][A-Z0-9_]{1,40}$")


def _constant(text: str) -> bool:
    return text.count(".") <= 2 and bool(_CONSTANT_NAME.match(text.rsplit(".", 1)[-1])) and \
        all(part.isidentifier() for part in text.split("."))


def _accessor_return(ctx: FileContext, use: Node) -> bool:
    """`use` is returned by its function, unchanged but for a fallback (`or`, `||`, `??`), a
    conversion (`int(...)`, `Number(...)`) or a comparison with a constant (`== "coordinator"`);
    the function is the whole accessor, an arrow function's body included."""
    cur = use
    while cur.parent is not None:
        parent = cur.parent
        if parent.type == "return_statement":
            return True
        if parent.type == "arrow_function" and parent.child_by_field_name("body") == cur:
            return True
        if parent.type in ("binary_expression", "boolean_operator", "comparison_operator"):
            op = parent.child_by_field_name("operator")
            text = ctx.node_text(op) if op is not None else ""
            if text in ("||", "??", "or") and parent.child_by_field_name("left") == cur:
                cur = parent
                continue
            if text in ("&&", "and"):
                # `return cookies.get("club_role") == ORGANISER and cookies.get("club_id")
                # == str(club.pk)`: one of the conditions the accessor answers
                cur = parent
                continue
            if text in ("==", "===", "!=", "!==") or parent.type == "comparison_operator":
                others = [c for c in parent.named_children if c != cur]
                if others and all(o.type in ("string", "interpreted_string_literal",
                                             "string_literal") or
                                  _constant(ctx.node_text(o)) or _literal_set(ctx, o)
                                  for o in others):
                    cur = parent
                    continue
            return False
        if parent.type in ("argument_list", "arguments") and parent.parent is not None and \
                _call_name(ctx, parent.parent) in _CONVERSIONS:
            cur = parent.parent
            continue
        if parent.type in ("call", "call_expression", "method_invocation") and \
                _call_name(ctx, parent) in _CONVERSIONS:
            cur = parent  # `raw.strip()`, `value.trim()`
            continue
        if parent.type not in ("expression_list", "parenthesized_expression", "await",
                               "await_expression", "as_expression", "non_null_expression"):
            return False
        cur = parent
    return False


# a lookup by a record's own id or an owner's id: `filter_by(id=...)`, `{ memberId: ... }`,
# `findByEmployeeId(...)`, `get(Member, ...)`, `db.First(&m, ...)`
_ID_ARGUMENT = lazyre.compile(r"^(id|pk|_id|\w+_id|\w+_pk|[a-z]\w*Id|\w+ID)$")
_BY_ID_CALLS = frozenset({"get_or_404", "findById", "findByPk", "First", "Take", "getById",
                          "getReferenceById", "find_by_id"})
_MODEL_RECEIVER = lazyre.compile(r"^[A-Z]\w*(\.query)?$")


def _by_id_call(ctx: FileContext, call: Node) -> bool:
    """`findById`, `db.First`, a derived query on an id (`findByEmployeeId`), a model's
    `get` (`Member.query.get(x)`, `db.get(Member, x)`), not a map's `get`, or SQL that reads
    a person's row by its id (`SELECT ... FROM users WHERE id = $1`)."""
    name = _call_name(ctx, call)
    if name in _BY_ID_CALLS or (name.endswith("Id") and "By" in name[1:-2]):
        return True
    if _person_row_sql(ctx, call):
        return True
    if name != "get":
        return False
    function = call.child_by_field_name("function")
    receiver = function.child_by_field_name("object") if function is not None else None
    arguments = call.child_by_field_name("arguments")
    given = arguments.named_children if arguments is not None else []
    return (receiver is not None and bool(_MODEL_RECEIVER.match(ctx.node_text(receiver)))) or (
        len(given) == 2 and bool(_MODEL_RECEIVER.match(ctx.node_text(given[0]))))


# the tables of an application's people (`users`, `parents`, `guardians`, `members`)
_PERSON_TABLE = lazyre.compile(r"^(\w+_)?(users?|accounts?|members?|people|persons?|parents?|"
                               r"guardians?|customers?|clients?|staff|staffers?|employees?|"
                               r"students?|patients?|drivers?|couriers?|volunteers?|players?|"
                               r"tenants?|residents?|riders?|carers?|families|family)$",
                               re.IGNORECASE)


def _person_row_sql(ctx: FileContext, call: Node) -> bool:
    """The call runs SQL that reads one row of a people table by its id (`db.QueryRow(ctx,
    "SELECT id, name, role FROM users WHERE id = $1", id)`): given a client's value, the
    client names who the caller is."""
    arguments = call.child_by_field_name("arguments")
    for argument in arguments.named_children if arguments is not None else ():
        if argument.type not in ("string", "string_literal", "interpreted_string_literal",
                                 "raw_string_literal", "template_string"):
            continue
        found = sql_lookup(ctx.node_text(argument).strip("`\"'"))
        return found is not None and found.op == "read" and not found.scoped and \
            found.key_index is not None and bool(_PERSON_TABLE.match(found.table))
    return False


def _record_key(ctx: FileContext, use: Node, hooks: IdentityHooks) -> bool:
    """The cookie's or header's value (through conversions only) chooses a record by its id
    or its owner's id: `Member.query.filter_by(id=int(badge))`, `findByEmployeeId(emp)`.
    Whatever the cookie is called, the client names whose record is used."""
    cur = use
    while True:
        call = _call_argument(ctx, cur)
        if call is None:
            return False
        if _call_name(ctx, call) in _CONVERSIONS | _GO_CONVERSIONS | _WRAPPERS:
            cur = call
            continue
        break
    if not hooks.lookup_call(ctx, call):
        return False
    argument = cur
    while argument.parent is not None and argument.parent.type not in _ARGUMENTS:
        argument = argument.parent
        if argument.type in ("keyword_argument", "pair"):
            name = argument.child_by_field_name("name") or argument.child_by_field_name("key")
            return name is not None and bool(_ID_ARGUMENT.match(
                ctx.node_text(name).strip("\"'`")))
    return _by_id_call(ctx, call)


# an authentication class's or backend's hook: what it returns is the request's caller
# (Django REST framework `BaseAuthentication.authenticate`, Django auth backends)
_AUTHENTICATE_HOOKS = frozenset({"authenticate", "authenticate_credentials"})


def _authenticator_lookup(ctx: FileContext, use: Node, hooks: IdentityHooks) -> bool:
    """The value looks up the account an authentication hook returns as the caller
    (`get_user_model().objects.get(email=request.META["HTTP_X_TEACHER_EMAIL"])` in
    `authenticate`), with nothing verified: whoever names an account in the header is it."""
    if ctx.language != "python":
        return False  # an Express `authenticate` middleware returns nothing
    function = enclosing_function(ctx, use)
    name = function.child_by_field_name("name") if function is not None else None
    if name is None or ctx.node_text(name) not in _AUTHENTICATE_HOOKS:
        return False
    call = _call_argument(ctx, use)
    while call is not None and _call_name(ctx, call) in _CONVERSIONS | _WRAPPERS:
        call = _call_argument(ctx, call)
    return call is not None and _call_name(ctx, call) in _ACCOUNT_LOOKUPS


# `get_user_model().objects.get(...)`, `User.objects.filter(...)`: an account looked up
_ACCOUNT_LOOKUPS = frozenset({"get", "filter", "filter_by", "first", "get_by_natural_key",
                              "get_or_create"})


def _literal_set(ctx: FileContext, node: Node) -> bool:
    """`("steward", "admin")`, `{ADMIN, OWNER}`: the values a membership test accepts."""
    return node.type in ("tuple", "list", "set", "array") and bool(node.named_children) and \
        all(c.type in ("string", "string_literal") or _constant(ctx.node_text(c))
            for c in node.named_children)


def _identity_accessor(ctx: FileContext, use: Node, key: str) -> bool:
    function = enclosing_function(ctx, use)
    if function is None:
        return False
    name = function.child_by_field_name("name")
    text = ctx.node_text(name) if name is not None else ""
    if not text and function.parent is not None and function.parent.type == \
            "variable_declarator":
        text = ctx.node_text(function.parent.child_by_field_name("name"))
    snake = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", text)
    return bool(text) and bool(_ACCESSOR_NAME.match(snake)) and not re.search(
        r"(?i)(theme|locale|lang|currency|timezone|tz|csrf|trace|request_?id|correlation)", key)


def _returned(use: Node) -> bool:
    """`use` is (an element of) the value a return statement gives back, unchanged."""
    cur = use
    while cur.parent is not None:
        parent = cur.parent
        if parent.type == "return_statement":
            return True
        if parent.type in ("ternary_expression", "conditional_expression") and \
                parent.child_by_field_name("condition") != cur:
            cur = parent  # `return payload ? payload.role : "anonymous"`
            continue
        if parent.type in ("argument_list", "arguments") and parent.parent is not None and \
                parent.parent.type in ("call", "call_expression"):
            function = parent.parent.child_by_field_name("function")
            name = function.text.decode("utf-8", "replace") if function is not None and \
                function.text is not None else ""
            if name in _WRAPPERS or name in _GO_CONVERSIONS:
                cur = parent.parent  # `return int64(owner), ok`
                continue
        if parent.type == "pair" and parent.child_by_field_name("value") == cur and \
                parent.parent is not None and parent.parent.type in ("object", "dictionary"):
            # `return { memberId: String(claims.sub), role: claims.role }`: the claims as
            # the fields of the identity the helper hands back
            cur = parent.parent
            continue
        if parent.type == "binary_expression" and parent.named_children and \
                parent.named_children[0] == cur and any(
                    c.type in ("??", "||") for c in parent.children if not c.is_named):
            cur = parent  # `claims.role ?? 'member'`
            continue
        if parent.type not in ("expression_list", "parenthesized_expression", "await",
                               "await_expression", "tuple", "as_expression"):
            return False
        cur = parent
    return False


_GO_FUNCTIONS = frozenset({"function_declaration", "method_declaration", "func_literal"})
_GO_VERIFY = lazyre.compile(r"^Verify\w*$")


def _go_error_return(ctx: FileContext, use: Node) -> bool:
    """`if err != nil { return token, err }`: the value goes back with the error just found
    (Go's callers test the error first), not as a result."""
    ret: Node | None = use
    while ret is not None and ret.type != "return_statement":
        ret = ret.parent
    if ret is None:
        return False
    values = [c for c in ret.named_children if c.type == "expression_list"]
    returned = {ctx.node_text(v) for v in (values[0].named_children if values else [])}
    cur = ret.parent
    while cur is not None and cur.type not in _GO_FUNCTIONS:
        if cur.type == "if_statement":
            cond = cur.child_by_field_name("condition")
            consequence = cur.child_by_field_name("consequence")
            if cond is not None and cond.type == "binary_expression" and consequence is not None \
                    and _inside(consequence, ret):
                left, right = cond.child_by_field_name("left"), cond.child_by_field_name("right")
                op = cond.child_by_field_name("operator")
                if left is not None and right is not None and op is not None and \
                        ctx.node_text(op) == "!=" and ctx.node_text(right) == "nil" and \
                        ctx.node_text(left) in returned:
                    return True
        cur = cur.parent
    return False


def _go_verified_before(ctx: FileContext, use: Node) -> bool:
    """`token.Method.Verify(signingString, token.Signature, key)` in the function: a return after
    it hands out a checked token, and one before it that carries an error (`return token,
    NewValidationError(...)`) is a failure on the way to the check, not a result."""
    if use.type != "identifier":
        return False
    name = ctx.node_text(use)
    scope = use.parent
    while scope is not None and scope.type not in _GO_FUNCTIONS:
        scope = scope.parent
    if scope is None:
        return False
    verify_at = [node.start_byte for node in _go_calls(scope)
                 if _go_verify_call(ctx, node) and _mentions(ctx, node, name)]
    if any(start < use.start_byte for start in verify_at):
        return True
    if not verify_at:
        return False
    ret: Node | None = use
    while ret is not None and ret.type != "return_statement":
        ret = ret.parent
    values = [c for c in ret.named_children if c.type == "expression_list"] if ret else []
    last = values[0].named_children[-1] if values and values[0].named_children else None
    return last is not None and last != use and ctx.node_text(last) != "nil"


def _go_calls(scope: Node) -> Iterator[Node]:
    stack = [scope]
    while stack:
        node = stack.pop()
        if node.type == "call_expression":
            yield node
        stack.extend(node.children)


def _go_verify_call(ctx: FileContext, call: Node) -> bool:
    function = call.child_by_field_name("function")
    field = function.child_by_field_name("field") if function is not None and \
        function.type == "selector_expression" else None
    return field is not None and bool(_GO_VERIFY.match(ctx.node_text(field)))


def _mentions(ctx: FileContext, node: Node, name: str) -> bool:
    stack = [node]
    while stack:
        cur = stack.pop()
        if cur.type == "identifier" and ctx.node_text(cur) == name:
            return True
        stack.extend(cur.children)
    return False


_GO_CONVERSIONS = frozenset({"int", "int64", "int32", "uint", "uint64", "string", "float64"})


_CLIENT_PARTS = frozenset({"cookie", "header", "query", "body"})
# a variable holding the credential an authenticator checks (`auth := r.Header.Get(h)`), not
# an identity the client claims
_CREDENTIAL_CARRIERS = frozenset({"auth", "authorization", "authheader", "token", "bearer",
                                  "credentials", "creds", "apikey", "key"})
# a login or registration handler: the name it reads is checked with (or stored beside) the
# password it reads too, so it is a credential, not a claimed identity
_PASSWORD_KEY = lazyre.compile(r"""["'](password|passwd|pwd|pass|passphrase|password1)["']""",
                               re.IGNORECASE)
_LOGIN_NAMES = frozenset({"username", "user", "email", "login", "loginname", "useremail",
                          "name", "account", "accountname"})
_ROLE_LITERAL = lazyre.compile(r"^(admin|administrator|superuser|super_?admin|root|staff|"
                               r"moderator|supervisor|sysadmin)$", re.IGNORECASE)


_SWITCH_LITERAL = lazyre.compile(r"(?i)^(true|yes|on|1|y|enabled?|allow(ed)?|bypass|skip)$")
_LETS_THROUGH = lazyre.compile(r"(\bnext\s*\(|\bcall_next\b|\.ServeHTTP\(|\bc\.Next\(|"
                               r"filterChain\.doFilter|chain\.doFilter|\bsetAuthenticated\b|"
                               r"\bauthenticated\s*=|\bis_?[Aa]dmin\s*=|\b(req|request)\.\w*"
                               r"([Mm]ode|[Aa]dmin|[Rr]ole|[Uu]ser)\s*=)")


_RATE_KEY = lazyre.compile(r"(?i)(^|[._])(key_?(gen(erator)?|func|fn|getter)|get_?key|"
                           r"limit\w*key|rate_?limit\w*|throttle\w*)$")
# a helper named for an address (`clientIp`, `caller_address`, `officeAddress`, `get_ip`):
# what it returns is used as the caller's address
_ADDRESS_HELPER = lazyre.compile(r"(?i)(ip|addr|address)(_?of)?$")
_HAND_BACK_THROUGH = frozenset({"binary_expression", "boolean_operator", "parenthesized_expression",
                                "member_expression", "subscript_expression", "attribute",
                                "subscript", "ternary_expression", "conditional_expression",
                                "expression_list", "as_expression", "await", "await_expression",
                                "selector_expression", "index_expression", "field_access",
                                "non_null_expression", "array_access"})


def _handed_back(use: Node) -> bool:
    """`use` (trimmed, split, or with a fallback: `(xff || '').split(',')[0].trim()`, `xff or
    request.remote_addr`) is the value its function returns, or an arrow's or lambda's body."""
    cur = use
    for _ in range(16):
        parent = cur.parent
        if parent is None:
            return False
        if parent.type == "return_statement":
            return True
        if parent.type in ("arrow_function", "lambda") and \
                parent.child_by_field_name("body") == cur:
            return True
        if parent.type in ("call", "call_expression", "method_invocation"):
            function = parent.child_by_field_name("function") or \
                parent.child_by_field_name("object")
            if function is None or not _inside(function, cur):
                return False  # an argument of another call: not the value handed back
        elif parent.type not in _HAND_BACK_THROUGH:
            return False
        cur = parent
    return False


def _function_label(ctx: FileContext, use: Node) -> str:
    """The name of the function around `use`: its own, the variable, property or keyword
    argument it is given to (`keyGenerator: (req) => ...`, `key_func=lambda: ...`)."""
    function = enclosing_function(ctx, use)
    if function is None:
        return ""
    name = function.child_by_field_name("name")
    if name is not None:
        return ctx.node_text(name)
    holder = function.parent
    if holder is not None and holder.type in ("pair", "keyword_argument", "variable_declarator",
                                              "assignment_expression", "assignment"):
        label = holder.child_by_field_name("key") or holder.child_by_field_name("name") or \
            holder.child_by_field_name("left")
        return ctx.node_text(label).strip("\"'") if label is not None else ""
    return ""


_NOTHING = frozenset({"null", "nil", "None", "undefined", '""', "''", "``"})


def _compared_with_nothing(ctx: FileContext, use: Node) -> bool:
    """`if (xff == null)`, `if header != ""`: a presence test, not a check of the address."""
    parent = use.parent
    while parent is not None and parent.type in ("parenthesized_expression",):
        parent = parent.parent
    if parent is None:
        return False
    others = [n for n in parent.named_children if not _inside(n, use)]
    return len(others) == 1 and ctx.node_text(others[0]).strip() in _NOTHING


def address_checks(ctx: FileContext, trust: Trust) -> list[Node]:
    """Where the callers of an address helper compare what it returns (`String ip =
    getClientIP(); if (!"127.0.0.1".equals(ip))`): the checks the client's header decides."""
    if trust.how != "address" or ctx.tree is None or not ctx.is_ascii:
        return []
    helper = _function_label(ctx, trust.use).rsplit(".", 1)[-1]
    if not re.fullmatch(r"\w+", helper):
        return []
    scope = enclosing_function(ctx, trust.read.node)
    out: list[Node] = []
    for found in re.finditer(rf"\b{helper}\s*\(", ctx.text):
        if scope is not None and scope.start_byte <= found.start() < scope.end_byte:
            continue  # the helper itself (a recursive or declaring mention)
        node = ctx.tree.root_node.descendant_for_byte_range(found.start(), found.start())
        call = node
        while call is not None and call.type not in _CALLS:
            call = call.parent
        if call is None:
            continue
        if condition_use(ctx, call) is not None:
            out.append(call)
            continue
        var = _assigned_name(ctx, call)
        if not var:
            continue
        caller = enclosing_function(ctx, call)
        for ident in nodes_in(ctx, caller, "identifier") if caller is not None else []:
            if ident.start_byte > call.end_byte and ctx.node_text(ident) == var:
                check = condition_use(ctx, ident)
                if check is not None and check.compared:
                    out.append(check.condition)
                    break
    return out


def address_message(trust: Trust, ctx: FileContext) -> str:
    helper = _function_label(ctx, trust.use).rsplit(".", 1)[-1]
    key = f"`{trust.key}`" if trust.key else "a forwarded address header"
    return (f"`{helper}()` returns {key}, which the client sets (any proxy only appends to "
            f"it), and this check trusts it as the caller's address; use the address your own "
            f"proxy sets (a fixed proxy count) or the connection's peer address.")


def _assigned_name(ctx: FileContext, call: Node) -> str:
    """`String ip = getClientIP();`, `ip := clientIP(r)`, `const ip = clientIp(req)`."""
    parent = call.parent
    while parent is not None and parent.type in ("await_expression", "expression_list"):
        parent = parent.parent
    if parent is None:
        return ""
    name = parent.child_by_field_name("name") or parent.child_by_field_name("left")
    if name is not None and name.type == "identifier":
        return ctx.node_text(name)
    return ""


def _helper_compared(ctx: FileContext, helper: str) -> bool:
    """The address helper's result is compared in the file (`const ip = clientIp(req); if (ip
    !== '127.0.0.1')`, `if client_ip() not in ALLOWED`, `ALLOWED.includes(clientIp(req))`)."""
    if not helper or not re.fullmatch(r"\w+", helper):
        return False
    direct = re.search(rf"\b{helper}\s*\([^()]*\)\s*(!==?|===?|not\s+in\b|in\b)|"
                       rf"(includes|has|indexOf|contains|startsWith|startswith)\s*\(\s*"
                       rf"(self\.|this\.)?{helper}\s*\(", ctx.text)
    if direct:
        return True
    for bound in re.finditer(rf"\b(\w+)\s*:?=\s*(self\.|this\.|await\s+)?{helper}\s*\(", ctx.text):
        var = bound.group(1)
        rest = ctx.text[bound.end():bound.end() + 800]
        if re.search(rf"\b{var}\s*(!==?|===?|not\s+in\b|in\b)|(includes|has|indexOf|"
                     rf"contains|startsWith|startswith|HasPrefix)\s*\(\s*{var}\b|"
                     rf"\b{var}\.(startsWith|startswith)\(|\b{var}::(startsWith|equals|"
                     rf"contains|matches)\b", rest):
            return True
    return False


def _access_decision(ctx: FileContext, condition: Node) -> bool:
    """The `if` deciding on `condition` lets the request through a check or refuses it
    (`return next()`, `403`, a guard function), not a preference (a theme, a page size)."""
    statement = condition.parent
    if statement is None:
        return False
    text = ctx.node_text(statement)[:600]
    if _LETS_THROUGH.search(text) or _REFUSED.search(text):
        return True
    following = statement.next_named_sibling
    if following is not None and _REFUSED.search(ctx.node_text(following)[:200]):
        return True  # `if request.args.get("skip_auth") == "yes": return data` then `abort(401)`
    function = enclosing_function(ctx, condition)
    name = function.child_by_field_name("name") if function is not None else None
    return name is not None and guard_name(ctx.node_text(name))


def _compared_with(ctx: FileContext, use: Node, literal: re.Pattern[str]) -> bool:
    g = grammar(ctx.language)
    parent = _nearest_comparison(ctx, use, g) if g is not None else None
    if g is None or parent is None:
        return False
    return any(child.type in g.strings and literal.match(ctx.node_text(child).strip("\"'`"))
               for child in descendants(parent) if not _inside(use, child))


# the verified caller: the server's session, a signed cookie, the framework's principal
_VERIFIED_CALLER = lazyre.compile(
    r"(\bsignedCookies\b|\bsession\b|\b(req|request|ctx|c)\.(user|auth|state\.user)\b|"
    r"\bres\.locals\.(user|account)\b|\bcurrent_?[Uu]ser\b|\bg\.user\b|"
    r"\bgetUserPrincipal\s*\(|\bgetRemoteUser\s*\(|\bprincipal\b|\bauthentication\b|"
    r"\bSecurityContextHolder\b|\bget_jwt_identity\s*\(|\bget_current_user\s*\()")


def _compared_with_caller(ctx: FileContext, use: Node) -> bool:
    """The nearest comparison around `use` sets it against the verified caller's identity."""
    g = grammar(ctx.language)
    if g is None:
        return False
    cur = use
    while cur.parent is not None:
        parent = cur.parent
        if parent.type in g.comparisons or (parent.type in _CALLS and
                                            _call_name(ctx, parent) in g.compare_methods):
            others = [child for child in parent.named_children if not _inside(use, child)
                      and not _inside(child, use)]
            if parent.type in _CALLS:  # `a.equals(b)`: the receiver and the arguments
                others = [n for n in descendants(parent) if n.type in g.strings or
                          (n.type.endswith(("expression", "access", "identifier"))
                          and not _inside(use, n) and not _inside(n, use))]
            return any(_VERIFIED_CALLER.search(ctx.node_text(n)) for n in others)
        if parent.type in ("block", "statement_block", "module", "program"):
            return False
        cur = parent
    return False


def _compared_with_role(ctx: FileContext, use: Node) -> bool:
    """The nearest comparison around `use` (or the comparing call it is given to) sets it
    against a string literal that names a privileged role (`== "admin"`,
    `"superuser".equals(x)`)."""
    return _compared_with(ctx, use, _ROLE_LITERAL)


def trusted_reads(ctx: FileContext, hooks: IdentityHooks) -> list[Trust]:
    """One `Trust` per read of the file that is used as identity."""
    found: list[Trust] | None = ctx.cache.get("access.identity")
    if found is not None:
        return found
    reads = hooks.reads(ctx)
    by_scope: dict[int, tuple[Node, list[Read]]] = {}
    for read in reads:
        scope = enclosing_function(ctx, read.node) or (ctx.tree.root_node if ctx.tree else None)
        if scope is None:
            continue
        by_scope.setdefault(scope.start_byte, (scope, []))[1].append(read)
    out: list[Trust] = []
    seen: set[int] = set()
    for scope, scope_reads in by_scope.values():
        flow = local_flow(ctx, scope, scope_reads)
        credentials = bool(_PASSWORD_KEY.search(ctx.node_text(scope)))
        for use, read in _value_uses(ctx, flow):
            if read.node.start_byte in seen:
                continue
            chain, accessed = _widest(ctx, use, hooks)
            key = read.key or accessed
            if not read.key and accessed == "" and read.part != "forwarded":
                name = _bound_name(ctx, flow, read)
                key = name if name and read.part in ("cookie", "header") and \
                    normalize(name) not in _CREDENTIAL_CARRIERS else ""
            if credentials and read.part in ("body", "query") and \
                    (normalize(key) in _LOGIN_NAMES or not identity_key(key)):
                continue  # the name a login or sign-up form checks with its password
            how = _trust(ctx, chain, read, key, hooks)
            if how:
                seen.add(read.node.start_byte)
                out.append(Trust(read, key, chain, how))
    for read in reads:
        if read.part == "unverified-token" and read.node.start_byte not in seen and \
                _unchecked_decode(ctx, read):
            seen.add(read.node.start_byte)
            out.append(Trust(read, read.key, read.node, "unchecked"))
    out.sort(key=lambda t: t.read.node.start_byte)
    ctx.cache["access.identity"] = out
    return out


# decoders whose name says they skip the signature, or options that turn it off (PyJWT
# `verify_signature: False` / `verify=False`, python-jose `get_unverified_claims`,
# python_jwt `process_jwt`, golang-jwt `ParseUnverified`, go-jose
# `UnsafeClaimsWithoutVerification`, jjwt `parseClaimsJwt`/`parseUnsecuredClaims`, a
# jjwt `parse` or jsonwebtoken `verify` handed no key)
_OPTED_OUT = lazyre.compile(r"(?i)(unverified|unsafe|insecure|verify_signature\W+false|"
                            r"\bverify\s*=\s*false|process_jwt|parseClaimsJwt|parseUnsecured|"
                            r"parsePlaintextJwt|parseContentJwt|\.parse\s*\(|\.verify\s*\()")
# the app verifies tokens before its handlers run (a verifying middleware, a strategy)
_APP_VERIFIES = lazyre.compile(r"(?i)(expressjwt|express-jwt|koa-jwt|passport|JwtStrategy|"
                               r"\bjwtVerify\s*\(|\.use\s*\([^)\n]*(jwt|auth|verify|token))")
_REQUEST_TOKEN = lazyre.compile(r"(?i)(\b(req|request|ctx|c)\.(headers?|cookies|query|body|"
                                r"get|header|params)\b|\bgetHeader\s*\(|\bHeader\.Get\s*\(|"
                                r"\bauthorization\b)")
# a decode that checks the signature in Python (`jwt.decode(raw, key, algorithms=[...])`)
_PY_VERIFYING_DECODE = lazyre.compile(r"\bdecode\s*\(\s*\w+\s*,\s*[\w.\[\]\"']+\s*,[^\n]*"
                                      r"algorithms\s*=")


_NO_KEY_VERIFY = lazyre.compile(r"\.verify\s*\(")
# the decoded token read for its housekeeping only (when it runs out, who issued it, which
# key signs it), or its signature checked by hand (`token.Method.Verify(...)`)
_HOUSEKEEPING_USE = lazyre.compile(r"(\[\s*[\"'](exp|iat|nbf|iss|aud|kid|alg|typ)[\"']\s*\]|"
                                   r"\.get\(\s*[\"'](exp|iat|nbf|iss|kid)[\"']|"
                                   r"\.Header\s*\[|\.Method\.Verify\s*\()")
# calls nobody makes to peek at a token before verifying it: jjwt `parse` (meant to verify)
# and a `verify` handed no key
_NO_PEEK_CALL = lazyre.compile(r"\.(parse|verify)\s*\(")
# Nimbus `SignedJWT.parse(raw)` / auth0 `JWT.decode`: parsing first, verifying next is their
# documented use
_PARSE_FIRST = lazyre.compile(r"\b(SignedJWT|JWTParser|PlainJWT|EncryptedJWT|JWT)\s*\.\s*parse\b")


# jwt-simple `decode(token, key)` (or with `noVerify` false) checks the signature
_JWT_SIMPLE_VERIFYING = lazyre.compile(r"\.decode\s*\(\s*[\w.]+\s*,\s*[\w.]+(\(\))?\s*"
                                       r"(,\s*false\s*)?\)")


def _no_peek(text: str) -> bool:
    return bool(_NO_PEEK_CALL.search(text)) and not _PARSE_FIRST.search(text)


def _unchecked_decode(ctx: FileContext, read: Read) -> bool:
    """A token decoded without its signature being checked, whatever is done with it next:
    verification switched off by name or option with no verification in the same function,
    or a request's token decoded by a decode-only helper (`jwt.decode`, `decodeJwt`,
    `jwtDecode`) in a file that verifies no token at all."""
    text = ctx.node_text(read.node)
    scope = enclosing_function(ctx, read.node)
    if scope is not None and not _no_peek(text):
        body = ctx.node_text(scope)
        start = read.node.start_byte - scope.start_byte
        end = read.node.end_byte - scope.start_byte
        rest = body[:start] + body[end:] if ctx.is_ascii else body
        if _TOKEN_VERIFIED.search(rest) or _PY_VERIFYING_DECODE.search(rest) or (
                "jwt-simple" in ctx.text and _JWT_SIMPLE_VERIFYING.search(rest)):
            return False
    after = ctx.text[read.node.end_byte:scope.end_byte] if scope is not None and ctx.is_ascii \
        else ""
    if _HOUSEKEEPING_USE.search(after) or _HOUSEKEEPING_USE.search(
            ctx.node_text(read.node.parent) if read.node.parent is not None else ""):
        return False  # `jwt.decode(raw, options=...)["exp"]`: the expiry, the issuer or key id
    if picks_key_only(ctx, read.node):
        return False  # the claims choose the key the same token is then verified with
    if _OPTED_OUT.search(text):
        return True
    return ctx.language in ("javascript", "typescript") and scope is not None and \
        bool(_REQUEST_TOKEN.search(ctx.node_text(scope))) and _bare_handler(ctx, scope) and \
        not _APP_VERIFIES.search(_outside_bare_handlers(ctx))


def _outside_bare_handlers(ctx: FileContext) -> str:
    """The file's text without the bodies of handlers registered with no middleware: a token
    another such handler verifies (`jwtVerify(token, key)` in `GET /b`) is not the token of
    this one; a verifying middleware or strategy stays."""
    found: str | None = ctx.cache.get("access.identity.outside_bare")
    if found is None:
        spans = sorted((fn.start_byte, fn.end_byte) for fn in functions(ctx)
                       if _bare_handler(ctx, fn))
        source, out, last = ctx.source, [], 0
        for start, end in spans:
            if start >= last:
                out.append(source[last:start])
                last = end
        out.append(source[last:])
        found = b"".join(out).decode("utf-8", "replace")
        ctx.cache["access.identity.outside_bare"] = found
    return found


def _bare_handler(ctx: FileContext, scope: Node) -> bool:
    """`app.get("/path", (req, res) => {...})`: a handler registered with no middleware before
    it (nothing verified the token on the way in)."""
    args = scope.parent
    if args is None or args.type != "arguments":
        return False
    before = [a for a in args.named_children if a.end_byte <= scope.start_byte]
    return bool(before) and all(a.type in ("string", "template_string") for a in before)


def _bound_name(ctx: FileContext, flow: Flow, read: Read) -> str:
    for name, bound in flow.names.items():
        if bound is read:
            return name
    return ""


_PARTS = {"cookie": "a cookie", "header": "a request header", "query": "the query string",
          "body": "the request body", "path": "the URL path"}


def message(trust: Trust, ctx: FileContext) -> str:
    read = trust.read
    key = f"`{trust.key}`" if trust.key else "the value"
    line = trust.use.start_point[0] + 1
    if trust.how == "rate-key":
        return (f"{key} is set by the client, and the rate limit on line {line} counts "
                f"requests by it: a client that sends a new value with each request is never "
                f"limited; key the limit on the connection's address (with a fixed trusted "
                f"proxy count) or the account.")
    if read.part == "forwarded" or forwarded_header(trust.key) or \
            normalize(trust.key) == "remoteaddr":
        return (f"{key} is set by the client (any proxy only appends to it), and the check on "
                f"line {line} trusts it as the caller's address; use the address your own "
                f"proxy sets (a fixed proxy count) or the connection's peer address.")
    if read.part == "unverified-token":
        claim = f"its claim {key}" if trust.key else "a claim"
        if trust.how == "used":
            return (f"This token is decoded without verifying its signature, and {claim} "
                    f"is taken as the caller's identity on line {line}; anyone can write a "
                    f"token with any claims: verify it with its key and a fixed algorithm "
                    f"before using any claim.")
        if trust.how == "unchecked" and _NO_KEY_VERIFY.search(ctx.node_text(read.node)):
            return ("This token is verified with no key, so an unsigned token (`alg: none`) "
                    "passes: anyone can write one with any claims; verify with the real key "
                    "and a fixed algorithm.")
        if trust.how == "unchecked" and ctx.language == "java" and \
                _no_peek(ctx.node_text(read.node)):
            return ("jjwt's `parse` returns an unsigned token (`alg: none`) as readily as a "
                    "signed one, signing key or not: anyone can write one with any claims; "
                    "use `parseClaimsJws` (`parseSignedClaims` in 0.12) so a signature is "
                    "required.")
        if trust.how == "unchecked":
            return ("This token is decoded without verifying its signature, and nothing here "
                    "verifies it: anyone can write a token with any claims; verify it with "
                    "its key and a fixed algorithm (or decode only after verifying).")
        if trust.how == "returned":
            return (f"This token is decoded without verifying its signature, and its claims "
                    f"are returned on line {line} to callers that take them as the caller's "
                    f"identity; verify the token with its key and a fixed algorithm before "
                    f"returning any claim.")
        return (f"This token is decoded without verifying its signature, and {claim} "
                f"is trusted on line {line}; verify the token with its key and a fixed "
                f"algorithm before using any claim.")
    where = _PARTS.get(read.part, "the request")
    if trust.how == "bypass":
        key = key[0].upper() + key[1:]
        return (f"{key} comes from {_PARTS.get(read.part, 'the request')}, which the client "
                f"controls, and decides on line {line} whether the authentication step runs: "
                f"a client that sends the other value skips it; authenticate every caller, "
                f"whatever the request says.")
    uses = {"condition": "decides access", "caller": "becomes the current caller",
            "lookup": "chooses whose record is used", "passed": "is used as the caller's identity",
            "owner": "is written as the new record's owner",
            "accessor": "is returned by its accessor as the caller's identity or role",
            "fallback": "stands in for the verified caller"}
    return (f"{key} comes from {where}, which the client controls, and {uses[trust.how]} on line "
            f"{line}; take the caller's identity and role from the verified session or token.")
