"""Light intra-procedural taint analysis for Python, computed once per file.

Each function (and the module body) is interpreted once, statement by statement, over a small
abstract domain (`Value`): a set of taint labels, the sink kinds the value was sanitized for,
a folded constant where one is cheap to compute, and the items of dicts / lists built with
constant keys (so `d["a"] = user; x = d["b"]` stays clean). Branches whose condition folds to a
constant are pruned; other branches are joined. Guards refine variables: `if x not in ALLOWED:
return`, `if re.fullmatch(...)`, `x.isdigit()`, `realpath(...).startswith(base)`.

Labels: "src" marks untrusted input (web request data, route parameters, `sys.argv`, `input()`),
"env" marks environment variables, "param:<i>" marks a function's i-th parameter. A function's
summary says which labels reach its return value, so helper functions in the same file propagate
taint; a helper's parameter counts as tainted when some call site in the file passes tainted data.

Rules ask `taint_of(ctx, node)` / `is_tainted(ctx, node, kind)`; the result for every evaluated
expression is recorded during the pass, keyed by the node's byte range.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from tree_sitter import Node, QueryCursor

from vigilint.analyzers.context import FileContext
from vigilint.analyzers.imports import aliases, dotted
from vigilint.analyzers.languages import compile_query

SRC = "src"
ENV = "env"
_UNK: Any = object()
_CACHE_KEY = "taint.python"
_MAX_CONST_LEN = 4096

# Sink kinds a sanitizer makes a value safe for.
ALL_KINDS = frozenset({"sql", "cmd", "code", "xss", "path", "ldap", "xpath", "xxe", "redirect",
                       "ssrf", "nosql", "deser", "log", "header", "regex"})


@dataclass(frozen=True)
class Value:
    labels: frozenset[str] = frozenset()
    clean: frozenset[str] = frozenset()  # sink kinds this value was sanitized for
    const: Any = _UNK
    items: tuple[tuple[Any, Value], ...] | None = None  # dict/configparser with constant keys
    seq: tuple[Value, ...] | None = None  # list/tuple with known order
    rest: frozenset[str] = frozenset()  # labels of container members with unknown keys
    normalized: bool = False  # came from realpath/abspath/normpath/resolve
    literal: bool = False  # computed from literals only (even when not folded to one constant)
    source: str = ""  # description of the first untrusted source

    @property
    def is_literal(self) -> bool:
        if self.const is not _UNK or self.literal:
            return True
        if self.labels or self.rest or (self.seq is None and self.items is None):
            return False
        return all(v.is_literal for v in self.seq or ()) and \
            all(v.is_literal for _, v in self.items or ())

    def effective_clean(self) -> frozenset[str]:
        """Sink kinds every untrusted part of this value was sanitized for."""
        if self.items is None and self.seq is None:
            return self.clean
        result: frozenset[str] | None = self.clean if (self.labels or self.rest) else None
        members = [v for _, v in self.items or ()] + list(self.seq or ())
        for member in members:
            if member.all_labels():
                mc = member.effective_clean()
                result = mc if result is None else result & mc
        return result or frozenset()

    def all_labels(self) -> frozenset[str]:
        out = self.labels | self.rest
        if self.items:
            for _, v in self.items:
                out |= v.all_labels()
        if self.seq:
            for v in self.seq:
                out |= v.all_labels()
        return out

    def item(self, key: Any) -> Value | None:
        if self.items is not None:
            for k, v in self.items:
                if k == key:
                    return v
        if self.seq is not None and isinstance(key, int) and -len(self.seq) <= key < len(self.seq):
            return self.seq[key]
        return None


CLEAN = Value()  # no untrusted input, origin unknown
_LITERAL = Value(literal=True)  # no untrusted input, computed from literals or validated


def _const(value: Any) -> Value:
    if isinstance(value, str) and len(value) > _MAX_CONST_LEN:
        return CLEAN
    return Value(const=value)


def join(a: Value, b: Value) -> Value:
    if a is b:
        return a
    labels = a.all_labels() | b.all_labels()
    const = a.const if (a.const is not _UNK and b.const is not _UNK and a.const == b.const
                        and type(a.const) is type(b.const)) else _UNK
    items = None
    if a.items is not None and b.items is not None:
        keys = [k for k, _ in a.items] + [k for k, _ in b.items if a.item(k) is None]
        merged = []
        for k in keys:
            va, vb = a.item(k), b.item(k)
            merged.append((k, join(va, vb) if va and vb else (va or vb or CLEAN)))
        items = tuple(merged)
        labels = a.labels | b.labels
    clean = (a.clean if a.all_labels() else ALL_KINDS) & (b.clean if b.all_labels() else ALL_KINDS)
    if not labels:
        clean = frozenset()
    return Value(labels=labels if items is None else a.labels | b.labels, clean=clean,
                 const=const, items=items, rest=(a.rest | b.rest) if items is not None else frozenset(),
                 normalized=a.normalized and b.normalized, source=a.source or b.source,
                 literal=not labels and a.is_literal and b.is_literal)


def _merge(values: Iterable[Value]) -> Value:
    """Taint of a value derived from several inputs (no constant, no structure)."""
    labels: frozenset[str] = frozenset()
    clean: frozenset[str] | None = None
    source = ""
    values = list(values)
    for v in values:
        lab = v.all_labels()
        if lab:
            labels |= lab
            vc = v.effective_clean()
            clean = vc if clean is None else clean & vc
            source = source or v.source
    if labels:
        return Value(labels=labels, clean=clean or frozenset(), source=source)
    if values and all(v.is_literal for v in values):
        return _LITERAL
    return CLEAN


def _sanitized(value: Value, kinds: frozenset[str]) -> Value:
    if kinds >= ALL_KINDS:
        return _LITERAL
    if value.all_labels():
        return replace(value, clean=value.clean | kinds)
    return value


def derived(*values: Value) -> Value:
    return _merge(values)


# -- sources ------------------------------------------------------------------------------------
_REQUEST_ATTRS = frozenset({
    "args", "form", "values", "json", "get_json", "data", "get_data", "files", "cookies",
    "headers", "view_args", "path", "full_path", "url", "base_url", "query_string", "stream",
    "GET", "POST", "body", "COOKIES", "META", "FILES", "query_params", "path_params", "environ",
    "referrer", "user_agent", "input_stream", "authorization", "mimetype_params", "data_files",
    "content", "text", "match_info", "rel_url", "raw_path", "url_root", "host_url",
})
_REQUEST_CLEAN_ATTRS = frozenset({"method", "user", "session", "is_secure", "is_json",
                                  "endpoint", "blueprint", "auth", "scheme", "app", "state"})
_ROUTE_DECORATOR = re.compile(
    r"(^|\.)(route|get|post|put|patch|delete|head|options|websocket|api_route|api_view|"
    r"action|view_config|expose)$")
_REQUEST_MODULES = ("flask.request", "quart.request", "bottle.request", "sanic.request")
_INPUT_CALLS = {"input": "`input()`", "raw_input": "`raw_input()`"}
_ENV_CALLS = frozenset({"os.getenv", "os.environ.get", "os.environ.__getitem__", "os.getenvb"})

# -- sanitizers ---------------------------------------------------------------------------------
_FULL_SANITIZERS = frozenset({
    "int", "float", "bool", "complex", "len", "uuid.UUID", "isinstance", "hash", "id", "ord",
    "abs", "round", "math.floor", "math.ceil", "decimal.Decimal", "datetime.date.fromisoformat",
    "ipaddress.ip_address", "ipaddress.ip_network", "type", "callable", "hasattr", "any", "all",
    "bleach.clean", "nh3.clean", "uuid.uuid4", "secrets.token_hex", "secrets.token_urlsafe",
    "os.path.exists", "os.path.isfile", "os.path.isdir", "hmac.compare_digest",
    "secrets.compare_digest", "re.escape",
})
_KIND_SANITIZERS: dict[str, frozenset[str]] = {
    "shlex.quote": frozenset({"cmd"}),
    "pipes.quote": frozenset({"cmd"}),
    "shlex.join": frozenset({"cmd"}),
    "html.escape": frozenset({"xss", "log"}),
    "cgi.escape": frozenset({"xss", "log"}),
    "markupsafe.escape": frozenset({"xss", "log"}),
    "flask.escape": frozenset({"xss", "log"}),
    "jinja2.escape": frozenset({"xss", "log"}),
    "django.utils.html.escape": frozenset({"xss", "log"}),
    "xml.sax.saxutils.escape": frozenset({"xss", "xpath"}),
    "werkzeug.utils.secure_filename": frozenset({"path", "cmd"}),
    "os.path.basename": frozenset({"path"}),
    "ldap.filter.escape_filter_chars": frozenset({"ldap"}),
    "ldap3.utils.conv.escape_filter_chars": frozenset({"ldap"}),
    "urllib.parse.quote": frozenset({"xss", "sql", "cmd", "ldap", "xpath", "log", "header"}),
    "urllib.parse.quote_plus": frozenset({"xss", "sql", "cmd", "ldap", "xpath", "log", "header"}),
    "json.dumps": frozenset({"log"}),
}
_NAME_SANITIZER = re.compile(r"(^|_)(escape|sanitize|sanitise|clean|safe|quote|validate)", re.I)
_XSS_ONLY = frozenset({"xss", "log"})


def _sanitizer_kinds(name: str) -> frozenset[str]:
    """Sink kinds a helper sanitizes, judged by its name (`escape_for_html` -> xss only)."""
    lower = name.lower()
    if "escape" in lower:
        if "sql" in lower:
            return frozenset({"sql"})
        if "shell" in lower or "cmd" in lower:
            return frozenset({"cmd"})
        if "ldap" in lower or "filter" in lower:
            return frozenset({"ldap"})
        return _XSS_ONLY
    if "quote" in lower:
        return _KIND_SANITIZERS["urllib.parse.quote"]
    return ALL_KINDS
_RESPONSES = frozenset({"flask.make_response", "flask.Response", "flask.redirect",
                        "flask.render_template", "flask.jsonify", "django.http.HttpResponse",
                        "django.shortcuts.render", "werkzeug.Response",
                        "fastapi.responses.HTMLResponse", "starlette.responses.HTMLResponse"})
_NORMALIZERS = frozenset({"os.path.realpath", "os.path.abspath", "os.path.normpath",
                          "posixpath.realpath", "posixpath.abspath", "posixpath.normpath"})
_CLEAN_METHODS = frozenset({
    "startswith", "endswith", "find", "rfind", "index", "rindex", "count", "isdigit", "isalnum",
    "isalpha", "isnumeric", "isdecimal", "isidentifier", "islower", "isupper", "isspace",
    "hexdigest", "digest", "__len__", "exists", "is_file", "is_dir", "keys_count", "fullmatch",
    "match", "search",
})
# Results of queries and commands: data from the store, not the caller's input.
_RESULT_METHODS = frozenset({"xpath", "findall", "iterfind", "execute", "executemany", "fetchall",
                             "fetchone", "fetchmany", "search_s", "search_ext_s", "communicate"})
# Calls whose result comes from outside the program (files, sockets, processes).
_OPAQUE_CALLS = frozenset({"open", "io.open", "codecs.open", "urllib.request.urlopen",
                           "os.read", "socket.socket", "gzip.open", "bz2.open", "lzma.open"})
_OPAQUE_METHODS = frozenset({"urandom", "token_bytes", "token_hex", "token_urlsafe",
                             "get_random_bytes", "randbytes", "getrandbits", "uuid4", "random",
                             "randint", "choice", "now", "time", "read", "recv", "recvfrom", "readline", "readlines", "read_bytes",
                             "read_text", "urlopen", "getvalue", "fetch", "download"})
_GUARD_METHODS = frozenset({"isdigit", "isalnum", "isalpha", "isnumeric", "isdecimal",
                            "isidentifier"})
_GUARD_NAMES = re.compile(r"(^is_safe|safe_url|_allowed|allowlist|whitelist|permitted|"
                          r"^is_valid|^validate|^valid_)", re.I)
_REGEX_GUARDS = frozenset({"re.fullmatch", "re.match", "regex.fullmatch", "regex.match"})
_EXIT_CALLS = re.compile(r"(^|\.)(abort|exit|_exit|fail|bad_request|forbidden|HttpResponseBadRequest|"
                         r"HttpResponseForbidden|PermissionDenied|Http404|HTTPException)$")


@dataclass
class FunctionInfo:
    node: Node
    name: str
    params: list[str]
    returns: Value = CLEAN
    done: bool = False
    running: bool = False
    tainted_params: set[int] = field(default_factory=set)  # params given untrusted args


@dataclass
class FileTaint:
    values: dict[tuple[int, int], Value] = field(default_factory=dict)
    functions: dict[str, FunctionInfo] = field(default_factory=dict)
    by_node: dict[int, FunctionInfo] = field(default_factory=dict)
    request_names: set[str] = field(default_factory=set)
    calls: list[tuple[FunctionInfo, list[Value]]] = field(default_factory=list)


class _Return(Exception):
    pass


class _Interp:
    """Interprets one function body (or the module body)."""

    def __init__(self, ctx: FileContext, state: FileTaint, info: FunctionInfo | None,
                 analyse_function: Any) -> None:
        self.ctx = ctx
        self.state = state
        self.info = info
        self.analyse_function = analyse_function
        self.env: dict[str, Value] = {}
        self.returns: Value | None = None
        self.aliases = aliases(ctx)
        self.cond_root: Node | None = None
        self.loop_exits: list[dict[str, Value]] = []
        self.parsed_from: dict[str, str] = {}  # url var -> the variable it was parsed from

    # -- helpers ----------------------------------------------------------------------------
    def text(self, node: Node | None) -> str:
        return self.ctx.node_text(node)

    def record(self, node: Node, value: Value) -> Value:
        key = (node.start_byte, node.end_byte)
        old = self.state.values.get(key)
        self.state.values[key] = value if old is None else join(old, value)
        return value

    def qname(self, node: Node | None) -> str | None:
        text = dotted(self.ctx, node)
        if text is None:
            return None
        head, _, rest = text.partition(".")
        if head in self.env and head not in self.aliases:
            return text
        if text in self.aliases:
            return self.aliases[text]
        if head in self.aliases:
            return f"{self.aliases[head]}.{rest}" if rest else self.aliases[head]
        return text

    def is_module(self, node: Node) -> bool:
        """True for `os.path`-like receivers: an imported name, not a local variable."""
        head = (dotted(self.ctx, node) or "").split(".")[0]
        return bool(head) and head in self.aliases and head not in self.env and \
            not self.is_request(head)

    def is_request(self, name: str) -> bool:
        if name in self.state.request_names:
            return True
        target = self.aliases.get(name)
        return target is not None and (target in _REQUEST_MODULES or target.endswith(".request"))

    # -- statements --------------------------------------------------------------------------
    def run_block(self, block: Node | None) -> bool:
        """Interpret statements; True when the block always leaves (return/raise/...)."""
        if block is None:
            return False
        return any(self.stmt(stmt) for stmt in block.named_children)

    def stmt(self, node: Node) -> bool:
        t = node.type
        if t == "expression_statement":
            for child in node.named_children:
                self.expr_stmt(child)
            if node.named_child_count == 1:
                child = node.named_children[0]
                if child.type == "call":
                    name = self.qname(child.child_by_field_name("function")) or ""
                    if _EXIT_CALLS.search(name):
                        return True
            return False
        if t == "return_statement":
            value = CLEAN
            for child in node.named_children:
                value = self.expr(child)
            self.returns = value if self.returns is None else join(self.returns, value)
            return True
        if t == "raise_statement":
            for child in node.named_children:
                self.expr(child)
            return True
        if t == "continue_statement":
            return True
        if t == "break_statement":
            self.loop_exits.append(dict(self.env))
            return True
        if t == "if_statement":
            return self.if_stmt(node)
        if t == "match_statement":
            return self.match_stmt(node)
        if t in ("for_statement",):
            iterable = self.expr(node.child_by_field_name("right"))
            elem = self.element_of(iterable)
            before = dict(self.env)
            outer_exits, self.loop_exits = self.loop_exits, []
            for _ in range(2):
                self.assign(node.child_by_field_name("left"), elem)
                self.run_block(node.child_by_field_name("body"))
                self.env = self.join_env(before, self.env)
            self.run_block(node.child_by_field_name("alternative"))
            for exit_env in self.loop_exits:
                self.env = self.join_env(self.env, exit_env)
            self.loop_exits = outer_exits
            return False
        if t == "while_statement":
            cond = self.expr(node.child_by_field_name("condition"))
            if cond.const is not _UNK and not cond.const:
                self.run_block(node.child_by_field_name("alternative"))
                return False
            before = dict(self.env)
            outer_exits, self.loop_exits = self.loop_exits, []
            for _ in range(2):
                self.run_block(node.child_by_field_name("body"))
                self.env = self.join_env(before, self.env)
            for exit_env in self.loop_exits:
                self.env = self.join_env(self.env, exit_env)
            self.loop_exits = outer_exits
            return False
        if t == "try_statement":
            before = dict(self.env)
            exits = self.run_block(node.child_by_field_name("body"))
            after_body = self.env
            envs = [] if exits else [after_body]
            for child in node.named_children:
                if child.type in ("except_clause", "except_group_clause"):
                    self.env = self.join_env(before, after_body)
                    block = child.named_children[-1] if child.named_children else None
                    for sub in child.named_children:
                        if sub.type == "as_pattern":
                            alias = sub.child_by_field_name("alias")
                            if alias is not None:
                                self.assign(alias, CLEAN)
                    if not self.run_block(block):
                        envs.append(self.env)
                elif child.type == "else_clause":
                    self.env = after_body
                    if not exits and not self.run_block(child.child_by_field_name("body")):
                        envs[0:1] = [self.env]
            self.env = self.join_all(envs) if envs else self.join_env(before, after_body)
            for child in node.named_children:
                if child.type == "finally_clause":
                    self.run_block(child.named_children[-1] if child.named_children else None)
            return not envs
        if t == "with_statement":
            for clause in node.named_children:
                if clause.type == "with_clause":
                    for item in clause.named_children:
                        item_value = item.child_by_field_name("value")
                        if item_value is None:
                            continue
                        if item_value.type == "as_pattern":
                            v = self.expr(item_value.named_children[0])
                            alias = item_value.child_by_field_name("alias")
                            if alias is not None:
                                target = alias.named_children[0] if alias.named_children else alias
                                self.assign(target, v)
                        else:
                            self.expr(item_value)
            return self.run_block(node.child_by_field_name("body"))
        if t in ("function_definition", "class_definition", "decorated_definition"):
            if t == "class_definition":
                self.run_block(node.child_by_field_name("body"))
            return False
        if t in ("import_statement", "import_from_statement", "pass_statement",
                 "global_statement", "nonlocal_statement"):
            return False
        if t == "delete_statement":
            return False
        for child in node.named_children:
            if child.type not in ("block", "comment"):
                self.expr(child)
        return False

    def join_env(self, a: dict[str, Value], b: dict[str, Value]) -> dict[str, Value]:
        out = dict(a)
        for k, v in b.items():
            out[k] = join(out[k], v) if k in out else v
        return out

    def join_all(self, envs: list[dict[str, Value]]) -> dict[str, Value]:
        out = envs[0]
        for env in envs[1:]:
            out = self.join_env(out, env)
        return out

    def if_stmt(self, node: Node) -> bool:
        branches: list[tuple[Node | None, Node | None]] = [
            (node.child_by_field_name("condition"), node.child_by_field_name("consequence"))]
        for alt in node.children_by_field_name("alternative"):
            if alt.type == "elif_clause":
                branches.append((alt.child_by_field_name("condition"),
                                 alt.child_by_field_name("consequence")))
            else:
                branches.append((None, alt.child_by_field_name("body")))
        if branches[-1][0] is not None:
            branches.append((None, None))
        envs: list[dict[str, Value]] = []
        for cond, body in branches:
            if cond is None:
                if not self.run_block(body):
                    envs.append(self.env)
                break
            value = self.expr(cond)
            if value.const is not _UNK:
                if value.const:
                    if not self.run_block(body):
                        envs.append(self.env)
                    break
                continue
            saved = dict(self.env)
            self.cond_root = cond
            self.refine(cond, True)
            if not self.run_block(body):
                envs.append(self.env)
            self.env = saved
            self.cond_root = cond
            self.refine(cond, False)
            self.cond_root = None
        if not envs:
            return True
        self.env = self.join_all(envs)
        return False

    def match_stmt(self, node: Node) -> bool:
        subject = self.expr(node.child_by_field_name("subject"))
        body = node.child_by_field_name("body")
        envs = []
        start = dict(self.env)
        matched_all = False
        for clause in body.named_children if body is not None else []:
            if clause.type != "case_clause":
                continue
            pattern = next((c for c in clause.named_children if c.type == "case_pattern"), None)
            consts = self.pattern_consts(pattern)
            if subject.const is not _UNK and consts is not None and subject.const not in consts:
                continue
            self.env = dict(start)
            if not self.run_block(clause.child_by_field_name("consequence")):
                envs.append(self.env)
            if consts is None or subject.const is not _UNK:
                if consts is None and (pattern is None or not pattern.named_children
                                       or self.text(pattern).strip() == "_"):
                    matched_all = True
                if subject.const is not _UNK:
                    matched_all = True
                    break
        if not matched_all:
            envs.append(start)
        if not envs:
            return True
        self.env = self.join_all(envs)
        return False

    def pattern_consts(self, pattern: Node | None) -> list[Any] | None:
        """The constants a case pattern matches, or None when it is not all literals."""
        if pattern is None:
            return None
        out: list[Any] = []
        stack = list(pattern.named_children)
        if not stack:
            return None
        while stack:
            n = stack.pop()
            if n.type == "union_pattern":
                stack.extend(n.named_children)
            elif n.type in ("string", "integer", "float", "true", "false", "none"):
                v = self.expr(n)
                if v.const is _UNK:
                    return None
                out.append(v.const)
            else:
                return None
        return out

    # -- guards ------------------------------------------------------------------------------
    def refine(self, cond: Node, truth: bool) -> None:
        """Narrow variables after a condition is known to be `truth`."""
        while cond.type == "parenthesized_expression" and cond.named_children:
            cond = cond.named_children[0]
        if cond.type == "not_operator":
            arg = cond.child_by_field_name("argument")
            if arg is not None:
                self.refine(arg, not truth)
            return
        if cond.type == "boolean_operator":
            op = self.text(cond.child_by_field_name("operator"))
            left, right = cond.child_by_field_name("left"), cond.child_by_field_name("right")
            if (op == "and" and truth) or (op == "or" and not truth):
                for side in (left, right):
                    if side is not None:
                        self.refine(side, truth)
            return
        if cond.type == "comparison_operator":
            ops = [self.text(c) for c in cond.children if not c.is_named]
            operands = cond.named_children
            if len(operands) == 2 and ops:
                left, right = operands
                op = " ".join(ops)
                if op in ("in", "not in") and left.type in ("identifier", "attribute"):
                    if self.value_of(right).all_labels():
                        return
                    if right.type == "string":
                        return  # substring test, not membership
                    if (op == "in") == truth:
                        self.clean_var(left, ALL_KINDS)
                        self.clean_parsed_url(left)
                elif op in ("==", "!=") and left.type == "attribute" and \
                        (op == "==") == truth and self.value_of(right).const is not _UNK:
                    self.clean_parsed_url(left)
                elif op in ("in", "not in") and left.type == "string":
                    needle = self.expr(left).const
                    target = right
                    if target.type == "subscript":
                        target = target.child_by_field_name("value") or target
                    if target.type != "identifier" or (op == "in") == truth:
                        return
                    if isinstance(needle, str) and needle in ("..", "../", "/", "\\"):
                        self.clean_var(target, frozenset({"path"}))
                    elif isinstance(needle, str) and needle in ("'", '"'):
                        kinds = {"xpath", "sql", "ldap"}
                        root = self.cond_root or cond
                        text = self.text(root)
                        if "startswith" in text and "endswith" in text:
                            kinds.add("code")
                        self.clean_var(target, frozenset(kinds))
                elif op in ("==", "is") and truth and left.type in ("identifier", "attribute") \
                        and self.value_of(right).const is not _UNK:
                    self.clean_var(left, ALL_KINDS)
            return
        if cond.type == "call" and truth:
            function = cond.child_by_field_name("function")
            args = cond.child_by_field_name("arguments")
            arg_nodes = [a for a in (args.named_children if args else []) if a.type != "keyword_argument"]
            name = self.qname(function) or ""
            if name in _REGEX_GUARDS and len(arg_nodes) >= 2:
                pattern = self.value_of(arg_nodes[0]).const
                if name.endswith("fullmatch") or (isinstance(pattern, str) and pattern.endswith("$")
                                                  and pattern.startswith("^")):
                    self.clean_var(arg_nodes[1], ALL_KINDS)
                elif isinstance(pattern, str) and pattern.startswith("^"):
                    # an anchored prefix check vouches for a URL's scheme and host
                    self.clean_var(arg_nodes[1], frozenset({"redirect", "ssrf"}))
            elif _GUARD_NAMES.search(name.rsplit(".", 1)[-1]) and arg_nodes:
                self.clean_var(arg_nodes[0], ALL_KINDS)
            elif function is not None and function.type == "attribute":
                method = self.text(function.child_by_field_name("attribute"))
                obj = function.child_by_field_name("object")
                if method in _GUARD_METHODS and obj is not None:
                    self.clean_var(obj, ALL_KINDS)
                elif method == "issubset" and obj is not None and obj.type == "call" and \
                        self.text(obj.child_by_field_name("function")) in ("set", "frozenset"):
                    inner = obj.child_by_field_name("arguments")
                    if inner is not None and inner.named_children:
                        self.clean_var(inner.named_children[0], ALL_KINDS)  # allowed characters
                elif method == "fullmatch" and arg_nodes:
                    self.clean_var(arg_nodes[0], ALL_KINDS)
                elif method in ("startswith", "is_relative_to") and obj is not None:
                    if obj.type == "call" and (self.qname(obj.child_by_field_name("function"))
                                               in ("str", "os.fspath")):
                        wrapped = (obj.child_by_field_name("arguments") or obj).named_children
                        obj = wrapped[0] if wrapped else obj
                    if self.value_of(obj).normalized:
                        self.clean_var(obj, frozenset({"path"}))
                        if obj.type == "call":
                            inner_args = obj.child_by_field_name("arguments")
                            first = inner_args.named_children[0] if inner_args is not None and \
                                inner_args.named_children else None
                            if first is not None:
                                self.clean_var(first, frozenset({"path"}))
            elif name in ("os.path.commonpath",):
                pass

    def clean_parsed_url(self, node: Node) -> None:
        """`urlparse(x).netloc in ALLOWED` vouches for `x` as a redirect/fetch target."""
        if node.type != "attribute":
            return
        attr = self.text(node.child_by_field_name("attribute"))
        obj = node.child_by_field_name("object")
        if attr not in ("netloc", "hostname", "host") or obj is None:
            return
        origin = self.parsed_from.get(self.text(obj))
        if obj.type == "call" and (self.qname(obj.child_by_field_name("function")) or "").endswith(
                ("urlparse", "urlsplit")):
            args = obj.child_by_field_name("arguments")
            first = args.named_children[0] if args is not None and args.named_children else None
            origin = self.text(first) if first is not None and first.type == "identifier" else None
        if origin is not None and origin in self.env:
            old = self.env[origin]
            if old.all_labels():
                self.env[origin] = replace(_merge([old]),
                                           clean=old.clean | {"redirect", "ssrf"})

    def clean_var(self, node: Node, kinds: frozenset[str]) -> None:
        if node.type != "identifier":
            return
        name = self.text(node)
        old = self.env.get(name)
        if old is None or not old.all_labels():
            return
        if kinds >= ALL_KINDS:
            self.env[name] = _LITERAL
        else:
            self.env[name] = replace(_merge([old]), clean=old.clean | kinds)

    # -- assignment ----------------------------------------------------------------------------
    def expr_stmt(self, node: Node) -> None:
        t = node.type
        if t == "assignment":
            right = node.child_by_field_name("right")
            value = self.expr(right) if right is not None else CLEAN
            left = node.child_by_field_name("left")
            if right is not None and right.type == "call" and left is not None and \
                    left.type == "identifier":
                callee = self.qname(right.child_by_field_name("function")) or ""
                args = right.child_by_field_name("arguments")
                first = args.named_children[0] if args is not None and args.named_children else None
                if callee.endswith(("urlparse", "urlsplit")) and first is not None and \
                        first.type == "identifier":
                    self.parsed_from[self.text(left)] = self.text(first)
            self.assign(left, value)
        elif t == "augmented_assignment":
            target = node.child_by_field_name("left")
            addend = self.expr(node.child_by_field_name("right"))
            old = self.expr(target) if target is not None else CLEAN
            op = self.text(node.child_by_field_name("operator"))
            self.assign(target, self.binop(old, addend, op[:-1]))
        else:
            self.expr(node)

    def assign(self, target: Node | None, value: Value) -> None:
        if target is None:
            return
        t = target.type
        if t == "identifier":
            self.env[self.text(target)] = value
            self.record(target, value)
        elif t in ("pattern_list", "tuple_pattern", "list_pattern", "expression_list", "tuple",
                   "list"):
            elems = [c for c in target.named_children]
            for i, elem in enumerate(elems):
                part = value.item(i) if value.seq is not None else None
                if elem.type == "list_splat_pattern":
                    self.assign(elem.named_children[0] if elem.named_children else None,
                                _merge([value]))
                    continue
                self.assign(elem, part if part is not None else self.element_of(value))
        elif t == "subscript":
            obj = target.child_by_field_name("value")
            key_node = target.child_by_field_name("subscript")
            key = self.expr(key_node).const if key_node is not None else _UNK
            if obj is not None and obj.type == "identifier":
                name = self.text(obj)
                self.env[name] = self.store(self.env.get(name, CLEAN), key, value)
        elif t == "attribute":
            obj = target.child_by_field_name("object")
            if obj is not None and obj.type == "identifier":
                name = self.text(obj)
                key = ("attr", self.text(target.child_by_field_name("attribute")))
                base = self.env.get(name, CLEAN)
                self.env[name] = self.store(base, key, value)
            self.env[self.text(target)] = value
        elif t == "parenthesized_expression" and target.named_children:
            self.assign(target.named_children[0], value)

    def store(self, container: Value, key: Any, value: Value) -> Value:
        if key is not _UNK:
            if container.seq is not None and isinstance(key, int):
                seq = list(container.seq)
                if -len(seq) <= key < len(seq):
                    seq[key] = value
                    return replace(container, seq=tuple(seq))
            items = [(k, v) for k, v in (container.items or ()) if k != key]
            items.append((key, value))
            return replace(container, items=tuple(items), seq=None, const=_UNK,
                           rest=container.rest | (frozenset().union(
                               *(v.all_labels() for v in container.seq)) if container.seq else
                               frozenset()))
        return replace(container, rest=container.rest | value.all_labels(), const=_UNK,
                       source=container.source or value.source)

    def element_of(self, value: Value) -> Value:
        merged = _merge([value])
        if isinstance(value.const, (str, bytes, list, tuple)):
            return CLEAN
        return merged

    # -- expressions ---------------------------------------------------------------------------
    def value_of(self, node: Node) -> Value:
        got = self.state.values.get((node.start_byte, node.end_byte))
        return got if got is not None else self.expr(node)

    def expr(self, node: Node | None) -> Value:
        if node is None:
            return CLEAN
        try:
            value = self._expr(node)
        except RecursionError:
            value = CLEAN
        return self.record(node, value)

    def _expr(self, node: Node) -> Value:
        t = node.type
        if t == "identifier":
            name = self.text(node)
            if name in self.env:
                return self.env[name]
            if self.is_request(name):
                return Value(labels=frozenset({SRC}), source=f"`{name}`")
            return CLEAN
        if t == "string":
            return self.string(node)
        if t == "concatenated_string":
            parts = [self.expr(c) for c in node.named_children]
            return self.concat(parts)
        if t == "integer":
            try:
                return _const(int(self.text(node).replace("_", ""), 0))
            except ValueError:
                return CLEAN
        if t == "float":
            try:
                return _const(float(self.text(node).replace("_", "")))
            except ValueError:
                return CLEAN
        if t == "true":
            return _const(True)
        if t == "false":
            return _const(False)
        if t == "none":
            return _const(None)
        if t in ("parenthesized_expression", "await", "expression_statement"):
            inner = node.named_children
            return self.expr(inner[0]) if inner else CLEAN
        if t == "attribute":
            return self.attribute(node)
        if t == "subscript":
            obj = self.expr(node.child_by_field_name("value"))
            subs = node.children_by_field_name("subscript")
            keys = [self.expr(s) for s in subs]
            if len(subs) == 1 and subs[0].type == "slice":
                if isinstance(obj.const, (str, bytes, list, tuple)):
                    bounds = [self.expr(c).const for c in subs[0].named_children]
                    if all(isinstance(b, int) for b in bounds) and len(bounds) <= 2 and \
                            self.text(subs[0]).count(":") == 1 and len(bounds) == 2:
                        return _const(obj.const[bounds[0]:bounds[1]])
                return _merge([obj])
            if len(keys) == 1 and keys[0].const is not _UNK:
                key = keys[0].const
                item = obj.item(key)
                if item is not None:
                    return item
                if obj.items is not None and not obj.rest and obj.seq is None:
                    return CLEAN if not obj.labels else _merge([obj])
                if isinstance(obj.const, (str, bytes, list, tuple, dict)):
                    try:
                        return _const(obj.const[key])
                    except (IndexError, KeyError, TypeError):
                        return CLEAN
            return _merge([obj])
        if t == "binary_operator":
            left = self.expr(node.child_by_field_name("left"))
            right = self.expr(node.child_by_field_name("right"))
            return self.binop(left, right, self.text(node.child_by_field_name("operator")))
        if t == "unary_operator":
            arg = self.expr(node.child_by_field_name("argument"))
            if isinstance(arg.const, (int, float)) and not isinstance(arg.const, bool):
                op = self.text(node.child_by_field_name("operator"))
                return _const(-arg.const if op == "-" else arg.const if op == "+" else ~int(arg.const))
            return _merge([arg])
        if t == "not_operator":
            arg = self.expr(node.child_by_field_name("argument"))
            return _const(not arg.const) if arg.const is not _UNK else CLEAN
        if t == "boolean_operator":
            left = self.expr(node.child_by_field_name("left"))
            op = self.text(node.child_by_field_name("operator"))
            if left.const is not _UNK:
                if (op == "and" and not left.const) or (op == "or" and left.const):
                    return left
                return self.expr(node.child_by_field_name("right"))
            right = self.expr(node.child_by_field_name("right"))
            return join(left, right)
        if t == "comparison_operator":
            return self.compare(node)
        if t == "conditional_expression":
            kids = node.named_children
            if len(kids) == 3:
                cond = self.expr(kids[1])
                if cond.const is not _UNK:
                    return self.expr(kids[0] if cond.const else kids[2])
                return join(self.expr(kids[0]), self.expr(kids[2]))
            return CLEAN
        if t == "call":
            return self.call(node)
        if t in ("list", "tuple", "set", "expression_list"):
            elems = [self.expr(c) for c in node.named_children]
            if t != "set" and all(e.const is not _UNK for e in elems) and len(elems) < 64:
                consts = [e.const for e in elems]
                return Value(const=tuple(consts) if t != "list" else list(consts),
                             seq=tuple(elems))
            return Value(seq=tuple(elems)) if t != "set" else _merge(elems)
        if t == "dictionary":
            items: list[tuple[Any, Value]] = []
            rest: list[Value] = []
            for pair in node.named_children:
                if pair.type == "pair":
                    key = self.expr(pair.child_by_field_name("key"))
                    value = self.expr(pair.child_by_field_name("value"))
                    if key.const is not _UNK:
                        items.append((key.const, value))
                    else:
                        rest.extend([key, value])
                else:
                    rest.append(self.expr(pair))
            return Value(items=tuple(items), rest=_merge(rest).labels)
        if t in ("list_comprehension", "set_comprehension", "generator_expression",
                 "dictionary_comprehension"):
            saved = dict(self.env)
            for clause in node.named_children:
                if clause.type == "for_in_clause":
                    iterable = self.expr(clause.child_by_field_name("right"))
                    self.assign(clause.child_by_field_name("left"), self.element_of(iterable))
                elif clause.type == "if_clause":
                    for c in clause.named_children:
                        self.expr(c)
                        self.refine(c, True)
            body = self.expr(node.child_by_field_name("body"))
            self.env = saved
            return _merge([body])
        if t == "pair":
            return derived(self.expr(node.child_by_field_name("key")),
                           self.expr(node.child_by_field_name("value")))
        if t == "named_expression":
            value = self.expr(node.child_by_field_name("value"))
            self.assign(node.child_by_field_name("name"), value)
            return value
        if t in ("list_splat", "dictionary_splat", "keyword_argument"):
            return _merge([self.expr(c) for c in node.named_children
                           if not (t == "keyword_argument" and c.type == "identifier"
                                   and c == node.child_by_field_name("name"))])
        if t == "lambda":
            return CLEAN
        if t == "interpolation":
            return self.expr(node.child_by_field_name("expression"))
        return _merge([self.expr(c) for c in node.named_children])

    def string(self, node: Node) -> Value:
        parts: list[Value] = []
        literal: list[str] = []
        interpolated = False
        prefix = ""
        for child in node.named_children:
            if child.type == "string_start":
                prefix = self.text(child).lower()
            elif child.type == "string_content":
                literal.append(self.content(child, "r" in prefix))
            elif child.type == "escape_sequence":
                raw = self.text(child)
                try:
                    literal.append(raw if "r" in prefix else raw.encode().decode("unicode_escape"))
                except UnicodeDecodeError:
                    literal.append(raw)
            elif child.type == "interpolation":
                interpolated = True
                parts.append(self.expr(child))
        if interpolated:
            if all(isinstance(p.const, (str, int, float)) and not isinstance(p.const, bool)
                   for p in parts) and node.named_child_count < 64:
                return self.fold_fstring(node)
            return _merge(parts)
        text = "".join(literal)
        if "b" in prefix:
            return _const(text.encode("utf-8", "surrogatepass"))
        return _const(text)

    def content(self, node: Node, raw: bool) -> str:
        """The text of a string_content node with its escape sequences decoded."""
        if raw or not node.named_child_count:
            return self.text(node)
        out: list[str] = []
        pos = node.start_byte
        for esc in node.named_children:
            out.append(self.ctx.source[pos:esc.start_byte].decode("utf-8", "replace"))
            seq = self.text(esc)
            try:
                out.append(seq.encode("latin-1", "backslashreplace").decode("unicode_escape"))
            except (UnicodeDecodeError, UnicodeEncodeError):
                out.append(seq)
            pos = esc.end_byte
        out.append(self.ctx.source[pos:node.end_byte].decode("utf-8", "replace"))
        return "".join(out)

    def fold_fstring(self, node: Node) -> Value:
        out: list[str] = []
        for child in node.named_children:
            if child.type == "string_content":
                out.append(self.content(child, False))
            elif child.type == "interpolation":
                inner = child.child_by_field_name("expression")
                if any(c.type in ("format_specifier", "type_conversion") for c in child.named_children):
                    return CLEAN
                value = self.value_of(inner) if inner is not None else CLEAN
                out.append(str(value.const))
            elif child.type == "escape_sequence":
                out.append(self.text(child))
        return _const("".join(out))

    def concat(self, parts: list[Value]) -> Value:
        if all(isinstance(p.const, str) for p in parts):
            return _const("".join(p.const for p in parts))
        return _merge(parts)

    def binop(self, left: Value, right: Value, op: str) -> Value:
        if left.const is not _UNK and right.const is not _UNK:
            a, b = left.const, right.const
            try:
                if op == "+" and type(a) is type(b) and isinstance(a, (int, float, str, bytes)):
                    return _const(a + b)
                if isinstance(a, (int, float)) and isinstance(b, (int, float)) and \
                        not isinstance(a, bool) and abs(a) < 1e12 and abs(b) < 1e12:
                    if op == "-":
                        return _const(a - b)
                    if op == "*":
                        return _const(a * b)
                    if op == "//" and b:
                        return _const(a // b)
                    if op == "%" and b:
                        return _const(a % b)
                    if op == "/" and b:
                        return _const(a / b)
            except (TypeError, ValueError, OverflowError):
                pass
        if op == "%" and left.const is not _UNK and not right.all_labels():
            return _merge([left, right])
        if left.seq is not None and right.seq is not None and op == "+":
            return Value(seq=left.seq + right.seq)
        return _merge([left, right])

    def compare(self, node: Node) -> Value:
        operands = [self.expr(c) for c in node.named_children]
        ops = [self.text(c) for c in node.children if not c.is_named]
        if len(operands) == 2 and all(o.const is not _UNK for o in operands):
            a, b = operands[0].const, operands[1].const
            op = " ".join(ops)
            try:
                result = {"==": lambda: a == b, "!=": lambda: a != b, "<": lambda: a < b,
                          ">": lambda: a > b, "<=": lambda: a <= b, ">=": lambda: a >= b,
                          "in": lambda: a in b, "not in": lambda: a not in b,
                          "is": lambda: a is b if a is None or b is None else _UNK,
                          "is not": lambda: a is not b if a is None or b is None else _UNK,
                          }[op]()
                if result is not _UNK:
                    return _const(bool(result))
            except (KeyError, TypeError):
                pass
        return _LITERAL

    def attribute(self, node: Node) -> Value:
        obj_node = node.child_by_field_name("object")
        attr = self.text(node.child_by_field_name("attribute"))
        full = self.qname(node) or ""
        if full in ("sys.argv",):
            return Value(labels=frozenset({SRC}), source="`sys.argv`")
        if full == "os.environ":
            return Value(labels=frozenset({ENV}), source="`os.environ`")
        text = self.text(node)
        if text in self.env:
            return self.env[text]
        obj = self.expr(obj_node)
        if obj_node is not None and obj_node.type == "identifier" and \
                self.is_request(self.text(obj_node)):
            if attr in _REQUEST_ATTRS:
                return Value(labels=frozenset({SRC}), source=f"`{self.text(node)}`")
            if attr in _REQUEST_CLEAN_ATTRS:
                return CLEAN
        item = obj.item(("attr", attr))
        if item is not None:
            return item
        if attr in ("real", "imag", "size", "st_size", "status_code", "ok"):
            return CLEAN
        return _merge([obj]) if obj.items is None else (_merge([obj]) if obj.rest else CLEAN)

    def call(self, node: Node) -> Value:
        function = node.child_by_field_name("function")
        args_node = node.child_by_field_name("arguments")
        arg_nodes = list(args_node.named_children) if args_node is not None else []
        if args_node is not None and args_node.type == "generator_expression":
            arg_nodes = [args_node]
        positional = [a for a in arg_nodes if a.type not in ("keyword_argument", "comment")]
        keywords = {self.text(a.child_by_field_name("name")): a.child_by_field_name("value")
                    for a in arg_nodes if a.type == "keyword_argument"}
        arg_values = [self.expr(a) for a in arg_nodes if a.type != "comment"]
        pos_values = [self.value_of(a) for a in positional]
        name = self.qname(function) or ""
        short = name.rsplit(".", 1)[-1]
        # sources
        if name in _INPUT_CALLS:
            return Value(labels=frozenset({SRC}), source=_INPUT_CALLS[name])
        if name in _ENV_CALLS:
            return Value(labels=frozenset({ENV}), source=f"`{name}`")
        if name in _OPAQUE_CALLS:
            return CLEAN  # a file or socket: its content is not the caller's input
        if short in _OPAQUE_METHODS:
            inputs = list(arg_values)
            if function is not None and function.type == "attribute":
                receiver = function.child_by_field_name("object")
                inputs.append(self.expr(receiver))
            merged = _merge(inputs)
            return merged if merged.labels else CLEAN  # data from outside: not a literal
        # sanitizers
        if name in _FULL_SANITIZERS:
            return _LITERAL
        if name in _KIND_SANITIZERS:
            return _sanitized(_merge(pos_values[:1]), _KIND_SANITIZERS[name])
        if name in _RESPONSES or short in ("jsonify", "render_template", "JsonResponse",
                                           "JSONResponse", "render", "render_to_string"):
            base = _merge(arg_values)
            return replace(base, clean=base.clean | {"xss"}) if base.labels else CLEAN
        if name in _NORMALIZERS:
            return replace(_merge(pos_values), normalized=True)
        if name == "str" and pos_values and pos_values[0].const is not _UNK and \
                isinstance(pos_values[0].const, (int, float, str)):
            return _const(str(pos_values[0].const))
        if name == "str" and len(pos_values) == 1 and pos_values[0].all_labels():
            return _sanitized(_merge(pos_values), frozenset({"nosql"}))  # a string, not an object
        if name in ("dict", "list", "tuple", "set", "str", "bytes", "frozenset", "sorted",
                    "reversed") and len(pos_values) == 1:
            v = pos_values[0]
            return v if (v.items is not None or v.seq is not None) else _merge([v])
        if name in ("configparser.ConfigParser", "configparser.RawConfigParser",
                    "collections.OrderedDict", "collections.defaultdict"):
            return Value(items=())
        if function is not None and function.type == "attribute":
            obj_node = function.child_by_field_name("object")
            method = self.text(function.child_by_field_name("attribute"))
            obj = self.value_of(obj_node) if obj_node is not None else CLEAN
            if method in ("resolve", "absolute") and obj_node is not None:
                return replace(_merge([obj]), normalized=True)
            if obj_node is not None and obj_node.type == "identifier" and \
                    self.is_request(self.text(obj_node)) and \
                    (method in _REQUEST_ATTRS or method in ("get_json", "get_data", "query")):
                return Value(labels=frozenset({SRC}), source=f"`{self.text(function)}()`")
            if method in _CLEAN_METHODS:
                return _LITERAL
            if method in _RESULT_METHODS or name in ("elementpath.select", "elementpath.iter_select"):
                return CLEAN
            if method == "replace" and len(pos_values) == 2 and obj.all_labels() and \
                    pos_values[0].const in ("'", '"') and isinstance(pos_values[1].const, str) \
                    and pos_values[0].const not in pos_values[1].const.replace(
                        pos_values[0].const * 2, ""):
                base = _merge([obj])
                return replace(base, clean=base.clean | {"xpath", "sql"})
            if _NAME_SANITIZER.search(method) and not self.local_function(method):
                return _sanitized(_merge(pos_values or [obj]), _sanitizer_kinds(method))
            var = obj_node.type == "identifier" and self.text(obj_node) in self.env \
                if obj_node is not None else False
            obj_name = self.text(obj_node) if var and obj_node is not None else None
            # container mutations on a local variable
            if obj_name is not None:
                if method in ("write", "writelines") and pos_values:
                    self.env[obj_name] = self.store(self.env[obj_name], _UNK, pos_values[0])
                    return CLEAN
                if method in ("append", "add") and pos_values:
                    base = self.env[obj_name]
                    if base.seq is not None and method == "append":
                        self.env[obj_name] = replace(base, seq=(*base.seq, pos_values[0]),
                                                     const=_UNK)
                    else:
                        self.env[obj_name] = self.store(base, _UNK, pos_values[0])
                    return CLEAN
                if method == "insert" and len(pos_values) == 2:
                    base = self.env[obj_name]
                    idx = pos_values[0].const
                    if base.seq is not None and isinstance(idx, int):
                        seq = list(base.seq)
                        seq.insert(idx, pos_values[1])
                        self.env[obj_name] = replace(base, seq=tuple(seq), const=_UNK)
                    else:
                        self.env[obj_name] = self.store(base, _UNK, pos_values[1])
                    return CLEAN
                if method == "extend" and pos_values:
                    base = self.env[obj_name]
                    if base.seq is not None and pos_values[0].seq is not None:
                        self.env[obj_name] = replace(base, seq=base.seq + pos_values[0].seq,
                                                     const=_UNK)
                    else:
                        self.env[obj_name] = self.store(base, _UNK, pos_values[0])
                    return CLEAN
                if method == "pop":
                    base = self.env[obj_name]
                    idx = pos_values[0].const if pos_values else -1
                    if base.seq is not None and isinstance(idx, int) and \
                            -len(base.seq) <= idx < len(base.seq):
                        seq = list(base.seq)
                        popped = seq.pop(idx)
                        self.env[obj_name] = replace(base, seq=tuple(seq), const=_UNK)
                        return popped
                    if base.items is not None and pos_values and pos_values[0].const is not _UNK:
                        got = base.item(pos_values[0].const)
                        return got if got is not None else _merge(pos_values[1:2])
                    return _merge([base])
                if method == "update" and pos_values:
                    base = self.env[obj_name]
                    new = pos_values[0]
                    if base.items is not None and new.items is not None:
                        for k, v in new.items:
                            base = self.store(base, k, v)
                        self.env[obj_name] = base
                    else:
                        self.env[obj_name] = self.store(base, _UNK, new)
                    return CLEAN
                if method in ("set", "__setitem__", "setdefault", "put") and len(pos_values) >= 2:
                    base = self.env[obj_name]
                    consts = [v.const for v in pos_values[:-1]]
                    key = tuple(consts) if all(c is not _UNK for c in consts) else _UNK
                    if method == "setdefault" or method == "__setitem__":
                        key = consts[0] if consts[0] is not _UNK else _UNK
                    self.env[obj_name] = self.store(base, key, pos_values[-1])
                    return pos_values[-1] if method == "setdefault" else CLEAN
                if method == "add_section":
                    return CLEAN
            if method in ("get", "getint", "getfloat", "getboolean", "__getitem__") and \
                    (obj.items is not None or obj.seq is not None):
                consts = [v.const for v in pos_values]
                if method == "get" and len(pos_values) >= 1 and obj.items is not None:
                    k2 = tuple(consts) if len(consts) >= 2 and all(c is not _UNK for c in consts) \
                        else _UNK
                    for key in ([k2] if k2 is not _UNK else []) + [consts[0]]:
                        if key is _UNK:
                            continue
                        got = obj.item(key)
                        if got is not None:
                            return got if method == "get" else CLEAN
                    if consts and consts[0] is not _UNK and not obj.rest and not obj.labels:
                        default = keywords.get("fallback")
                        rest = pos_values[1:2] if len(pos_values) == 2 and k2 is _UNK else []
                        return _merge(rest + ([self.value_of(default)] if default else []))
                if method != "get":
                    return CLEAN
                return _merge([obj, *pos_values[1:]])
            if method in ("keys", "values", "items", "copy") and obj.items is not None:
                return _merge([obj])
            if method == "format":
                return self.format_call(obj, arg_values)
            if method == "join" and not (obj_node is not None and self.is_module(obj_node)):
                elems = pos_values[0] if pos_values else CLEAN
                if obj.const is not _UNK and elems.const is not _UNK:
                    try:
                        return _const(obj.const.join(elems.const))
                    except (TypeError, AttributeError):
                        return CLEAN
                return _merge([obj, elems])
            local = self.local_function(method) if obj_node is not None and \
                self.text(obj_node) in ("self", "cls") else None
            if local is not None:
                return self.call_local(local, pos_values, arg_values, method=True)
            if obj.const is not _UNK and all(v.const is not _UNK for v in pos_values) and \
                    isinstance(obj.const, str) and method in (
                        "lower", "upper", "strip", "lstrip", "rstrip", "replace", "title",
                        "capitalize", "casefold", "split", "encode", "removeprefix",
                        "removesuffix"):
                try:
                    result = getattr(obj.const, method)(*[v.const for v in pos_values])
                    if isinstance(result, (str, bytes)) or (isinstance(result, list) and len(result) < 64):
                        return _const(result)
                except (TypeError, ValueError, AttributeError):
                    pass
            if method == "decode" and isinstance(obj.const, bytes):
                try:
                    return _const(obj.const.decode())
                except UnicodeDecodeError:
                    return CLEAN
            if obj_node is not None and self.is_module(obj_node):
                return _merge(arg_values) if arg_values else CLEAN
            return _merge([obj, *arg_values])
        if function is not None and function.type == "identifier":
            local = self.local_function(self.text(function))
            if local is not None and name == self.text(function):
                return self.call_local(local, pos_values, arg_values)
            if _NAME_SANITIZER.search(short):
                return _sanitized(_merge(arg_values), _sanitizer_kinds(short))
        elif _NAME_SANITIZER.search(short):
            return _sanitized(_merge(arg_values), _sanitizer_kinds(short))
        return _merge(arg_values)

    def format_call(self, template: Value, args: list[Value]) -> Value:
        return _merge([template, *args])

    def local_function(self, name: str) -> FunctionInfo | None:
        return self.state.functions.get(name)

    def call_local(self, info: FunctionInfo, pos_values: list[Value], arg_values: list[Value],
                   method: bool = False) -> Value:
        self.analyse_function(info)
        offset = 1 if info.params and info.params[0] in ("self", "cls") else 0
        mapped: list[Value] = []
        for i, v in enumerate(pos_values):
            mapped.append(v)
            if v.all_labels() & {SRC, ENV} or any(lab.startswith("param:") for lab in v.all_labels()):
                info.tainted_params.add(i + offset)
        self.state.calls.append((info, mapped))
        ret = info.returns
        out: list[Value] = []
        labels = ret.all_labels()
        if labels & {SRC, ENV}:
            out.append(replace(_merge([ret]), labels=labels & {SRC, ENV}))
        for lab in labels:
            if lab.startswith("param:"):
                idx = int(lab.split(":", 1)[1]) - offset
                if 0 <= idx < len(pos_values):
                    v = pos_values[idx]
                    if v.all_labels():
                        out.append(replace(_merge([v]), clean=_merge([v]).clean | ret.clean))
        if not out and ret.const is not _UNK and not labels:
            return ret
        return _merge(out)


# -- per-file driver ----------------------------------------------------------------------------
def _params(ctx: FileContext, fn: Node) -> list[tuple[str, Node]]:
    params = fn.child_by_field_name("parameters")
    out: list[tuple[str, Node]] = []
    for p in params.named_children if params is not None else []:
        name_node = p
        if p.type in ("typed_parameter", "default_parameter", "typed_default_parameter"):
            name_node = p.child_by_field_name("name") or (p.named_children[0] if p.named_children else p)
        elif p.type in ("list_splat_pattern", "dictionary_splat_pattern"):
            name_node = p.named_children[0] if p.named_children else p
        if name_node.type != "identifier":
            continue
        out.append((ctx.node_text(name_node), p))
    return out


def _decorators(ctx: FileContext, fn: Node) -> list[str]:
    parent = fn.parent
    if parent is None or parent.type != "decorated_definition":
        return []
    out = []
    for d in parent.named_children:
        if d.type == "decorator":
            expr = d.named_children[0] if d.named_children else None
            if expr is not None and expr.type == "call":
                expr = expr.child_by_field_name("function")
            out.append(dotted(ctx, expr) or ctx.node_text(expr))
    return out


def is_route_handler(ctx: FileContext, fn: Node) -> bool:
    return any(_ROUTE_DECORATOR.search(d) for d in _decorators(ctx, fn))


_NON_INPUT_PARAM_TYPES = re.compile(
    r"\b(Session|AsyncSession|Depends|Security|BackgroundTasks|Response|WebSocket|Connection|"
    r"HTTPAuthorizationCredentials|OAuth2PasswordRequestForm|User)\b")


def function_definitions(ctx: FileContext) -> list[Node]:
    """Every `function_definition` of the file in document order (outer before nested),
    found by one tree-sitter query instead of a Python walk; memoised per file."""
    cached: list[Node] | None = ctx.cache.get("python.function_definitions")
    if cached is None:
        cached = []
        if ctx.tree is not None:
            query = compile_query("python", "(function_definition) @fn")
            found = QueryCursor(query).captures(ctx.tree.root_node).get("fn", [])
            cached = sorted(found, key=lambda n: n.start_byte)
        ctx.cache["python.function_definitions"] = cached
    return cached


def analyse(ctx: FileContext) -> FileTaint:
    """The taint facts of a Python file (memoised in `ctx.cache`)."""
    cached = ctx.cache.get(_CACHE_KEY)
    if cached is not None:
        return cached
    state = FileTaint()
    ctx.cache[_CACHE_KEY] = state
    if ctx.tree is None:
        return state
    functions: list[FunctionInfo] = []
    for node in function_definitions(ctx):
        name = ctx.node_text(node.child_by_field_name("name"))
        info = FunctionInfo(node=node, name=name, params=[n for n, _ in _params(ctx, node)])
        state.functions[name] = info
        state.by_node[node.start_byte] = info
        functions.append(info)

    def run(info: FunctionInfo) -> None:
        if info.done or info.running:
            return
        info.running = True
        interp = _Interp(ctx, state, info, run)
        interp.env.update(module_env)  # module-level names (constants, argv-derived values)
        route = is_route_handler(ctx, info.node)
        for i, (pname, pnode) in enumerate(_params(ctx, info.node)):
            ptype = ctx.node_text(pnode.child_by_field_name("type"))
            label = f"param:{i}"
            if pname in ("self", "cls"):
                interp.env[pname] = CLEAN
                continue
            if pname == "request" or ptype.endswith("Request"):
                state.request_names.add(pname)
                interp.env[pname] = Value(labels=frozenset({SRC}), source=f"`{pname}`")
                continue
            if route and not _NON_INPUT_PARAM_TYPES.search(ctx.node_text(pnode)):
                interp.env[pname] = Value(labels=frozenset({SRC, label}),
                                          source=f"route parameter `{pname}`")
            else:
                interp.env[pname] = Value(labels=frozenset({label}))
        interp.run_block(info.node.child_by_field_name("body"))
        info.returns = interp.returns or CLEAN
        info.done = True
        info.running = False

    module = _Interp(ctx, state, None, run)
    module_env = module.env  # filled while the module body runs
    module.run_block(ctx.tree.root_node)
    for info in functions:
        run(info)
    return state


def _enclosing_function(node: Node) -> Node | None:
    cur = node.parent
    while cur is not None:
        if cur.type == "function_definition":
            return cur
        cur = cur.parent
    return None


def taint_of(ctx: FileContext, node: Node | None) -> Value:
    """The abstract value of an expression node (CLEAN when never evaluated: dead code)."""
    if node is None:
        return CLEAN
    state = analyse(ctx)
    value = state.values.get((node.start_byte, node.end_byte))
    return value if value is not None else CLEAN


def is_tainted(ctx: FileContext, node: Node | None, kind: str = "", env: bool = False) -> bool:
    """True when untrusted input may reach `node` unsanitized for sink `kind`."""
    return bool(taint_source(ctx, node, kind, env))


def taint_source(ctx: FileContext, node: Node | None, kind: str = "", env: bool = False) -> str:
    """A description of the untrusted source reaching `node` ("" when none does)."""
    value = taint_of(ctx, node)
    labels = value.all_labels()
    if not labels:
        return ""
    if kind and kind in value.effective_clean():
        return ""
    if SRC in labels:
        return value.source or "request data"
    if env and ENV in labels:
        return value.source or "the environment"
    params = [lab for lab in labels if lab.startswith("param:")]
    if params and node is not None:
        fn = _enclosing_function(node)
        info = analyse(ctx).by_node.get(fn.start_byte) if fn is not None else None
        if info is not None:
            for lab in params:
                idx = int(lab.split(":", 1)[1])
                if idx in info.tainted_params:
                    name = info.params[idx] if idx < len(info.params) else "?"
                    return f"parameter `{name}` (called with request data)"
    return ""


def is_constant(ctx: FileContext, node: Node | None) -> bool:
    """True when the expression folds to a constant (or is never evaluated)."""
    if node is None:
        return True
    value = taint_of(ctx, node)
    if value.const is not _UNK:
        return True
    return node.type in ("string", "concatenated_string") and not any(
        c.type == "interpolation" for c in ctx.walk(node))


def param_labels(ctx: FileContext, node: Node | None) -> frozenset[str]:
    """All labels reaching `node` (for rules that want "any non-constant input")."""
    return taint_of(ctx, node).all_labels()
