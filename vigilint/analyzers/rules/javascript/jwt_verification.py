"""## What it does
Flags `jsonwebtoken` misuse: `jwt.verify` without an `algorithms` allow-list, `"none"` among
the allowed or signing algorithms, and `jwt.decode` in a function that never calls
`jwt.verify` (its result is then trusted without a signature check).

## Why is this bad?
Without a pinned algorithm list, a token signed with HS256 using the public RSA key as secret
can pass verification (algorithm confusion); `none` accepts unsigned tokens; `decode` checks
nothing at all (CWE-347).

## Example
```js
const claims = jwt.verify(token, publicKey);
const user = jwt.decode(req.headers.authorization);
```

## Use instead
```js
const claims = jwt.verify(token, publicKey, { algorithms: ["RS256"] });
```

## References
- CWE-347: Improper Verification of Cryptographic Signature
- OWASP A02:2021 / A04:2025 Cryptographic Failures
"""

from __future__ import annotations

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.syntax import javascript
from vigilint.model import Fix, Rule

_MODULES = ("jsonwebtoken", "jwt")


def _is_jwt(name: str, function: str) -> bool:
    module, _, fn = name.rpartition(".")
    return fn == function and module in _MODULES


def _has_none(ctx: FileContext, node: Node | None) -> bool:
    return node is not None and "none" in ctx.node_text(node).lower().replace('"', "'") \
        .replace("'", " ").split()


def _check(ctx: FileContext, call: Node) -> Hit | None:
    name = javascript(ctx).callee_name(call)
    if name.rpartition(".")[0] not in _MODULES:
        return None
    args = javascript(ctx).arguments(call).positional
    if _is_jwt(name, "sign") and len(args) >= 3:
        if _has_none(ctx, javascript(ctx).object_properties(args[2]).get("algorithm")):
            return Hit(node=call, message="Tokens are signed with algorithm `none`; sign with "
                                          "`HS256`/`RS256`/`ES256`.")
        return None
    if _is_jwt(name, "verify") and len(args) >= 2:
        options = args[2] if len(args) >= 3 and args[2].type == "object" else None
        algorithms = javascript(ctx).object_properties(options).get("algorithms")
        if algorithms is not None:
            if _has_none(ctx, algorithms):
                return Hit(node=call, message="`algorithms` allows `none`, so unsigned tokens "
                                              "verify; list only the algorithm you sign with.")
            return None
        if len(args) >= 3 and args[2].type not in ("object", "arrow_function",
                                                   "function_expression"):
            return None  # options in a variable: cannot see them
        fix = None
        if len(args) == 2:
            fix = Fix(title="Pin the algorithm with `{ algorithms: ['HS256'] }`", safe=False,
                      edits=(ctx.insert_at(args[1].end_byte, ", { algorithms: ['HS256'] }"),))
        return Hit(node=call, fix=fix)
    if _is_jwt(name, "decode"):
        fn = javascript(ctx).enclosing_function_node(call)
        scope = ctx.node_text(fn) if fn is not None else ctx.text
        if ".verify(" in scope or "verify(" in scope:
            return None
        return Hit(node=call, likelihood="possible",
                   message="`jwt.decode` does not check the signature; use `jwt.verify` "
                           "before trusting the claims.", fix=_verify_fix(ctx, call, args))
    return None


def _top_level(ctx: FileContext) -> set[str]:
    """Names the module declares at its top (const/let/var, imports, functions)."""
    names: set[str] = set()
    root = ctx.tree.root_node if ctx.tree is not None else None
    for statement in root.named_children if root is not None else ():
        if statement.type in ("lexical_declaration", "variable_declaration",
                              "import_statement", "function_declaration", "class_declaration"):
            names.update(ctx.node_text(n) for n in ctx.walk(statement)
                         if n.type in ("identifier", "shorthand_property_identifier_pattern")
                         and n.parent is not None and n.parent.type != "member_expression")
    return names


def _verify_fix(ctx: FileContext, call: Node, args: tuple[Node, ...]) -> Fix | None:
    """`jwt.decode(token)` -> `jwt.verify(token, KEY, OPTIONS)` with the key (and options) of
    the file's `jwt.verify` call, when they read only module-level names or `process.env`.
    Unsafe: `verify` throws on a bad token where `decode` returned its claims."""
    function = call.child_by_field_name("function")
    receiver = function.child_by_field_name("object") if function is not None and \
        function.type == "member_expression" else None
    if function is None or receiver is None or len(args) != 1:
        return None
    known = _top_level(ctx) | {"process"}
    root = ctx.tree.root_node if ctx.tree is not None else None
    found: list[tuple[str, str]] = []  # (key, options) of each usable `verify` call
    for node in ctx.walk(root) if root is not None else ():
        if node.type != "call_expression" or ctx.node_text(
                node.child_by_field_name("function")) != f"{ctx.node_text(receiver)}.verify":
            continue
        given = javascript(ctx).arguments(node).positional
        if len(given) not in (2, 3) or (len(given) == 3 and given[2].type != "object"):
            continue
        options = given[2] if len(given) == 3 else None
        algorithms = javascript(ctx).object_properties(options).get("algorithms")
        if options is not None and (algorithms is None or _has_none(ctx, algorithms)):
            continue
        reads = [n for part in given[1:] for n in ctx.walk(part) if n.type == "identifier"]
        if any(ctx.node_text(n) not in known for n in reads) or \
                any("\n" in ctx.node_text(p) for p in given[1:]):
            continue
        found.append((ctx.node_text(given[1]), ctx.node_text(options) if options is not None
                      else ""))
    if not found:
        return None
    key, options_text = max(found, key=lambda f: bool(f[1]))  # one that pins algorithms first
    extra = options_text or "{ algorithms: ['HS256'] }"
    return Fix(title="Verify the token with the key of the file's `verify` call", safe=False,
               edits=(ctx.edit_node(function, f"{ctx.node_text(receiver)}.verify"),
                      ctx.insert_at(args[0].end_byte, f", {key}, {extra}")))


RULE = Rule(
    id="VG-JS-CRYPTO-006",
    name="jwt-weak-verification",
    category="outdated-crypto",
    languages=("javascript",),
    cwe=(347,),
    likelihood="likely",
    impact="critical",
    confidence="medium",
    message="`jwt.verify` has no `algorithms` allow-list; pass `{ algorithms: ['RS256'] }` "
            "(the algorithm you sign with).",
    prefilter=("jwt", "jsonwebtoken"),
    node_kinds=("call_expression",),
    check=_check,
    fixable=True,
)
