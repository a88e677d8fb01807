"""Which local names hold a value read from the request, inside one function: a small def-use
pass in document order over assignments whose value carries the read unchanged (accessors,
string clean-ups, conversions, defaults, awaits), not through arbitrary calls, so that a record
built from request data is not itself "the client's value". Shared by every language through
the grammar tables of `access.syntax`; the dataflow core answers "is this request data at all",
this answers "which request value, under which key"."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from tree_sitter import Node

from vigilint import lazyre
from vigilint.analyzers.access.model import Read
from vigilint.analyzers.access.syntax import (
    descendants,
    enclosing_function,
    functions,
    grammar,
    is_field,
    nodes_in,
)
from vigilint.analyzers.access.vocabulary import client_person_key, subject_key
from vigilint.analyzers.context import FileContext

# Calls that return their (first) argument or receiver in another shape.
_PRESERVING = frozenset({
    "get", "getOrDefault", "getClaim", "getClaims", "getValue", "getAttribute", "Get",
    "GetString", "getString", "asString", "Value", "MustGet", "Query", "split", "strip",
    "lstrip", "rstrip", "lower", "upper", "casefold", "trim", "trimStart", "trimEnd",
    "toLowerCase", "toUpperCase", "toString", "replace", "removeprefix", "removesuffix",
    "decode", "encode", "first", "pop", "getlist", "at", "slice", "substring", "int", "str",
    "fromEntries",
    "float", "bool", "UUID", "Number", "String", "Boolean", "parseInt", "parseFloat",
    "parseLong", "valueOf", "Atoi", "ParseInt", "ParseUint", "ParseBool", "Split", "SplitN",
    "TrimSpace", "TrimPrefix", "TrimSuffix", "ToLower", "ToUpper", "Trim", "Fields",
    "ip_address", "ip_network", "ParseIP", "decodeURIComponent", "unquote", "loads", "parse",
    "b64decode", "urlsafe_b64decode", "atob", "from", "ObjectId", "getBody", "getPayload",
    "Claims", "getSubject", "get_json", "json", "dict", "model_dump", "to_dict", "items",
    "values", "keys", "ok", "unwrap", "orElse", "orElseThrow", "getFirst", "Optional",
    "ofNullable", "of", "Unquote", "QueryUnescape", "PathUnescape", "Long", "Integer",
    "BigInt",
})
# Helpers, imported from another module, that parse an id out of a request value and return it.
_ID_PARSER = lazyre.compile(r"^(parse|to|as|must|coerce|read|get)_?(int|integer|number|num|id|uuid|"
                            r"object_?id|long|key|slug|pk)(_?param)?$|^(id|int|uuid)_?param$",
                            re.IGNORECASE)
# Accessor nodes: the object part carries the value on (`claims["sub"]`, `req.body.role`).
_ACCESSORS = {"attribute": "object", "member_expression": "object", "subscript": "value",
              "subscript_expression": "object", "selector_expression": "operand",
              "field_access": "object", "index_expression": "operand",
              "type_assertion_expression": "operand"}
_DEFAULTS = frozenset({"boolean_operator", "binary_expression", "conditional_expression",
                       "ternary_expression"})
_FIELD_TARGETS = frozenset({"subscript", "subscript_expression", "member_expression",
                            "attribute", "field_access", "index_expression",
                            "selector_expression", "array_access"})
_VALUE_NAMES = frozenset({"identifier", "shorthand_property_identifier_pattern",
                          "shorthand_property_identifier"})


@dataclass
class Flow:
    """The reads of one function and the local names that carry them."""

    scope: Node
    reads: list[Read]
    names: dict[str, Read]
    # the read a call of a function of this file returns (`pathID(r)` that returns
    # `r.PathValue("id")` parsed), or None
    helper: Callable[[str], Read | None] | None = None


def carried(ctx: FileContext, flow: Flow, value: Node | None, depth: int = 0) -> Read | None:
    """The read `value` carries unchanged, or None."""
    if value is None or depth > 12:
        return None
    for read in flow.reads:
        if read.node.start_byte == value.start_byte and read.node.end_byte == value.end_byte:
            return read
    kind = value.type
    g = grammar(ctx.language)
    if kind in _VALUE_NAMES:
        return flow.names.get(ctx.node_text(value))
    if (g is not None and kind in g.wrappers) or kind in ("await", "parenthesized_expression",
                                                         "expression_list"):
        for child in value.named_children:
            found = carried(ctx, flow, child, depth + 1)
            if found is not None:
                return found
        return None
    if kind in _ACCESSORS:
        return carried(ctx, flow, value.child_by_field_name(_ACCESSORS[kind]), depth + 1)
    if kind in _DEFAULTS:
        if kind == "binary_expression" and not any(
                ctx.node_text(c) in ("||", "??", "&&") for c in value.children if not c.is_named):
            return None
        children = value.named_children
        if kind == "ternary_expression":
            # `token ? decode(token) : null`: the value is a branch, not the condition
            test = value.child_by_field_name("condition")
            children = [c for c in children if c != test]
        elif kind == "conditional_expression" and len(children) == 3:
            children = [children[0], children[2]]  # `a if test else b`
        for child in children:
            found = carried(ctx, flow, child, depth + 1)
            if found is not None:
                return found
        return None
    if kind in ("new_expression", "object_creation_expression"):
        # `new ObjectId(req.params.id)`, `new Long(id)`: the id in another type
        constructor = value.child_by_field_name("constructor") or value.child_by_field_name(
            "type")
        args = value.child_by_field_name("arguments")
        if constructor is None or ctx.node_text(constructor).rsplit(".", 1)[-1] not in \
                _PRESERVING or args is None or not args.named_children:
            return None
        return carried(ctx, flow, args.named_children[0], depth + 1)
    if kind in ("call", "call_expression", "method_invocation"):
        function = value.child_by_field_name("function") or value.child_by_field_name("name")
        name = ctx.node_text(function).rsplit(".", 1)[-1] if function is not None else ""
        if name not in _PRESERVING:
            if flow.helper is not None and function is not None and \
                    function.type in _VALUE_NAMES:
                if _named_function(ctx, name) is None and _ID_PARSER.match(name):
                    # an imported id parser (`parseId(req.params.id)` from `../auth`)
                    args = value.child_by_field_name("arguments")
                    first = args.named_children[0] if args is not None and \
                        args.named_children else None
                    return carried(ctx, flow, first, depth + 1)
                return flow.helper(name)  # a plain call of a function of this file
            return None
        receiver = value.child_by_field_name("object")
        if receiver is None and function is not None and function.type in _ACCESSORS:
            receiver = function.child_by_field_name(_ACCESSORS[function.type])
        found = carried(ctx, flow, receiver, depth + 1) if receiver is not None else None
        if found is not None:
            return found
        args = value.child_by_field_name("arguments")
        first = args.named_children[0] if args is not None and args.named_children else None
        return carried(ctx, flow, first, depth + 1)
    return None


def _targets(ctx: FileContext, target: Node) -> list[Node]:
    """The names an assignment target binds (patterns, tuples, declarations)."""
    if target.type in ("identifier", "shorthand_property_identifier_pattern"):
        return [target]
    out = []
    for node in descendants(target):
        if node.type == "shorthand_property_identifier_pattern":
            out.append(node)
        elif node.type == "identifier":
            if node.parent is not None and node.parent.type == "pair_pattern" and \
                    is_field(node.parent, "key", node):
                continue
            out.append(node)
    return out


def local_flow(ctx: FileContext, scope: Node, reads: list[Read],
               helper: Callable[[str], Read | None] | None = None) -> Flow:
    flow = Flow(scope, reads, {}, helper)
    for read in reads:  # a parameter that is a read (`x_user: str = Header()`) is a name
        if read.node.type == "identifier":
            flow.names.setdefault(ctx.node_text(read.node), read)
    g = grammar(ctx.language)
    if g is None:
        return flow
    for node in nodes_in(ctx, scope, *g.assignments):
        fields = g.assignments[node.type]
        target_field, value_field = fields
        value = node.child_by_field_name(value_field)
        target = node.child_by_field_name(target_field) if target_field else None
        if value is None or target is None:
            continue
        if node.type == "for_statement" and ctx.language != "python":
            continue
        found = carried(ctx, flow, value)
        if found is None and value.type == "expression_list" and value.named_children:
            found = carried(ctx, flow, value.named_children[0])
        if found is None:
            continue
        carrier: Read = found
        if target.type in _FIELD_TARGETS:
            # `update[key] = req.body[key]`, `user.name = body.name`: one field of an object
            # is written, the object does not become the request's value, unless the field's
            # name is the client's too (`for (const k of Object.keys(req.body)) o[k] = ...`)
            index = target.child_by_field_name("index") or target.child_by_field_name(
                "subscript")
            holder = target.child_by_field_name("object") or target.child_by_field_name(
                "value") or target.child_by_field_name("operand")
            if index is None or holder is None or holder.type not in _VALUE_NAMES or \
                    carried(ctx, flow, index) is None:
                continue
            flow.names.setdefault(ctx.node_text(holder), carrier)
            continue
        names = _targets(ctx, target)
        if target.type == "expression_list" and names:
            names = names[:1]  # Go: `v, err := read()` binds the value to the first name
        for name in names:
            flow.names.setdefault(ctx.node_text(name), carrier)
    return flow


def flow_at(ctx: FileContext, node: Node, name: str, reads: Callable[[], Iterable[Read]],
            *, skip: frozenset[str] = frozenset(), outermost: bool = False) -> Flow | None:
    """The flow of the function around `node` (climbing out of function kinds in `skip`, such as
    lambdas that share their handler's reads, or to the outermost function when `outermost`:
    callbacks inside a JavaScript handler), memoised per function under `name`."""
    scope = enclosing_function(ctx, node)
    while scope is not None and (outermost or scope.type in skip):
        outer = enclosing_function(ctx, scope)
        if outer is None:
            break
        scope = outer
    if scope is None:
        return None
    cache: dict[int, Flow] = ctx.cache.setdefault(f"access.flows.{name}", {})
    if scope.start_byte not in cache:
        inner = [r for r in reads() if scope.start_byte <= r.node.start_byte < scope.end_byte]
        cache[scope.start_byte] = local_flow(
            ctx, scope, inner, lambda called: _returned_read(ctx, called, name, reads))
    return cache[scope.start_byte]


def _returned_read(ctx: FileContext, called: str, name: str,
                   reads: Callable[[], Iterable[Read]]) -> Read | None:
    """The request value a function of this file returns unchanged (`func pathID(r
    *http.Request) (int64, bool) { id, err := strconv.ParseInt(r.PathValue("id"), 10, 64);
    return id, err == nil }`), one level deep."""
    memo: dict[str, Read | None] = ctx.cache.setdefault(f"access.returned.{name}", {})
    if called in memo:
        return memo[called]
    memo[called] = None  # a recursive helper returns nothing known
    found: Read | None = None
    fn = _named_function(ctx, called)
    if fn is not None:
        inner = [r for r in reads() if fn.start_byte <= r.node.start_byte < fn.end_byte]
        flow = local_flow(ctx, fn, inner)
        for node in nodes_in(ctx, fn, "return_statement"):
            for value in node.named_children:
                found = carried(ctx, flow, value)
                if found is None and value.type == "expression_list" and value.named_children:
                    found = carried(ctx, flow, value.named_children[0])
                if found is not None:
                    break
            if found is not None:
                break
    memo[called] = found
    return found


def _named_function(ctx: FileContext, called: str) -> Node | None:
    table: dict[str, Node] | None = ctx.cache.get("access.named_functions")
    if table is None:
        table = {}
        for fn in functions(ctx):
            ident = fn.child_by_field_name("name")
            if ident is not None:
                table.setdefault(ctx.node_text(ident), fn)
        ctx.cache["access.named_functions"] = table
    return table.get(called)


_KEY_PARTS = frozenset({"path", "query", "body"})


def request_key(ctx: FileContext, flow: Flow | None, key: Node) -> Node | None:
    """`key` (or the element of an array of keys) when it carries a path, query or body value."""
    if flow is None:
        return None
    for node in (list(key.named_children) if key.type in ("array", "list", "tuple") else [key]):
        read = carried(ctx, flow, node)
        if read is not None and read.part in _KEY_PARTS:
            return node
    return None


def client_identity_value(ctx: FileContext, flow: Flow | None, node: Node) -> bool:
    """`node` carries a person's or account's id from a cookie or header (`X-Teacher-Id`)."""
    if flow is None:
        return False
    read = carried(ctx, flow, node)
    return read is not None and read.part in ("cookie", "header") and (
        subject_key(read.key) or client_person_key(read.key))
