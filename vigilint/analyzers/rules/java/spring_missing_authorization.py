"""## What it does
Flags Spring controller handler methods (`@GetMapping`, `@PostMapping`, `@RequestMapping`, ...)
that carry no `@PreAuthorize`/`@PostAuthorize`/`@Secured`/`@RolesAllowed` while other handlers in
the same class do, and the class itself has none. Handlers with public-looking paths (login,
register, health, public, ...) and `@PermitAll` are left alone.

## Why is this bad?
When most endpoints of a controller check a role and one does not, that one is usually an
oversight: any authenticated (or anonymous) user can call it (CWE-862).

## Example
```java
@PreAuthorize("hasRole('ADMIN')") @GetMapping("/users") List<User> list() { ... }
@DeleteMapping("/users/{id}") void delete(@PathVariable long id) { ... }   // unchecked
```

## Use instead
```java
@PreAuthorize("hasRole('ADMIN')") @DeleteMapping("/users/{id}") void delete(...) { ... }
```

## References
- CWE-862: Missing Authorization
- OWASP A01:2021 / A01:2025 Broken Access Control
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.model import Rule

_MAPPINGS = frozenset({"GetMapping", "PostMapping", "PutMapping", "DeleteMapping",
                       "PatchMapping", "RequestMapping"})
_GUARDS = frozenset({"PreAuthorize", "PostAuthorize", "Secured", "RolesAllowed", "PermitAll",
                     "DenyAll"})
_PUBLIC = re.compile(r"(?i)(login|logout|signin|signup|register|health|public|status|ping|"
                     r"version|error|callback|oauth)")


def _annotations(ctx: FileContext, node: Node) -> dict[str, str]:
    out: dict[str, str] = {}
    for child in node.named_children:
        if child.type != "modifiers":
            continue
        for ann in child.named_children:
            if ann.type in ("annotation", "marker_annotation"):
                name = ctx.node_text(ann.child_by_field_name("name")).rsplit(".", 1)[-1]
                out[name] = ctx.node_text(ann)
    return out


def _check_file(ctx: FileContext) -> Iterator[Hit]:
    if ctx.tree is None or "Mapping" not in ctx.text:
        return
    for cls in ctx.walk():
        if cls.type != "class_declaration":
            continue
        if set(_annotations(ctx, cls)) & _GUARDS:
            continue
        body = cls.child_by_field_name("body")
        if body is None:
            continue
        handlers = []
        for method in body.named_children:
            if method.type != "method_declaration":
                continue
            anns = _annotations(ctx, method)
            mapping = next((anns[m] for m in _MAPPINGS if m in anns), None)
            if mapping is not None:
                handlers.append((method, mapping, bool(set(anns) & _GUARDS)))
        if not any(guarded for *_, guarded in handlers):
            continue
        for method, mapping, guarded in handlers:
            if guarded or _PUBLIC.search(mapping.partition("(")[2]):
                continue
            name = method.child_by_field_name("name")
            yield Hit(node=name, message=(
                f"`{ctx.node_text(name)}` has no `@PreAuthorize`/`@Secured` while other "
                "handlers of this controller do; add the authorization it needs."))


RULE = Rule(
    id="VG-JAVA-AUTH-001",
    name="spring-missing-authorization",
    category="access-control",
    languages=("java",),
    cwe=(862,),
    likelihood="possible",
    impact="high",
    confidence="low",
    message="A controller handler lacks the method security its siblings have; add "
            "`@PreAuthorize`.",
    prefilter=("Mapping",),
    check_file=_check_file,
)
