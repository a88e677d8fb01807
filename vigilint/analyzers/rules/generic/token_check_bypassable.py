"""## What it does
Flags a token check written by hand that lets a forged token through, in Python, JavaScript,
TypeScript, Java and Go: a check that accepts a token whose own header says `alg: none` (a branch
that returns the payload or success instead of rejecting it); a function that splits a token at
its dots, base64-decodes a part and parses it as JSON, and returns the claims or reads an
identity claim (`sub`, `owner_id`, `role`) without computing or verifying any signature; and a
verification whose verdict is dropped while the claims are used (golang-jwt
`token, _ := jwt.Parse(...)`, a jsonwebtoken `verify` callback that never reads its error).
Browser code, which only displays what the server sent, is not flagged. Library decoders that
skip the signature by name or option are reported by the client-controlled-identity rules; a
library `verify` with `none` among its algorithms by the crypto rules.

## Why is this bad?
A token names its caller only once its signature is checked with the server's key, for the one
algorithm the server signs with (RFC 7515 §5.2, RFC 8725 §3.1-3.2). Without that, the payload is
JSON the client wrote: anyone becomes any user or an administrator (CWE-347, CWE-287).

## Example
```python
def parse_token(token):
    header_b64, payload_b64, signature_b64 = token.split(".")
    header = json.loads(b64(header_b64))
    if header.get("alg") == "none":
        return json.loads(b64(payload_b64))
    ...
```

## Use instead
```python
def parse_token(token):
    return jwt.decode(token, SECRET, algorithms=["HS256"])
```

## References
- CWE-347: Improper Verification of Cryptographic Signature
- CWE-287: Improper Authentication
- RFC 8725: JSON Web Token Best Current Practices, §3.1-3.2
- OWASP A01:2021 / A01:2025 Broken Access Control
"""

from __future__ import annotations

from collections.abc import Iterator

from vigilint.analyzers.access.identity import IdentityHooks, trusted_reads
from vigilint.analyzers.access.syntax import enclosing_function, language_hooks
from vigilint.analyzers.access.tokens import token_flaws, token_message
from vigilint.analyzers.context import FileContext, Hit
from vigilint.model import Rule


def _hooks(language: str) -> IdentityHooks | None:
    hooks: IdentityHooks | None = language_hooks(language, "reads")
    return hooks


def _reported(ctx: FileContext) -> list[tuple[int, int]]:
    """The functions where the client-controlled-identity rules already report an unverified
    token (one finding per flaw: the decode without a signature check is theirs)."""
    hooks = _hooks(ctx.language)
    if hooks is None or ctx.tree is None:
        return []
    spans = []
    for trust in trusted_reads(ctx, hooks):
        if trust.read.part != "unverified-token":
            continue
        fn = enclosing_function(ctx, trust.read.node)
        if fn is not None:
            spans.append((fn.start_byte, fn.end_byte))
    return spans


def _check(ctx: FileContext) -> Iterator[Hit]:
    flaws = token_flaws(ctx)
    reported = _reported(ctx) if any(f.kind in _SHARED for f in flaws) else []
    for flaw in flaws:
        if flaw.kind in _SHARED and any(a <= flaw.start < b or a == flaw.origin
                                        for a, b in reported):
            continue  # the identity rule reports this token (here, or in the helper)
        yield Hit(byte_range=(flaw.start, flaw.end), message=token_message(flaw))


# kinds the identity rules may report too (an unverified token's claims used as identity; an
# `alg: none` branch that then decodes without the signature is that decode's finding)
_SHARED = frozenset({"no-signature", "unverified-helper", "error-dropped", "none-accepted"})


RULE = Rule(
    id="VG-GEN-AUTH-001",
    name="token-check-bypassable",
    category="access-control",
    languages=("python", "javascript", "typescript", "java", "go"),
    cwe=(347, 287),
    likelihood="likely",
    impact="high",
    confidence="medium",
    message="A hand-written token check lets a forged or unsigned token through; verify the "
            "signature with your key and a fixed algorithm.",
    prefilter=("split", "Split", "alg", "Parse", "verify"),
    check_file=_check,
)
