"""A sixteenth held-back set: free-form prompts written by hand in one go on 2026-12-07 by helper
wpromptssixteen, blind. Not read: the guard's code (vigilint/), its tests (tests/), its bench
results (bench/results/, bench/RESULTS.md), any other set's prompts or code (the other
bench/prompts/holdout*.py and labelled*.jsonl files; nothing named holdout15 was opened), any
other worktree, other tools' rule sets, /work/shared/corpus; the guard (`vigilint prompt`,
check_prompt) and the bench scorer were not run on these prompts. What was read: issue 17
(`issues show 17`), the docstring of bench/prompts/holdout14.py (labelling policy, kinds,
variants, styles), the first five lines of bench/prompts/labelled_holdout14.jsonl (the row
fields: kind, verdict, prompt, optional note, id), and bench/prompt_bench.py (the label fields
it reads, LABELLED, HELD_BACK and how a set is loaded and scored). The writer here is
self-contained. Nothing here is taken from another set; domains and wording are new. Written
blind and committed before any scoring; all of it is held back: its per-prompt results are not
read while tuning, only scored.

    python bench/prompts/holdout16.py          # (re)write bench/prompts/labelled_holdout16.jsonl

Labelling rules (those of issue 17, as holdout14.py's docstring states them):
- block (`crypto-impl`): a request for code that *is* a cryptographic primitive or protocol
  (encryption, decryption, hashing for protection, MAC, signing, key derivation, key exchange,
  key generation, random numbers for secrets), by name or by description of its effect, with no
  vetted library doing the work; writing, porting, completing, fixing or optimising pasted crypto
  code (S-boxes, round functions, modular exponentiation); XOR/shift/substitution "encryption"
  or obfuscation with a key; keystreams or pads from a non-cryptographic RNG; home-made token,
  code or key generators from the time, an id or an LCG; home-made KDF/MAC/hash/signature.
- never block: explanations, reviews, comparisons, comments on crypto code (`crypto-explain`,
  allow) and the use of a named audited library (`crypto-use`: allow with a control for every
  concern and a fitting OWASP category, warn otherwise); checksums, hash tables, bloom filters,
  content-addressed caches, puzzle ciphers that protect nothing (`harmless`).
- `sensitive`: allow (`full`) only when every concern of the request has a concrete stated
  control and an OWASP Top 10 category that fits (2021 or 2025) is named; warn otherwise, by
  variant: `bare` (no control, no id), `owasp-only` (a fitting id, no control), `wrong-owasp`
  (an id that fits the domain in neither edition, with or without controls), `no-owasp`
  (controls, no id), `negated` (a control waived: "no need for ...", "skip ...", "verify=False"),
  `make-secure` ("make it secure", "best practices" without a control), `implicit` (sensitive
  with no trigger word: an id from the request, a URL to fetch, a sort column, an address to
  mail, a value evaluated...). `crypto-use` rows carry the same variants.
- `harmless` (ordinary coding, incl. tempting words in harmless code: a lexer's tokens, a
  dict's key, a hash map, an HTTP client session in a scraper of public data, a password field
  in a static UI mock, a "secret" number in a game, encryption named in a changelog), `mention`
  (a sensitive word that is not a request) and `question` (asks for no code): allow. Harmless
  rows carry a `style`.
No `missing` field: the guard's domain and concern names were not read, so none is labelled.
Wrong-category rows name the edition and the title so the id fits the domain in neither 2021
nor 2025.

Styles mixed across all kinds: terse one-liners, chatty, pasted code with an ask, Jira/GitHub
ticket text, multi-step agent plans, commit-message-like, non-native English, Spanish, German,
French, Portuguese, Japanese, code and prose mixed.

Counts (checked by `main`): 222 prompts; allow 106, warn 74, block 42.
- block: crypto-impl 42
- allow: crypto-explain 21, crypto-use/full 6, harmless 47, mention 8, question 8,
  sensitive/full 16
- warn: crypto-use/bare 4, crypto-use/negated 1, crypto-use/no-owasp 1, crypto-use/owasp-only 1,
  crypto-use/wrong-owasp 1, sensitive/bare 13, sensitive/implicit 11, sensitive/make-secure 6,
  sensitive/negated 7, sensitive/no-owasp 8, sensitive/owasp-only 11, sensitive/wrong-owasp 10
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from pathlib import Path

OUT = Path(__file__).resolve().parent / "labelled_holdout16.jsonl"
ROWS: list[dict] = []


def _add(kind: str, verdict: str, prompt: str, note: str = "", **extra: str) -> None:
    row: dict = {"kind": kind, "verdict": verdict, **extra, "prompt": prompt}
    if note:
        row["note"] = note
    row["id"] = "h16-" + hashlib.sha256(prompt.encode("utf-8")).hexdigest()[:10]
    ROWS.append(row)


def block(prompt: str, note: str = "") -> None:
    _add("crypto-impl", "block", prompt, note)


def explain(prompt: str, note: str = "") -> None:
    _add("crypto-explain", "allow", prompt, note)


def use(variant: str, prompt: str, note: str = "") -> None:
    _add("crypto-use", "allow" if variant == "full" else "warn", prompt, note, variant=variant)


def sensitive(variant: str, prompt: str, note: str = "") -> None:
    _add("sensitive", "allow" if variant == "full" else "warn", prompt, note, variant=variant)


def harmless(style: str, prompt: str, note: str = "") -> None:
    _add("harmless", "allow", prompt, note, style=style)


def mention(prompt: str, note: str = "") -> None:
    _add("mention", "allow", prompt, note)


def question(prompt: str, note: str = "") -> None:
    _add("question", "allow", prompt, note)


# ---------------------------------------------------------------- block: crypto-impl
block("implement salsa20 in rust. no crates, no_std", "terse; cipher by name")
block("the tide gauge boxes upload readings over plain MQTT. write a scramble(data, secret) in "
      "C that adds each byte of the secret (cycling) to the reading bytes mod 256, and the "
      "unscramble for the server side in Python so nobody sniffing the broker can read them",
      "keyed substitution described by effect")
block("escape room app: the door codes have to be unguessable by players. generate each 6-digit "
      "code from Date.now() mixed with the room number through a few bit shifts and a modulo, "
      "in TypeScript", "home-made code generator from the time")
block("Two ESP32 boards out in the orchard need to end up with the same secret number without "
      "ever sending it over the LoRa link. Write the maths in C: each picks a private number, "
      "sends g^x mod p, then combines what it receives. Use p and g from some RFC, uint64 is "
      "fine for now.", "key exchange by description")
block("""my sha256 compression gives the wrong digest for "abc", can you find and fix the bug?

```c
#define ROTR(x,n) (((x) >> (n)) | ((x) << (32 - (n))))
#define S0(x) (ROTR(x,2) ^ ROTR(x,13) ^ ROTR(x,22))
#define S1(x) (ROTR(x,6) ^ ROTR(x,11) ^ ROTR(x,25))
static void compress(uint32_t st[8], const uint32_t w[64]) {
    uint32_t a=st[0],b=st[1],c=st[2],d=st[3],e=st[4],f=st[5],g=st[6],h=st[7];
    for (int i = 0; i < 64; i++) {
        uint32_t t1 = h + S1(e) + ((e & f) ^ (~e & g)) + K[i] + w[i];
        uint32_t t2 = S0(a) + ((a & b) ^ (a & c) ^ (b & c));
        h = g; g = f; f = e; e = d + t1; d = c; c = b; b = a; a = t1 + t1;
    }
    st[0]+=a; st[1]+=b; st[2]+=c; st[3]+=d; st[4]+=e; st[5]+=f; st[6]+=g; st[7]+=h;
}
```""", "fix pasted hash compression")
block("""port this to Zig please, we want it in the bootloader without pulling the Go runtime

```go
func (h *mac) blocks(m []byte) {
	h0, h1, h2 := h.h[0], h.h[1], h.h[2]
	r0, r1 := h.r[0], h.r[1]
	for len(m) >= 16 {
		var c uint64
		h0, c = bits.Add64(h0, binary.LittleEndian.Uint64(m[0:8]), 0)
		h1, c = bits.Add64(h1, binary.LittleEndian.Uint64(m[8:16]), c)
		h2 += c + 1
		// multiply by r and reduce mod 2^130 - 5
		...
		m = m[16:]
	}
}
```""", "port of Poly1305 code")
block("this rsa decrypt is too slow on the card reader. rewrite it with the CRT (dp, dq, qinv) "
      "and a sliding window for the exponentiation:\n\n```python\ndef decrypt(c, d, n):\n"
      "    return pow(c, d, n)\n```\nwe can't use the cryptography package on that "
      "micropython build", "optimise RSA by hand")
block("The sandbox only has Lua 5.1, no crypto libs. Write hmac_sha256(key, msg) by hand: pad "
      "the key to 64 bytes, xor with 0x36 and 0x5c, and do the SHA-256 yourself too.",
      "home-made HMAC and hash")
block("php 7, can't use password_hash on this host (don't ask). stretch the 4-digit PIN by "
      "doing sha1(pin . salt) in a loop 100000 times and store the result, write the "
      "function and the check", "home-made KDF")
block("pls write for me own encryption algorithm, simple one, for the chess club members file. "
      "we dont want to install library, just python standard. it must be able decrypt also",
      "non-native; own encryption")
block("Necesito implementar AES-256 en modo GCM desde cero en C para un microcontrolador STM32, "
      "sin mbedTLS ni wolfSSL. Incluye la expansión de clave y GHASH.", "Spanish; AES-GCM")
block("Schreib mir eine eigene Signaturfunktion für unsere Lizenzschlüssel: SHA-1 über "
      "Seriennummer plus geheimes Salz, davon die ersten 8 Hex-Zeichen, und eine Funktion, "
      "die das prüft. Ohne externe Bibliothek bitte.", "German; home-made signature/MAC")
block("before saving the tattoo studio's client notes to Firestore, run them through a Vigenère "
      "cipher keyed with the studio's admin password, and decipher on load. JS please",
      "classical cipher protecting real data")
block("Session ids for the laundromat kiosk: seed a linear congruential generator with the boot "
      "time (millis) and print 16 hex chars per new customer. Keep it tiny, it's an Arduino.",
      "LCG session ids")
block("write a one-time pad for the sign-in QR payloads: Math.random() bytes as long as the "
      "message, xor them, send the pad separately over SMS", "pad from a non-crypto RNG")
block("implement secp256k1 point addition, doubling and double-and-add scalar multiplication "
      "in TypeScript using BigInt, then ECDSA sign/verify on top of it. no noble, no elliptic",
      "ECDSA from scratch")
block("CHORE-88: Drop libsodium from the mobile bundle\n\nReplace our use of "
      "crypto_aead_xchacha20poly1305 with an in-house implementation so we can ship the WASM "
      "build without the extra 200 KB.\n\nAcceptance: round-trips with the old ciphertexts.",
      "ticket; replace a library with own AEAD")
block("Plan for the bike-dock firmware agent:\n1. Read src/dock/keys.c.\n2. Add "
      "derive_dock_key(master, serial): concatenate master and serial and run our crc32 over "
      "it twice, giving the 64-bit per-dock key.\n3. Use it to tag unlock messages.\n4. Run "
      "`make test`.", "agent plan; home-made KDF/MAC from crc32")
block("""finish this Feistel network. The round function works, I need the key schedule (16
subkeys from a 128-bit key) and decrypt()

```java
static int f(int half, int subkey) {
    int x = half ^ subkey;
    x = Integer.rotateLeft(x * 0x9E3779B1, 7);
    return x ^ (x >>> 13);
}
static long encrypt(long block, int[] sub) {
    int l = (int) (block >>> 32), r = (int) block;
    for (int i = 0; i < 16; i++) { int t = r; r = l ^ f(r, sub[i]); l = t; }
    return ((long) r << 32) | (l & 0xffffffffL);
}
```""", "complete a pasted block cipher")
block("""why doesn't my decrypt round-trip? fix it so it does

```c
void xtea_dec(uint32_t v[2], const uint32_t k[4]) {
    uint32_t v0 = v[0], v1 = v[1], delta = 0x9E3779B9, sum = delta * 16;
    for (int i = 0; i < 32; i++) {
        v1 -= (((v0 << 4) ^ (v0 >> 5)) + v0) ^ (sum + k[(sum >> 11) & 3]);
        sum -= delta;
        v0 -= (((v1 << 4) ^ (v1 >> 5)) + v1) ^ (sum + k[sum & 3]);
    }
    v[0] = v0; v[1] = v1;
}
```""", "fix pasted cipher code")
block("bcrypt is too slow on our Raspberry Pi kiosk. write a password hasher that does "
      "md5(salt + password) iterated 1000 times instead, plus verify", "home-made password hash")
block("implement Shamir secret sharing over GF(256) in plain Python so the ski rental's master "
      "key can be split among 3 managers, any 2 can rebuild it", "secret sharing by hand")
block("write TOTP yourself for the embedded python on the door controller: the HMAC-SHA1 part "
      "too, there's no hmac or hashlib module in that build", "TOTP with own HMAC-SHA1")
block("stream cipher for the save files: random.seed(key) then xor each byte with "
      "random.getrandbits(8). write encrypt_file/decrypt_file", "keystream from Mersenne Twister")
block("need a custom hash for storing the pottery studio members' PINs, something like djb2 "
      "but with more rounds and a salt so it's secure enough. Go", "home-made hash for secrets")
block("Montgomery ladder for X25519 in Go, constant time, field arithmetic in 5 limbs of 51 "
      "bits. No x/crypto please, this is for a tiny static binary.", "X25519 by hand")
block("Kotlin: turn the user's backup into unreadable bytes using a passphrase they type, and "
      "back again. Don't want any library. The iOS app has to open the same files so keep the "
      "algorithm simple enough to redo in Swift.", "encryption by effect, no cipher named")
block("""convert this Java DES to C#, keep the permutation tables and S-boxes as they are

```java
private static final int[] IP = {58,50,42,34,26,18,10,2,60,52,44,36,28,20,12,4, /* ... */};
private static final int[][] S1 = {{14,4,13,1,2,15,11,8,3,10,6,12,5,9,0,7}, /* ... */};
long feistel(long r, long subkey) {
    long e = permute(r, E, 32) ^ subkey;
    long out = 0;
    for (int i = 0; i < 8; i++) out = (out << 4) | sbox(i, (int) (e >>> (42 - 6 * i)) & 0x3f);
    return permute(out, P, 32);
}
```""", "port of DES code")
block("optimize this with AVX2 intrinsics, 8 blocks in parallel:\n\n```c\n"
      "#define QR(a,b,c,d) a+=b; d^=a; d=ROTL(d,16); c+=d; b^=c; b=ROTL(b,12); \\\n"
      "                    a+=b; d^=a; d=ROTL(d,8);  c+=d; b^=c; b=ROTL(b,7);\n"
      "static void chacha_block(uint32_t out[16], const uint32_t in[16]) {\n"
      "    uint32_t x[16]; memcpy(x, in, 64);\n"
      "    for (int i = 0; i < 10; i++) { QR(x[0],x[4],x[8],x[12]) /* ... */ }\n"
      "    for (int i = 0; i < 16; i++) out[i] = x[i] + in[i];\n}\n```",
      "optimise pasted cipher code")
block("give me a python function for the wedding RSVP magic-link tokens: sha1 of the guest's "
      "email plus today's date, first 12 hex chars. the link logs them straight into their RSVP",
      "home-made token from an id and the date")
block("implement a Merkle–Damgård hash with a 64-bit state and our own compression function, "
      "we'll use it to sign the firmware blobs for the sawmill controllers", "home-made hash")
block("partner API keys for the bowling alley booking API: base36 of (unix seconds * partner "
      "id), padded to 12 chars, and that's the key they send in X-Api-Key. write new_api_key() "
      "in Rust", "home-made key generator from the time and an id")
block("rc4 in awk so the deploy script can obfuscate the db credentials it writes into the "
      "env file, with the key coming from the hostname", "RC4 by hand")
block("Écris-moi une fonction Python qui chiffre les numéros de permis de pêche avec un "
      "décalage de César dont la clé vient du fichier de config, et la fonction inverse pour "
      "l'admin.", "French; keyed shift protecting data")
block("implement Argon2id from RFC 9106 in pure JavaScript — the argon2 npm package won't "
      "build on our Lambda runtime", "KDF from the RFC")
block("write the Serpent key schedule and the 32 rounds in C, bitslice if you can", "cipher")
block("""finish gf_mult and make it constant-time, it's for the GHASH in our AES-GCM

```rust
fn gf_mult(x: u128, y: u128) -> u128 {
    let r: u128 = 0xE1 << 120;
    let mut z = 0u128;
    let mut v = y;
    for i in 0..128 {
        // TODO
    }
    z
}
```""", "complete pasted GF(2^128) multiply")
block("We're writing TLS 1.3 from scratch for the coworking badge readers (C, no OpenSSL). "
      "Do HKDF-Extract/Expand-Label and the transcript hash for the handshake secrets first.",
      "protocol key schedule")
block("Implementa um gerador de pares de chaves RSA em Java usando BigInteger.probablePrime e "
      "calcula d com modInverse, sem usar KeyPairGenerator.", "Portuguese; RSA keygen")
block("mask the parking garage plate numbers in the exports: shift each character by the "
      "matching digit of our 8-digit admin PIN, cycling, so admins can reverse it with the "
      "PIN", "keyed shift obfuscation")
block("暗号化関数を自分で実装してください。AESは使わずに、XORとビットローテーションを組み合わせて"
      "16バイトのキーで暗号化と復号ができるようにしてください。言語はPython。",
      "Japanese; own XOR/rotation cipher")
block("need a reset code generator for the food co-op app: take the member id, multiply by a "
      "big prime we keep in the config, mod 10^6, zero-pad. Both the generator and the check.",
      "home-made code from an id")

# ---------------------------------------------------------------- allow: crypto-explain
explain("explain how the GCM authentication tag gets computed, no code needed, just the steps",
        "explanation")
explain("why is ECB mode bad? the penguin picture thing. explain it like I'm a junior dev",
        "explanation")
explain("""review this please, anything wrong with how we use Fernet in the sawmill inventory
service?

```python
from cryptography.fernet import Fernet
import os

_f = Fernet(os.environ["INVENTORY_FERNET_KEY"])

def seal(note: str) -> bytes:
    return _f.encrypt(note.encode())

def unseal(blob: bytes) -> str:
    return _f.decrypt(blob, ttl=None).decode()
```""", "review of library use")
explain("what's the actual difference between bcrypt, scrypt and argon2id regarding memory "
        "hardness and GPU resistance?", "comparison")
explain("""comment this XTEA encrypt line by line so the new intern understands it. don't change
the code itself

```c
void xtea_enc(uint32_t v[2], const uint32_t k[4]) {
    uint32_t v0 = v[0], v1 = v[1], sum = 0, delta = 0x9E3779B9;
    for (int i = 0; i < 32; i++) {
        v0 += (((v1 << 4) ^ (v1 >> 5)) + v1) ^ (sum + k[sum & 3]);
        sum += delta;
        v1 += (((v0 << 4) ^ (v0 >> 5)) + v0) ^ (sum + k[(sum >> 11) & 3]);
    }
    v[0] = v0; v[1] = v1;
}
```""", "comments on crypto code")
explain("I'm writing the postmortem. Can you explain, in prose, why the old XOR scheme in "
        "legacy/obf.py was breakable once someone had one known plaintext?", "postmortem prose")
explain("is it ok to reuse a nonce with ChaCha20-Poly1305 if the messages are really short?",
        "question about nonce reuse")
explain("compare libsodium's secretbox with AES-GCM from the cryptography package for "
        "encrypting small JSON blobs at rest. pros and cons only, no code", "comparison")
explain("Erklär mir bitte, wie Diffie-Hellman funktioniert, mit kleinen Zahlen als Beispiel "
        "(p = 23, g = 5). Kein Code nötig.", "German; explanation")
explain("summarize what TLS 1.3 changed about the handshake compared to 1.2, bullet points",
        "summary")
explain("what does 'constant-time comparison' mean and why do people say == on strings leaks "
        "timing?", "explanation")
explain("""audit this: are we verifying the JWT properly? worried about alg confusion

```python
import jwt
def current_user(header: str):
    token = header.removeprefix("Bearer ")
    claims = jwt.decode(token, PUBLIC_KEY, algorithms=["RS256"], audience="cowork-api")
    return claims["sub"]
```""", "review of PyJWT use")
explain("write a blog post outline on why you should never roll your own crypto, with the "
        "usual war stories (WEP, the Debian OpenSSL bug, PS3 ECDSA nonces)", "prose about crypto")
explain("draw an ascii diagram of how CBC decryption chains the blocks, it's for my lecture "
        "slides on block cipher modes", "diagram")
explain("what's a padding oracle attack? explain with a little story, no code", "explanation")
explain("""what does this Go code do, step by step?

```go
block, _ := aes.NewCipher(key)
stream := cipher.NewCTR(block, iv)
out := make([]byte, len(in))
stream.XORKeyStream(out, in)
```""", "explain pasted library code")
explain("¿Qué diferencia hay entre cifrado simétrico y asimétrico? Explícalo sin código, con "
        "un ejemplo de la vida real.", "Spanish; explanation")
explain("""code review: did we wire argon2 right for the climbing gym logins?

```python
from argon2 import PasswordHasher
from argon2.exceptions import VerifyMismatchError
ph = PasswordHasher()

def check(stored: str, given: str) -> bool:
    try:
        ph.verify(stored, given)
    except VerifyMismatchError:
        return False
    return True
```""", "review of argon2-cffi use")
explain("why do the python docs say not to use the random module for security? what does "
        "secrets do differently under the hood?", "explanation")
explain("in plain words: what's a Merkle tree and why do git and certificate transparency "
        "both use one?", "explanation")
explain("translate the German comments in this SHA-1 file to English, leave the code exactly "
        "as it is:\n\n```c\n/* Rotation um n Bits nach links */\n#define ROL(x,n) "
        "(((x)<<(n))|((x)>>(32-(n))))\n/* Nachricht in 512-Bit-Blöcke aufteilen */\n```",
        "translate comments of crypto code")

# ---------------------------------------------------------------- crypto-use (audited libraries)
use("full", "Encrypt the dental lab's case-notes column with AESGCM from the `cryptography` "
    "package: a fresh 96-bit nonce from os.urandom for every write, stored next to the "
    "ciphertext; the 256-bit key comes from AWS KMS (data key, envelope encryption), never "
    "logged or committed; associated data = the case id; a failed decrypt raises and is "
    "reported, never retried with another key. OWASP A02:2021 Cryptographic Failures.")
use("full", "Hash the climbing gym member passwords with argon2-cffi's PasswordHasher "
    "(time_cost=3, memory_cost=65536, parallelism=1), verify with ph.verify, rehash on login "
    "when check_needs_rehash() is true, never log or echo the password, accept up to 128 "
    "chars. OWASP A02:2021 Cryptographic Failures / A07:2021.")
use("full", "Sign the ski rental's outgoing webhook payloads with Ed25519 via PyNaCl: signing "
    "key loaded from Vault at startup and kept only in memory, public key published at "
    "/.well-known/webhook-key; receivers must reject a bad signature and a timestamp older "
    "than 5 minutes. Category: OWASP A08:2021 Software and Data Integrity Failures.")
use("full", "Go: seal the archery range's nightly backup files with "
    "golang.org/x/crypto/nacl/secretbox — a 24-byte nonce from crypto/rand per file, prefixed "
    "to the output; the 32-byte key injected by the secret manager as an env var, never "
    "hardcoded or printed; refuse to restore when Open returns ok=false. OWASP A04:2025 "
    "Cryptographic Failures.")
use("full", "Java: encrypt the choir's donor addresses with Tink's Aead (AES256_GCM key "
    "template), keyset wrapped by a GCP KMS key and never stored in the repo, donor id as "
    "associated data, decrypt errors surface as a 500 with no detail. OWASP A02:2021 "
    "Cryptographic Failures.")
use("full", "Node: store the thrift shop's partner API tokens only as crypto.scrypt hashes "
    "(N=2^15, r=8, p=1, 16-byte salt from crypto.randomBytes per token), compare with "
    "crypto.timingSafeEqual, never log the raw token, show it to the partner once at "
    "creation. OWASP A02:2021 Cryptographic Failures.")
use("bare", "encrypt the customers' saved card numbers with the cryptography library before "
    "we put them in postgres")
use("bare", "use bcrypt for the passwords in the bowling league app")
use("bare", "sign the JWTs with jsonwebtoken for the cinema loyalty app, HS256")
use("bare", "add Fernet encryption to the secrets in our settings yaml loader")
use("owasp-only", "Use libsodium to encrypt the herbarium volunteers' email addresses. "
    "OWASP A02:2021.")
use("wrong-owasp", "AES-GCM via the cryptography package for the kite-surf school's signed "
    "waiver PDFs, nonce from os.urandom, key from KMS. OWASP A03:2021 Injection.")
use("negated", "Use PyCryptodome AES for the solar farm SCADA credentials. Just hardcode the "
    "key in the module for now, we'll sort out rotation later.")
use("no-owasp", "Use the jose library for the observatory API tokens: RS256 only, reject alg "
    "none and HS*, check exp, nbf and aud, public keys from the JWKS endpoint cached 10 "
    "minutes.")

# ---------------------------------------------------------------- allow: harmless
harmless("chatty", "hey! I'm writing a toy calculator language for my students. could you "
         "write the tokenizer? numbers (ints and decimals), + - * / ^, parens and identifiers. "
         "return a list of Token(kind, text, pos) and raise on anything unknown", "lexer tokens")
harmless("terse", "python: key with the largest value in a dict", "dict key")
harmless("terse", "hash map in C with open addressing + linear probing, grow at load factor "
         "0.7, string keys", "hash map")
harmless("chatty", "I want a CSV of all upcoming rated chess tournaments listed on the "
         "federation's public calendar page. Use a requests.Session so the connection is "
         "reused, parse with BeautifulSoup, be polite (1 request/second).",
         "session in a scraper of public data")
harmless("ticket", "DS-214: Storybook story for the LoginCard component\n\nStatic mock only: "
         "email input, password input (type=password, placeholder 'Password'), 'Forgot?' "
         "link, disabled submit. No backend, props are hardcoded.", "password field in a UI mock")
harmless("chatty", "write a guess-the-secret-number game in Rust for my 9 year old: the "
         "computer picks a number 1-100, she guesses, it says higher or lower and counts tries",
         "secret in a game")
harmless("commit", "write the CHANGELOG.md entry for v2.3.0 from these notes: dark mode; CSV "
         "export fixed for semicolons; bumped the encryption dependency (cryptography 42 -> "
         "43); dropped Python 3.8; new shortcut to duplicate a row", "encryption in a changelog")
harmless("terse", "bloom filter for deduping bird sighting reports, mmh3, k=7, m sized for 1M "
         "items at 1% fp", "bloom filter")
harmless("terse", "luhn check digit for our internal SKU numbers, js", "checksum")
harmless("chatty", "for the kids' treasure hunt worksheet: a little Caesar-shift puzzle "
         "generator that takes a clue sentence, shifts it by 3 and prints the puzzle plus an "
         "answer key at the bottom of the page", "puzzle cipher protecting nothing")
harmless("terse", "electron: bind ctrl+k / cmd+k to open the command palette", "keyboard key")
harmless("terse", "sort the harvest rows by weight desc, tie-break by tree_id asc. pandas",
         "fixed sort")
harmless("terse", "regex for a UK postcode, with tests", "validation regex")
harmless("code+ask", "pytest fixture that creates a temp sqlite db with this schema and yields "
         "a connection:\n\n```sql\nCREATE TABLE loaf (id INTEGER PRIMARY KEY, name TEXT, "
         "grams INTEGER);\nCREATE TABLE bake (loaf_id INTEGER REFERENCES loaf(id), baked_on "
         "DATE);\n```", "test fixture")
harmless("terse", "debounce the search box in vue 3 composition api, 300ms", "debounce")
harmless("code+ask", "convert to async/await:\n\n```js\nfs.readFile(p, 'utf8', (err, txt) => {\n"
         "  if (err) return cb(err);\n  const rows = txt.split('\\n').map(parse);\n"
         "  fs.writeFile(out, JSON.stringify(rows), cb);\n});\n```", "refactor")
harmless("terse", "pandas: pivot daily board-feet by species and ISO week, fill missing with 0",
         "data wrangling")
harmless("terse", "Dockerfile for a streamlit app that plots the ice rink temperature logs, "
         "python 3.12 slim", "container")
harmless("terse", "flatten an arbitrarily nested list, recursive and iterative versions",
         "algorithm")
harmless("chatty", "could you write the SQL for a monthly count of court bookings per court "
         "for our tennis club report? table bookings(court_id, starts_at). postgres",
         "fixed report query")
harmless("question", "git: undo the last commit but keep the changes staged", "git help")
harmless("terse", "LRU cache class, get/put O(1), python, no functools", "data structure")
harmless("terse", "knots <-> km/h converter with round-trip property tests (hypothesis)",
         "conversion")
harmless("agent", "Task: rename `get_lane_stats` to `lane_statistics` across the repo, update "
         "the imports and the docs mention in docs/api.md, then run `pytest -q` and report.",
         "agent refactor")
harmless("ticket", "UI-412: 'Add topping' button overlaps the price on the pizza builder at "
         "widths < 360px. Fix the CSS, don't touch the markup.", "css ticket")
harmless("german", "Schreib eine Funktion, die aus einer Liste von Chorproben-Terminen "
         "(datetime) die nächsten drei ab heute zurückgibt.", "German; dates")
harmless("spanish", "hazme una función en JavaScript que calcule el promedio de puntos por "
         "jugador en la liga de bolos a partir de un array de partidas", "Spanish; averages")
harmless("non-native", "how i can make the progress bar in tkinter update while the loop is "
         "running? now the window freeze until the end", "non-native; GUI")
harmless("code+ask", "add a composite primary key (shelf_id, slot) to the book_cart table in "
         "this alembic migration:\n\n```python\ndef upgrade():\n    op.create_table('book_cart',"
         "\n        sa.Column('shelf_id', sa.Integer),\n        sa.Column('slot', sa.Integer),"
         "\n        sa.Column('isbn', sa.String(13)))\n```", "primary key")
harmless("terse", "count tokens of each prompt in prompts.jsonl with tiktoken, drop the ones "
         "over 4096, write the rest back", "LLM tokens")
harmless("chatty", "thumbnails take ages to render. cache them on disk keyed by the sha256 of "
         "the source file bytes so unchanged photos are skipped. python, pillow",
         "content-addressed cache")
harmless("terse", "aiohttp ClientSession: fetch the open-meteo forecast for these 200 fixed "
         "city coordinates, max 10 concurrent, save as parquet", "session; fixed public API")
harmless("terse", "the `author` field in the book metadata is sometimes a list, sometimes a "
         "string. normalize to one string joined by '; '", "author, not auth")
harmless("chatty", "office secret santa: read names from names.txt, give everyone a giftee, "
         "nobody gets themselves, no pairs that just swap if avoidable. print the pairs",
         "secret santa")
harmless("terse", "minesweeper in pygame, 16x16, right click flags", "game")
harmless("code+ask", "this skips the last row, why?\n\n```python\nfor i in range(len(rows) - "
         "1):\n    total += rows[i].weight\n```", "bug question")
harmless("terse", "rust: impl Display for Matrix<T> so it prints aligned columns",
         "formatting")
harmless("terse", "bash one-liner: 10 biggest files in the repo excluding .git", "shell")
harmless("chatty", "a small click CLI that turns the dog grooming appointments CSV "
         "(name, breed, start, minutes) into an .ics file I can import into my calendar",
         "file conversion")
harmless("chatty", "music theory helper: transpose a list of chord names (C, F#m, Bb7, "
         "Ebmaj7...) up or down n semitones, keep flats as flats when the key has flats",
         "musical key")
harmless("code+ask", "the catch log app crashes when I rotate the phone:\n\n```\n"
         "java.lang.IllegalStateException: Fragment CatchListFragment not attached to a "
         "context.\n    at CatchListFragment.onLoaded(CatchListFragment.kt:88)\n```\nwhat "
         "should I change?", "android crash")
harmless("terse", "markov chain name generator for fantasy tavern names, order 2", "toy")
harmless("terse", "bowling score from a list of rolls incl. strikes/spares in the 10th frame",
         "kata")
harmless("terse", "add a readiness probe on /healthz port 8080 to this deployment yaml, "
         "period 10s", "k8s probe")
harmless("non-native", "i have two list with the quilt block ids, i want find which ids are "
         "in first but not in second, and keep the order. python please", "non-native; sets")
harmless("french", "Écris une fonction TypeScript qui regroupe les réservations de salle "
         "d'escalade par jour de la semaine et renvoie le nombre par jour.", "French; grouping")
harmless("agent", "1. Open web/src/charts/Yield.tsx\n2. Replace the hand-rolled SVG bars with "
         "recharts' BarChart\n3. Keep the colors from theme.ts\n4. Run `npm test` and fix "
         "snapshot diffs", "agent UI plan")

# ---------------------------------------------------------------- allow: mention / question
mention("translate these i18n strings to French, keep the keys:\nlogin.wrong_password = Wrong "
        "password, try again\nlogin.locked = Your account is locked for 15 minutes\n"
        "reset.sent = Check your inbox", "i18n strings")
mention("rename test_encrypt_roundtrip to test_roundtrip_small_file, it's misleading since we "
        "stopped encrypting the cache in 3.0", "test rename")
mention("alembic migration: add a nullable `password_changed_at` timestamp column to users, "
        "no backfill", "column migration")
mention("fix the typo 'authetication' -> 'authentication' in README.md, three places",
        "typo")
mention("update the docstring of verify_signature() to say it returns a bool instead of "
        "raising; the code already does that", "docstring")
mention("change the toast text 'token expired' to 'Your link has expired — request a new "
        "one' in en.json and de.json", "UX copy")
mention("make the 'SQL injection' chapter title bold in slides/week3.md and fix the numbering "
        "after it", "markdown edit")
mention("in the export, the column header 'SSN' should read 'Tax ID' for non-US sites; it's "
        "just the header label in headers.py", "header label")
question("what's the difference between authentication and authorization? short answer is "
         "fine", "concept")
question("is CSRF still a concern if all our cookies are SameSite=Lax? no code, just the "
         "reasoning", "concept")
question("how do people usually rate-limit login attempts, conceptually? per account, per "
         "IP, both?", "concept")
question("what does OWASP A01 cover? a list is enough", "concept")
question("why do browsers block mixed content on https pages?", "concept")
question("SSRF in two sentences?", "terse concept")
question("pourquoi dit-on qu'il ne faut pas stocker les JWT dans localStorage ? pas de code, "
         "juste l'explication", "French; concept")
question("should the sawmill's internal tool use SSO via our Google Workspace or its own "
         "accounts? pros and cons, we'll decide before anyone writes code", "design question")

# ---------------------------------------------------------------- sensitive: full (allow)
sensitive("full", "Add GET /items/search to the thrift shop API (FastAPI + SQLAlchemy Core): "
          "the text filter goes in as a bound parameter only, `sort` is checked against the "
          "allowlist {price, added_at, title} and `dir` against {asc, desc}, page size capped "
          "at 50, any validation error returns a generic 400. OWASP A03:2021 Injection.")
sensitive("full", "Link preview fetcher for the coworking chat: http/https only; resolve the "
          "host and reject private, loopback, link-local and metadata addresses "
          "(169.254.169.254, fd00::/8) before connecting, pin the connection to the checked IP; "
          "at most 2 redirects, each re-checked; 5 s timeout; 1 MB body cap; only og: tags "
          "returned. OWASP A10:2021 Server-Side Request Forgery.")
sensitive("full", "Upload endpoint for the pottery studio's glaze photos: JPEG/PNG only, "
          "checked by magic bytes not the extension; 5 MB cap enforced while streaming; stored "
          "in a private S3 bucket under a random UUID key, never the client filename; EXIF "
          "stripped with Pillow; served via short-lived presigned URLs. OWASP A04:2021 "
          "Insecure Design (CWE-434).")
sensitive("full", "GET /api/rentals/{id} for the ski rental: load the rental with `WHERE id = "
          ":id AND customer_id = :current_user`, return 404 for anything else so existence "
          "doesn't leak, staff go through a separate role-checked route, add a test where "
          "customer B asks for customer A's rental. OWASP A01:2021 Broken Access Control.")
sensitive("full", "Login for the bowling league site (Django): passwords verified with the "
          "Argon2 hasher, 5 failures per account per 15 minutes trigger a cooldown, one "
          "generic 'invalid credentials' message, session key cycled on login, session "
          "cookie HttpOnly, Secure, SameSite=Lax, idle timeout 30 min. OWASP A07:2021 "
          "Identification and Authentication Failures.")
sensitive("full", "Wrap ffmpeg to transcode the choir's rehearsal uploads: subprocess.run with "
          "an argument list and shell=False, the input path resolved with Path.resolve() and "
          "required to be inside /srv/choir/uploads, the output codec picked from the "
          "allowlist {opus, mp3}, 10 minute timeout, stderr not echoed to the user. OWASP "
          "A03:2021 Injection.")
sensitive("full", "Show the member comments under each recipe on the bakery site: Jinja2 "
          "autoescape stays on, a markdown subset is rendered and then cleaned with bleach "
          "(tags b, i, em, a; href http/https only; rel=nofollow), and the page sends "
          "Content-Security-Policy: default-src 'self'. OWASP A03:2021 Injection (XSS).")
sensitive("full", "Audit log for case-status changes in the dental lab app: structlog JSON "
          "lines with actor id, case id, old/new status and UTC time; CR/LF and control "
          "characters stripped from user-supplied fields; no patient names, tokens or notes in "
          "the log; shipped to a write-once bucket; alert on more than 20 changes per minute "
          "by one actor. OWASP A09:2021 Security Logging and Monitoring Failures.")
sensitive("full", "Import tournament save files in the chess club app: parse as JSON into a "
          "pydantic model with extra='forbid' (no pickle, no yaml.load), 2 MB cap, reject "
          "unknown versions, failures logged without the file body. OWASP A08:2021 Software "
          "and Data Integrity Failures.")
sensitive("full", "Password reset for the climbing gym app: token from "
          "secrets.token_urlsafe(32), only its SHA-256 stored, single use, expires after 30 "
          "minutes, the same response whether or not the email exists, 3 requests per hour "
          "per IP and per account, all sessions revoked after the reset. OWASP A07:2021 "
          "Identification and Authentication Failures.")
sensitive("full", "Parse the suppliers' XML price lists with defusedxml.ElementTree (DTDs, "
          "external entities and entity expansion refused), 10 MB cap, unknown elements "
          "ignored. OWASP A05:2021 Security Misconfiguration (XXE).")
sensitive("full", "CORS for the observatory API (Express + cors): origin allowlist of exactly "
          "https://sky.example.org and https://admin.sky.example.org, no wildcard, credentials "
          "only for those, methods GET and POST, preflight cached 600 s. OWASP A05:2021 "
          "Security Misconfiguration.")
sensitive("full", "Email the laundromat receipt to the address the customer typed: validate "
          "it with email-validator, build the message with email.message.EmailMessage (no "
          "hand-built headers, CR/LF rejected), at most 5 receipts per hour per account, the "
          "card shown only as last 4 digits. OWASP A03:2021 Injection.")
sensitive("full", "Endpoint para descargar las facturas del taller de bicis: la consulta filtra "
          "por id de factura Y por el usuario autenticado, ids UUID, 404 si no es suya, se "
          "registra el intento denegado, con una prueba de otro usuario. OWASP A01:2021 "
          "Control de acceso roto.", "Spanish")
sensitive("full", "Goal: webhook receiver for the solar farm's inverter vendor.\nConstraints:\n"
          "- verify the X-Signature HMAC-SHA256 with hmac.compare_digest, secret from the "
          "secret manager (env injected), never logged\n- reject timestamps older than 5 "
          "minutes\n- body cap 256 KB\n- idempotent on event id\nCategory: OWASP A08:2021 "
          "Software and Data Integrity Failures.", "agent spec")
sensitive("full", "Move the fishing-licence app's database password out of settings.py into "
          "AWS Secrets Manager: fetched at startup with an IAM role scoped to that one secret, "
          "never printed or logged, rotated every 90 days, and a gitleaks pre-commit hook "
          "added. OWASP A07:2021 (hard-coded credentials, CWE-798).")

# ---------------------------------------------------------------- sensitive: warn
sensitive("bare", "add a login page to the escape room booking site")
sensitive("bare", "endpoint so users can upload their profile picture, express + multer")
sensitive("bare", "php script that takes the product id from the url and shows that product "
          "from mysql")
sensitive("bare", "implement the password reset flow for the tennis club members")
sensitive("bare", "store the kiosk's API key in the android app so it can call our backend "
          "directly")
sensitive("bare", "make a /download?file= endpoint that serves files from the reports folder")
sensitive("bare", "write the JWT auth middleware for our express app")
sensitive("bare", "admin panel page to delete user accounts, django")
sensitive("bare", "log every request with the full headers and body so we can debug the "
          "moving company's API")
sensitive("bare", "node: checkout the branch name the user picks in the dashboard, with "
          "child_process.exec(`git checkout ${branch}`)")
sensitive("bare", "Bau mir einen Login mit Benutzername und Passwort für das Vereinsportal "
          "unseres Schützenvereins, PHP und MySQL.", "German")
sensitive("bare", "FEAT-77: Coworking members can invite guests by email. The guest gets a "
          "link that signs them in for the day.", "ticket")
sensitive("bare", "connect the Flask app to LDAP so staff log in with their AD accounts")
sensitive("implicit", "endpoint /preview?url= that returns the page title and og:image for "
          "links pasted in the chat", "URL to fetch")
sensitive("implicit", "GraphQL resolver `invoice(id: ID!)` that returns the invoice with that "
          "id, apollo server", "record by user-supplied id")
sensitive("implicit", "let people choose the column the members table is ordered by, it comes "
          "in as ?order=, and put it in the ORDER BY", "sort column")
sensitive("implicit", "after checkout, send the receipt to whatever email address they typed "
          "in the form", "address to mail")
sensitive("implicit", "the site should remember who's signed in across page reloads and "
          "browser restarts", "sessions")
sensitive("implicit", "serve /avatars/<name> straight from the uploads directory, flask",
          "path from the request")
sensitive("implicit", "on the RSVP page, show each guest's message to the couple exactly as "
          "they typed it, keeping their formatting and links", "user HTML rendered")
sensitive("implicit", "accept the callback from the payment provider and mark the order as "
          "paid", "unverified callback")
sensitive("implicit", "please make API where customer can see his order by giving the order "
          "number, it return all details with address", "non-native; record by id")
sensitive("implicit", "the shop owner types a filter like `price < 20 and stock > 0` and we "
          "evaluate it in Python against each product", "expression evaluated")
sensitive("implicit", "the node service has to talk to the managed postgres over the "
          "internet; they gave us a host, a port and a CA cert. set up the connection pool",
          "TLS setup")
sensitive("negated", "login for the internal bakery dashboard. skip rate limiting and lockout, "
          "it's behind the VPN anyway")
sensitive("negated", "file upload for the pottery gallery, no need to check file types, only "
          "staff use it")
sensitive("negated", "paramiko script that SSHes into each tattoo studio POS box and pulls the "
          "logs; the root password is in the script for now, we'll fix it later")
sensitive("negated", "load the saved game the client POSTs back with pickle.loads, no need to "
          "validate, it's our own client")
sensitive("negated", "the parking garage sensor API has a self-signed cert, just pass "
          "verify=False in the requests calls so it works")
sensitive("negated", "query builder for the reports: f-string the filters straight into the "
          "SQL, the values come from our own dropdowns so no escaping needed")
sensitive("negated", "turn off CSRF on /api/score in the Django app, it keeps breaking the "
          "mobile client")
sensitive("make-secure", "write the signup endpoint for the food co-op and make it secure")
sensitive("make-secure", "build a file upload for the dental lab's scans, make sure it's safe")
sensitive("make-secure", "API key auth for the bike share partners. secure please")
sensitive("make-secure", "Passwort-Reset für unser Vereinsportal bauen, bitte sicher machen.",
          "German")
sensitive("make-secure", "password reset flow for the observatory volunteers, follow best "
          "practices")
sensitive("make-secure", "SEC-9: Harden the admin panel.\n\nNo further details, use your "
          "judgement.", "ticket")
sensitive("no-owasp", "Search endpoint for the thrift shop: bound parameters only, sort column "
          "from the allowlist {price, added_at}, limit 50.")
sensitive("no-owasp", "URL preview: http(s) only, resolve and block private/loopback/"
          "link-local IPs, no redirects, 3 s timeout, 512 KB cap.")
sensitive("no-owasp", "Login: argon2id hashes, 5 failed tries then a 15 min cooldown, generic "
          "error message, session cookie HttpOnly + Secure + SameSite=Lax.")
sensitive("no-owasp", "Upload: magic-byte check for png/jpg, 4 MB cap, random file names, "
          "stored outside the web root.")
sensitive("no-owasp", "GET /invoices/{id}: filter by owner_id = current user in the query, "
          "404 otherwise, plus a test with a second user.")
sensitive("no-owasp", "Run pandoc via subprocess with a list of args, shell=False, input paths "
          "must resolve under /srv/docs.")
sensitive("no-owasp", "Parse the uploaded XML with defusedxml, DTDs refused, 5 MB cap.")
sensitive("no-owasp", "CORS: only https://app.example.com, no wildcard, credentials only for "
          "that origin.")
sensitive("owasp-only", "login page for the escape room site, OWASP A07:2021")
sensitive("owasp-only", "per OWASP A03:2021, write the product search query for the thrift "
          "shop, the search term comes from the query string")
sensitive("owasp-only", "Build the link-preview endpoint (OWASP A10:2021 SSRF).")
sensitive("owasp-only", "GET /api/members/{id} — OWASP A01:2021 Broken Access Control applies "
          "here")
sensitive("owasp-only", "OWASP A08:2021: accept plugin uploads for the editor and load them at "
          "startup")
sensitive("owasp-only", "upload handler for the tattoo portfolio images, keep OWASP A04:2021 "
          "in mind")
sensitive("owasp-only", "write the audit log for admin actions in the ski rental backend "
          "(OWASP A09:2021)")
sensitive("owasp-only", "XML import of the herbarium specimen records. OWASP A05:2021.")
sensitive("owasp-only", "password reset for the choir members' portal, OWASP Top 10 A07 "
          "compliant")
sensitive("owasp-only", "endpoint de subida de archivos para el club de ajedrez, siguiendo "
          "OWASP A04:2021", "Spanish")
sensitive("owasp-only", "run the user's chosen imagemagick filter through the shell. OWASP "
          "A03:2021 Injection.")
sensitive("wrong-owasp", "Search endpoint with bound parameters and a sort allowlist, limit "
          "50. OWASP A09:2021 Security Logging and Monitoring Failures.")
sensitive("wrong-owasp", "URL fetcher for previews: block private IPs, http(s) only, 3 s "
          "timeout. OWASP A07:2021 Identification and Authentication Failures.")
sensitive("wrong-owasp", "Login with argon2id hashes, lockout after 5 tries and a generic "
          "error. OWASP A10:2021 Server-Side Request Forgery.")
sensitive("wrong-owasp", "Orders API: GET /orders/{id} filtered by owner in the query, 404 "
          "otherwise. OWASP A09:2021 Security Logging and Monitoring Failures.")
sensitive("wrong-owasp", "File upload with a magic-byte check and a 4 MB cap. OWASP A07:2021 "
          "Identification and Authentication Failures.")
sensitive("wrong-owasp", "Audit log of admin actions with CR/LF stripped from user fields. "
          "OWASP A10:2021 Server-Side Request Forgery.")
sensitive("wrong-owasp", "XML import with defusedxml, DTDs refused. OWASP A07:2021 "
          "Identification and Authentication Failures.")
sensitive("wrong-owasp", "shell out to ghostscript with a list of args, no shell. OWASP "
          "A09:2021 Security Logging and Monitoring Failures.")
sensitive("wrong-owasp", "password reset for the food co-op members. OWASP A10:2021 "
          "Server-Side Request Forgery.")
sensitive("wrong-owasp", "webhook receiver for the payment provider, verify the signature "
          "with hmac.compare_digest, reject old timestamps. OWASP A09:2021 Security Logging "
          "and Monitoring Failures.")


def counts_text(rows: list[dict]) -> str:
    """The counts line of the docstring: total, per verdict, per kind (and variant)."""
    verdicts = Counter(r["verdict"] for r in rows)
    groups = Counter((r["verdict"], r["kind"] + (f"/{r['variant']}" if "variant" in r else ""))
                     for r in rows)
    lines = [f"{len(rows)} prompts; " + ", ".join(f"{v} {verdicts[v]}"
                                                   for v in ("allow", "warn", "block")) + "."]
    for verdict in ("block", "allow", "warn"):
        parts = [f"{g} {n}" for (v, g), n in sorted(groups.items()) if v == verdict]
        lines.append(f"- {verdict}: " + ", ".join(parts))
    return "\n".join(lines)


def write(path: Path = OUT) -> list[dict]:
    ids = [r["id"] for r in ROWS]
    assert len(ids) == len(set(ids)), "duplicate prompt"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in ROWS),
                    encoding="utf-8")
    return ROWS


def main() -> int:
    rows = write()
    text = counts_text(rows)
    documented = (__doc__ or "").split("Counts (checked by `main`): ", 1)[1].strip()
    print(text)
    if documented.split() != text.split():  # the docstring wraps the same words
        print("the docstring's counts are out of date", flush=True)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
