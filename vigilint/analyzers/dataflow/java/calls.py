"""Java calls and object creations on the core's values: the file's own methods (in-file
summaries), the model tables (sources, request members, sanitizers, propagators, result
types), other files' summaries, collections and string builders held in locals, string
methods folded on constants, and lambdas run where they are passed."""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from tree_sitter import Node

from vigilint.analyzers.dataflow.calls import (
    CallFacts,
    MethodFacts,
    looks_like_sanitizer,
    sanitizer_kinds_by_name,
)
from vigilint.analyzers.dataflow.java.constants import Char, java_str
from vigilint.analyzers.dataflow.java.expressions import JavaExpressions
from vigilint.analyzers.dataflow.java.file import retype
from vigilint.analyzers.dataflow.kinds import ALL_KINDS, HTTP
from vigilint.analyzers.dataflow.value import (
    CLEAN,
    LITERAL,
    NOCONST,
    NORMALIZED,
    Value,
    const,
    element_of,
    join,
    merge,
    sanitized,
    store,
    with_facts,
)
from vigilint.analyzers.models import Propagator, Sanitizer

_FUNCTIONS = ("lambda_expression", "method_reference")
_COMMENTS = ("line_comment", "block_comment")
_BUILDERS = frozenset({"java.lang.StringBuilder", "java.lang.StringBuffer"})
_STRINGS = frozenset({"java.lang.String", *_BUILDERS})
# JDK factories of collections holding their arguments (the language's collection literals)
_SEQUENCE_OF = frozenset({"java.util.Arrays.asList", "java.util.List.of", "java.util.Set.of",
                          "java.util.Collections.singletonList", "java.util.Collections.singleton",
                          "java.util.stream.Stream.of", "java.util.EnumSet.of"})
_MAP_OF = frozenset({"java.util.Map.of", "java.util.Collections.singletonMap"})
_QUOTES = ("'", '"')
_ADDS = frozenset({"add", "addAll", "addElement", "addFirst", "addLast", "push", "offer",
                   "offerFirst", "offerLast", "put", "putAll", "putIfAbsent", "setProperty",
                   "set", "insertElementAt"})
# accessor names of request wrappers (`getTheParameter`, `ServletRequestUtils.getIntParameter`)
_REQUEST_ACCESSOR = re.compile(r"^get\w*(Param|Header|Cookie|QueryString)")
REQUEST_WRAPPER = "request.wrapper"  # fact: an object built around a request object
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")


def removes_line_breaks(pattern: object, replacement: object, regex: bool) -> bool:
    """`replace("\n", " ")`, `replaceAll("[\\r\\n]", "_")`: CR and LF (a regex matching
    both, or a literal line break) replaced by text without them."""
    if not isinstance(pattern, str) or not isinstance(replacement, str) or \
            "\n" in replacement or "\r" in replacement:
        return False
    if not regex:
        return pattern in ("\n", "\r", "\r\n")
    try:
        compiled = re.compile(pattern.replace("\\R", "(?:\r\n|\n|\r)"))
    except (re.error, RecursionError):
        return False
    return compiled.search("\n") is not None and compiled.search("\r") is not None


@functools.lru_cache(maxsize=4096)
def snake(name: str) -> str:
    """`escapeHtml` -> `escape_html`: the naming conventions the core knows are snake case."""
    return _CAMEL.sub("_", name).lower()


class JavaCalls(JavaExpressions):
    """The call half of the Java interpreter."""

    def argument_nodes(self, node: Node) -> list[Node]:
        args = node.child_by_field_name("arguments")
        return [a for a in args.named_children if a.type not in _COMMENTS] \
            if args is not None else []

    def argument_values(self, nodes: list[Node]) -> list[Value]:
        """The values of a call's arguments; a lambda or method reference is LITERAL here
        (its body runs with the elements it will see, see `apply_functions`)."""
        return [LITERAL if a.type in _FUNCTIONS else self.expr(a) for a in nodes]

    def apply_functions(self, nodes: list[Node], element: Value) -> list[Value]:
        """Run each lambda / method reference argument on `element`: what each returns."""
        out: list[Value] = []
        for arg in nodes:
            if arg.type == "lambda_expression":
                self.record(arg, LITERAL)
                out.append(self.lambda_value(arg, [element]))
            elif arg.type == "method_reference":
                out.append(self.apply_reference(arg, element))
        return out

    def apply_reference(self, node: Node, element: Value) -> Value:
        """`Type::method` applied to one element (`Integer::parseInt`, `this::escape`)."""
        parts = [c for c in node.named_children if c.type not in _COMMENTS]
        if len(parts) < 2:
            return merge([element])
        owner_node, name = parts[0], self.text(parts[-1])
        if name == "new":
            return merge([element])
        if owner_node.type in ("this", "super"):
            local = self.file.local_methods(node, "", name, 1)
            if local:
                return self.join_calls(local, [element])
        owner = self.static_class(owner_node)
        if owner and self.file.is_own_class(owner):
            local = self.file.local_methods(node, owner, name, 1) or \
                self.file.local_methods(node, owner, name, 0)
            if local:
                return self.join_calls(local, [element])
        if not owner:
            owner = self.expr(owner_node).type
        facts = self.calls.by_name.get(f"{owner}.{name}") if owner else None
        san = facts.sanitizer if facts is not None else None
        if san is None:
            method = self.calls.by_method.get(name)
            san = method.sanitizer if method is not None else None
        if san is not None:
            return sanitized(merge([element]), san.kinds)
        prop = facts.propagator if facts is not None else None
        if prop is None:
            method = self.calls.by_method.get(name)
            prop = method.propagator if method is not None else None
        if prop is not None and prop.flow in ("literal", "none"):
            return LITERAL if prop.flow == "literal" else CLEAN
        return merge([element])

    def join_calls(self, infos: list, values: list[Value]) -> Value:
        result: Value | None = None
        for info in infos:
            got = self.call_local(info, values)
            result = got if result is None else join(result, got)
        return result if result is not None else CLEAN

    # -- method invocations -------------------------------------------------------------
    def call(self, node: Node) -> Value:
        name = self.text(node.child_by_field_name("name"))
        obj_node = node.child_by_field_name("object")
        static = ""
        obj = CLEAN
        if obj_node is not None and obj_node.type not in ("this", "super"):
            static = self.static_class(obj_node)
            obj = self.record(obj_node, LITERAL) if static else self.expr(obj_node)
        arg_nodes = self.argument_nodes(node)
        arg_values = self.argument_values(arg_nodes)
        functions = [a for a in arg_nodes if a.type in _FUNCTIONS]
        local = self.local_call(node, obj_node, static, obj, name, arg_values)
        if local is not None:
            if functions:
                self.apply_functions(functions, CLEAN)
            return local
        qualified = self.qualified(node, obj_node, static, obj, name)
        self.name_call(node, qualified)
        facts = self.calls.by_name.get(qualified) if qualified else None
        method = self.calls.by_method.get(name)
        if functions:
            results = self.apply_functions(functions, element_of(obj) if obj_node is not None
                                           else merge(arg_values))
            prop = facts.propagator if facts is not None else None
            prop = prop or (method.propagator if method is not None else None)
            if prop is not None and prop.flow == "callback":
                return merge(results) if results else CLEAN
            arg_values = arg_values + results
        result = self.from_tables(node, obj_node, static, obj, name, qualified, arg_values,
                                  facts, method)
        if result is not None:
            return result
        return self.untabled(node, obj_node, static, obj, name, qualified, arg_values)

    def name_call(self, node: Node, qualified: str) -> None:
        """Remember the name this call resolved to (sink_sites asks it); a call that
        resolves differently on two paths keeps none."""
        key = (node.start_byte, node.end_byte)
        known = self.state.callees.get(key)
        self.state.callees[key] = qualified if known is None or known == qualified else ""

    def local_call(self, node: Node, obj_node: Node | None, static: str, obj: Value, name: str,
                   arg_values: list[Value]) -> Value | None:
        """A call of one of the file's own methods (None when it is none)."""
        owner = ""
        if obj_node is None or obj_node.type == "this":
            found = self.file.local_methods(node, "", name, len(arg_values))
        elif static and self.file.is_own_class(static):
            owner = static
            found = self.file.local_methods(node, owner, name, len(arg_values), outer=False)
        elif obj.type and self.file.is_own_class(obj.type):
            owner = obj.type
            found = self.file.local_methods(node, owner, name, len(arg_values), outer=False)
        else:
            return None
        return self.join_calls(found, arg_values) if found else None

    def qualified(self, node: Node, obj_node: Node | None, static: str, obj: Value,
                  name: str) -> str:
        """The name the tables know the callee by: `<class>.<method>` for static calls and
        typed receivers, the import of a statically imported method, an inherited method of
        the class's superclass."""
        if static:
            return f"{static}.{name}"
        if obj_node is None or obj_node.type == "super":
            imported = self.sem.imports().get(name)
            if imported:
                return imported
            superclass = self.file.superclass(node)
            return f"{superclass}.{name}" if superclass else name
        if obj.type:
            return f"{obj.type}.{name}"
        return name

    def from_tables(self, node: Node, obj_node: Node | None, static: str, obj: Value, name: str,
                    qualified: str, arg_values: list[Value], facts: CallFacts | None,
                    method: MethodFacts | None) -> Value | None:
        """What the model tables say the call returns (None: they say nothing)."""
        calls = self.calls
        typed = facts.result_type if facts is not None else ""
        if facts is not None and facts.source:
            return self.source_value(facts.source, node, f"`{self.short(node, name)}`", typed)
        if obj.type and obj_node is not None:
            src = calls.request_type(obj.type)
            if src is not None:
                member = calls.member_of_request(src, name)
                if member == "tainted":
                    return self.source_value(HTTP, node, f"`{self.short(node, name)}`", typed)
                if member == "safe":
                    return Value(type=typed) if typed else CLEAN
        prop = facts.propagator if facts is not None else None
        if prop is not None:
            found = self.propagate(prop, node, obj_node, obj, arg_values, typed)
            if found is not None:
                return found
        san = facts.sanitizer if facts is not None else None
        if san is not None:
            return self.sanitize(san, obj_node, obj, arg_values)
        if method is not None:
            if method.sanitizer is not None:
                return self.sanitize(method.sanitizer, obj_node, obj, arg_values)
            if method.propagator is not None:
                found = self.propagate(method.propagator, node, obj_node, obj, arg_values, typed)
                if found is not None:
                    return found
        if qualified in _SEQUENCE_OF:
            return Value(seq=tuple(arg_values))
        if qualified in _MAP_OF and len(arg_values) % 2 == 0:
            items = tuple((arg_values[i].const, arg_values[i + 1])
                          for i in range(0, len(arg_values), 2) if arg_values[i].has_const)
            return Value(items=items)
        if self.project is not None and static and not self.file.is_own_class(static):
            summary = self.project_summary(qualified)
            if summary is not None:
                return self.apply_summary(summary, arg_values, node)
        if self.project is not None and obj.type and not self.file.is_own_class(obj.type):
            summary = self.project_summary(qualified)
            if summary is not None:
                return self.apply_summary(summary, arg_values, node)
        if typed and static:
            return self.typed(merge(arg_values) if arg_values else LITERAL, typed)
        return None

    def short(self, node: Node, name: str) -> str:
        obj = node.child_by_field_name("object")
        if (obj is not None and obj.type in ("identifier", "this")) or \
                (obj is not None and obj.type == "field_access" and len(self.text(obj)) < 40):
            return f"{self.text(obj)}.{name}()"
        return f"{name}()"

    def propagate(self, prop: Propagator, node: Node, obj_node: Node | None, obj: Value,
                  arg_values: list[Value], typed: str) -> Value | None:
        if prop.flow == "none":
            return Value(type=typed) if typed else CLEAN
        if prop.flow == "literal":
            return Value(literal=True, type=typed) if typed else LITERAL
        inputs = [obj, *arg_values] if obj_node is not None else arg_values
        if prop.facts and prop.flow in ("all", "data"):
            base = merge([obj]) if obj_node is not None else merge(arg_values)
            return self.typed(with_facts(base, *prop.facts), typed)
        if prop.flow == "data":
            found = merge(inputs)
            return found if found.labels else CLEAN
        return None

    def sanitize(self, san: Sanitizer, obj_node: Node | None, obj: Value,
                 arg_values: list[Value]) -> Value:
        """A sanitizer's result: its argument (every argument for "*", the receiver when
        it takes none: `file.getName()`) made safe for its kinds."""
        if san.kinds >= ALL_KINDS:
            return LITERAL
        if san.arg == "*":
            chosen = arg_values
        elif isinstance(san.arg, int) and san.arg < len(arg_values):
            chosen = [arg_values[san.arg]]
        else:
            chosen = arg_values[-1:]
        if not chosen and obj_node is not None:
            chosen = [obj]
        base = merge(chosen)
        return sanitized(base, san.kinds) if base.all_labels() else base

    @staticmethod
    def typed(value: Value, type_: str) -> Value:
        return retype(value, type_) if type_ and value.type != type_ else value

    # -- calls the tables do not know ---------------------------------------------------
    def is_request_object(self, value: Value) -> bool:
        return bool(value.type) and self.calls.request_type(value.type) is not None

    def untabled(self, node: Node, obj_node: Node | None, static: str, obj: Value, name: str,
                 qualified: str, arg_values: list[Value]) -> Value:
        typed = self.calls.result_type(qualified) if qualified else ""
        data = [v for v in arg_values if not self.is_request_object(v)]
        if REQUEST_WRAPPER in obj.facts or len(data) < len(arg_values):
            # a request object handed to code the file does not show (a wrapper built around
            # it, a static helper): what comes back is request data when it is named like a
            # request accessor, else of unknown origin
            if _REQUEST_ACCESSOR.match(name):
                return self.source_value(HTTP, node, f"`{self.short(node, name)}`", typed)
            return self.typed(merge(data) if data else CLEAN, typed)
        if obj_node is not None and obj_node.type == "identifier" and not static:
            var = self.text(obj_node)
            if var in self.env:
                mutated = self.mutate(var, obj, name, arg_values)
                if mutated is not None:
                    return mutated
        elif obj_node is not None and obj_node.type == "method_invocation" and \
                name in ("append", "insert"):
            chained = self.chained_append(obj_node, obj, arg_values)
            if chained is not None:
                return chained
        if obj.has_const and isinstance(obj.const, str):
            folded = self.fold_string(obj.const, name, arg_values)
            if folded is not None:
                return folded
        if name in ("replace", "replaceAll") and len(arg_values) == 2 and obj.all_labels():
            pattern = arg_values[0].const
            if removes_line_breaks(pattern, arg_values[1].const, name == "replaceAll"):
                base = merge([obj])
                return replace(base, clean=base.clean | {"log", "header"})
            if pattern in _QUOTES and isinstance(arg_values[1].const, str) and \
                    pattern not in arg_values[1].const.replace(pattern * 2, ""):
                base = merge([obj])
                return replace(base, clean=base.clean | {"xpath", "sql"})
        if name == "toString" and obj.type in _STRINGS:
            return replace(obj, type="java.lang.String")
        if obj.items is not None or obj.seq is not None:
            got = self.container_read(obj, name, arg_values)
            if got is not None:
                return got
        if static and name == "valueOf" and static in self.file.enums:
            return LITERAL
        if looks_like_sanitizer(snake(name)):
            return sanitized(merge(arg_values or [obj]), sanitizer_kinds_by_name(snake(name)))
        if static:
            # another class's static method of constants is a constant (no input reaches it)
            result = merge(arg_values) if arg_values else LITERAL
        elif obj_node is None:
            result = merge(arg_values)
        else:
            result = merge([obj, *arg_values])
        if NORMALIZED in obj.facts and name in ("toString", "toFile", "toPath", "getPath",
                                                 "getAbsolutePath", "toAbsolutePath"):
            result = with_facts(result, NORMALIZED)
        return self.typed(result, typed)

    def chained_append(self, obj_node: Node, obj: Value, arg_values: list[Value]) -> Value | None:
        """`sb.append(a).append(b)`: the builder variable at the root of the chain grows."""
        root: Node | None = obj_node
        while root is not None and root.type == "method_invocation" and self.text(
                root.child_by_field_name("name")) in ("append", "insert"):
            root = root.child_by_field_name("object")
        if root is None or root.type != "identifier" or self.text(root) not in self.env:
            return None
        var = self.text(root)
        self.env[var] = self.concat(self.env[var], arg_values[-1:] or [CLEAN])
        return self.env[var]

    def concat(self, base: Value, parts: list[Value]) -> Value:
        if base.has_const and all(p.has_const for p in parts):
            return self.typed(const(java_str(base.const) + "".join(java_str(p.const)
                                                                   for p in parts)), base.type)
        return self.typed(merge([base, *parts]), base.type)

    def mutate(self, var: str, obj: Value, name: str, args: list[Value]) -> Value | None:
        """Builders and collections held in a local: their value changes in place."""
        if obj.type in _BUILDERS or (obj.has_const and isinstance(obj.const, str)
                                     and obj.type in _BUILDERS):
            if name in ("append", "insert") and args:
                self.env[var] = self.concat(obj, args[-1:])
                return self.env[var]
            if name in ("replace", "reverse", "deleteCharAt", "delete", "setLength",
                        "setCharAt"):
                self.env[var] = self.typed(merge([obj, *args[2:]]), obj.type)
                return self.env[var]
            if name == "toString":
                return replace(obj, type="java.lang.String")
            return None
        if obj.seq is not None:
            found = self.mutate_sequence(var, obj, name, args)
            if found is not None:
                return found
        elif obj.items is not None:
            found = self.mutate_map(var, obj, name, args)
            if found is not None:
                return found
        if name in _ADDS and args and not obj.has_const:
            # a collection whose structure is lost (joined branches): it absorbs what is added
            self.env[var] = self.typed(merge([obj, args[-1]]), obj.type)
            return LITERAL
        return None

    def mutate_sequence(self, var: str, obj: Value, name: str, args: list[Value]) -> Value | None:
        seq = list(obj.seq or ())
        env = self.env
        if name in ("add", "addElement", "push", "offer", "addLast", "offerLast") and args:
            index = args[0].const if len(args) == 2 else NOCONST
            if isinstance(index, int) and not isinstance(index, bool) and 0 <= index <= len(seq):
                seq.insert(index, args[1])
            elif name == "push":
                seq.append(args[-1])  # a Deque pushes at the front, a Stack at the end: order kept
            else:
                seq.append(args[-1])
            env[var] = replace(obj, seq=tuple(seq), const=NOCONST)
            return LITERAL
        if name in ("addFirst", "offerFirst") and args:
            env[var] = replace(obj, seq=(args[0], *seq), const=NOCONST)
            return LITERAL
        if name in ("remove", "poll", "pollFirst", "removeFirst", "pop") and \
                (not args or isinstance(args[0].const, int)):
            index = args[0].const if args else (len(seq) - 1 if name == "pop" and
                                                obj.type.endswith("Stack") else 0)
            if isinstance(index, int) and 0 <= index < len(seq):
                removed = seq.pop(index)
                env[var] = replace(obj, seq=tuple(seq), const=NOCONST)
                return removed
            return None
        if name == "set" and len(args) == 2 and isinstance(args[0].const, int) and \
                0 <= args[0].const < len(seq):
            old = seq[args[0].const]
            seq[args[0].const] = args[1]
            env[var] = replace(obj, seq=tuple(seq), const=NOCONST)
            return old
        if name == "clear":
            env[var] = replace(obj, seq=())
            return LITERAL
        if name == "addAll" and args:
            extra = args[-1]
            env[var] = replace(obj, seq=tuple(seq) + extra.seq) if extra.seq is not None and \
                len(args) == 1 else store(obj, NOCONST, extra)
            return LITERAL
        return None

    def mutate_map(self, var: str, obj: Value, name: str, args: list[Value]) -> Value | None:
        env = self.env
        if name in ("put", "setProperty", "putIfAbsent", "add", "set", "setAttribute") and args:
            if len(args) >= 2:
                key = args[0].const if args[0].has_const else NOCONST
                env[var] = store(obj, key, args[1])
            else:  # a set's element
                env[var] = store(obj, NOCONST, args[0])
            return LITERAL
        if name in ("load", "loadFromXML", "putAll", "addAll"):
            # entries of unknown keys: the container's structure no longer says what is in it
            env[var] = self.typed(merge([obj, *args]), obj.type)
            return LITERAL
        if name == "remove" and args and args[0].has_const:
            env[var] = replace(obj, items=tuple((k, v) for k, v in obj.items or ()
                                               if k != args[0].const))
            return LITERAL
        if name == "clear":
            env[var] = replace(obj, items=(), rest=frozenset())
            return LITERAL
        return None

    def container_read(self, obj: Value, name: str, args: list[Value]) -> Value | None:
        if name in ("get", "getProperty", "getOrDefault", "elementAt", "getAttribute") and args:
            key = args[0].const
            if key is not NOCONST:
                got = obj.item(key)
                if got is not None:
                    return got
                if obj.items is not None and not obj.rest and not obj.labels:
                    return args[1] if len(args) > 1 else const(None)
            return merge([obj, *args[1:]])
        if obj.seq is not None:
            if name in ("peek", "getFirst", "peekFirst", "element", "firstElement") and obj.seq:
                return obj.seq[0]
            if name in ("getLast", "peekLast", "lastElement") and obj.seq:
                return obj.seq[-1]
        if name in ("keySet", "values", "entrySet", "iterator", "stream", "toArray", "copyOf",
                    "subList", "listIterator", "elements", "keys", "propertyNames"):
            return merge([obj]) if obj.all_labels() else \
                (LITERAL if obj.is_literal else CLEAN)
        return None

    def fold_string(self, text: str, name: str, args: list[Value]) -> Value | None:
        """String methods on a constant receiver with constant arguments."""
        if not all(a.has_const for a in args):
            return None
        a = [x.const for x in args]
        try:
            if name == "charAt" and isinstance(a[0], int):
                return const(Char(text[a[0]]))
            if name == "substring" and all(isinstance(x, int) for x in a):
                return const(text[a[0]:a[1]] if len(a) == 2 else text[a[0]:])
            if name in ("toUpperCase", "toLowerCase", "trim", "strip", "intern", "toString"):
                return const({"toUpperCase": text.upper, "toLowerCase": text.lower,
                              "trim": text.strip, "strip": text.strip, "intern": lambda: text,
                              "toString": lambda: text}[name]())
            if name == "length":
                return const(len(text))
            if name in ("equals", "equalsIgnoreCase") and len(a) == 1:
                other = a[0]
                if name == "equalsIgnoreCase" and isinstance(other, str):
                    return const(text.lower() == other.lower())
                return const(isinstance(other, str) and text == other)
            if name == "isEmpty":
                return const(not text)
            if name == "indexOf" and isinstance(a[0], str):
                return const(text.find(a[0]))
            if name == "concat" and isinstance(a[0], str):
                return const(text + a[0])
            if name == "replace" and len(a) == 2 and isinstance(a[0], str) and \
                    isinstance(a[1], str):
                return const(text.replace(a[0], a[1]))
            if name in ("startsWith", "endsWith", "contains") and isinstance(a[0], str):
                return const({"startsWith": text.startswith, "endsWith": text.endswith,
                              "contains": text.__contains__}[name](a[0]))
        except (IndexError, TypeError, ValueError):
            return None
        return None

    # -- object creation ----------------------------------------------------------------
    def new(self, node: Node) -> Value:
        type_node = node.child_by_field_name("type")
        qualified = self.file.resolve(self.text(type_node)) if type_node is not None else ""
        self.name_call(node, qualified)
        arg_nodes = self.argument_nodes(node)
        arg_values = self.argument_values(arg_nodes)
        functions = [a for a in arg_nodes if a.type in _FUNCTIONS]
        if functions:
            arg_values = arg_values + self.apply_functions(functions, merge(arg_values))
        if self.file.is_own_class(qualified):
            constructors = self.file.local_methods(node, qualified, qualified.rsplit(".", 1)[-1],
                                                   len(arg_values), outer=False)
            if constructors:
                self.join_calls(constructors, arg_values)
        facts = self.calls.by_name.get(qualified)
        if facts is not None:
            if facts.source:
                return self.source_value(facts.source, node, f"`new {self.text(type_node)}()`",
                                         qualified)
            if facts.sanitizer is not None:
                return self.typed(self.sanitize(facts.sanitizer, None, CLEAN, arg_values),
                                  qualified)
            prop = facts.propagator
            if prop is not None and prop.flow == "container":
                return self.container(qualified, prop, arg_values)
            if prop is not None:
                found = self.propagate(prop, node, None, CLEAN, arg_values, qualified)
                if found is not None:
                    return found
        if qualified in _STRINGS:
            first = arg_values[0] if arg_values else const("")
            if len(arg_values) <= 1 and isinstance(first.const, str) and \
                    not isinstance(first.const, Char):
                return self.typed(first, qualified)
            if not arg_values or (len(arg_values) == 1 and isinstance(first.const, int)):
                return self.typed(const(""), qualified)  # an empty builder of some capacity
            return self.typed(merge(arg_values), qualified)
        if not arg_values:
            return Value(literal=True, type=qualified)
        data = [v for v in arg_values if not self.is_request_object(v)]
        if len(data) < len(arg_values) and not self.file.is_own_class(qualified):
            base = merge(data) if data else CLEAN
            return replace(base, type=qualified, facts=base.facts | {REQUEST_WRAPPER})
        return self.typed(merge(arg_values), qualified)

    def container(self, qualified: str, prop: Propagator, args: list[Value]) -> Value:
        """A new collection (a copy of its argument when it is given one)."""
        sequence = "sequence" in prop.facts
        if args and (args[0].seq is not None or args[0].items is not None):
            source = args[0]
            if sequence and source.seq is not None:
                return Value(seq=source.seq, type=qualified)
            if not sequence and source.items is not None:
                return Value(items=source.items, rest=source.rest, type=qualified)
            return self.typed(merge([source]), qualified)
        if args and args[0].all_labels():
            return self.typed(merge(args), qualified)
        return Value(seq=(), type=qualified) if sequence else Value(items=(), type=qualified)
