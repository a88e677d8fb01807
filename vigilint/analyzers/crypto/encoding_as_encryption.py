"""## What it does
Flags encodings and toy ciphers presented as encryption of secrets:
- a value named encrypted/hashed/cipher(text)/protected/secure that is just base64, hex or
  ROT13 of a plain secret (a password, secret, token or key, not something hashed or encrypted
  before) (`encrypted_password = base64.b64encode(password)`, `btoa(secret)`,
  `Buffer.from(pw).toString("base64")`, `Base64.getEncoder().encodeToString(...)`);
- a function named encrypt/cipher/hash-password whose body base64-encodes or ROT13s its input,
  or runs a Caesar/Vigenère shift (`% 26` on character codes, `% 10` on the digits of a PIN or
  OTP) over a password, secret or token;
- a shift over an alphabet of the code's own (`ABC[(ABC.indexOf(c) + k) % ABC.length]`,
  `alphabet.index(ch)` then `% len(alphabet)`, 36 or 64 symbols) over a secret;
- a monoalphabetic substitution over a secret: a character looked up in one alphabet and
  replaced from a permutation of it (`KEYED[PLAIN.indexOf(c)]`, `str.maketrans(PLAIN,
  KEYED)`, the table rotated in two steps `ROT = A[11:] + A[:11]` then `maketrans(A, ROT)`,
  a dict or object literal mapping 20+ letters onto a permutation of them, `SUBST[c]`), an
  affine map of an alphabet position (`x = ALPHA.indexOf(ch)` then `ALPHA[(5 * x + 8) %
  26]`), or Atbash (`ord('z') - (ord(c) - ord('a'))`); a keyboard-layout conversion of typed
  text stays clean;
- a transposition over a secret: the characters of a parameter written into rows chosen by an
  index the loop steps and read back by column (rail fence `rows[r] += ch` with `r += dir`
  then `rows.join("")`, columnar `out += row[c]` in nested loops over slices of the secret),
  the string returned, no character arithmetic, in a function that takes a secret or whose
  calls hand it one; a parser appending characters to its last token (`result[-1]`) or a
  merge of lists by name stays clean;
- a call of a `caesar`/`vigenere`/`rot13` function on a password, secret or token (reported
  at the helper when it is written in the file, the call a related location);
- every character moved by a constant without wrap-around (`chr(ord(c) + OFFSET)`,
  `(char) (c + SHIFT)`) or translated by a rotated alphabet (`str.maketrans(A, A[5:] + A[:5])`)
  in a function that handles a secret, or whose inverse does (`scramble`/`unscramble`), or a
  helper whose shift is a parameter that the file's calls give one constant and a secret
  (`shift(password, 3)`).
Caesar ciphers in puzzles and games (no secret in sight) are not reported; a file named for a
game still gets a finding when the cipher hides a credential (a password, API key, token or
PIN), unless the function or its class is named for the game.

One finding per implementation: the region spans the function or class that implements the primitive (methods of one class, and helpers or inverse functions such as `encrypt`/`decrypt`, are one implementation; a class that also does other things, a CRC or a simulation, is reported over its implementing methods only), each piece of evidence is a related location, and the message names what was recognised and the audited call to use in the file's language. A unit that shows several kinds is reported once, by the rule of its most specific kind (docs of `implementations.py`).

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


from vigilint.analyzers.crypto.implementations import reporter
from vigilint.analyzers.crypto.syntax import CRYPTO_LANGUAGES
from vigilint.model import Rule

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
    check_file=reporter("VG-CRYPTO-008"),
)
