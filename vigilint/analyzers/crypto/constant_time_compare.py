"""## What it does
Flags home-made constant-time comparisons: functions named like `constant_time_compare`,
`safe_equals`, `timingSafeEqual` or `secure_compare` that do not delegate to the library
routine, loops that accumulate `diff |= a[i] ^ b[i]` to compare secrets, and early-exit loops
(`if a[i] != b[i]: return False`, also over `zip(a, b)` or `range` loop variables, and the
short-circuits `all(x == y for x, y in zip(a, b))` / `[...a].every((c, i) => c === b[i])`,
and `while (i < n && a[i] === b[i]) i++` loops, flag-and-break loops, `any(x != y ...)`,
`.some(...)` (also against a field, `booking.doorCode[i]`) and `.reduce((ok, c, i) => ok &&
c === b[i])`, loops whose condition stops on a flag the body sets from an element equality
(`for (i = 0; ok && i < n; i++) ok = a[i] === b[i]`), and XOR folded by hand in a loop or
a `reduce` callback) in functions that compare signatures, tokens, keys, digests, MAC tags
passed as bytes (`tagsEqual(byte[] a, byte[] b)`), byte strings compared by a function named
for an access decision (`scannerAccepts(byte[] presented, byte[] expected)`, `badgeAuthorized`),
methods of a key or token type (Go `func (t Token) Equal(p []byte) bool`, `class ApiToken`),
session cookies, or one-time and access codes (`codesEqual`, `pins_match`; not status, country or currency codes): by
their name or parameters, because a caller passes one (`codes_match(pending.code,
form["code"])`) or a value a MAC or digest made (`sameTag(given, expected)` after `expected =
createHmac(...).digest('hex')`), or because the function loads the secret it compares against
(`process.env.ADMIN_KEY`, `self.api_key`). A function shaped like an equality test (the
lengths compared first, then the elements) counts whatever it is called (`authorized`,
`permitted`), and so does an early-exit loop over a tag an HMAC made in the same function (a
webhook handler checking inline); a plain digest (a download's checksum) and lists compared
for equality stay clean.

One finding per implementation: the region spans the function or class that implements the primitive (methods of one class, and helpers or inverse functions such as `encrypt`/`decrypt`, are one implementation; a class that also does other things, a CRC or a simulation, is reported over its implementing methods only), each piece of evidence is a related location, and the message names what was recognised and the audited call to use in the file's language. A unit that shows several kinds is reported once, by the rule of its most specific kind (docs of `implementations.py`).

## Why is this bad?
Writing a comparison that really runs in constant time is subtle: early length checks, string
interning, JIT and compiler optimisation all reintroduce timing differences, and a function
that is *named* constant-time but uses `==` gives false assurance. An attacker who can time
the comparison of a MAC or token recovers it byte by byte.

## Example
```python
def constant_time_compare(a, b):
    if len(a) != len(b):
        return False
    result = 0
    for x, y in zip(a, b):
        result |= x ^ y
    return result == 0
```

## Use instead
```python
import hmac
hmac.compare_digest(a, b)
```
JavaScript: `crypto.timingSafeEqual`; Go: `crypto/subtle.ConstantTimeCompare`; Java:
`MessageDigest.isEqual`.

## References
- CWE-208: Observable Timing Discrepancy
- CWE-1240: Use of a Cryptographic Primitive with a Risky Implementation
- OWASP A02:2021 / A04:2025 Cryptographic Failures
"""


from vigilint.analyzers.crypto.implementations import reporter
from vigilint.analyzers.crypto.syntax import CRYPTO_LANGUAGES
from vigilint.model import Rule

RULE = Rule(
    id="VG-CRYPTO-007",
    name="home-made-constant-time-compare",
    category="crypto-implementation",
    languages=CRYPTO_LANGUAGES,
    cwe=(208, 1240),
    likelihood="likely",
    impact="high",
    confidence="medium",
    message="Home-made constant-time comparison; use `hmac.compare_digest`, "
            "`crypto.timingSafeEqual`, Go `subtle.ConstantTimeCompare` or "
            "`MessageDigest.isEqual`.",
    check_file=reporter("VG-CRYPTO-007"),
)
