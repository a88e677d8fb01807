"""## What it does
Flags XOR of data with a key inside a loop, a comprehension or an array callback: the
repeating-key XOR "cipher" (`data[i] ^ key[i % len(key)]`, `c ^ k for c, k in zip(data,
cycle(key))`, `s.charCodeAt(i) ^ key.charCodeAt(i % key.length)`). XOR in functions named for
hashing, checksums or random numbers, and XOR with a constant-period mask (WebSocket's `mask[i % 4]`) that is not called a key, is not
reported. A sequence indexed cyclically (`k[i % len(k)]`) counts as a key whatever its name.
Also a keystream drawn from any generator (`b ^ rng.randrange(256)` with `rng =
random.Random(seed)`, `bytes[i] ^ Math.floor(next() * 256)` with `next = mulberry32(seed)`,
`a ^ b for a, b in zip(chunk, block)` with `block` a digest computed in the function, data
zipped with a generator of the file that hashes or draws (`zip(data, self._stream(nonce))`),
`b ^ this.nextByte()` in a class or Go type with a hand-written generator, `b ^ next()` with
`next` a closure that draws, `ks.next().value` of a generator bound in the enclosing
function, data XORed with a state the loop steps by a recurrence of itself, an LCG or
xorshift written inline: `s = (Math.imul(s, 1664525) + 1013904223) >>> 0; out[i] = data[i] ^
(s >>> 24)`; `b ^ next(pad)` with `pad` made by a call of the file, `s.src.Intn(256)` on a
field the file sets to `rand.New(...)`/`random.Random(...)`/`new Random(...)`, `c.next()` or
`self._next_byte()` where the file's method hashes a counter or steps an LCG, a Java lambda
that draws (`pad = i -> r.nextInt(256)`)), XOR in Java stream callbacks (`IntStream.range(0,
n).forEach(i -> ...)`), a key read at a position a counter kept between calls advances
(`phrase[(int) (pos++ % phrase.length)]` in a stream's `write(int b)`), and
every element XORed with one constant byte in a function that protects data or a secret
(`bytes(b ^ 0x5A for b in data)` in `protect`).

One finding per implementation: the region spans the function or class that implements the primitive (methods of one class, and helpers or inverse functions such as `encrypt`/`decrypt`, are one implementation; a class that also does other things, a CRC or a simulation, is reported over its implementing methods only), each piece of evidence is a related location, and the message names what was recognised and the audited call to use in the file's language. A unit that shows several kinds is reported once, by the rule of its most specific kind (docs of `implementations.py`).

## Why is this bad?
Repeating-key XOR is not encryption: one known plaintext reveals the key, two messages under the
same key leak their XOR, and nothing detects tampering. It is one of the most common ways
AI-generated code "encrypts" secrets.

## Example
```python
def encrypt(data: bytes, key: bytes) -> bytes:
    return bytes(b ^ key[i % len(key)] for i, b in enumerate(data))
```

## Use instead
```python
from cryptography.fernet import Fernet
token = Fernet(key).encrypt(data)
```
JavaScript: WebCrypto `crypto.subtle.encrypt({name: "AES-GCM", iv}, key, data)`; Go:
`crypto/cipher` `NewGCM`; Java: `Cipher.getInstance("AES/GCM/NoPadding")`.

## References
- CWE-327: Use of a Broken or Risky Cryptographic Algorithm
- CWE-1240: Use of a Cryptographic Primitive with a Risky Implementation
- OWASP A02:2021 / A04:2025 Cryptographic Failures
"""


from vigilint.analyzers.crypto.implementations import reporter
from vigilint.analyzers.crypto.syntax import CRYPTO_LANGUAGES
from vigilint.model import Rule

RULE = Rule(
    id="VG-CRYPTO-002",
    name="xor-cipher",
    category="crypto-implementation",
    languages=CRYPTO_LANGUAGES,
    cwe=(327, 1240),
    likelihood="likely",
    impact="critical",
    confidence="medium",
    message="Repeating-key XOR is not encryption; use an AEAD such as `cryptography`'s "
            "`Fernet`/`AESGCM`, WebCrypto AES-GCM, Go `crypto/cipher` GCM or JCA "
            "`AES/GCM/NoPadding`.",
    check_file=reporter("VG-CRYPTO-002"),
)
