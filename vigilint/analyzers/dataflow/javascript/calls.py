"""JavaScript calls on the core's values: local functions and methods, IIFEs and callbacks
(seeded from what the call passes them), route registrations, model lookups (sources,
request-object methods, sanitizers, propagators), project summaries, and the language's own
string, array, object and promise methods."""

from __future__ import annotations

import re
from dataclasses import replace

from tree_sitter import Node

from vigilint.analyzers.dataflow.calls import looks_like_sanitizer, sanitizer_kinds_by_name
from vigilint.analyzers.dataflow.flow import FunctionState
from vigilint.analyzers.dataflow.guards import URL_HOST, kept_chars_kinds
from vigilint.analyzers.dataflow.javascript.expressions import JSExpressions, sanitized_string
from vigilint.analyzers.dataflow.javascript.handlers import library_modules, request_source
from vigilint.analyzers.dataflow.kinds import ALL_KINDS, HTTP
from vigilint.analyzers.dataflow.value import (
    CLEAN,
    LITERAL,
    NOCONST,
    NORMALIZED,
    UPLOAD,
    Value,
    const,
    element_of,
    join,
    merge,
    request_objects_unknown,
    sanitized,
    store,
    with_facts,
)
from vigilint.analyzers.models import Route, Source, short_name
from vigilint.analyzers.syntax.javascript import FUNCTION_KINDS

# a function that reads one field of a request by its name (`getParam`, `readHeader`)
_FIELD_READER = re.compile(r"(?i)(param|arg|form|query|header|cookie|field|input|body|json)")
_ELEMENT_CALLBACKS = frozenset({"map", "forEach", "filter", "find", "findLast", "some", "every",
                                "flatMap", "sort", "findIndex", "findLastIndex"})
_DERIVED_CALLBACKS = frozenset({"then", "on", "once", "finally", "subscribe", "pipe"})
_KEEPS_RECEIVER = frozenset({"filter", "slice", "sort", "reverse", "concat", "flat", "find",
                             "findLast", "at", "trim", "trimStart", "trimEnd", "toLowerCase",
                             "toUpperCase", "toLocaleLowerCase", "toLocaleUpperCase",
                             "substring", "substr", "padStart", "padEnd", "normalize",
                             "repeat", "charAt", "split", "valueOf", "toString"})
_FOLDED = frozenset({"trim", "toLowerCase", "toUpperCase", "slice", "substring", "charAt",
                     "replace", "replaceAll", "split", "concat", "repeat", "padStart",
                     "padEnd", "trimStart", "trimEnd", "startsWith", "endsWith", "includes",
                     "indexOf", "join"})
_LINE_BREAK_CLASS = re.compile(r"^\[(\\r|\\n|\r|\n)+\]$|^(\\r\\n|\\r|\\n|\\r\?\\n)$|"
                               r"^\[\\r\\n\]\+?$|^\\s\+?$|^\[\\s\]\+?$")
_NEGATED_CLASS = re.compile(r"^\[\^([^\]]*)\]\+?$")
_HTML_CLASS = re.compile(r"^\[([^\]^][^\]]*)\]$")  # `[&<>"']`: the markup characters
_HTML = frozenset({"xss"})
_QUOTES = frozenset({"'", '"', "\\'", '\\"', "[\"']", "['\"]"})


def _class_chars(body: str) -> frozenset[str]:
    """The characters a simple regex class body names (ranges, \\w, \\d, escapes)."""
    out: set[str] = set()
    i = 0
    while i < len(body):
        ch = body[i]
        if ch == "\\" and i + 1 < len(body):
            nxt = body[i + 1]
            if nxt == "w":
                out.update("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")
            elif nxt == "d":
                out.update("0123456789")
            elif nxt == "s":
                out.update(" \t\r\n\f\v")
            else:
                out.add(nxt)
            i += 2
            continue
        if i + 2 < len(body) and body[i + 1] == "-":
            out.update(chr(c) for c in range(ord(ch), ord(body[i + 2]) + 1))
            i += 3
            continue
        out.add(ch)
        i += 1
    return frozenset(out)


class JSCalls(JSExpressions):
    """The call half of the JavaScript interpreter."""

    # -- local functions ----------------------------------------------------------------
    def local_function(self, name: str, at: Node) -> FunctionState | None:
        """The file's function of that name visible at `at` (the innermost enclosing one
        wins; module-level functions are visible everywhere)."""
        found = self.shared.by_name.get(name)
        if not found:
            return None
        if len(found) == 1:
            return found[0]
        best: FunctionState | None = None
        best_size = 1 << 62
        for info in found:
            fn = self.shared.defs.get(info.node.start_byte)
            scope = self.shared.sem.scope_of(info.node) if fn is not None else None
            if scope is None:
                continue
            if scope.start_byte <= at.start_byte < scope.end_byte and \
                    scope.end_byte - scope.start_byte < best_size:
                best, best_size = info, scope.end_byte - scope.start_byte
        return best

    def method_of_this(self, method: str, at: Node) -> FunctionState | None:
        fn = self.shared.sem.function_at(at)
        while fn is not None and not fn.class_name:
            fn = self.shared.sem.function_at(fn.node)
        if fn is None:
            return None
        return self.shared.methods.get((fn.class_name, method))

    # -- calls --------------------------------------------------------------------------
    def call(self, node: Node) -> Value:
        sem = self.shared.sem
        is_new = node.type == "new_expression"
        function = node.child_by_field_name("constructor" if is_new else "function")
        while function is not None and function.type == "parenthesized_expression" and \
                function.named_children:
            function = function.named_children[-1]
        receiver, method = sem.callee(node)
        args = sem.arguments(node)
        obj = self.expr(receiver) if receiver is not None else None
        if receiver is None and function is not None and function.type not in (
                "identifier", "import") and function.type not in FUNCTION_KINDS:
            self.expr(function)  # `make()(x)`, `new Function(src)()`: the callee runs first
        name = self.qname(function) if function is not None and function.type != "import" \
            else "import"
        if not name and function is not None:
            name = sem.required_module(function)
        if function is not None and function.type in FUNCTION_KINDS:  # an IIFE
            given: list[Value | None] = [self.expr(a) for a in args.positional
                                         if a.type not in FUNCTION_KINDS]
            return self.run_nested(function, given)
        route = None
        if not is_new and function is not None and function.type == "member_expression":
            route = self.shared.handlers.registration(name, method, obj.type if obj else "")
        elif not is_new and name:
            route = self.shared.handlers.registration(name, short_name(name), "")
        values: list[Value] = []
        callbacks: list[tuple[int, Node]] = []
        for i, arg in enumerate(args.nodes):
            if arg.type in FUNCTION_KINDS:
                callbacks.append((i, arg))
                values.append(CLEAN)
            else:
                value = self.expr(arg)
                values.append(value)
                if route is not None and arg.type == "identifier":
                    self.mark_handler(arg, route)
        results = [self.run_callback(fn, i, route, name, method, obj, values)
                   for i, fn in callbacks]
        for _, fn in callbacks:
            self.record(fn, CLEAN)
        pos_values = [v for v, a in zip(values, args.nodes, strict=True) if a.type != "spread_element"]
        return self.apply(node, function, name, method, receiver, obj, pos_values, values,
                          results, is_new)

    def mark_handler(self, arg: Node, route: Route) -> None:
        """`app.get(path, listUsers)`: the local function is a handler of that route."""
        info = self.local_function(self.text(arg), arg)
        if info is not None and not info.done:
            self.shared.handlers.route_of.setdefault(info.node.start_byte, route)

    def run_callback(self, fn: Node, index: int, route: Route | None, name: str, method: str,
                     obj: Value | None, values: list[Value]) -> Value:
        """Run a function argument now, its parameters seeded from the call: a route handler's
        request objects, an event listener's data source, or what the receiver passes (array
        elements, a promise's value)."""
        fn_def = self.shared.defs.get(fn.start_byte)
        if fn_def is None:
            return CLEAN
        if route is not None:
            self.shared.handlers.route_of.setdefault(fn.start_byte, route)
            return self.run_nested(fn)
        src = self.callback_source(name, method, obj, values)
        count = len(fn_def.params)
        if src is not None:
            seeds: list[Value | None] = [
                self.source_value(src.kind, p.node, f"`{p.name or self.text(p.node)}` "
                                  f"({short_name(name) or method} callback)")
                for p in fn_def.params]
            return self.run_nested(fn, seeds)
        if obj is not None and method in _ELEMENT_CALLBACKS:
            return self.run_nested(fn, [self.element(obj)] + [None] * (count - 1))
        if obj is not None and method in ("reduce", "reduceRight"):
            initial = values[1] if len(values) > 1 else CLEAN
            return self.run_nested(fn, [join(initial, element_of(obj)), element_of(obj)])
        if obj is not None and method in _DERIVED_CALLBACKS and (method == "then" or
                                                                 obj.all_labels()):
            return self.run_nested(fn, [merge([obj]) if method != "then" else obj] +
                                   [None] * (count - 1))
        return self.run_nested(fn)

    def callback_source(self, name: str, method: str, obj: Value | None,
                        values: list[Value]) -> Source | None:
        """An event listener whose data is input (`addEventListener("message", fn)`,
        `rl.question(q, fn)`), by the models' `callbacks`."""
        table = self.calls.models.source_callbacks
        if not table:
            return None
        event = values[0].const if values and isinstance(values[0].const, str) else None
        names = [n for n in (f"{obj.type}.{method}" if obj is not None and obj.type else "",
                             name) if n]
        for candidate in names:
            for key in (candidate, f"{candidate}:{event}" if event else ""):
                if key and key in table:
                    return table[key]
        for key in (f"{method}:{event}" if event else "", f"{method}:*"):
            src = table.get(key) if key else None
            if src is None:
                continue
            if key.endswith(":*") and event in src.safe:
                continue
            if key.endswith(":*") and not self.shared.sem.imports_any(
                    library_modules(self.ctx.language).get(src.library, ())):
                continue
            return src
        return None

    def apply(self, node: Node, function: Node | None, name: str, method: str,
              receiver: Node | None, obj: Value | None, pos_values: list[Value],
              arg_values: list[Value], results: list[Value], is_new: bool) -> Value:
        calls = self.calls
        if function is not None and function.type == "identifier" and not is_new:
            local = self.local_function(self.text(function), node) \
                if self.text(function) not in self.env or name == self.text(function) else None
            if local is not None:
                return self.call_local(local, pos_values)
        if receiver is not None and receiver.type == "this" and not is_new:
            local = self.method_of_this(method, node)
            if local is not None:
                return self.call_local(local, pos_values)
        facts = calls.by_name.get(name)
        method_facts = calls.by_method.get(method) if receiver is not None else None
        if facts is not None and facts.source:
            shown = self.text(function) if function is not None else name
            return self.source_value(facts.source, node, f"`{shown}()`")
        if obj is not None and obj.type:
            src = request_source(calls, obj.type)
            if src is not None:
                member = calls.member_of_request(src, method)
                if member == "safe":
                    return CLEAN
                return self.source_value(HTTP, node, f"`{self.text(node.child_by_field_name('function'))}()`")
        prop = facts.propagator if facts is not None else None
        if prop is not None and prop.flow == "none":
            return CLEAN
        san = facts.sanitizer if facts is not None else None
        if san is not None:
            if san.kinds >= ALL_KINDS:
                return LITERAL
            chosen = arg_values if san.arg == "*" else \
                pos_values[san.arg:san.arg + 1] if isinstance(san.arg, int) else []
            return sanitized(merge(chosen), san.kinds)
        prop_m = method_facts.propagator if method_facts is not None else None
        san_m = method_facts.sanitizer if method_facts is not None else None
        if san_m is not None and not (obj is not None and obj.type):
            base = merge([*arg_values, *([obj] if obj is not None else [])])
            return LITERAL if san_m.kinds >= ALL_KINDS else sanitized(base, san_m.kinds)
        if prop is not None and prop.facts:
            return with_facts(merge(pos_values), *prop.facts)
        if prop_m is not None and NORMALIZED in prop_m.facts and obj is not None:
            return with_facts(merge([obj]), *prop_m.facts)
        if prop_m is not None and prop_m.flow == "literal":
            return LITERAL
        if prop_m is not None and prop_m.flow == "none":
            return CLEAN
        if self.project is not None and name and name not in self.shared.by_name:
            summary = self.project_summary(name)
            if summary is not None:
                return self.apply_summary(summary, pos_values, node)
        if obj is not None and receiver is not None:
            builtin = self.method(node, receiver, obj, method, pos_values, arg_values, results)
            if builtin is not None:
                return builtin
        if is_new and name in ("URL", "url.URL"):
            url = self.url_constructor(node, pos_values)
            if url is not None:
                return url
        global_ = self.global_call(name, pos_values, results)
        if global_ is not None:
            return global_
        if facts is None and method_facts is None and not self.imported(function):
            # a function nothing is known of, not imported (a callback the application passed
            # in, an adapter object's method), given a whole request object (`getBody(req)`,
            # `this.adapter.describe(req)`): an object or text the application made of it, of
            # unknown origin, not the request's data; a field's name passed too
            # (`param(req, "next")`) keeps it the request's data. An imported function
            # (`getRawBody(req)`, `parse.json(ctx)`) may read the request's body: kept.
            keyed = any(isinstance(v.const, str) for v in pos_values)
            reader = _FIELD_READER.search(method or name) is not None
            if obj is not None:
                obj = request_objects_unknown([obj], keyed, reader, self.whole_request)[0]
            arg_values = request_objects_unknown(arg_values, keyed, reader, self.whole_request)
        if looks_like_sanitizer(method):
            return sanitized(merge([*arg_values, *([obj] if obj is not None else [])]),
                             sanitizer_kinds_by_name(method))
        result = merge([*([obj] if obj is not None and not self.is_module(receiver) else []),
                        *arg_values, *results])
        if result.is_literal and not (obj is not None and obj.has_const):
            result = CLEAN  # what an unknown function returns is not known to be constant
        typed = facts.result_type if facts is not None else ""
        if not typed and obj is not None and obj.type:
            typed = calls.result_type(f"{obj.type}.{method}")
        if not typed and is_new and name and name.rsplit(".", 1)[-1][:1].isupper() and \
                "." in name:
            typed = name
        return replace(result, type=typed) if typed else result

    def imported(self, function: Node | None) -> bool:
        """The callee is an imported name or a member of one (`getRawBody`, `parse.json`)."""
        if function is None:
            return False
        while function.type in ("member_expression", "call_expression", "subscript_expression"):
            inner = function.child_by_field_name("object") or \
                function.child_by_field_name("function")
            if inner is None:
                return False
            function = inner
        return function.type == "identifier" and self.text(function) in self.aliases

    def whole_request(self, value: Value) -> bool:
        """A whole request object of a handler (`req`, `ctx.request`), not one of its members
        nor a page's `location` (whose text is its URL)."""
        return bool(value.type) and value.type != UPLOAD and \
            value.type not in self.calls.models.request_objects and \
            request_source(self.calls, value.type) is not None

    def is_module(self, receiver: Node | None) -> bool:
        if receiver is None:
            return False
        head = (self.shared.sem.dotted(receiver) or "").split(".")[0]
        return bool(head) and head in self.aliases and head not in self.env

    # -- the language's methods ----------------------------------------------------------
    def method(self, node: Node, receiver: Node, obj: Value, method: str,
               pos_values: list[Value], arg_values: list[Value],
               results: list[Value]) -> Value | None:
        if method in ("replace", "replaceAll") and len(pos_values) == 2:
            return self.replace_call(node, obj, pos_values)
        if isinstance(obj.const, str) and method in _FOLDED and \
                all(v.has_const for v in pos_values):
            folded = _fold_string(obj.const, method, [v.const for v in pos_values])
            if folded is not NOCONST:
                return const(folded)
        if method == "join":
            elems = merge([obj, *pos_values])
            separator = pos_values[0].const if pos_values else ","
            if isinstance(obj.const, (list, tuple)) and isinstance(separator, str) and \
                    all(isinstance(p, str) for p in obj.const):
                return const(separator.join(obj.const))
            return sanitized_string(elems, frozenset()) if elems.all_labels() else elems
        if method in ("map", "flatMap"):
            return merge(results) if results else merge([obj])
        if method in ("reduce", "reduceRight"):
            return join(results[0], pos_values[1]) if results and len(pos_values) > 1 else \
                (results[0] if results else merge([obj]))
        if method == "then" and results:
            return results[0]
        if method in ("catch", "finally") and results:
            return join(obj, results[0]) if method == "catch" else obj
        if method == "forEach":
            return const(None)
        if method in ("push", "unshift", "add", "set", "append") and receiver.type == \
                "identifier" and self.text(receiver) in self.env and pos_values:
            var = self.text(receiver)
            base = self.env[var]
            if method in ("push", "unshift") and base.seq is not None:
                seq = (*base.seq, *pos_values) if method == "push" else (*pos_values, *base.seq)
                self.env[var] = replace(base, seq=seq, const=NOCONST)
            elif method == "set" and len(pos_values) == 2 and pos_values[0].has_const:
                self.env[var] = store(base, pos_values[0].const, pos_values[1])
            else:
                self.env[var] = store(base, NOCONST, merge(pos_values))
            return LITERAL if method in ("push", "unshift") else self.env[var]
        if method == "get" and pos_values and pos_values[0].has_const:
            item = obj.item(pos_values[0].const)
            if item is not None:
                return item
        if method in _KEEPS_RECEIVER and not arg_values:
            return obj if obj.seq is not None or obj.items is not None else merge([obj])
        if method in _KEEPS_RECEIVER and method not in ("concat", "split"):
            return merge([obj]) if obj.all_labels() or not obj.is_literal else LITERAL
        return None

    def replace_call(self, node: Node, obj: Value, pos_values: list[Value]) -> Value:
        """`s.replace(/[\\r\\n]/g, "")` and friends: removing line breaks cleans log lines and
        headers; removing every character outside a small class cleans what that class
        excludes; doubling or escaping quotes cleans SQL/XPath literals."""
        args = self.shared.sem.arguments(node).positional
        pattern_node = args[0] if args else None
        replacement = pos_values[1].const
        if isinstance(obj.const, str) and pos_values[0].has_const and isinstance(replacement,
                                                                                  str):
            return const(obj.const.replace(str(pos_values[0].const), replacement))
        base = merge([obj, pos_values[1]])
        if not base.all_labels():
            return base
        pattern = ""
        if pattern_node is not None and pattern_node.type == "regex":
            pattern = self.text(pattern_node.child_by_field_name("pattern"))
        elif isinstance(pos_values[0].const, str):
            pattern = re.escape(pos_values[0].const)
        kinds: frozenset[str] = frozenset()
        if _LINE_BREAK_CLASS.match(pattern) and isinstance(replacement, str) and \
                "\n" not in replacement and "\r" not in replacement:
            kinds = frozenset({"log", "header"})
        negated = _NEGATED_CLASS.match(pattern)
        if negated and isinstance(replacement, str):
            kinds = kinds | kept_chars_kinds(_class_chars(negated.group(1)) |
                                             frozenset(replacement))
        if isinstance(replacement, str) and replacement.startswith("\\") and \
                "$&" in replacement and pattern.startswith("["):
            kinds = kinds | frozenset({"regex"})  # every matched metacharacter escaped
        flags = pattern_node.child_by_field_name("flags") if pattern_node is not None and \
            pattern_node.type == "regex" else None
        every = flags is not None and "g" in self.text(flags)
        special = _HTML_CLASS.match(pattern) if every else None
        if special and {"<", ">", "&"} <= set(special.group(1)) and not (
                isinstance(replacement, str) and set(replacement) & {"<", ">"}):
            kinds = kinds | _HTML  # every markup character replaced (by an entity)
        if pattern in _QUOTES and isinstance(replacement, str) and \
                replacement in ("''", '""', "\\'", '\\"', "\\\\'", ""):
            kinds = kinds | frozenset({"sql", "xpath"})
        return replace(base, clean=base.clean | kinds) if kinds else base

    def url_constructor(self, node: Node, pos_values: list[Value]) -> Value | None:
        """`new URL("/login", request.url)`: a constant absolute path resolved against the
        request's own URL stays on this server's origin (clean for redirects and fetches); so
        does a value a guard proved clean for them (a local path)."""
        args = self.shared.sem.arguments(node).positional
        if len(args) < 2 or len(pos_values) < 2:
            return None
        path = pos_values[0].const
        base = self.text(args[1])
        if not base.endswith((".url", ".nextUrl", ".href")):
            return None
        if not isinstance(path, str) and pos_values[0].all_labels():
            # a value a guard proved a local path (`/^\/(?![\/\\])/.test(next) ? next : "/"`)
            kinds = pos_values[0].effective_clean() & URL_HOST
            both = merge(pos_values[:2])
            return replace(both, clean=both.clean | kinds) if kinds else None
        if isinstance(path, str) and path.startswith("/") and not path.startswith("//"):
            base_value = merge(pos_values[1:2])
            return replace(base_value, clean=base_value.clean | URL_HOST) \
                if base_value.all_labels() else base_value
        return None

    def global_call(self, name: str, pos_values: list[Value],
                    results: list[Value]) -> Value | None:
        if name in ("Object.keys", "Object.values", "Object.entries", "Array.from",
                    "Object.fromEntries", "JSON.parse", "Buffer.from", "structuredClone"):
            return merge(pos_values) if pos_values else CLEAN
        if name == "Object.assign" and pos_values:
            return merge(pos_values)
        if name in ("Promise.all", "Promise.allSettled", "Promise.race", "Promise.any",
                    "Promise.resolve"):
            return pos_values[0] if pos_values else CLEAN
        return None


def _fold_string(text: str, method: str, args: list[object]) -> object:
    try:
        if method in ("trim", "trimStart", "trimEnd"):
            return {"trim": text.strip, "trimStart": text.lstrip, "trimEnd": text.rstrip}[
                method]()
        if method == "toLowerCase":
            return text.lower()
        if method == "toUpperCase":
            return text.upper()
        if method in ("slice", "substring") and all(isinstance(a, int) for a in args):
            ints = [int(a) for a in args if isinstance(a, int)]
            return text[ints[0]:ints[1]] if len(ints) == 2 else text[ints[0]:] if ints else text
        if method == "split" and len(args) == 1 and isinstance(args[0], str) and args[0]:
            parts = text.split(args[0])
            return tuple(parts) if len(parts) < 64 else NOCONST
        if method in ("startsWith", "endsWith", "includes") and args and \
                isinstance(args[0], str):
            return {"startsWith": text.startswith, "endsWith": text.endswith,
                    "includes": text.__contains__}[method](args[0])
        if method == "concat" and all(isinstance(a, str) for a in args):
            return text + "".join(str(a) for a in args)
    except (TypeError, ValueError, IndexError):
        return NOCONST
    return NOCONST
