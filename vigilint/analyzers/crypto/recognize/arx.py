"""Rotate-and-add rounds written by hand: two or more bit rotations with additions, in a loop
or unrolled (ChaCha/Salsa, TEA, MD5/SHA compression functions) (VG-CRYPTO-003). Functions
named for non-cryptographic hashing or holding MurmurHash/xxHash/splitmix constants are not
evidence."""


from __future__ import annotations

import re

from tree_sitter import Node

from vigilint import lazyre
from vigilint.analyzers.context import FileContext
from vigilint.analyzers.crypto.names import NON_CRYPTO_WORDS
from vigilint.analyzers.crypto.recognize import Evidence
from vigilint.analyzers.crypto.recognize.handmade import calls_of
from vigilint.analyzers.crypto.syntax import (
    BINARY_KINDS,
    CALL_KINDS,
    FUNCTION_KINDS,
    INTEGER_KINDS,
    LOOP_KINDS,
    callee,
    function_name,
    int_value,
    last_name,
    operands,
    operator,
    unwrap,
    walk,
    words,
)

_ROTATE_CALLS = frozenset({"rotl", "rotr", "rol", "ror", "rotl32", "rotr32", "rotl64", "rotr64",
                           "rotate_left", "rotate_right", "rotateLeft", "rotateRight", "ROTL",
                           "ROTR", "RotateLeft32", "RotateLeft64", "RotateLeft", "RotateLeft8",
                           "RotateLeft16", "left_rotate",
                           "right_rotate", "leftrotate", "rightrotate", "rotleft", "rotright",
                           "ROTL32", "ROTR32", "rotate", "_rotl", "_rotr", "rot"})
# MurmurHash3, xxHash and splitmix constants: non-cryptographic hashing and PRNG mixing.
_NON_CRYPTO_CONSTANTS = frozenset({
    0xCC9E2D51, 0x1B873593, 0xE6546B64, 0x85EBCA6B, 0xC2B2AE35, 0x9E3779B1, 0x85EBCA77,
    0xC2B2AE3D, 0x27D4EB2F, 0x165667B1, 0x87C37B91114253D5, 0x4CF5AD432745937F,
    0x9E3779B97F4A7C15, 0xBF58476D1CE4E5B9, 0x94D049BB133111EB, 0xFF51AFD7ED558CCD,
    0xC4CEB9FE1A85EC53,
})
_EXCLUDED_WORDS = NON_CRYPTO_WORDS | {"random", "rand", "rng", "prng", "xorshift", "splitmix",
                                      "wyhash", "combine", "pcg"}


def _is_rotation(ctx: FileContext, node: Node) -> bool:
    if operator(ctx, node) not in ("|", "^", "+"):
        return False
    left, right = (unwrap(n) for n in operands(node))
    if left is None or right is None or left.type not in BINARY_KINDS \
            or right.type not in BINARY_KINDS:
        return False
    ops = {operator(ctx, left), operator(ctx, right)}
    if "<<" not in ops or not ops & {">>", ">>>"}:
        return False
    a, b = operands(left)[0], operands(right)[0]
    return a is not None and b is not None and ctx.node_text(unwrap(a)) == ctx.node_text(unwrap(b))


def _shift_mix(ctx: FileContext, node: Node) -> bool:
    """The top of an XOR chain that mixes one word shifted both ways, each shift offset on its
    own (TEA's `((v1 << 4) + k0) ^ (v1 + sum) ^ ((v1 >>> 5) + k1)`): a rotation spread over
    the terms of the round."""
    if operator(ctx, node) != "^" or (node.parent is not None and node.parent.type in
                                      BINARY_KINDS and operator(ctx, node.parent) == "^"):
        return False
    left_shifted: set[str] = set()
    right_shifted: set[str] = set()
    for n in walk(node):
        if n.type in BINARY_KINDS and operator(ctx, n) in ("<<", ">>", ">>>"):
            shifted = unwrap(operands(n)[0])
            if shifted is None or shifted.type not in ("identifier", "subscript",
                                                       "subscript_expression",
                                                       "index_expression", "member_expression"):
                continue
            (left_shifted if operator(ctx, n) == "<<" else right_shifted).add(
                ctx.node_text(shifted))
    if not left_shifted & right_shifted:
        return False
    # not a rotation (`_is_rotation` counts those, this one or one inside it): the shifts sit
    # in different terms
    return not any(n.type in BINARY_KINDS and _is_rotation(ctx, n) for n in walk(node))


NODE_KINDS = FUNCTION_KINDS - {"function"}
_ROT_HINT = lazyre.compile(rb"(?i)rot|\bro[lr]\b|\bro[lr]\d")


def _local_rotators(ctx: FileContext) -> frozenset[str]:
    """Functions of the file whose body is one bit rotation (`circ(x, n) { return x << n |
    x >>> (32 - n) }`): a call of one is a rotation, whatever it is called."""
    found: frozenset[str] | None = ctx.cache.get("crypto.local_rotators")
    if found is None:
        names = set()
        if ctx.tree is not None and b">>" in ctx.source and b"<<" in ctx.source:
            for fn in walk(ctx.tree.root_node):
                if fn.type not in FUNCTION_KINDS:
                    continue
                body = fn.child_by_field_name("body")
                name = function_name(ctx, fn)
                if body is None or not name or body.end_point[0] - body.start_point[0] > 3:
                    continue
                if any(n.type in BINARY_KINDS and _is_rotation(ctx, n) for n in walk(body)):
                    names.add(name)
        found = ctx.cache["crypto.local_rotators"] = frozenset(names)
    return found


def _called_in_loop(ctx: FileContext, fn: Node, name: str) -> bool:
    """A round function split from its rounds: another function of the file calls it inside
    a loop (`for r := 0; r < 12; r++ { a, b = g.quarter(a, b, r) }`)."""
    if not name:
        return False
    for call in calls_of(ctx).get(name, ()):
        if fn.start_byte <= call.start_byte < fn.end_byte:
            continue
        cur = call.parent
        while cur is not None:
            if cur.type in LOOP_KINDS:
                return True
            if cur.type in FUNCTION_KINDS:
                # `SCHEDULE.forEach((k) => { [x, y] = round(x, y, k); })`: the callback of an
                # iterating method is the loop body
                if not _ITERATING_CALLBACK.search(ctx.source[
                        max(cur.start_byte - 40, 0):cur.start_byte].decode("utf-8", "replace")):
                    break
                return True
            cur = cur.parent
    return False


# `.forEach(`, `.reduce((s, k) => ` right before a callback: iterations that carry a state
# from one to the next (a `.map` maps each item on its own: not rounds)
_ITERATING_CALLBACK = lazyre.compile(r"\.(?:forEach|reduce|reduceRight|each|times)\s{0,4}\("
                                     r"\s{0,4}$")


def evidence(ctx: FileContext, fn: Node) -> Evidence | None:
    body = fn.child_by_field_name("body")
    if body is None:
        return None
    source = ctx.source[body.start_byte:body.end_byte]
    rotators = _local_rotators(ctx)
    if b"<<" not in source and not _ROT_HINT.search(source) and not any(
            r.encode() in source for r in rotators):
        return None
    name = function_name(ctx, fn)
    if set(words(name)) & _EXCLUDED_WORDS or name in ("__hash__", "hashCode", "GetHashCode"):
        return None
    rotations = additions = 0
    looped = False
    first: Node | None = None
    for n in walk(body):
        kind = n.type
        if kind in FUNCTION_KINDS:
            # `ROUND_KEYS.forEach((k) => { ... })`: the callback of an iterating method is a loop
            looped = looped or bool(_ITERATING_CALLBACK.search(ctx.source[
                max(n.start_byte - 40, 0):n.start_byte].decode("utf-8", "replace")))
            continue
        if kind in LOOP_KINDS:
            looped = True
        elif kind in BINARY_KINDS:
            if _is_rotation(ctx, n) or _shift_mix(ctx, n):
                rotations += 1
                first = first or n
            elif operator(ctx, n) == "+":
                additions += 1
        elif kind in CALL_KINDS:
            if last_name(callee(ctx, n)) in _ROTATE_CALLS or last_name(callee(ctx, n)) in rotators:
                rotations += 1
                first = first or n
        elif kind in ("augmented_assignment", "augmented_assignment_expression",
                      "assignment_statement", "assignment_expression") \
                and operator(ctx, n) == "+=":
            additions += 1
        elif kind in INTEGER_KINDS and int_value(ctx, n) in _NON_CRYPTO_CONSTANTS:
            return None
    if rotations >= 2 and additions >= 1 and first is not None and not looped and \
            rotations < 4:
        looped = _called_in_loop(ctx, fn, name)
    if rotations >= 2 and additions >= 1 and (looped or rotations >= 4) and first is not None:
        return Evidence(first, "arx", f"{rotations} rotations mixed with additions and XOR")
    if rotations == 1 and additions >= 1 and looped and first is not None and \
            _round_key_loop(ctx, body):
        return Evidence(first, "arx", "a rotation mixed with an addition and the XOR of a round "
                                      "key, over the round keys")
    return None


# `for rk in ROUND_KEYS:`, `for (const k of subkeys)`, `for _, k := range roundKeys`, `for (int
# k : SUBKEYS)`, `KEYS.forEach((k) =>`: a loop over an array named for round keys, whose item
# is XORed in (`^ rk`)
_ROUND_KEY_LOOP = lazyre.compile(
    r"\bfor\s{0,4}\(?\s{0,4}(?:const\s+|let\s+|var\s+|int\s+|long\s+|final\s+\w+\s+)?"
    r"(?:_\s{0,4},\s{0,4})?(\w{1,20})\s{0,4}(?:\bin\b|\bof\b|:=\s{0,4}range\b|:)\s{0,4}"
    r"(?:self\.|this\.)?(\w{1,60})|"
    r"(?:self\.|this\.)?(\w{1,60})\.forEach\(\s{0,4}\(?\s{0,4}(\w{1,20})")


def _round_key_loop(ctx: FileContext, body: Node) -> bool:
    text = ctx.node_text(body)
    for m in _ROUND_KEY_LOOP.finditer(text):
        item, table = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        if not item or not table or not {w.lower() for w in words(table)} & _ROUND_KEY_WORDS:
            continue
        if re.search(rf"\^\s{{0,4}}\(?\s{{0,4}}{re.escape(item)}\b|\b{re.escape(item)}\s{{0,4}}"
                     rf"\)?\s{{0,4}}\^", text):
            return True
    return False


_ROUND_KEY_WORDS = frozenset({"keys", "subkeys", "subkey", "schedule", "rk", "rks", "round"})


