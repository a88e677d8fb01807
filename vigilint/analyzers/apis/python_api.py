"""## What it does
Flags calls, attributes and imports of Python security APIs that do not exist: `hashlib`,
`hmac`, `secrets`, `ssl`, `shlex`, `subprocess`, `cryptography`, `bcrypt`, `argon2`, `passlib`,
`jwt` (PyJWT), `jose` (python-jose), `itsdangerous`, `nacl`, and the security helpers of Django
(`django.contrib.auth.hashers`, `django.utils.crypto`, `django.core.signing`,
`django.middleware.csrf`) and Flask (`werkzeug.security`, `flask_wtf.csrf`, `flask`). Module
names are resolved through `import ... as` and `from ... import`; methods are checked on
receivers whose type the code shows: constructors (`ph = PasswordHasher()`), annotations,
`self.x` fields assigned in the class, and what inventoried calls return
(`ssl.create_default_context()` is an `SSLContext`). A call on a receiver of unknown type is
never reported. The inventory is generated from the installed libraries
(`scripts/gen_api_inventory.py`); the nearest real name is suggested, and `hashlib.new(name)`
is checked against the hash names OpenSSL and hashlib know.

A quick fix (unsafe: review it) renames a commonly invented name or a near-typo to the real
member; the real API may take other arguments.

## Why is this bad?
AI assistants invent plausible security APIs (`hashlib.sha256_hmac`, `secrets.token_str`,
`bcrypt.hash_password`, `jwt.verify`). At best the code crashes; at worst the call sits in an
error path or a `try` and the protection it was meant to add silently never happens, or a
developer "fixes" the crash by deleting the check.

## Example
```python
import secrets
token = secrets.token_string(32)
from cryptography.hazmat.primitives.ciphers import AESGCM
```

## Use instead
```python
token = secrets.token_urlsafe(32)
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
```

## References
- CWE-1357: Reliance on Insufficiently Trustworthy Component
- CWE-477: Use of Obsolete Function
- OWASP A06:2021 Vulnerable and Outdated Components / A03:2025 Software Supply Chain Failures
"""

from __future__ import annotations

from tree_sitter import Node

from vigilint.analyzers.apis.inventory import has_namespace, roots, unknown_in, unknown_member
from vigilint.analyzers.apis.receivers import receivers
from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.crypto.resolve import identifiers_named, nodes_of
from vigilint.analyzers.imports import aliases, dotted
from vigilint.model import Fix, Rule

HASHLIB_NAMES = frozenset({
    "md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3224", "sha3256", "sha3384",
    "sha3512", "shake128", "shake256", "blake2b", "blake2s", "blake2b512", "blake2s256",
    "sha512224", "sha512256", "md5sha1", "sm3", "ripemd160", "ripemd", "rmd160", "md4",
    "whirlpool", "mdc2", "ssl3md5", "ssl3sha1",
})


def _resolved(ctx: FileContext, node: Node) -> str | None:
    text = dotted(ctx, node)
    if text is None:
        return None
    head, _, rest = text.partition(".")
    table = aliases(ctx)
    if head not in table:
        return None  # not bound by an import: a local variable that happens to share a name
    target = table[head]
    if target.split(".", 1)[0] not in roots("python"):
        return None
    return f"{target}.{rest}" if rest else target


def member_node(chain: Node, local_parts: int, index: int, field: str,
                object_field: str = "object") -> Node | None:
    """The identifier of part `index` (0 = head) of a dotted chain of `local_parts` parts."""
    node: Node | None = chain
    for _ in range(local_parts - 1 - index):
        node = node.child_by_field_name(object_field) if node is not None else None
    return node.child_by_field_name(field) if node is not None else None


def chain_hit(ctx: FileContext, language: str, node: Node, name: str | None,
              field: str) -> Hit | None:
    """A member chain (`hashlib.sha256_hash`) whose import-resolved `name` has a member the
    inventory does not know, reported at that member (names imported by `from ... import`
    are reported at the import instead)."""
    if name is None:
        return None
    unknown = unknown_member(language, name)
    if unknown is None:
        return None
    local_parts = (dotted(ctx, node) or "").count(".") + 1
    local_index = unknown.index - (name.count(".") + 1 - local_parts)
    if local_index < 1:
        return None
    return unknown.hit(ctx, node, member_node(node, local_parts, local_index, field))


def _check_attribute(ctx: FileContext, node: Node) -> Hit | None:
    return chain_hit(ctx, "python", node, _resolved(ctx, node), "attribute")


def _check_hashlib_new(ctx: FileContext, call: Node) -> Hit | None:
    function = call.child_by_field_name("function")
    if function is None or function.type not in ("attribute", "identifier"):
        return None
    if _resolved(ctx, function) != "hashlib.new":
        return None
    args = call.child_by_field_name("arguments")
    first = args.named_children[0] if args is not None and args.named_children else None
    if first is None or first.type != "string":
        return None
    algorithm = ctx.node_text(first).strip("'\"")
    key = algorithm.lower().replace("-", "").replace("_", "")
    if key in HASHLIB_NAMES:
        return None
    return Hit(node=first, message=f"`hashlib.new({algorithm!r})` names no hash algorithm; use "
                                   "one of `hashlib.algorithms_available` such as 'sha256'.")


def _check_import_from(ctx: FileContext, node: Node) -> list[Hit]:
    module_node = node.child_by_field_name("module_name")
    if module_node is None or module_node.type != "dotted_name":
        return []
    module = ctx.node_text(module_node)
    if module.split(".", 1)[0] not in roots("python"):
        return []
    if not has_namespace("python", module):
        unknown = unknown_member("python", module)
        return [Hit(node=module_node, message=unknown.message())] if unknown else []
    hits = []
    for child in node.children_by_field_name("name"):
        target = child.child_by_field_name("name") if child.type == "aliased_import" else child
        if target is None:
            continue
        unknown = unknown_in("python", module, ctx.node_text(target))
        if unknown is None:
            continue
        hit = unknown.hit(ctx, target, target)
        if unknown.elsewhere and len(node.children_by_field_name("name")) == 1:
            hit = Hit(node=target, message=unknown.message(), fix=Fix(
                title=f"Import it from `{unknown.elsewhere[0]}`", safe=False,
                edits=(ctx.edit_node(module_node, unknown.elsewhere[0]),)))
        hits.append(hit)
    return hits


def _check_import(ctx: FileContext, node: Node) -> list[Hit]:
    hits = []
    for child in node.named_children:
        target = child.child_by_field_name("name") if child.type == "aliased_import" else child
        if target is None or target.type != "dotted_name":
            continue
        name = ctx.node_text(target)
        if "." not in name or name.split(".", 1)[0] not in roots("python"):
            continue
        unknown = unknown_member("python", name)
        if unknown is not None:
            hits.append(Hit(node=target, message=unknown.message()))
    return hits


def _outermost(node: Node, kind: str, field: str) -> Node | None:
    """The outermost `kind` chain (`a.b.c`) whose innermost object is the identifier `node`."""
    parent = node.parent
    if parent is None or parent.type != kind or parent.child_by_field_name(field) != node:
        return None
    while parent.parent is not None and parent.parent.type == kind and \
            parent.parent.child_by_field_name(field) == parent:
        parent = parent.parent
    return parent


def _check_file(ctx: FileContext) -> list[Hit]:
    table = aliases(ctx)
    inventoried = roots("python")
    local = {name for name, target in table.items()
             if "." not in name and target.split(".", 1)[0] in inventoried}
    if not local:
        return []
    hits: list[Hit] = []
    for node in nodes_of(ctx, _IMPORTS, "imp"):
        hits.extend(_check_import_from(ctx, node) if node.type == "import_from_statement"
                    else _check_import(ctx, node))
    for ident in identifiers_named(ctx, local):
        chain = _outermost(ident, "attribute", "object")
        if chain is None:
            continue
        hit = _check_attribute(ctx, chain)
        if hit is not None:
            hits.append(hit)
        elif chain.parent is not None and chain.parent.type == "call":
            new = _check_hashlib_new(ctx, chain.parent)
            if new is not None:
                hits.append(new)
    typed = receivers(ctx)
    if typed is not None:
        hits.extend(typed.hits())  # `self.hasher.hash_password(...)`, `Fernet(k).encrypt_x()`
    return hits


_IMPORTS = "(import_statement) @imp (import_from_statement) @imp"


RULE = Rule(
    id="VG-API-001",
    name="hallucinated-python-security-api",
    category="hallucinated-api",
    languages=("python",),
    cwe=(1357, 477),
    likelihood="likely",
    impact="medium",
    confidence="high",
    message="This security-library API does not exist; use the real name the message suggests.",
    check_file=_check_file,
    fixable=True,
)
