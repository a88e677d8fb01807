"""## What it does
Flags hand-written pseudo-random generators (linear congruential generators with the usual
multipliers such as 1103515245, 6364136223846793005, 1664525, 214013, 0x5DEECE66D, MINSTD, and
Mersenne Twister's 0x9908B0DF / 1812433253 tempering constants) when they produce keys, tokens,
salts, nonces, passwords or session ids: the generator is named for one, or a function or
variable named for one uses it, directly or through an instance (a hand-written generator
that makes codes or PINs, `dropOffCode()`, makes access codes, unless the name says a colour,
country or status code). Also xorshift steps
(`x ^= x << 13; x ^= x >> 17; x ^= x << 5`), an LCG step with any constants on state kept
between calls (`self.s = (self.s * A + C) % M`, a module variable), and library generators
that are not
cryptographic (Python `random`, `Math.random`, `java.util.Random`, Go `math/rand`, and the
clock read as digits: `Date.now() % 10000`, `int(time.time() * 1000) % 1000000`,
`System.currentTimeMillis() % N`, `time.Now().UnixNano() % N`) when they make a key, token, IV, OTP, session id, reset or license code, or an access or one-time code
(a pickup, unlock, confirmation or backup code): in a function or variable named for one
(also a method of the generator class itself, `verificationCode()`), or in a helper such a
function uses; in a method that makes something (`mint`,
`issue`, `newId`) of a class named for sessions, tokens or keys, reading a generator kept in a
field (`java.util.Random`, a `math/rand` source in a struct, an instance of a generator class
of the file); or in a helper whose value a function that sets a cookie uses, or puts in the
path of a URL it builds (a capability link: `f"https://app/enter/{slug}"`; a cache buster in
the query is not), or both keeps (a record, a map, a database) and sends to someone (an SMS, a
mail): a one-time code whatever it is called; and a value of such a generator (assigned, or a
buffer it fills: `rnd.nextBytes(buf)`, `rand.Read(n)`) handed to a cipher or MAC in the same
function as its key, IV or nonce (`new IvParameterSpec(buf)`, `AES.new(k, mode, nonce=x)`,
`createCipheriv(alg, k, n)`, `g.Seal(n, n, data, nil)`). The finding spans the generator and the
functions that use its values (the sinks, related locations). Jitter, sampling, shuffles,
colours, MIME boundaries, trace ids, UUIDs, games and test files are not reported.

One finding per implementation: the region spans the function or class that implements the primitive (methods of one class, and helpers or inverse functions such as `encrypt`/`decrypt`, are one implementation; a class that also does other things, a CRC or a simulation, is reported over its implementing methods only), each piece of evidence is a related location, and the message names what was recognised and the audited call to use in the file's language. A unit that shows several kinds is reported once, by the rule of its most specific kind (docs of `implementations.py`).

## Why is this bad?
LCGs and the Mersenne Twister are predictable: a few outputs reveal the state and every past and
future output. Tokens, keys or salts drawn from them can be guessed.

## Example
```python
def generate_token(seed):
    state = seed
    chars = []
    for _ in range(32):
        state = (1103515245 * state + 12345) % 2**31
        chars.append(ALPHABET[state % len(ALPHABET)])
    return "".join(chars)
```

## Use instead
```python
import secrets
token = secrets.token_urlsafe(32)
```
JavaScript: `crypto.randomBytes` / `crypto.getRandomValues`; Go: `crypto/rand`; Java:
`SecureRandom`.

## References
- CWE-338: Use of Cryptographically Weak Pseudo-Random Number Generator (PRNG)
- CWE-1240: Use of a Cryptographic Primitive with a Risky Implementation
- OWASP A02:2021 / A04:2025 Cryptographic Failures
"""


from vigilint.analyzers.crypto.implementations import reporter
from vigilint.analyzers.crypto.syntax import CRYPTO_LANGUAGES
from vigilint.model import Rule

RULE = Rule(
    id="VG-CRYPTO-006",
    name="hand-rolled-prng-for-secrets",
    category="crypto-implementation",
    languages=CRYPTO_LANGUAGES,
    cwe=(338, 1240),
    likelihood="likely",
    impact="high",
    confidence="medium",
    message="A non-cryptographic generator (a hand-written LCG/xorshift/Mersenne Twister, "
            "`random`, `Math.random`, `java.util.Random`, `math/rand`) is predictable; use "
            "`secrets`, `crypto.randomBytes`, Go `crypto/rand` or `SecureRandom` for keys, "
            "tokens and salts.",
    check_file=reporter("VG-CRYPTO-006"),
)
