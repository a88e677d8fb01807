"""Import-resolved call names in all four languages.

Python and JavaScript use `vigilint.analyzers.imports`, Go the semantic layer
(`vigilint.analyzers.syntax`); Java import declarations are read here (cached per file) until
the shared module covers them.
"""

from __future__ import annotations

from tree_sitter import Node

from vigilint.analyzers.context import FileContext
from vigilint.analyzers.crypto.syntax import callee
from vigilint.analyzers.imports import aliases, call_name
from vigilint.analyzers.languages import compile_query, query_cursor
from vigilint.analyzers.syntax import go

_JAVA_IMPORTS = "(import_declaration) @imp"


def go_imports(ctx: FileContext) -> dict[str, str]:
    """Local package name -> import path as written (`sha256` -> `crypto/sha256`), from the
    semantic layer."""
    return go(ctx).written_imports() if ctx.tree is not None else {}


def java_imports(ctx: FileContext) -> tuple[dict[str, str], tuple[str, ...]]:
    """Simple class name -> qualified name, and the wildcard-imported packages."""
    cached = ctx.cache.get("crypto.java_imports")
    if cached is not None:
        return cached
    names: dict[str, str] = {}
    wildcards: list[str] = []
    if ctx.tree is not None:
        query = compile_query("java", _JAVA_IMPORTS)
        for decl in query_cursor(query).captures(ctx.tree.root_node).get("imp", []):
            target = next((c for c in decl.named_children
                           if c.type in ("scoped_identifier", "identifier")), None)
            if target is None:
                continue
            qualified = ctx.node_text(target)
            if any(c.type == "asterisk" for c in decl.named_children):
                wildcards.append(qualified)
            elif not any(ctx.node_text(c) == "static" for c in decl.children):
                names[qualified.rsplit(".", 1)[-1]] = qualified
    result = (names, tuple(wildcards))
    ctx.cache["crypto.java_imports"] = result
    return result


def resolved_callee(ctx: FileContext, call: Node) -> str:
    """The import-resolved dotted name of what a call calls, or its text."""
    if ctx.language == "go":
        text = callee(ctx, call)
        head, _, rest = text.partition(".")
        path = go_imports(ctx).get(head)
        return f"{path}.{rest}" if path and rest else text
    if ctx.language == "java":
        text = callee(ctx, call)
        head, _, rest = text.partition(".")
        names, _ = java_imports(ctx)
        return f"{names[head]}.{rest}" if head in names and rest else text
    return call_name(ctx, call) or callee(ctx, call)


def imported_roots(ctx: FileContext) -> frozenset[str]:
    """Local names bound by imports of crypto packages (Python/JS aliases, Go packages)."""
    key = "crypto.imported_roots"
    cached = ctx.cache.get(key)
    if cached is not None:
        return cached
    from vigilint.analyzers.crypto.names import CRYPTO_LIBRARY_PREFIXES

    roots: set[str] = set()
    if ctx.language == "go":
        for local, path in go_imports(ctx).items():
            if path.startswith(("crypto/", "golang.org/x/crypto")):
                roots.add(local)
    elif ctx.language == "java":
        names, _ = java_imports(ctx)
        for local, qualified in names.items():
            if qualified.startswith(("javax.crypto", "java.security", "org.bouncycastle",
                                     "org.springframework.security.crypto")):
                roots.add(local)
    else:
        for local, target in aliases(ctx).items():
            if (target + ".").startswith(CRYPTO_LIBRARY_PREFIXES) or target in (
                    "crypto", "node:crypto", "bcrypt", "bcryptjs", "crypto-js", "tweetnacl"):
                roots.add(local)
    result = frozenset(roots)
    ctx.cache[key] = result
    return result


def identifiers_named(ctx: FileContext, names: frozenset[str] | set[str]) -> list[Node]:
    """The identifier nodes spelling one of `names`, found by one query whose `#any-of?`
    predicate filters in the binding (cheaper than dispatching every attribute to Python)."""
    if ctx.tree is None or not names:
        return []
    import json

    spelled = " ".join(json.dumps(n) for n in sorted(names))
    query = compile_query(ctx.language, f"((identifier) @id (#any-of? @id {spelled}))")
    return list(query_cursor(query).captures(ctx.tree.root_node).get("id", []))


def nodes_of(ctx: FileContext, source: str, capture: str) -> list[Node]:
    if ctx.tree is None:
        return []
    query = compile_query(ctx.language, source)
    return list(query_cursor(query).captures(ctx.tree.root_node).get(capture, []))
