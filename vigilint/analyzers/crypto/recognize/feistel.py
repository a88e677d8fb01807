"""Block-cipher rounds written by hand: Feistel rounds (halves swapped while one is XORed
with a round function of the other) and SPN rounds (the state XORed with a round key, then
substituted through an S-box or a substitution function, in a loop) (VG-CRYPTO-004)."""


from __future__ import annotations

import re

from tree_sitter import Node

from vigilint import lazyre
from vigilint.analyzers.context import FileContext
from vigilint.analyzers.crypto.names import KEY_WORDS, mentions
from vigilint.analyzers.crypto.recognize import Evidence
from vigilint.analyzers.crypto.syntax import (
    BINARY_KINDS,
    CALL_KINDS,
    file_mentions,
    in_loop,
    operands,
    operator,
    unwrap,
    walk,
)

_ASSIGNMENTS = ("assignment", "assignment_statement", "assignment_expression")
_INDEXED = ("subscript", "index_expression", "array_access", "subscript_expression")


def _names(ctx: FileContext, node: Node | None) -> list[Node]:
    if node is None:
        return []
    if node.type in ("pattern_list", "tuple_pattern", "expression_list", "array_pattern",
                     "array", "tuple"):
        return [c for c in node.named_children if c.type != "comment"]
    return [node]


def _round_function(ctx: FileContext, expr: Node | None, half: str, other: str) -> bool:
    """`half ^ f(other, ...)`: an XOR of one half with something computed from the other."""
    expr = unwrap(expr)
    if expr is None or expr.type not in BINARY_KINDS or operator(ctx, expr) != "^":
        return False
    left, right = (unwrap(n) for n in operands(expr))
    if left is None or right is None:
        return False
    if ctx.node_text(left) == half:
        mixed = right
    elif ctx.node_text(right) == half:
        mixed = left
    else:
        return False
    has_work = any(n.type in CALL_KINDS or n.type in _INDEXED or n.type in BINARY_KINDS
                   for n in walk(mixed))
    uses_other = any(n.type == "identifier" and ctx.node_text(n) == other for n in walk(mixed))
    return has_work and uses_other


def _assign_parts(ctx: FileContext, stmt: Node | None) -> tuple[str, str] | None:
    """(target, value) text of a simple `a = b` / `let a = b` / `a := b` statement."""
    if stmt is None:
        return None
    node = stmt
    if node.type == "expression_statement" and node.named_children:
        node = node.named_children[0]
    if node.type in ("lexical_declaration", "variable_declaration", "local_variable_declaration",
                     "var_declaration"):
        decl = next((c for c in node.named_children if c.type in ("variable_declarator",
                                                                  "var_spec")), None)
        if decl is None:
            return None
        name, value = decl.child_by_field_name("name"), decl.child_by_field_name("value")
        return (ctx.node_text(name), ctx.node_text(value)) if value is not None else None
    if node.type in (*_ASSIGNMENTS, "short_var_declaration"):
        if node.type != "short_var_declaration" and operator(ctx, node) not in ("=", ""):
            return None
        return ctx.node_text(node.child_by_field_name("left")), ctx.node_text(
            node.child_by_field_name("right"))
    return None


def _statement(node: Node) -> Node:
    parent = node.parent
    if parent is not None and parent.type == "expression_statement":
        return parent
    return node


def _sibling(node: Node, step: int) -> Node | None:
    sib = node.prev_named_sibling if step < 0 else node.next_named_sibling
    while sib is not None and sib.type in ("comment", "line_comment", "block_comment"):
        sib = sib.prev_named_sibling if step < 0 else sib.next_named_sibling
    return sib


NODE_KINDS = frozenset(_ASSIGNMENTS) | {"variable_declarator", "short_var_declaration",
                                       "augmented_assignment",
                                       "augmented_assignment_expression"}


def evidence(ctx: FileContext, node: Node) -> Evidence | None:
    if not file_mentions(ctx, "crypto.xor_operator", ("^",)) and not file_mentions(
            ctx, "crypto.sbox_names", ("box", "Box", "BOX", "SUB", "sub", "Sub")):
        # both rounds XOR, or add a key byte into a substitution table's index: a per-file
        # test first (a line of 125,000 assignments)
        return None
    if _feistel(ctx, node):
        return Evidence(node, "feistel", "a Feistel round (the halves swapped, one XORed with "
                                         "a round function of the other)")
    if _spn(ctx, node) or _spn_in_steps(ctx, node):
        if "^" not in ctx.node_text(node):
            return Evidence(node, "spn", "an SPN round (the state combined with a key byte "
                                         "and substituted through a table)")
        return Evidence(node, "spn", "an SPN round (the state XORed with a round key, then "
                                     "substituted)")
    return None


_XOR_INTO = ("^=",)
_LOOPS = frozenset({"for_statement", "for_in_statement", "enhanced_for_statement",
                    "while_statement", "do_statement", "for_of_statement"})
_TABLE_NAME = lazyre.compile(r"(?i:s_?box\w*|sub\w*|box\w*)|[A-Z][A-Z0-9_]{0,40}")


def _spn_in_steps(ctx: FileContext, node: Node) -> bool:
    """The round written as statements of one loop body: `state ^= rk` with the round key
    taken from a key-named sequence, then `state = ...SBOX[(state >> s) & 0xF]...`, the
    state replaced by a substitution-table read of itself."""
    if operator(ctx, node) not in _XOR_INTO:
        return False
    target = node.child_by_field_name("left")
    key = unwrap(node.child_by_field_name("right"))
    if target is not None and target.type == "expression_list" and target.named_children:
        target = target.named_children[0]
    if key is not None and key.type == "expression_list" and key.named_children:
        key = unwrap(key.named_children[0])
    if target is None or key is None or target.type != "identifier":
        return False
    keyed = _round_key_item(ctx, key, node) or (key.type in _INDEXED and mentions(
        ctx.node_text(key.named_children[0] if key.named_children else key),
        KEY_WORDS | {"rk", "subkey", "subkeys", "round"}) and in_loop(node))
    if not keyed:
        return False
    loop = node.parent
    while loop is not None and loop.type not in _LOOPS:
        loop = loop.parent
    if loop is None:
        return False
    state = ctx.node_text(target)
    for n in walk(loop):
        if n.start_byte <= node.start_byte or n.type not in _INDEXED or \
                not n.named_children:
            continue
        table = ctx.node_text(n.named_children[0])
        index = ctx.node_text(n.named_children[-1])
        if table != state and _TABLE_NAME.fullmatch(table) and \
                re.search(rf"\b{re.escape(state)}\b", index) and (
                    _assigned_to(ctx, n, state) or _through_local(ctx, n, state, loop)):
            return True
    return False


_GATHERS = (*_ASSIGNMENTS, "augmented_assignment", "augmented_assignment_expression",
            "variable_declarator", "short_var_declaration", "expression_statement")


def _through_local(ctx: FileContext, node: Node, state: str, loop: Node) -> bool:
    """The substituted nibbles gathered in a local first (`sub |= SBOX[(state >> 4*n) & 0xF]
    << 4*n`), then the state replaced by a permutation of that local (`state = ((sub << 5) |
    (sub >>> 11)) & 0xFFFF`): the round's S and P layers written as two statements."""
    holder = node.parent
    while holder is not None and holder.type not in _GATHERS:
        holder = holder.parent
    if holder is None or holder.type == "expression_statement":
        return False
    target = holder.child_by_field_name("left") or holder.child_by_field_name("name")
    local = ctx.node_text(target).strip() if target is not None else ""
    if not local.isidentifier() or local == state:
        return False
    return re.search(rf"(?<![\w.]){re.escape(state)}\s{{0,4}}=(?!=)[^;\n]{{0,200}}\b"
                     rf"{re.escape(local)}\b", ctx.node_text(loop)) is not None


def _assigned_to(ctx: FileContext, node: Node, name: str) -> bool:
    """`node` is part of the value assigned to `name` (`state = sum(SBOX[...] ...)`)."""
    holder = node.parent
    while holder is not None and holder.type not in (*_ASSIGNMENTS, "expression_statement",
                                                     "variable_declarator"):
        holder = holder.parent
    if holder is None or holder.type == "expression_statement":
        return False
    target = holder.child_by_field_name("left") or holder.child_by_field_name("name")
    return target is not None and ctx.node_text(target).strip() == name


def _spn(ctx: FileContext, node: Node) -> bool:
    """`state = permute(substitute(state ^ round_keys[r]))`, `s = SBOX[s ^ k[i]]` in a loop."""
    if operator(ctx, node) not in ("=", ""):
        return False
    target = node.child_by_field_name("left")
    value = node.child_by_field_name("right")
    if target is not None and value is not None and target.type == "expression_list" and \
            value.type == "expression_list" and len(target.named_children) == 1 and \
            len(value.named_children) == 1:  # go: `w = subst(w ^ k)`
        target, value = target.named_children[0], value.named_children[0]
    value = unwrap(value)
    if target is None or value is None or target.type != "identifier":
        return False
    state = ctx.node_text(target)
    value = _unreduced(ctx, value)
    if value.type in BINARY_KINDS and operator(ctx, value) in ("+", "^") and in_loop(node):
        # `t = SBOX[t + key[i]] + block[j]`: the state and a key byte added (or XORed) into
        # the index of a substitution table, the state replaced by what it reads
        return any(_keyed_lookup(ctx, side, state) for side in (unwrap(x) for x in
                                                                 operands(value)))
    if value.type not in CALL_KINDS and value.type not in _INDEXED:
        return False
    for n in walk(value):
        if n.type in BINARY_KINDS and operator(ctx, n) == "^" and n.id != value.id:
            left, right = (unwrap(x) for x in operands(n))
            if left is None or right is None:
                continue
            sides = {ctx.node_text(left), ctx.node_text(right)}
            other = right if ctx.node_text(left) == state else left
            if state in sides and _round_key_item(ctx, other, node):
                return True
            if state in sides and other.type in _INDEXED and mentions(
                    ctx.node_text(other.child_by_field_name("object") or other.child_by_field_name(
                        "value") or other.child_by_field_name("array") or other.child_by_field_name(
                        "operand") or other), KEY_WORDS | {"rk", "subkey", "subkeys", "round"}):
                return in_loop(node)
    return False


_SBOX_NAME = lazyre.compile(r"(?i:s_?box|sub(?:st)?|box)|^[A-Z][A-Z0-9_]{0,40}$")


def _unreduced(ctx: FileContext, value: Node) -> Node:
    """The value without a reduction to a byte (`(...) % 256`, `(...) & 0xff`)."""
    if value.type in BINARY_KINDS and operator(ctx, value) in ("%", "&"):
        right = value.child_by_field_name("right")
        left = unwrap(value.child_by_field_name("left"))
        if right is not None and left is not None and ctx.node_text(right).lower() in (
                "256", "255", "0xff"):
            return left
    return value


def _keyed_lookup(ctx: FileContext, side: Node | None, state: str) -> bool:
    """`SBOX[t + key[i]]`, `box[s ^ k[r]]`: a substitution table read at the state combined
    with a key-named element."""
    if side is None or side.type not in _INDEXED or len(side.named_children) < 2:
        return False
    table, index = side.named_children[0], unwrap(side.named_children[-1])
    index = _unreduced(ctx, index) if index is not None else None
    if index is None or index.type not in BINARY_KINDS or operator(ctx, index) not in (
            "+", "^") or not _SBOX_NAME.search(ctx.node_text(table)):
        return False
    parts = [unwrap(x) for x in operands(index)]
    return any(p is not None and ctx.node_text(p) == state for p in parts) and any(
        p is not None and p.type in _INDEXED and p.named_children and mentions(
            ctx.node_text(p.named_children[0]), KEY_WORDS | {"rk", "subkey", "subkeys"})
        for p in parts)


_FOR_EACH = frozenset({"for_statement", "for_in_statement", "enhanced_for_statement"})


def _round_key_item(ctx: FileContext, other: Node, node: Node) -> bool:
    """`k` of `for (const k of VOUCHER_KEYS)`, `for k in round_keys`, `for _, k := range
    subkeys`, `for (int k : KEYS)`: each round key taken in turn from a key-named sequence."""
    if other.type != "identifier":
        return False
    name = ctx.node_text(other)
    loop = node.parent
    while loop is not None and loop.type not in _FOR_EACH:
        loop = loop.parent
    if loop is None:
        return False
    head = loop.child_by_field_name("left") or loop.child_by_field_name("name")
    walked = loop.child_by_field_name("right") or loop.child_by_field_name("value")
    if head is None:  # go: `for _, k := range keys`
        clause = next((c for c in loop.named_children if c.type == "range_clause"), None)
        if clause is not None:
            head, walked = clause.child_by_field_name("left"), clause.child_by_field_name(
                "right")
    if head is None or walked is None:
        return False
    if name not in {ctx.node_text(n) for n in walk(head) if n.type == "identifier"}:
        return False
    text = ctx.node_text(walked)
    if ".keys(" in text or "keys(" in text.split(".", 1)[0] or ".keySet(" in text or \
            "Object.keys" in text:
        return False  # a map's keys, not a cipher's
    return mentions(text, KEY_WORDS | {"rk", "subkey", "subkeys", "round"})


def _temp_first(ctx: FileContext, node: Node) -> bool:
    """`next = left ^ f(right, k); left = right; right = next`: the new half in a temporary,
    then the halves moved (declared `int next = ...`, `const next = ...`, `next := ...`)."""
    name = node.child_by_field_name("name") or node.child_by_field_name("left")
    value = node.child_by_field_name("value") or node.child_by_field_name("right")
    names, values = _names(ctx, name), _names(ctx, value)
    if len(names) != 1 or len(values) != 1 or names[0].type != "identifier":
        return False
    expr = unwrap(values[0])
    if expr is None or expr.type not in BINARY_KINDS or operator(ctx, expr) != "^":
        return False
    temp = ctx.node_text(names[0])
    stmt = node if node.type == "short_var_declaration" else _statement(node)
    if node.type == "variable_declarator" and node.parent is not None and node.parent.type in (
            "lexical_declaration", "variable_declaration", "local_variable_declaration"):
        stmt = node.parent
    first = _sibling(stmt, 1)
    moved = _assign_parts(ctx, first)
    settled = _assign_parts(ctx, _sibling(first, 1)) if first is not None else None
    if moved is None or settled is None or settled[1] != temp or settled[0] != moved[1]:
        return False
    return _round_function(ctx, expr, moved[0], moved[1]) and in_loop(node)


def _feistel(ctx: FileContext, node: Node) -> bool:
    if node.type in ("variable_declarator", "short_var_declaration"):
        return _temp_first(ctx, node)
    if operator(ctx, node) not in ("=", ""):
        return False
    if _temp_first(ctx, node):
        return True
    targets = _names(ctx, node.child_by_field_name("left"))
    values = _names(ctx, node.child_by_field_name("right"))
    if len(targets) == 2 and len(values) == 2:
        a, b = (ctx.node_text(t) for t in targets)
        if ctx.node_text(values[0]) == b and _round_function(ctx, values[1], a, b):
            return in_loop(node)
        return False
    if len(targets) != 1 or len(values) != 1 or targets[0].type != "identifier":
        return False
    target = ctx.node_text(targets[0])
    expr = unwrap(values[0])
    if expr is None or expr.type not in BINARY_KINDS or operator(ctx, expr) != "^":
        return False
    stmt = _statement(node)
    before, after = _assign_parts(ctx, _sibling(stmt, -1)), _assign_parts(ctx, _sibling(stmt, 1))
    if before is None or after is None or before[1] != target or after[1] != before[0]:
        return False
    half = after[0]
    return _round_function(ctx, expr, half, target) and in_loop(node)


