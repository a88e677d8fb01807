"""## What it does
Flags types and members that do not exist in the JCA/JCE (`javax.crypto`, `java.security` and
their spec packages), Spring Security (`PasswordEncoder` and its implementations,
`HttpSecurity`, `SecurityFilterChain`), BouncyCastle basics and jjwt (`Jwts`, `Keys`): imports of
invented types (`javax.crypto.AESCipher`), static calls and fields of classes
(`SecureRandom.getStrongInstance`), and methods on receivers whose type the code shows: local
declarations (`var` from its initializer), parameters, fields (constructor or field injection
declares their type), `this.x`, and what inventoried factories return
(`MessageDigest.getInstance(...)`). A Spring `PasswordEncoder` has `encode`/`matches`, not
`hash`/`verify`. A call on a receiver of unknown type is never reported. The inventory is
generated with `javap` from the JDK and BouncyCastle and, for Spring Security and jjwt, from
their API docs (`data/api_sources/java.json`).

A quick fix (unsafe: review it) renames a commonly invented name or a near-typo to the real
member; the real API may take other arguments.

## Why is this bad?
AI assistants invent plausible JCA classes and factory methods. The code does not compile, and
the quick fix is often a weaker algorithm or a hand-written one.

## Example
```java
SecureRandom random = SecureRandom.getStrongInstance();
```

## Use instead
```java
SecureRandom random = SecureRandom.getInstanceStrong();
```

## References
- CWE-1357: Reliance on Insufficiently Trustworthy Component
- CWE-477: Use of Obsolete Function
- OWASP A06:2021 Vulnerable and Outdated Components / A03:2025 Software Supply Chain Failures
"""

from __future__ import annotations

from tree_sitter import Node

from vigilint.analyzers.apis.inventory import has_namespace, namespaces, unknown_in
from vigilint.analyzers.apis.receivers import receivers
from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.crypto.resolve import java_imports, nodes_of
from vigilint.model import Rule

_PACKAGES = ("javax.crypto", "javax.crypto.spec", "javax.crypto.interfaces", "java.security",
             "java.security.spec")


def _check_import(ctx: FileContext, node: Node) -> Hit | None:
    target = next((c for c in node.named_children if c.type == "scoped_identifier"), None)
    if target is None or any(c.type == "asterisk" for c in node.named_children):
        return None
    qualified = ctx.node_text(target)
    package, _, simple = qualified.rpartition(".")
    if any(ctx.node_text(c) == "static" for c in node.children):
        package, _, simple = package.rpartition(".")[0], "", package.rpartition(".")[2]
        qualified = f"{package}.{simple}"
    if package not in _PACKAGES:
        return None
    unknown = unknown_in("java", package, simple)
    return Hit(node=target, message=unknown.message()) if unknown else None


def _check_file(ctx: FileContext) -> list[Hit]:
    names, wildcards = java_imports(ctx)
    hits: list[Hit] = []
    packages = [q.rpartition(".")[0] for q in names.values()] + list(wildcards)
    if any(p in _PACKAGES for p in packages):
        for decl in nodes_of(ctx, "(import_declaration) @imp", "imp"):
            hit = _check_import(ctx, decl)
            if hit is not None:
                hits.append(hit)
    if not any(has_namespace("java", q) for q in names.values()) and not any(
            any(n.startswith(w + ".") for n in namespaces("java")) for w in wildcards):
        return hits  # no inventoried type imported: no receiver can be typed
    typed = receivers(ctx)
    if typed is not None:
        hits.extend(typed.hits())  # static calls on classes, calls on typed variables/fields
    return hits


RULE = Rule(
    id="VG-API-004",
    name="hallucinated-java-crypto-api",
    category="hallucinated-api",
    languages=("java",),
    cwe=(1357, 477),
    likelihood="likely",
    impact="medium",
    confidence="high",
    message="This JCA type or method does not exist; use the real name the message suggests.",
    check_file=_check_file,
    fixable=True,
)
