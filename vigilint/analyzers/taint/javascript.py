"""Intra-procedural taint for JavaScript and TypeScript.

`taint_of(ctx, node)` rates an expression:
- `Taint.SAFE`: a constant, a sanitized value, or a value whose type cannot carry an attack
  (numbers, booleans, functions);
- `Taint.UNKNOWN`: not constant, origin unknown (a plain function parameter, an unknown call);
- `Taint.TAINTED`: reaches back to attacker-controlled input: request data of Express, Koa,
  Fastify and Next.js handlers (`req.query`, `req.body`, `req.get()`, `ctx.request.body`,
  `request.json()`, `searchParams`), `process.argv`, and DOM sources (`location.*`,
  `document.URL`, `document.referrer`, `window.name`, `document.cookie`);
- `Taint.REQUEST`: the request object itself (member access on it decides the rest).

Each function is analysed once (memoised in `ctx.cache`): its parameters and every
declaration, destructuring and assignment are recorded in document order; a use of a name takes
the last assignment that ended before it, falling back to enclosing functions (closures), then
to module globals. Propagation follows template literals, `+`, `concat`/`join`/string methods,
object and array literals, member access and calls on tainted values. Sanitizers: `parseInt`,
`Number()`, `encodeURIComponent`, `escape-html`, `he.encode`, `DOMPurify.sanitize`,
`path.basename`, `validator.*`; guards such as `if (!allowed.includes(x)) return;`,
`if (!p.startsWith(base)) return;`, `if (typeof x !== "string") return;` or a regex `test`
make the guarded name safe after the `if` (or inside it, for a positive check).

`likelihood_for(ctx, node)` maps this to a finding likelihood: "very-likely" (tainted),
"possible" (unknown) or None (safe).
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from enum import IntEnum

from tree_sitter import Node

from vigilint.analyzers.context import FileContext
from vigilint.analyzers.imports import dotted, qualified_name
from vigilint.model import Likelihood


class Taint(IntEnum):
    SAFE = 0
    UNKNOWN = 1
    TAINTED = 2
    REQUEST = 3


FUNCTION_KINDS = frozenset({
    "function_declaration", "function_expression", "arrow_function", "method_definition",
    "generator_function_declaration", "generator_function", "function",
})
_REQUEST_NAMES = frozenset({"req", "request", "ctx"})
# Request members set by the server or by trusted middleware, not by the client.
_TRUSTED_REQUEST_MEMBERS = frozenset({
    "user", "session", "app", "method", "protocol", "secure", "route", "baseUrl", "res",
    "next", "locals", "state", "auth", "isAuthenticated", "logout", "login", "log", "id",
    "signedCookies", "response", "status", "set", "redirect", "throw", "assert", "body_limit",
    "startTime", "socket", "connection", "ip", "ips", "xhr", "fresh", "stale", "accepts",
    "is", "type", "render", "send", "sendFile", "end",
})
_NESTED_REQUEST_MEMBERS = frozenset({"request", "req", "raw"})
# Destructured handler parameters that are request data (`({ body, query })`, Next.js pages).
_REQUEST_PARTS = frozenset({"query", "body", "params", "headers", "cookies", "searchParams",
                            "payload", "files"})
_SOURCE_PREFIXES = (
    "process.argv", "location", "window.location", "document.location", "document.URL",
    "document.documentURI", "document.baseURI", "document.referrer", "document.cookie",
    "window.name", "self.location", "top.location",
)
_SANITIZERS = frozenset({
    "parseInt", "parseFloat", "Number", "Boolean", "Number.parseInt", "Number.parseFloat",
    "Math.floor", "Math.round", "Math.ceil", "Math.abs", "Math.min", "Math.max", "isNaN",
    "Number.isInteger", "encodeURIComponent", "escape", "escapeHtml", "escapeHTML",
    "escape-html", "he.encode", "he.escape", "lodash.escape", "_.escape", "validator.escape",
    "validator.toInt", "validator.toFloat", "validator.toBoolean", "DOMPurify.sanitize",
    "dompurify.sanitize", "sanitizeHtml", "sanitize-html", "xss", "xss.filterXSS",
    "filterXSS", "path.basename", "sanitize", "sanitize-filename", "shell-quote.quote",
    "shellescape", "shell-escape", "mysql.escape", "sqlstring.escape", "pg-format",
    "mongo-sanitize", "validator.isEmail", "crypto.createHash", "bcrypt.hash", "Date.now",
    "uuid.v4", "crypto.randomUUID", "encodeHTML", "htmlEscape",
})
_SANITIZER_SUFFIXES = ("escape", "Escape", "sanitize", "Sanitize", "encodeForHTML", "toInt")
# Calls whose result is derived from their receiver and arguments only.
_PURE_PREFIXES = ("path.", "util.format", "String", "Buffer.from", "JSON.", "Object.",
                  "Array.", "url.", "querystring.", "decodeURI", "encodeURI", "atob", "btoa",
                  "URLSearchParams", "URL", "new URL")
# Calls whose presence in an `if` condition checks a value.
_GUARD_METHODS = frozenset({"includes", "has", "startsWith", "endsWith", "test", "match",
                            "indexOf", "isValid", "hasOwnProperty", "isSafeInteger",
                            "isInteger", "isFinite", "some", "every", "exec"})
_EXIT_KINDS = frozenset({"return_statement", "throw_statement", "continue_statement",
                         "break_statement"})
_MAX_DEPTH = 120


@dataclass
class _Scope:
    node: Node
    parent: _Scope | None
    # name -> sorted list of (position the value becomes visible, value node or fixed taint)
    assigned: dict[str, list[tuple[int, Node | Taint]]] = field(default_factory=dict)
    # dotted text -> list of (start, end) byte ranges where it is known safe
    safe: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    params: set[str] = field(default_factory=set)

    def record(self, name: str, pos: int, value: Node | Taint) -> None:
        self.assigned.setdefault(name, []).append((pos, value))


def _scopes(ctx: FileContext) -> dict[int, _Scope]:
    cache = ctx.cache.get("js.taint.scopes")
    if cache is None:
        cache = {}
        ctx.cache["js.taint.scopes"] = cache
        ctx.cache["js.taint.memo"] = {}
    return cache


def enclosing_function(node: Node) -> Node | None:
    """The innermost function containing `node` (None at module level)."""
    cur = node.parent
    while cur is not None:
        if cur.type in FUNCTION_KINDS:
            return cur
        cur = cur.parent
    return None


def _scope_for(ctx: FileContext, fn: Node | None) -> _Scope:
    scopes = _scopes(ctx)
    if fn is None:
        assert ctx.tree is not None
        root = ctx.tree.root_node
        key = root.id
        if key not in scopes:
            scopes[key] = _build_scope(ctx, root, None)
        return scopes[key]
    if fn.id not in scopes:
        parent = _scope_for(ctx, enclosing_function(fn))
        scopes[fn.id] = _build_scope(ctx, fn, parent)
    return scopes[fn.id]


def is_handler(ctx: FileContext, fn: Node) -> bool:
    """A function passed to a routing call (`app.get(path, fn)`, `router.use(fn)`), or an
    exported Next.js route handler (`export async function GET(request)`)."""
    parent = fn.parent
    if parent is not None and parent.type == "arguments":
        return True
    if parent is not None and parent.type == "assignment_expression" and \
            ctx.node_text(parent.child_by_field_name("left")).endswith("exports.handler"):
        return True  # AWS Lambda: exports.handler = async (event) => ...
    if fn.type == "function_declaration" and parent is not None \
            and parent.type == "export_statement":
        name = ctx.node_text(fn.child_by_field_name("name"))
        return name in ("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "handler")
    return False


_HANDLER_PEERS = frozenset({"res", "response", "reply", "next", "h", "resp"})
_REQUEST_TYPES = ("Request", "IncomingMessage", "NextApiRequest", "FastifyRequest", "Context")


def _looks_like_handler(ctx: FileContext, fn: Node) -> bool:
    """`(req, res)`/`(request, reply)` parameters, or a request-typed first parameter."""
    params = _params(fn)
    if len(params) >= 2:
        second = _param_pattern(params[1])
        if second is not None and ctx.node_text(second) in _HANDLER_PEERS:
            return True
    if params and params[0].type in ("required_parameter", "optional_parameter"):
        annotation = params[0].child_by_field_name("type")
        return annotation is not None and ctx.node_text(annotation).endswith(_REQUEST_TYPES)
    return False


_NEST_SOURCES = {"Body": Taint.TAINTED, "Query": Taint.TAINTED, "Param": Taint.TAINTED,
                 "Headers": Taint.TAINTED, "Req": Taint.REQUEST, "Request": Taint.REQUEST,
                 "UploadedFile": Taint.TAINTED, "UploadedFiles": Taint.TAINTED,
                 "MessageBody": Taint.TAINTED, "Cookies": Taint.TAINTED}
_SOCKET_RECEIVERS = ("socket", "ws", "client", "io", "conn", "connection")


def _decorator_source(ctx: FileContext, param: Node) -> Taint | None:
    for child in param.named_children:
        if child.type == "decorator" and child.named_children:
            call = child.named_children[0]
            callee = call.child_by_field_name("function") if call.type == "call_expression" \
                else call
            taint = _NEST_SOURCES.get(ctx.node_text(callee))
            if taint is not None:
                return taint
    return None


def _listener_kind(ctx: FileContext, fn: Node) -> bool:
    """A callback of `socket.on(event, fn)` (WebSocket / socket.io payloads) or of
    `addEventListener("message", fn)` (postMessage data)."""
    args = fn.parent
    call = args.parent if args is not None and args.type == "arguments" else None
    if call is None or call.type != "call_expression":
        return False
    callee = call.child_by_field_name("function")
    if callee is None or callee.type != "member_expression":
        return False
    method = ctx.node_text(callee.child_by_field_name("property"))
    first = args.named_children[0] if args is not None and args.named_children else None
    event = ctx.node_text(first).strip("'\"`") if first is not None else ""
    if method == "addEventListener" or (method == "on" and event == "message"):
        return event == "message"
    receiver = ctx.node_text(callee.child_by_field_name("object")).rsplit(".", 1)[-1]
    return method in ("on", "once") and receiver.lower().endswith(_SOCKET_RECEIVERS) and \
        event not in ("connection", "connect", "disconnect", "close", "error", "open")


def _params(fn: Node) -> list[Node]:
    single = fn.child_by_field_name("parameter")
    if single is not None:
        return [single]
    params = fn.child_by_field_name("parameters")
    return list(params.named_children) if params is not None else []


def _param_pattern(param: Node) -> Node | None:
    if param.type in ("required_parameter", "optional_parameter"):
        return param.child_by_field_name("pattern")
    if param.type == "assignment_pattern":
        return param.child_by_field_name("left")
    return param


def _build_scope(ctx: FileContext, fn: Node, parent: _Scope | None) -> _Scope:
    scope = _Scope(node=fn, parent=parent)
    start = fn.start_byte
    if fn.type in FUNCTION_KINDS:
        handler = is_handler(ctx, fn) or _looks_like_handler(ctx, fn)
        listener = _listener_kind(ctx, fn)
        for index, param in enumerate(_params(fn)):
            pattern = _param_pattern(param)
            if pattern is None:
                continue
            decorated = _decorator_source(ctx, param)
            if decorated is not None or (listener and index == 0):
                # NestJS @Body()/@Query()/@Param(), socket and postMessage payloads
                for name, _ in _pattern_names(ctx, pattern):
                    scope.params.add(name)
                    scope.record(name, start, decorated or Taint.TAINTED)
                continue
            scope.params.update(name for name, _ in _pattern_names(ctx, pattern))
            if pattern.type == "identifier":
                name = ctx.node_text(pattern)
                taint = Taint.UNKNOWN
                if name == "req" or (handler and name in ("request", "ctx")) or (
                        handler and index == 0 and name in ("event", "ev")):
                    taint = Taint.REQUEST
                scope.record(name, start, taint)
            elif pattern.type == "object_pattern":
                for name, key in _pattern_names(ctx, pattern):
                    taint = Taint.TAINTED if key in _REQUEST_PARTS else Taint.UNKNOWN
                    scope.record(name, start, taint)
            else:
                for name, _ in _pattern_names(ctx, pattern):
                    scope.record(name, start, Taint.UNKNOWN)
    body = fn.child_by_field_name("body") if fn.type in FUNCTION_KINDS else fn
    if body is None:
        return scope
    if body.type not in ("statement_block", "program", "class_body"):
        return scope  # arrow function with an expression body: nothing is assigned
    stack = [body]
    while stack:
        node = stack.pop()
        kind = node.type
        if kind in FUNCTION_KINDS and node is not body:
            if kind in ("function_declaration", "generator_function_declaration"):
                name_node = node.child_by_field_name("name")
                if name_node is not None:
                    scope.record(ctx.node_text(name_node), fn.start_byte, Taint.SAFE)
            continue
        if kind == "variable_declarator":
            name_node = node.child_by_field_name("name")
            value = node.child_by_field_name("value")
            if name_node is not None:
                _bind(ctx, scope, name_node, value, node.end_byte)
        elif kind == "assignment_expression":
            left = node.child_by_field_name("left")
            if left is not None and left.type in ("identifier", "object_pattern", "array_pattern"):
                _bind(ctx, scope, left, node.child_by_field_name("right"), node.end_byte)
        elif kind == "augmented_assignment_expression":
            left = node.child_by_field_name("left")
            if left is not None and left.type == "identifier":
                # x += y: x keeps what it had and gains y.
                scope.record(ctx.node_text(left), node.end_byte, node)
        elif kind in ("for_in_statement",):
            left = node.child_by_field_name("left")
            right = node.child_by_field_name("right")
            if left is not None:
                _bind(ctx, scope, left, right, left.end_byte)
        elif kind == "if_statement":
            _guard(ctx, scope, node)
        elif kind == "class_declaration":
            name_node = node.child_by_field_name("name")
            if name_node is not None:
                scope.record(ctx.node_text(name_node), fn.start_byte, Taint.SAFE)
        stack.extend(reversed(node.named_children))
    for entries in scope.assigned.values():
        entries.sort(key=lambda e: e[0])
    return scope


def _pattern_names(ctx: FileContext, pattern: Node) -> list[tuple[str, str]]:
    """(local name, property key) pairs bound by a destructuring pattern."""
    out: list[tuple[str, str]] = []
    if pattern.type == "identifier":
        name = ctx.node_text(pattern)
        return [(name, name)]
    for child in pattern.named_children:
        if child.type in ("shorthand_property_identifier_pattern", "identifier"):
            name = ctx.node_text(child)
            out.append((name, name))
        elif child.type == "pair_pattern":
            key = ctx.node_text(child.child_by_field_name("key"))
            value = child.child_by_field_name("value")
            if value is not None:
                if value.type == "assignment_pattern":
                    value = value.child_by_field_name("left")
                if value is not None and value.type == "identifier":
                    out.append((ctx.node_text(value), key))
                elif value is not None:
                    out.extend(_pattern_names(ctx, value))
        elif child.type in ("object_assignment_pattern", "assignment_pattern"):
            left = child.child_by_field_name("left")
            if left is not None:
                out.extend(_pattern_names(ctx, left))
        elif child.type in ("rest_pattern", "object_pattern", "array_pattern"):
            out.extend(_pattern_names(ctx, child))
    return out


def _bind(ctx: FileContext, scope: _Scope, target: Node, value: Node | None, pos: int) -> None:
    if target.type == "identifier":
        scope.record(ctx.node_text(target), pos, value if value is not None else Taint.SAFE)
        return
    for name, _ in _pattern_names(ctx, target):
        # Destructuring takes members of the value: as tainted as the value itself.
        scope.record(name, pos, value if value is not None else Taint.UNKNOWN)


def _is_exit(node: Node | None) -> bool:
    if node is None:
        return False
    if node.type in _EXIT_KINDS:
        return True
    if node.type == "statement_block":
        return any(child.type in _EXIT_KINDS for child in node.named_children)
    if node.type == "expression_statement":
        # res.status(400).send(...) ends the request in Express handlers
        text = node.text or b""
        return b".send(" in text or b".json(" in text or b".end(" in text or b"next(" in text
    return False


def _guard(ctx: FileContext, scope: _Scope, node: Node) -> None:
    condition = node.child_by_field_name("condition")
    consequence = node.child_by_field_name("consequence")
    if condition is None or consequence is None:
        return
    checked: set[str] = set()
    for sub in _iter(condition):
        if sub.type == "call_expression":
            callee = sub.child_by_field_name("function")
            name = qualified_name(ctx, callee) or ""
            method = name.rsplit(".", 1)[-1]
            if callee is not None and callee.type == "member_expression":
                method = ctx.node_text(callee.child_by_field_name("property"))
            if method in _GUARD_METHODS or name.startswith("validator.") or \
                    method.startswith(("isValid", "is_valid", "validate", "isAllowed")):
                if callee is not None and callee.type == "member_expression":
                    receiver = dotted(ctx, callee.child_by_field_name("object"))
                    if receiver is not None:
                        checked.add(receiver)
                args = sub.child_by_field_name("arguments")
                for arg in args.named_children if args is not None else ():
                    text = dotted(ctx, arg)
                    if text is not None:
                        checked.add(text)
        elif sub.type == "unary_expression" and ctx.node_text(sub).startswith("typeof"):
            text = dotted(ctx, sub.named_children[0] if sub.named_children else None)
            if text is not None:
                checked.add(text)
    if not checked:
        return
    # checking `url.hostname` against an allow-list vouches for `url` itself
    checked |= {t.rsplit(".", 1)[0] for t in checked
                if t.endswith((".hostname", ".host", ".origin", ".protocol"))}
    end = scope.node.end_byte
    loop = _checked_loop(ctx, node, checked)
    if loop is not None and _is_exit(consequence):
        # for (const ch of s) { if (!ALLOWED.has(ch)) return; }: every character of s passed
        iterated, loop_end = loop
        scope.safe.setdefault(iterated, []).append((loop_end, end))
    if _is_exit(consequence):
        span = (node.end_byte, end)
    else:
        span = (consequence.start_byte, consequence.end_byte)
    for text in checked:
        scope.safe.setdefault(text, []).append(span)


def _checked_loop(ctx: FileContext, node: Node, checked: set[str]) -> tuple[str, int] | None:
    """(iterated expression, loop end) when `node` checks the variable of an enclosing
    `for ... of` loop and leaves the function on failure."""
    cur = node.parent
    while cur is not None and cur.type not in FUNCTION_KINDS:
        if cur.type == "for_in_statement":
            left = cur.child_by_field_name("left")
            right = cur.child_by_field_name("right")
            variable = ctx.node_text(left) if left is not None else ""
            if variable in checked and right is not None and b" of " in (cur.text or b"")[:200]:
                consequence = node.child_by_field_name("consequence")
                text = ctx.node_text(consequence)
                iterated = dotted(ctx, right)
                if iterated is not None and ("return" in text or "throw" in text):
                    return iterated, cur.end_byte
            return None
        cur = cur.parent
    return None


def _iter(node: Node) -> list[Node]:
    out: list[Node] = []
    stack = [node]
    while stack:
        cur = stack.pop()
        out.append(cur)
        stack.extend(cur.named_children)
    return out


# -- evaluation ----------------------------------------------------------------------------
def taint_of(ctx: FileContext, node: Node | None) -> Taint:
    """How attacker-controlled the value of expression `node` is (see module docs)."""
    if node is None:
        return Taint.SAFE
    _scopes(ctx)
    return _eval(ctx, node, 0)


def is_tainted(ctx: FileContext, node: Node | None) -> bool:
    return taint_of(ctx, node) >= Taint.TAINTED


def is_constant(ctx: FileContext, node: Node | None) -> bool:
    return taint_of(ctx, node) == Taint.SAFE


def likelihood_for(ctx: FileContext, node: Node | None) -> Likelihood | None:
    taint = taint_of(ctx, node)
    if taint >= Taint.TAINTED:
        return "very-likely"
    if taint == Taint.UNKNOWN:
        return "possible"
    return None


def _eval(ctx: FileContext, node: Node, depth: int) -> Taint:
    memo: dict[int, Taint] = ctx.cache["js.taint.memo"]
    key = node.id
    if key in memo:
        return memo[key]
    memo[key] = Taint.UNKNOWN  # cycle guard
    result = Taint.UNKNOWN if depth > _MAX_DEPTH else _compute(ctx, node, depth + 1)
    memo[key] = result
    return result


def _max(ctx: FileContext, nodes: list[Node], depth: int) -> Taint:
    best = Taint.SAFE
    for child in nodes:
        value = _eval(ctx, child, depth)
        if value >= Taint.TAINTED:
            return Taint.TAINTED if value == Taint.REQUEST else value
        best = max(best, value)
    return best


def _compute(ctx: FileContext, node: Node, depth: int) -> Taint:
    kind = node.type
    if kind in ("string", "number", "true", "false", "null", "undefined", "regex",
                "template_literal_type", "comment", "this_type"):
        return Taint.SAFE
    if kind in FUNCTION_KINDS or kind in ("class", "arrow_function"):
        return Taint.SAFE
    if kind == "template_string":
        subs = [c.named_children[0] for c in node.named_children
                if c.type == "template_substitution" and c.named_children]
        return _max(ctx, subs, depth)
    if kind == "identifier":
        return _lookup(ctx, node, depth)
    if kind in ("shorthand_property_identifier",):
        return _lookup(ctx, node, depth)
    if kind == "member_expression":
        return _member(ctx, node, depth)
    if kind == "subscript_expression":
        obj = node.child_by_field_name("object")
        value = _eval(ctx, obj, depth) if obj is not None else Taint.UNKNOWN
        return Taint.TAINTED if value == Taint.REQUEST else value
    if kind == "call_expression":
        return _call(ctx, node, depth)
    if kind == "new_expression":
        ctor = qualified_name(ctx, node.child_by_field_name("constructor")) or ""
        args = node.child_by_field_name("arguments")
        arg_nodes = list(args.named_children) if args is not None else []
        if ctor in ("Date", "Error", "RegExp", "Map", "Set"):
            return _max(ctx, arg_nodes, depth) if ctor == "RegExp" else Taint.SAFE
        value = _max(ctx, arg_nodes, depth)
        return value if value >= Taint.TAINTED or ctor in ("URL", "URLSearchParams") \
            else Taint.UNKNOWN
    if kind == "binary_expression":
        op = node.child_by_field_name("operator")
        op_text = ctx.node_text(op)
        if op_text in ("+", "||", "??", "&&"):
            parts = [n for n in (node.child_by_field_name("left"),
                                 node.child_by_field_name("right")) if n is not None]
            return _max(ctx, parts, depth)
        return Taint.SAFE
    if kind == "ternary_expression":
        parts = [n for n in (node.child_by_field_name("consequence"),
                             node.child_by_field_name("alternative")) if n is not None]
        return _max(ctx, parts, depth)
    if kind in ("parenthesized_expression", "await_expression", "as_expression",
                "non_null_expression", "satisfies_expression", "type_assertion",
                "spread_element", "template_substitution", "expression_statement"):
        inner = [c for c in node.named_children if not c.type.endswith("type")
                 and c.type not in ("type_identifier", "type_arguments", "predefined_type")]
        return _eval(ctx, inner[0], depth) if inner else Taint.SAFE
    if kind == "sequence_expression":
        children = node.named_children
        return _eval(ctx, children[-1], depth) if children else Taint.SAFE
    if kind in ("assignment_expression",):
        right = node.child_by_field_name("right")
        return _eval(ctx, right, depth) if right is not None else Taint.SAFE
    if kind == "augmented_assignment_expression":
        parts = [n for n in (node.child_by_field_name("left"),
                             node.child_by_field_name("right")) if n is not None]
        left = parts[0] if parts else None
        # the previous value of `x` in `x += y`: look it up before this node
        prior = _lookup(ctx, left, depth, before=node.start_byte) \
            if left is not None and left.type == "identifier" else Taint.UNKNOWN
        right_value = _eval(ctx, parts[1], depth) if len(parts) > 1 else Taint.SAFE
        return max(prior, right_value) if max(prior, right_value) != Taint.REQUEST \
            else Taint.TAINTED
    if kind == "object":
        values: list[Node] = []
        for child in node.named_children:
            if child.type == "pair":
                pair_value = child.child_by_field_name("value")
                if pair_value is not None:
                    values.append(pair_value)
            elif child.type in ("shorthand_property_identifier", "spread_element"):
                values.append(child)
        return _max(ctx, values, depth)
    if kind == "array":
        return _max(ctx, list(node.named_children), depth)
    if kind in ("unary_expression", "update_expression"):
        return Taint.SAFE
    if kind in ("jsx_element", "jsx_self_closing_element", "jsx_fragment"):
        return Taint.SAFE
    return Taint.UNKNOWN


def _is_safe_here(scope: _Scope | None, text: str, pos: int) -> bool:
    while scope is not None:
        for start, end in scope.safe.get(text, ()):
            if start <= pos < end:
                return True
        scope = scope.parent
    return False


def _lookup(ctx: FileContext, node: Node, depth: int, before: int | None = None) -> Taint:
    name = ctx.node_text(node)
    pos = node.start_byte if before is None else before
    scope: _Scope | None = _scope_for(ctx, enclosing_function(node))
    if _is_safe_here(scope, name, pos):
        return Taint.SAFE
    while scope is not None:
        entries = scope.assigned.get(name)
        if entries:
            index = bisect_right([e[0] for e in entries], pos)
            if index:
                _, value = entries[index - 1]
                if isinstance(value, Taint):
                    return value
                return _eval(ctx, value, depth)
            if scope.node.type in FUNCTION_KINDS:
                # declared later in this function (hoisting, loops): take the worst binding
                values = [v for _, v in entries]
                fixed = [v for v in values if isinstance(v, Taint)]
                nodes = [v for v in values if not isinstance(v, Taint)]
                return max([*fixed, _max(ctx, nodes, depth)])
        scope = scope.parent
    if name in ("undefined", "NaN", "Infinity", "__dirname", "__filename"):
        return Taint.SAFE
    return Taint.UNKNOWN


def _member(ctx: FileContext, node: Node, depth: int) -> Taint:
    text = dotted(ctx, node)
    if text is not None:
        if text.startswith(_SOURCE_PREFIXES) and (
                text.startswith(("process.argv", "document.", "window.", "self.", "top."))
                or _is_global(ctx, node, text.split(".")[0])):
            return Taint.TAINTED
        if text.startswith("process.env"):
            return Taint.UNKNOWN
        scope = _scope_for(ctx, enclosing_function(node))
        if _is_safe_here(scope, text, node.start_byte):
            return Taint.SAFE
    obj = node.child_by_field_name("object")
    prop = ctx.node_text(node.child_by_field_name("property"))
    if obj is None:
        return Taint.UNKNOWN
    value = _eval(ctx, obj, depth)
    if value == Taint.REQUEST:
        if prop in _NESTED_REQUEST_MEMBERS:
            return Taint.REQUEST
        if prop in _TRUSTED_REQUEST_MEMBERS:
            return Taint.UNKNOWN
        return Taint.TAINTED
    if prop in ("length", "size", "byteLength"):
        return Taint.SAFE
    return value


def _is_global(ctx: FileContext, node: Node, name: str) -> bool:
    """True when `name` is not a local binding at `node` (so `location` is the DOM's)."""
    scope: _Scope | None = _scope_for(ctx, enclosing_function(node))
    while scope is not None:
        if name in scope.assigned:
            return False
        scope = scope.parent
    return True


def is_sanitizer(name: str) -> bool:
    return name in _SANITIZERS or name.endswith(_SANITIZER_SUFFIXES) or \
        (name.rsplit(".", 1)[-1] in ("escape", "sanitize", "encode") and "." in name)


def _call(ctx: FileContext, node: Node, depth: int) -> Taint:
    callee = node.child_by_field_name("function")
    args = node.child_by_field_name("arguments")
    arg_nodes = [a for a in (args.named_children if args is not None else ())
                 if a.type != "comment"]
    name = qualified_name(ctx, callee) or ""
    if name and is_sanitizer(name):
        return Taint.SAFE
    if name.startswith("validator.") or name in ("Number.isNaN", "Array.isArray"):
        return Taint.SAFE
    receiver = Taint.SAFE
    if callee is not None and callee.type == "member_expression":
        obj = callee.child_by_field_name("object")
        method = ctx.node_text(callee.child_by_field_name("property"))
        if obj is not None:
            receiver = _eval(ctx, obj, depth)
            if receiver == Taint.REQUEST:
                if method in _TRUSTED_REQUEST_MEMBERS or method in ("isAuthenticated",):
                    return Taint.UNKNOWN
                return Taint.TAINTED  # req.get(), req.header(), request.json(), ...
        if method in ("length", "indexOf", "lastIndexOf", "includes", "startsWith", "endsWith",
                      "test", "localeCompare", "search", "getTime", "valueOf", "toFixed",
                      "charCodeAt", "some", "every", "has", "findIndex"):
            return Taint.SAFE
    arg_taint = _max(ctx, arg_nodes, depth)
    if receiver >= Taint.TAINTED or arg_taint >= Taint.TAINTED:
        return Taint.TAINTED
    if callee is not None and callee.type == "member_expression" and receiver == Taint.SAFE \
            and arg_taint == Taint.SAFE and _is_constant_receiver(callee):
        return Taint.SAFE  # "a,b".split(","), [1, 2].join("-")
    if name.startswith(_PURE_PREFIXES):
        return arg_taint  # path.join(...), JSON.stringify(...): derived from the arguments
    if callee is not None and callee.type == "member_expression" and receiver == Taint.UNKNOWN:
        return Taint.UNKNOWN
    return Taint.UNKNOWN


def _is_constant_receiver(callee: Node) -> bool:
    obj = callee.child_by_field_name("object")
    return obj is not None and obj.type in ("string", "template_string", "array", "number")


def binding(ctx: FileContext, node: Node | None) -> Node | None:
    """The value node last assigned to identifier `node` before it is used (None if unknown)."""
    if node is None or node.type != "identifier":
        return None
    name = ctx.node_text(node)
    scope: _Scope | None = _scope_for(ctx, enclosing_function(node))
    while scope is not None:
        entries = scope.assigned.get(name)
        if entries:
            index = bisect_right([e[0] for e in entries], node.start_byte)
            value = entries[index - 1][1] if index else entries[-1][1]
            return None if isinstance(value, Taint) else value
        scope = scope.parent
    return None


def resolve(ctx: FileContext, node: Node | None, hops: int = 3) -> Node | None:
    """Follow identifiers to the expression they were last assigned (a few hops)."""
    while node is not None and node.type in ("identifier", "parenthesized_expression",
                                              "await_expression", "as_expression") and hops:
        if node.type != "identifier":
            node = node.named_children[0] if node.named_children else None
            continue
        value = binding(ctx, node)
        if value is None:
            return node
        node = value
        hops -= 1
    return node


def is_built(ctx: FileContext, node: Node | None) -> bool:
    """True when the value is built from non-constant parts (template with substitutions,
    `+` concatenation, `concat`/`join`/`format`/`path.join`), directly or through a variable."""
    node = resolve(ctx, node)
    if node is None:
        return False
    if node.type == "template_string":
        return any(c.type == "template_substitution" for c in node.named_children)
    if node.type == "binary_expression":
        return ctx.node_text(node.child_by_field_name("operator")) == "+"
    if node.type == "augmented_assignment_expression":
        return True
    if node.type == "call_expression":
        name = qualified_name(ctx, node.child_by_field_name("function")) or ""
        method = name.rsplit(".", 1)[-1]
        return method in ("concat", "join", "format", "resolve", "replace") or \
            name.startswith("path.")
    return False


def reaches_parameter(ctx: FileContext, node: Node | None, hops: int = 4) -> bool:
    """True when the value is derived from a parameter of an enclosing function (directly or
    through local variables): input of unknown origin, as opposed to module configuration."""
    if node is None or hops < 0:
        return False
    stack = [node]
    while stack:
        cur = stack.pop()
        if cur.type in FUNCTION_KINDS:
            continue
        if cur.type == "identifier":
            parent = cur.parent
            if parent is not None and parent.type == "call_expression" and \
                    parent.child_by_field_name("function") == cur:
                continue
            name = ctx.node_text(cur)
            scope: _Scope | None = _scope_for(ctx, enclosing_function(cur))
            while scope is not None and name not in scope.assigned:
                scope = scope.parent
            if scope is None:
                continue
            value = binding(ctx, cur)
            if value is None and name in scope.params:
                return True
            if value is not None and reaches_parameter(ctx, value, hops - 1):
                return True
            continue
        if cur.type == "member_expression":
            obj = cur.child_by_field_name("object")
            if obj is not None:
                stack.append(obj)
            continue
        stack.extend(cur.named_children)
    return False
