"""## What it does
Flags members of the security modules AI code calls that do not exist: Node's `crypto` (and
WebCrypto's `crypto.subtle`), `bcrypt`, `bcryptjs`, `argon2`, `jsonwebtoken`, `jose`,
`DOMPurify`, `helmet`, `express-validator` and `validator`, however they were imported
(`require`, `import`, destructuring, `node:` specifiers) or reached through the global `crypto`
(Node's `crypto.webcrypto` is checked as it), also through a local bound to one of their
members (`const subtle = crypto.webcrypto.subtle`, `const { subtle } = globalThis.crypto`),
and methods on receivers whose type the code shows: what inventoried calls return
(`createHash(...)` is a `Hash`, `body("x")` a `ValidationChain`), `new C()`, TypeScript
annotations of variables, parameters and class fields. A call on a receiver of unknown type is
never reported. The inventory is generated from the packages' TypeScript declaration files
(`scripts/gen_api_inventory.py`, by the TypeScript compiler: inherited members included).

A quick fix (unsafe: review it) renames a commonly invented name or a near-typo to the real
member; the real API may take other arguments.

## Why is this bad?
AI assistants invent plausible APIs: `crypto.createHashSync`, `crypto.timingSafeEquals`,
`crypto.subtle.hash`, `jwt.validate`, `bcrypt.hashPassword`. A missing function throws at run
time, often in an authentication path, and the "fix" is frequently to drop the check.

## Example
```javascript
const crypto = require("crypto");
if (crypto.timingSafeEquals(a, b)) { ... }
```

## Use instead
```javascript
if (crypto.timingSafeEqual(a, b)) { ... }
```

## References
- CWE-1357: Reliance on Insufficiently Trustworthy Component
- CWE-477: Use of Obsolete Function
- OWASP A06:2021 Vulnerable and Outdated Components / A03:2025 Software Supply Chain Failures
"""

from __future__ import annotations

import re

from tree_sitter import Node

from vigilint.analyzers.apis.inventory import has_namespace, namespaces, unknown_in
from vigilint.analyzers.apis.python_api import _outermost, chain_hit
from vigilint.analyzers.apis.receivers import receivers
from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.crypto.resolve import identifiers_named, nodes_of
from vigilint.analyzers.imports import aliases, dotted
from vigilint.model import Rule


def _modules() -> frozenset[str]:
    """The inventoried modules (`crypto`, `dompurify`, `express-validator`, ...)."""
    return frozenset(n for n in namespaces("javascript") if "." not in n)
_GLOBALS = frozenset({"crypto", "window", "globalThis", "self"})


def _module_name(spec: str) -> str:
    return spec.removeprefix("node:")


# `const subtle = crypto.webcrypto.subtle;`, `const { subtle: s } = globalThis.crypto;`: a local
# bound to a member of a checked module or global is checked as that member.
_LOCAL_ALIAS = re.compile(r"\b(?:const|let|var)\s+([A-Za-z_$][\w$]{0,40})\s*(?::[^=\n]{0,60})?="
                          r"\s*((?:[A-Za-z_$][\w$]{0,40}\.){1,6}[A-Za-z_$][\w$]{0,40})\s*;?[ \t]*$",
                          re.MULTILINE)
_LOCAL_DESTRUCTURE = re.compile(r"\b(?:const|let|var)\s*\{([^{}=\n]{1,200})\}\s*(?::[^=\n]{0,60})?="
                                r"\s*((?:[A-Za-z_$][\w$]{0,40}\.){0,6}[A-Za-z_$][\w$]{0,40})"
                                r"\s*;?[ \t]*$", re.MULTILINE)


def _local_aliases(ctx: FileContext) -> dict[str, str]:
    found: dict[str, str] | None = ctx.cache.get("apis.js_local_aliases")
    if found is not None:
        return found
    found = {}
    if "crypto" in ctx.text:
        for name, target in _LOCAL_ALIAS.findall(ctx.text):
            found[name] = target
        for inner, source in _LOCAL_DESTRUCTURE.findall(ctx.text):
            for part in inner.split(","):
                prop, _, local = (x.strip() for x in part.partition(":"))
                if re.fullmatch(r"[A-Za-z_$][\w$]{0,40}", prop):
                    name = local if re.fullmatch(r"[A-Za-z_$][\w$]{0,40}", local) else prop
                    found[name] = f"{source}.{prop}"
    table = aliases(ctx)
    found = {name: target for name, target in found.items() if len(name) >= 4 and
             name not in table and
             name not in _GLOBALS and _resolve_text(ctx, target) is not None}
    ctx.cache["apis.js_local_aliases"] = found
    return found


def _resolved(ctx: FileContext, node: Node) -> str | None:
    text = dotted(ctx, node)
    if text is None:
        return None
    head, _, rest = text.partition(".")
    local = _local_aliases(ctx).get(head) if head not in aliases(ctx) else None
    if local is not None:
        text = f"{local}.{rest}" if rest else local
    return _resolve_text(ctx, text)


def _resolve_text(ctx: FileContext, text: str) -> str | None:
    head, _, rest = text.partition(".")
    table = aliases(ctx)
    if head in table:
        target = table[head]
        module = _module_name(target.split(".", 1)[0])
        if module not in _modules():
            return None
        suffix = target.split(".", 1)[1] if "." in target else ""
        path = ".".join(p for p in (module, suffix, rest) if p)
        return _webcrypto(path)
    if head in ("window", "globalThis", "self") and rest.startswith("crypto."):
        head, _, rest = rest.partition(".")
    if head == "crypto" and rest:
        # The global `crypto` is WebCrypto (browsers, Deno, Node >= 19), or the module in
        # fragments that omit the `require`: check against the union, Node's module.
        return _webcrypto(f"crypto.{rest}")
    return None


def _webcrypto(path: str) -> str:
    """Node's `crypto.webcrypto` is the WebCrypto global: `crypto.webcrypto.subtle.digest` is
    checked as `crypto.subtle.digest` (the object `webcrypto` itself stays as it is)."""
    if path.startswith("crypto.webcrypto.") and path.count(".") >= 3:
        return "crypto." + path.removeprefix("crypto.webcrypto.")
    return path


def _check_member(ctx: FileContext, node: Node) -> Hit | None:
    return chain_hit(ctx, "javascript", node, _resolved(ctx, node), "property")


def _check_import(ctx: FileContext, node: Node) -> list[Hit]:
    source = node.child_by_field_name("source")
    if source is None:
        return []
    module = _module_name(ctx.node_text(source).strip("'\"`"))
    if module not in _modules() or not has_namespace("javascript", module):
        return []
    hits = []
    for clause in node.named_children:
        if clause.type != "import_clause":
            continue
        for part in clause.named_children:
            if part.type != "named_imports":
                continue
            for spec in part.named_children:
                name = spec.child_by_field_name("name")
                if spec.type != "import_specifier" or name is None:
                    continue
                unknown = unknown_in("javascript", module, ctx.node_text(name))
                if unknown is not None:  # renamed only when aliased: uses keep the alias
                    aliased = spec.child_by_field_name("alias") is not None
                    hits.append(unknown.hit(ctx, name, name if aliased else None))
    return hits


def _check_destructuring(ctx: FileContext, node: Node) -> list[Hit]:
    pattern, value = node.child_by_field_name("name"), node.child_by_field_name("value")
    if pattern is None or value is None or pattern.type != "object_pattern":
        return []
    if value.type == "await_expression" and value.named_children:
        value = value.named_children[0]
    if value.type != "call_expression":
        return []
    args = value.child_by_field_name("arguments")
    if args is None or not args.named_children or args.named_children[0].type != "string":
        return []
    if ctx.node_text(value.child_by_field_name("function")) not in ("require", "import"):
        return []
    module = _module_name(ctx.node_text(args.named_children[0]).strip("'\"`"))
    if module not in _modules():
        return []
    hits = []
    for prop in pattern.named_children:
        key = prop if prop.type == "shorthand_property_identifier_pattern" else \
            prop.child_by_field_name("key") if prop.type == "pair_pattern" else None
        if key is None:
            continue
        unknown = unknown_in("javascript", module, ctx.node_text(key))
        if unknown is not None:
            hits.append(Hit(node=key, message=unknown.message()))
    return hits


_IMPORTS = """
(import_statement) @imp
(variable_declarator name: (object_pattern)) @imp
"""


def _check_file(ctx: FileContext) -> list[Hit]:
    table = aliases(ctx)
    local = {name for name, target in table.items()
             if _module_name(target.split(".", 1)[0]) in _modules()}
    hits: list[Hit] = []
    if local:
        for node in nodes_of(ctx, _IMPORTS, "imp"):
            hits.extend(_check_import(ctx, node) if node.type == "import_statement"
                        else _check_destructuring(ctx, node))
    if b"crypto" in ctx.source:
        local |= {"crypto", "window", "globalThis", "self"} - set(table)
        local |= set(_local_aliases(ctx))
    for ident in identifiers_named(ctx, local):
        chain = _outermost(ident, "member_expression", "object")
        if chain is not None:
            hit = _check_member(ctx, chain)
            if hit is not None:
                hits.append(hit)
    typed = receivers(ctx)
    if typed is not None:
        hits.extend(typed.hits())  # `createHash(...).hexdigest()`, `body("x").sanitizeHtml()`
    return hits


RULE = Rule(
    id="VG-API-002",
    name="hallucinated-javascript-security-api",
    category="hallucinated-api",
    languages=("javascript",),
    cwe=(1357, 477),
    likelihood="likely",
    impact="medium",
    confidence="high",
    message="This `crypto`/`jsonwebtoken`/`bcrypt` API does not exist; use the real name the "
            "message suggests.",
    check_file=_check_file,
    fixable=True,
)
