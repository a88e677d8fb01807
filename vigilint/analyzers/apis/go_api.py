"""## What it does
Flags identifiers of Go's `crypto/...` standard packages and of `golang.org/x/crypto/...` that
do not exist (`sha256.Hash256`, `bcrypt.HashPassword`, `aes.NewGCM`, `rand.String`), imports of
crypto packages that do not exist (`crypto/aes256`, `golang.org/x/crypto/aesgcm`), and methods
and fields on values whose type the code shows: `x, err := pkg.F(...)` (the first result),
`var x T`, parameters, composite literals (`&tls.Config{...}`) and what inventoried functions
return (`cipher.NewGCM` gives a `cipher.AEAD`, `hmac.New` a `hash.Hash`). A call on a value of
unknown type is never reported. The inventory is generated from the Go sources (exported
names, method sets with embedded interfaces) and completed from pkg.go.dev for newer releases
(`data/api_sources/go.json`).

A quick fix (unsafe: review it) renames a commonly invented name or a near-typo to the real
member; the real API may take other arguments.

## Why is this bad?
AI assistants invent plausible crypto functions and packages. The build fails, and the quick
"fix" is often a weaker primitive or a hand-written one.

## Example
```go
hash, err := bcrypt.HashPassword([]byte(pw), 12)
```

## Use instead
```go
hash, err := bcrypt.GenerateFromPassword([]byte(pw), bcrypt.DefaultCost)
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
from vigilint.analyzers.crypto.resolve import go_imports, identifiers_named, nodes_of
from vigilint.model import Rule

_CRYPTO_PREFIXES = ("crypto/", "golang.org/x/crypto/")
_INTERNAL = ("crypto/internal", "golang.org/x/crypto/internal")


def _check_selector(ctx: FileContext, node: Node) -> Hit | None:
    operand = node.child_by_field_name("operand")
    field = node.child_by_field_name("field")
    if operand is None or field is None or operand.type != "identifier":
        return None
    path = go_imports(ctx).get(ctx.node_text(operand))
    if path is None or not has_namespace("go", path):
        return None
    unknown = unknown_in("go", path, ctx.node_text(field))
    if unknown is None:
        return None
    return unknown.hit(ctx, node, field)


def _known_parent(path: str) -> bool:
    """Subpackages of a known package (`x/crypto/openpgp/packet`, `crypto/x509/pkix`) exist
    beyond what the inventory lists; only the package name right under the root is checked."""
    parts = path.split("/")
    top = "/".join(parts[:4] if path.startswith("golang.org/") else parts[:2])
    return top != path and any(n == top or n.startswith(top + "/") for n in namespaces("go"))


def _check_import(ctx: FileContext, node: Node) -> Hit | None:
    path_node = node.child_by_field_name("path")
    if path_node is None:
        return None
    path = ctx.node_text(path_node).strip('"`')
    if not path.startswith(_CRYPTO_PREFIXES) or path.startswith(_INTERNAL):
        return None
    if has_namespace("go", path) or _known_parent(path):
        return None
    return Hit(node=path_node, message=f"There is no Go package {path}; use a real crypto/... "
                                       "or golang.org/x/crypto/... package (see pkg.go.dev).")


def _check_file(ctx: FileContext) -> list[Hit]:
    imports = go_imports(ctx)
    if not any(path.startswith(_CRYPTO_PREFIXES) for path in imports.values()) and \
            b"crypto/" not in ctx.source:
        return []
    hits: list[Hit] = []
    for spec in nodes_of(ctx, "(import_spec) @spec", "spec"):
        hit = _check_import(ctx, spec)
        if hit is not None:
            hits.append(hit)
    local = {name for name, path in imports.items() if has_namespace("go", path)}
    for ident in identifiers_named(ctx, local):
        parent = ident.parent
        if parent is not None and parent.type == "selector_expression" and \
                parent.child_by_field_name("operand") == ident:
            hit = _check_selector(ctx, parent)
            if hit is not None:
                hits.append(hit)
    typed = receivers(ctx)
    if typed is not None:
        hits.extend(typed.hits())  # methods on typed values: `gcm.Seal`, `cfg.Clone`
    return hits


RULE = Rule(
    id="VG-API-003",
    name="hallucinated-go-crypto-api",
    category="hallucinated-api",
    languages=("go",),
    cwe=(1357, 477),
    likelihood="likely",
    impact="medium",
    confidence="high",
    message="This Go crypto identifier or package does not exist; use the real name the message "
            "suggests.",
    check_file=_check_file,
    fixable=True,
)
