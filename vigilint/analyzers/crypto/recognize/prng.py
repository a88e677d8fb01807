"""Hand-written pseudo-random generators (LCG multipliers and increments, Mersenne Twister
tempering constants) that produce keys, tokens, salts, nonces or session ids: the generator is
named for one, or a function or variable named for one uses it (VG-CRYPTO-006)."""


from __future__ import annotations

from tree_sitter import Node

from vigilint.analyzers.context import FileContext
from vigilint.analyzers.crypto.recognize import Evidence
from vigilint.analyzers.crypto.syntax import (
    FUNCTION_KINDS,
    INTEGER_KINDS,
    enclosing,
    function_name,
    int_value,
    walk,
    words,
)

PRNG_CONSTANTS: dict[int, str] = {
    1103515245: "an LCG (ANSI C rand)", 6364136223846793005: "an LCG (Knuth MMIX / PCG)",
    1442695040888963407: "an LCG (Knuth MMIX)", 1664525: "an LCG (Numerical Recipes)",
    1013904223: "an LCG (Numerical Recipes)", 22695477: "an LCG (Borland C)",
    214013: "an LCG (MSVC rand)", 2531011: "an LCG (MSVC rand)",
    0x5DEECE66D: "an LCG (java.util.Random)", 48271: "an LCG (MINSTD)",
    16807: "an LCG (MINSTD)", 69069: "an LCG", 134775813: "an LCG (Delphi)",
    0x9908B0DF: "the Mersenne Twister", 1812433253: "the Mersenne Twister",
    0x9D2C5680: "the Mersenne Twister", 0xEFC60000: "the Mersenne Twister",
}
_SECURITY_WORDS = frozenset({"token", "key", "keys", "salt", "nonce", "iv", "secret", "password",
                             "passwd", "otp", "session", "csrf", "apikey", "reset", "passphrase",
                             "pin", "credential", "auth", "uuid", "verification", "invite",
                             "captcha", "sessionid", "secure", "crypto"})
_CONTAINERS = FUNCTION_KINDS | {"class_definition", "class_declaration", "type_declaration"}


def _owner_name(ctx: FileContext, node: Node) -> tuple[str, Node | None]:
    owner = enclosing(node, _CONTAINERS)
    while owner is not None:
        if owner.type in FUNCTION_KINDS:
            name = function_name(ctx, owner)
        else:
            name_node = owner.child_by_field_name("name")
            if name_node is None and owner.type == "type_declaration":
                spec = next((c for c in owner.named_children if c.type == "type_spec"), None)
                name_node = spec.child_by_field_name("name") if spec is not None else None
            name = ctx.node_text(name_node)
        if name and not name.startswith("__"):
            # methods of a generator class: the class is the generator
            cls = enclosing(owner, frozenset({"class_definition", "class_declaration"}))
            if cls is not None and owner.type in FUNCTION_KINDS:
                return ctx.node_text(cls.child_by_field_name("name")), cls
            return name, owner
        owner = enclosing(owner, _CONTAINERS)
    return "", None


def _security_users(ctx: FileContext) -> list[tuple[str, Node]]:
    """Functions of the file named for keys, tokens, salts (computed once, lazily)."""
    cached = ctx.cache.get("crypto.security_functions")
    if cached is not None:
        return cached
    out: list[tuple[str, Node]] = []
    for n in ctx.walk():
        if n.type in FUNCTION_KINDS:
            name = function_name(ctx, n)
            if set(words(name)) & _SECURITY_WORDS:
                out.append((name, n))
        elif n.type in ("assignment", "variable_declarator", "short_var_declaration"):
            target = n.child_by_field_name("left") or n.child_by_field_name("name")
            if target is not None and set(words(ctx.node_text(target))) & _SECURITY_WORDS:
                out.append((ctx.node_text(target), n))
    ctx.cache["crypto.security_functions"] = out
    return out


def _used_for_security(ctx: FileContext, name: str, owner: Node | None) -> bool:
    if set(words(name)) & _SECURITY_WORDS:
        return True
    if not name:
        return False
    for _, user in _security_users(ctx):
        if owner is not None and owner.start_byte <= user.start_byte < owner.end_byte:
            continue
        if any(n.type in ("identifier", "property_identifier", "field_identifier",
                          "type_identifier") and ctx.node_text(n) == name for n in walk(user)):
            return True
    return False


NODE_KINDS = INTEGER_KINDS


def evidence(ctx: FileContext, node: Node) -> Evidence | None:
    text = ctx.node_text(node)
    if len(text) < 5:
        return None
    value = int_value(ctx, node)
    if value is None or value not in PRNG_CONSTANTS:
        return None
    name, owner = _owner_name(ctx, node)
    if not _used_for_security(ctx, name, owner):
        return None
    return Evidence(node, "prng", f"the step of {PRNG_CONSTANTS[value]}")


