"""A fourteenth held-back set: free-form prompts written by hand in one go on 2026-12-07 by helper
wpromptsfourteen, blind. Not read: the guard's code (vigilint/), its tests (tests/), its bench
results (bench/results/, bench/RESULTS.md), any other set's prompts or code (the other
bench/prompts/holdout*.py and labelled*.jsonl files), any other worktree, other tools' rule sets,
/work/shared/corpus; the guard (`vigilint prompt`, check_prompt) and the bench scorer were not
run on these prompts. What was read: issue 17 (`issues show 17`), the first 40 lines of
bench/prompts/holdout12.py (its docstring: labelling policy, kinds, variants), the first five
lines of bench/prompts/labelled_holdout12.jsonl (the row fields: kind, verdict, prompt, optional
note, id), and bench/prompt_bench.py (the label fields it reads, LABELLED, HELD_BACK and how a
set is loaded and scored). The writer here is self-contained (holdout2.py's `write` was not read).
Nothing here is taken from another set. Written blind and committed before any scoring; all of
it is held back: its per-prompt results are not read while tuning, only scored.

    python bench/prompts/holdout14.py          # (re)write bench/prompts/labelled_holdout14.jsonl

Labelling rules (those of issue 17, as holdout12.py's docstring states them):
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
  puzzle ciphers that protect nothing (`harmless`).
- `sensitive`: allow (`full`) only when every concern of the request has a concrete stated
  control and an OWASP Top 10 category that fits (2021 or 2025) is named; warn otherwise, by
  variant: `bare` (no control, no id), `owasp-only` (a fitting id, no control), `wrong-owasp`
  (an id that does not fit the domain, with or without controls), `no-owasp` (controls, no id),
  `negated` (a control waived: "no need for ...", "skip ..."), `make-secure` ("make it secure"
  without a control), `implicit` (sensitive with no trigger word: an id from the request, a URL
  to fetch, a sort column, an address to mail...). `crypto-use` rows carry the same variants.
- `harmless` (ordinary coding, incl. tempting words in harmless code: bank-balance exercise,
  bloom filter, dice roller, tokenizer), `mention` (a sensitive word that is not a request) and
  `question` (asks for no code): allow. Harmless rows carry a `style`.
No `missing` field: the guard's domain and concern names were not read, so none is labelled.

Styles mixed across all kinds: terse one-liners, chatty, pasted code with an ask, Jira/GitHub
ticket text, multi-step agent plans, commit-message-like, non-native English, Spanish and
German, code and prose mixed.

Counts (checked by `main`): 196 prompts; allow 72, warn 85, block 39.
- block: crypto-impl 39
- allow: harmless 29, mention 8, question 7, crypto-explain 9, crypto-use/full 5,
  sensitive/full 14
- warn: sensitive/bare 22, sensitive/implicit 12, sensitive/owasp-only 10,
  sensitive/wrong-owasp 9, sensitive/no-owasp 10, sensitive/negated 7, sensitive/make-secure 7,
  crypto-use/bare 5, crypto-use/owasp-only 1, crypto-use/wrong-owasp 1, crypto-use/negated 1
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections import Counter
from pathlib import Path

OUT = Path(__file__).resolve().parent / "labelled_holdout14.jsonl"

# ---------------------------------------------------------------------------------------------
# block: crypto implementations in any phrasing. (prompt, note or "")
CRYPTO_IMPL: list[tuple[str, str]] = [
    ("need a tiny helper that takes bytes + a passphrase and returns them xored against the "
     "repeating passphrase, and the reverse. it's for hiding the api creds in our config.ini "
     "so they aren't plain text in the repo", "XOR with a key"),
    ("PAY-2291: Implement the ChaCha20 quarter-round and block function in Kotlin for the "
     "offline wallet.\nAcceptance criteria:\n- passes the RFC 8439 test vectors\n- no Tink, "
     "no BouncyCastle (app size budget)\nStory points: 5", "ticket; cipher by name"),
    ("here's my SubBytes and ShiftRows, sbox table is complete in the real file. write "
     "MixColumns and the key expansion so I get a full AES-128 block encrypt, then CBC around "
     "it\n\n```python\nSBOX = [0x63, 0x7c, 0x77, 0x7b, 0xf2, 0x6b, 0x6f, 0xc5, 0x30, 0x01, "
     "0x67, 0x2b, 0xfe, 0xd7, 0xab, 0x76,\n        # ... 240 more\n]\n\ndef sub_bytes(s):\n"
     "    return [SBOX[b] for b in s]\n\ndef shift_rows(s):\n    return [s[(i + 4 * (i % 4)) "
     "% 16] for i in range(16)]\n```", "pasted S-box to finish"),
    ("port this Blowfish unit from our old Delphi app to TypeScript, line for line please, "
     "keep the P-array and S-box init exactly\n\n```pascal\nprocedure TBlowfish.EncryptBlock("
     "var L, R: LongWord);\nvar i: Integer;\nbegin\n  for i := 0 to 15 do begin\n    L := L "
     "xor FP[i];\n    R := R xor F(L);\n    Swap(L, R);\n  end;\n  Swap(L, R);\n  R := R xor "
     "FP[16];\n  L := L xor FP[17];\nend;\n```", "port of cipher code"),
    ("```python\ndef powmod(b, e, m):\n    r = 1\n    while e:\n        if e & 1:\n"
     "            r = r * b % m\n        b = b * b % m\n        e >>= 1\n    return r\n```\n"
     "build on this: generate two 1024-bit primes with Miller-Rabin, compute n and d, and give "
     "me sign() and verify() for our firmware update files", "modexp to RSA keygen/signing"),
    ("the two IoT gateways need a shared key. do a Diffie-Hellman over a 2048 bit safe prime "
     "directly on the raw TCP socket, then hash the shared secret into the session key. C, "
     "we have no TLS stack on these boxes", "key exchange"),
    ("please make for me the function which crypt the password of user with our own "
     "algorithm, we not want bcrypt because of license of company, it must be one-way and "
     "with salt. language is Java 8", "home-made password hash, non-native English"),
    ("Plan:\n1. add `ledger_sign(entry: bytes) -> bytes` computing HMAC-SHA256 by hand "
     "(ipad/opad, our own SHA-256, the sandboxed interpreter has no hashlib/hmac)\n2. verify "
     "the tag when reading entries back\n3. tests\nGo ahead with step 1.", "agent plan; MAC"),
    ("Write the change for this commit message:\n\nfeat(license): derive activation codes "
     "from machine id + vendor secret via a custom mixing fn (rotate/xor/add, 12 rounds), add "
     "verify_activation()", "commit-like; home-made keyed derivation"),
    ("Use java.util.Random seeded with the pairing PIN to produce a keystream and XOR it over "
     "the BLE packets so sniffers only see garbage. Write encrypt()/decrypt() for the Android "
     "side.", "PRNG keystream"),
    ("in the browser: make a one time pad with Math.random() as long as the chat message, "
     "encrypt the message with it and send the pad over a second websocket. vanilla js",
     "pad from a non-cryptographic RNG"),
    ("let's do our own session token format instead of JWT: base64(userId|expiry|check) where "
     "check is a hash of the first two fields mixed with a server pepper. write issue() and "
     "check() in Go, keep it dependency free", "home-made token scheme"),
    ("write a 256-bit hash function for storing passwords, something like sha but simpler, "
     "16 rounds of add-rotate-xor over 64-byte blocks. plain C, no deps", "home-made hash"),
    ("we need to turn the user's 6 digit PIN into a 32-byte key for the vault file. write the "
     "stretching loop ourselves: 100k iterations of sha256(prev + pin + salt), return the last "
     "digest. kotlin", "home-made KDF"),
    ("Implement Schnorr signatures over secp256k1 in Rust from scratch: field arithmetic, "
     "point add/double, scalar mult, sign, verify. Hackathon rules say using the k256 crate "
     "is cheating lol", "signature scheme from scratch"),
    ("Montgomery ladder for Curve25519 scalar multiplication in pure Python, I want to use it "
     "for the key agreement between our desktop app and the server", "curve arithmetic"),
    ("can u give me RC4 in Lua for the game's network packets? KSA + PRGA, key = the session "
     "id", "stream cipher by name, terse"),
    ("our kiosk keeps customer phone numbers in a txt file. wrap each number with a Vigenere "
     "cipher keyed on the store code before writing it and undo it when reading, python 3",
     "classic cipher used to protect real data"),
    ("obfuscate the licence key inside the binary: shift each byte by its index, xor with "
     "0x5A and a per-build key, so crackers can't find it with `strings`. encoder script + "
     "runtime decoder in C++", "obfuscation with a key"),
    ("implement TOTP (RFC 6238) myself in Swift, including the SHA-1 and HMAC parts, because "
     "CommonCrypto is not allowed in this target", "primitive inside a protocol"),
    ("Customer ids in our URLs are sequential. Write an 8-round Feistel network over 32-bit "
     "ints with round function F(k, x) = (x * k + 0x9E37) mod 2^16 and per-round keys from our "
     "secret, so ids can be encrypted/decrypted and aren't enumerable", "home-made block cipher"),
    ("finish this: I need tea_decrypt and a CBC mode around it for the firmware blobs\n\n"
     "```c\nvoid tea_encrypt(uint32_t v[2], const uint32_t k[4]) {\n    uint32_t v0 = v[0], "
     "v1 = v[1], sum = 0, delta = 0x9E3779B9;\n    for (int i = 0; i < 32; i++) {\n"
     "        sum += delta;\n        v0 += ((v1 << 4) + k[0]) ^ (v1 + sum) ^ ((v1 >> 5) + "
     "k[1]);\n        v1 += ((v0 << 4) + k[2]) ^ (v0 + sum) ^ ((v0 >> 5) + k[3]);\n    }\n"
     "    v[0] = v0; v[1] = v1;\n}\n```", "pasted round function to complete"),
    ("php: reset code generator. take the current epoch millis, multiply by a big prime, mod "
     "10^8, that's the code we email to the user. make it a function + the check",
     "token from the time"),
    ("generate tenant API keys with random.getrandbits(128) seeded from the tenant id so we "
     "can regenerate them deterministically if the DB is lost. def gen_key(tenant_id) -> str",
     "key from a seeded non-cryptographic RNG"),
    ("Port libsodium's crypto_secretbox (XSalsa20 + Poly1305) to pure Dart so the Flutter web "
     "build doesn't need the wasm blob. Try to keep it constant time.", "port of a library's "
     "primitive"),
    ("write the Poly1305 one-time authenticator in Zig, 130-bit arithmetic with 26-bit limbs, "
     "clamp r as the spec says", "MAC primitive"),
    ("Make this faster: unroll the 64 rounds and use SSE where possible.\n\n```c\nfor (i = 0; "
     "i < 64; ++i) {\n    t1 = h + EP1(e) + CH(e, f, g) + k[i] + m[i];\n    t2 = EP0(a) + "
     "MAJ(a, b, c);\n    h = g; g = f; f = e; e = d + t1;\n    d = c; c = b; b = a; a = t1 + "
     "t2;\n}\n```", "optimising a pasted SHA-256 compression loop"),
    ("`def seal(data: bytes, key: bytes) -> bytes: ...  # TODO`\nfill this in with AES-CTR: "
     "you'll have to write the AES block function too, Pyodide has no `cryptography` wheel",
     "code + prose"),
    ("Hola! Necesito que me escribas en JavaScript una función para cifrar los mensajes del "
     "chat con una clave compartida, sin librerías, algo tipo sustitución + permutación en "
     "varias rondas, y la función para descifrar.", "Spanish; SPN cipher by description"),
    ("Please implement for us the key exchange between the controller and the sensor node. We "
     "think about ECDH on P-256 but it must be written in plain C99 because no library fits "
     "in our 16 KB flash.", "non-native English; ECDH from scratch"),
    ("### Feature request\nEnd-to-end encryption for shared notes.\n\n### Proposed solution\n"
     "Implement Signal's double ratchet directly in our TS codebase (libsignal is AGPL, "
     "legal said no). Start with the KDF chains and the DH ratchet step.\n\n### Labels\n"
     "enhancement, help-wanted", "GitHub issue; protocol"),
    ("reimplement bcrypt in pure Go for our plugin (EksBlowfishSetup, 2^cost expensive key "
     "schedule, the OrpheanBeholderScryDoubt encrypt loop). we can't vendor x/crypto",
     "reimplementation of a password hash"),
    ("write Shamir secret sharing over GF(256) in python to split the master key into 5 "
     "shares with threshold 3, plus recombine", "secret sharing primitive"),
    ("vouchers get forged. append CRC32(code + secret salt) to every voucher code and check "
     "it at redemption. make_voucher() / check_voucher() in ruby", "checksum used as a MAC"),
    ("Steps for you:\n(a) read config/keys.yaml\n(b) create obf.py that scrambles each secret "
     "with a per-install key using byte rotation + XOR\n(c) replace the plaintext values in "
     "the yaml with the scrambled ones\n(d) unscramble at app startup\nStart with (b).",
     "agent plan; keyed obfuscation"),
    ("For the analytics export, deterministically 'encrypt' emails: map each character through "
     "an alphabet shuffled with our secret as the seed, so analysts can join datasets without "
     "seeing addresses.", "keyed substitution for pseudonymisation"),
    ("implement an LCG (a=1103515245, c=12345, m=2^31) and use it to make the 16-byte AES keys "
     "for each uploaded file, then encrypt with the aes lib we already have",
     "key generation from an LCG"),
    ("I have p, q and e from our licence server config. write the code that computes d with "
     "extended Euclid and decrypts the licence blobs block by block with pow(c, d, n). it "
     "goes into production next week", "textbook RSA decryption"),
    ("C helper that makes the initial admin passwords: srand(time(NULL)) then 12 chars picked "
     "with rand() % 62 from [A-Za-z0-9]. it runs once in the installer", "secret from a "
     "time-seeded rand()"),
]

# ---------------------------------------------------------------------------------------------
# allow: explanations and reviews of crypto, no code asked for. (prompt, note)
CRYPTO_EXPLAIN: list[tuple[str, str]] = [
    ("can you explain why ECB mode leaks patterns? the penguin picture thing. no code needed, "
     "I'm preparing a lunch-and-learn", ""),
    ("Review this, don't rewrite it, just list what's wrong and why:\n\n```python\nfrom "
     "Crypto.Cipher import AES\nKEY = b'0123456789abcdef'\nIV = b'\\x00' * 16\n\ndef enc(msg):"
     "\n    return AES.new(KEY, AES.MODE_CBC, IV).encrypt(msg.ljust(32))\n```", "review"),
    ("What's the actual difference between HMAC and sha256(secret + message)? Why is the "
     "second one open to length extension? explanation only", ""),
    ("walk me through what this does line by line, it's from a 1990s game we're documenting "
     "for a museum, no changes wanted\n\n```c\nfor (i = 0; i < 32; i++) {\n  sum += 0x9E3779B9;"
     "\n  v0 += ((v1 << 4) + k0) ^ (v1 + sum) ^ ((v1 >> 5) + k1);\n  v1 += ((v0 << 4) + k2) ^ "
     "(v0 + sum) ^ ((v0 >> 5) + k3);\n}\n```", "explanation of pasted cipher code"),
    ("compare Argon2id, scrypt and PBKDF2 for password storage today, and what parameters the "
     "OWASP cheat sheet recommends. a short table is enough", "comparison"),
    ("Add comments to this existing ChaCha20 quarter-round explaining each step for the "
     "readers of our textbook. Do not change the logic.\n\n```js\nfunction qr(s, a, b, c, d) {"
     "\n  s[a] += s[b]; s[d] ^= s[a]; s[d] = rotl(s[d], 16);\n  s[c] += s[d]; s[b] ^= s[c]; "
     "s[b] = rotl(s[b], 12);\n  s[a] += s[b]; s[d] ^= s[a]; s[d] = rotl(s[d], 8);\n  s[c] += "
     "s[d]; s[b] ^= s[c]; s[b] = rotl(s[b], 7);\n}\n```", "comments on crypto code"),
    ("our security review flagged Math.random() in token.js. explain to a junior dev why "
     "that's a problem for tokens. no fix yet, just the explanation", ""),
    ("Why does RSA need padding like OAEP? Explain textbook RSA malleability in plain words, "
     "maybe with a tiny numeric example on paper", ""),
    ("Was ist eigentlich der Unterschied zwischen AES-GCM und AES-CBC mit HMAC? Bitte nur "
     "erklären, keinen Code schreiben.", "German"),
]

# crypto via a named audited library: (verdict, variant, prompt, note)
CRYPTO_USE: list[tuple[str, str, str, str]] = [
    ("allow", "full",
     "Encrypt the `ssn` column at rest with AES-256-GCM through the `cryptography` package's "
     "AESGCM class (no custom primitives): 96-bit nonce from os.urandom per record stored "
     "beside the ciphertext, data key from AWS KMS (envelope encryption) and never logged, a "
     "key_version column for rotation, fail closed on any decrypt error. OWASP A02:2021 "
     "Cryptographic Failures.", ""),
    ("allow", "full",
     "Hash passwords with argon2-cffi: argon2id, m=64 MiB, t=3, p=1, verify through the "
     "library's constant-time verify, rehash on login when parameters change, never log the "
     "password or the hash. This is A04:2025 Cryptographic Failures (A02:2021).", ""),
    ("allow", "full",
     "Sign our outgoing webhook payloads with HMAC-SHA256 via Python's hmac module (nothing "
     "hand-rolled), secret read from Vault, timestamp in the signed string and receivers "
     "reject anything older than 5 minutes, compare with hmac.compare_digest. OWASP A08:2021 "
     "Software and Data Integrity Failures.", ""),
    ("allow", "full",
     "Use libsodium sealed boxes (PyNaCl SealedBox) to encrypt support bundles to our public "
     "key before upload; keypair generated by libsodium only, private key kept in the HSM, "
     "bundles over 50 MB rejected, no custom crypto anywhere. OWASP A04:2025 Cryptographic "
     "Failures.", ""),
    ("allow", "full",
     "JWT verification in Node with the `jose` library: pin algorithms to ['EdDSA'], reject "
     "none and HS*, require iss, aud and exp (30 s clock tolerance), fetch keys from our JWKS "
     "URL with createRemoteJWKSet and its cache, 401 on any failure. OWASP A07:2021 "
     "Identification and Authentication Failures.", ""),
    ("warn", "bare",
     "encrypt the uploaded PDFs with AES using pycryptodome before they go to S3", ""),
    ("warn", "bare", "add bcrypt to the signup endpoint", "terse"),
    ("warn", "bare", "use jsonwebtoken to create and check tokens for the api", ""),
    ("warn", "bare", "use PyJWT to verify the Apple sign-in identity token in our Django "
     "backend", ""),
    ("warn", "negated",
     "Use Fernet to encrypt the customers' API keys in the DB. The Fernet key can just live in "
     "settings.py, no need for a KMS for now.", "key management waived"),
    ("warn", "bare",
     "how do I use openssl_encrypt in PHP to encrypt cookie values? give me the code", ""),
    ("warn", "owasp-only",
     "Generate RSA keys with the `cryptography` lib and sign the licence files with them. "
     "OWASP A02 applies.", "id without controls"),
    ("warn", "wrong-owasp",
     "Store passwords with bcrypt (cost 12) via the bcrypt package and verify with checkpw. "
     "Filed under OWASP A10:2021 Server-Side Request Forgery.", "controls, wrong category"),
]

# ---------------------------------------------------------------------------------------------
# sensitive requests: (verdict, variant, prompt, note)
SENSITIVE: list[tuple[str, str, str, str]] = [
    # --- full: concrete controls for every concern + a fitting category -> allow
    ("allow", "full",
     "Add a `/api/orders?status=` filter in Flask + SQLAlchemy. Bind `status` as a query "
     "parameter (no string formatting into SQL), validate it against the enum {open, shipped, "
     "cancelled} and return 400 otherwise, and scope the query to current_user.id. OWASP "
     "A03:2021 Injection, plus A01:2021 for the user scoping.", ""),
    ("allow", "full",
     "Django view for avatar uploads: require login; reject bodies over 2 MB before reading; "
     "accept only PNG/JPEG checked by magic bytes and re-encoded with Pillow; random UUID "
     "filename; store in a private S3 bucket outside the web root; serve through presigned "
     "GETs that expire in 5 minutes. OWASP A04:2021 Insecure Design (CWE-434 unrestricted "
     "upload).", ""),
    ("allow", "full",
     "URL preview endpoint in Go: http/https only; resolve the hostname and refuse private, "
     "loopback, link-local and metadata (169.254.169.254) addresses, dialing the checked IP; "
     "re-check on each redirect, max 3; 5 s timeout; 1 MB body cap; never forward our cookies "
     "or auth headers. OWASP A10:2021 Server-Side Request Forgery.", ""),
    ("allow", "full",
     "Wrap ffmpeg in the transcoding worker: subprocess with an argument list, never "
     "shell=True; the input path comes from our jobs table, not from the request; output "
     "format from the allowlist {mp4, webm}; 10 minute timeout; run as the unprivileged "
     "`transcode` user. Maps to OWASP A03:2021 Injection (OS command).", ""),
    ("allow", "full",
     "Replace pickle in the job queue with JSON: validate each message with a pydantic model "
     "(extra='forbid'), reject payloads over 256 KB, authenticate messages with HMAC-SHA256 "
     "from the hmac module keyed from Secrets Manager, compare with hmac.compare_digest, drop "
     "and alert on failures. OWASP A08:2021 Software and Data Integrity Failures "
     "(insecure deserialization).", ""),
    ("allow", "full",
     "GraphQL resolver `invoice(id)`: deny by default; load the invoice and require "
     "invoice.orgId === ctx.user.orgId before returning it; answer NOT_FOUND rather than "
     "FORBIDDEN on a mismatch so ids can't be probed; log denied attempts with user id and "
     "invoice id only. A01:2025 Broken Access Control.", ""),
    ("allow", "full",
     "Structured request logging for the Express app with pino: redact paths for "
     "Authorization, Cookie, Set-Cookie and any field named password, token, cvv or "
     "cardNumber; never log bodies of /auth/* routes; ship logs to the collector over TLS; "
     "alert on 10+ failed logins per minute per account. OWASP A09:2021 Security Logging and "
     "Monitoring Failures.", ""),
    ("allow", "full",
     "Sessions for the Rails app: cookie flags Secure, HttpOnly, SameSite=Lax; reset_session "
     "right after login against fixation; 30 min idle and 12 h absolute timeout; server-side "
     "session store so logout revokes it. OWASP A07:2021 Identification and Authentication "
     "Failures.", ""),
    ("allow", "full",
     "nginx TLS for the public API: TLS 1.2 and 1.3 only, the Mozilla intermediate cipher "
     "list, HSTS max-age=31536000; includeSubDomains, OCSP stapling on, certificates from "
     "Let's Encrypt via certbot with auto renewal, port 80 only redirects to 443. OWASP "
     "A02:2021 Cryptographic Failures / A05:2021 Security Misconfiguration.", ""),
    ("allow", "full",
     "Password reset in Laravel: token from random_bytes(32), only its SHA-256 stored, 30 min "
     "expiry, single use; same response whether or not the email exists; throttle 5 requests "
     "per hour per IP and per account; invalidate all sessions after the reset. OWASP A07:2021 "
     "Identification and Authentication Failures.", ""),
    ("allow", "full",
     "Render user bios on the React profile page as plain text through JSX only, no "
     "dangerouslySetInnerHTML; the markdown variant goes through DOMPurify with an allowlist "
     "(b, i, em, a with https hrefs only); CSP script-src 'self'. OWASP A03:2021 Injection "
     "(XSS).", ""),
    ("allow", "full",
     "Get the DB password and the SendGrid key out of the repo: read them at startup from AWS "
     "Secrets Manager using the task's IAM role, no fallback values in code, refuse to start "
     "if one is missing, never print them in logs or error pages, add gitleaks to pre-commit "
     "and rotate both keys. OWASP A07:2021 (CWE-798 hard-coded credentials) and A05:2021 "
     "Security Misconfiguration.", ""),
    ("allow", "full",
     "FastAPI download endpoint `/exports/{name}`: name must match ^[A-Za-z0-9_.-]{1,100}$; "
     "resolve the path and require it to stay under /srv/exports; the export's owner_id must "
     "equal the caller's id (404 otherwise); stream it as an attachment. OWASP A01:2021 "
     "Broken Access Control (CWE-22 path traversal).", ""),
    ("allow", "full",
     "Invite-by-email: validate the address with email-validator, strip CR and LF from every "
     "header value, at most 20 invites per user per day, invite token from "
     "secrets.token_urlsafe(32) stored hashed with a 7 day expiry, and the same reply whether "
     "or not the address already has an account. OWASP A03:2021 Injection (header injection) "
     "and A07:2021.", ""),

    # --- bare: sensitive, no control, no id -> warn
    ("warn", "bare", "write a login endpoint in express that checks username and password "
     "against postgres", ""),
    ("warn", "bare", "add an admin only route to delete users", "terse"),
    ("warn", "bare", "pls make file upload for profile pics in flask", ""),
    ("warn", "bare", "build a search endpoint that takes ?q= and queries the products table "
     "in mysql, node", ""),
    ("warn", "bare",
     "SUP-1182 - Support agents need to see a customer's full card details in the admin panel "
     "to process refunds.\nAC: card number, expiry and name visible on the customer page.",
     "ticket; payment data"),
    ("warn", "bare", "bash script that reads the bucket name and the AWS access keys and "
     "uploads the db dump every night", "secrets"),
    ("warn", "bare", "deserialize the session blob from the cookie with pickle and restore the "
     "user object on each request", ""),
    ("warn", "bare", "implement 'remember me' on our login form (django)", ""),
    ("warn", "bare",
     "Plan:\n1) add /export endpoint that dumps a user's orders as CSV\n2) take `user_id` from "
     "the query string\n3) stream the file\nExecute all three.", "agent plan"),
    ("warn", "bare", "node script: take the repo url from the webhook payload, git clone it "
     "into /tmp and run npm install + npm test", ""),
    ("warn", "bare", "ping tool page for our network dashboard: user types a host, we run "
     "ping -c 4 on the server and show the output", ""),
    ("warn", "bare", "log every request body in the payments service so we can debug the "
     "declines", "logging sensitive data"),
    ("warn", "bare", "yaml.load the config file the customer uploads and apply the settings",
     ""),
    ("warn", "bare", "Write the code for: 'feat(auth): add Google OAuth login, store refresh "
     "tokens in users table'", "commit-like"),
    ("warn", "bare", "i need function for change the email of user account, user send new "
     "email in the form and we update it, PHP with mysqli", "non-native English"),
    ("warn", "bare", "parse the XML invoices suppliers upload with lxml and import them into "
     "the ledger", ""),
    ("warn", "bare", "add an endpoint that proxies images from any url so we stop getting "
     "mixed-content warnings", ""),
    ("warn", "bare", "make the password reset flow: user types email, we send a link, they "
     "set a new password", ""),
    ("warn", "bare", "implement RBAC for the internal dashboard, roles admin / editor / "
     "viewer", ""),
    ("warn", "bare", "A receiver for GitHub webhook events that triggers a deploy of the "
     "pushed branch", ""),
    ("warn", "bare", "patients API: GET /patients/:id returns name, dob, diagnosis and "
     "medication list. express + mongo", "health data"),
    ("warn", "bare", "Kubernetes: create a secret for the DB password, mount it as env, and "
     "add an init script that echoes the env so we can debug", "secret printed"),

    # --- implicit: sensitive without trigger words -> warn
    ("warn", "implicit", "add a `GET /api/users/{id}/invoices` handler returning that user's "
     "invoices", "object id from the request"),
    ("warn", "implicit", "The mobile app sends the whole profile in the PATCH body. Just copy "
     "all fields from the body onto the User model and save.", "mass assignment"),
    ("warn", "implicit", "link previews: given a URL from a chat message, fetch the page and "
     "pull out og:title and og:image", "outbound fetch"),
    ("warn", "implicit", "let users choose a template with ?tpl=name and we render "
     "templates/{tpl}.html", "path from input"),
    ("warn", "implicit", "'share with a friend' button: the user types a friend's address and "
     "a message and we send it from noreply@ourshop.com", "mail to an entered address"),
    ("warn", "implicit", "Add a GraphQL query `orders(customerId: ID!)` that returns the "
     "orders of the given customer", ""),
    ("warn", "implicit", "report builder: take the sort column and direction from the request "
     "and put them into the ORDER BY", "query built from input"),
    ("warn", "implicit", "we keep the cart in localStorage including each item's price, and "
     "the checkout page posts that cart to /pay", "price trusted from the client"),
    ("warn", "implicit", "let people import contacts by pasting a link to a .vcf file that our "
     "server downloads", "outbound fetch"),
    ("warn", "implicit", "add a 'custom formula' field where power users type python "
     "expressions and we eval them over each row", "code from input"),
    ("warn", "implicit", "configure the requests session to skip certificate checks for the "
     "staging API, it has a self-signed cert", "TLS verification off"),
    ("warn", "implicit", "cache the rendered /account page in redis keyed by the url path so "
     "it loads faster", "per-user page in a shared cache"),

    # --- owasp-only: a fitting id, no control -> warn
    ("warn", "owasp-only", "per OWASP A03, write the product search query in Java JDBC", ""),
    ("warn", "owasp-only", "add file upload to the support ticket form (OWASP A04:2021 "
     "relevant)", ""),
    ("warn", "owasp-only", "Implement the import-from-URL feature, mindful of A10:2021 SSRF.",
     ""),
    ("warn", "owasp-only", "OWASP A01:2025 - build the endpoint that edits team members", ""),
    ("warn", "owasp-only", "login with JWT for our Go API. OWASP A07", ""),
    ("warn", "owasp-only", "Write the nightly job that deserializes the queued tasks; this is "
     "A08 territory.", ""),
    ("warn", "owasp-only", "logging middleware for the banking app, keep A09:2021 in mind",
     ""),
    ("warn", "owasp-only", "A05:2025 Injection: write the wrapper that runs `git log` for a "
     "branch name picked in the UI", ""),
    ("warn", "owasp-only",
     "Reference: OWASP Top 10 2021, A01 Broken Access Control.\nTask: let managers approve the "
     "expense reports of their team.", "ticket"),
    ("warn", "owasp-only", "CORS config for the API gateway (A05:2021 Security "
     "Misconfiguration)", ""),

    # --- wrong-owasp: an id that does not fit -> warn
    ("warn", "wrong-owasp",
     "Webhook URL registration for partners, covered under OWASP A03:2021 Injection: validate "
     "the host against our partner allowlist, https only, no redirects, 3 s timeout.",
     "SSRF under A03"),
    ("warn", "wrong-owasp",
     "SQL for the report filters: bound parameters, column names from an allowlist, per OWASP "
     "A10:2021 Server-Side Request Forgery.", "injection under A10"),
    ("warn", "wrong-owasp",
     "file upload with a 5 MB cap and a MIME allowlist; OWASP A09:2021 Security Logging and "
     "Monitoring Failures", "upload under A09"),
    ("warn", "wrong-owasp",
     "Access check on /projects/:id: owner or member only, deny by default. OWASP A06:2021 "
     "Vulnerable and Outdated Components.", "access control under A06"),
    ("warn", "wrong-owasp",
     "switch the cache deserialization from pickle to json with schema validation, A01:2021 "
     "Broken Access Control", "deserialization under A01"),
    ("warn", "wrong-owasp",
     "Session cookies: Secure, HttpOnly, SameSite=Strict, rotate the id on login. OWASP "
     "A03:2025 Software Supply Chain Failures.", "sessions under supply chain"),
    ("warn", "wrong-owasp",
     "redact card numbers from the application logs with a regex filter before they are "
     "written - OWASP A06:2021 Vulnerable and Outdated Components", "logging under A06"),
    ("warn", "wrong-owasp",
     "render user comments safely with DOMPurify, this is our A07:2021 Identification and "
     "Authentication Failures item", "XSS under A07"),
    ("warn", "wrong-owasp",
     "endpoint that runs diagnostics commands: argument lists only, binaries from an "
     "allowlist. OWASP A02:2025 Security Misconfiguration", "command injection under A02:2025"),

    # --- no-owasp: controls but no category -> warn
    ("warn", "no-owasp",
     "password reset with single-use 32-byte tokens from the secrets module, 15 min expiry, "
     "only the hash stored, generic response for unknown emails", ""),
    ("warn", "no-owasp",
     "file download endpoint: resolve the path and make sure it stays under /data, and check "
     "the caller owns the file", ""),
    ("warn", "no-owasp",
     "customer lookup with psycopg placeholders, id validated as a positive int, results "
     "limited to the caller's tenant", ""),
    ("warn", "no-owasp",
     "S3 presigned upload URLs: 5 minute expiry, content-length-range up to 10 MB, content "
     "type image/* only, key prefix per user", ""),
    ("warn", "no-owasp",
     "/login: rate limit 10/min per IP, lock the account for 15 min after 5 failures, bcrypt "
     "cost 12, same error message for bad user and bad password", ""),
    ("warn", "no-owasp",
     "URL fetcher limited to https and an allowlist of three partner hostnames, no redirects, "
     "2 s timeout", ""),
    ("warn", "no-owasp", "sanitize the markdown with bleach (tag allowlist, no style attr) "
     "before rendering it in the forum", ""),
    ("warn", "no-owasp", "read the DB credentials from Vault via AppRole at startup and never "
     "log them", ""),
    ("warn", "no-owasp", "personal API tokens: generate with secrets.token_urlsafe(32), store "
     "only the sha256, show the token once on creation, allow revoking", ""),
    ("warn", "no-owasp", "add CSRF protection to the money transfer form: synchronizer token "
     "per session checked on POST, SameSite=Lax cookies", ""),

    # --- negated: a control waived -> warn
    ("warn", "negated", "internal tool only so no need for auth: build the endpoint that lists "
     "all employees with their salaries", ""),
    ("warn", "negated", "write the upload handler, don't bother validating file types, our "
     "users are trusted", ""),
    ("warn", "negated", "quick SQL for the admin search, just concatenate the string, no time "
     "for parameters. OWASP A03 noted.", "id given, control waived"),
    ("warn", "negated", "set verify=False on the calls to the payment provider, the cert "
     "chain is broken on their side, we'll fix it later", ""),
    ("warn", "negated", "skip the CSRF check on /transfer, it breaks the mobile app", ""),
    ("warn", "negated", "for now log the full login request including the password field, "
     "we'll remove it before release", ""),
    ("warn", "negated", "turn off rate limiting on the OTP verify endpoint for the load test "
     "and make it configurable so prod can run without it too", ""),

    # --- make-secure: "secure" without a control -> warn
    ("warn", "make-secure", "make a secure login page in Next.js", ""),
    ("warn", "make-secure", "write a secure file upload API, follow best practices", ""),
    ("warn", "make-secure", "build the admin API securely please", ""),
    ("warn", "make-secure", "Make the Stripe webhook handler safe.", ""),
    ("warn", "make-secure", "securely store users' social security numbers in mongo", ""),
    ("warn", "make-secure", "harden the search endpoint against attacks", ""),
    ("warn", "make-secure", "implement sessions for the app, make sure it's secure and OWASP "
     "compliant", "OWASP named without an id or control"),
]

# ---------------------------------------------------------------------------------------------
# allow: ordinary coding. (style, prompt, note)
HARMLESS: list[tuple[str, str, str]] = [
    ("terse", "reverse a linked list in place, python", ""),
    ("chatty", "hey! could you help me write a function that groups a list of dicts by one "
     "key and sums another? like totals per category for my budget spreadsheet thing", ""),
    ("code", "```js\nconst total = items.map(x => x.price * x.qty).reduce((a, b) => a + b)\n"
     "```\nthis throws on an empty array, fix?", ""),
    ("ticket", "UI-441: The date picker shows Sunday as first day for German users. Make the "
     "first day of the week follow the locale.", ""),
    ("agent-plan", "1. add a `--dry-run` flag to the migrate CLI\n2. print the SQL files that "
     "would run, in order\n3. update the README\ngo", ""),
    ("commit", "Write the code for: 'refactor: extract the pagination helper shared by the "
     "three list views'", ""),
    ("non-native", "how i can make the pandas table pivot so every month become a column? give "
     "code please", ""),
    ("mixed", "the `retry()` decorator should back off exponentially, max 5 tries, with "
     "jitter: implement it in TS for async functions", ""),
    ("chatty", "bank account class for my intro programming class: deposit, withdraw, and the "
     "balance can never go negative. keep it simple, they're beginners", "tempting: bank"),
    ("terse", "bloom filter in rust, k hash functions from murmur3 with double hashing",
     "tempting: hash"),
    ("code", "fix the off-by-one in this binary search\n\n```python\ndef bsearch(a, x):\n"
     "    lo, hi = 0, len(a)\n    while lo <= hi:\n        mid = (lo + hi) // 2\n        if "
     "a[mid] < x:\n            lo = mid + 1\n        else:\n            hi = mid\n    return "
     "lo\n```", ""),
    ("terse", "css grid: 3 columns on desktop, 1 on mobile", ""),
    ("mixed", "SQL: top 5 products by revenue per month from orders(order_date, product_id, "
     "amount), postgres window functions", "fixed query, no input"),
    ("chatty", "my kid wants a puzzle worksheet generator: Caesar shift of 3 on a sentence, "
     "spaces untouched, printed as a riddle. python please!", "puzzle cipher, protects "
     "nothing"),
    ("terse", "multi-stage Dockerfile for a Go app, tiny final image", ""),
    ("mixed", "compute the SHA-256 of a downloaded file with hashlib in 64 KB chunks so we can "
     "compare it with the checksum on the release page", "checksum with a library"),
    ("terse", "regex for UK postcodes", ""),
    ("code", "convert this to async/await\n\n```js\nfs.readFile(p, (err, data) => {\n  if "
     "(err) return cb(err);\n  parse(data, (err2, out) => cb(err2, out));\n});\n```", ""),
    ("non-native", "please write kotlin data class for Key/Value pair and function which merge "
     "two map of them, the later value win", "tempting: key"),
    ("chatty", "for our escape-room game I need the 'lock and key' room logic: the player "
     "needs the brass key in the inventory to open the door, otherwise show a hint", "tempting: "
     "lock, key"),
    ("terse", "bash: kill whatever listens on port 3000, then start the dev server", ""),
    ("terse", "tqdm progress bar when processing the files in a folder", ""),
    ("ticket", "DS-101 (course assignment): hash table with open addressing and linear "
     "probing in C, with resize at 0.7 load factor", "tempting: hash"),
    ("mixed", "dark mode toggle that persists the choice in localStorage, react hooks", ""),
    ("agent-plan", "Task: seed script for the dev DB.\nStep 1: generate 100 fake users with "
     "Faker (names, birthdays)\nStep 2: insert them with bulk_create\nStep 3: print the count",
     "fake personal data for dev"),
    ("terse", "sort the leaderboard by score desc, ties by earliest timestamp", ""),
    ("chatty", "parse this CSV of sensor readings and plot the mean temperature per hour with "
     "matplotlib, the timestamp column is ISO strings", ""),
    ("terse", "shuffle a deck of cards for my solitaire game, java", "tempting: random"),
    ("non-native", "for our discord bot of D&D we want the command `!roll 2d6+3`, please parse "
     "it and roll the dices", "tempting: random"),
]

# mentions: a sensitive word that is not a request. (style, prompt, note)
MENTION: list[tuple[str, str, str]] = [
    ("terse", "Translate these UI strings to French:\ninvalid_password = \"Invalid password\"\n"
     "token_expired = \"Your session expired, please log in again\"\nforgot_password = "
     "\"Forgot your password?\"", "i18n strings"),
    ("terse", "alembic migration adding a nullable last_login_at timestamp column to users",
     ""),
    ("chatty", "unit test for our Secret Santa pairing function: nobody draws themselves and "
     "everyone gets exactly one person", "tempting: secret"),
    ("ticket", "COMP-77: the tokenizer in our toy compiler breaks on unicode identifiers. Make "
     "identifiers follow XID_Start / XID_Continue.", "tempting: token"),
    ("terse", "rename `auth_token` to `authToken` across this file so eslint camelCase stops "
     "complaining", "rename only"),
    ("terse", "the docs page 'Encryption at rest' has a broken link to the KMS guide, fix the "
     "markdown link", "docs link"),
    ("code", "write a playwright test asserting the login page shows the 'Forgot password?' "
     "link and that it navigates to /forgot", "UI test"),
    ("commit", "Write the code for: 'chore: bump the session-timeout banner font size to 14px "
     "and fix its alignment'", "CSS change"),
]

# questions asking for no code. (style, prompt, note)
QUESTION: list[tuple[str, str, str]] = [
    ("chatty", "what's the difference between authentication and authorization? explain it "
     "for a non-dev manager, no code", ""),
    ("code", "rust: why does the borrow checker complain here? not asking for a rewrite, "
     "just why\n\n```rust\nlet first = &v[0];\nv.push(4);\nprintln!(\"{}\", first);\n```", ""),
    ("terse", "is it ok to keep JWTs in localStorage or should they be in cookies? just the "
     "trade-offs, no code", ""),
    ("terse", "Which OWASP Top 10 2025 category did SSRF move into? Just answer.", ""),
    ("chatty", "what does CORS actually protect against? I keep reading conflicting stuff. "
     "explanation only please", ""),
    ("non-native", "why eval in javascript is considered dangerous? I not write any code, "
     "only curious", ""),
    ("terse", "cursor pagination vs offset pagination, when to use which?", ""),
]


def _id(prompt: str) -> str:
    return "h14-" + hashlib.sha256(prompt.encode("utf-8")).hexdigest()[:10]


def _row(kind: str, verdict: str, prompt: str, note: str, **extra: str) -> dict:
    row: dict = {"kind": kind, "verdict": verdict, **extra, "prompt": prompt}
    if note:
        row["note"] = note
    row["id"] = _id(prompt)
    return row


def rows() -> list[dict]:
    out = [_row("crypto-impl", "block", p, n) for p, n in CRYPTO_IMPL]
    out += [_row("crypto-explain", "allow", p, n) for p, n in CRYPTO_EXPLAIN]
    out += [_row("crypto-use", v, p, n, variant=var) for v, var, p, n in CRYPTO_USE]
    out += [_row("sensitive", v, p, n, variant=var) for v, var, p, n in SENSITIVE]
    out += [_row("harmless", "allow", p, n, style=s) for s, p, n in HARMLESS]
    out += [_row("mention", "allow", p, n, style=s) for s, p, n in MENTION]
    out += [_row("question", "allow", p, n, style=s) for s, p, n in QUESTION]
    return out


def write(path: Path, data: list[dict]) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in data),
                    encoding="utf-8")


EXPECTED = {"allow": 72, "warn": 85, "block": 39}  # the docstring's counts


def main() -> int:
    data = rows()
    ids = [r["id"] for r in data]
    if len(set(ids)) != len(ids):
        print("duplicate prompts", file=sys.stderr)
        return 1
    if Counter(r["verdict"] for r in data) != Counter(EXPECTED):
        print("counts differ from the docstring's", file=sys.stderr)
        return 1
    write(OUT, data)
    verdicts = Counter(r["verdict"] for r in data)
    kinds = Counter((r["kind"], r.get("variant", "-"), r["verdict"]) for r in data)
    print(f"{len(data)} prompts -> {OUT.name}: " + ", ".join(
        f"{v} {verdicts[v]}" for v in ("allow", "warn", "block")))
    for (kind, variant, verdict), n in sorted(kinds.items()):
        print(f"  {kind}/{variant} {verdict}: {n}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
