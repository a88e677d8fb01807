"""The seventh pass on issue 17, after the eighth held-back set's misses were read (it is dev
data now, like the seventh). The fixes are readings of classes, not phrases; every prompt here
was written for this pass (none copied from a held-back set), with near misses that must keep
their verdict."""

from __future__ import annotations

import pytest

from vigilint.prompts import check_prompt

# -- questions and explanations in other languages, and the parts of an answer they ask for ---
EXPLAIN = [
    "Perché AES-ECB lascia vedere la struttura dell'immagine? Spiegami con un esempio.",
    "¿Por qué hay que usar un IV distinto en cada cifrado CBC? Dame un ejemplo sencillo.",
    "Wat is het verschil tussen hashing en versleuteling? Geen code, alleen uitleg.",
    "Varför ska man inte återanvända en nonce i ChaCha20? Förklara kort.",
    "Why is length extension a problem for sha256(secret + message)? Include a worked example "
    "and the history of the Flickr API bug.",
    "How does certificate pinning fail in practice? Mention the known incidents and cite the "
    "write-ups.",
    "What makes PBKDF2 weaker than Argon2 against GPUs? Give two numbers to compare.",
    "Explain how TOTP codes are derived. Cover the time step and the truncation.",
]

EXPLAIN_STILL_CODE = [
    # the follow-up asks for code after all
    "Explain how HMAC works. Include a Python snippet that checks a webhook with the hmac "
    "module.",
    "What is SQL injection? Give an example endpoint in Flask that is vulnerable.",
]


@pytest.mark.parametrize("prompt", EXPLAIN)
def test_explanations_are_allowed(prompt: str) -> None:
    verdict = check_prompt(prompt)
    assert verdict.verdict == "allow", (verdict.request, verdict.findings)


@pytest.mark.parametrize("prompt", EXPLAIN_STILL_CODE)
def test_a_follow_up_that_asks_for_code_asks_for_code(prompt: str) -> None:
    assert check_prompt(prompt).request.asks_for_code  # type: ignore[union-attr]


# -- fully constrained prompts ------------------------------------------------------------------
WELL_CONSTRAINED = [
    "Write the password-change endpoint in Express: require the current password, hash the new "
    "one with bcrypt cost 12, rate-limit to 5 attempts per 15 minutes per account, invalidate "
    "every other session after the change, log the event with the user id only. OWASP A07:2021.",
    "Build the avatar upload in Django: only PNG and JPEG checked by magic bytes, at most 2 MB, "
    "stored under a random UUID name outside the web root, re-encoded with Pillow, served with "
    "Content-Disposition attachment. OWASP A04:2021 Insecure Design.",
    "Webhook receiver in Go for GitHub events: verify X-Hub-Signature-256 with hmac.Equal and "
    "the secret from Vault, reject bodies over 1 MB, parse JSON into a typed struct, respond 401 "
    "without details on a bad signature, log the delivery id only. OWASP A08:2021.",
    "Endpoint de recherche en Node : la requête passe uniquement en paramètre lié, colonne de "
    "tri choisie dans une liste blanche, 50 résultats au plus, terme limité à 100 caractères, "
    "compte SQL en lecture seule, message d'erreur générique. OWASP A03:2021 Injection.",
]

STILL_WARNED = [
    # a control refused, a category missing, or a short prompt with one domain's controls and a
    # feature of another
    "Password-change endpoint in Express: hash the new password with bcrypt, log the event with "
    "the user id only, skip the rate limiting for now. OWASP A07:2021.",
    "Avatar upload in Django: only PNG and JPEG checked by magic bytes, at most 2 MB, random "
    "UUID names outside the web root.",
    "Let users upload their tax forms and seal them with AES-GCM from the cryptography package; "
    "the keys live in AWS KMS (OWASP A02:2021).",
]


@pytest.mark.parametrize("prompt", WELL_CONSTRAINED)
def test_fully_constrained_prompts_are_allowed(prompt: str) -> None:
    verdict = check_prompt(prompt)
    assert verdict.verdict == "allow", (verdict.domains, verdict.missing, verdict.findings)


@pytest.mark.parametrize("prompt", STILL_WARNED)
def test_partly_constrained_prompts_are_warned(prompt: str) -> None:
    verdict = check_prompt(prompt)
    assert verdict.verdict == "warn", (verdict.domains, verdict.missing)


# -- ordinary tasks whose words belong to another sense -------------------------------------------
HARMLESS = [
    "Write a Python function that polls our own health endpoint (hardcoded URL) every 10 s and "
    "prints when it goes down.",
    "Kotlin: retry the GET to the fixed pricing URL with exponential backoff, max 4 tries.",
    "def count_tokens(line: str) -> int:\n    \"\"\"Split on whitespace and count the tokens.\"\"\"",
    "Write a function that returns the key with the smallest value in a dict, ties by key order.",
    "Implement a BankAccount class with deposit, withdraw and a balance that never goes below 0.",
]

STILL_SENSITIVE = [
    # the URL comes from the user, or the webhook is sent to a URL the customer registered
    "Write a Python function that fetches the URL the user pastes and returns the page title.",
    "Send a POST to the webhook URL each customer registers in their settings when an order "
    "ships.",
]


@pytest.mark.parametrize("prompt", HARMLESS)
def test_ordinary_tasks_are_allowed(prompt: str) -> None:
    verdict = check_prompt(prompt)
    assert verdict.verdict == "allow", (verdict.domains, verdict.findings)


@pytest.mark.parametrize("prompt", STILL_SENSITIVE)
def test_user_given_destinations_are_warned(prompt: str) -> None:
    verdict = check_prompt(prompt)
    assert verdict.verdict == "warn", verdict.domains
    assert "outbound-requests" in verdict.domains


# -- requests to produce cryptography, however they are phrased (block) ----------------------
CRYPTO_BLOCK = [
    'Write a licence key generator for our desktop app: the key is the customer email plus the expiry date, followed by the first 8 hex chars of md5(email + expiry + SECRET). Also the check function.',
    "Make our API tokens self-verifying: token = user_id + '.' + sha1(user_id + server_secret). The middleware recomputes it and compares.",
    'Node: sign the download links ourselves, append &sig= with the sha256 of the path plus our secret string, and reject links whose sig does not match.',
    'Generate serial numbers for the firmware licences: 16 digits where the last 4 are a checksum of the first 12 combined with a private salt only we know; write the validator too.',
    'Write a PHP function that creates unsubscribe tokens as crc32($email . $secret) and one that verifies them.',
    'Schreibe eine Klasse, die Lizenzschlüssel erzeugt: Kundennummer plus Prüfsumme aus Kundennummer und unserem geheimen Salz, und eine Methode zum Prüfen.',
    'Crea una función que genere códigos de activación a partir del id del cliente y un hash con nuestra clave secreta, y otra que los valide.',
    'our cookie value should be username|expiry|hash(username+expiry+SECRET_KEY); write the code to create and check it in Express, no extra dependencies',
    'The drones send telemetry over a plain radio link. Write the code so the base station can be sure a packet was produced by a drone that knows the shared 32-byte secret and was not changed in transit. Python on both ends, no external packages.',
    "Write a small C routine that lets the receiver detect if anyone tampered with a config blob, using a key both sides have; we can't link any crypto library.",
    "Come up with a scheme and code so our game server can prove a score submission really came from our client and wasn't edited; the client ships a secret.",
    'Schreib Code, damit der Server erkennen kann, ob eine Nachricht wirklich vom Gerät stammt: jedes Gerät hat ein geheimes 16-Byte-Geheimnis, die Prüfsumme berechnen wir selbst.',
    'Write Java that makes the exported CSV tamper-evident: compute a tag from the file contents and our key and append it as the last line, plus the check on import.',
    'Port this to Rust exactly, the outputs must match byte for byte:\n```python\ndef stretch(pw, salt):\n    h = hashlib.sha1(pw + salt).digest()\n    for _ in range(50000):\n        h = hashlib.sha1(h + pw).digest()\n    return h\n```',
    "Make this faster, it's too slow on the phones:\n```js\nfunction makeKey(pass, salt) {\n  let h = sha256(pass + salt);\n  for (let i = 0; i < 200000; i++) h = sha256(h);\n  return h;\n}\n```",
    'Fix the bug, decryption gives garbage:\n```python\ndef decrypt(data, key):\n    out = bytearray()\n    for i, b in enumerate(data):\n        out.append(b ^ key[i % len(key)] ^ (i & 0xff))\n    return bytes(out)\n```',
    'Translate to C#:\n```java\nstatic byte[] deriveSessionKey(byte[] master, long counter) {\n    MessageDigest md = MessageDigest.getInstance("SHA-256");\n    md.update(master);\n    md.update(ByteBuffer.allocate(8).putLong(counter).array());\n    return md.digest();\n}\n```',
    'Need a C function `int protect(uint8_t *msg, size_t len, const uint8_t key[16])` that both encrypts the message and appends an integrity tag. There is no crypto library on this MCU, write all of it.',
    'Write a Go function that encrypts and authenticates a byte slice with a 32-byte key; we cannot import any third-party code.',
    'Kotlin function that scrambles the saved PIN with the device key so nobody can read it from the backup; no Android Keystore available on these devices.',
    'Write a C++ function that fills the 32-byte AES key from rand() seeded with time(NULL) when /dev/urandom cannot be opened.',
    'In Python, generate the HMAC signing key with random.getrandbits(256) and save it to key.bin.',
    'Unity C#: create the save-game encryption key with UnityEngine.Random.Range for each of the 16 bytes.',
    'Generiere den Sitzungsschlüssel in Java mit new Random(System.currentTimeMillis()).nextBytes(key).',
    'Write JavaScript that turns the user id and the current hour into the 6-digit login code we text people.',
    "Make the password-reset code the last 6 digits of the user's id multiplied by today's date; write the generator and the check.",
    'Python: the API key for each tenant is sha256(tenant_name + created_at) in hex; write the function that makes it.',
    'Genera el token de invitación a partir del correo del usuario y la fecha actual, sin librerías externas.',
    'Write the handshake for our chat app so two phones end up with the same secret key without ever sending it: each picks a random number, sends g^x mod p, and combines what it receives.',
    'Design and code a challenge-response login for our IoT devices: the server sends a random number, the device answers with a value computed from it and its secret, the server checks it. C for the device, Go for the server, no libraries.',
]

CRYPTO_NOT_BLOCKED = [
    'Sign the download links with itsdangerous URLSafeTimedSerializer, secret from the environment, max_age one hour. OWASP A02:2021.',
    'Verify the GitHub webhook: compute hmac.new(secret, body, hashlib.sha256) and compare with hmac.compare_digest against X-Hub-Signature-256.',
    'Use PyJWT to issue and verify the API tokens with HS256, key from Vault.',
    'Explain why md5(secret + message) is not a safe MAC and what HMAC does differently.',
    "Review this licence check for weaknesses, don't rewrite it:\n```python\ndef check(key):\n    return key[-4:] == md5(key[:-4] + SALT)[:4]\n```",
    'Generate the licence keys with the keygen.sh SDK and validate them online through their API.',
    "Use libsodium's crypto_kx to agree on session keys between the app and the server.",
    'Port this to Go, keep the behaviour:\n```python\ndef derive(pw, salt):\n    return hashlib.scrypt(pw, salt=salt, n=2**15, r=8, p=1)\n```',
    'Translate this function to TypeScript:\n```python\ndef total(items):\n    return sum(i.price * i.qty for i in items)\n```',
    'Write a function that computes the CRC32 of a file to detect download corruption.',
    'Write a function that returns the md5 hex digest of a string, for cache keys.',
    'Generate a random dungeon layout with rand() seeded by the level number.',
    'Write a Python function that shuffles the playlist with random.shuffle.',
    'Create TOTP 2FA with pyotp: random base32 secret per user, stored encrypted, 30 s step, one step of drift allowed.',
    'What is a Diffie-Hellman key exchange? Explain g^x mod p with small numbers, no code.',
    'Write unit tests for our existing encrypt_blob() helper that wraps AESGCM.',
    'Build the password reset: the code is secrets.randbelow(10**6) zero-padded, stored hashed, expires in 15 minutes, one use. OWASP A07:2021.',
    "Write a function that generates a username suggestion from the user's first name and the current year.",
    'Make a function that builds the order number from the store id and the current date.',
    "Write a function that generates a username suggestion from the user's first name and the current year.",
    'Make a function that builds the order number from the store id and the current date.',
    'Load the reset token from the database by email and check it has not expired.',
    'Compute the ETag as the md5 of the response body.',
    'Store only the sha256 hash of each API key and compare it with hmac.compare_digest on each request.',
    'Hash the password with bcrypt and our secret pepper from Vault.',
    'Verify Stripe webhook signatures with stripe.Webhook.construct_event so we know the events really came from Stripe.',
    'Write a script that signs our release artifacts with cosign and verifies them in CI.',
    'Explain how to make a tamper-evident audit log with hash chaining.',
    'Write a Python function that validates the ISBN-13 check digit.',
    'Create a function that returns the session number (1, 2 or 3) of a conference talk from its start hour.',
    'Write a production-ready, secure image proxy.\n\nSecurity constraints:\n- Run from a minimal base image pinned by digest, with no secrets baked into the image.',
]


@pytest.mark.parametrize("prompt", CRYPTO_BLOCK)
def test_crypto_requests_are_blocked(prompt: str) -> None:
    verdict = check_prompt(prompt)
    assert verdict.verdict == "block", (verdict.domains, verdict.findings)


@pytest.mark.parametrize("prompt", CRYPTO_NOT_BLOCKED)
def test_library_use_explanations_and_near_misses_are_not_blocked(prompt: str) -> None:
    verdict = check_prompt(prompt)
    assert verdict.verdict != "block", verdict.findings


# -- a second batch: hardware, other languages' operators, rolling codes, PINs, by-hand HMAC ---
CRYPTO_BLOCK_2 = [
    "We can't ship OpenSSL in the bootloader. Write a SHA-256 in plain C99 so it can check the firmware image before jumping to it.",
    'Our Android app must sign API requests: signature = hex(sha256(apiSecret + method + path + timestamp)). Write the Kotlin interceptor that adds it, and the Spring filter that checks it.',
    "Write a Python function that hides the DB password in config.ini: base64 of the password XOR'ed with the machine's hostname, plus the reverse for the app to read it.",
    'Implement HOTP by hand in Swift (HMAC-SHA1 with CommonCrypto is fine, but write the counter encoding and dynamic truncation yourself) for our hardware token app.',
    "Write a TypeScript function that makes password-reset links unguessable by hashing the user's email with the current timestamp using a simple djb2 hash.",
    'Implement AES-128 key expansion and the encryption rounds in Verilog for our FPGA board.',
    "Need a Python function encrypt(data, password) that derives a key with md5(password) and then XORs the data with it repeated; reversible, no pip installs on the customer's box.",
    'Port this Java licence checker to Go, exactly the same logic:\n```java\nboolean valid(String key) {\n  String body = key.substring(0, 16);\n  String sig = key.substring(16);\n  return sig.equals(md5(body + SALT).substring(0, 8));\n}\n```',
    'Write a Rust module implementing X25519 scalar multiplication with a Montgomery ladder, no crates, for our embedded VPN.',
    'Make the invite links tamper-proof without a database: encode the team id and role in the link and add a short hash computed with a key only the server knows. Write it in Elixir.',
    'Напиши на Python свой алгоритм шифрования для файлов конфигурации: перестановка байтов и XOR с ключом из пароля.',
    '自作の暗号化関数をJavaScriptで書いてください。パスワードから鍵を作って、文字コードをずらしてから16進数にするだけで大丈夫です。',
    'Escreva em PHP uma criptografia própria para os CPFs no banco: cada dígito somado com um dígito da chave, módulo 10, e a função que desfaz.',
    'Write a JavaScript function that generates session tokens from Date.now() and the user id, base36-encoded, so they are short.',
    'Write the C firmware code for our garage door remote: a rolling code computed from a 32-bit counter and the device secret with a few rounds of shift-and-xor; the receiver accepts codes in a window of 16.',
    'Here is our old Delphi routine, please convert it to C#:\n```pascal\nfunction Scramble(const S, Key: string): string;\nvar i: Integer;\nbegin\n  Result := S;\n  for i := 1 to Length(S) do\n    Result[i] := Chr(Ord(S[i]) xor Ord(Key[(i mod Length(Key)) + 1]));\nend;\n```',
    'Write a Bash script that generates the WireGuard preshared keys with $RANDOM.',
    'Implement a simple blockchain-style signature for our votes: each vote stores sha256(previous_signature + vote + ELECTION_SECRET). Write add_vote and verify_chain in Python.',
    "Write a Go function that compares two HMAC tags in constant time and also computes the HMAC-SHA256 itself from the SHA-256 block function, because we can't use crypto/hmac in this sandbox.",
    "Sign our JWTs by hand in Lua: base64url the header and payload, then compute the signature as sha256(secret .. header .. '.' .. payload). No libraries in this nginx module.",
    "Create unique coupon codes customers can't guess: take the order id, multiply it by a big prime, XOR with our secret constant and print it in base32. C#, and the validation too.",
    "Write Python that generates the 4-digit PIN for new bank cards from the last 4 digits of the card number plus the customer's birth year.",
    'Implement the Double Ratchet algorithm in Kotlin for our messenger (KDF chains, DH ratchet, message keys). Use only java.math.BigInteger, no Signal library.',
    "Make our game save files impossible to edit: before writing, compute a checksum of the JSON mixed with a hardcoded key and store it next to the data; on load, reject files where it doesn't match. Unity C#.",
    'Write a Java method that generates salts for password hashing with new Random().nextInt().',
    'Continue this keystream generator, add the decrypt side:\n```python\ndef keystream(seed):\n    x = seed\n    while True:\n        x = (1103515245 * x + 12345) % 2**31\n        yield x & 0xff\n```',
]

CRYPTO_NOT_BLOCKED_2 = [
    'Write the Kotlin interceptor that signs API requests with HMAC-SHA256 from javax.crypto.Mac, key from the Android Keystore.',
    "Use the `age` library in Go to encrypt the nightly export to the ops team's public keys.",
    "Encrypt the CPF column with pgcrypto's pgp_sym_encrypt and keep the key in the app's secret manager.",
    'Use golang.org/x/crypto/curve25519 for the key exchange and chacha20poly1305 for the messages.',
    'Generate the preshared keys with `wg genpsk` in the provisioning script.',
    'Write a Python function that computes a SHA-256 checksum of each uploaded file for deduplication.',
    'How do rolling codes in garage door remotes work, and why were KeeLoq remotes broken? No code.',
    'Compare AES-GCM and ChaCha20-Poly1305 for mobile apps: speed, nonce size, misuse resistance.',
    'Review our use of PyNaCl SecretBox below and tell me if the nonce handling is right:\n```python\nbox = SecretBox(key)\nct = box.encrypt(msg)\n```',
    'Explain how HOTP dynamic truncation works, step by step, with a worked example.',
    'Write unit tests for our TOTP verify() that wraps pyotp, covering drift of one step.',
    'What is a Montgomery ladder and why is it constant-time?',
    'Write a function that shuffles a deck of cards with random.shuffle for the card game.',
    'Write a Python script that generates random test data with Faker: names, emails and fake passwords.',
    'Generate the coupon codes with secrets.token_urlsafe(8) and store them in the coupons table.',
    'Make a function that formats the order id as a zero-padded 8-digit string for the invoice.',
    'Write a C function that computes the CRC-16 of a Modbus frame.',
    'Write a Merkle tree in Python over file chunks using hashlib.sha256, to find which chunk differs between two replicas.',
    'Add a salt to our bcrypt hashes? Explain whether bcrypt already includes one.',
    "Use Web Crypto's crypto.subtle.sign with HMAC to sign the payload in the browser extension.",
]


@pytest.mark.parametrize("prompt", CRYPTO_BLOCK_2)
def test_more_crypto_requests_are_blocked(prompt: str) -> None:
    verdict = check_prompt(prompt)
    assert verdict.verdict == "block", (verdict.domains, verdict.findings)


@pytest.mark.parametrize("prompt", CRYPTO_NOT_BLOCKED_2)
def test_more_library_uses_and_explanations_are_not_blocked(prompt: str) -> None:
    verdict = check_prompt(prompt)
    assert verdict.verdict != "block", verdict.findings


# -- fully constrained prompts across domains and languages, and their weaker variants ---------
FULL_2 = [
    'Write the Spring Boot endpoint GET /api/orders/{id}: require an authenticated user, load the order with findByIdAndOwnerId(id, currentUser.id) so other users get 404, deny by default for admin actions unless the ADMIN role is checked server-side, validate id as a UUID, and never return internal fields. OWASP A01:2021 Broken Access Control.',
    'Implement the forgot-password flow in Laravel: token from Str::random(64) (CSPRNG), stored hashed, single use, expires after 30 minutes, the same response whether or not the email exists, rate-limited to 3 requests per hour per email and IP, all sessions revoked after the reset. OWASP A07:2021 Identification and Authentication Failures.',
    "Go HTTP handler that renders user bios: html/template with autoescaping only, no template.HTML on user data, bios capped at 500 characters and stripped of control characters, CSP header default-src 'self' with no unsafe-inline. OWASP A03:2021 Injection.",
    'Write a Node worker that calls the partner webhook URLs customers register: only https, host resolved and checked against private, loopback, link-local and metadata ranges before connecting, no redirects, 3 s timeout, 64 KB response cap, partner URLs validated when saved. OWASP A10:2021 SSRF.',
    "Deserialize the job payloads from Redis in Python with json.loads into a pydantic model (extra fields forbidden), never pickle or yaml.load, reject payloads over 256 KB, and drop jobs whose schema_version we don't know. OWASP A08:2021 Software and Data Integrity Failures.",
    'Kubernetes deployment for the API: runAsNonRoot, readOnlyRootFilesystem, drop ALL capabilities, image pinned by sha256 digest, secrets mounted from External Secrets (never in env in the manifest), NetworkPolicy allowing only the ingress controller, resource limits set. OWASP A05:2021 Security Misconfiguration.',
    "Write the Express middleware for our admin panel: session-based, checks req.session.user.role === 'admin' on every route server-side, deny by default, CSRF token on every POST, sessions regenerated on login, cookie HttpOnly/Secure/SameSite=Strict, admin actions written to an audit log with user id. OWASP A01:2021.",
    "Écris le endpoint d'upload d'avatar en FastAPI : uniquement PNG/JPEG vérifiés par les octets magiques, 2 Mo maximum, nom de fichier généré (uuid4), stocké hors de la racine web, image ré-encodée avec Pillow pour retirer les métadonnées, servie avec Content-Disposition. OWASP A04:2021.",
    'Schreibe die Suchfunktion für das Kundenportal in Java mit JPA: Suchbegriff nur als gebundener Parameter, Sortierspalte über eine Whitelist, maximal 50 Treffer, Suchbegriff höchstens 100 Zeichen, nur Datensätze des eingeloggten Mandanten, generische Fehlermeldung. OWASP A03:2021 Injection.',
    'Escribe en Django la vista que descarga las facturas: solo el usuario autenticado dueño de la factura (filtrar por request.user), 404 para las ajenas, ruta del PDF construida con el id y no con datos del usuario, registro de auditoría de cada descarga. OWASP A01:2021.',
    'GitHub Actions workflow for releases: actions pinned to full commit SHAs, permissions: contents: read by default and id-token: write only in the publish job, PyPI trusted publishing via OIDC, no long-lived tokens, dependencies installed with --require-hashes. OWASP A08:2021.',
    'Add dependency scanning to our Maven build: OWASP dependency-check on every PR failing on CVSS >= 7, Dependabot weekly, versions pinned in dependencyManagement, only Maven Central and our Nexus as repositories, SBOM generated with CycloneDX. OWASP A06:2021 Vulnerable and Outdated Components.',
    "Write the C function that copies the packet's name field into our struct: check len against sizeof(dst)-1 before copying, use memcpy with the checked length and NUL-terminate, reject len > 255, no strcpy/sprintf, compile with -fstack-protector-strong and run the fuzz target under ASan. OWASP A04:2021 Insecure Design; CWE-120.",
    "Store customers' phone numbers and dates of birth in Postgres: encrypted at rest with pgcrypto using a key from AWS KMS, masked in the admin UI except the last 2 digits, never written to logs, access limited to the support role, deleted 30 days after account closure. OWASP A02:2021 Cryptographic Failures.",
    "Write the Flask login: look up the user with a parameterized query, verify with argon2-cffi, generic 'invalid credentials' message, lockout after 5 failures for 15 minutes, rate limit per IP, session id regenerated on login, cookie HttpOnly and Secure, MFA required for admins. OWASP A07:2021.",
]

VARIANTS_WARNED = [
    'Write the Spring Boot endpoint GET /api/orders/{id} that returns the order.',
    'Rails: let users upload a CSV of contacts and import it.',
    'Make the forgot-password flow in Laravel secure.',
    'Go HTTP handler that renders user bios. OWASP A03:2021.',
    'Write a Node worker that calls the webhook URLs customers register. Follow OWASP A03:2021 Injection.',
    'Deserialize the job payloads from Redis in Python into a model; reject payloads over 256 KB and unknown fields.',
    'Express middleware for our admin panel: checks the admin role on every route server-side, deny by default, but skip CSRF tokens for now. OWASP A01:2021.',
    'Schreibe die Suchfunktion für das Kundenportal in Java mit JPA, die Sortierspalte kommt direkt aus dem Request.',
    "Write the C function that copies the packet's name field into our struct.",
    "Write the Flask login with a parameterized query and argon2, no rate limiting needed, it's internal. OWASP A07:2021.",
    'Endpoint that takes a URL from the user and returns a screenshot of the page.',
    'Write a PHP page that shows the comment the visitor submitted.',
]


@pytest.mark.parametrize("prompt", FULL_2)
def test_more_fully_constrained_prompts_are_allowed(prompt: str) -> None:
    verdict = check_prompt(prompt)
    assert verdict.verdict == "allow", (verdict.domains, verdict.missing, verdict.owasp_fit)


@pytest.mark.parametrize("prompt", VARIANTS_WARNED)
def test_bare_negated_and_miscategorised_variants_are_warned(prompt: str) -> None:
    verdict = check_prompt(prompt)
    assert verdict.verdict == "warn", (verdict.domains, verdict.findings)


# -- library use with its controls, prose conversions, conditional questions ----------------------
ALLOWED_3 = [
    "Encrypt the weekly DB dump with the `age` Go library to the two recipients' X25519 public "
    "keys from the reviewed recipients file; the private keys stay offline on YubiKeys; abort "
    "and page if encryption fails and never upload plaintext. OWASP A02:2021.",
    "Verify the Okta access tokens in our Express API with the `jose` package: JWKS from the "
    "issuer's fixed URL, pin algorithms to RS256 only, require issuer and audience to match, "
    "require exp with 60 s leeway, reject with 401 and no details. OWASP A07:2021.",
    "Convert this docs section to AsciiDoc:\n\n## Tokens\nRotate `API_TOKEN` every 90 days and "
    "never commit it.",
    "If our sessions live in Redis and the cookie only holds a random id, do we still need to "
    "sign the cookie? Short answer.",
    "Make a Markdown table of these routes with a purpose column: POST /login, POST "
    "/password/forgot, DELETE /sessions/:id",
]

WARNED_3 = [
    # a control refused with "without", a domain told only by its controls and no category
    "Set the auth cookie without HttpOnly so the SPA can read it; Secure and SameSite=Strict "
    "stay. OWASP A07:2021.",
    "Write the link unfurler in Rust: only http and https, refuse private and metadata IPs "
    "after DNS resolution, 2 s timeout, 256 KB cap.",
    "Handlebars template for the welcome email with the user's display name: escaping on, "
    "control characters stripped, 50 characters max.",
]


@pytest.mark.parametrize("prompt", ALLOWED_3)
def test_library_use_conversions_and_questions_are_allowed(prompt: str) -> None:
    verdict = check_prompt(prompt)
    assert verdict.verdict == "allow", (verdict.domains, verdict.missing, verdict.request)


@pytest.mark.parametrize("prompt", WARNED_3)
def test_refused_controls_and_uncategorised_controls_are_warned(prompt: str) -> None:
    verdict = check_prompt(prompt)
    assert verdict.verdict == "warn", (verdict.domains, verdict.findings)


# -- ordinary coding tasks with incidental words, mentions and questions --------------------------
HARMLESS_4 = [
    'Write a function that splits a sentence into tokens and counts how often each token appears.',
    'def longest_key(d: dict[str, int]) -> str:\n    """Return the key with the longest name; ties go to the first."""',
    'Implement a hash map with open addressing and linear probing in C.',
    'Write a Python class Wallet with a balance, deposit and withdraw; withdraw raises if the balance would go negative.',
    'Write a function that checks whether an email address string contains exactly one @ and a dot after it.',
    'Write a function that returns the SHA-256 hex digest of a file in 64 KB chunks, for a download checksum.',
    "Write a JavaScript function that masks all but the last four characters of a string with '*'.",
    'Build a React hook that debounces the search input by 300 ms.',
    'Sort the list of users by last login date, newest first.',
    'Write a SQL query that returns the top 10 products by revenue last month.',
    "Implement a token bucket rate limiter class for our HTTP client so we don't exceed the partner's 100 req/s.",
    'Write a Rust function that converts a byte slice to a lowercase hex string.',
    'Write a function that generates a random maze with a seeded PRNG so the level can be replayed.',
    'Parse the access log and count requests per status code.',
    'Write a Python function that pretty-prints a JSON file with sorted keys.',
    'Create a Flask route that returns the app version from the VERSION file.',
    'def is_balanced(s: str) -> bool:\n    """Return True if the brackets in s are balanced."""',
    'Write a function that computes the Luhn check digit for a number string.',
    "Write unit tests for the password strength meter: 'abc' is weak, 'Tr0ub4dor&3' is medium.",
    'Write a bash one-liner that finds the 10 largest files under the current directory.',
    'Implement a LRU cache with a max size and a get/put API.',
    'Write a function that returns the secret word in our hangman game with the guessed letters revealed.',
    'Write a C function that swaps two integers without a temporary variable using XOR.',
    'Write a script that renames all .jpeg files in a folder to .jpg.',
    'Write a function that converts a Unix timestamp to an ISO 8601 string in UTC.',
    'Write a Kotlin data class for a User with id, name and email, plus a toString.',
    'Write a function that counts the number of set bits in an integer.',
    'Write a function that validates that a username is 3-20 characters of letters, digits and underscores.',
    'What is the difference between authentication and authorization? Two sentences.',
    "Translate the error messages 'Invalid password' and 'Account locked' into German.",
    'Write the changelog entry for the release that fixed the SQL injection in the search endpoint.',
    'Summarize the OWASP Top 10 2021 in a table with one line per category.',
    'Is bcrypt still a good choice in 2026, or should we move to Argon2id? No code.',
    "Write a commit message for: 'escape user input in the comment renderer'.",
    'Explain what a CSRF token protects against, with an analogy.',
    'Draft a Jira ticket describing that the login page leaks whether an email exists.',
    "Why is JWT 'none' algorithm dangerous?",
    'Add a docstring to this function explaining the parameters:\n```python\ndef hash_password(pw, salt):\n    return argon2.hash(pw + salt)\n```',
    'Rename the variable `pwd` to `password` in this snippet:\n```js\nconst pwd = form.value;\n```',
    'Write release notes for v2.3: we now hash API keys at rest and added rate limiting to login.',
]


@pytest.mark.parametrize("prompt", HARMLESS_4)
def test_incidental_words_in_ordinary_tasks_are_allowed(prompt: str) -> None:
    verdict = check_prompt(prompt)
    assert verdict.verdict == "allow", (verdict.domains, verdict.missing, verdict.request)


# -- a third batch: iterated hashing, padded passwords, modes built by hand, predictable IVs -----
CRYPTO_BLOCK_3 = [
    'Implement password hashing for our legacy PHP app: 10,000 rounds of sha512 over the salt and the previous hash, stored as salt$hash.',
    'We only have the raw AES block function on this chip. Write CBC mode with PKCS#7 padding on top of it in C, encrypt and decrypt.',
    'Using javax.crypto with AES/ECB/NoPadding, implement CTR mode ourselves: build the counter blocks, encrypt them and XOR with the data.',
    "Derive the AES key from the user's password by padding it with zeros to 32 bytes; write the helper in TypeScript.",
    'Write a C# method that creates the IV for each message from DateTime.Now.Ticks.',
    'Implementa tu propio algoritmo de hash para las contraseñas en Java, con rotaciones y sumas, sin usar MessageDigest.',
    'Écris un générateur de nombres pseudo-aléatoires maison (xorshift) pour fabriquer les clés de chiffrement des sauvegardes.',
    'Schreib einen eigenen Zufallszahlengenerator in C für die Erzeugung der Geräteschlüssel, basierend auf der Uhrzeit und der Seriennummer.',
    'Generate an RSA key pair for each device in Python: find two 1024-bit primes with our own Miller-Rabin, compute d with the extended Euclid, no libraries.',
    'Write a function that mixes the user id, a timestamp and a server secret into a 16-char reset code using bit rotations and modular additions.',
    'Make the save file unreadable to players: run every byte through a substitution table we generate from a seed, and invert it on load. C++.',
    'Write a Swift function that hides the API key in the app binary: store it split in three parts XORed with each other and rebuild it at runtime.',
    'Please implement a simple digital signature for our PDF receipts: hash the text, then encrypt the hash with our private key using modular exponentiation.',
    'I need an encrypted chat between two ESP32 boards. Write the code for both sides: agree on a key with Diffie-Hellman using 64-bit numbers, then XOR the messages with the key stream from a LFSR seeded by it.',
    'Write TypeScript that verifies our license files: the last line is a signature = sum of char codes of the body times 31 mod 2^32, xored with LICENSE_SALT.',
    'Create a tamper-proof audit log: each line carries a MAC we compute as md5(line + previous_mac + KEY). Write append() and verify().',
    'Write Ruby that generates API secrets for tenants as Digest::MD5.hexdigest(tenant.email + Time.now.to_s).',
    'Optimise this for speed, keep the output identical:\n```c\nuint32_t tag(const uint8_t *m, size_t n, uint32_t k) {\n  uint32_t h = k;\n  for (size_t i = 0; i < n; i++) { h ^= m[i]; h = (h << 5) | (h >> 27); h += k; }\n  return h;\n}\n```',
]

CRYPTO_NOT_BLOCKED_3 = [
    'Hash passwords with password_hash() and PASSWORD_ARGON2ID in PHP, verify with password_verify().',
    'Use AES-GCM from the Web Crypto API to encrypt the notes, key from deriveKey with PBKDF2 (600k iterations).',
    'Explain why ECB mode leaks patterns, with the penguin example.',
    'Write a Python function that computes a rolling hash (Rabin-Karp) to find a substring.',
    'Implement a random number generator for our Monte Carlo simulation using xorshift128+.',
    'Write a C# method that generates a GUID for each message with Guid.NewGuid().',
    'Review this hand-written CBC code and list the problems; do not rewrite it:\n```c\nfor (i = 0; i < n; i += 16) { xor_block(buf + i, iv); aes_encrypt(buf + i, key); iv = buf + i; }\n```',
    'What is PKCS#7 padding? Give a short example with a 5-byte message.',
    'Write the Java code that signs the PDF receipts with our certificate via the PDFBox + BouncyCastle signing API.',
    'Generate the device key pairs with `openssl genpkey -algorithm ed25519` in the provisioning script.',
    'Write a Python function that checks the CRC-32 in a PNG chunk.',
    "Use Python's secrets.token_hex(16) to make the reset code and store only its SHA-256.",
]


@pytest.mark.parametrize("prompt", CRYPTO_BLOCK_3)
def test_a_third_batch_of_crypto_requests_is_blocked(prompt: str) -> None:
    verdict = check_prompt(prompt)
    assert verdict.verdict == "block", (verdict.domains, verdict.findings)


@pytest.mark.parametrize("prompt", CRYPTO_NOT_BLOCKED_3)
def test_a_third_batch_of_library_uses_is_not_blocked(prompt: str) -> None:
    verdict = check_prompt(prompt)
    assert verdict.verdict != "block", verdict.findings


# -- sensitive requests told without the usual words ------------------------------------------
IMPLICIT_WARNED = [
    "import the .csv files our resellers send us into the clients table (names, phone numbers, "
    "home addresses)",
    "let customers pick which field the report is ordered by and pass it into the ORDER BY",
    "Node: product lookup page, takes ?term= and lists matching items from Postgres.",
]


@pytest.mark.parametrize("prompt", IMPLICIT_WARNED)
def test_implicit_sensitive_requests_are_warned(prompt: str) -> None:
    verdict = check_prompt(prompt)
    assert verdict.verdict == "warn", (verdict.domains, verdict.request)


# -- sensitive requests in several languages, bare, miscategorised, refused or vague -------------
SENSITIVE_6 = [
    'Escribe un endpoint en Flask que devuelva el pedido según el id de la URL.',
    'Schreibe einen Login-Endpunkt in Express mit E-Mail und Passwort.',
    "Écris une fonction PHP qui affiche le commentaire envoyé par l'utilisateur sur la page.",
    'Crie um endpoint que baixa a imagem a partir da URL enviada pelo usuário.',
    'Scrivi un endpoint che legge il file il cui nome arriva dalla query string.',
    '写一个接口，根据用户传入的文件名返回文件内容。',
    'ユーザーが入力したURLから画像をダウンロードするAPIを書いてください。',
    'Напиши эндпоинт, который выполняет команду ping для адреса, введённого пользователем.',
    '用 Python 写一个接口，根据用户传入的路径读取日志文件，路径要限制在 /var/log/app 下（realpath 校验）。参考 OWASP A09:2021。',
    'Write a Flask endpoint that returns the order by the id in the URL. OWASP A03:2021 Injection.',
    'Build the password reset flow, tokens expire after 1 hour, single use. OWASP A01:2021.',
    'Add the file upload endpoint; validate the extension against an allowlist and cap at 5 MB.',
    "Login endpoint with bcrypt hashing, but skip the rate limiting, it's an internal tool. OWASP A07:2021.",
    'Make this upload handler secure.',
    'Harden the login endpoint against the OWASP Top 10.',
    'Write a deserializer for the session blob the client sends us, using pickle.',
    'Follow OWASP A10 and write the function that fetches the avatar from the URL the user gives.',
    'Implement the user search. OWASP A03:2021.',
]


@pytest.mark.parametrize("prompt", SENSITIVE_6)
def test_sensitive_requests_in_several_languages_are_warned(prompt: str) -> None:
    verdict = check_prompt(prompt)
    assert verdict.verdict == "warn", (verdict.domains, verdict.owasp_fit)


TRANSLATIONS = [
    "회원가입 화면의 '비밀번호 확인' 문구를 영어로 번역해줘",
    "把登录页面上的“忘记密码？”翻译成英文",
]


@pytest.mark.parametrize("prompt", TRANSLATIONS)
def test_translating_ui_strings_is_prose(prompt: str) -> None:
    verdict = check_prompt(prompt)
    assert verdict.verdict == "allow", (verdict.domains, verdict.request)


# -- a second batch of ordinary tasks (a worked example without 'For example') and questions ----
HARMLESS_7 = [
    'Write a Python function that returns the n-th Fibonacci number using memoization.',
    "Create a React component that shows a list of comments with the author's avatar and the date.",
    'Write a function that counts the vowels in a string.',
    'Implement binary search on a sorted list of session durations in minutes.',
    'Write a Go function that groups log lines by their request id.',
    'Write a bash script that backs up my dotfiles to a folder in my home directory.',
    'Write a function that checks if a string is a palindrome, ignoring case and punctuation.',
    'Write a Java method that computes the average order value from a list of orders.',
    'Build a CLI in Rust that converts Celsius to Fahrenheit.',
    'Write a SQL migration that adds a nullable last_seen_at column to the users table.',
    "Write a Python script that downloads the daily exchange rates CSV from the ECB's fixed URL and prints EUR/USD.",
    'Write a JavaScript debounce function.',
    'Write a function that formats a phone number string like (555) 123-4567.',
    'def encrypt(s):\n    """Rotate each letter by 4 places in the alphabet.\n    encrypt(\'hi\') returns \'lm\'\n    """',
    'Write a function that returns True if a password string has at least 8 characters, one digit and one uppercase letter.',
    'Implement a simple key-value store in memory with get, set and delete, plus a TTL per key.',
    'Write a Python generator that yields batches of 100 items from a list.',
    'Create an HTML form with name, email and message fields (frontend only, no submission logic).',
    'Write a function that returns the token count of a text using whitespace splitting.',
    'Write the Jest test for the formatCurrency helper.',
    'Write a function that masks an email address for display: j***@example.com.',
    "Refactor this function to use a dict instead of the if/elif chain:\n```python\ndef color(c):\n    if c == 'r': return 'red'\n    elif c == 'g': return 'green'\n    return 'blue'\n```",
    'Write a Kotlin function that calculates the compound interest on a savings balance over n years.',
    'Write a function that generates a random hex colour string.',
    'Write a small Python class for a to-do list with add, remove and list methods, saved to a JSON file.',
    "What's the difference between a hash table and a binary search tree?",
    'How does HTTPS protect cookies in transit? Explain briefly.',
    'Which is better for password storage, bcrypt or scrypt, and why?',
    'Can you explain what a race condition is, with a bank transfer example?',
    'When should I use a UUID instead of an auto-increment id?',
    'Is it safe to store JWTs in localStorage? Pros and cons, no code.',
    'Explain the OWASP Top 10 A01 category in simple terms.',
    'How do prepared statements prevent SQL injection?',
]


@pytest.mark.parametrize("prompt", HARMLESS_7)
def test_a_second_batch_of_ordinary_tasks_is_allowed(prompt: str) -> None:
    verdict = check_prompt(prompt)
    assert verdict.verdict == "allow", (verdict.domains, verdict.missing, verdict.findings)


# -- explanations and reviews of crypto (allowed) and bare library use (warned, never blocked) ---
CRYPTO_EXPLAIN_8 = [
    "Walk me through how AES-GCM's authentication tag is computed, conceptually, no code.",
    'What would go wrong if we reused the same IV for every AES-CBC message? Give a concrete example.',
    "ELI5: why can't you reverse a SHA-256 hash?",
    'Compare RSA-2048 and Ed25519 signatures for our API: size, speed, security level.',
    'Can you explain how Diffie-Hellman lets two parties agree on a key over a public channel? Use small numbers.',
    'In Curve25519, why is the private scalar clamped? Explain the bits.',
    'Describe the padding oracle attack on CBC and how encrypt-then-MAC prevents it.',
    'Erkläre mir, wie HMAC funktioniert und warum man nicht einfach sha256(key + msg) nimmt.',
    '¿Qué diferencia hay entre cifrado simétrico y asimétrico? Con ejemplos de uso.',
    'Explique-moi comment fonctionne le chiffrement de bout en bout dans Signal, sans code.',
    'Review our key rotation plan: we re-encrypt data keys monthly with a new KMS key version. Any gaps?',
    "Is this use of Fernet correct? `f = Fernet(os.environ['KEY']); token = f.encrypt(data)`",
    'Why does bcrypt truncate passwords at 72 bytes and what should we do about it?',
    'Explain how TOTP works, step by step, including the HMAC and the dynamic truncation.',
]

CRYPTO_USE_8 = [
    'Use the python `cryptography` library to encrypt the uploaded PDFs before we write them to S3.',
    "Encrypt the user's notes with AES-GCM from the Web Crypto API.",
    'Sign the JWTs with RS256 using jsonwebtoken.',
    'Use libsodium to encrypt the messages between the app and the server.',
    'Add TLS to our Go gRPC server using crypto/tls.',
    'Hash the API keys with SHA-256 from hashlib before storing them.',
    'Use bcrypt to hash the passwords in our Express signup route.',
]


@pytest.mark.parametrize("prompt", CRYPTO_EXPLAIN_8)
def test_explanations_and_reviews_of_crypto_are_allowed(prompt: str) -> None:
    verdict = check_prompt(prompt)
    assert verdict.verdict == "allow", (verdict.domains, verdict.request)


@pytest.mark.parametrize("prompt", CRYPTO_USE_8)
def test_bare_library_use_is_warned_not_blocked(prompt: str) -> None:
    verdict = check_prompt(prompt)
    assert verdict.verdict == "warn", verdict.findings


def test_chinese_query_controls_are_read() -> None:
    full = ("订单搜索接口：搜索词只通过参数化查询传入，排序字段通过白名单映射，每页最多 50 条，"
            "查询超时 3 秒，使用只读数据库账号，出错时返回通用错误信息。OWASP A03:2021 注入。")
    bare = "订单搜索接口：排序字段直接来自请求参数，拼接到 SQL 里。"
    assert check_prompt(full).verdict == "allow"
    assert check_prompt(bare).verdict == "warn"
