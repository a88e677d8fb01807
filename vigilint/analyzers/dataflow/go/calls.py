"""Go calls on the core's values: builtins, local functions and closures, model lookups
(sources, binders, sanitizers, propagators, result types), request accessors, other files'
functions, string and formatting helpers (folded), and Go's out-parameters (`&v`)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from tree_sitter import Node

from vigilint.analyzers.dataflow.calls import looks_like_sanitizer, sanitizer_kinds_by_name
from vigilint.analyzers.dataflow.flow import FunctionState
from vigilint.analyzers.dataflow.go.expressions import FUNC_PREFIX, NUMERIC_TYPES, GoExpressions
from vigilint.analyzers.dataflow.go.format import ROOTED, UNSLASHED, format_value
from vigilint.analyzers.dataflow.kinds import ALL_KINDS, HTTP, SOURCE_KINDS
from vigilint.analyzers.dataflow.value import (
    CLEAN,
    LITERAL,
    NOCONST,
    NORMALIZED,
    Value,
    const,
    element_of,
    merge,
    sanitized,
    store,
    with_facts,
)
from vigilint.analyzers.syntax.go import named_type

BUFFER = "buffer"  # a zeroed buffer from make()/new(): literal until something fills it
_BUILTIN_CALLS = frozenset({"len", "cap", "make", "new", "append", "copy", "delete", "panic",
                            "recover", "print", "println", "close", "min", "max", "clear",
                            "complex", "real", "imag"})
_LINE_BREAKS = ("\n", "\r", "\r\n")
_QUOTES = ("'", '"')
_FOLDED_STRINGS: dict[str, Callable[[str], str]] = {"strings.ToLower": str.lower, "strings.ToUpper": str.upper,
                   "strings.TrimSpace": str.strip}
_BUILDER_WRITES = frozenset({"WriteString", "Write", "WriteByte", "WriteRune"})
_VALUE_CONVERSIONS = frozenset({"os.FileMode", "io/fs.FileMode", "time.Duration"})
_REGEX_COMPILERS = frozenset({"regexp.MustCompile", "regexp.Compile", "regexp.MustCompilePOSIX"})
_BUILDERS = frozenset({"strings.Builder", "bytes.Buffer"})
_SNAKE = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")


def snake(name: str) -> str:
    """`isAllowedHost` -> `is_allowed_host`: Go names in the core's naming conventions."""
    return _SNAKE.sub("_", name).lower()


class GoCalls(GoExpressions):
    """The call half of the Go interpreter."""

    def call(self, node: Node) -> Value:
        function = node.child_by_field_name("function")
        args = self.sem.arguments(node)
        receiver: Node | None = None
        recv = CLEAN
        if function is not None and function.type == "selector_expression":
            operand = function.child_by_field_name("operand")
            if operand is not None and not self.is_package(operand):
                receiver = operand
                recv = self.expr(operand)
        elif function is not None and function.type != "identifier":
            recv = self.expr(function)  # a function literal, a call returning a function
        values = [self.expr(a) for a in args.positional]
        method = self.text(function.child_by_field_name("field")) \
            if function is not None and function.type == "selector_expression" else \
            self.text(function)
        name = self.callee_name(function, receiver, recv, method)
        self.call_names[node.start_byte] = name
        result = self.apply(node, function, name, method, receiver, recv, args.positional,
                            values)
        self.fill_out_parameters(name, method, args.positional, values, recv, receiver)
        return result

    def callee_name(self, function: Node | None, receiver: Node | None, recv: Value,
                    method: str) -> str:
        """`<Type>.<method>` when the receiver's type is known (its value's first, then the
        declared one), else the import-resolved name."""
        if receiver is not None and named_type(recv.type) and \
                not recv.type.startswith(FUNC_PREFIX):
            return f"{self.sem.method_owner(recv.type, method)}.{method}"
        return self.qname(function)

    # -- dispatch -----------------------------------------------------------------------
    def apply(self, node: Node, function: Node | None, name: str, method: str,
              receiver: Node | None, recv: Value, arg_nodes: tuple[Node, ...],
              values: list[Value]) -> Value:
        calls = self.calls
        if function is not None and function.type == "identifier":
            bare = self.text(function)
            bound = self.env.get(bare)
            if bound is not None:
                return self.call_value(bound, values)
            if bare in _BUILTIN_CALLS and bare not in self.state.functions:
                return self.builtin(bare, arg_nodes, values)
            if bare in BUILTIN_CONVERSIONS:
                return self.convert(bare, values)
            local = self.state.functions.get(bare)
            if local is not None:
                return self.call_local(local, values)
        elif recv.type.startswith(FUNC_PREFIX) and receiver is None:
            return self.call_value(recv, values)
        local = self.local_method(name, receiver)
        if local is not None:
            return self.call_local(local, values)
        facts = calls.by_name.get(name)
        method_facts = calls.by_method.get(method) if receiver is not None else None
        if facts is not None and facts.source:
            return self.source_value(facts.source, node, f"`{self.text(function)}()`",
                                     facts.result_type)
        binder = calls.models.binders.get(name)
        if binder is not None:
            self.bind(arg_nodes, binder.kind, node)
            return CLEAN
        src = self.request_source(recv) if receiver is not None else None
        if src is not None:
            member = calls.member_of_request(src, method)
            typed = calls.result_type(name)
            if member == "tainted":
                return self.source_value(HTTP, node, f"`{self.text(function)}()`", typed)
            return Value(literal=True, type=typed)
        prop = facts.propagator if facts is not None else None
        if prop is not None and prop.flow in ("none", "literal"):
            return LITERAL if prop.flow == "literal" else CLEAN
        prop_m = method_facts.propagator if method_facts is not None else None
        if prop_m is not None and prop_m.flow in ("none", "literal"):
            return LITERAL if prop_m.flow == "literal" else CLEAN
        san = facts.sanitizer if facts is not None else None
        if san is None and method_facts is not None:
            san = method_facts.sanitizer
        if san is not None:
            if san.kinds >= ALL_KINDS:
                return LITERAL
            chosen = values if san.arg == "*" else \
                values[san.arg:san.arg + 1] if isinstance(san.arg, int) else []
            return sanitized(merge(chosen), san.kinds)
        if prop is not None and prop.facts:
            out = with_facts(self.joined_path(values), *prop.facts)
            if NORMALIZED in prop.facts and values and ROOTED in values[-1].facts:
                out = sanitized(out, frozenset({"path"}))  # Clean("/" + p): no `..` survives
            return out
        if self.project is not None:
            summary = self.project_summary(name) if "." in name else \
                self.project_summary(self.sem.qualify_local(name)) if name else None
            if summary is not None:
                return self.apply_summary(summary, values, node)
        known = self.library(name, values, recv, receiver, method)
        if known is not None:
            return known
        if looks_like_sanitizer(snake(method)) and values:
            return sanitized(merge(values), sanitizer_kinds_by_name(snake(method)))
        inputs = [*values, recv] if receiver is not None else values
        result = merge(inputs)
        if result is LITERAL and not values and receiver is None:
            result = CLEAN  # a function of another package, called without input
        typed = (facts.result_type if facts is not None else "") or \
            self.sem.result_type(name)
        return replace(result, type=typed) if typed else result

    @staticmethod
    def joined_path(values: list[Value]) -> Value:
        """`filepath.Join(dir, name)`: what the untrusted parts were cleaned for survives a
        directory that is only a parameter (the value keeps one clean set for all its labels;
        a caller's directory is judged at the call, a cleaned file name here)."""
        merged = merge(values)
        tainted = [v for v in values if v.all_labels() & SOURCE_KINDS]
        if not tainted or len(tainted) == len([v for v in values if v.all_labels()]):
            return merged
        clean = merge(tainted).clean
        return replace(merged, clean=merged.clean | clean)

    def local_method(self, name: str, receiver: Node | None) -> FunctionState | None:
        """A method of a type of this file (`Repo.Find`), by its typed name."""
        if receiver is None or "." not in name:
            return None
        owner, _, method = name.rpartition(".")
        short = owner.rpartition(".")[2].rpartition("/")[2]
        local = self.state.functions.get(f"{short}.{method}")
        if local is not None and local.qualified_name == self.sem.qualify_local(
                f"{short}.{method}") and name == local.qualified_name:
            return local
        return None

    def call_value(self, bound: Value, values: list[Value]) -> Value:
        """A call of a variable: a closure of this file, or an unknown function value."""
        if bound.type.startswith(FUNC_PREFIX):
            info = self.state.by_node.get(int(bound.type[len(FUNC_PREFIX):]))
            if info is not None:
                return self.call_local(info, values)
        return merge([bound, *values]) if values else CLEAN

    # -- builtins -----------------------------------------------------------------------
    def builtin(self, name: str, arg_nodes: tuple[Node, ...], values: list[Value]) -> Value:
        if name in ("len", "cap"):
            if values and isinstance(values[0].const, (str, list, tuple)):
                return const(len(values[0].const))
            return LITERAL
        if name in ("make", "new"):
            typed = self.sem.type_name(arg_nodes[0]) if arg_nodes else ""
            return Value(literal=True, facts=frozenset({BUFFER}),
                         type=typed if named_type(typed) else "")
        if name == "append":
            if not values:
                return CLEAN
            base, added = values[0], values[1:]
            if base.seq is not None and not base.labels and not base.rest and \
                    len(arg_nodes) == len(values) and not self.variadic(arg_nodes):
                return Value(seq=base.seq + tuple(added))
            out = base
            for value in added:
                out = store(out, NOCONST, element_of(value) if value.seq is None else value)
            return replace(out, facts=frozenset())
        if name == "copy" and len(arg_nodes) == 2 and arg_nodes[0].type == "identifier":
            target = self.text(arg_nodes[0])
            self.env[target] = merge([self.env.get(target, CLEAN), values[1]])
            return LITERAL
        if name in ("min", "max"):
            return merge(values)
        return CLEAN if name == "recover" else LITERAL

    @staticmethod
    def variadic(arg_nodes: tuple[Node, ...]) -> bool:
        last = arg_nodes[-1] if arg_nodes else None
        return last is not None and last.parent is not None and \
            last.parent.type == "variadic_argument"

    def convert(self, name: str, values: list[Value]) -> Value:
        """`string(b)`, `[]byte(s)` keep the value; numeric conversions carry no text."""
        value = values[0] if values else CLEAN
        if name in NUMERIC_TYPES:
            return sanitized(value, ALL_KINDS) if value.all_labels() else LITERAL
        return value

    # -- binders and out-parameters -----------------------------------------------------
    def pointer_target(self, node: Node) -> str | None:
        """`x` for `&x` / `&x.f` (or a pointer variable `x`): the variable a call can fill."""
        if node.type == "unary_expression" and \
                self.text(node.child_by_field_name("operator")) == "&":
            node = node.child_by_field_name("operand") or node
        while node.type == "selector_expression":
            node = node.child_by_field_name("operand") or node
            if node.type == "identifier":
                break
        return self.text(node) if node.type == "identifier" else None

    def bind(self, arg_nodes: tuple[Node, ...], kind: str, call: Node) -> None:
        """`c.ShouldBindJSON(&v)`, `fmt.Scan(&v)`: the targets are filled with input."""
        for arg in arg_nodes:
            if arg.type == "unary_expression" or (arg.type == "identifier" and
                                                  self.text(arg) in self.env):
                target = self.pointer_target(arg)
                if target is not None:
                    description = f"`{self.text(call.child_by_field_name('function'))}()`"
                    self.env[target] = self.source_value(kind, call, description,
                                                         self.env.get(target, CLEAN).type)

    def fill_out_parameters(self, name: str, method: str, arg_nodes: tuple[Node, ...],
                            values: list[Value], recv: Value, receiver: Node | None) -> None:
        """Go's out-parameters: `json.Unmarshal(data, &v)`, `dec.Decode(&v)`, `rows.Scan(&v)`
        write the call's other inputs (or, for calls that read from outside, data of unknown
        origin) into `v`; a zeroed buffer passed to any call is filled by it
        (`rand.Read(iv)`)."""
        if not arg_nodes or name in _BUILTIN_CALLS or name in self.calls.models.binders:
            return
        facts = self.calls.by_name.get(name)
        method_facts = self.calls.by_method.get(method) if receiver is not None else None
        prop = (facts.propagator if facts is not None else None) or \
            (method_facts.propagator if method_facts is not None else None)
        outside = prop is not None and prop.flow == "none"
        for i, arg in enumerate(arg_nodes):
            pointer = arg.type == "unary_expression" and \
                self.text(arg.child_by_field_name("operator")) == "&"
            buffer = arg.type == "identifier" and BUFFER in values[i].facts
            if not pointer and not buffer:
                continue
            target = self.pointer_target(arg)
            if target is None:
                continue
            if outside or buffer:
                self.env[target] = Value(type=self.env.get(target, CLEAN).type)
                continue
            inputs = [v for j, v in enumerate(values) if j != i]
            if receiver is not None:
                inputs.append(recv)
            old = self.env.get(target, CLEAN)
            filled = merge([old, *inputs])
            if not filled.all_labels() and not filled.is_literal:
                filled = CLEAN
            self.env[target] = replace(filled, type=old.type) if old.type else filled

    # -- the standard library's string helpers ------------------------------------------
    def library(self, name: str, values: list[Value], recv: Value, receiver: Node | None,
                method: str) -> Value | None:
        """String building and replacing whose effect the core must know: formatting (with
        `%q` quoting), replacements of line breaks and quotes, builders."""
        if name in _VALUE_CONVERSIONS and len(values) == 1:
            return values[0]  # `os.FileMode(0o644)`: the same number
        if name in _REGEX_COMPILERS and values and isinstance(values[0].const, str):
            return Value(const=values[0].const, type="regexp.Regexp")  # the pattern, for guards
        if name in ("fmt.Sprintf", "fmt.Errorf") and values:
            return format_value(values[0], values[1:])
        if name in ("fmt.Sprint", "fmt.Sprintln"):
            return merge(values)
        if name in ("strings.ReplaceAll", "strings.Replace") and len(values) >= 3:
            return self.replaced(values[0], values[1].const, values[2].const)
        if name == "strings.NewReplacer" and values:
            olds = [v.const for v in values[0::2]]
            facts = []
            if any(o in _LINE_BREAKS for o in olds) and "\n" in olds and "\r" in olds:
                facts.append("strips:log")
            if any(o in _QUOTES for o in olds):
                facts.append("strips:sql")
            return Value(literal=True, facts=frozenset(facts), type="strings.Replacer")
        if method == "Replace" and recv.type == "strings.Replacer" and values:
            kinds = set()
            if "strips:log" in recv.facts:
                kinds.update({"log", "header"})
            if "strips:sql" in recv.facts:
                kinds.update({"sql", "xpath"})
            return sanitized(merge(values[:1]), frozenset(kinds)) if kinds else merge(values)
        if name == "strings.TrimLeft" and len(values) == 2 and isinstance(values[1].const, str) \
                and "/" in values[1].const and "\\" in values[1].const:
            return with_facts(merge(values[:1]), UNSLASHED)  # `"/" + it` stays on this site
        if name in _FOLDED_STRINGS and values and isinstance(values[0].const, str):
            return const(_FOLDED_STRINGS[name](values[0].const))
        if name == "strings.Join" and len(values) == 2:
            parts, sep = values
            if parts.seq is not None and all(isinstance(p.const, str) for p in parts.seq) and \
                    isinstance(sep.const, str):
                return const(sep.const.join(p.const for p in parts.seq))
            return merge([parts, sep])
        if receiver is not None and receiver.type == "identifier" and \
                method in _BUILDER_WRITES and values and recv.type in _BUILDERS:
            target = self.text(receiver)
            if target in self.env:
                old = self.env[target]
                self.env[target] = replace(merge([old, *values]), type=old.type)
                return LITERAL
        return None

    def replaced(self, base: Value, old: object, new: object) -> Value:
        if isinstance(base.const, str) and isinstance(old, str) and isinstance(new, str):
            return const(base.const.replace(old, new))
        if not base.all_labels():
            return merge([base])
        if old in _LINE_BREAKS:
            return sanitized(merge([base]), frozenset({"log", "header"}))
        if old in _QUOTES and isinstance(new, str) and old not in new.replace(old * 2, ""):
            return sanitized(merge([base]), frozenset({"sql", "xpath"}))
        if old == ".." and isinstance(new, str) and ".." not in new:
            return merge([base])  # `....//` survives a single pass: no path cleaning
        return merge([base])


# Conversions to builtin types look like calls (`string(b)`, `int64(n)`).
BUILTIN_CONVERSIONS = NUMERIC_TYPES | frozenset({"string"})

