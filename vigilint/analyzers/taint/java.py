"""A light, flow-sensitive taint pass for Java, computed once per file (`java_taint(ctx)`).

Each method body is interpreted statement by statement over an abstract value per local
variable (`Val`): a *level* (constant < safe < unknown < tainted), the constant itself when it
is known (so `(7 * 42) - num > 200` folds and dead branches are skipped), the items of arrays
and lists and the constant-keyed entries of maps, and the sink kinds the value was sanitised
for (`ESAPI.encoder().encodeForHTML(x)` is clean for XSS but still tainted for SQL).
Branches whose condition is unknown are both run and joined; loops run twice.

Entry points are the methods no other method of the file calls; methods of the file that are
called (helpers such as `doSomething(request, param)`) are interpreted at each call site with
the caller's argument values (memoised per argument shape), so their results are precise.
Every method call and object creation that is evaluated records its receiver and argument
values; rules ask for them with `JavaTaint.args(node)` / `JavaTaint.receiver(node)`.
Servlet `HttpServletRequest` accessors and Spring `@RequestParam`-style parameters are sources.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from tree_sitter import Node

from vigilint.analyzers.context import FileContext

CONST, SAFE, UNKNOWN, TAINTED = 0, 1, 2, 3
_NO = object()  # "constant value not known"

SOURCE_METHODS = frozenset({
    "getParameter", "getParameterValues", "getParameterMap", "getParameterNames", "getHeader",
    "getHeaders", "getHeaderNames", "getCookies", "getQueryString", "getInputStream",
    "getReader", "getPathInfo", "getRequestURI", "getRequestURL", "getPart", "getParts",
})
_SOURCE_NAME = re.compile(r"^get\w*(Parameter|Header|Cookie|QueryString)\w*$")
SPRING_SOURCES = frozenset({"RequestParam", "PathVariable", "RequestBody", "RequestHeader",
                            "CookieValue", "ModelAttribute", "RequestPart", "MatrixVariable"})
# Methods whose result carries none of the receiver's or arguments' text.
_OPAQUE_RESULT = frozenset({
    "length", "size", "indexOf", "lastIndexOf", "equals", "equalsIgnoreCase", "hashCode",
    "compareTo", "isEmpty", "contains", "containsKey", "containsValue", "startsWith",
    "endsWith", "matches", "hasNext", "hasMoreElements", "hasMoreTokens", "parseInt",
    "parseLong", "parseDouble", "parseFloat", "parseBoolean", "getClass", "read",
    "isBlank", "available", "getMaxAge", "getSecure", "isHttpOnly", "countTokens",
})
_NUMBER_CLASSES = frozenset({"Integer", "Long", "Short", "Byte", "Double", "Float", "Boolean",
                             "UUID"})
# sanitiser method name -> sink kinds it cleans ("*" = every kind)
SANITIZERS: dict[str, frozenset[str]] = {
    "encodeForHTML": frozenset({"xss"}), "encodeForHTMLAttribute": frozenset({"xss"}),
    "encodeForJavaScript": frozenset({"xss"}), "encodeForCSS": frozenset({"xss"}),
    "encodeForXML": frozenset({"xss"}), "encodeForXMLAttribute": frozenset({"xss"}),
    "escapeHtml": frozenset({"xss"}), "escapeHtml3": frozenset({"xss"}),
    "escapeHtml4": frozenset({"xss"}), "escapeXml": frozenset({"xss"}),
    "escapeXml10": frozenset({"xss"}), "escapeXml11": frozenset({"xss"}),
    "escapeEcmaScript": frozenset({"xss"}), "escapeJavaScript": frozenset({"xss"}),
    "htmlEscape": frozenset({"xss"}), "forHtml": frozenset({"xss"}),
    "forHtmlContent": frozenset({"xss"}), "forHtmlAttribute": frozenset({"xss"}),
    "sanitize": frozenset({"xss"}),
    "encodeForSQL": frozenset({"sqli"}), "escapeSql": frozenset({"sqli"}),
    "encodeForLDAP": frozenset({"ldapi"}), "encodeForDN": frozenset({"ldapi"}),
    "encodeForXPath": frozenset({"xpathi"}), "encodeForOS": frozenset({"cmdi"}),
    "encodeForURL": frozenset({"xss", "ssrf", "pathtraver"}),
    "getName": frozenset({"pathtraver"}),  # java.io.File#getName drops directories
}
_QUALIFIED_CLASS = re.compile(r"^[a-z_]\w*(\.[a-z_]\w*)*\.[A-Z]\w*$")
_STATEMENT_KINDS_SKIPPED = frozenset({"class_declaration", "interface_declaration",
                                      "enum_declaration", "record_declaration", ";"})


@dataclass(frozen=True)
class Val:
    """An abstract value; see the module docstring."""

    level: int = UNKNOWN
    const: Any = _NO
    items: tuple[Val, ...] | None = None
    keys: tuple[tuple[Any, Val], ...] | None = None
    clean: frozenset[str] = frozenset()
    kind: str = ""  # "request", "response", "session" for the servlet objects

    @property
    def tainted(self) -> bool:
        return self.level == TAINTED

    def tainted_for(self, sink: str) -> bool:
        return self.level == TAINTED and sink not in self.clean and "*" not in self.clean

    @property
    def known(self) -> bool:
        return self.const is not _NO


def const(value: Any) -> Val:
    return Val(CONST, value)


SAFE_VAL = Val(SAFE)
UNKNOWN_VAL = Val(UNKNOWN)
TAINTED_VAL = Val(TAINTED)


def join(a: Val | None, b: Val | None) -> Val:
    if a is None:
        return b if b is not None else UNKNOWN_VAL
    if b is None or a == b:
        return a
    level = max(a.level, b.level)
    value = a.const if a.known and b.known and a.const == b.const \
        and type(a.const) is type(b.const) else _NO
    items = None
    if a.items is not None and b.items is not None and len(a.items) == len(b.items):
        items = tuple(join(x, y) for x, y in zip(a.items, b.items, strict=True))
    keys = None
    if a.keys is not None and b.keys is not None:
        da, db = dict(a.keys), dict(b.keys)
        keys = tuple((k, join(da.get(k, const(None)), db.get(k, const(None))))
                     for k in dict.fromkeys([*da, *db]))
    if a.tainted and b.tainted:
        clean = a.clean & b.clean
    else:
        clean = a.clean if a.tainted else b.clean if b.tainted else frozenset()
    return Val(level, value, items, keys, clean, a.kind if a.kind == b.kind else "")


def merge(values: Iterable[Val]) -> Val:
    """The value of text built from several parts (concatenation, formatting)."""
    level = CONST
    cleans: list[frozenset[str]] = []
    for v in values:
        level = max(level, v.level)
        if v.tainted:
            cleans.append(v.clean)
    clean = frozenset.intersection(*cleans) if cleans else frozenset()
    return Val(level, clean=clean if level == TAINTED else frozenset())


def content(v: Val) -> Val:
    """A container's value seen as one value (any element)."""
    parts = list(v.items or ()) + [x for _, x in (v.keys or ())]
    if not parts:
        return v
    return merge([Val(v.level if v.items is None and v.keys is None else CONST), *parts])


def _java_str(v: Any) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if v is None:
        return "null"
    if isinstance(v, float):
        return repr(v)
    return str(v)


def decode_java_string(text: str) -> str:
    body = text[1:-1]
    if "\\" not in body:
        return body
    try:
        return body.encode("latin-1", "backslashreplace").decode("unicode_escape")
    except UnicodeDecodeError:
        return body


_ARITH = {
    "+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
    "<": lambda a, b: a < b, ">": lambda a, b: a > b, "<=": lambda a, b: a <= b,
    ">=": lambda a, b: a >= b, "==": lambda a, b: a == b, "!=": lambda a, b: a != b,
}


def _fold(op: str, a: Any, b: Any) -> Any:
    """Java semantics for the constant operators benchmarks and real code use."""
    if op in ("&&", "||"):
        if isinstance(a, bool) and isinstance(b, bool):
            return (a and b) if op == "&&" else (a or b)
        return _NO
    if op == "+" and ((isinstance(a, str) and not _is_char(a)) or (isinstance(b, str)
                      and not _is_char(b))):
        return _java_str(a) + _java_str(b)
    a, b = _num(a), _num(b)
    if a is _NO or b is _NO:
        return _NO
    if op in _ARITH:
        return _ARITH[op](a, b)
    if op in ("/", "%"):
        if b == 0:
            return _NO
        if isinstance(a, int) and isinstance(b, int):
            q = abs(a) // abs(b) * (1 if (a >= 0) == (b >= 0) else -1)
            return q if op == "/" else a - q * b
        return a / b if op == "/" else _NO
    return _NO


def _is_char(v: Any) -> bool:
    return isinstance(v, _Char)


class _Char(str):
    """A Java `char` constant (arithmetic treats it as its code point)."""


def _num(v: Any) -> Any:
    if isinstance(v, bool):
        return _NO
    if isinstance(v, _Char):
        return ord(v)
    if isinstance(v, (int, float)):
        return v
    return _NO


@dataclass
class _Record:
    receiver: Val | None
    args: list[Val]


@dataclass
class JavaTaint:
    """The taint facts of one file."""

    records: dict[tuple[int, int], _Record] = field(default_factory=dict)
    evaluated: set[tuple[int, int]] = field(default_factory=set)

    def args(self, node: Node) -> list[Val] | None:
        """Argument values of a call/creation; None if the node was never reached (dead)."""
        rec = self.records.get((node.start_byte, node.end_byte))
        return None if rec is None else rec.args

    def receiver(self, node: Node) -> Val | None:
        rec = self.records.get((node.start_byte, node.end_byte))
        return None if rec is None else rec.receiver

    def reached(self, node: Node) -> bool:
        return (node.start_byte, node.end_byte) in self.records

    def _record(self, node: Node, receiver: Val | None, args: list[Val]) -> None:
        key = (node.start_byte, node.end_byte)
        old = self.records.get(key)
        if old is None:
            self.records[key] = _Record(receiver, list(args))
            return
        old.receiver = None if receiver is None and old.receiver is None else join(
            old.receiver, receiver)
        if len(old.args) == len(args):
            old.args = [join(x, y) for x, y in zip(old.args, args, strict=True)]


class _Interpreter:
    MAX_DEPTH = 4

    def __init__(self, ctx: FileContext) -> None:
        self.ctx = ctx
        self.out = JavaTaint()
        self.methods: dict[str, list[Node]] = {}
        self.fields: dict[str, Val] = {}
        self.summaries: dict[tuple[int, tuple[Any, ...]], Val] = {}
        self.active: set[int] = set()
        self.depth = 0
        self.returns: list[Val] = []

    def text(self, node: Node | None) -> str:
        return self.ctx.node_text(node)

    # -- driver ---------------------------------------------------------------------------
    def run(self) -> JavaTaint:
        assert self.ctx.tree is not None
        all_methods: list[Node] = []
        called: set[str] = set()
        for node in self.ctx.walk():
            if node.type in ("method_declaration", "constructor_declaration"):
                all_methods.append(node)
                name = self.text(node.child_by_field_name("name"))
                self.methods.setdefault(name, []).append(node)
            elif node.type == "method_invocation":
                obj = node.child_by_field_name("object")
                if obj is None or obj.type == "this" or obj.type == "object_creation_expression":
                    called.add(self.text(node.child_by_field_name("name")))
            elif node.type == "field_declaration":
                self._field(node)
        skipped = []
        for method in all_methods:
            name = self.text(method.child_by_field_name("name"))
            if method.type == "method_declaration" and name in called:
                skipped.append(method)
                continue
            self._as_entry(method)
        followed = {start for start, _ in self.summaries}
        for method in skipped:  # helpers whose callers were never reached: analyse them alone
            if method.start_byte not in followed:
                self._as_entry(method)
        return self.out

    def _as_entry(self, method: Node) -> None:
        env = {}
        for param in self._params(method):
            env[self._param_name(param)] = self._param_value(param)
        self._method_body(method, env)

    def _field(self, node: Node) -> None:
        static_final = "final" in self.text(node).split("=")[0].split()
        for decl in node.children_by_field_name("declarator"):
            name = self.text(decl.child_by_field_name("name"))
            value = decl.child_by_field_name("value")
            if static_final and value is not None:
                v = self.ev(value, {})
                self.fields[name] = v if v.level == CONST else UNKNOWN_VAL
            else:
                self.fields[name] = UNKNOWN_VAL

    def _params(self, method: Node) -> list[Node]:
        params = method.child_by_field_name("parameters")
        if params is None:
            return []
        return [p for p in params.named_children
                if p.type in ("formal_parameter", "spread_parameter")]

    def _param_name(self, param: Node) -> str:
        name = param.child_by_field_name("name")
        if name is None:
            decl = next((c for c in param.named_children if c.type == "variable_declarator"), None)
            name = decl.child_by_field_name("name") if decl is not None else None
        return self.text(name)

    def _param_value(self, param: Node) -> Val:
        type_text = self.text(param.child_by_field_name("type"))
        for child in param.named_children:
            if child.type == "modifiers":
                for ann in child.named_children:
                    if ann.type in ("annotation", "marker_annotation") and self.text(
                            ann.child_by_field_name("name")).split(".")[-1] in SPRING_SOURCES:
                        return TAINTED_VAL
        simple = type_text.split(".")[-1]
        if simple in ("HttpServletRequest", "ServletRequest", "HttpServletRequestWrapper"):
            return Val(SAFE, kind="request")
        if simple in ("HttpServletResponse", "ServletResponse"):
            return Val(SAFE, kind="response")
        if simple in ("HttpSession",):
            return Val(SAFE, kind="session")
        if simple in ("int", "long", "short", "byte", "boolean", "double", "float", "char"):
            return SAFE_VAL
        return UNKNOWN_VAL

    def _method_body(self, method: Node, env: dict[str, Val]) -> Val:
        body = method.child_by_field_name("body")
        saved = self.returns
        self.returns = []
        if body is not None:
            self.block(body, env)
        result = UNKNOWN_VAL
        if self.returns:
            result = self.returns[0]
            for v in self.returns[1:]:
                result = join(result, v)
        self.returns = saved
        return result

    def call_helper(self, name: str, args: list[Val]) -> Val | None:
        candidates = [m for m in self.methods.get(name, ())
                      if len(self._params(m)) == len(args)]
        if not candidates:
            return None
        result: Val | None = None
        for method in candidates:
            key = (method.start_byte, tuple((a.level, a.const if isinstance(
                a.const, (str, int, float, bool, type(None))) else None, a.clean, a.kind)
                for a in args))
            if key in self.summaries:
                value = self.summaries[key]
            elif method.start_byte in self.active or self.depth >= self.MAX_DEPTH:
                value = merge(args) if args else UNKNOWN_VAL
            else:
                self.active.add(method.start_byte)
                self.depth += 1
                env = {self._param_name(p): a for p, a in zip(self._params(method), args,
                                                               strict=True)}
                try:
                    value = self._method_body(method, env)
                finally:
                    self.depth -= 1
                    self.active.discard(method.start_byte)
                self.summaries[key] = value
            result = join(result, value)
        return result

    # -- statements -----------------------------------------------------------------------
    def block(self, node: Node, env: dict[str, Val]) -> bool:
        """Run the statements of a block; False if control left it (break/return/throw)."""
        return all(self.stmt(stmt, env) for stmt in node.named_children)

    def stmt(self, node: Node, env: dict[str, Val]) -> bool:
        t = node.type
        if t == "block":
            return self.block(node, env)
        if t == "local_variable_declaration":
            for decl in node.children_by_field_name("declarator"):
                value = decl.child_by_field_name("value")
                env[self.text(decl.child_by_field_name("name"))] = (
                    self.ev(value, env) if value is not None else const(None))
            return True
        if t == "expression_statement":
            for child in node.named_children:
                self.ev(child, env)
            return True
        if t == "if_statement":
            cond = self.ev(node.child_by_field_name("condition"), env)
            cons = node.child_by_field_name("consequence")
            alt = node.child_by_field_name("alternative")
            if cond.known and isinstance(cond.const, bool):
                chosen = cons if cond.const else alt
                return True if chosen is None else self.stmt(chosen, env)
            return self._branches(env, [cons, alt])
        if t in ("while_statement", "do_statement", "for_statement", "enhanced_for_statement"):
            self._loop(node, env)
            return True
        if t in ("switch_expression", "switch_statement"):
            self._switch(node, env)
            return True
        if t == "return_statement":
            value = node.named_children[0] if node.named_children else None
            self.returns.append(self.ev(value, env) if value is not None else const(None))
            return False
        if t in ("throw_statement",):
            for child in node.named_children:
                self.ev(child, env)
            return False
        if t in ("break_statement", "continue_statement", "yield_statement"):
            # the state flows on (to after the loop or switch): keep it
            for child in node.named_children:
                self.ev(child, env)
            return True
        if t in ("try_statement", "try_with_resources_statement"):
            resources = node.child_by_field_name("resources")
            if resources is not None:
                for res in resources.named_children:
                    name = res.child_by_field_name("name")
                    value = res.child_by_field_name("value")
                    if name is not None and value is not None:
                        env[self.text(name)] = self.ev(value, env)
            body = node.child_by_field_name("body")
            live = True
            if body is not None:
                before = dict(env)
                live = self.block(body, env)
                for catch in node.named_children:
                    if catch.type == "catch_clause":
                        cenv = join_env(before, env)
                        cbody = catch.child_by_field_name("body")
                        if cbody is not None:
                            self.block(cbody, cenv)
                        replace_env(env, join_env(env, cenv))
            for fin in node.named_children:
                if fin.type == "finally_clause":
                    for child in fin.named_children:
                        self.stmt(child, env)
            return live
        if t in ("synchronized_statement", "labeled_statement"):
            for child in node.named_children:
                if child.type == "block" or child.type.endswith("statement"):
                    self.stmt(child, env)
                else:
                    self.ev(child, env)
            return True
        if t in _STATEMENT_KINDS_SKIPPED or t.endswith("comment"):
            return True
        self.ev(node, env)
        return True

    def _branches(self, env: dict[str, Val], branches: list[Node | None]) -> bool:
        outs: list[dict[str, Val]] = []
        any_live = False
        for branch in branches:
            benv = dict(env)
            live = True if branch is None else self.stmt(branch, benv)
            if live:
                outs.append(benv)
                any_live = True
        if outs:
            joined = outs[0]
            for other in outs[1:]:
                joined = join_env(joined, other)
            replace_env(env, joined)
        return any_live

    def _loop(self, node: Node, env: dict[str, Val]) -> None:
        t = node.type
        if t == "for_statement":
            for init in node.children_by_field_name("init"):
                self.stmt(init, env) if init.type.endswith("declaration") else self.ev(init, env)
        cond = node.child_by_field_name("condition")
        body = node.child_by_field_name("body")
        if cond is not None and t != "do_statement":
            c = self.ev(cond, env)
            if c.known and c.const is False:
                return
        before = dict(env)
        for _ in range(2):
            lenv = dict(env)
            if t == "enhanced_for_statement":
                iterable = self.ev(node.child_by_field_name("value"), lenv)
                lenv[self.text(node.child_by_field_name("name"))] = content(iterable)
            if body is not None:
                self.stmt(body, lenv)
            for upd in node.children_by_field_name("update"):
                self.ev(upd, lenv)
            if cond is not None:
                self.ev(cond, lenv)
            replace_env(env, join_env(env, lenv))
        if t == "do_statement":
            return
        replace_env(env, join_env(env, before))

    def _switch(self, node: Node, env: dict[str, Val]) -> None:
        selector = self.ev(node.child_by_field_name("condition"), env)
        body = node.child_by_field_name("body")
        if body is None:
            return
        groups = [g for g in body.named_children
                  if g.type in ("switch_block_statement_group", "switch_rule")]
        labels: list[tuple[list[Val], bool]] = []
        for g in groups:
            vals, default = [], False
            for label in (c for c in g.named_children if c.type == "switch_label"):
                if not label.named_children:
                    default = True
                for expr in label.named_children:
                    vals.append(self.ev(expr, env))
            labels.append((vals, default))
        start_indexes: list[int]
        if selector.known and all(v.known for vals, _ in labels for v in vals):
            match = next((i for i, (vals, _) in enumerate(labels)
                          if any(v.const == selector.const for v in vals)), None)
            if match is None:
                match = next((i for i, (_, d) in enumerate(labels) if d), None)
            start_indexes = [] if match is None else [match]
        else:
            start_indexes = list(range(len(groups)))
        outs: list[dict[str, Val]] = []
        for start in start_indexes:
            genv = dict(env)
            for g in groups[start:]:
                live = True
                for child in g.named_children:
                    if child.type == "switch_label":
                        continue
                    if not self.stmt(child, genv) or child.type in ("break_statement",
                                                                    "yield_statement"):
                        live = False
                        break
                if not live or g.type == "switch_rule":
                    break
            outs.append(genv)
        if not any(d for _, d in labels) and len(start_indexes) != 1:
            outs.append(dict(env))
        if outs:
            joined = outs[0]
            for other in outs[1:]:
                joined = join_env(joined, other)
            replace_env(env, joined)

    # -- expressions ----------------------------------------------------------------------
    def ev(self, node: Node | None, env: dict[str, Val]) -> Val:
        if node is None:
            return UNKNOWN_VAL
        t = node.type
        if t == "string_literal":
            return const(decode_java_string(self.text(node)))
        if t == "text_block":
            return const(self.text(node)[3:-3])
        if t == "character_literal":
            return const(_Char(decode_java_string(self.text(node))))
        if t in ("decimal_integer_literal", "hex_integer_literal", "octal_integer_literal",
                 "binary_integer_literal"):
            try:
                return const(int(self.text(node).rstrip("lL").replace("_", ""), 0))
            except ValueError:
                return Val(CONST)
        if t == "decimal_floating_point_literal":
            try:
                return const(float(self.text(node).rstrip("fFdD")))
            except ValueError:
                return Val(CONST)
        if t == "true":
            return const(True)
        if t == "false":
            return const(False)
        if t == "null_literal":
            return const(None)
        if t in ("class_literal", "this", "super", "method_reference"):
            return Val(CONST)
        if t == "identifier":
            name = self.text(node)
            if name in env:
                return env[name]
            if name in self.fields:
                return self.fields[name]
            return Val(CONST) if name[:1].isupper() else UNKNOWN_VAL
        if t == "parenthesized_expression":
            return self.ev(node.named_children[0] if node.named_children else None, env)
        if t == "cast_expression":
            return self.ev(node.child_by_field_name("value"), env)
        if t == "binary_expression":
            return self._binary(node, env)
        if t == "unary_expression":
            operand = self.ev(node.child_by_field_name("operand"), env)
            op = self.text(node.child_by_field_name("operator"))
            if operand.known:
                if op == "!" and isinstance(operand.const, bool):
                    return const(not operand.const)
                if op == "-" and _num(operand.const) is not _NO:
                    return const(-_num(operand.const))
            return Val(CONST) if operand.level == CONST else SAFE_VAL
        if t == "update_expression":
            for child in node.named_children:
                if child.type == "identifier":
                    name = self.text(child)
                    old = env.get(name, SAFE_VAL)
                    op = "+" if "++" in self.text(node) else "-"
                    new = _fold(op, old.const, 1) if old.known else _NO
                    env[name] = const(new) if new is not _NO else Val(
                        CONST if old.level == CONST else SAFE)
            return SAFE_VAL
        if t == "ternary_expression":
            cond = self.ev(node.child_by_field_name("condition"), env)
            cons = node.child_by_field_name("consequence")
            alt = node.child_by_field_name("alternative")
            if cond.known and isinstance(cond.const, bool):
                return self.ev(cons if cond.const else alt, env)
            return join(self.ev(cons, env), self.ev(alt, env))
        if t == "assignment_expression":
            return self._assign(node, env)
        if t == "method_invocation":
            return self._call(node, env)
        if t == "object_creation_expression":
            return self._new(node, env)
        if t == "array_creation_expression":
            init = next((c for c in node.named_children if c.type == "array_initializer"), None)
            if init is not None:
                return self.ev(init, env)
            for child in node.named_children:
                self.ev(child, env)
            return Val(CONST)
        if t == "array_initializer":
            items = tuple(self.ev(c, env) for c in node.named_children)
            return Val(merge(items).level, items=items, clean=merge(items).clean)
        if t == "array_access":
            array = self.ev(node.child_by_field_name("array"), env)
            index = self.ev(node.child_by_field_name("index"), env)
            if array.items is not None and index.known and isinstance(index.const, int) \
                    and 0 <= index.const < len(array.items):
                return array.items[index.const]
            return content(array)
        if t == "field_access":
            if _QUALIFIED_CLASS.match(self.text(node)):
                return Val(CONST)  # a package-qualified class name, e.g. java.util.Locale
            obj = self.ev(node.child_by_field_name("object"), env)
            name = self.text(node.child_by_field_name("field"))
            if name == "length":
                return SAFE_VAL if obj.level else Val(CONST)
            if obj.tainted:
                return obj
            if name.isupper() or (obj.level == CONST and name[:1].isupper()):
                return Val(CONST)
            if name in self.fields and self.text(node.child_by_field_name("object")) == "this":
                return self.fields[name]
            return UNKNOWN_VAL
        if t == "instanceof_expression":
            for child in node.named_children:
                self.ev(child, env)
            return SAFE_VAL
        if t == "lambda_expression":
            return UNKNOWN_VAL
        if t == "switch_expression":
            self._switch(node, env)
            return UNKNOWN_VAL
        for child in node.named_children:
            self.ev(child, env)
        return UNKNOWN_VAL

    def _binary(self, node: Node, env: dict[str, Val]) -> Val:
        op = self.text(node.child_by_field_name("operator"))
        left = self.ev(node.child_by_field_name("left"), env)
        if op in ("&&", "||") and left.known and isinstance(left.const, bool) \
                and (op == "&&") != left.const:  # short circuit: false && x, true || x
            return left
        right = self.ev(node.child_by_field_name("right"), env)
        if left.known and right.known:
            value = _fold(op, left.const, right.const)
            if value is not _NO:
                return const(value)
        if op == "+":
            return merge([left, right])
        return Val(CONST) if left.level == CONST and right.level == CONST else SAFE_VAL

    def _assign(self, node: Node, env: dict[str, Val]) -> Val:
        left = node.child_by_field_name("left")
        op = self.text(node.child_by_field_name("operator"))
        value = self.ev(node.child_by_field_name("right"), env)
        if left is None:
            return value
        if op != "=":
            old = self.ev(left, env)
            folded = _fold(op[:-1], old.const, value.const) if old.known and value.known else _NO
            value = const(folded) if folded is not _NO else merge([old, value])
        if left.type == "identifier":
            env[self.text(left)] = value
        elif left.type == "array_access":
            array_node = left.child_by_field_name("array")
            if array_node is not None and array_node.type == "identifier":
                name = self.text(array_node)
                array = env.get(name, UNKNOWN_VAL)
                index = self.ev(left.child_by_field_name("index"), env)
                if array.items is not None and index.known and isinstance(index.const, int) \
                        and 0 <= index.const < len(array.items):
                    items = list(array.items)
                    items[index.const] = value
                    env[name] = _with_items(array, tuple(items))
                else:
                    env[name] = _absorb(array, value)
        elif left.type == "field_access":
            obj = left.child_by_field_name("object")
            if obj is not None and obj.type == "this":
                self.fields[self.text(left.child_by_field_name("field"))] = join(
                    self.fields.get(self.text(left.child_by_field_name("field"))), value)
        return value

    def _new(self, node: Node, env: dict[str, Val]) -> Val:
        args_node = node.child_by_field_name("arguments")
        args = [self.ev(a, env) for a in args_node.named_children] if args_node else []
        self.out._record(node, None, args)
        type_text = self.text(node.child_by_field_name("type")).split("<")[0].split(".")[-1]
        if type_text in ("ArrayList", "LinkedList", "Vector", "ArrayDeque", "Stack"):
            if args and args[0].items is not None:
                return args[0]
            return Val(CONST, items=()) if not args or args[0].level == CONST else _absorb(
                Val(CONST, items=()), content(args[0]))
        if type_text in ("HashMap", "LinkedHashMap", "TreeMap", "Hashtable", "Properties",
                         "ConcurrentHashMap"):
            return Val(CONST, keys=())
        if type_text in ("StringBuilder", "StringBuffer", "String"):
            if args and args[0].known and isinstance(args[0].const, str):
                return args[0]
            if not args or (len(args) == 1 and _num(args[0].const) is not _NO):
                return const("")
            return merge(args)
        if args:
            result = merge(args)
            if type_text == "File" and len(args) == 2 and not args[1].tainted:
                return result
            return result
        return Val(CONST)

    def _call(self, node: Node, env: dict[str, Val]) -> Val:
        name = self.text(node.child_by_field_name("name"))
        obj = node.child_by_field_name("object")
        receiver = self.ev(obj, env) if obj is not None else None
        args_node = node.child_by_field_name("arguments")
        args = [self.ev(a, env) for a in args_node.named_children] if args_node else []
        self.out._record(node, receiver, args)
        obj_text = self.text(obj) if obj is not None else ""
        # sources
        if (name in SOURCE_METHODS or (receiver is not None and _SOURCE_NAME.match(name))) and (
                receiver is None or receiver.kind == "request" or receiver.level != CONST) \
                and not (receiver is not None and (receiver.items is not None
                                                   or receiver.keys is not None)):
            return TAINTED_VAL
        if name == "getSession" and receiver is not None and receiver.kind == "request":
            return Val(SAFE, kind="session")
        if name in ("getWriter", "getOutputStream") and receiver is not None \
                and receiver.kind == "response":
            return Val(SAFE, kind="writer")
        if name == "getRuntime" and obj_text.endswith("Runtime"):
            return Val(CONST, kind="runtime")
        # sanitisers and opaque results
        if name in SANITIZERS:
            base = merge(args) if args else (receiver or UNKNOWN_VAL)
            if name == "getName" and args:
                return self._generic(name, receiver, args, obj_text)
            if base.tainted:
                return Val(TAINTED, clean=base.clean | SANITIZERS[name])
            return Val(SAFE) if base.level != CONST else base
        if name in _OPAQUE_RESULT or (name == "valueOf" and obj_text.split(".")[-1]
                                      in _NUMBER_CLASSES):
            folded = self._fold_string_method(name, receiver, args)
            if folded is not None:
                return folded
            return SAFE_VAL if any(v.level > CONST for v in [*args, receiver or Val(CONST)]) \
                else Val(CONST)
        # helpers of this file
        if obj is None or obj.type == "this" or obj.type == "object_creation_expression":
            result = self.call_helper(name, args)
            if result is not None:
                return result
        # collections and builders held in locals
        if receiver is not None and obj is not None and obj.type == "identifier" \
                and self.text(obj) in env:
            handled = self._container_call(self.text(obj), name, receiver, args, env)
            if handled is not None:
                return handled
        if name in ("replace", "replaceAll") and receiver is not None and receiver.tainted \
                and args and args[0].known and isinstance(args[0].const, str) \
                and ("\n" in args[0].const or "\\n" in args[0].const):
            return Val(TAINTED, clean=receiver.clean | {"log"})  # CR/LF neutralised
        if name in ("append", "insert") and obj is not None and obj.type == "method_invocation":
            root: Node | None = obj
            while root is not None and root.type == "method_invocation" and self.text(
                    root.child_by_field_name("name")) in ("append", "insert"):
                root = root.child_by_field_name("object")
            if root is not None and root.type == "identifier" and self.text(root) in env:
                var = self.text(root)
                env[var] = merge([env[var], *args[-1:]])
                return env[var]
        folded = self._fold_string_method(name, receiver, args)
        if folded is not None:
            return folded
        return self._generic(name, receiver, args, obj_text)

    def _generic(self, name: str, receiver: Val | None, args: list[Val], obj_text: str) -> Val:
        inputs = [*args] + ([receiver] if receiver is not None else [])
        value = merge(inputs) if inputs else Val(CONST)
        if receiver is not None and (receiver.items is not None or receiver.keys is not None):
            value = merge([content(receiver), *args])
        if value.level == CONST and receiver is None:
            return UNKNOWN_VAL  # a method of another class we cannot see
        if receiver is not None and receiver.kind and not value.tainted:
            return Val(SAFE)
        return value

    def _fold_string_method(self, name: str, receiver: Val | None,
                            args: list[Val]) -> Val | None:
        if receiver is None or not receiver.known or not isinstance(receiver.const, str):
            return None
        if not all(a.known for a in args):
            return None
        s = receiver.const
        a = [x.const for x in args]
        try:
            if name == "charAt" and isinstance(a[0], int):
                return const(_Char(s[a[0]]))
            if name == "substring":
                return const(s[a[0]:a[1]] if len(a) == 2 else s[a[0]:])
            if name in ("toUpperCase", "toLowerCase", "trim", "strip", "intern", "toString"):
                fn: Any = {"toUpperCase": str.upper, "toLowerCase": str.lower, "trim": str.strip,
                      "strip": str.strip, "intern": str, "toString": str}[name]
                return const(fn(s))
            if name == "length":
                return const(len(s))
            if name == "equals":
                return const(s == a[0])
            if name == "indexOf" and isinstance(a[0], str):
                return const(s.find(a[0]))
            if name == "concat":
                return const(s + _java_str(a[0]))
            if name == "replace" and isinstance(a[0], str) and isinstance(a[1], str):
                return const(s.replace(a[0], a[1]))
        except (IndexError, TypeError):
            return None
        return None

    def _container_call(self, var: str, name: str, recv: Val, args: list[Val],
                        env: dict[str, Val]) -> Val | None:
        if recv.items is not None:
            items = list(recv.items)
            if name in ("add", "addElement", "push", "offer", "addLast", "offerLast"):
                if len(args) == 2 and args[0].known and isinstance(args[0].const, int) \
                        and 0 <= args[0].const <= len(items):
                    items.insert(args[0].const, args[1])
                else:
                    items.append(args[-1] if args else UNKNOWN_VAL)
                env[var] = _with_items(recv, tuple(items))
                return const(True)
            if name in ("addFirst", "offerFirst"):
                env[var] = _with_items(recv, (args[0], *items) if args else tuple(items))
                return const(None)
            if name in ("get", "elementAt") and args and args[0].known \
                    and isinstance(args[0].const, int) and 0 <= args[0].const < len(items):
                return items[args[0].const]
            if name in ("remove", "poll", "pop", "removeFirst", "pollFirst") and (
                    not args or (args[0].known and isinstance(args[0].const, int))):
                index = args[0].const if args else 0
                if name == "pop" and recv.items is not None:
                    index = len(items) - 1
                if 0 <= index < len(items):
                    removed = items.pop(index)
                    env[var] = _with_items(recv, tuple(items))
                    return removed
            if name == "set" and len(args) == 2 and args[0].known \
                    and isinstance(args[0].const, int) and 0 <= args[0].const < len(items):
                old = items[args[0].const]
                items[args[0].const] = args[1]
                env[var] = _with_items(recv, tuple(items))
                return old
            if name == "clear":
                env[var] = _with_items(recv, ())
                return const(None)
            if name in ("addAll",):
                env[var] = _absorb(recv, merge(args))
                return const(True)
            if name in ("peek", "getFirst", "peekFirst", "element") and items:
                return items[0]
            if name in ("getLast", "peekLast") and items:
                return items[-1]
            return None
        if recv.keys is not None:
            keys = dict(recv.keys)
            if name in ("put", "setProperty", "putIfAbsent") and len(args) == 2:
                if args[0].known:
                    keys[args[0].const] = args[1]
                    env[var] = Val(merge(keys.values()).level, keys=tuple(keys.items()),
                                   clean=merge(keys.values()).clean)
                else:
                    env[var] = _absorb(recv, args[1])
                return const(None)
            if name in ("load", "loadFromXML", "putAll"):
                env[var] = _absorb(Val(UNKNOWN), merge(args))
                return const(None)
            if name in ("get", "getProperty", "getOrDefault", "remove") and args:
                if args[0].known:
                    found = keys.get(args[0].const)
                    if found is None:
                        return args[1] if len(args) > 1 else const(None)
                    return found
                return content(recv)
            return None
        if name in ("append", "insert", "concat") and args and (recv.known or recv.level != CONST
                                                                or recv.const is _NO):
            part = args[-1]
            if name == "append" and recv.known and part.known:
                new = const(_java_str(recv.const) + _java_str(part.const))
            else:
                new = merge([recv, part])
            if name != "concat":
                env[var] = new
            return new
        return None


def _with_items(v: Val, items: tuple[Val, ...]) -> Val:
    m = merge(items) if items else Val(CONST)
    return Val(m.level, items=items, clean=m.clean)


def _absorb(container: Val, value: Val) -> Val:
    """A container into which `value` went at an unknown place."""
    m = merge([content(container), value])
    return Val(m.level, clean=m.clean)


def join_env(a: dict[str, Val], b: dict[str, Val]) -> dict[str, Val]:
    out = dict(a)
    for k, v in b.items():
        out[k] = join(a.get(k), v) if k in a else v
    return out


def replace_env(env: dict[str, Val], new: dict[str, Val]) -> None:
    env.clear()
    env.update(new)


def java_taint(ctx: FileContext) -> JavaTaint:
    """The file's taint facts, computed once and cached in the file context."""
    cached = ctx.cache.get("taint.java")
    if cached is None:
        try:
            cached = _Interpreter(ctx).run() if ctx.tree is not None else JavaTaint()
        except RecursionError:  # pathologically deep expressions: give up on this file
            cached = JavaTaint()
        ctx.cache["taint.java"] = cached
    assert isinstance(cached, JavaTaint)
    return cached


def arg_values(ctx: FileContext, node: Node) -> list[Val] | None:
    """Argument values at a call or `new`, or None when the code is unreachable."""
    return java_taint(ctx).args(node)
