"""Python calls on the core's values: model lookups (sources, sanitizers, propagators), local
and project functions, builtins, string methods (folded) and container mutations."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from tree_sitter import Node

from vigilint import lazyre
from vigilint.analyzers.context import FileContext
from vigilint.analyzers.dataflow.calls import (
    MethodFacts,
    looks_like_sanitizer,
    sanitizer_kinds_by_name,
)
from vigilint.analyzers.dataflow.flow import FunctionState
from vigilint.analyzers.dataflow.guards import REDIRECT as _REDIRECT
from vigilint.analyzers.dataflow.kinds import ALL_KINDS, HTTP
from vigilint.analyzers.dataflow.python.expressions import PythonExpressions
from vigilint.analyzers.dataflow.summary import Summary
from vigilint.analyzers.dataflow.value import (
    CLEAN,
    LITERAL,
    NOCONST,
    NORMALIZED,
    UPLOAD,
    UPLOADS,
    Value,
    const,
    decoded,
    merge,
    request_objects_unknown,
    sanitized,
    store,
    with_facts,
)
from vigilint.analyzers.languages import compile_query, query_cursor

_CONTAINER_BUILTINS = frozenset({"dict", "list", "tuple", "set", "str", "bytes", "frozenset",
                                 "sorted", "reversed"})
_BUILTINS = _CONTAINER_BUILTINS
_FOLDED_STR_METHODS = frozenset({"lower", "upper", "strip", "lstrip", "rstrip", "replace",
                                 "title", "capitalize", "casefold", "split", "encode",
                                 "removeprefix", "removesuffix"})
_QUOTES = ("'", '"')
# Decoders turn text that could not hold a line break (a header value) into text that can.
_DECODERS = frozenset({
    "base64.b64decode", "base64.standard_b64decode", "base64.urlsafe_b64decode",
    "base64.b32decode", "base64.b16decode", "base64.a85decode", "base64.b85decode",
    "base64.decodebytes", "binascii.a2b_base64", "binascii.unhexlify", "binascii.a2b_hex",
    "urllib.parse.unquote", "urllib.parse.unquote_plus", "urllib.parse.unquote_to_bytes",
    "urllib.parse.parse_qs", "urllib.parse.parse_qsl", "html.unescape", "json.loads",
    "codecs.decode", "quopri.decodestring", "email.header.decode_header",
    "email.utils.decode_rfc2231", "email.utils.collapse_rfc2231_value", "bytes.fromhex",
})
_LINE_KINDS = frozenset({"log"})
# a function vigilint knows nothing of but whose name says it decodes or parses its input
# (`parse_authorization_header`, `jwt.decode`, `unquote_header_value`, `from_base64`)
_DECODER_NAME = lazyre.compile(r"(?i)decod|unquot|unescap|pars|loads|unpack|b64|base64|unhex|"
                               r"fromhex")  # what a header value is clean for (`expressions.attribute`)
_LINE_BREAKS = ("\n", "\r", "\r\n")
_ENUM_BASES = lazyre.compile(r"\b(Enum|IntEnum|StrEnum|Flag|IntFlag)\b")


def enum_classes(ctx: FileContext) -> frozenset[str]:
    """Names of the file's `Enum` subclasses: `Color(value)` is a member or an error, so its
    result carries no attacker text (an enum conversion cleans every kind)."""
    found: frozenset[str] | None = ctx.cache.get("dataflow.python.enums")
    if found is None:
        names = set()
        if ctx.tree is not None and ("Enum" in ctx.text or "Flag" in ctx.text):
            query = compile_query("python", "(class_definition superclasses: (_) @bases) @c")
            for _, caps in query_cursor(query).matches(ctx.tree.root_node):
                if _ENUM_BASES.search(ctx.node_text(caps["bases"][0])):
                    names.add(ctx.node_text(caps["c"][0].child_by_field_name("name")))
        found = frozenset(names)
        ctx.cache["dataflow.python.enums"] = found
    return found


def _keyed(pos_values: list[Value]) -> bool:
    """A literal string among a call's positional arguments (a field's name)."""
    return any(isinstance(v.const, str) for v in pos_values)


# a function that reads one field of a request by its name (`get_form_parameter`, `arg`)
_FIELD_READER = lazyre.compile(r"(?i)(param|arg|form|query|header|cookie|field|input|body|json)")


def _reader(short: str) -> bool:
    return _FIELD_READER.search(short) is not None


def _undecoded(values: list[Value]) -> Value:
    """What an unknown decoding function returns from `values`: a header value's guarantee (no
    line break) is not kept."""
    return decoded(merge(values), _LINE_KINDS)


# a declared parameter type that names a class (`sociallogin: SocialLogin`, `m.Order`)
_CLASS_TYPE = lazyre.compile(r"^(?:[A-Za-z_]\w*\.)*[A-Z]\w*$")


class PythonCalls(PythonExpressions):
    """The call half of the Python interpreter."""

    # parameter name -> its declared class (resolved through imports), of the function run
    declared: dict[str, str] = {}  # noqa: RUF012 (replaced per interpreter, never mutated)

    def local_function(self, name: str) -> FunctionState | None:
        return self.state.functions.get(name)

    def call(self, node: Node) -> Value:
        function = node.child_by_field_name("function")
        args_node = node.child_by_field_name("arguments")
        arg_nodes = list(args_node.named_children) if args_node is not None else []
        if args_node is not None and args_node.type == "generator_expression":
            arg_nodes = [args_node]
        positional = [a for a in arg_nodes if a.type not in ("keyword_argument", "comment")]
        keywords = {self.text(a.child_by_field_name("name")): a.child_by_field_name("value")
                    for a in arg_nodes if a.type == "keyword_argument"}
        if function is not None and function.type == "attribute":
            self.expr(function.child_by_field_name("object"))  # evaluated whatever the call is
        arg_values = [self.expr(a) for a in arg_nodes if a.type != "comment"]
        pos_values = [self.value_of(a) for a in positional]
        name = self.qname(function) or ""
        short = self.text(function.child_by_field_name("attribute")) \
            if function is not None and function.type == "attribute" else name.rsplit(".", 1)[-1]
        calls = self.calls
        if function is not None and function.type == "identifier":
            local = self.local_function(self.text(function))
            if local is not None and name == self.text(function):
                return self.call_local(local, pos_values, self.offset(local),
                                       self.keyword_values(keywords))
        facts = calls.by_name.get(name)
        method_facts = calls.by_method.get(short)
        prop = facts.propagator if facts is not None else None
        if facts is not None:
            if facts.source:
                return self.source_value(facts.source, node, f"`{name}()`")
            if prop is not None and prop.flow == "none":
                return CLEAN  # a file or socket: its content is not the caller's input
        if method_facts is not None:
            prop_m = method_facts.propagator
            if prop_m is not None and prop_m.flow == "data":
                inputs = list(arg_values)
                receiver = function.child_by_field_name("object") if function is not None \
                    else None
                if receiver is not None:
                    inputs.append(self.value_of(receiver))
                merged = merge(inputs)
                return merged if merged.labels else CLEAN  # data from outside: not a literal
        if name in _DECODERS:
            return decoded(merge(arg_values), _LINE_KINDS)
        # sanitizers
        san = facts.sanitizer if facts is not None else None
        if san is not None:
            if san.kinds >= ALL_KINDS:
                return LITERAL
            chosen = arg_values if san.arg == "*" else \
                pos_values[san.arg:san.arg + 1] if isinstance(san.arg, int) else []
            base = merge(chosen)
            if san.arg == "*":
                return replace(base, clean=base.clean | san.kinds) if base.labels else CLEAN
            return sanitized(base, san.kinds)
        san_m = method_facts.sanitizer if method_facts is not None else None
        if san_m is not None:
            base = merge(arg_values)
            return replace(base, clean=base.clean | san_m.kinds) if base.labels else CLEAN
        if prop is not None and prop.facts:
            return with_facts(merge(pos_values), *prop.facts)
        if self.project is not None and name not in self.state.functions:
            summary = self.project_summary(name)
            if summary is not None:
                return self.apply_summary(summary, pos_values, node)
        if name in _BUILTINS:
            builtin = self.builtin(name, pos_values)
            if builtin is not None:
                return builtin
        if prop is not None and prop.flow == "container":
            return Value(items=())
        method_summary = self.declared_method(function, short)
        if method_summary is not None and function is not None:
            # `sociallogin.get_redirect_url(request)` with `sociallogin: SocialLogin`: the
            # method of the project's class, `self` first
            receiver = function.child_by_field_name("object")
            first = [self.value_of(receiver)] if receiver is not None and \
                method_summary.params and method_summary.params[0] in ("self", "cls") else []
            return self.apply_summary(method_summary, [*first, *pos_values], node)
        if function is not None and function.type == "attribute":
            return self.method_call(node, function, name, short, pos_values, arg_values, keywords,
                                    method_facts)
        if function is not None and function.type == "identifier" and \
                name in enum_classes(self.ctx):
            return LITERAL
        if looks_like_sanitizer(short):
            return sanitized(merge(arg_values), sanitizer_kinds_by_name(short))
        if facts is None:
            arg_values = request_objects_unknown(arg_values, _keyed(pos_values),
                                                 _reader(short))
        # a function nothing is known of, named for decoding or parsing, may decode its input
        result = _undecoded(arg_values) if facts is None and _DECODER_NAME.search(short) \
            else merge(arg_values)
        typed = facts.result_type if facts is not None else ""
        return replace(result, type=typed) if typed else result

    def declared_method(self, function: Node | None, method: str) -> Summary | None:
        """The project summary of `param.method` when the parameter's declared type is a
        class of another file of the scan."""
        if self.project is None or function is None or function.type != "attribute":
            return None
        receiver = function.child_by_field_name("object")
        if receiver is None or receiver.type != "identifier":
            return None
        declared = self.declared.get(self.text(receiver), "")
        if not declared or not _CLASS_TYPE.match(declared):
            return None
        return self.project_summary(f"{declared}.{method}")

    def keyword_values(self, keywords: dict[str, Node | None]) -> dict[str, Value]:
        return {name: self.value_of(node) for name, node in keywords.items() if node is not None}

    @staticmethod
    def offset(info: FunctionState) -> int:
        return 1 if info.params and info.params[0] in ("self", "cls") else 0

    def builtin(self, name: str, pos_values: list[Value]) -> Value | None:
        """`str()`, `dict()`, `list()` and friends keep or drop structure."""
        if name == "str" and pos_values and pos_values[0].const is not NOCONST and \
                isinstance(pos_values[0].const, (int, float, str)):
            return const(str(pos_values[0].const))
        if name == "str" and len(pos_values) == 1 and pos_values[0].all_labels():
            return sanitized(merge(pos_values), frozenset({"nosql"}))  # a string, not an object
        if name in _CONTAINER_BUILTINS and len(pos_values) == 1:
            v = pos_values[0]
            return v if (v.items is not None or v.seq is not None) else merge([v])
        return None

    def method_call(self, node: Node, function: Node, name: str, method: str,
                    pos_values: list[Value], arg_values: list[Value],
                    keywords: dict[str, Node | None], method_facts: MethodFacts | None) -> Value:
        calls = self.calls
        obj_node = function.child_by_field_name("object")
        obj = self.value_of(obj_node) if obj_node is not None else CLEAN
        prop_m = method_facts.propagator if method_facts is not None else None
        if prop_m is not None and NORMALIZED in prop_m.facts and obj_node is not None:
            return with_facts(merge([obj]), *prop_m.facts)
        if obj_node is not None:
            is_request, src = self.request_object(obj_node)
            if is_request and (calls.member_of_request(src, method) == "tainted"
                               or method in ("get_json", "get_data", "query")):
                value = self.source_value(HTTP, node, f"`{self.text(function)}()`")
                if calls.local_url_member(src, method):
                    if pos_values:
                        # `build_absolute_uri(reverse("cb"))`: the location on the site's
                        # checked host; the location's origin is the result's
                        return merge(pos_values)
                    return sanitized(value, _REDIRECT)  # `get_full_path()`: stays on the site
                return value
        if prop_m is not None and prop_m.flow == "literal":
            return LITERAL
        if prop_m is not None and prop_m.flow == "none":
            return CLEAN
        if method == "replace" and len(pos_values) == 2 and obj.all_labels() and \
                pos_values[0].const in _LINE_BREAKS:
            base = merge([obj])
            return replace(base, clean=base.clean | {"log", "header"})
        if method == "replace" and len(pos_values) == 2 and obj.all_labels() and \
                pos_values[0].const in _QUOTES and isinstance(pos_values[1].const, str) \
                and pos_values[0].const not in pos_values[1].const.replace(
                    pos_values[0].const * 2, ""):
            base = merge([obj])
            return replace(base, clean=base.clean | {"xpath", "sql"})
        if looks_like_sanitizer(method) and not self.local_function(method):
            return sanitized(merge(pos_values or [obj]), sanitizer_kinds_by_name(method))
        if method == "urlencode" and not self.local_function(method):
            # a query string (`params.urlencode()`): keys and values percent-encoded, so it
            # starts with no `//host` or `scheme:` a redirect could follow
            return sanitized(merge([obj, *arg_values]), _REDIRECT)
        var = obj_node is not None and obj_node.type == "identifier" and \
            self.text(obj_node) in self.env
        if var and obj_node is not None:
            mutated = self.mutate(self.text(obj_node), method, pos_values)
            if mutated is not None:
                return mutated
        if obj.type == UPLOADS and method in ("get", "getlist", "__getitem__"):
            return replace(merge([obj]), type=UPLOAD)  # request.files.get("f")
        if method in ("get", "getint", "getfloat", "getboolean", "__getitem__") and \
                (obj.items is not None or obj.seq is not None):
            return self.container_get(obj, method, pos_values, keywords)
        if method in ("keys", "values", "items", "copy") and obj.items is not None:
            return merge([obj])
        if method == "format":
            return merge([obj, *arg_values])
        if method == "join" and not (obj_node is not None and self.is_module(obj_node)):
            elems = pos_values[0] if pos_values else CLEAN
            if obj.const is not NOCONST and elems.const is not NOCONST:
                try:
                    return const(obj.const.join(elems.const))
                except (TypeError, AttributeError):
                    return CLEAN
            return merge([obj, elems])
        local = self.local_function(method) if obj_node is not None and \
            self.text(obj_node) in ("self", "cls") else None
        if local is not None:
            return self.call_local(local, pos_values, self.offset(local),
                                   self.keyword_values(keywords))
        if obj.const is not NOCONST and all(v.const is not NOCONST for v in pos_values) and \
                isinstance(obj.const, str) and method in _FOLDED_STR_METHODS:
            try:
                result = getattr(obj.const, method)(*[v.const for v in pos_values])
                if isinstance(result, (str, bytes)) or (isinstance(result, list)
                                                        and len(result) < 64):
                    return const(result)
            except (TypeError, ValueError, AttributeError):
                pass
        if method == "decode" and isinstance(obj.const, bytes):
            try:
                return const(obj.const.decode())
            except UnicodeDecodeError:
                return CLEAN
        if method_facts is None and calls.by_name.get(name) is None:
            # a method nothing is known of: a whole request object in makes no request data
            keyed, reader = _keyed(pos_values), _reader(method)
            obj = request_objects_unknown([obj], keyed, reader)[0]
            arg_values = request_objects_unknown(arg_values, keyed, reader)
        if obj_node is not None and self.is_module(obj_node):
            result = (_undecoded(arg_values) if _DECODER_NAME.search(method)
                      else merge(arg_values)) if arg_values else CLEAN
            typed = calls.result_type(name) if name else ""
            return replace(result, type=typed) if typed else result
        result = merge([obj, _undecoded(arg_values) if _DECODER_NAME.search(method)
                        else merge(arg_values)]) if arg_values else merge([obj])
        typed = calls.result_type(f"{obj.type}.{method}") if obj.type else ""
        return replace(result, type=typed) if typed else result

    def container_get(self, obj: Value, method: str, pos_values: list[Value],
                      keywords: dict[str, Node | None]) -> Value:
        consts = [v.const for v in pos_values]
        if method == "get" and len(pos_values) >= 1 and obj.items is not None:
            k2: Any = tuple(consts) if len(consts) >= 2 and all(c is not NOCONST for c in consts) \
                else NOCONST
            for key in ([k2] if k2 is not NOCONST else []) + [consts[0]]:
                if key is NOCONST:
                    continue
                got = obj.item(key)
                if got is not None:
                    return got
            if consts and consts[0] is not NOCONST and not obj.rest and not obj.labels:
                default = keywords.get("fallback")
                rest = pos_values[1:2] if len(pos_values) == 2 and k2 is NOCONST else []
                return merge(rest + ([self.value_of(default)] if default else []))
        if method != "get":
            return CLEAN
        return merge([obj, *pos_values[1:]])

    def mutate(self, obj_name: str, method: str, pos_values: list[Value]) -> Value | None:
        """Container mutations on a local variable (`lst.append(x)`, `d.update(...)`); the
        call's own value, or None when `method` is no mutation."""
        base = self.env[obj_name]
        if method in ("write", "writelines") and pos_values:
            self.env[obj_name] = store(base, NOCONST, pos_values[0])
            return CLEAN
        if method in ("append", "add") and pos_values:
            if base.seq is not None and method == "append":
                self.env[obj_name] = replace(base, seq=(*base.seq, pos_values[0]), const=NOCONST)
            else:
                self.env[obj_name] = store(base, NOCONST, pos_values[0])
            return CLEAN
        if method == "insert" and len(pos_values) == 2:
            idx = pos_values[0].const
            if base.seq is not None and isinstance(idx, int):
                seq = list(base.seq)
                seq.insert(idx, pos_values[1])
                self.env[obj_name] = replace(base, seq=tuple(seq), const=NOCONST)
            else:
                self.env[obj_name] = store(base, NOCONST, pos_values[1])
            return CLEAN
        if method == "extend" and pos_values:
            if base.seq is not None and pos_values[0].seq is not None:
                self.env[obj_name] = replace(base, seq=base.seq + pos_values[0].seq,
                                             const=NOCONST)
            else:
                self.env[obj_name] = store(base, NOCONST, pos_values[0])
            return CLEAN
        if method == "pop":
            idx = pos_values[0].const if pos_values else -1
            if base.seq is not None and isinstance(idx, int) and \
                    -len(base.seq) <= idx < len(base.seq):
                seq = list(base.seq)
                popped = seq.pop(idx)
                self.env[obj_name] = replace(base, seq=tuple(seq), const=NOCONST)
                return popped
            if base.items is not None and pos_values and pos_values[0].const is not NOCONST:
                got = base.item(pos_values[0].const)
                return got if got is not None else merge(pos_values[1:2])
            return merge([base])
        if method == "update" and pos_values:
            new = pos_values[0]
            if base.items is not None and new.items is not None:
                for k, v in new.items:
                    base = store(base, k, v)
                self.env[obj_name] = base
            else:
                self.env[obj_name] = store(base, NOCONST, new)
            return CLEAN
        if method in ("set", "__setitem__", "setdefault", "put") and len(pos_values) >= 2:
            consts = [v.const for v in pos_values[:-1]]
            key: Any = tuple(consts) if all(c is not NOCONST for c in consts) else NOCONST
            if method in ("setdefault", "__setitem__"):
                key = consts[0] if consts[0] is not NOCONST else NOCONST
            self.env[obj_name] = store(base, key, pos_values[-1])
            return pos_values[-1] if method == "setdefault" else CLEAN
        if method == "add_section":
            return CLEAN
        return None
