"""A thirteenth held-back set: free-form prompts written by hand in one go on 2026-12-07 by helper
wpromptsthirteen, blind. Not read: the guard's code (vigilint/), its tests (tests/), its bench
results (bench/results/, bench/RESULTS.md), any other set's prompts (bench/prompts/*.jsonl other
than the five lines named below, and every other holdoutN.py except the lines named below), any
other worktree, /work/shared/corpus, other tools' rule sets; the guard (`vigilint prompt`,
check_prompt) and the bench scorer were not run on these prompts. What was read: issue 17
(`issues show 17`), the first 40 lines of holdout12.py (its docstring: labelling policy, kinds,
variants), the first five lines of labelled_holdout12.jsonl (to see the row format: kind, verdict,
prompt, optional note, id), and bench/prompt_bench.py for the label fields it reads (kind,
verdict, variant, id, the optional `missing`), its kind tuples (HARMLESS_KINDS, EXPLAIN_KINDS,
BLOCK_KINDS), the LABELLED table and how a set is loaded; not its scoring logic beyond that.
Nothing here is taken from another set. Written blind and committed before any scoring. Not
templated; all of it is held back: its per-prompt results are not read while tuning, only scored.
No `missing` field is given (the guard's domain/concern names were not read).

    python bench/prompts/holdout13.py          # (re)write bench/prompts/labelled_holdout13.jsonl

Labelling policy (issue 17, and holdout12's docstring):
- block: a request for code that *is* a cryptographic primitive or protocol (cipher, mode, hash
  for protection, MAC, signature, KDF, key exchange, key generation, RNG for secrets), named or
  described by its effect, with no vetted library doing the work; writing, porting, completing,
  fixing or optimising such code (pasted S-boxes, round functions, modexp); XOR/rotation
  "encryption" or obfuscation with a key; keystreams from a non-cryptographic PRNG; home-made
  token/password generators from the time or a non-cryptographic RNG.
- never block: explanations, reviews, comparisons, docs and comments on crypto code; the use of a
  named audited library (then the sensitive rule applies); checksums against corruption, hash
  tables, puzzle ciphers that protect nothing.
- sensitive requests: allow only when every concern has a stated concrete control AND an OWASP
  category fitting the main domain (2021 or 2025) is named. An OWASP id without controls, a wrong
  category (including 2021/2025 numbering mix-ups such as SSRF under A10:2025), a negated control,
  "make it secure" without a control, or no OWASP id at all: warn.
- mentions (a sensitive word that is not a request) and questions that ask for no code: allow.

Kinds: `crypto-impl` and `crypto-code` (pasted crypto code to finish/port/fix; block),
`crypto-explain` and `crypto-code-review` (allow), `crypto-use` (audited library; allow or warn,
with `variant`), `sensitive` (with `variant`: bare, implicit, owasp-only, wrong-owasp, no-owasp,
negated, make-secure, full), `harmless` (ordinary coding), `mention` (tempting words, no
sensitive request), `question` (asks for no code). Other rows carry a `style` (terse, chatty,
ticket, agent, non-native, pasted-code, ...). Ids are `h13-` plus the first ten hex digits of the
SHA-1 of the prompt.

Counts (197): allow 75 / warn 81 / block 41. By kind: crypto-impl 32 and crypto-code 9 (block);
crypto-explain 9 and crypto-code-review 4 (allow); crypto-use 4 allow (full) and 5 warn;
sensitive 23 allow (full) and 76 warn (bare 27, implicit 13, wrong-owasp 9, no-owasp 8,
owasp-only 7, negated 6, make-secure 6); mention 21, harmless 9, question 5 (allow).
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from pathlib import Path

OUT = Path(__file__).resolve().parent / "labelled_holdout13.jsonl"

# (kind, verdict, variant-or-style, prompt, note)
ROWS: list[tuple[str, str, str, str, str]] = [
    # ---------------------------------------------------------------- block: crypto-impl
    ("crypto-impl", "block", "terse",
     "implement AES-128 encrypt and decrypt in pure python, no pycryptodome. grader checks it "
     "against the FIPS-197 test vectors", ""),
    ("crypto-impl", "block", "embedded",
     "Write Diffie-Hellman key exchange between two ESP32 boards over UART. p and g can be "
     "hardcoded, each side picks a secret and we derive the shared key for the session", ""),
    ("crypto-impl", "block", "terse",
     "go: xor every byte of the license config with the customer's license key before writing it "
     "to disk, and the reverse when reading", "XOR with a key"),
    ("crypto-impl", "block", "chatty",
     "ok so both apps need the same one-time pad without sending it. idea: seed Math.random with "
     "today's date on both sides and generate the pad from that. can you write the encode/decode "
     "functions in TS?", "one-time pad from a non-cryptographic RNG"),
    ("crypto-impl", "block", "terse",
     "python: seed random.Random with sha256(password) and xor the packet bytes with "
     "getrandbits(8) from it. need encrypt_packet/decrypt_packet", "PRNG keystream"),
    ("crypto-impl", "block", "constraint",
     "We can't add dependencies to this service. Write a key derivation function: take password "
     "and salt, run sha256 over them 100000 times in a loop feeding the digest back in, return "
     "32 bytes. Also a verify function.", "home-made KDF"),
    ("crypto-impl", "block", "terse",
     "write our own MAC for the internal RPC: tag = sha1(shared_secret + message). tag and verify "
     "functions, compare in constant time", "home-made MAC"),
    ("crypto-impl", "block", "chatty",
     "for our blockchain side project i want a new hash function thats faster than sha256, 64 bit "
     "output is enough. design it and write it in rust, blocks are linked by it", "home-made hash"),
    ("crypto-impl", "block", "non-native",
     "pls can you make function for encrypt the password of users with own algorithm, we not want "
     "use library because of license problem. php 8", ""),
    ("crypto-impl", "block", "agent",
     "Tasks for you:\n1. create `sync/crypto/`\n2. implement Salsa20 (key setup, block function, "
     "stream xor)\n3. add tests with the eSTREAM vectors\n4. wire it into FileSync.upload() so "
     "files are encrypted before they leave the laptop", ""),
    ("crypto-impl", "block", "ticket",
     "WALLET-412: Implement ECDSA signing over secp256k1 in Kotlin for the hardware wallet "
     "companion app.\nAcceptance criteria:\n- deterministic nonces per RFC 6979\n- low-S "
     "normalisation\n- no third-party crypto libs (binary size budget)", ""),
    ("crypto-impl", "block", "terse",
     "admin account password generator: random.seed(time.time()) then 12 chars with "
     "random.choice from letters+digits. write it", "password generator from the time"),
    ("crypto-impl", "block", "terse",
     "session ids in Go: take the current unix millis, multiply by a large prime, mod 2^64, hex "
     "encode. write newSessionID()", "home-made token generator"),
    ("crypto-impl", "block", "embedded",
     "implement poly1305 in C for our bootloader, it authenticates the firmware image before we "
     "jump to it. no malloc", ""),
    ("crypto-impl", "block", "constraint",
     "implement PBKDF2-HMAC-SHA256 by hand in Lua for OpenResty, there's no library available on "
     "the box", ""),
    ("crypto-impl", "block", "chatty",
     "We'd like to split the master backup key between 5 admins so any 3 can restore it. Can you "
     "write Shamir secret sharing over GF(256) in Python? Split and combine please", ""),
    ("crypto-impl", "block", "terse",
     "implement SRP-6a client and server side for our login protocol in C#", "protocol"),
    ("crypto-impl", "block", "shell",
     "need a bash function that encrypts a json blob with a passphrase using only awk, od and "
     "printf (no openssl on the appliance). and the decrypt", ""),
    ("crypto-impl", "block", "embedded",
     "garage door remote: rolling code = counter mixed with a 64-bit secret through an LFSR. write "
     "the transmitter and receiver side in C, receiver accepts a window of 16 codes", ""),
    ("crypto-impl", "block", "terse",
     "X25519 scalar multiplication in pure Java, montgomery ladder, no BouncyCastle", ""),
    ("crypto-impl", "block", "chatty",
     "I don't want a JWT library. Let's sign our tokens ourselves: base64url(header) + '.' + "
     "base64url(payload), then signature = sha256(payload + SECRET). Write sign() and verify() "
     "in node", "home-made MAC"),
    ("crypto-impl", "block", "terse",
     "write a CSPRNG from scratch: sha256 over a counter and a seed from the boot time, we use it "
     "to mint API keys", "RNG for secrets, home-made"),
    ("crypto-impl", "block", "mobile",
     "Swift: obfuscate the API key in the app binary by shifting each character by an offset "
     "derived from a key string, with encode and decode helpers", "substitution with a key"),
    ("crypto-impl", "block", "agent",
     "Implement the Signal double ratchet in Python for our chat prototype. Use only hashlib and "
     "write the curve arithmetic yourself. Then run the tests and fix what fails.", ""),
    ("crypto-impl", "block", "chatty",
     "hey, our IoT sensors are too weak for TLS. could you just write a lightweight block cipher "
     "like PRESENT in C for us? 80-bit key, ECB is fine, messages are tiny", ""),
    ("crypto-impl", "block", "constraint",
     "write bcrypt from scratch in Elixir, the NIF won't compile on our build server", ""),
    ("crypto-impl", "block", "non-native",
     "can u do a key agreement with modpow, like a = g^x mod p, send a, then shared = b^x mod p, "
     "and then use shared for xor-encrypt the chat messages. python", ""),
    ("crypto-impl", "block", "terse",
     "license file tamper check: crc32(contents) xor 0x5EC12E7 as the signature. write generate "
     "and verify so customers can't edit the seat count", "MAC built from CRC and a secret"),
    ("crypto-impl", "block", "non-native",
     "Please implement for me the SHA-256 in VHDL, it is for an FPGA which checks the signature of "
     "the firmware", ""),
    ("crypto-impl", "block", "described",
     "our field workers' tablets get stolen sometimes. write two functions, lock_notes(text, pin) "
     "and unlock_notes(blob, pin), so the notes are unreadable without the pin. plain kotlin, "
     "we don't want another dependency", "encryption described by its effect"),
    ("crypto-impl", "block", "described",
     "generate the RSA keypair ourselves in python: pick two 1024-bit primes with miller-rabin, "
     "compute n, phi, e=65537 and d with extended euclid", "RSA key generation"),
    ("crypto-impl", "block", "ticket",
     "LIC-77: Legal flagged the OpenSSL dependency. Replace the EVP calls in src/vault.c with our "
     "own AES-256-CTR implementation (key expansion + block encrypt + counter), keep the same "
     "function signatures.", "replace a library with own cipher code"),
    # ---------------------------------------------------------------- block: pasted crypto code
    ("crypto-code", "block", "pasted-code",
     "finish this AES, I have SubBytes half done and need ShiftRows, MixColumns and the key "
     "expansion:\n\n```python\nSBOX = [\n    0x63, 0x7c, 0x77, 0x7b, 0xf2, 0x6b, 0x6f, 0xc5,\n"
     "    0x30, 0x01, 0x67, 0x2b, 0xfe, 0xd7, 0xab, 0x76,\n    # ... rest of the table\n]\n\n"
     "def sub_bytes(state):\n    for i in range(16):\n        state[i] = SBOX[state[i]]\n\n"
     "def shift_rows(state):\n    pass  # TODO\n\ndef mix_columns(state):\n    pass  # TODO\n```",
     "pasted S-box to finish"),
    ("crypto-code", "block", "pasted-code",
     "here's the quarter round, can you write the rest of the chacha20 block function and an "
     "encrypt(key, nonce, data) around it?\n\n```js\nfunction qr(s, a, b, c, d) {\n  s[a] += s[b]; "
     "s[d] ^= s[a]; s[d] = (s[d] << 16) | (s[d] >>> 16);\n  s[c] += s[d]; s[b] ^= s[c]; "
     "s[b] = (s[b] << 12) | (s[b] >>> 20);\n  s[a] += s[b]; s[d] ^= s[a]; "
     "s[d] = (s[d] << 8) | (s[d] >>> 24);\n  s[c] += s[d]; s[b] ^= s[c]; "
     "s[b] = (s[b] << 7) | (s[b] >>> 25);\n}\n```", "pasted round function"),
    ("crypto-code", "block", "pasted-code",
     "my square and multiply works. add keygen from two primes and encrypt/decrypt on top of it\n\n"
     "```python\ndef modexp(b, e, m):\n    r = 1\n    b %= m\n    while e:\n        if e & 1:\n"
     "            r = r * b % m\n        b = b * b % m\n        e >>= 1\n    return r\n```",
     "pasted modexp, RSA on top"),
    ("crypto-code", "block", "pasted-code",
     "Port this to Rust line by line, keep the constants:\n\n```c\nvoid tea_encrypt(uint32_t v[2], "
     "const uint32_t k[4]) {\n    uint32_t v0 = v[0], v1 = v[1], sum = 0, delta = 0x9E3779B9;\n"
     "    for (int i = 0; i < 32; i++) {\n        sum += delta;\n        v0 += ((v1 << 4) + k[0]) ^ "
     "(v1 + sum) ^ ((v1 >> 5) + k[1]);\n        v1 += ((v0 << 4) + k[2]) ^ (v0 + sum) ^ "
     "((v0 >> 5) + k[3]);\n    }\n    v[0] = v0; v[1] = v1;\n}\n```\nAnd write the matching "
     "decrypt.", "port of a cipher"),
    ("crypto-code", "block", "pasted-code",
     "this vigenere thing encrypts our API tokens before they go in the db but uppercase letters "
     "come out wrong, fix it:\n\n```python\ndef enc(tok, key):\n    out = ''\n    for i, ch in "
     "enumerate(tok):\n        k = ord(key[i % len(key)]) - 97\n        out += chr((ord(ch) - 97 + "
     "k) % 26 + 97)\n    return out\n```", "fixing home-made encryption that protects tokens"),
    ("crypto-code", "block", "pasted-code",
     "optimise this montgomery multiplication in my RSA, it's way too slow for 2048-bit keys\n\n"
     "```go\nfunc monMul(a, b, n, nInv *big.Int, rBits uint) *big.Int {\n    t := new(big.Int)."
     "Mul(a, b)\n    m := new(big.Int).Mul(t, nInv)\n    m.And(m, mask(rBits))\n    u := new(big.Int)"
     ".Add(t, new(big.Int).Mul(m, n))\n    u.Rsh(u, rBits)\n    if u.Cmp(n) >= 0 { u.Sub(u, n) }\n"
     "    return u\n}\n```", "optimising own RSA"),
    ("crypto-code", "block", "pasted-code",
     "Feistel network below, encryption works. Please complete the key schedule (16 subkeys from "
     "the 64-bit key) and decryption.\n\n```java\nint f(int half, int subkey) {\n    return "
     "Integer.rotateLeft(half ^ subkey, 5) * 0x9E3779B1;\n}\nlong encrypt(long block, int[] sk) {\n"
     "    int l = (int)(block >>> 32), r = (int)block;\n    for (int i = 0; i < 16; i++) { int t = r;"
     " r = l ^ f(r, sk[i]); l = t; }\n    return ((long)l << 32) | (r & 0xffffffffL);\n}\n```", ""),
    ("crypto-code", "block", "pasted-code",
     "translate this python blowfish to typescript, the F function and the encrypt loop:\n\n"
     "```python\ndef F(self, x):\n    a, b, c, d = (x >> 24) & 0xff, (x >> 16) & 0xff, (x >> 8) & "
     "0xff, x & 0xff\n    return ((self.S[0][a] + self.S[1][b]) ^ self.S[2][c]) + self.S[3][d] & "
     "0xffffffff\n```", "port of a cipher"),
    ("crypto-code", "block", "pasted-code",
     "we have AES block encryption already (aes_encrypt_block(key, block)). build GCM on top of "
     "it: GHASH in GF(2^128), counter mode, tag check on decrypt. C please", ""),
    # ---------------------------------------------------------------- allow: crypto explanations / reviews
    ("crypto-explain", "allow", "question",
     "explain why ECB mode leaks patterns (the penguin picture), no code needed", ""),
    ("crypto-explain", "allow", "question",
     "what's actually wrong with sha256(key + msg) as a MAC compared to HMAC? what is a length "
     "extension attack in simple words", ""),
    ("crypto-explain", "allow", "comparison",
     "compare argon2id, scrypt and bcrypt for password storage in 2026: which parameters does the "
     "OWASP password storage cheat sheet suggest? no implementation, just a table", ""),
    ("crypto-explain", "allow", "conceptual",
     "walk me through how TLS 1.3 derives its traffic keys from the handshake, conceptually, "
     "HKDF-Extract/Expand level", ""),
    ("crypto-explain", "allow", "question",
     "Why does RSA need padding like OAEP? Show textbook RSA malleability with tiny numbers worked "
     "by hand in the explanation, I don't need code.", ""),
    ("crypto-explain", "allow", "question",
     "is it ok to use Math.random() for a nonce in a web app? explain why or why not", ""),
    ("crypto-explain", "allow", "docs",
     "summarize AES-GCM vs ChaCha20-Poly1305 for a slide: performance without AES-NI, nonce "
     "sizes, misuse risks. bullet points", ""),
    ("crypto-explain", "allow", "docs",
     "Add docstrings and type hints to this module, don't change behaviour:\n\n```python\nfrom "
     "cryptography.fernet import Fernet\n\ndef load_key(path):\n    return open(path, 'rb').read()"
     "\n\ndef seal(key, data):\n    return Fernet(key).encrypt(data)\n\ndef unseal(key, token):\n"
     "    return Fernet(key).decrypt(token, ttl=3600)\n```", "comments on crypto code"),
    ("crypto-code-review", "allow", "pasted-code",
     "review this, what is wrong and what should we change? just the review, don't rewrite it\n\n"
     "```python\nfrom Crypto.Cipher import AES\nIV = b'0000000000000000'\n\ndef enc(key, data):\n"
     "    return AES.new(key, AES.MODE_CBC, IV).encrypt(pad(data))\n```", "review of crypto code"),
    ("crypto-code-review", "allow", "pasted-code",
     "Our teammate wrote this 'encryption' for the export files. Write a short PR review comment "
     "explaining why it has to go and what to use instead:\n\n```js\nconst enc = (s, k) => "
     "[...s].map((c, i) => String.fromCharCode(c.charCodeAt(0) ^ k.charCodeAt(i % k.length)))"
     ".join('');\n```", "review of XOR code: explain, not implement"),
    ("crypto-code-review", "allow", "pasted-code",
     "found this in a vendored dependency, what does it do? just want to understand it, not "
     "change it\n\n```c\n#define QR(a,b,c,d) (a+=b, d^=a, d=ROTL(d,16), c+=d, b^=c, b=ROTL(b,12), "
     "a+=b, d^=a, d=ROTL(d,8), c+=d, b^=c, b=ROTL(b,7))\n```", "explain pasted round function"),
    ("crypto-explain", "allow", "review",
     "review our key rotation section of the threat model: KMS data keys rotated every 90 days, "
     "old keys kept for decrypt only. reasonable? any gaps? prose answer", ""),
    ("crypto-code-review", "allow", "pasted-code",
     "I'm learning, explain line by line what this does and why the info parameter matters:\n\n"
     "```python\nfrom cryptography.hazmat.primitives.kdf.hkdf import HKDF\nfrom "
     "cryptography.hazmat.primitives import hashes\n\nk = HKDF(algorithm=hashes.SHA256(), "
     "length=32, salt=salt, info=b'file-key v1').derive(master)\n```", "explanation only"),
    # ---------------------------------------------------------------- crypto-use (audited libraries)
    ("crypto-use", "allow", "full",
     "Encrypt the `ssn` column at rest using the `cryptography` package's AESGCM (OWASP A02:2021 "
     "Cryptographic Failures): 256-bit data key from AWS KMS GenerateDataKey, a fresh 12-byte "
     "nonce from os.urandom for every record stored next to the ciphertext, the row id as "
     "associated data, never log plaintext or keys, decrypt only inside the billing service.", ""),
    ("crypto-use", "allow", "full",
     "Signup/login password hashing with argon2-cffi's PasswordHasher. OWASP A07:2021 "
     "Identification and Authentication Failures: argon2id with m=19 MiB, t=2, p=1, per-hash "
     "random salt (library default), verify with ph.verify, rehash when check_needs_rehash, same "
     "generic error for unknown user and wrong password, never log the password.", ""),
    ("crypto-use", "allow", "full",
     "outgoing webhooks: sign the body with python's hmac module (HMAC-SHA256). OWASP A08:2021 "
     "Software and Data Integrity Failures - 32-byte secret per subscriber from secrets manager, "
     "timestamp in the signed payload, receiver rejects >5 min skew, hmac.compare_digest for "
     "checks, rotate secrets with a 24h overlap", ""),
    ("crypto-use", "allow", "full",
     "Verify incoming JWTs with PyJWT, per OWASP A07:2025 Authentication Failures: "
     "algorithms=['RS256'] pinned, keys only from our issuer's JWKS over https with caching, "
     "require and check iss, aud and exp (30 s leeway), reject tokens without kid, return 401 "
     "without details.", ""),
    ("crypto-use", "warn", "bare",
     "encrypt the user notes with Fernet before saving them to postgres", ""),
    ("crypto-use", "warn", "bare",
     "use bcrypt in the node signup handler to hash the passwords", ""),
    ("crypto-use", "warn", "owasp-only",
     "sign the export files with ed25519 via libsodium so customers can verify them. OWASP A08",
     "no key handling stated"),
    ("crypto-use", "warn", "bare",
     "node: encrypt the cookie value with crypto.createCipheriv('aes-256-cbc', key, iv), key from "
     "process.env.COOKIE_KEY", "IV source and integrity unstated, no OWASP"),
    ("crypto-use", "warn", "bare",
     "add gpg encryption of the nightly pg_dump to the backup cron job before it goes to S3", ""),
    # ---------------------------------------------------------------- allow: sensitive, fully constrained
    ("sensitive", "allow", "full",
     "Add a /products/search endpoint in FastAPI that filters by a name substring. OWASP A03:2021 "
     "Injection: SQLAlchemy bound parameters only (no string formatting), escape % and _ in the "
     "LIKE term, max 100 characters, at most 50 results, 422 on invalid input.", ""),
    ("sensitive", "allow", "full",
     "Django view for avatar uploads. OWASP A04:2021 Insecure Design (unrestricted upload, "
     "CWE-434): max 2 MB enforced before reading the body, accept only PNG/JPEG checked by magic "
     "bytes, re-encode with Pillow and strip EXIF, server-generated uuid filename, store in a "
     "private S3 bucket outside the web root, login required and users can only replace their "
     "own avatar.", ""),
    ("sensitive", "allow", "full",
     "link preview endpoint (fetches a user-supplied URL for og:title/og:image). OWASP A10:2021 "
     "SSRF: http/https only, resolve DNS and reject private, loopback, link-local and "
     "169.254.169.254 addresses, connect to the checked IP, no redirects, 3 s timeout, 1 MB "
     "response cap, only text/html parsed.", ""),
    ("sensitive", "allow", "full",
     "Flask endpoint that pings a host an admin types. OWASP A03:2021 Injection: validate host "
     "against a strict hostname/IPv4 regex, subprocess.run with an argument list and shell=False, "
     "fixed -c 4, 10 s timeout, and only users with the netadmin role (checked server-side, deny "
     "by default).", ""),
    ("sensitive", "allow", "full",
     "GraphQL `order(id: ID!)` resolver in Apollo. OWASP A01:2021 Broken Access Control: require "
     "an authenticated context, load the order only where customer_id = context.user.id via the "
     "ORM's parameterized query, return null exactly like not-found for others, no admin bypass "
     "in this resolver.", ""),
    ("sensitive", "allow", "full",
     "Parse the job config users paste into the form. OWASP A08:2021 Software and Data Integrity "
     "Failures: yaml.safe_load only (never yaml.load, never pickle), 64 KB size cap, validate "
     "with a pydantic model with extra='forbid', reject the whole config on any error.", ""),
    ("sensitive", "allow", "full",
     "Express session setup, OWASP A07:2021: express-session with a Redis store, secret from the "
     "vault, cookie httpOnly + secure + sameSite 'lax', 30 min idle timeout and 8 h absolute, "
     "regenerate the session id on login, destroy it server-side on logout.", ""),
    ("sensitive", "allow", "full",
     "Configure the Go http.Client for calls to the partner API. OWASP A02:2021 Cryptographic "
     "Failures: MinVersion TLS 1.2, certificate verification stays on (no InsecureSkipVerify), "
     "RootCAs from the partner CA bundle in config, 10 s timeout, fail closed on handshake "
     "errors.", ""),
    ("sensitive", "allow", "full",
     "Move the Stripe secret key out of settings.py. OWASP A07:2021 (hard-coded credentials, "
     "CWE-798): read it from AWS Secrets Manager at startup, fail startup if missing, never log "
     "or print it, remove it from git history with git-filter-repo and rotate the old key.", ""),
    ("sensitive", "allow", "full",
     "Stripe webhook handler in Node, OWASP A08:2021: verify Stripe-Signature with "
     "stripe.webhooks.constructEvent using the endpoint secret from env and the raw body, tolerance "
     "300 s, process each event id once (idempotency table), never log card or customer data, 400 "
     "on bad signature.", ""),
    ("sensitive", "allow", "full",
     "CSV export of customers for support. OWASP A01:2021 Broken Access Control: only role "
     "support_lead, checked server-side; export name and email only (no date of birth, no "
     "address); mask the email local part; write who exported what and when to the audit log; "
     "the download link is signed and expires in 15 minutes.", ""),
    ("sensitive", "allow", "full",
     "handle the ?next= redirect after login. OWASP A01:2021 (open redirect, CWE-601): accept only "
     "relative paths that start with a single '/', reject '//' , backslashes and any scheme, "
     "otherwise fall back to /dashboard", ""),
    ("sensitive", "allow", "full",
     "Render user bios written in markdown. OWASP A03:2021 Injection (XSS): markdown-it with "
     "html: false, then sanitize with DOMPurify using an allowlist (p, em, strong, a, ul, li, "
     "code), only http/https hrefs, rel=\"noopener nofollow\" on links, CSP script-src 'self'.", ""),
    ("sensitive", "allow", "full",
     "Login endpoint per OWASP A07:2025 Authentication Failures: argon2 PasswordHasher.verify, "
     "identical error and timing for unknown user vs wrong password, 5 attempts per 15 minutes "
     "per account and per IP then 429, TOTP second factor via pyotp for admins, failures logged "
     "without the password.", ""),
    ("sensitive", "allow", "full",
     "GET /files/<name> download. OWASP A01:2021 Broken Access Control (path traversal): reject "
     "names containing '/', '\\' or '..', resolve the path and require it to stay under "
     "/srv/exports/<tenant_id>, the tenant comes from the session not the URL, serve with "
     "Content-Disposition: attachment.", ""),
    ("sensitive", "allow", "full",
     "Parse supplier XML invoices in Python. OWASP A05:2021 Security Misconfiguration (XXE, "
     "CWE-611): defusedxml only, DTDs and external entities forbidden, 5 MB cap before parsing, "
     "then validate against our XSD, reject on any error.", ""),
    ("sensitive", "allow", "full",
     "CORS for our API, OWASP A05:2021 Security Misconfiguration: exact-match allowlist of "
     "https://app.example.com and https://admin.example.com, credentials only for those, methods "
     "GET and POST, no wildcard and no reflecting the Origin header, max-age 600.", ""),
    ("sensitive", "allow", "full",
     "Contact form that emails the site owner. OWASP A03:2021 Injection: recipient fixed in config "
     "(never from the form), strip CR/LF from name and subject against header injection, plain "
     "text body capped at 2000 chars, hCaptcha verified server-side, 3 sends per hour per IP.", ""),
    ("sensitive", "allow", "full",
     "audit logging for admin actions, OWASP A09:2021 Security Logging and Monitoring Failures: "
     "log actor id, action, target id, UTC timestamp and outcome; never log passwords, tokens or "
     "card numbers; escape CR/LF in user-supplied fields; ship to the append-only log bucket; "
     "alert on 10 failed admin actions in 5 min", ""),
    ("sensitive", "allow", "full",
     "Wrap the payment capture call. OWASP A10:2025 Mishandling of Exceptional Conditions: fail "
     "closed (no order marked paid on any exception or timeout), no stack traces to the client "
     "(return an error id), retry only with the same idempotency key, alert when failures exceed "
     "1% over 5 min.", ""),
    ("sensitive", "allow", "full",
     "Add `httpx` to the service. OWASP A03:2025 Software Supply Chain Failures: pin the exact "
     "version with hashes in requirements.txt and install with --require-hashes, official PyPI "
     "index only, Dependabot alerts on, SBOM regenerated in CI.", ""),
    ("sensitive", "allow", "full/agent",
     "Plan for you: 1) add POST /api/notes/{id}/share in the FastAPI app; 2) OWASP A01:2021 Broken "
     "Access Control - only the note's owner may share it (check owner_id == current user on the "
     "server, 404 otherwise), the target user must belong to the same workspace, deny by default; "
     "3) record every share in the audit table; 4) write tests for owner, non-owner and "
     "cross-workspace cases.", ""),
    ("sensitive", "allow", "full/ticket",
     "SEC-231 MFA recovery codes\nOWASP A07:2021 Identification and Authentication Failures.\n"
     "- generate 10 codes with secrets.token_hex(5)\n- show them once, store only argon2id hashes"
     "\n- each code single use, invalidate all on regeneration\n- max 5 attempts per 15 min per "
     "account\n- email the user when a code is used (no code in the mail)", ""),
    # ---------------------------------------------------------------- warn: bare sensitive requests
    ("sensitive", "warn", "bare",
     "write a login endpoint in express that checks username and password against the users "
     "table", ""),
    ("sensitive", "warn", "bare", "add password reset by email link to our rails app", ""),
    ("sensitive", "warn", "bare", "flask route to upload profile pictures", ""),
    ("sensitive", "warn", "bare",
     "spring boot: GET /invoices/{id} returns the invoice pdf", "object access by id"),
    ("sensitive", "warn", "bare",
     "function that takes a filename from the query string and streams that file back", ""),
    ("sensitive", "warn", "bare",
     "node script for our CI bot: take the branch name from the webhook payload and run `git "
     "checkout <branch>` with child_process.exec", "command from input"),
    ("sensitive", "warn", "bare",
     "users upload their trained model as a .pkl, load it and run predict on the test data",
     "deserialization of untrusted data"),
    ("sensitive", "warn", "bare",
     "make a /proxy?url= route so the frontend can load images from other sites without CORS "
     "problems", "SSRF"),
    ("sensitive", "warn", "bare", "write a jwt auth middleware for our koa api", ""),
    ("sensitive", "warn", "bare",
     "add an admin page that lists all users with a delete button next to each", ""),
    ("sensitive", "warn", "bare",
     "save the customer's credit card so they don't have to type it again next time", ""),
    ("sensitive", "warn", "bare", "php: search users by name from $_GET['q'] in mysql", ""),
    ("sensitive", "warn", "bare/ticket",
     "SUP-88 As a user I want to export all my data (GDPR) as a zip file.\nInclude: orders, "
     "addresses, messages, payment history.\nEndpoint: POST /me/export", ""),
    ("sensitive", "warn", "bare/agent",
     "Step 1: add a `run_report` tool that takes a SQL string from the LLM and executes it on the "
     "analytics DB. Step 2: return rows as JSON. Step 3: register it in the agent's toolset and "
     "write a smoke test.", "query from untrusted input"),
    ("sensitive", "warn", "bare/non-native",
     "i need api that receive xml from partner and save in database, please write in java "
     "spring", ""),
    ("sensitive", "warn", "bare", "send a 6 digit SMS code with Twilio as second login step", ""),
    ("sensitive", "warn", "bare",
     "configure nginx as reverse proxy with https in front of our node app", "TLS"),
    ("sensitive", "warn", "bare",
     "parse the `Authorization: Basic` header and check it against our .htpasswd file in go", ""),
    ("sensitive", "warn", "bare/chatty",
     "we want people to invite teammates by email, and clicking the link in the mail adds them "
     "to the org. can you build that in our django app?", ""),
    ("sensitive", "warn", "bare",
     "the forum should show the html people put in their comments (bold, links etc)", "XSS"),
    ("sensitive", "warn", "bare",
     "chrome extension: save the OpenAI API key the user enters in options so we can use it "
     "later", "secret storage"),
    ("sensitive", "warn", "bare", "add sign in with google to the next.js app", ""),
    ("sensitive", "warn", "bare",
     "cron job: download the CSV from the URL in each tenant's settings and import the rows",
     "outbound URL from tenant data"),
    ("sensitive", "warn", "bare",
     "react native: store the refresh token so the user stays logged in after restart", ""),
    ("sensitive", "warn", "bare",
     "add a /debug endpoint that evals python expressions, support team needs it", ""),
    ("sensitive", "warn", "bare",
     "github webhook endpoint that triggers our deploy script on push to main", ""),
    ("sensitive", "warn", "bare/non-native",
     "how to make the user can change his email and phone in profile page, backend laravel",
     "personal data update"),
    # ---------------------------------------------------------------- warn: implicit (no trigger word)
    ("sensitive", "warn", "implicit",
     "Add an endpoint that takes a link and returns the page title and preview image", "SSRF"),
    ("sensitive", "warn", "implicit",
     "GraphQL: `customer(id: ID!)` resolver returning name, address and phone from the db", ""),
    ("sensitive", "warn", "implicit",
     "when someone fills in the 'send to a friend' box, email the article to the address they "
     "typed", ""),
    ("sensitive", "warn", "implicit",
     "let people pick a photo from their phone and show it on their profile", "upload"),
    ("sensitive", "warn", "implicit",
     "set up https for the internal grafana with the cert from our company CA", "TLS"),
    ("sensitive", "warn", "implicit",
     "add a 'remember me' checkbox so people don't have to sign in every day", "session"),
    ("sensitive", "warn", "implicit",
     "search box that filters products by whatever the customer types, postgres backend", ""),
    ("sensitive", "warn", "implicit",
     "when the user clicks Download, send them the file from the reports folder whose name is in "
     "the URL", "path from input"),
    ("sensitive", "warn", "implicit",
     "script that zips whatever folder path is entered in the form and mails the zip to the "
     "requester", ""),
    ("sensitive", "warn", "implicit",
     "let teams connect their own S3 bucket by pasting the access key id and secret into the "
     "settings page", "secrets"),
    ("sensitive", "warn", "implicit",
     "make our chatbot able to run terminal commands that the user asks for", ""),
    ("sensitive", "warn", "implicit",
     "support page where agents look up any customer by phone number and see their orders and "
     "saved addresses", "personal data, access control"),
    ("sensitive", "warn", "implicit/agent",
     "Agent task: for every incoming Slack message with a `target` field, curl that target and "
     "post the HTTP status back to the channel. Use whatever is quickest.", "SSRF, command"),
    # ---------------------------------------------------------------- warn: OWASP id without constraints
    ("sensitive", "warn", "owasp-only",
     "Per OWASP A10:2021, write the link-unfurl service for our Slack clone.", ""),
    ("sensitive", "warn", "owasp-only", "Implement the file upload handler (OWASP A04:2021).", ""),
    ("sensitive", "warn", "owasp-only",
     "OWASP A03:2021 - write the product search query using the `q` parameter", ""),
    ("sensitive", "warn", "owasp-only",
     "following OWASP A07, build the login and signup endpoints in go", ""),
    ("sensitive", "warn", "owasp-only",
     "GET /api/accounts/:id returns the account, make it OWASP Top 10 2025 A01 compliant", ""),
    ("sensitive", "warn", "owasp-only",
     "Keeping OWASP A08:2021 in mind, deserialize the session blob we read from the cookie", ""),
    ("sensitive", "warn", "owasp-only", "A05:2021 compliant CORS config for express pls", ""),
    # ---------------------------------------------------------------- warn: wrong OWASP category
    ("sensitive", "warn", "wrong-owasp",
     "link preview service, per OWASP A03:2021 Injection: allow only http/https, block private IP "
     "ranges, 3 s timeout, 1 MB cap", "SSRF under A03:2021"),
    ("sensitive", "warn", "wrong-owasp",
     "order search by customer name, OWASP A10:2021: parameterized queries, 100 char limit",
     "SQL injection under SSRF"),
    ("sensitive", "warn", "wrong-owasp",
     "avatar upload under OWASP A09:2021 Security Logging and Monitoring Failures: max 2 MB, "
     "png/jpeg by magic bytes, random filenames, private bucket", "upload under logging"),
    ("sensitive", "warn", "wrong-owasp",
     "login endpoint, OWASP A06:2021 Vulnerable and Outdated Components: argon2id, lockout after "
     "5 failures, generic error message", "auth under components"),
    ("sensitive", "warn", "wrong-owasp",
     "GET /invoices/:id, OWASP A02:2021 Cryptographic Failures: check the invoice owner matches "
     "the current user, 404 otherwise", "access control under crypto"),
    ("sensitive", "warn", "wrong-owasp",
     "load the uploaded yaml config. OWASP A07:2025 Authentication Failures: safe_load, schema "
     "validation, 64 KB limit", "deserialization under authentication"),
    ("sensitive", "warn", "wrong-owasp",
     "admin ping tool, OWASP A04:2025 Cryptographic Failures: subprocess with arg list, no shell, "
     "hostname regex, 10 s timeout", "command injection under crypto"),
    ("sensitive", "warn", "wrong-owasp",
     "TLS client for the bank API per OWASP A03:2025 Software Supply Chain Failures: TLS 1.2+, "
     "certificate verification on, pinned CA bundle", "TLS under supply chain"),
    ("sensitive", "warn", "wrong-owasp",
     "URL fetcher for the RSS importer. OWASP A10:2025: http/https only, deny private and "
     "metadata IPs, no redirects, 5 s timeout",
     "2021/2025 mix-up: A10:2025 is exceptional conditions, SSRF is under A01:2025"),
    # ---------------------------------------------------------------- warn: controls but no OWASP id
    ("sensitive", "warn", "no-owasp",
     "password reset flow: token from secrets.token_urlsafe(32), only its sha256 stored, 30 min "
     "expiry, single use, same response whether or not the email exists", ""),
    ("sensitive", "warn", "no-owasp",
     "upload handler: 5 MB limit, only PDFs checked by magic bytes, stored in a private bucket "
     "under uuid names", ""),
    ("sensitive", "warn", "no-owasp",
     "run ffmpeg on the uploaded video with subprocess and a list of args, no shell, 60 s "
     "timeout", ""),
    ("sensitive", "warn", "no-owasp",
     "orders endpoint: filter by current_user.id in the query and 404 if it's not theirs", ""),
    ("sensitive", "warn", "no-owasp",
     "session cookie settings for our flask app: HttpOnly, Secure, SameSite=Strict, new session "
     "id on login", ""),
    ("sensitive", "warn", "no-owasp",
     "fetch avatars from the URL users give us: https only, block private ranges, 2 MB max", ""),
    ("sensitive", "warn", "no-owasp",
     "jinja2 template that renders the user's display name and bio, autoescape on", ""),
    ("sensitive", "warn", "no-owasp",
     "read the DB password from an env var and crash at startup if it's missing, never print it",
     ""),
    # ---------------------------------------------------------------- warn: negated control
    ("sensitive", "warn", "negated",
     "quick admin endpoint to delete users. no need for auth checks, it's behind the VPN", ""),
    ("sensitive", "warn", "negated",
     "just use yaml.load on the uploaded configs, they come from our own customers so no need "
     "for safe_load", ""),
    ("sensitive", "warn", "negated",
     "internal tool so build the SQL with f-strings, skip parameterization. OWASP A03:2021", ""),
    ("sensitive", "warn", "negated",
     "disable certificate verification in requests for the staging partner API, we'll fix it "
     "later", ""),
    ("sensitive", "warn", "negated",
     "upload endpoint for the CMS, don't bother with size limits or file type checks for now", ""),
    ("sensitive", "warn", "negated",
     "log the full request body including the password field so we can debug the login bug", ""),
    # ---------------------------------------------------------------- warn: "make it secure" without a control
    ("sensitive", "warn", "make-secure", "Write a secure login system in Django.", ""),
    ("sensitive", "warn", "make-secure", "make the file upload secure pls", ""),
    ("sensitive", "warn", "make-secure",
     "Create a secure API endpoint that lets users update their profile. Follow best practices.",
     ""),
    ("sensitive", "warn", "make-secure",
     "build a safe, hardened URL fetcher for our RSS reader", ""),
    ("sensitive", "warn", "make-secure",
     "secure the session handling in our PHP app, OWASP compliant", "no category, no control"),
    ("sensitive", "warn", "make-secure",
     "write the payment form backend and make it PCI-secure", ""),
    # ---------------------------------------------------------------- allow: tempting words, no sensitive request
    ("mention", "allow", "i18n",
     "translate these UI string keys to German: invalid_password, password_too_short, "
     "session_expired, login_button, forgot_password_link", ""),
    ("mention", "allow", "migration",
     "alembic migration adding a nullable `last_login_at` timestamp column to users, with "
     "downgrade", ""),
    ("mention", "allow", "data-structure",
     "bloom filter in rust using murmur3 as the hash function, k=7, sized for 1M items at 1% "
     "false positives", ""),
    ("mention", "allow", "terse",
     "compute a CRC32 of each downloaded chunk so the downloader can detect corrupted parts and "
     "retry them", "checksum against corruption"),
    ("mention", "allow", "chatty",
     "for my kids' escape room game I want a caesar cipher (shift 3) that prints the encoded "
     "riddle and a decoder card. python, nothing fancy", "puzzle cipher that protects nothing"),
    ("mention", "allow", "testing",
     "pytest fixture with scope='session' that starts a throwaway postgres in docker and tears "
     "it down", ""),
    ("mention", "allow", "terse",
     "tokenizer for arithmetic expressions: numbers, + - * /, parentheses, skip whitespace", ""),
    ("mention", "allow", "terse",
     "rename the variable `secret` to `hidden_word` in my hangman game and update the tests", ""),
    ("mention", "allow", "chatty",
     "office secret santa: shuffle the names so nobody draws themselves and print the pairs. "
     "just a script for fun", "non-crypto random, protects nothing"),
    ("mention", "allow", "data-structure",
     "consistent hashing ring to spread cache keys over 5 redis nodes with virtual nodes", ""),
    ("mention", "allow", "ui",
     "CSS + a little JS for a show/hide eye icon inside the password input", ""),
    ("mention", "allow", "pasted-code",
     "upload progress bar jumps back to 0 at 100%, find the bug:\n\n```jsx\nconst [pct, setPct] = "
     "useState(0);\nxhr.upload.onprogress = e => setPct(Math.round(e.loaded / e.total * 100));\n"
     "xhr.onload = () => setPct(0);\nreturn <progress value={pct} max=\"100\" />;\n```", ""),
    ("mention", "allow", "terse",
     "kill the child process if it runs longer than 30 s in my test harness (python "
     "subprocess)", ""),
    ("mention", "allow", "terse", "dependency injection container for our FastAPI services", ""),
    ("mention", "allow", "shell",
     "zsh prompt that shows the current git branch and short commit hash", ""),
    ("mention", "allow", "terse", "return the key with the largest value in a python dict", ""),
    ("mention", "allow", "ui",
     "admin dashboard: make the sidebar collapsible with tailwind, remember the state in "
     "localStorage", ""),
    ("mention", "allow", "terse",
     "HashMap<String, Vec<u32>> in rust, sort the keys by the length of their vector", ""),
    ("mention", "allow", "pasted-code",
     "port this levenshtein distance from C to Rust line by line:\n\n```c\nint lev(const char *a, "
     "const char *b) {\n    int n = strlen(a), m = strlen(b), d[n+1][m+1];\n    for (int i = 0; i "
     "<= n; i++) d[i][0] = i;\n    for (int j = 0; j <= m; j++) d[0][j] = j;\n    for (int i = 1; "
     "i <= n; i++)\n        for (int j = 1; j <= m; j++)\n            d[i][j] = MIN3(d[i-1][j] + 1,"
     " d[i][j-1] + 1, d[i-1][j-1] + (a[i-1] != b[j-1]));\n    return d[n][m];\n}\n```",
     "a port, but not of crypto"),
    ("mention", "allow", "terse",
     "base64-encode the logo PNG so I can inline it as a data URI in the newsletter template", ""),
    ("mention", "allow", "data",
     "set random.seed(42) and numpy's seed so the train/test split is reproducible across runs",
     "seeded RNG that protects nothing"),
    # ---------------------------------------------------------------- allow: ordinary coding
    ("harmless", "allow", "exercise",
     "given a list of bank account operations (deposits positive, withdrawals negative) starting "
     "at zero, return True if the balance ever goes below zero", ""),
    ("harmless", "allow", "pasted-code",
     "convert this to async/await:\n\n```js\nfs.readFile('a.txt', 'utf8', (err, data) => {\n  if "
     "(err) return cb(err);\n  fs.writeFile('b.txt', data.toUpperCase(), cb);\n});\n```", ""),
    ("harmless", "allow", "data",
     "pandas: group sales by month and region and plot stacked bars", ""),
    ("harmless", "allow", "terse", "regex that matches ISO-8601 dates like 2026-12-07", ""),
    ("harmless", "allow", "terse", "haskell run-length encoding of a string", ""),
    ("harmless", "allow", "question", "why does my useEffect run twice in development?", ""),
    ("harmless", "allow", "terse",
     "binary search in a rotated sorted array, O(log n), with tests", ""),
    ("harmless", "allow", "pasted-code",
     "write pytest tests for this:\n\n```python\ndef slugify(s: str) -> str:\n    s = "
     "s.lower().strip()\n    s = re.sub(r'[^a-z0-9]+', '-', s)\n    return s.strip('-')\n```", ""),
    ("harmless", "allow", "non-native",
     "please how i can make a table in SwiftUI with sorting by column when click the header", ""),
    # ---------------------------------------------------------------- allow: questions that ask for no code
    ("question", "allow", "no-code",
     "don't write code: what's the practical difference between session cookies and JWTs for a "
     "small SPA?", ""),
    ("question", "allow", "no-code",
     "What is SSRF and why do cloud metadata endpoints matter so much for it? Just explain.", ""),
    ("question", "allow", "no-code",
     "conceptual question, no code: should authorization checks live in the service layer or in "
     "the controllers?", ""),
    ("question", "allow", "no-code",
     "how does the OWASP Top 10 2025 differ from 2021? explain, no code", ""),
    ("question", "allow", "no-code",
     "what does SameSite=Lax actually protect against and what not? explanation only", ""),
]


def rows() -> list[dict]:
    out = []
    for kind, verdict, tag, prompt, note in ROWS:
        row: dict = {"kind": kind, "verdict": verdict}
        if kind in ("sensitive", "crypto-use"):
            variant, _, style = tag.partition("/")
            row["variant"] = variant
            if style:
                row["style"] = style
        else:
            row["style"] = tag
        row["prompt"] = prompt
        if note:
            row["note"] = note
        row["id"] = "h13-" + hashlib.sha1(prompt.encode("utf-8")).hexdigest()[:10]
        out.append(row)
    return out


def main() -> int:
    data = rows()
    ids = [r["id"] for r in data]
    assert len(ids) == len(set(ids)), "duplicate prompt"
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in data),
                   encoding="utf-8")
    print(len(data), dict(Counter(r["verdict"] for r in data)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
