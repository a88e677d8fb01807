"""The few syntax facts the access-control analyses need, per grammar: where an assignment's
target and value are, which expressions are conditions, which operators compare, which nodes
are functions. The semantic layer answers names and calls; these tables answer shapes."""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from tree_sitter import Node

from vigilint.analyzers.access.vocabulary import privileged
from vigilint.analyzers.context import FileContext
from vigilint.analyzers.syntax import node_index, role_kinds
from vigilint.analyzers.syntax.enclosing import enclosing_node


@dataclass(frozen=True)
class Grammar:
    # assignment-like node kind -> (target field, value field)
    assignments: dict[str, tuple[str, str]]
    # node kind -> field holding a condition ("" = the kind is a condition holder whose
    # condition is its second named child, Python's `a if cond else b`)
    conditions: dict[str, str]
    comparisons: frozenset[str]  # node kinds of comparisons and boolean operators
    negations: frozenset[str]
    wrappers: frozenset[str]  # parentheses, awaits, casts: transparent
    compare_operators: frozenset[str]
    compare_methods: frozenset[str]  # methods/functions that compare (`equals`, `startswith`)
    strings: frozenset[str]


_COMPARE_METHODS = frozenset({
    "equals", "equalsIgnoreCase", "startsWith", "endsWith", "contains", "matches",
    "startswith", "endswith", "includes", "indexOf", "has", "HasPrefix", "HasSuffix",
    "Contains", "EqualFold", "Equal", "compare", "compare_digest", "isIn", "in_", "match",
    "fullmatch", "test", "some", "every", "anyMatch", "ContainsString",
})

GRAMMARS: dict[str, Grammar] = {
    "python": Grammar(
        assignments={"assignment": ("left", "right"), "augmented_assignment": ("left", "right"),
                     "named_expression": ("name", "value"), "for_statement": ("left", "right"),
                     "for_in_clause": ("left", "right"), "with_item": ("", "value")},
        conditions={"if_statement": "condition", "elif_clause": "condition",
                    "while_statement": "condition", "conditional_expression": "",
                    "assert_statement": "", "if_clause": ""},
        comparisons=frozenset({"comparison_operator", "boolean_operator"}),
        negations=frozenset({"not_operator"}),
        wrappers=frozenset({"parenthesized_expression", "await"}),
        compare_operators=frozenset({"==", "!=", "in", "not in", "is", "is not", "<", ">",
                                     "<=", ">="}),
        compare_methods=_COMPARE_METHODS,
        strings=frozenset({"string", "concatenated_string"}),
    ),
    "javascript": Grammar(
        assignments={"variable_declarator": ("name", "value"),
                     "assignment_expression": ("left", "right"),
                     "for_in_statement": ("left", "right")},
        conditions={"if_statement": "condition", "while_statement": "condition",
                    "ternary_expression": "condition", "do_statement": "condition"},
        comparisons=frozenset({"binary_expression"}),
        negations=frozenset({"unary_expression"}),
        wrappers=frozenset({"parenthesized_expression", "await_expression",
                            "non_null_expression", "as_expression"}),
        compare_operators=frozenset({"==", "!=", "===", "!==", "<", ">", "<=", ">=", "in"}),
        compare_methods=_COMPARE_METHODS,
        strings=frozenset({"string", "template_string"}),
    ),
    "java": Grammar(
        assignments={"variable_declarator": ("name", "value"),
                     "assignment_expression": ("left", "right"),
                     "enhanced_for_statement": ("name", "value")},
        conditions={"if_statement": "condition", "while_statement": "condition",
                    "ternary_expression": "condition", "do_statement": "condition"},
        comparisons=frozenset({"binary_expression"}),
        negations=frozenset({"unary_expression"}),
        wrappers=frozenset({"parenthesized_expression", "cast_expression"}),
        compare_operators=frozenset({"==", "!=", "<", ">", "<=", ">="}),
        compare_methods=_COMPARE_METHODS,
        strings=frozenset({"string_literal"}),
    ),
    "go": Grammar(
        assignments={"short_var_declaration": ("left", "right"),
                     "assignment_statement": ("left", "right"), "var_spec": ("name", "value"),
                     "range_clause": ("left", "right")},
        conditions={"if_statement": "condition", "for_statement": "condition",
                    "expression_case": "value"},
        comparisons=frozenset({"binary_expression"}),
        negations=frozenset({"unary_expression"}),
        wrappers=frozenset({"parenthesized_expression", "type_assertion_expression"}),
        compare_operators=frozenset({"==", "!=", "<", ">", "<=", ">="}),
        compare_methods=_COMPARE_METHODS,
        strings=frozenset({"interpreted_string_literal", "raw_string_literal"}),
    ),
}
_FAMILY = {"typescript": "javascript", "tsx": "javascript"}


def grammar(language: str) -> Grammar | None:
    return GRAMMARS.get(_FAMILY.get(language, language))


def family(language: str) -> str:
    return _FAMILY.get(language, language)


_HOOK_FAMILIES = frozenset({"python", "javascript", "java", "go"})


def language_hooks(language: str, module: str) -> Any:
    """`HOOKS` of `vigilint.analyzers.access.<family>.<module>` (`records`: lookups and owner
    filters; `reads`: where the caller's identity is read), or None for a language without
    access-control hooks. Imported on first use: a scan loads only its languages'."""
    fam = family(language)
    if fam not in _HOOK_FAMILIES:
        return None
    return importlib.import_module(f"vigilint.analyzers.access.{fam}.{module}").HOOKS


def functions(ctx: FileContext) -> list[Node]:
    """Every function-like node of the file, outer before inner."""
    kinds = frozenset(role_kinds(ctx.language, "function"))
    return [n for n in ctx.walk() if n.type in kinds]


def indexed_functions(ctx: FileContext) -> list[Node]:
    """The function nodes of `functions`, from the file's node index (one query, in C): the
    named nodes alone (the walk also meets the anonymous `lambda` keyword of Python, which
    has no name and no body), outer before inner."""
    kinds = role_kinds(ctx.language, "function")
    found = node_index.nodes_of(ctx, kinds) if ctx.tree is not None and kinds else None
    return found if found is not None else [n for n in functions(ctx) if n.is_named]


def enclosing_function(ctx: FileContext, node: Node) -> Node | None:
    """The function around `node`, from byte ranges (`syntax/enclosing.py`): walking up with
    `Node.parent` from every call was cubic over a long call chain (12 s at 4,000 characters)."""
    return enclosing_node(ctx, node, role_kinds(ctx.language, "function"))


def descendants(node: Node) -> Iterator[Node]:
    """Every node under `node` in document order (iterative)."""
    stack = [node]
    while stack:
        cur = stack.pop()
        yield cur
        stack.extend(reversed(cur.children))


def is_field(parent: Node | None, field: str, node: Node) -> bool:
    """`node` is `parent`'s child in `field`."""
    if parent is None:
        return False
    child = parent.child_by_field_name(field)
    return child is not None and child.id == node.id


def contains(outer: Node, inner: Node) -> bool:
    return outer.start_byte <= inner.start_byte and inner.end_byte <= outer.end_byte


def _operator(ctx: FileContext, node: Node) -> str:
    op = node.child_by_field_name("operator")
    if op is not None:
        return ctx.node_text(op)
    # Python comparison_operator: operators are the unnamed children
    ops = [ctx.node_text(c) for c in node.children if not c.is_named]
    return " ".join(ops)


@dataclass(frozen=True)
class ConditionUse:
    condition: Node  # the whole condition
    compared: bool  # the value is compared (==, in, equals, startsWith), not only tested


def condition_use(ctx: FileContext, node: Node) -> ConditionUse | None:
    """How `node` takes part in a condition (an `if`, a loop, a ternary, an assert), or None
    when it does not. The walk goes up through comparisons, boolean operators, negations,
    parentheses and comparing calls only."""
    g = grammar(ctx.language)
    if g is None:
        return None
    compared = False
    cur = node
    if cur.type in ("attribute", "member_expression", "selector_expression", "field_access"):
        inner = cur.child_by_field_name("object") or cur.child_by_field_name("operand")
        if inner is not None and _size_of(ctx, cur, inner):
            return None  # the use is the value's `.length` itself
    while cur.parent is not None:
        parent = cur.parent
        kind = parent.type
        field = g.conditions.get(kind)
        if field is not None:
            if field == "":
                named = parent.named_children
                target = named[1] if kind == "conditional_expression" and len(named) > 1 else \
                    (named[0] if named else None)
                if kind == "conditional_expression" and target is not None and \
                        target.id != cur.id:
                    return None
            else:
                target = parent.child_by_field_name(field)
            if target is not None and contains(target, cur):
                if _constant_choice(ctx, parent, target):
                    return None
                return ConditionUse(target, compared)
            return None
        if kind in g.comparisons:
            op = _operator(ctx, parent)
            if any(o in g.compare_operators for o in op.split(" ")) or op in g.compare_operators:
                compared = True
            elif op not in ("and", "or", "&&", "||", "not", "!"):
                return None
        elif kind in g.negations or kind in g.wrappers:
            if kind == "unary_expression" and _operator(ctx, parent) == "typeof":
                return None  # `typeof scope !== "string"`: the value's type, not what it says
        elif kind in ("arrow_function", "lambda", "func_literal", "lambda_expression"):
            # a predicate handed to `list.some(p => ...)`, `any(... for ...)`, `anyMatch`
            outer = parent.parent.parent if parent.parent is not None else None
            if outer is None or outer.type not in ("call", "call_expression",
                                                   "method_invocation") or \
                    _through_call(ctx, outer, parent, g) is not True:
                return None
            compared = True
            cur = outer
            continue
        elif kind in ("call", "call_expression", "method_invocation"):
            verdict = _through_call(ctx, parent, cur, g)
            if verdict is None:
                return None
            compared = compared or verdict
        elif kind in ("attribute", "member_expression", "selector_expression",
                      "field_access") and _size_of(ctx, parent, cur):
            return None  # `scope.split(" ").length > 1`: how long the value is, not what it says
        elif kind in ("argument_list", "arguments", "attribute", "member_expression",
                      "selector_expression", "field_access", "subscript",
                      "subscript_expression", "index_expression", "optional_chain",
                      "expression_list"):
            pass
        elif compared and kind in g.assignments:
            # `const isOwner = ctx.cookies.get("role") === "owner"` then `if (isOwner)` or
            # `isOwner ? all : some`: the comparison decides through its variable
            return _flag_condition(ctx, parent, cur, g)
        else:
            return None
        cur = parent
    return None


_LITERALS = frozenset({"string", "template_string", "number", "true", "false", "null",
                       "string_literal", "integer", "float", "decimal_integer_literal", "none",
                       "interpreted_string_literal", "raw_string_literal", "int_literal",
                       "undefined"})


def _constant_choice(ctx: FileContext, holder: Node, condition: Node) -> bool:
    """A ternary that picks one of two constants (`tier === 'vip' ? 'vip' : 'standard'`):
    it normalises a value, it decides no access (unless a constant is a privileged role)."""
    if holder.type not in ("ternary_expression", "conditional_expression"):
        return False
    branches = [c for c in holder.named_children if c.id != condition.id]
    if len(branches) != 2 or any(b.type not in _LITERALS or
                                 (b.type == "template_string" and b.named_children)
                                 for b in branches):
        return False
    return not any(privileged(ctx.node_text(b).strip("'\"`")) for b in branches)


def _flag_condition(ctx: FileContext, assignment: Node, value: Node,
                    g: Grammar) -> ConditionUse | None:
    target_field, value_field = g.assignments[assignment.type]
    target = assignment.child_by_field_name(target_field) if target_field else None
    assigned = assignment.child_by_field_name(value_field)
    if target is None or assigned is None or not contains(assigned, value) or \
            target.type != "identifier":
        return None
    name = ctx.node_text(target)
    scope = enclosing_function(ctx, assignment)
    if scope is None:
        return None
    for node in descendants(scope):
        if node.start_byte < assignment.end_byte or node.type != "identifier" or \
                ctx.node_text(node) != name:
            continue
        use = condition_use(ctx, node)
        if use is not None:
            return ConditionUse(use.condition, True)
    return None


# Calls that test what type a value is, or measure it: input validation (a parameter that must
# be a string, a list, of some length), never a decision on who may do what.
_TYPE_TESTS = frozenset({"isArray", "isInteger", "isSafeInteger", "isFinite", "isNaN", "isBuffer",
                         "isinstance", "isString", "isPlainObject", "len"})
_SIZES = frozenset({"length", "size"})


def _size_of(ctx: FileContext, member: Node, inner: Node) -> bool:
    """`value.length` / `value.size`: the member read is the size of `inner`, its object."""
    obj = member.child_by_field_name("object") or member.child_by_field_name("operand")
    prop = member.child_by_field_name("property") or member.child_by_field_name("attribute") \
        or member.child_by_field_name("field")
    return obj is not None and obj.id == inner.id and prop is not None and \
        ctx.node_text(prop) in _SIZES


def _through_call(ctx: FileContext, call: Node, inner: Node, g: Grammar) -> bool | None:
    """A call on the way up to a condition: True when it compares the value
    (`x.startswith(p)`, `a.equals(x)`), False when it only reads or converts it
    (`claims.get("plan")`, `int(x)`), None when the value goes elsewhere."""
    function = call.child_by_field_name("function") or call.child_by_field_name("name")
    if function is None:
        return None
    name = ctx.node_text(function).rsplit(".", 1)[-1]
    if name in _TYPE_TESTS:
        return None  # `Array.isArray(scope)`: the value's shape is checked, not its content
    args = call.child_by_field_name("arguments")
    receiver = call.child_by_field_name("object")
    in_args = args is not None and contains(args, inner)
    if name in g.compare_methods:
        return True
    if not in_args:  # the value is the receiver: an accessor or converter (`x.get("k")`)
        return False if receiver is not None or function.type in (
            "attribute", "member_expression", "selector_expression") else None
    arguments = [a for a in args.named_children if a.type not in ("comment",)] \
        if args is not None else []
    return False if len(arguments) == 1 else None


# The node kinds the access-control providers look for, per grammar: one tree-sitter query per
# file finds them all (in C), so no provider walks the whole tree in Python.
# The conditions too: every handler body is searched for role checks (a query per body cost
# as much as the file's one query). Two condition nodes never start at the same byte (each
# begins with its keyword, or with an operand that cannot be an unparenthesized condition),
# so the index's order is the order a query of the body gave. The returns too (a helper that
# returns the caller; a return never starts where another does).
_INDEXED: dict[str, tuple[str, ...]] = {
    "python": ("call", "return_statement", "attribute", "subscript", "class_definition", "pair",
               *GRAMMARS["python"].assignments, *GRAMMARS["python"].conditions),
    "javascript": ("call_expression", "return_statement", "member_expression", "new_expression",
                   "class_declaration", "class", "required_parameter", "optional_parameter",
                   *GRAMMARS["javascript"].assignments, *GRAMMARS["javascript"].conditions),
    "java": ("method_invocation", "return_statement", "class_declaration", "interface_declaration",
             "method_declaration", *GRAMMARS["java"].assignments,
             *GRAMMARS["java"].conditions),
    "go": ("call_expression", "return_statement", "keyed_element", "type_spec", "import_spec",
           "function_declaration", "method_declaration", "parameter_declaration",
           *GRAMMARS["go"].assignments, *GRAMMARS["go"].conditions),
}
node_index.register(kind for kinds in _INDEXED.values() for kind in kinds)


def _document_order(node: Node) -> tuple[int, int]:
    """Pre-order: by start, and of nodes starting together the outer first (ties broken
    the same way in every run, whatever order the query reported them in)."""
    return node.start_byte, -node.end_byte


def nodes(ctx: FileContext, *kinds: str) -> list[Node]:
    """Every node of `kinds` in the file, in document order (from one memoised query)."""
    index: dict[str, list[Node]] | None = ctx.cache.get("access.nodes")
    if index is None:
        index = {}
        if ctx.tree is not None:
            from vigilint.analyzers.languages import compile_query, query_cursor, tree_language

            grammar_language = tree_language(ctx.language)
            wanted = [k for k in dict.fromkeys(_INDEXED.get(family(ctx.language), ()))
                      if grammar_language.id_for_node_kind(k, True) is not None]
            shared = node_index.indexed(ctx, wanted) if wanted else None
            if shared is not None:  # the file's one query (syntax/node_index.py)
                index = {k: found for k, found in shared.items() if found}
            elif wanted:
                query = compile_query(ctx.language, " ".join(f"({k}) @n" for k in wanted))
                for node in query_cursor(query).captures(ctx.tree.root_node).get("n", []):
                    index.setdefault(node.type, []).append(node)
                for found in index.values():
                    found.sort(key=_document_order)
        ctx.cache["access.nodes"] = index
    if len(kinds) == 1:
        return index.get(kinds[0], [])
    merged = [n for k in kinds for n in index.get(k, [])]
    merged.sort(key=_document_order)
    return merged


def nodes_in(ctx: FileContext, scope: Node, *kinds: str) -> list[Node]:
    """The nodes of `kinds` inside `scope`, in document order (kinds the file index does not
    hold, such as identifiers, are queried in the scope alone)."""
    import bisect

    indexed = _INDEXED.get(family(ctx.language), ())
    if any(k not in indexed for k in kinds):
        from vigilint.analyzers.languages import compile_query, query_cursor, tree_language

        grammar_language = tree_language(ctx.language)
        wanted = [k for k in kinds if grammar_language.id_for_node_kind(k, True) is not None]
        if not wanted:
            return []
        query = compile_query(ctx.language, " ".join(f"({k}) @n" for k in wanted))
        return sorted(query_cursor(query).captures(scope).get("n", []),
                      key=lambda n: n.start_byte)
    found = nodes(ctx, *kinds)
    low = bisect.bisect_left(found, scope.start_byte, key=lambda n: n.start_byte)
    high = bisect.bisect_left(found, scope.end_byte, key=lambda n: n.start_byte)
    return found[low:high]
