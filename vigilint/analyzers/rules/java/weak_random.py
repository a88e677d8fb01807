"""## What it does
Flags `java.util.Random`, `Math.random()`, `ThreadLocalRandom` and commons-lang
`RandomStringUtils.random*` (all predictable generators). The finding is "likely" when the
surrounding method handles a security value (token, password, session, cookie, key, nonce...),
"possible" otherwise.

## Why is this bad?
These generators are seeded from the clock and their output can be predicted from a few
observed values: tokens, session ids or reset codes made with them can be guessed (CWE-330).

## Example
```java
String token = Long.toString(new Random().nextLong());
```

## Use instead
```java
SecureRandom random = new SecureRandom();
String token = Long.toString(random.nextLong());
```

## References
- CWE-330: Use of Insufficiently Random Values
- OWASP A02:2021 / A04:2025 Cryptographic Failures
"""

from __future__ import annotations

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.rules.java._common import (
    SECURITY_NAME,
    arguments,
    enclosing_method,
    name_of,
    receiver_text,
)
from vigilint.model import Fix, Likelihood, Rule


def _likelihood(ctx: FileContext, node: Node) -> Likelihood:
    method = enclosing_method(ctx, node)
    text = ctx.node_text(method) if method is not None else ""
    return "likely" if SECURITY_NAME.search(text) else "possible"


def _check(ctx: FileContext, node: Node) -> Hit | None:
    if node.type == "object_creation_expression":
        type_text = ctx.node_text(node.child_by_field_name("type"))
        if type_text not in ("Random", "java.util.Random"):
            return None
        type_node = node.child_by_field_name("type")
        args = node.child_by_field_name("arguments")
        fix = None
        if type_node is not None and args is not None and not args.named_children:
            # a seeded Random is reproducible on purpose: only the unseeded one is rewritten
            fix = Fix(title="Use `java.security.SecureRandom`", safe=True,
                      edits=(ctx.edit_node(type_node, "java.security.SecureRandom"),))
        return Hit(node=node, fix=fix, likelihood=_likelihood(ctx, node))
    name = name_of(ctx, node)
    receiver = receiver_text(ctx, node)
    if (name == "random" and receiver in ("Math", "java.lang.Math")) or (
            name == "current" and receiver.endswith("ThreadLocalRandom")) or (
            name.startswith("random") and receiver.endswith("RandomStringUtils")
            and not any("SecureRandom" in ctx.node_text(a) for a in arguments(ctx, node))):
        return Hit(node=node, fix=_call_fix(ctx, node, name, receiver),
                   likelihood=_likelihood(ctx, node))
    return None


# RandomStringUtils.randomX(count) -> random(count, start, end, letters, numbers, chars, rng)
_STRING_KINDS = {"randomAlphanumeric": "true, true", "randomAlphabetic": "true, false",
                 "randomNumeric": "false, true"}
_SECURE = "new java.security.SecureRandom()"


def _call_fix(ctx: FileContext, call: Node, name: str, receiver: str) -> Fix | None:
    if name == "random" and receiver.endswith("Math"):  # Math.random(): a double in [0, 1) either way
        return Fix(title="Use `SecureRandom.nextDouble()`", safe=True,
                   edits=(ctx.edit_node(call, f"{_SECURE}.nextDouble()"),))
    if name == "current":  # SecureRandom has every method of Random, not ThreadLocalRandom's
        return Fix(title="Use `java.security.SecureRandom`", safe=False,
                   edits=(ctx.edit_node(call, _SECURE),))
    args = call.child_by_field_name("arguments")
    kinds = _STRING_KINDS.get(name)
    if kinds is None or args is None or len(args.named_children) != 1:
        return None
    count = ctx.node_text(args.named_children[0])
    name_node = call.child_by_field_name("name")
    assert name_node is not None
    return Fix(title="Draw the characters from `SecureRandom`", safe=True, edits=(
        ctx.edit_bytes(name_node.start_byte, call.end_byte,
                       f"random({count}, 0, 0, {kinds}, null, {_SECURE})"),))


RULE = Rule(
    id="VG-JAVA-CRYPTO-003",
    name="weak-random",
    category="outdated-crypto",
    languages=("java",),
    cwe=(330,),
    likelihood="likely",
    impact="medium",
    confidence="medium",
    message="A predictable random generator is used; use `java.security.SecureRandom` for "
            "security values.",
    prefilter=("Random", "random"),
    node_kinds=("method_invocation", "object_creation_expression"),
    check=_check,
    fixable=True,
)
