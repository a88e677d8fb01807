"""A light, flow-sensitive taint pass for Go, computed once per file (`go_taint(ctx)`).

Every function and method body (and function literal) is walked in statement order with an
abstract value per local variable, with one lattice (`Val`: constant <
safe < unknown < tainted, the constant when known, the sink kinds it was sanitised for).
Parameters typed `*http.Request`, `*gin.Context`, `echo.Context` and `http.ResponseWriter` get a
kind; request fields and accessors (`r.FormValue`, `r.URL.Query()`, `r.Body`, `r.Header.Get`,
`mux.Vars(r)`, `chi.URLParam(r, ..)`, gin `c.Query`, echo `c.QueryParam`, `os.Args`) are sources
(`os.Args` not for paths: a command-line tool opens the files its user names).
`c.ShouldBindJSON(&v)` and friends taint `v`. Values flow through assignments, `fmt.Sprintf`,
`strings.*`, conversions, concatenation and any call with a tainted argument; `strconv.Atoi`
and friends give safe values, `html.EscapeString` is clean for XSS, `filepath.Base` and a
`strings.HasPrefix(p, base)` guard are clean for path traversal.
Each call records its argument and receiver values: `GoTaint.args(call)`.

`go_imports(ctx)` maps the local package names of the file to import paths
(`import tmpl "html/template"` -> {"tmpl": "html/template"}).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from tree_sitter import Node

from vigilint.analyzers.context import FileContext

# The abstract value (shared with the Java pass until that moved to the dataflow core;
# it goes with this module when Go does).
CONST, SAFE, UNKNOWN, TAINTED = 0, 1, 2, 3
_NO = object()  # "constant value not known"


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


def join_env(a: dict[str, Val], b: dict[str, Val]) -> dict[str, Val]:
    out = dict(a)
    for k, v in b.items():
        out[k] = join(a.get(k), v) if k in a else v
    return out


def replace_env(env: dict[str, Val], new: dict[str, Val]) -> None:
    env.clear()
    env.update(new)


_REQUEST_METHODS = frozenset({"FormValue", "PostFormValue", "Cookie", "Cookies", "Referer",
                              "UserAgent", "FormFile", "MultipartReader", "BasicAuth",
                              "Query", "Get", "GetBody"})
_REQUEST_SAFE_FIELDS = frozenset({"Method", "ContentLength", "Proto", "TLS", "Context",
                                  "ParseForm", "ParseMultipartForm", "WithContext"})
_FRAMEWORK_SOURCES = frozenset({
    # gin
    "Query", "DefaultQuery", "GetQuery", "QueryArray", "QueryMap", "Param", "PostForm",
    "DefaultPostForm", "GetPostForm", "PostFormArray", "GetHeader", "GetRawData", "FormFile",
    "Cookie", "Params",
    # echo
    "QueryParam", "QueryParams", "QueryString", "FormValue", "FormParams", "ParamValues",
    "Request",
})
_BINDERS = ("ShouldBind", "Bind", "MustBind")
_SAFE_FUNCS = frozenset({"strconv.Atoi", "strconv.ParseInt", "strconv.ParseUint",
                         "strconv.ParseFloat", "strconv.ParseBool", "len", "uuid.Parse",
                         "strings.HasPrefix", "strings.HasSuffix", "strings.Contains",
                         "strings.Index", "strings.EqualFold", "regexp.MatchString",
                         "errors.New", "strings.Count", "cap"})
_SANITIZERS: dict[str, frozenset[str]] = {
    "html.EscapeString": frozenset({"xss"}),
    "template.HTMLEscapeString": frozenset({"xss"}),
    "template.JSEscapeString": frozenset({"xss"}),
    "url.PathEscape": frozenset({"xss", "pathtraver", "ssrf"}),
    "url.QueryEscape": frozenset({"xss", "pathtraver", "ssrf"}),
    "filepath.Base": frozenset({"pathtraver"}),
    "path.Base": frozenset({"pathtraver"}),
    "pq.QuoteIdentifier": frozenset({"sqli"}),
    "shellescape.Quote": frozenset({"cmdi"}),
    "bluemonday.UGCPolicy": frozenset({"xss"}),
}


def go_imports(ctx: FileContext) -> dict[str, str]:
    """Local package name -> import path for the file's imports."""
    cached = ctx.cache.get("imports.go")
    if cached is not None:
        assert isinstance(cached, dict)
        return cached
    out: dict[str, str] = {}
    if ctx.tree is not None:
        for decl in ctx.tree.root_node.named_children:
            if decl.type != "import_declaration":
                continue
            for spec in ctx.walk(decl):
                if spec.type != "import_spec":
                    continue
                path = ctx.node_text(spec.child_by_field_name("path")).strip('"`')
                alias = spec.child_by_field_name("name")
                local = ctx.node_text(alias) if alias is not None else path.rsplit("/", 1)[-1]
                if local.startswith("v") and local[1:].isdigit() and "/" in path:
                    local = path.rsplit("/", 2)[-2]  # github.com/x/jwt/v5 -> jwt
                if local not in ("_", "."):
                    out[local] = path
    ctx.cache["imports.go"] = out
    return out


def go_call_name(ctx: FileContext, call: Node) -> str:
    """`pkg.Func` with the package resolved to its import path's last segment(s):
    `tmpl.HTML` with `import tmpl "html/template"` -> "html/template.HTML"; methods and
    local functions give their dotted text (`db.Query`, `helper`)."""
    fn = call.child_by_field_name("function")
    if fn is None:
        return ""
    if fn.type == "selector_expression":
        operand = fn.child_by_field_name("operand")
        field_name = ctx.node_text(fn.child_by_field_name("field"))
        if operand is not None and operand.type == "identifier":
            head = ctx.node_text(operand)
            path = go_imports(ctx).get(head)
            if path is not None:
                return f"{path}.{field_name}"
        return f"{ctx.node_text(operand)}.{field_name}"
    return ctx.node_text(fn)


@dataclass
class _Record:
    receiver: Val | None
    args: list[Val]


@dataclass
class GoTaint:
    records: dict[tuple[int, int], _Record] = field(default_factory=dict)

    def args(self, node: Node) -> list[Val] | None:
        rec = self.records.get((node.start_byte, node.end_byte))
        return None if rec is None else rec.args

    def receiver(self, node: Node) -> Val | None:
        rec = self.records.get((node.start_byte, node.end_byte))
        return None if rec is None else rec.receiver

    def _record(self, node: Node, receiver: Val | None, args: list[Val]) -> None:
        key = (node.start_byte, node.end_byte)
        old = self.records.get(key)
        if old is None:
            self.records[key] = _Record(receiver, list(args))
            return
        if receiver is not None:
            old.receiver = join(old.receiver, receiver)
        if len(old.args) == len(args):
            old.args = [join(x, y) for x, y in zip(old.args, args, strict=True)]


_SHORT = {"http": "net/http", "fmt": "fmt", "strings": "strings", "os": "os"}


class _Interpreter:
    def __init__(self, ctx: FileContext) -> None:
        self.ctx = ctx
        self.out = GoTaint()
        self.imports = go_imports(ctx)
        self.functions: dict[str, Node] = {}
        self.summaries: dict[tuple[int, tuple[object, ...]], Val] = {}
        self.active: set[int] = set()
        self.returns: list[Val] = []

    def text(self, node: Node | None) -> str:
        return self.ctx.node_text(node)

    def qualified(self, call: Node) -> str:
        """`strconv.Atoi` style names with the import alias replaced by the package name."""
        name = go_call_name(self.ctx, call)
        head, _, rest = name.rpartition(".")
        if "/" in head or head in self.imports.values():
            head = head.rsplit("/", 1)[-1]
        return f"{head}.{rest}" if head else rest

    def run(self) -> GoTaint:
        assert self.ctx.tree is not None
        functions: list[Node] = []
        called: set[str] = set()
        for node in self.ctx.walk():
            if node.type in ("function_declaration", "method_declaration"):
                functions.append(node)
                if node.type == "function_declaration":
                    self.functions[self.text(node.child_by_field_name("name"))] = node
            elif node.type == "call_expression":
                fn = node.child_by_field_name("function")
                if fn is not None and fn.type == "identifier":
                    called.add(self.text(fn))
        skipped = []
        for node in functions:
            if node.type == "function_declaration" and self.text(
                    node.child_by_field_name("name")) in called:
                skipped.append(node)  # analysed at its call sites, with the callers' values
                continue
            self.function(node, {})
        followed = {start for start, _ in self.summaries}
        for node in skipped:  # callers never reached (unreachable or unparsed code)
            if node.start_byte not in followed:
                self.function(node, {})
        return self.out

    def _param_names(self, node: Node) -> list[tuple[str, Val]]:
        out: list[tuple[str, Val]] = []
        params = node.child_by_field_name("parameters")
        if params is not None:
            for param in params.named_children:
                if param.type not in ("parameter_declaration", "variadic_parameter_declaration"):
                    continue
                value = self._param_value(self.text(param.child_by_field_name("type")))
                for name in param.children_by_field_name("name"):
                    out.append((self.text(name), value))
        return out

    def function(self, node: Node, outer: dict[str, Val],
                 args: list[Val] | None = None) -> Val:
        env = dict(outer)
        for i, (name, default) in enumerate(self._param_names(node)):
            env[name] = args[i] if args is not None and i < len(args) else default
        saved, self.returns = self.returns, []
        body = node.child_by_field_name("body")
        if body is not None:
            self.block(body, env)
        result = merge(self.returns) if self.returns else Val(CONST)
        self.returns = saved
        return result

    def call_function(self, name: str, args: list[Val]) -> Val | None:
        node = self.functions.get(name)
        if node is None:
            return None
        key = (node.start_byte, tuple((a.level, a.clean, a.kind) for a in args))
        if key in self.summaries:
            return self.summaries[key]
        if node.start_byte in self.active or len(self.active) >= 4:
            return merge(args) if args else UNKNOWN_VAL
        self.active.add(node.start_byte)
        try:
            value = self.function(node, {}, args)
        finally:
            self.active.discard(node.start_byte)
        self.summaries[key] = value
        return value

    def _param_value(self, type_text: str) -> Val:
        t = type_text.replace(" ", "")
        pointer = "*" if t.startswith("*") else ""
        alias, dot, name = t.lstrip("*").partition(".")
        if dot and alias in self.imports:  # `g.Context` with `import g "github.com/gin-gonic/gin"`
            segments = [p for p in self.imports[alias].split("/")
                        if not (p.startswith("v") and p[1:].isdigit())]
            t = f"{pointer}{segments[-1]}.{name}"
        if t.endswith("http.Request"):
            return Val(SAFE, kind="request")
        if t.endswith("http.ResponseWriter"):
            return Val(SAFE, kind="writer")
        if t in ("*gin.Context", "echo.Context", "*fiber.Ctx", "*fasthttp.RequestCtx"):
            return Val(SAFE, kind="framework")
        if t in ("int", "int64", "int32", "uint", "uint64", "bool", "float64", "error",
                 "context.Context"):
            return SAFE_VAL
        return UNKNOWN_VAL

    # -- statements -----------------------------------------------------------------------
    def block(self, node: Node, env: dict[str, Val]) -> None:
        for child in node.named_children:
            if child.type == "statement_list":
                self.block(child, env)
            else:
                self.stmt(child, env)

    def stmt(self, node: Node, env: dict[str, Val]) -> None:
        t = node.type
        if t in ("block", "statement_list"):
            self.block(node, env)
        elif t == "short_var_declaration" or t == "assignment_statement":
            self._assign(node, env)
        elif t == "var_declaration":
            for spec in self.ctx.walk(node):
                if spec.type != "var_spec":
                    continue
                value_list = spec.child_by_field_name("value")
                values = [self.ev(v, env) for v in value_list.named_children] \
                    if value_list is not None else []
                names = spec.children_by_field_name("name")
                for i, name in enumerate(names):
                    v = values[i] if i < len(values) else (values[0] if values else const(""))
                    env[self.text(name)] = v
        elif t == "if_statement":
            init = node.child_by_field_name("initializer")
            if init is not None:
                self.stmt(init, env)
            cond = node.child_by_field_name("condition")
            self.ev(cond, env)
            self._guard(cond, env)
            outs = []
            for branch in (node.child_by_field_name("consequence"),
                           node.child_by_field_name("alternative")):
                benv = dict(env)
                if branch is not None:
                    self.stmt(branch, benv)
                outs.append(benv)
            replace_env(env, join_env(outs[0], outs[1]))
        elif t == "for_statement":
            for _ in range(2):
                lenv = dict(env)
                for child in node.named_children:
                    if child.type == "range_clause":
                        right = self.ev(child.child_by_field_name("right"), lenv)
                        left = child.child_by_field_name("left")
                        if left is not None:
                            names = left.named_children
                            for i, name in enumerate(names):
                                lenv[self.text(name)] = right if i == len(names) - 1 or len(
                                    names) == 1 else SAFE_VAL
                    elif child.type == "for_clause":
                        for part in child.named_children:
                            self.stmt(part, lenv)
                    elif child.type == "block":
                        self.block(child, lenv)
                    else:
                        self.ev(child, lenv)
                replace_env(env, join_env(env, lenv))
        elif t in ("expression_switch_statement", "type_switch_statement", "select_statement"):
            init = node.child_by_field_name("initializer")
            if init is not None:
                self.stmt(init, env)
            value = node.child_by_field_name("value")
            if value is not None:
                v = self.ev(value, env)
                alias = node.child_by_field_name("alias")
                if alias is not None:
                    for name in alias.named_children:
                        env[self.text(name)] = v
            outs = [dict(env)]
            for case in node.named_children:
                if case.type in ("expression_case", "default_case", "type_case",
                                 "communication_case"):
                    cenv = dict(env)
                    for child in case.named_children:
                        if child.type == "statement_list":
                            self.block(child, cenv)
                    outs.append(cenv)
            joined = outs[0]
            for other in outs[1:]:
                joined = join_env(joined, other)
            replace_env(env, joined)
        elif t == "return_statement":
            values = [self.ev(child, env) for child in self._flat(node)]
            # `return v, err`: the first result is the data
            self.returns.append(values[0] if values else Val(CONST))
        elif t in ("expression_statement", "go_statement",
                   "defer_statement", "send_statement", "inc_statement", "dec_statement"):
            for child in node.named_children:
                self.ev(child, env)
        elif t == "labeled_statement":
            for child in node.named_children:
                self.stmt(child, env)
        elif t.endswith("comment") or t in ("const_declaration", "type_declaration",
                                            "empty_statement", "break_statement",
                                            "continue_statement", "goto_statement",
                                            "fallthrough_statement"):
            return
        else:
            self.ev(node, env)

    @staticmethod
    def _flat(node: Node) -> list[Node]:
        out: list[Node] = []
        for child in node.named_children:
            out.extend(child.named_children if child.type == "expression_list" else [child])
        return out

    def _guard(self, cond: Node | None, env: dict[str, Val]) -> None:
        """`strings.HasPrefix(p, base)` in a condition: `p` was checked against a base."""
        if cond is None:
            return
        for node in self.ctx.walk(cond):
            if node.type == "call_expression" and self.qualified(node) == "strings.HasPrefix":
                args = node.child_by_field_name("arguments")
                first = args.named_children[0] if args is not None and args.named_children \
                    else None
                if first is not None and first.type == "identifier" and self.text(first) in env:
                    # a containment check on a path derived from the input (its real or
                    # absolute form) vouches for the paths of this function
                    for var, v in list(env.items()):
                        if v.tainted:
                            env[var] = Val(v.level, v.const, clean=v.clean | {"pathtraver"},
                                           kind=v.kind)

    def _assign(self, node: Node, env: dict[str, Val]) -> None:
        left = node.child_by_field_name("left")
        right = node.child_by_field_name("right")
        if left is None or right is None:
            return
        values = [self.ev(v, env) for v in right.named_children]
        names = left.named_children
        op = self.text(node.child_by_field_name("operator"))
        for i, target in enumerate(names):
            if len(values) == len(names):
                v = values[i]
            else:
                v = values[0] if values else UNKNOWN_VAL
                if i > 0:  # `v, err := f()`, `v, ok := m[k]`: the extra results are not data
                    v = SAFE_VAL if v.level > CONST else Val(CONST)
            if target.type == "identifier":
                name = self.text(target)
                if name in ("err", "ok", "_"):
                    continue
                if op == "+=" and name in env:
                    v = merge([env[name], v])
                env[name] = v
            elif target.type in ("index_expression", "selector_expression"):
                base = target.child_by_field_name("operand")
                if base is not None and base.type == "identifier" and self.text(base) in env:
                    env[self.text(base)] = merge([env[self.text(base)], v]) if env[
                        self.text(base)].level > CONST or v.level > CONST else env[
                        self.text(base)]

    # -- expressions ----------------------------------------------------------------------
    def ev(self, node: Node | None, env: dict[str, Val]) -> Val:
        if node is None:
            return UNKNOWN_VAL
        t = node.type
        if t in ("interpreted_string_literal", "raw_string_literal"):
            return const(self.text(node)[1:-1])
        if t in ("int_literal", "float_literal", "rune_literal", "imaginary_literal", "true",
                 "false", "nil", "iota"):
            return Val(CONST)
        if t == "identifier":
            name = self.text(node)
            if name in env:
                return env[name]
            return Val(CONST) if name[:1].isupper() or name in self.imports else UNKNOWN_VAL
        if t == "selector_expression":
            return self._selector(node, env)
        if t == "call_expression":
            return self._call(node, env)
        if t == "binary_expression":
            left = self.ev(node.child_by_field_name("left"), env)
            right = self.ev(node.child_by_field_name("right"), env)
            op = self.text(node.child_by_field_name("operator"))
            if op == "+":
                if left.known and right.known and isinstance(left.const, str) \
                        and isinstance(right.const, str):
                    return const(left.const + right.const)
                return merge([left, right])
            return Val(CONST) if left.level == CONST and right.level == CONST else SAFE_VAL
        if t in ("parenthesized_expression", "type_conversion_expression",
                 "type_assertion_expression"):
            operand = node.child_by_field_name("operand")
            if operand is None and node.named_children:
                operand = node.named_children[-1] if t == "parenthesized_expression" else \
                    node.named_children[0]
            return self.ev(operand, env)
        if t == "unary_expression":
            return self.ev(node.child_by_field_name("operand"), env)
        if t in ("index_expression", "slice_expression"):
            base = self.ev(node.child_by_field_name("operand"), env)
            for child in node.named_children[1:]:
                self.ev(child, env)
            return base
        if t == "composite_literal":
            body = node.child_by_field_name("body")
            parts: list[Val] = []
            if body is not None:
                for element in self.ctx.walk(body):
                    if element.type == "literal_element" and element.parent is not None \
                            and not (element.parent.type == "keyed_element"
                                     and element.parent.named_children[0] == element):
                        parts.extend(self.ev(c, env) for c in element.named_children)
            return merge(parts) if parts else Val(CONST)
        if t == "func_literal":
            self.function(node, env)
            return Val(CONST)
        for child in node.named_children:
            self.ev(child, env)
        return UNKNOWN_VAL

    def _selector(self, node: Node, env: dict[str, Val]) -> Val:
        operand_node = node.child_by_field_name("operand")
        field_name = self.text(node.child_by_field_name("field"))
        if operand_node is not None and operand_node.type == "identifier" \
                and self.text(operand_node) in self.imports and self.text(
                    operand_node) not in env:
            if self.imports[self.text(operand_node)] == "os" and field_name == "Args":
                # a command-line tool opening the files its user names is its job: os.Args
                # is a source for commands, SQL, HTML..., not for paths
                return Val(TAINTED, clean=frozenset({"pathtraver"}))
            return Val(CONST)
        operand = self.ev(operand_node, env)
        if operand.kind == "request":
            return SAFE_VAL if field_name in _REQUEST_SAFE_FIELDS else TAINTED_VAL
        return operand if operand.level == TAINTED else Val(operand.level)

    def _call(self, node: Node, env: dict[str, Val]) -> Val:
        fn = node.child_by_field_name("function")
        args_node = node.child_by_field_name("arguments")
        arg_nodes = list(args_node.named_children) if args_node is not None else []
        args = [self.ev(a, env) for a in arg_nodes if a.type not in ("type_identifier",)]
        receiver: Val | None = None
        method = ""
        operand_node = None
        if fn is not None and fn.type == "selector_expression":
            method = self.text(fn.child_by_field_name("field"))
            operand_node = fn.child_by_field_name("operand")
            is_package = operand_node is not None and operand_node.type == "identifier" \
                and self.text(operand_node) in self.imports \
                and self.text(operand_node) not in env
            if not is_package:
                receiver = self.ev(operand_node, env)
        self.out._record(node, receiver, args)
        name = self.qualified(node)
        # sources
        if receiver is not None and receiver.kind == "request" and method in _REQUEST_METHODS:
            return TAINTED_VAL
        if receiver is not None and receiver.kind == "framework":
            if method in _FRAMEWORK_SOURCES:
                return TAINTED_VAL
            if method.startswith(_BINDERS):
                for arg in arg_nodes:
                    target = arg.child_by_field_name("operand") if arg.type == \
                        "unary_expression" else arg
                    if target is not None and target.type == "identifier":
                        env[self.text(target)] = TAINTED_VAL
                return SAFE_VAL
        if name in ("mux.Vars", "chi.URLParam", "chi.URLParamFromCtx", "pat.Param",
                    "httprouter.ParamsFromContext") or (
                method == "ByName" and receiver is not None):
            return TAINTED_VAL
        if method == "Decode" and receiver is not None and receiver.tainted:
            for arg in arg_nodes:  # json.NewDecoder(r.Body).Decode(&v)
                target = arg.child_by_field_name("operand") if arg.type == \
                    "unary_expression" else arg
                if target is not None and target.type == "identifier":
                    env[self.text(target)] = TAINTED_VAL
            return SAFE_VAL
        if name in ("json.Unmarshal", "xml.Unmarshal", "yaml.Unmarshal") and len(arg_nodes) == 2 \
                and args and args[0].tainted:
            target = arg_nodes[1].child_by_field_name("operand") if arg_nodes[1].type == \
                "unary_expression" else arg_nodes[1]
            if target is not None and target.type == "identifier":
                env[self.text(target)] = TAINTED_VAL
            return SAFE_VAL
        if name.endswith((".Read", ".ReadFull")) or method in ("Read", "ReadFull"):
            for arg in arg_nodes:  # rand.Read(buf), io.ReadFull(rand.Reader, buf): buf is data
                if arg.type == "identifier" and self.text(arg) in env \
                        and env[self.text(arg)].level == CONST:
                    env[self.text(arg)] = SAFE_VAL
        if name in _SAFE_FUNCS:
            return SAFE_VAL if any(a.level > CONST for a in args) else Val(CONST)
        if name in ("strings.ReplaceAll", "strings.Replace") and args and args[0].tainted \
                and len(args) > 1 and args[1].known and str(args[1].const) in ("\\n", "\\r"):
            return Val(TAINTED, clean=args[0].clean | {"log"})  # CR/LF neutralised
        if name in ("strconv.Quote", "strconv.QuoteToASCII"):
            base = merge(args)
            return Val(base.level, clean=base.clean | {"log"}) if base.tainted else base
        if name in _SANITIZERS:
            base = merge(args)
            if base.tainted:
                return Val(TAINTED, clean=base.clean | _SANITIZERS[name])
            return Val(SAFE) if base.level > CONST else base
        if receiver is not None and receiver.kind in ("writer",) and not method:
            return SAFE_VAL
        if fn is not None and fn.type == "identifier" and self.text(fn) in ("make", "new") \
                and self.text(fn) not in self.functions:
            return Val(CONST)  # zeroed memory: its arguments are sizes, not contents
        if fn is not None and fn.type == "identifier":
            result = self.call_function(self.text(fn), args)
            if result is not None:
                return result
        inputs = list(args) + ([receiver] if receiver is not None else [])
        value = merge(inputs) if inputs else Val(CONST)
        if value.level == CONST and fn is not None and fn.type == "identifier" \
                and self.text(fn) not in ("string", "len", "append", "make", "new"):
            return UNKNOWN_VAL  # a function we do not follow
        if receiver is not None and receiver.kind and not value.tainted:
            return SAFE_VAL
        if value.level == CONST and name.startswith(("fmt.", "strings.", "strconv.", "path.",
                                                     "filepath.", "url.", "base64.", "hex.")):
            return Val(CONST)
        if value.level == CONST and receiver is None:
            return Val(CONST) if name.split(".")[0] in ("os",) else UNKNOWN_VAL
        return value


def go_taint(ctx: FileContext) -> GoTaint:
    """The file's taint facts, computed once and cached in the file context."""
    cached = ctx.cache.get("taint.go")
    if cached is None:
        try:
            cached = _Interpreter(ctx).run() if ctx.tree is not None else GoTaint()
        except RecursionError:  # pathologically deep expressions: give up on this file
            cached = GoTaint()
        ctx.cache["taint.go"] = cached
    assert isinstance(cached, GoTaint)
    return cached


__all__ = ["CONST", "SAFE", "TAINTED", "UNKNOWN", "GoTaint", "Val", "go_call_name",
           "go_imports", "go_taint"]
