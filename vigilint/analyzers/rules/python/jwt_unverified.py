"""## What it does
Flags PyJWT/python-jose decoding that does not verify the token: `jwt.decode(...)` without
`algorithms=`, with `algorithms=["none"]`, with `verify=False` or
`options={"verify_signature": False}`, and `jwt.get_unverified_claims` used outside header
inspection.

## Why is this bad?
An unverified token is just JSON the client wrote: anyone can set `"sub": "admin"`. Without a
fixed algorithm list, older libraries accept `alg: none` or confuse an RSA public key for an
HMAC secret.

## Example
```python
claims = jwt.decode(token, key)
```

## Use instead
```python
claims = jwt.decode(token, key, algorithms=["HS256"])
```

## References
- CWE-347: Improper Verification of Cryptographic Signature
- OWASP A02:2021 / A04:2025 Cryptographic Failures
"""

from __future__ import annotations

from tree_sitter import Node

from vigilint.analyzers.access.python.key_peek import picks_key_only
from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.fix_edits import remove_argument
from vigilint.analyzers.imports import aliases, call_name
from vigilint.analyzers.rules.python._common import args_of, has_splat, keyword
from vigilint.model import Fix, Rule

_DECODE = frozenset({"jwt.decode", "jose.jwt.decode", "jwt.api_jwt.decode"})


def _verifying(ctx: FileContext, call: Node, switch: Node | None) -> Fix | None:
    """Drop the argument that turns verification off (in its place, `algorithms` pinned when
    the call has none); None when the call passes no key."""
    argument = switch.parent if switch is not None else None
    if argument is None or argument.type != "keyword_argument":
        return None
    positional = [a for a in args_of(ctx, call) if a.type != "keyword_argument"]
    if len(positional) < 2 and keyword(ctx, call, "key") is None:
        sibling = _sibling_key(ctx, call)
        if sibling is None:
            return None  # no key to verify with
        key, algorithms = sibling
        chosen = ctx.node_text(keyword(ctx, call, "algorithms")) or algorithms
        return Fix(title="Verify the signature with the key and algorithms of the file's other "
                         "`decode` call", safe=False, edits=(
                             ctx.edit_node(argument, f"key={key}, algorithms={chosen}")
                             if keyword(ctx, call, "algorithms") is None
                             else ctx.edit_node(argument, f"key={key}"),))
    if keyword(ctx, call, "algorithms") is None:
        edits = [ctx.edit_node(argument, 'algorithms=["HS256"]')]
    else:
        edits = [remove_argument(ctx, argument)]
    return Fix(title="Verify the signature (check `algorithms` matches your key)", safe=False,
               edits=tuple(edits))


def _module_names(ctx: FileContext) -> set[str]:
    """Names bound at the top of the module (assignments, imports, definitions)."""
    names: set[str] = set(aliases(ctx))
    root = ctx.tree.root_node if ctx.tree is not None else None
    for statement in root.named_children if root is not None else ():
        inner = statement.named_children[0] if statement.type == "expression_statement" and \
            statement.named_children else statement
        if inner.type in ("assignment", "function_definition", "class_definition"):
            target = inner.child_by_field_name("left") or inner.child_by_field_name("name")
            names.add(ctx.node_text(target))
    return names


def _sibling_key(ctx: FileContext, call: Node) -> tuple[str, str] | None:
    """The key and `algorithms` of another `jwt.decode` call in the file (one that passes
    both; it may itself be flagged), when the key is read from a module-level name
    (`JWT_SECRET`, `settings.JWT_KEY`)."""
    root = ctx.tree.root_node if ctx.tree is not None else None
    module = _module_names(ctx)
    for node in ctx.walk(root) if root is not None else ():
        if node.type != "call" or node.id == call.id or \
                (call_name(ctx, node) or "") not in _DECODE:
            continue
        positional = [a for a in args_of(ctx, node) if a.type != "keyword_argument"]
        key = positional[1] if len(positional) > 1 else keyword(ctx, node, "key")
        algorithms = keyword(ctx, node, "algorithms")
        if key is None or algorithms is None or "none" in ctx.node_text(algorithms).lower():
            continue
        head = key
        while head.type in ("attribute", "subscript") and head.named_children:
            head = head.named_children[0]
        if head.type == "identifier" and ctx.node_text(head) in module and \
                "\n" not in ctx.node_text(key) + ctx.node_text(algorithms):
            return ctx.node_text(key), ctx.node_text(algorithms)
    return None


def _check(ctx: FileContext, call: Node) -> Hit | None:
    name = call_name(ctx, call) or ""
    if name in ("jose.jwt.get_unverified_claims",):
        return Hit(node=call, likelihood="possible")
    if name not in _DECODE or has_splat(ctx, call):
        return None
    options_node = keyword(ctx, call, "options")
    options = ctx.node_text(options_node).replace(" ", "")
    if '"verify_signature":False' in options.replace("'", '"'):
        if picks_key_only(ctx, call):
            return None  # the claims choose the key the same token is then verified with
        only = options_node is not None and options_node.type == "dictionary" and \
            options_node.named_child_count == 1
        return Hit(node=call, message="`verify_signature: False` accepts forged tokens; verify "
                                      "the signature with a fixed `algorithms=[...]` list.",
                   fix=_verifying(ctx, call, options_node) if only else None)
    if ctx.node_text(keyword(ctx, call, "verify")) == "False":
        return Hit(node=call, message="`verify=False` accepts forged tokens; verify the "
                                      "signature with a fixed `algorithms=[...]` list.",
                   fix=_verifying(ctx, call, keyword(ctx, call, "verify")))
    algorithms = keyword(ctx, call, "algorithms")
    if algorithms is not None:
        if "none" in ctx.node_text(algorithms).lower().replace("'", '"').split('"'):
            return Hit(node=algorithms, message="`none` lets tokens skip the signature; list "
                                                "only real algorithms such as `HS256`.")
        return None
    if name == "jose.jwt.decode":
        return None  # python-jose requires the key and checks the header's algorithm
    args = args_of(ctx, call)
    fix = Fix(title="Pin `algorithms=[\"HS256\"]` (check it matches your key)", safe=False,
              edits=(ctx.insert_at(args[-1].end_byte, ', algorithms=["HS256"]'),)) if args else None
    return Hit(node=call, fix=fix)


RULE = Rule(
    id="VG-PY-CRYPTO-004",
    name="jwt-not-verified",
    category="outdated-crypto",
    languages=("python",),
    cwe=(347,),
    likelihood="likely",
    impact="critical",
    confidence="high",
    message="`jwt.decode` without a fixed `algorithms=[...]` list can accept forged tokens; pass "
            "`algorithms=[\"HS256\"]` (or your key's algorithm).",
    prefilter=("decode", "get_unverified_claims"),
    node_kinds=("call",),
    check=_check,
    fixable=True,
)
