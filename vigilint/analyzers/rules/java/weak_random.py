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
            name.startswith("random") and receiver.endswith("RandomStringUtils")):
        return Hit(node=node, likelihood=_likelihood(ctx, node))
    return None


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
