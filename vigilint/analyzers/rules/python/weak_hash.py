"""## What it does
Flags MD5 and SHA-1 (`hashlib.md5`, `hashlib.sha1`, `hashlib.new("md5")`, pycryptodome
`MD5`/`SHA1`, `cryptography` `hashes.MD5()`/`hashes.SHA1()`) used where security depends on
them. Calls marked `usedforsecurity=False`, and digests computed for checksums, cache keys or
ETags (judged by the names around the call) are not reported, nor is SHA-1 where collisions do
not matter: the hash of RSA-OAEP and its MGF1 mask, inside an HMAC, or a constructor handed to a
signer as its HMAC digest method (`digestmod=`, `default_digest_method`), nor SHA-1 computing
a WebSocket handshake's `Sec-WebSocket-Accept` value (RFC 6455 fixes the hash; no secret), nor
MD5 computing HTTP Digest authentication's HA1, HA2 and response (RFC 2617/7616 fix it: the
weakness is the protocol's, `crypto/protocols.py`), nor a digest of fresh random bytes
(`sha1(os.urandom(64)).hexdigest()`, a token or nonce: no collision or preimage matters), nor
the hash an algorithm identifier names in code that maps identifiers to hashes and offers
stronger ones beside it (`elif alg == COSE.RS1: return SHA1()`, `{Alg.RS1: hashes.SHA1(),
Alg.RS256: hashes.SHA256()}`): the choice is whoever picks the identifier's.

## Why is this bad?
Collisions for MD5 and SHA-1 are practical, and both are fast enough to brute-force stored
password hashes. Signatures, integrity checks and password storage built on them can be forged
or cracked.

## Example
```python
digest = hashlib.md5(password.encode()).hexdigest()
```

## Use instead
```python
digest = hashlib.sha256(data).hexdigest()
# passwords: hashlib.scrypt / argon2 / bcrypt with a per-user salt
```

## References
- CWE-328: Use of Weak Hash
- OWASP A02:2021 / A04:2025 Cryptographic Failures
"""

from __future__ import annotations

import re

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.crypto.protocols import protocol_hash
from vigilint.analyzers.dataflow import flow
from vigilint.analyzers.imports import call_name
from vigilint.analyzers.rules.python._common import (
    arg,
    enclosing_function,
    is_literal_false,
    keyword,
)
from vigilint.analyzers.rules.python._password_fix import names_password, password_hash_fix
from vigilint.model import Fix, Rule

_WEAK = {"hashlib.md5": "md5", "hashlib.sha1": "sha1", "Crypto.Hash.MD5.new": "md5",
         "Crypto.Hash.SHA1.new": "sha1", "Cryptodome.Hash.MD5.new": "md5",
         "Cryptodome.Hash.SHA1.new": "sha1", "cryptography.hazmat.primitives.hashes.MD5": "md5",
         "cryptography.hazmat.primitives.hashes.SHA1": "sha1", "md5.new": "md5", "sha.new": "sha1",
         "hashlib.md4": "md4"}
_WEAK_NAMES = frozenset({"md5", "sha1", "sha", "md4", "md2", "ripemd160"})
_BENIGN = re.compile(r"(checksum|etag|cache|fingerprint|dedup|file_?hash|content_?hash|"
                     r"digest_?file|md5sum|sha1sum|shard|bucket|partition|gravatar)", re.I)


def _benign_context(ctx: FileContext, call: Node) -> bool:
    cur = call.parent
    while cur is not None and cur.type not in ("expression_statement", "return_statement",
                                                "function_definition"):
        cur = cur.parent
    if cur is not None and cur.type != "function_definition" and _BENIGN.search(ctx.node_text(cur)):
        return True
    fn = enclosing_function(ctx, call)
    return fn is not None and bool(_BENIGN.search(ctx.node_text(fn.child_by_field_name("name"))))


# Constructions that do not rely on SHA-1's collision resistance: RSA-OAEP and its MGF1 mask
# (RFC 8017; JOSE's `RSA-OAEP`) and HMAC.
_KEYED_USERS = frozenset({"OAEP", "MGF1", "HMAC"})
_DIGEST_SLOTS = frozenset({"digestmod", "digest_method", "default_digest_method", "hashfunc",
                           "hash_func", "digest_cons"})


def _keyed_use(ctx: FileContext, call: Node) -> bool:
    """`padding.OAEP(padding.MGF1(hashes.SHA1()), hashes.SHA1(), None)`, `HMAC(key, SHA1())`."""
    cur = call.parent
    if cur is not None and cur.type == "keyword_argument":
        cur = cur.parent
    if cur is None or cur.type != "argument_list" or cur.parent is None:
        return False
    function = cur.parent.child_by_field_name("function")
    return function is not None and ctx.node_text(function).rsplit(".", 1)[-1] in _KEYED_USERS


def _digest_factory(ctx: FileContext, call: Node) -> bool:
    """`def _lazy_sha1(data=b""): return hashlib.sha1(data)`, handed to a signer as its HMAC
    digest method (`digestmod=_lazy_sha1`, `default_digest_method = staticmethod(_lazy_sha1)`)
    and never called directly in the file."""
    if call.parent is None or call.parent.type != "return_statement":
        return False
    fn = enclosing_function(ctx, call)
    name_node = fn.child_by_field_name("name") if fn is not None else None
    if name_node is None or ctx.tree is None:
        return False
    name = ctx.node_text(name_node)
    slotted = False
    for node in ctx.walk(ctx.tree.root_node):
        if node.type != "identifier" or ctx.node_text(node) != name or node == name_node:
            continue
        parent = node.parent
        if parent is not None and parent.type == "call" and \
                parent.child_by_field_name("function") == node:
            return False  # called for a digest of its own
        slot = parent
        if slot is not None and slot.type == "argument_list" and slot.parent is not None and \
                ctx.node_text(slot.parent.child_by_field_name("function")) == "staticmethod":
            slot = slot.parent.parent
        if slot is not None and slot.type == "keyword_argument":
            slotted |= ctx.node_text(slot.child_by_field_name("name")) in _DIGEST_SLOTS
        elif slot is not None and slot.type == "assignment":
            target = ctx.node_text(slot.child_by_field_name("left")).rsplit(".", 1)[-1]
            slotted |= target in _DIGEST_SLOTS
    return slotted


def _protocol_hash(ctx: FileContext, call: Node, algorithm: str) -> bool:
    """The hash is one a protocol prescribes, computed in a function that implements it: SHA-1
    for a WebSocket handshake's accept value, MD5 (or SHA-1) for HTTP Digest authentication."""
    fn = enclosing_function(ctx, call)
    owner = fn.parent if fn is not None else None
    while owner is not None and owner.type != "class_definition":
        owner = owner.parent
    protocol = protocol_hash(ctx.node_text(fn), ctx.node_text(owner) if owner else "") \
        if fn is not None else None
    if protocol is None:
        return False
    return algorithm == ("md5" if protocol.startswith("HTTP Digest") else "sha1")


# Fresh randomness from a cryptographic source as the only input: the digest is a token or
# nonce in another encoding. (`random.random()` is predictable: that digest stays reported.)
_CSPRNG_CALLS = frozenset({"os.urandom", "urandom", "secrets.token_bytes", "secrets.token_hex",
                           "secrets.token_urlsafe", "secrets.randbits", "token_bytes",
                           "token_hex", "token_urlsafe", "uuid.uuid4", "uuid4"})
_RANDOM_METHODS = frozenset({"random", "getrandbits", "randbytes", "randint", "randrange"})
_SIMPLE_WRAPPERS = frozenset({"str", "bytes", "repr"})


def _system_random(ctx: FileContext, call: Node, receiver: Node) -> bool:
    """`rng.random()` where the function or class around binds `rng` (or `self.rng`) to a
    `SystemRandom()` (the OS's generator)."""
    name = re.escape(ctx.node_text(receiver))
    bound = re.compile(rf"{name}\s*=\s*(?:random\.)?SystemRandom\(")
    scope = call.parent
    while scope is not None:
        if scope.type in ("function_definition", "class_definition") and \
                bound.search(ctx.node_text(scope)):
            return True
        scope = scope.parent
    return False


def _random_input(ctx: FileContext, call: Node) -> bool:
    """`hashlib.sha1(os.urandom(64))`, `md5(str(self.rng.random()).encode())` with
    `self.rng = SystemRandom()`: the data is a cryptographic random source's output (wrapped in
    `str()`/`.encode()` at most)."""
    data = arg(ctx, call, 0, "data") or arg(ctx, call, 0, "string")
    while data is not None and data.type == "call":
        function = data.child_by_field_name("function")
        if function is None:
            return False
        name = call_name(ctx, data) or ctx.node_text(function)
        short = ctx.node_text(function).rsplit(".", 1)[-1]
        if name in _CSPRNG_CALLS or ctx.node_text(function) in _CSPRNG_CALLS:
            return True
        receiver = function.child_by_field_name("object") if function.type == "attribute" \
            else None
        if short in _RANDOM_METHODS and receiver is not None:
            return _system_random(ctx, call, receiver)
        arguments = data.child_by_field_name("arguments")
        if short == "encode" and receiver is not None:
            data = receiver
        elif short in _SIMPLE_WRAPPERS and arguments is not None and \
                len(arguments.named_children) == 1:
            data = arguments.named_children[0]
        else:
            return False
    return False


_NAMES_WEAK = {"sha1": re.compile(r"sha[-_ ]?1(?![0-9])", re.IGNORECASE),
               "md5": re.compile(r"md[-_ ]?5(?![0-9])", re.IGNORECASE)}
_NAMES_STRONG = re.compile(r"sha[-_ ]?(?:224|256|384|512)|sha3|blake2", re.IGNORECASE)
_BRANCHES = ("if_statement", "elif_clause", "case_clause")


def _algorithm_dispatch(ctx: FileContext, call: Node, algorithm: str) -> bool:
    """The hash is the one an algorithm identifier names, in code that maps identifiers to
    hashes: `if alg == COSE.RSASSA_PKCS1_v1_5_SHA_1: return SHA1()` (`elif alg in SHA_256:
    ...`), `{Alg.RS1: hashes.SHA1(), Alg.RS256: hashes.SHA256()}`. Whoever chooses the
    identifier (a protocol's negotiation, the caller's configuration) chooses SHA-1; this code
    only honours it, next to stronger choices. A branch whose condition does not name the
    algorithm (`if legacy:`), or a mapping that offers nothing stronger, stays reported."""
    weak = _NAMES_WEAK.get(algorithm)
    if weak is None:
        return False
    below, cur = call, call.parent
    while cur is not None and cur.type not in ("function_definition", "module"):
        if cur.type in _BRANCHES:
            condition = cur.child_by_field_name("condition") or \
                (cur.named_children[0] if cur.type == "case_clause" and cur.named_children
                 else None)
            if condition is not None and condition != below and \
                    weak.search(ctx.node_text(condition)):
                # the other branches: of this chain, or the function's other `if`s
                scope = enclosing_function(ctx, call) or cur
                return bool(_NAMES_STRONG.search(ctx.node_text(scope)))
        if cur.type == "pair" and cur.parent is not None and cur.parent.type == "dictionary":
            key = cur.child_by_field_name("key")
            return key is not None and bool(weak.search(ctx.node_text(key))) and \
                bool(_NAMES_STRONG.search(ctx.node_text(cur.parent)))
        below, cur = cur, cur.parent
    return False


def _check(ctx: FileContext, call: Node) -> Hit | None:
    name = call_name(ctx, call) or ""
    algorithm = _WEAK.get(name)
    fix = None
    if algorithm is None and name == "hashlib.new":
        first = arg(ctx, call, 0, "name")
        value = flow(ctx).value(first).const if first is not None else None
        if isinstance(value, str) and value.lower().replace("-", "") in _WEAK_NAMES:
            algorithm = value.lower()
            if first is not None and first.type == "string":
                fix = Fix(title="Use SHA-256 (changes the digests)", safe=False,
                          edits=(ctx.edit_node(first, '"sha256"'),))
    if algorithm is None:
        return None
    if is_literal_false(ctx, keyword(ctx, call, "usedforsecurity")) or _benign_context(ctx, call):
        return None
    if algorithm == "sha1" and (_keyed_use(ctx, call) or _digest_factory(ctx, call)):
        return None
    if _protocol_hash(ctx, call, algorithm) or _random_input(ctx, call) or \
            _algorithm_dispatch(ctx, call, algorithm):
        return None
    function = call.child_by_field_name("function")
    attribute = function.child_by_field_name("attribute") if function is not None else None
    data = arg(ctx, call, 0, "data") or arg(ctx, call, 0, "string")
    if fix is None and data is not None and names_password(ctx, data):
        fix = password_hash_fix(ctx, call, data)  # SHA-256 is no password hash either
    elif fix is None and name.startswith("hashlib.") and attribute is not None:
        fix = Fix(title="Use SHA-256 (changes the digests)", safe=False,
                  edits=(ctx.edit_node(attribute, "sha256"),))
    return Hit(node=call, fix=fix,
               message=f"{algorithm.upper()} is a broken hash; use `hashlib.sha256` (or a "
                       "password hash such as scrypt/argon2 for passwords).")


RULE = Rule(
    id="VG-PY-CRYPTO-001",
    name="weak-hash",
    category="outdated-crypto",
    languages=("python",),
    cwe=(328,),
    likelihood="likely",
    impact="medium",
    confidence="medium",
    message="MD5/SHA-1 is a broken hash; use `hashlib.sha256` (or a password hash such as "
            "scrypt/argon2 for passwords).",
    prefilter=("hashlib", "Crypto", "cryptography", "md5", "sha"),
    node_kinds=("call",),
    check=_check,
    fixable=True,
)
