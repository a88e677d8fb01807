"""## What it does
Flags encodings and toy ciphers presented as encryption of secrets:
- a value named encrypted/hashed/cipher(text)/protected/secure that is just base64, hex or
  ROT13 of a plain secret (a password, secret, token or key, not something hashed or encrypted
  before) (`encrypted_password = base64.b64encode(password)`, `btoa(secret)`,
  `Buffer.from(pw).toString("base64")`, `Base64.getEncoder().encodeToString(...)`);
- a function named encrypt/cipher/hash-password whose body base64-encodes or ROT13s its input,
  or runs a Caesar/Vigenère shift (`% 26` on character codes) over a password, secret or token;
- a call of a `caesar`/`vigenere`/`rot13` function on a password, secret or token.
Caesar ciphers in puzzles and games (no secret in sight) are not reported.

## Why is this bad?
Base64, hex and ROT13 are reversible by anyone, and Caesar/Vigenère ciphers are broken by
hand. Calling the result "encrypted" or "hashed" makes reviewers believe the secret is
protected when it is stored in the clear.

## Example
```python
encrypted_password = base64.b64encode(password.encode())
```

## Use instead
```python
from argon2 import PasswordHasher
hashed_password = PasswordHasher().hash(password)    # passwords: argon2 or bcrypt
token = Fernet(key).encrypt(secret)                  # data you must decrypt later
```

## References
- CWE-327: Use of a Broken or Risky Cryptographic Algorithm
- CWE-1240: Use of a Cryptographic Primitive with a Risky Implementation
- OWASP A02:2021 / A04:2025 Cryptographic Failures
"""

from __future__ import annotations

import re

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.crypto.bodies import profile
from vigilint.analyzers.crypto.names import (
    BASE64_CALLS,
    CRYPTO_CALL_NAMES,
    SECRET_WORDS,
    is_crypto_library_call,
)
from vigilint.analyzers.crypto.resolve import imported_roots, resolved_callee
from vigilint.analyzers.crypto.syntax import (
    CALL_KINDS,
    CRYPTO_LANGUAGES,
    FUNCTION_KINDS,
    enclosing_function,
    file_mentions,
    last_name,
    unwrap,
    walk,
    words,
)
from vigilint.model import Rule

_PROTECTED_WORDS = frozenset({"encrypted", "encrypt", "cipher", "ciphertext", "ciphered",
                              "hashed", "protected", "secured", "obfuscated", "enc", "crypted"})
_STEMS = ("encrypt", "cipher", "hash", "protect", "secur", "obfuscat", "enc", "crypt")
_PROTECTED_STEMS = re.compile("|".join(_STEMS))
_TOY_NAMES = ("caesar", "vigenere", "rot13")
_TOY_CIPHERS = frozenset({"caesar", "vigenere", "rot13", "rot", "shift"})
_ASSIGNMENT_KINDS = ("assignment", "variable_declarator", "short_var_declaration",
                     "assignment_expression", "assignment_statement")
_ENCODING_MESSAGE = ("Base64/hex/ROT13 is an encoding, not encryption or hashing; hash "
                     "passwords with argon2/bcrypt (`argon2.PasswordHasher`, `bcrypt.hashpw`) and "
                     "encrypt data with `cryptography`'s `Fernet`/`AESGCM`, WebCrypto, Go "
                     "`crypto/cipher` or JCA.")
_CAESAR_MESSAGE = ("A Caesar/Vigenère shift is not encryption; hash passwords with "
                   "argon2/bcrypt and encrypt data with `cryptography`'s `Fernet`/`AESGCM`, "
                   "WebCrypto, Go `crypto/cipher` or JCA.")


_PROCESSED_WORDS = frozenset({"hash", "hashed", "digest", "cipher", "ciphertext", "encrypted",
                              "signature", "sig", "mac", "tag", "derived", "sealed", "salt",
                              "iv", "nonce", "result", "out", "output", "enc", "ct"})
_PLAIN_SECRET_WORDS = (SECRET_WORDS - {"api", "auth", "session", "cookie", "jwt"}) | {
    "apikey", "key", "plaintext", "passphrase", "pw"}


def _encodes_a_secret(ctx: FileContext, value: Node) -> bool:
    """What is encoded is named as a plain secret (not as something already hashed or
    encrypted elsewhere)."""
    names = [ctx.node_text(n) for n in walk(value)
             if n.type in ("identifier", "property_identifier", "field_identifier")]
    name_words = [set(words(n)) for n in names]
    if any(w & _PROCESSED_WORDS for w in name_words):
        return False
    return any(w & _PLAIN_SECRET_WORDS for w in name_words)


def _encoding_only(ctx: FileContext, value: Node) -> bool:
    """The value is base64/hex/ROT13 of something, with no cipher or hash call inside."""
    roots = imported_roots(ctx)
    encoded = False
    for n in walk(value):
        if n.type not in CALL_KINDS:
            continue
        text = resolved_callee(ctx, n)
        last = last_name(text)
        if last in BASE64_CALLS:
            encoded = True
            continue
        if last in ("encode", "toString", "from"):
            args = n.child_by_field_name("arguments")
            arg_text = ctx.node_text(args).lower() if args is not None else ""
            if any(w in arg_text for w in ("base64", "rot13", "rot_13", "'hex'", '"hex"')):
                encoded = True
            continue
        if (is_crypto_library_call(text, roots) and not text.startswith("base64")) \
                or last in CRYPTO_CALL_NAMES - BASE64_CALLS - {"from"}:
            return False
        if set(words(last)) & {"encrypt", "hash", "sign", "digest", "cipher", "seal"}:
            return False
    return encoded


def _check_assignment(ctx: FileContext, node: Node) -> Hit | None:
    target = node.child_by_field_name("left") or node.child_by_field_name("name")
    value = node.child_by_field_name("right") or node.child_by_field_name("value")
    if target is None or value is None:
        return None
    if not set(words(ctx.node_text(target).rsplit(".", 1)[-1])) & _PROTECTED_WORDS:
        return None
    value = unwrap(value)
    if value is None or not _encoding_only(ctx, value) or not _encodes_a_secret(ctx, value):
        return None
    fn = enclosing_function(node)
    if fn is not None and _check_function(ctx, fn) is not None:
        return None  # the function is reported once, at its name
    return Hit(node=node, message=_ENCODING_MESSAGE)


def _check_call(ctx: FileContext, call: Node) -> Hit | None:
    function = call.child_by_field_name("function") or call.child_by_field_name("name")
    if function is None:
        return None
    if not file_mentions(ctx, "crypto.toy_cipher_names", _TOY_NAMES, lower=True):
        return None  # per file: no callee spelled with one of them
    spelled = ctx.node_text(function).lower()
    if not any(t in spelled for t in _TOY_NAMES):
        return None  # cheap test before resolving imports
    name = last_name(resolved_callee(ctx, call))
    if not set(words(name)) & _TOY_CIPHERS - {"shift", "rot"} and name.lower() not in (
            "rot13", "caesar", "vigenere"):
        return None
    args = call.child_by_field_name("arguments")
    if args is None:
        return None
    for arg in args.named_children:
        if set(words(ctx.node_text(arg))) & (SECRET_WORDS - {"api", "private", "auth"}):
            return Hit(node=call, message=_CAESAR_MESSAGE)
    return None


def _check_function(ctx: FileContext, fn: Node) -> Hit | None:
    p = profile(ctx, fn)
    if p.verb not in ("encrypt", "hash-password") or p.library:
        return None
    if p.base64 and not p.hand_work and not p.unknown_calls:
        return Hit(node=fn.child_by_field_name("name") or fn, message=_ENCODING_MESSAGE)
    if p.caesar and p.secret_context:
        return Hit(node=fn.child_by_field_name("name") or fn, message=_CAESAR_MESSAGE)
    return None


def _check(ctx: FileContext, node: Node) -> Hit | None:
    if node.type in FUNCTION_KINDS:
        return _check_function(ctx, node)
    if node.type in CALL_KINDS:
        return _check_call(ctx, node)
    if not file_mentions(ctx, "crypto.protected_stems", _STEMS, lower=True):
        return None  # per file: no target can hold one of the stems
    target = node.child_by_field_name("left") or node.child_by_field_name("name")
    if target is None or not _PROTECTED_STEMS.search(ctx.node_text(target).lower()):
        return None  # cheap test before anything else
    if node.type in ("assignment_expression", "assignment_statement") and any(
            not c.is_named and ctx.node_text(c) not in ("=", ":=") and ctx.node_text(c).endswith(
                "=") for c in node.children):
        return None
    return _check_assignment(ctx, node)


RULE = Rule(
    id="VG-CRYPTO-008",
    name="encoding-as-encryption",
    category="crypto-implementation",
    languages=CRYPTO_LANGUAGES,
    cwe=(327, 1240),
    likelihood="very-likely",
    impact="high",
    confidence="high",
    message="Base64/hex/ROT13/Caesar is not encryption; hash passwords with argon2/bcrypt and "
            "encrypt data with `cryptography`'s `Fernet`/`AESGCM`, WebCrypto, Go `crypto/cipher` "
            "or JCA.",
    node_kinds=(*_ASSIGNMENT_KINDS, "call", "call_expression", "method_invocation",
                *sorted(FUNCTION_KINDS - {"function"})),
    check=_check,
)
