"""## What it does
Flags imports of types that do not exist in `javax.crypto`, `javax.crypto.spec`,
`java.security` and `java.security.spec` (`javax.crypto.AESCipher`,
`java.security.SecureHash`), and static calls or fields of the JCA classes that do not exist
(`Cipher.getInstanceOf`, `MessageDigest.hash`, `SecureRandom.getStrongInstance`). Types are
resolved through single-type and wildcard imports. Instance methods on variables are not
checked. The inventory is hand-written from the Java SE 21 API docs
(`data/api_sources/java.json`).

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
from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.crypto.resolve import identifiers_named, java_imports, nodes_of
from vigilint.model import Rule

_PACKAGES = ("javax.crypto", "javax.crypto.spec", "javax.crypto.interfaces", "java.security",
             "java.security.spec")


def _class_path(ctx: FileContext, simple: str) -> str | None:
    names, wildcards = java_imports(ctx)
    if simple in names:
        return names[simple]
    for package in wildcards:
        ns = namespaces("java").get(package)
        if ns is not None and simple in ns.names:
            return f"{package}.{simple}"
    return None


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


def _check_member(ctx: FileContext, node: Node) -> Hit | None:
    obj = node.child_by_field_name("object")
    member = node.child_by_field_name("name") or node.child_by_field_name("field")
    if obj is None or member is None or obj.type != "identifier":
        return None
    path = _class_path(ctx, ctx.node_text(obj))
    if path is None or not has_namespace("java", path):
        return None
    unknown = unknown_in("java", path, ctx.node_text(member))
    return unknown.hit(ctx, node, member) if unknown else None


def _check_file(ctx: FileContext) -> list[Hit]:
    names, wildcards = java_imports(ctx)
    packages = [q.rpartition(".")[0] for q in names.values()] + list(wildcards)
    if not any(p in _PACKAGES for p in packages):
        return []
    hits: list[Hit] = []
    for decl in nodes_of(ctx, "(import_declaration) @imp", "imp"):
        hit = _check_import(ctx, decl)
        if hit is not None:
            hits.append(hit)
    local = {simple for simple, qualified in names.items() if has_namespace("java", qualified)}
    for package in wildcards:
        ns = namespaces("java").get(package)
        if ns is not None:
            local |= {n for n in ns.names if has_namespace("java", f"{package}.{n}")}
    for ident in identifiers_named(ctx, local):
        parent = ident.parent
        if parent is not None and parent.type in ("method_invocation", "field_access") and \
                parent.child_by_field_name("object") == ident:
            hit = _check_member(ctx, parent)
            if hit is not None:
                hits.append(hit)
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
