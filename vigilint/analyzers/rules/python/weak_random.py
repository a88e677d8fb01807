"""## What it does
Flags the `random` module (`random.random`, `randint`, `choice`, `getrandbits`, `randbytes`, …)
used for security values: the result is assigned to a name like `token`, `password`, `key`,
`salt`, `nonce`, `otp`, `session_id`, is produced in a function named that way, or is stored in a
session or cookie. `random.SystemRandom()` and `secrets` are not reported, nor is one item picked
from a pool of keys, servers or replicas (`random.choice(key_set.keys)`: which key signs, whose
`kid` is public) unless the pick itself is named like a secret or stored in the session, nor a
name imported from `secrets` with `random` as the fallback of old Pythons (`try: from secrets
import randbits` / `except ImportError: from random import getrandbits as randbits`).

## Why is this bad?
`random` is a Mersenne Twister: after 624 outputs an observer can predict every future value, so
tokens, reset codes and session ids built from it can be guessed.

## Example
```python
token = "".join(random.choice(ALPHABET) for _ in range(32))
```

## Use instead
```python
token = "".join(secrets.choice(ALPHABET) for _ in range(32))  # or secrets.token_urlsafe()
```

## References
- CWE-338: Use of Cryptographically Weak Pseudo-Random Number Generator
- OWASP A02:2021 / A04:2025 Cryptographic Failures
"""

from __future__ import annotations

import re

from tree_sitter import Node

from vigilint import lazyre
from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.fix_edits import python_module
from vigilint.analyzers.imports import call_name
from vigilint.analyzers.rules.python._common import enclosing_function, positional
from vigilint.model import Fix, Rule

_FUNCS = frozenset({"random", "randint", "randrange", "choice", "choices", "getrandbits",
                    "randbytes", "uniform", "normalvariate", "gauss", "sample", "shuffle",
                    "triangular", "betavariate", "expovariate", "lognormvariate"})
_SECRET_WORDS = lazyre.compile(
    r"(token|passw|pwd|secret|(^|_)key($|_)|apikey|salt|nonce|otp|session|cookie|csrf|"
    r"reset|verif|auth|(^|_)pin($|_)|(^|_)iv($|_)|remember|captcha|invite|coupon|voucher)", re.I)
_ALPHABET = lazyre.compile(r"(string\.(ascii_|digits|hexdigits|letters|punctuation|printable)|"
                       r"\b(alphabet|charset|chars|characters)\b|[A-Za-z0-9]{20,})", re.I)
_STORE = lazyre.compile(r"(session|cookie|token|secret)", re.I)
# Collections of existing, non-secret items a program picks one of at random to spread load or
# rotate: the signing keys of a key set (whose `kid` is public), servers, replicas, endpoints.
_ITEMS = lazyre.compile(
    r"(?:^|_)(?:keys|keyset|key_set|jwks|servers|hosts|nodes|replicas|backends|peers|proxies|"
    r"endpoints|urls|mirrors|workers|shards|upstreams|addresses|instances|members|regions|"
    r"zones|pool)$", re.I)
_BUILDS = frozenset({"generator_expression", "list_comprehension", "set_comprehension",
                     "for_statement", "while_statement", "call"})


def _target_name(ctx: FileContext, call: Node) -> str | None:
    cur = call.parent
    while cur is not None and cur.type not in ("assignment", "expression_statement", "block",
                                                "return_statement", "keyword_argument"):
        cur = cur.parent
    if cur is None:
        return None
    if cur.type == "keyword_argument":
        return ctx.node_text(cur.child_by_field_name("name"))
    if cur.type == "assignment":
        return ctx.node_text(cur.child_by_field_name("left"))
    return None


def _stored_in_session(ctx: FileContext, call: Node, var: str) -> bool:
    scope = enclosing_function(ctx, call)
    if scope is None or not var.isidentifier():
        return False
    for node in ctx.walk(scope):
        if node.type == "assignment":
            left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
            if left is not None and left.type == "subscript" and right is not None and \
                    ctx.node_text(right) == var and \
                    _STORE.search(ctx.node_text(left.child_by_field_name("value"))):
                return True
        elif node.type == "call":
            function = node.child_by_field_name("function")
            if function is not None and ctx.node_text(function).endswith("set_cookie") and \
                    any(ctx.node_text(a) == var or ctx.node_text(a).endswith(f"={var}")
                        for a in (*positional(ctx, node), *node.named_children[-1].named_children)):
                return True
    return False


def _random_string(ctx: FileContext, call: Node, func: str) -> bool:
    """`random.choice(string.ascii_letters + string.digits)`: building a random code or key."""
    if func not in ("choice", "choices", "sample"):
        return False
    args = positional(ctx, call)
    if not args:
        return False
    text = ctx.node_text(args[0])
    return bool(_ALPHABET.search(text))


def _collection_name(ctx: FileContext, node: Node) -> str:
    """The last name of `servers`, `key_set.keys`, `jwks["keys"]`."""
    if node.type == "subscript":
        index = node.child_by_field_name("subscript")
        if index is not None and index.type == "string":
            return ctx.node_text(index).strip("'\"")
        node = node.child_by_field_name("value") or node
    if node.type == "attribute":
        node = node.child_by_field_name("attribute") or node
    return ctx.node_text(node) if node.type == "identifier" else ""


def _picks_an_item(ctx: FileContext, call: Node, func: str) -> bool:
    """`random.choice(key_set.keys)`, `random.shuffle(replicas)`: one existing item of a pool of
    keys, servers or replicas, taken as it is (not a piece of a string or a value built in a
    loop, which a generated secret would be)."""
    if func not in ("choice", "shuffle", "sample"):
        return False
    args = positional(ctx, call)
    if not args or not _ITEMS.search(_collection_name(ctx, args[0])):
        return False
    cur = call.parent
    while cur is not None and cur.type not in ("expression_statement", "return_statement",
                                                "function_definition", "module"):
        if cur.type in _BUILDS:
            return False
        cur = cur.parent
    return True


def _security_context(ctx: FileContext, call: Node) -> bool:
    target = _target_name(ctx, call)
    if target is not None and _SECRET_WORDS.search(target):
        return True
    fn = enclosing_function(ctx, call)
    if fn is not None and _SECRET_WORDS.search(ctx.node_text(fn.child_by_field_name("name"))):
        return True
    return target is not None and _stored_in_session(ctx, call, target)


def _fix(ctx: FileContext, call: Node, func: str) -> Fix | None:
    function = call.child_by_field_name("function")
    if function is None or function.type not in ("attribute", "identifier"):
        return None
    args = positional(ctx, call)
    replacement = None
    if func in ("choice",):
        replacement = ctx.node_text(function).rsplit(".", 1)[0]
        replacement = f"secrets.choice({ctx.node_text(args[0])})" if len(args) == 1 else None
    elif func == "getrandbits" and len(args) == 1:
        replacement = f"secrets.randbits({ctx.node_text(args[0])})"
    elif func == "randbytes" and len(args) == 1:
        replacement = f"secrets.token_bytes({ctx.node_text(args[0])})"
    elif func in ("randint", "randrange") and len(args) == 2 and ctx.node_text(args[0]) == "0":
        high = ctx.node_text(args[1])
        replacement = f"secrets.randbelow({high} + 1)" if func == "randint" else \
            f"secrets.randbelow({high})"
    if replacement is None:
        # `secrets.SystemRandom()` has every method of `random` (same arguments, same
        # distributions) drawn from the OS's generator
        edits = [ctx.edit_node(function, f"secrets.SystemRandom().{func}")]
    else:
        edits = [ctx.edit_node(call, replacement)]
    needed = python_module(ctx, "secrets", call)
    if needed is None:
        return None
    edits[:0] = needed
    return Fix(title="Use the `secrets` module", safe=True, edits=tuple(edits))


def _secrets_first(ctx: FileContext, call: Node) -> bool:
    """The called name is also imported from `secrets` (`try: from secrets import randbits`
    / `except ImportError: from random import getrandbits as randbits`): `random` is the
    fallback of Pythons older than 3.6, and `secrets` is what runs on any supported one."""
    function = call.child_by_field_name("function")
    if function is None or function.type != "identifier":
        return False
    local = re.escape(ctx.node_text(function))
    pattern = rf"(?m)^[ \t]*from[ \t]+secrets[ \t]+import[ \t]+[^\n#]*\b{local}\b(?![ \t]+as\b)"
    return "secrets" in ctx.text and re.search(pattern, ctx.text) is not None


def _check(ctx: FileContext, call: Node) -> Hit | None:
    name = call_name(ctx, call) or ""
    module, _, func = name.rpartition(".")
    if module != "random" or func not in _FUNCS or _secrets_first(ctx, call):
        return None
    if not (_security_context(ctx, call) or _random_string(ctx, call, func)):
        return None
    if _picks_an_item(ctx, call, func):
        # a key, server or replica picked from a pool is reported only when the pick itself
        # becomes a secret: named like one, or stored in the session or a cookie
        target = _target_name(ctx, call)
        if target is None or not (_SECRET_WORDS.search(target) or
                                  _stored_in_session(ctx, call, target)):
            return None
    return Hit(node=call, fix=_fix(ctx, call, func))


RULE = Rule(
    id="VG-PY-CRYPTO-003",
    name="weak-random-for-secrets",
    category="outdated-crypto",
    languages=("python",),
    cwe=(338,),
    likelihood="likely",
    impact="high",
    confidence="medium",
    message="`random` is predictable and must not make security values; use `secrets` "
            "(`secrets.token_urlsafe()`, `secrets.randbelow(n)`).",
    prefilter=("random",),
    node_kinds=("call",),
    check=_check,
    fixable=True,
)
