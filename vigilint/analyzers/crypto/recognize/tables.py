"""Literals that spell the constant tables of a cipher or hash (VG-CRYPTO-001): AES S-boxes,
round constants and T-tables, SHA-1/SHA-2 constants and initial values, MD5's sine table, DES
S-boxes and permutations, Blowfish's P-array, ChaCha20/Salsa20's sigma (see constants.py)."""


from __future__ import annotations

from tree_sitter import Node

from vigilint.analyzers.context import FileContext
from vigilint.analyzers.crypto.constants import (
    match_sequence,
    match_words,
    string_signatures,
    word_tables,
)
from vigilint.analyzers.crypto.recognize import Evidence
from vigilint.analyzers.crypto.syntax import (
    INTEGER_KINDS,
    STRING_KINDS,
    array_elements,
    array_of,
    int_value,
)

_SCALAR_MINIMUM = 3
_MIN_WORD = 0x10000  # word-table members are at least this large


def _evidence(node: Node, table: str) -> Evidence:
    return Evidence(node, "tables", f"the {table}")


def _array_hit(ctx: FileContext, array: Node) -> Evidence | None:
    values: list[int] = []
    for element in array_elements(array):
        negative = element.type == "unary_expression" and ctx.node_text(element).startswith("-")
        if negative:
            element = element.named_children[-1]
        if element.type in INTEGER_KINDS:
            value = int_value(ctx, element)
            if value is not None:
                values.append((-value) & 0xFFFFFFFF if negative else value)
        elif element.type in ("literal_value", "list", "array", "array_initializer"):
            return None  # nested rows are checked on their own
    table = match_sequence(values) or match_words(values)
    if table is None:
        return None
    return _evidence(array, table)


def _scalar_hit(ctx: FileContext, node: Node, value: int) -> Evidence | None:
    table = word_tables().get(value)
    if table is None:
        return None
    seen: dict[str, set[int]] = ctx.cache.setdefault("crypto.scalar_constants", {})
    members = seen.setdefault(table, set())
    before = len(members)
    members.add(value)
    if before < _SCALAR_MINIMUM <= len(members) and before != len(members):
        return _evidence(node, table)
    return None


def _string_hit(ctx: FileContext, node: Node) -> Evidence | None:
    present = ctx.cache.get("crypto.string_signatures")
    if present is None:
        lowered = ctx.text.lower()
        signatures = string_signatures()
        present = tuple((s, signatures[s]) for s in signatures if s in lowered)
        ctx.cache["crypto.string_signatures"] = present
    if not present:
        return None
    parent = node.parent
    if parent is not None and parent.type in STRING_KINDS:
        return None  # JS template/TS string nesting: report the outer one
    if parent is not None and parent.type == "expression_statement":
        return None  # a docstring or a bare string talks about the constant, it does not use it
    text = ctx.node_text(node).lower()
    for signature, table in present:
        if signature in text:
            return _evidence(node, f"{table} constant")
    return None


NODE_KINDS = INTEGER_KINDS | STRING_KINDS


def evidence(ctx: FileContext, node: Node) -> Evidence | None:
    if node.type in STRING_KINDS:
        return _string_hit(ctx, node)
    array = array_of(node)
    if array is not None:
        first = next((e for e in array_elements(array) if e.type in INTEGER_KINDS), None)
        return _array_hit(ctx, array) if first is not None and first.id == node.id else None
    text = ctx.node_text(node)
    if len(text) < 5:
        return None
    value = int_value(ctx, node)
    if value is None or value < _MIN_WORD:
        return None
    return _scalar_hit(ctx, node, value)


