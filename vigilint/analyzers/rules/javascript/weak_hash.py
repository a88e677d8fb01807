"""## What it does
Flags `crypto.createHash("md5" | "sha1" | "md4")` (and `createHmac` with MD5) where the
surrounding code is about passwords, tokens or signatures, and any fast hash
(`createHash("sha256")`, ...) applied to a password. Checksums, ETags and cache keys are not
flagged.

## Why is this bad?
MD5 and SHA-1 collide cheaply, so signatures and integrity checks built on them can be forged
(CWE-327, CWE-328). Fast hashes of passwords are brute-forced at billions of guesses per second
on a GPU (CWE-916).

## Example
```js
const hash = crypto.createHash("md5").update(password).digest("hex");
```

## Use instead
```js
const hash = await bcrypt.hash(password, 12);          // or argon2 / crypto.scrypt
const digest = crypto.createHash("sha256").update(data).digest("hex");  // integrity
```

## References
- CWE-327: Use of a Broken or Risky Cryptographic Algorithm
- CWE-328: Use of Weak Hash
- CWE-916: Use of Password Hash With Insufficient Computational Effort
- OWASP A02:2021 / A04:2025 Cryptographic Failures
"""

from __future__ import annotations

import re

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.syntax import javascript
from vigilint.model import Fix, Rule

_WEAK = frozenset({"md5", "sha1", "md4", "md2", "sha-1", "ripemd160", "rmd160"})
_SECURITY = re.compile(r"pass(word|wd|phrase)?\b|pwd|secret|token|sign|auth|credential|login|"
                       r"salt|hmac|session|api_?key|otp|nonce|verify|cert", re.IGNORECASE)
_NOT_SECURITY = re.compile(r"etag|checksum|cache|fingerprint|gravatar|integrity|dedup|"
                           r"content_?hash|file_?hash|md5sum|shard|bucket", re.IGNORECASE)
_PASSWORD = re.compile(r"\b\w*(pass(word|wd|phrase)|pwd)\w*\b", re.IGNORECASE)


def _update_arg(ctx: FileContext, call: Node) -> Node | None:
    """`createHash(a).update(x)`: the `x`."""
    parent = call.parent
    if parent is None or parent.type != "member_expression":
        return None
    outer = parent.parent
    if outer is None or outer.type != "call_expression":
        return None
    args = javascript(ctx).arguments(outer).positional
    return args[0] if args else None


def _check(ctx: FileContext, call: Node) -> Hit | None:
    name = javascript(ctx).callee_name(call)
    if name not in ("crypto.createHash", "node:crypto.createHash", "crypto.createHmac",
                    "node:crypto.createHmac"):
        return None
    args = javascript(ctx).arguments(call).positional
    algorithm = (javascript(ctx).string_value(args[0]) or "").lower() if args else ""
    if not algorithm:
        return None
    data = _update_arg(ctx, call)
    data_text = ctx.node_text(data)
    if name.endswith("createHash") and _PASSWORD.search(data_text) and \
            not re.search(r"confirm|hint|reset|link", data_text, re.IGNORECASE):
        return Hit(node=call, message=f"`{algorithm}` is a fast hash and the input is a "
                                      "password; use `bcrypt`, `argon2` or `crypto.scrypt`.",
                   fix=_scrypt_fix(ctx, call, data))
    if algorithm not in _WEAK or (name.endswith("createHmac") and algorithm != "md5"):
        return None
    # what the digest is about: the enclosing function's name, the hashed data, the line
    fn = javascript(ctx).enclosing_function_node(call)
    context = data_text + " " + ctx.lines[call.start_point[0]]
    if fn is not None:
        name_node = fn.child_by_field_name("name")
        if name_node is None and fn.parent is not None and fn.parent.type == "variable_declarator":
            name_node = fn.parent.child_by_field_name("name")
        context += " " + ctx.node_text(name_node)
    if _NOT_SECURITY.search(context) or not _SECURITY.search(context):
        return None
    fix = None
    if args[0].type == "string":  # the digest changes: values stored before need a look
        quote = ctx.node_text(args[0])[0]
        fix = Fix(title="Use SHA-256", safe=False,
                  edits=(ctx.edit_node(args[0], f"{quote}sha256{quote}"),))
    return Hit(node=call, fix=fix)


_STORED = frozenset({"return_statement", "lexical_declaration", "variable_declaration"})


def _scrypt_fix(ctx: FileContext, call: Node, data: Node | None) -> Fix | None:
    """A fast hash of a password that is returned or kept in a new name,
    `crypto.createHash('md5').update(pw).digest('hex')` -> `salt + ':' +
    crypto.scryptSync(pw, salt, 64).toString('hex')` after `const salt =
    crypto.randomBytes(16).toString('hex');`. Unsafe: stored hashes change format, and the
    code that checks a password must split off the salt and compare with
    `crypto.timingSafeEqual`. No fix where the hash is compared on the spot."""
    function = call.child_by_field_name("function")
    receiver = function.child_by_field_name("object") if function is not None and \
        function.type == "member_expression" else None
    update = call.parent.parent if call.parent is not None else None  # `.update(pw)`
    digest_member = update.parent if update is not None else None
    digest = digest_member.parent if digest_member is not None else None
    if receiver is None or data is None or digest is None or digest_member is None or \
            digest.type != "call_expression" or \
            ctx.node_text(digest_member.child_by_field_name("property")) != "digest":
        return None
    encoding = javascript(ctx).arguments(digest).positional
    if len(encoding) != 1 or javascript(ctx).string_value(encoding[0]) not in ("hex", "base64"):
        return None
    statement = digest.parent
    if statement is not None and statement.type == "variable_declarator":
        statement = statement.parent
    fn = javascript(ctx).enclosing_function_node(call)
    if statement is None or statement.type not in _STORED or fn is None or \
            statement.parent is None or statement.parent.type != "statement_block" or \
            re.search(r"\bsalt\b", ctx.node_text(fn)):
        return None
    module = ctx.node_text(receiver)
    line = ctx.lines[statement.start_point[0]]
    indent = line[:statement.start_point[1]]
    if indent.strip():
        return None
    enc = ctx.node_text(encoding[0])
    return Fix(title="Hash the password with scrypt and a random salt", safe=False, edits=(
        ctx.insert_at(statement.start_byte,
                      f"const salt = {module}.randomBytes(16).toString({enc});\n{indent}"),
        ctx.edit_node(digest, f"salt + ':' + {module}.scryptSync({ctx.node_text(data)}, salt, "
                              f"64).toString({enc})")))


RULE = Rule(
    id="VG-JS-CRYPTO-001",
    name="weak-hash",
    category="outdated-crypto",
    languages=("javascript",),
    cwe=(327, 328, 916),
    likelihood="likely",
    impact="high",
    confidence="medium",
    message="MD5/SHA-1 is used for a security purpose; use SHA-256 for integrity and "
            "`bcrypt`/`argon2`/`crypto.scrypt` for passwords.",
    prefilter=("createHash", "createHmac"),
    node_kinds=("call_expression",),
    check=_check,
    fixable=True,
)
