"""## What it does
Flags hand-written hashes, MACs and key derivation:
- iterated or chained hashing in a counting loop, each round hashing the previous round's output
  (`for _ in range(N): d = sha256(d + salt)`, also fed to the hash object in a statement of its
  own, `md.update(state); state = md.digest()`, `h.Write(state); state = h.Sum(nil)`, or
  folded over a counted range, `Array.from({length: n}).reduce((acc) => sha256(acc)...)`,
  `functools.reduce(lambda acc, _: sha256(acc).digest(), range(n), seed)`): a home-made KDF
  or password hash; so is one
  plain hash of a secret and a context in a function named for key derivation
  (`derive_session_key`: `sha256(master_secret + nonce)`), where HKDF belongs;
- a hash over a secret concatenated with the message in a signing function, or in a function
  that verifies or digests a webhook/callback/request (`sha256(secret + body)`,
  `md5(f"{SECRET}{payload}")`, `Sum256(append(secret, body...))`), or fed the secret and the
  message in turn (`h.update(SECRET); h.update(body)`, `md.update(key)`, `h.Write(secret)`), or
  built from both over several statements (`buf := append([]byte{}, d.secret...)` then
  `buf = append(buf, msg...)`, `data += ...`, `sb.append(secret)`, a `strings.Builder` of the
  sorted parameters and the secret), or sent as a request's authentication header
  (`{'X-Auth': md5(JSON.stringify(payload) + apiSecret)}`), or
  a hand-written djb2/FNV loop over the secret joined to the message: a home-made MAC, open to
  length extension; so is any keyed hash or checksum (a secret, pepper, setting or field named
  for a key or salt joined to the message and fed to a library digest, a hash helper of the
  file or an inline sum loop) whose result is used as a tag, whatever the function is called:
  compared (`_stamp(body) == stamp`), returned as is or linked beside the message
  (`return sha1(secret + prev + body).hexdigest()`, `payload + ":" + hex(fnv64(keyed))`), or
  named as a signature, tag, stamp or token (a salt read from the stored record is a password
  hash's, not a key; a function named for a key, an id or a lookup makes no tag);
- block padding written by hand for a block cipher: a pad or unpad (PKCS#7 or X.923 written
  out, zeros, `16 - len(data) % 16`, the pad length read from the last byte and cut off,
  checked or not) that feeds a cipher whose padding is turned off (`setAutoPadding(false)`,
  `NoPadding`) or a raw block mode (`modes.CBC`, `MODE_CBC`, `CryptBlocks`), or undoes its
  decryption: the padding layer of a home-made CBC scheme, where padding oracles come from
  (a pad and its unpad are one finding); elsewhere, a pad that fills up to the block size with
  a constant byte for a cipher (it cannot be told from the data when removed) and an unpad
  that trusts the last byte. Padding for framing that no cipher reads (records aligned to 4
  or 8 bytes, Base64 `=`) is not reported;
- HMAC written out by hand: the key XORed with the 0x36/0x5c inner and outer pads and hashed
  twice, whatever the function is called;
- the RSA padding block laid out by hand (PKCS#1 v1.5: the `00 02`/`00 01` header, a fill of
  0xFF or random non-zero bytes, the message) in a file that does RSA;
- an XOR-and-multiply (FNV/Murmur/djb2-style) mixing loop in a function that hashes a secret;
- a function named for encryption, password hashing, signing or key derivation whose body
  computes the result by hand and calls no cryptography library.
Checksums, hash tables and hash chains over data items (Merkle trees, ETags) are not reported.

One finding per implementation: the region spans the function or class that implements the primitive (methods of one class, and helpers or inverse functions such as `encrypt`/`decrypt`, are one implementation; a class that also does other things, a CRC or a simulation, is reported over its implementing methods only), each piece of evidence is a related location, and the message names what was recognised and the audited call to use in the file's language. A unit that shows several kinds is reported once, by the rule of its most specific kind (docs of `implementations.py`).

## Why is this bad?
A function called `encrypt` or `hash_password` promises protection its body does not give.
Callers store and send the result as if it were safe.

## Example
```python
def hash_password(password):
    h = 0
    for ch in password:
        h = (h * 31 + ord(ch)) % 2**32
    return h
```

## Use instead
```python
from argon2 import PasswordHasher
def hash_password(password):
    return PasswordHasher().hash(password)
```
Encryption: `cryptography`'s `Fernet`/`AESGCM`; signatures/MACs: `hmac.new(key, msg,
hashlib.sha256)` or Ed25519; key derivation: `hashlib.scrypt`/`pbkdf2_hmac`/HKDF. JavaScript:
Node `crypto`/WebCrypto; Go: `crypto/*`, `golang.org/x/crypto`; Java: JCA.

## References
- CWE-327: Use of a Broken or Risky Cryptographic Algorithm
- CWE-1240: Use of a Cryptographic Primitive with a Risky Implementation
- OWASP A02:2021 / A04:2025 Cryptographic Failures
"""


from vigilint.analyzers.crypto.implementations import reporter
from vigilint.analyzers.crypto.syntax import CRYPTO_LANGUAGES
from vigilint.model import Rule

RULE = Rule(
    id="VG-CRYPTO-009",
    name="crypto-function-without-library",
    category="crypto-implementation",
    languages=CRYPTO_LANGUAGES,
    cwe=(327, 1240),
    likelihood="likely",
    impact="high",
    confidence="medium",
    message="This function is named for a cryptographic operation but calls no cryptography "
            "library; use `cryptography`, `hashlib`/`hmac`, argon2/bcrypt, WebCrypto/`crypto`, "
            "Go `crypto/*` or JCA.",
    check_file=reporter("VG-CRYPTO-009"),
)
