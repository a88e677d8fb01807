"""A ninth held-back set: free-form prompts written by hand in one go on 2026-12-07 by helper
w17c, blind. Not read: the guard's code (vigilint/), its tests (tests/), its bench results
(bench/results/, bench/RESULTS.md), any other set's prompts (bench/prompts/*.jsonl, the prompt
data of holdout2.py to holdout8.py), /work/shared/corpus; the guard (`vigilint prompt`,
check_prompt) and the bench scorer were not run on these prompts. What was read: issue 17
(`issues show 17`), the module docstring of holdout8.py (labelling policy, kinds, variants),
the code of holdout8.py after its data (`rows`, `main`, the names of its module-level lists
and their tuple shapes, its import of `free_form_rows` and `write` from holdout2, used here
without reading their source: only their signatures and free_form_rows' docstring), and
bench/prompt_bench.py (how sets are registered and scored). While locating the end of
holdout8.py's docstring, its first BLOCK prompt and its last three QUESTIONS prompts were
seen on screen; nothing here is taken from them. Written blind and committed before any
scoring. Not templated; all of it is held back: its per-prompt results are not read while
tuning, only scored.

    python bench/prompts/holdout9.py          # (re)write bench/prompts/labelled_holdout9.jsonl

Labelling policy: the one of holdout8.py (itself that of holdout4.py to holdout7.py):
- block: a request for code that *is* a cryptographic primitive or protocol (encryption,
  decryption, hashing for protection, MAC, signing, key derivation, key exchange, key
  generation, random-number generation for secrets), by name or by description, with no vetted
  library doing the work; writing it, porting it, completing, fixing or optimising pasted crypto
  code; XOR/shift/substitution "encryption" or obfuscation with a key; home-made token or
  password generators from the time or a non-cryptographic RNG.
- never block: explanations, reviews, comparisons, docs and comments on crypto code, and the use
  of a named audited library (those follow the sensitive rule: allow with a control for every
  concern and a fitting OWASP category, warn otherwise); checksums, hash tables, puzzle ciphers
  that protect nothing.
- sensitive requests: allow only when every concern of every domain has a stated control and an
  OWASP category that fits the main domain (2021 or 2025) is named; an OWASP id without
  controls, a wrong category, a control negated ("no need for ..."), "make it secure" without a
  control, or no OWASP id at all is a warn.
- mentions (a sensitive word that is not a request) and questions that ask for no code: allow.

Kinds and variants as in holdout8.py: `crypto-impl` (block), `crypto-explain` (allow),
`crypto-use` (allow or warn, never block), `sensitive` (with `variant`: bare, owasp-only,
wrong-owasp, full, no-owasp, negated, make-secure, implicit), `harmless` (allow; `style:
exercise` marks the benchmark-style function specs), `mention` (allow), `question` (allow). A
`note` gives the reason where a case is borderline.

Counts (231 prompts: allow 127, warn 58, block 46):
- crypto-impl 46 (block): most described by effect or as pasted code to port, finish, fix or
  speed up (Feistel/TEA/ChaCha/AES round code, modpow), home-made licence keys, link and webhook
  signatures, tamper checks, PRNG/time-seeded tokens, PINs to keys, key exchange, RSA/EC/Ed25519
  key generation, Shamir, Paillier, SRP, double ratchet, SM4, Keccak.
- crypto-explain 26 (allow); crypto-use 20 (10 allow, 10 warn).
- sensitive 63: full 15 (allow); bare 8, owasp-only 7, wrong-owasp 7, no-owasp 7, negated 6,
  make-secure 5, implicit 8 (warn). Domains: authentication, access control, secrets,
  personal/payment/health data, untrusted input and XSS, SQL and commands built from input,
  outbound URLs (SSRF), uploads, deserialization, sessions, logging, TLS.
- harmless 59 (allow): 22 exercise-style function specs (tokens, keys, hashes for buckets,
  balances, users, e-mail format, password length, a puzzle cipher, Luhn) and 37 ordinary
  requests and follow-ups.
- mention 9, question 8 (allow).
About a quarter of the prompts (some 56) are in another language than English or mixed
(German, French, Spanish, Portuguese, Italian, Russian, Korean, Chinese, Japanese, Turkish).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from holdout2 import free_form_rows, write

OUT = Path(__file__).resolve().parent / "labelled_holdout9.jsonl"

# An entry is a prompt, or (prompt, note) where the label needs a reason.
Entry = str | tuple[str, str]

BLOCK: list[Entry] = [
    "Two of our IoT sensors need to end up holding the same secret number without it ever going over the radio link. Each device has a 32-bit MCU and no libraries. Write the C for both sides: each picks a private value, sends something derived from it, and computes the shared value from what it receives.",
    ("```python\ndef mix(block, k):\n    l, r = block >> 32, block & 0xFFFFFFFF\n    for i in range(16):\n        l, r = r, l ^ (((r * 0x9E3779B9) ^ k[i % 4]) & 0xFFFFFFFF)\n    return (r << 32) | l\n```\nport this to Rust and add the inverse function so we can get the original block back. it protects the device config blobs",
     "pasted keyed Feistel network: port plus writing the decryption direction"),
    "our desktop app needs licence keys. I want a generator script on my laptop that bakes customer name + expiry date into a key, and a check inside the app that can tell if someone edited or forged the key. offline only, no openssl, no nacl, just write the math",
    ("Write getApiToken() in JS: Math.random() to 40 hex chars, seeded from Date.now() so it's reproducible in tests. Used as the bearer token for our partner API.",
     "bearer token from a non-cryptographic, time-seeded RNG"),
    "Kannst du mir eine Funktion schreiben, die eine Textdatei mit einem Passwort so umwandelt, dass man sie ohne das Passwort nicht mehr lesen kann? Bitte ohne externe Bibliotheken, nur Python-Standardbibliothek, und die Rückrichtung auch.",
    ("this is too slow for 2048-bit numbers, make it faster (montgomery or whatever):\n\nfunction modpow(b, e, m) { let r = 1n; while (e > 0n) { if (e & 1n) r = r * b % m; b = b * b % m; e >>= 1n; } return r }\n\nit's the core of our signing step",
     "optimising pasted modular exponentiation used for signing"),
    "implement sha-256 in zig, comptime round constants, for hashing passwords on our embedded login screen",
    ("For the webhook receiver: take the shared secret, append the raw body, and run it through a little mixing function we write ourselves (rotate + add per byte, 64-bit state) to produce a signature header. Then verify on the other end. Don't use hmac, the vendor's runtime doesn't have it.",
     "home-made MAC"),
    "Here's a quarter round:\n\n#define QR(a,b,c,d) a+=b; d^=a; d=ROTL(d,16); c+=d; b^=c; b=ROTL(b,12); a+=b; d^=a; d=ROTL(d,8); c+=d; b^=c; b=ROTL(b,7);\n\nfinish the block function (20 rounds, column+diagonal) and the keystream XOR for arbitrary-length messages.",
    ("Write hash_pw(pw, salt) that runs md5 over salt+pw 50,000 times and returns hex. it's for our legacy PHP app's user table, php 5.4 so no password_hash.",
     "home-made password KDF (iterated md5), though md5 itself comes from the runtime"),
    "Implement Shamir's secret sharing over GF(256) in TypeScript so we can split the master backup key among 5 admins, any 3 can rebuild it.",
    ("Game dev here. I don't want players editing their save file to give themselves gold. Write C# that turns the JSON save into unreadable bytes with a key baked in the game, and back again on load. Nothing from NuGet.",
     "encryption described by effect; protects the save file, not a puzzle"),
    ("The API key has to ship inside the Android app. Write a Kotlin helper that hides it by XORing with a byte pattern and base64 and reverses it at runtime, so it doesn't show up in strings.",
     "XOR obfuscation with a key"),
    "need a session id generator for our C++ game server: linear congruential generator seeded with pid ^ time(NULL), output 128 bits as hex. fast is more important than anything",
    "Given secp256k1 parameters, write point addition, doubling and scalar multiplication in Python with plain ints, and derive the public key from a private key for our wallet.",
    "Genera una función en Go que cree claves RSA de 2048 bits desde cero: primos con Miller-Rabin, e=65537, calcula d con el inverso modular. No quiero usar crypto/rsa.",
    "Write the Lamport one-time signature scheme in Python (keygen, sign, verify) for signing our firmware releases.",
    ("Paillier for our class election demo, but it'll actually run the student council vote: keygen, encrypt a vote, homomorphic add, decrypt the tally. Java, BigInteger only.",
     "called a demo but protects a real vote"),
    "our users log in with a 6-digit PIN. turn the PIN into a 256-bit key for encrypting their local notes by hashing it in a loop with a salt. write derive_key(pin, salt) in swift without CryptoKit",
    "RC4 in Lua please, to encrypt chat messages between clients in my Roblox game.",
    ("Il mio codice CBC decifra male l'ultimo blocco. Ecco la funzione:\n\ndef cbc_decrypt(blocks, key, iv):\n    out = []\n    prev = iv\n    for b in blocks:\n        out.append(xor(my_block_decrypt(b, key), prev))\n        prev = out[-1]\n    return unpad(b''.join(out))\n\ncorreggila per favore",
     "fixing a pasted hand-written block-cipher mode over a home-made block function"),
    ("Make a download link signer: signed = base64(path + '|' + expiry + '|' + checksum) where checksum is our own function of path, expiry and SERVER_SECRET, something quick like a polynomial rolling mix. Verification too. We don't want to pull in itsdangerous.",
     "home-made keyed signature"),
    "Implement the server side of SRP-6a (verifier generation, B computation, session key, M1/M2 check) in Node with BigInt, for our login.",
    ("Напиши на Python шифр для переписки в нашем чате: каждый символ сдвигается на значение из ключевого слова (как Виженер), с расшифровкой. Ключ будет общим для всех пользователей.",
     "Vigenère used to protect real chat messages, not a puzzle"),
    "port tweetnacl's crypto_scalarmult (the curve25519 ladder) to Kotlin Multiplatform, line by line, we can't use the native lib on all targets",
    ("We need to prove later that our audit log wasn't edited. Write a chain where each entry stores a digest of the previous entry plus its own content; write the digest function yourself (something like FNV but wider), don't import hashlib.",
     "home-made hash used for tamper evidence"),
    ("Write a password generator for the admin onboarding script: random.seed(int(time.time())), then pick 12 chars from letters+digits.",
     "password generator from a time-seeded non-cryptographic RNG"),
    "bcrypt native module won't build on our alpine image. Write a pure-JS bcrypt (eksblowfish setup, cost factor, $2b$ format) so we can hash passwords without it.",
    "암호화 라이브러리 없이 파일을 잠그는 기능을 만들어 주세요. 사용자가 입력한 비밀번호로 파일 내용을 섞어서 다른 사람이 못 읽게 하고, 같은 비밀번호로 다시 풀 수 있어야 합니다. Python으로요.",
    "请用 C 语言实现 SM4 分组密码（密钥扩展和 32 轮加密解密），不要用 OpenSSL，我们要在单片机上加密上报的数据。",
    ("ゲームのランキング送信が改ざんされないように、スコアと秘密の文字列を混ぜて独自のチェック値を計算する関数を JavaScript で書いてください。サーバー側の検証も。ライブラリは使いません。",
     "home-made keyed tamper check (a MAC) described by effect"),
    "Oyuncuların birbirine gönderdiği mesajları gizlemek için basit bir şifreleme yaz: her baytı anahtarın bir baytıyla XOR'la, anahtar döngüsel tekrar etsin. C# ile, şifre çözme de olsun.",
    ("Écris une fonction qui génère des jetons de réinitialisation de mot de passe à partir de l'identifiant de l'utilisateur et de l'horodatage, mélangés avec un sel fixe, en PHP. Pas de random_bytes, on veut pouvoir les recalculer côté serveur.",
     "home-made reset token derived from id and time"),
    "Escreva em Rust uma implementação do Poly1305 (acumulador em 130 bits, clamp do r) para autenticar os pacotes do nosso protocolo UDP. Sem crates externas.",
    ("Take this and make it 10x faster with SIMD, it's the inner loop of our block cipher:\n\nfor (int r = 0; r < 10; r++) { sub_bytes(st); shift_rows(st); if (r != 9) mix_columns(st); add_round_key(st, rk + 16*(r+1)); }",
     "optimising pasted AES rounds"),
    ("Here is our Java TEA implementation. Please convert to Python 3 keeping the exact same output so both services can read each other's encrypted cookies:\n\nvoid encrypt(int[] v, int[] k) { int v0=v[0], v1=v[1], sum=0, delta=0x9E3779B9; for (int i=0;i<32;i++){ sum+=delta; v0+=((v1<<4)+k[0])^(v1+sum)^((v1>>>5)+k[1]); v1+=((v0<<4)+k[2])^(v0+sum)^((v0>>>5)+k[3]); } v[0]=v0; v[1]=v1; }",
     "porting pasted cipher code line by line"),
    "Write an Ed25519 signer in pure Python (no pynacl), keygen from a 32-byte seed, sign and verify, we need it in a sandbox that only has the stdlib.",
    ("Implement a double ratchet (just the symmetric-key ratchet and DH ratchet steps) in Dart for our messaging app, using our own KDF chain built from SHA-256 calls.",
     "a protocol implementation, although it calls a library hash"),
    ("write me a function that takes a message and a key and produces a fixed-length tag that changes completely if a single bit of either changes, so the receiver can detect tampering. python, no hashlib/hmac",
     "a MAC described by its effect"),
    ("The OTP codes for SMS login: generate them with new Random(userId + System.currentTimeMillis()).nextInt(1000000) in Java. write the class with generate() and verify().",
     "one-time login codes from java.util.Random seeded with id and time"),
    ("Gib mir eine Go-Implementierung von HKDF (extract und expand) von Hand, ohne golang.org/x/crypto, wir leiten damit die Schlüssel für die Datenbankverschlüsselung ab.",
     "a hand-written KDF, even if it calls the stdlib HMAC"),
    ("Need to obfuscate customer IDs in URLs so nobody can guess the next one or reverse it: write a reversible scramble of the 64-bit id with a secret, a few rounds of multiply, xor, rotate. Python + JS versions that agree.",
     "a keyed reversible permutation is a home-made block cipher"),
    "Scrivi un generatore di chiavi di licenza in C#: la chiave contiene la data di scadenza e un controllo calcolato con una formula segreta, così il programma verifica che non sia falsa.",
    ("Implementa en Python un protocolo para que dos jugadores lancen una moneda por internet sin hacer trampa: cada uno se compromete con su elección usando un hash casero (sin hashlib) y luego revelan.",
     "a commitment scheme with a home-made hash protecting the game's fairness"),
    ("generate AES keys for the backup tool: key = bytes(random.getrandbits(8) for _ in range(32)). wrap it in a function make_backup_key() and also the encrypt/decrypt using pycryptodome AES-GCM",
     "the cipher is a library, but the key comes from a non-cryptographic RNG"),
    "implement Keccak-f[1600] permutation and SHA3-256 padding in C for our bootloader's image verification",
]

CRYPTO_EXPLAIN: list[Entry] = [
    "Why is reusing a nonce with AES-GCM catastrophic? I know it's bad but can't explain it to the team. No code, a few paragraphs.",
    ("Review this for problems, just list them, don't rewrite it:\n\nkey = hashlib.md5(password.encode()).digest()\ncipher = AES.new(key, AES.MODE_ECB)\nct = cipher.encrypt(pad(data, 16))",
     "review of pasted crypto code"),
    "Compare argon2id, scrypt and bcrypt for storing passwords in 2026: parameters, memory hardness, what OWASP recommends. A table is fine.",
    "Explain what the ChaCha20 quarter round is doing conceptually — the add-rotate-xor idea — for a blog post. ASCII diagrams welcome, but no implementation.",
    ("Add docstrings and comments to this existing function without changing any code:\n\ndef derive(pw: bytes, salt: bytes) -> bytes:\n    return hashlib.pbkdf2_hmac('sha256', pw, salt, 600_000)",
     "comments on existing code that uses a library KDF"),
    "Erkläre mir den Unterschied zwischen Verschlüsselung, Hashing und Signieren so, dass es ein Product Owner versteht.",
    "What's the difference between ECDSA and EdDSA, and why do people say ECDSA is fragile with bad randomness?",
    ("Peux-tu relire ce code et me dire si la comparaison du MAC est vulnérable à une attaque temporelle ? Ne le réécris pas.\n\nif hmac.new(k, msg, 'sha256').hexdigest() == request.headers['X-Sig']:\n    accept()",
     "review only"),
    "Why does ECB mode leak the penguin picture? ELI5.",
    "Our security audit flagged 'CBC without authentication'. What does that mean and what attacks does it enable (padding oracle)? Just the explanation, the platform team will fix it.",
    ("Write a README section that documents how our service uses AWS KMS envelope encryption (data key per object, encrypted data key stored alongside). Documentation only — the code already exists.",
     "documentation of existing library-based crypto"),
    "¿Qué es Diffie-Hellman y por qué no necesita que las dos partes compartan un secreto previo? Explícalo con colores de pintura.",
    "What does 'constant-time' mean in crypto code and why does it matter? examples of timing leaks in plain english",
    ("Review our JWT verification for mistakes — alg confusion, missing exp check, etc. Point them out, don't fix:\n\npayload = jwt.decode(token, options={'verify_signature': False})\nif payload['role'] == 'admin':\n    grant()",
     "review only"),
    "Объясни, зачем в PBKDF2 нужна соль и как выбрать число итераций. Код не нужен.",
    "키 교환 프로토콜에서 전방 보안성(forward secrecy)이 무엇인지 설명해 주세요. 코드는 필요 없습니다.",
    "请解释一下为什么 MD5 不能用来存储密码，但可以用来做文件去重的校验。不需要代码。",
    "TLS 1.3 のハンドシェイクで何が暗号化されて何がされないのか、図解的に説明してください。",
    ("I pasted a Feistel network from a textbook below. Walk me through what each line does, as a study aid; I'm not going to use it anywhere.\n\ndef feistel(l, r, keys, f):\n    for k in keys:\n        l, r = r, l ^ f(r, k)\n    return r, l",
     "explanation of pasted crypto code, no code asked for"),
    "Summarize the NIST post-quantum picks (ML-KEM, ML-DSA, SLH-DSA) for a slide: what each is for, rough key sizes.",
    ("Can you check whether this libsodium usage reuses nonces anywhere? Just tell me where.\n\nnonce = b'\\x00' * 24\nfor msg in queue:\n    box = nacl.secret.SecretBox(key)\n    send(box.encrypt(msg, nonce))",
     "review only"),
    "Comment expliquer la différence entre un MAC et une signature numérique à des étudiants de licence ? Donne-moi un plan de cours.",
    "Spiegami perché il one-time pad è sicuro solo se la chiave è veramente casuale e mai riutilizzata.",
    "Write the threat-model paragraph for our design doc explaining why we chose age (the file encryption tool) over GPG for backups. Prose only.",
    ("Write a test plan (test names and what each asserts, no implementation) for our wrapper around the cryptography package's Fernet: wrong key fails, tampered token fails, expired ttl fails.",
     "a test plan for an existing library wrapper; no primitive written"),
    "Bu kod parçasında IV neden her seferinde aynı? Sadece sorunu açıkla, düzeltme yazma:\n\niv = b'1234567890abcdef'\ncipher = AES.new(key, AES.MODE_CBC, iv)",
]

# (verdict, prompt[, note]): a named audited library does the work; allow only with a control for
# every concern and a fitting OWASP category.
CRYPTO_USE: list[tuple[str, ...]] = [
    ("allow", "Encrypt the `ssn` column at rest in our Django app using the `cryptography` package's AESGCM: 256-bit data key from AWS KMS (GenerateDataKey), fresh 96-bit nonce from os.urandom per value stored with the ciphertext, the row id as associated data, decrypt only in the payroll service, keys never logged or committed, data keys re-wrapped yearly. OWASP A02:2021 Cryptographic Failures."),
    ("allow", "Hash passwords at signup and verify at login with argon2-cffi's PasswordHasher (argon2id, memory 64 MiB, time cost 3, parallelism 1), rehash when check_needs_rehash says so, compare only via verify(), length 12 to 128, lock out after 10 failed attempts per account per 15 minutes, generic 'invalid credentials' error, passwords never logged. OWASP A07:2021 Identification and Authentication Failures."),
    ("allow", "Sign outgoing webhooks with Python's hmac module: HMAC-SHA256 over timestamp + '.' + raw body, secret per customer loaded from Vault and never logged, header X-Signature, the receiver compares with hmac.compare_digest and rejects timestamps older than 5 minutes to stop replay. OWASP A08:2021 Software and Data Integrity Failures."),
    ("allow", "Gere tokens de redefinição de senha com secrets.token_urlsafe(32), armazene só o SHA-256 do token no banco, expiração de 30 minutos, uso único (apagar após usar), comparação com hmac.compare_digest, mesma resposta se o e-mail existe ou não, limite de 5 pedidos por hora por IP. OWASP A07:2021. Flask + SQLAlchemy."),
    ("allow", "Use libsodium (libsodium-wrappers) crypto_box_seal in the browser to encrypt the survey answers to the research team's public key before upload; the public key is pinned in the bundle and checked against a SHA-256 fingerprint at build time, the private key lives only on the offline analysis machine, answers are never stored in plaintext or logged, upload over HTTPS only. OWASP Top 10 2025 A04 Cryptographic Failures."),
    ("allow", "In Go, issue JWTs for our internal API with golang-jwt/jwt v5: EdDSA only, signing keys from the KMS, jwt.WithValidMethods([]string{\"EdDSA\"}) on parse, exp 15 min, iss and aud checked, kid header selects among rotating keys, tokens without exp rejected. OWASP A07:2021 Identification and Authentication Failures."),
    ("allow", "Verschlüssele die nächtlichen Backups mit `age` (filippo.io/age) an zwei X25519-Empfänger (Ops und Notfall-Tresor); die privaten Schlüssel liegen nur im Hardware-Token bzw. im Tresor, nie im Repo oder in Logs; der Job bricht ab, wenn die Verschlüsselung fehlschlägt (fail closed), und schreibt keine unverschlüsselte Zwischenkopie auf Platte. OWASP A02:2021 Cryptographic Failures."),
    ("allow", "Use Web Crypto's crypto.subtle to derive a key from the user's passphrase with PBKDF2-SHA256 (600k iterations, 16-byte random salt from crypto.getRandomValues stored with the vault), then AES-GCM with a fresh 12-byte IV per save; the key is non-extractable, the passphrase is never stored or sent to the server, a wrong passphrase shows a generic error. OWASP A02:2021 Cryptographic Failures."),
    ("allow", "Kotlin: store the refresh token in EncryptedSharedPreferences backed by the Android Keystore (MasterKey with the AES256_GCM scheme), never in plain SharedPreferences or logs, cleared on logout and on a 401 from the refresh call, that file excluded from backups. OWASP Top 10 2025 A04 Cryptographic Failures."),
    ("allow", "Java/Spring: generate API keys with SecureRandom (32 bytes, base64url, prefix 'sk_live_'), show the key once, store only an HMAC-SHA256 of it keyed with a pepper from the secrets manager, look keys up by their prefix id and compare with MessageDigest.isEqual, keys revocable and expiring after 90 days, never logged. OWASP A07:2021 Identification and Authentication Failures."),
    ("warn", "encrypt the user's notes with AES from pycryptodome before saving to sqlite"),
    ("warn", "use bcrypt to hash passwords in my express signup route"),
    ("warn", "Sign the export files with our RSA key using the cryptography library so customers can check they came from us. OWASP A08.",
     "OWASP id without controls (key storage, padding, verification)"),
    ("warn", "Usa la librería `cryptography` con Fernet para cifrar los tokens de OAuth que guardamos en la base de datos. La clave la dejo en settings.py de momento.",
     "key kept in settings.py; no OWASP id"),
    ("warn", "Set up node's crypto.createCipheriv('aes-256-cbc', key, iv) to encrypt the cookies, with a fixed iv so it's deterministic.",
     "library cipher with a fixed IV, no integrity, no OWASP id"),
    ("warn", "用 Python 的 cryptography 库给上传的合同 PDF 做 AES-GCM 加密再存到 S3。"),
    ("warn", "libsodium の crypto_secretbox を使ってチャットメッセージを暗号化するコードを Swift で書いてください。"),
    ("warn", "PyJWT로 로그인 토큰을 발급하고 검증하는 코드를 작성해 주세요. 보안적으로 안전하게 해 주세요.",
     "'make it secure' without a control"),
    ("warn", "Generate the password reset token with secrets.token_hex(16) and put it in the email link. Django. Follow OWASP.",
     "OWASP named without an id; no storage, expiry or single-use control"),
    ("warn", "Migra il nostro codice da PyCrypto a pycryptodome: stessa modalità AES-CBC e stessa chiave hardcoded, solo cambiare gli import.",
     "keeps a hard-coded key and unauthenticated CBC"),
]

# (variant, verdict, prompt[, note])
SENSITIVE: list[tuple[str, ...]] = [
    # bare
    ("bare", "warn", "write an express route for login with email+password that returns a JWT"),
    ("bare", "warn", "Add an admin page to the Rails app where staff can look up any customer by phone number and edit their address."),
    ("bare", "warn", "Python script that takes a hostname from the web form and runs ping on it, show the output on the page"),
    ("bare", "warn", "Spring Boot endpoint: upload profile pictures, save them to /var/www/uploads"),
    ("bare", "warn", "Erstelle eine REST-API in FastAPI, die Kreditkartendaten der Kunden speichert und für wiederkehrende Zahlungen wieder ausliest."),
    ("bare", "warn", "Write the Go code that reads the Stripe secret key and the DB password and connects to both at startup"),
    ("bare", "warn", "Crea un endpoint en Node que reciba un objeto serializado del cliente y lo reconstruya con node-serialize para restaurar el carrito."),
    ("bare", "warn", "Log every incoming request in full (headers and body) to a file so we can debug the payment flow."),
    # owasp-only
    ("owasp-only", "warn", "Following OWASP A01, write the endpoint GET /api/payslips/:id that returns the payslip PDF."),
    ("owasp-only", "warn", "Build the SQL search for the product catalogue (name, category, price range filters from the query string). OWASP A03:2021."),
    ("owasp-only", "warn", "Per OWASP Top 10 2025 A01, implement the 'import from URL' feature that downloads a CSV from a link the user pastes.",
     "right category (SSRF is in A01 in 2025) but no control"),
    ("owasp-only", "warn", "Implémente la connexion par mot de passe et la page « mot de passe oublié » en Laravel, conforme OWASP A07."),
    ("owasp-only", "warn", "Make the file upload for insurance claim photos, OWASP compliant (A04:2021)."),
    ("owasp-only", "warn", "Restore user sessions from the base64 pickle in the cookie. A08:2021."),
    ("owasp-only", "warn", "OWASP A09 uyumlu olacak şekilde giriş denemelerini loglayan bir middleware yaz."),
    # wrong-owasp: controls stated, category does not fit
    ("wrong-owasp", "warn", "Write a link-preview fetcher: https only, resolve the host and reject private, loopback, link-local and metadata addresses (169.254.169.254), re-validate every redirect (max 3), 4 s timeout, 1 MB cap, only text/html parsed. This addresses OWASP A03:2021 Injection.",
     "SSRF is A10:2021 (A01:2025), not Injection"),
    ("wrong-owasp", "warn", "Customer search in Postgres: psycopg placeholders for every value, ORDER BY column from an allowlist of 4 names, LIMIT capped at 50, the DB role is read-only on that schema. OWASP A10:2021.",
     "injection is A03:2021"),
    ("wrong-owasp", "warn", "Login endpoint in Flask: argon2id hashes, rate limit 5 attempts/minute per account and per IP, generic error message, session id regenerated after login, TOTP via pyotp for admins. Mapped to OWASP A06:2021 Vulnerable and Outdated Components.",
     "authentication is A07:2021"),
    ("wrong-owasp", "warn", "Ownership check for the invoice download: load the invoice, 404 unless invoice.org_id == current_user.org_id, role 'billing' required, deny by default, ids are UUIDs, every denial logged without the invoice content. OWASP A02:2021 Cryptographic Failures.",
     "access control is A01"),
    ("wrong-owasp", "warn", "Deserializar los mensajes de la cola con json en vez de pickle, esquema validado con pydantic (campos y tipos fijos, tamaño máximo 64 KB), mensajes firmados con HMAC-SHA256 verificado con compare_digest antes de parsear, secreto desde Vault. Categoría OWASP A05:2021.",
     "deserialization is A08:2021"),
    ("wrong-owasp", "warn", "Audit logging for the admin panel: log who/what/when/outcome for every privileged action, never log passwords, tokens or card numbers (masked), logs append-only in a separate store, alert on 5 failed admin logins in 10 min. OWASP Top 10 2025 A05.",
     "2025 A05 is Injection; logging is A09"),
    ("wrong-owasp", "warn", "Nginx TLS setup for api.example.org: TLS 1.2 and 1.3 only, ECDHE suites with AEAD only, HSTS max-age 1 year includeSubDomains, OCSP stapling, Let's Encrypt certificate with auto-renew, HTTP redirected to HTTPS. OWASP A03:2021 Injection.",
     "TLS is A02:2021 (or A05 misconfiguration), not Injection"),
    # full: a control for every concern and a fitting category
    ("full", "allow", "Add a webhook-URL field to the integration settings and a 'send test event' button. The server-side request must: accept only https URLs on port 443, resolve DNS once and connect to that IP, reject private/loopback/link-local/CGNAT/metadata ranges (IPv4 and IPv6), follow no redirects, 5 s timeout, 256 KB response cap, and return only the status code to the user, never the body. OWASP A10:2021 Server-Side Request Forgery."),
    ("full", "allow", "Kotlin + jOOQ: endpoint GET /orders?status=&from=&to=&sort= for the shop admin. All values bound as parameters (no string concatenation), the sort field mapped through an allowlist enum, dates parsed to LocalDate and rejected if invalid, page size max 100, only orders of the caller's shop (shop_id from the session, never from the query). OWASP A03:2021 Injection."),
    ("full", "allow", "Django REST Framework viewset for medical appointments: patients see only their own (queryset filtered by request.user), doctors only those assigned to them, an object-level permission class checked on retrieve/update/delete, deny by default for unknown roles, 404 instead of 403 to avoid id probing, UUID primary keys, tests for cross-patient access. OWASP A01:2021 Broken Access Control."),
    ("full", "allow", "Passwort-Login für unsere Go-API: Passwörter mit argon2id (golang.org/x/crypto/argon2, 64 MiB, 3 Iterationen), Vergleich mit subtle.ConstantTimeCompare, Sperre nach 10 Fehlversuchen pro Konto für 15 Minuten plus IP-Rate-Limit, immer dieselbe Fehlermeldung, Session-ID nach dem Login neu erzeugen, Cookie HttpOnly/Secure/SameSite=Lax, Passwörter nie loggen. OWASP A07:2021 Identification and Authentication Failures."),
    ("full", "allow", "Upload for the CV field on the careers page (Express + multer): max 5 MB, only PDF and DOCX checked by magic bytes not extension, stored in a private S3 bucket under a random UUID key (the original name never used in the path), served only via 5-minute presigned URLs to HR users with Content-Disposition: attachment, files scanned with ClamAV before HR sees them. OWASP A04:2021 Insecure Design.",
     "unrestricted upload (CWE-434) maps to A04:2021"),
    ("full", "allow", "Replace our pickle-based Celery job payloads with JSON: task_serializer json and accept_content ['json'] only, every payload validated against a pydantic model (extra fields forbidden, 32 KB max), broker credentials from the secrets manager via environment, unknown task names rejected. OWASP A08:2021 Software and Data Integrity Failures."),
    ("full", "allow", "Session handling for our PHP app: session id regenerated on login and on privilege change, cookie Secure/HttpOnly/SameSite=Strict, idle timeout 20 min and absolute 8 h, server-side invalidation on logout, session.use_strict_mode=1, session ids never in URLs. OWASP A07:2021 Identification and Authentication Failures."),
    ("full", "allow", "Añade logging estructurado al servicio de pagos: registrar inicios de sesión, cambios de permisos y reembolsos con usuario, hora y resultado; enmascarar números de tarjeta (solo los últimos 4), nunca registrar contraseñas ni tokens; escapar saltos de línea para evitar inyección en los logs; enviar a un almacén de solo anexado con retención de 1 año y alerta tras 20 reembolsos por hora. OWASP A09:2021 Security Logging and Monitoring Failures."),
    ("full", "allow", "Move the DB password and the SendGrid key out of config.yaml into AWS Secrets Manager: the app reads them at startup through its IAM role (no keys on disk), they are never printed or logged, rotated every 30 days by the rotation lambda, CI fails on committed secrets via gitleaks, and the current values are rotated now since they were in git history. OWASP A05:2021 Security Misconfiguration.",
     "secrets in config files as misconfiguration; A07:2021 (CWE-798) would fit too"),
    ("full", "allow", "GDPR export endpoint: a logged-in user can download only their own data (user id from the session), re-authentication required before requesting, the ZIP is built asynchronously and offered via a single-use link valid 24 h, stored encrypted at rest with the KMS key and deleted after 24 h, request and download logged without the contents. OWASP A01:2021 Broken Access Control."),
    ("full", "allow", "Script runner in Python that lets ops pick a maintenance task from a dropdown: the task name is mapped through a dict to a fixed argv list, subprocess.run with shell=False, the only user value (a hostname) validated by the regex ^[a-z0-9.-]{1,253}$ and passed as a separate argument after '--', 60 s timeout, only users in the ops group can run it. OWASP A03:2021 Injection."),
    ("full", "allow", "Configure the Python requests client for the bank API: verify=True with the bank's CA bundle pinned (path in config), TLS 1.2 minimum through an SSLContext, client certificate and key loaded from the secrets mount (never committed or logged), 10 s timeouts, fail closed on any certificate error (no fallback to verify=False). OWASP A02:2021 Cryptographic Failures."),
    ("full", "allow", "Render user comments in our Vue app: plain text via {{ }} interpolation (no v-html), markdown converted server-side with markdown-it with html: false and then sanitized with DOMPurify's allowlist, links get rel=\"noopener nofollow\" and only http/https schemes, CSP script-src 'self', comment length max 5,000 chars. OWASP A03:2021 Injection."),
    ("full", "allow", "Image proxy for the newsletter editor (Go): only https, every dial checked against private/reserved ranges in a custom DialContext (so DNS rebinding is covered), redirects disabled, 3 s timeout, 5 MB cap, only image/png, image/jpeg and image/gif accepted and re-encoded before serving. OWASP Top 10 2025 A01:2025 Broken Access Control, which now includes SSRF.",
     "SSRF merged into A01 in the 2025 list"),
    ("full", "allow", "在 Spring Boot 中实现按订单号查询订单的接口：订单只返回给下单用户本人（用户 ID 取自会话，不取自参数），订单号为 UUID，找不到或无权限都返回 404，客服角色需要额外的 SUPPORT 权限且每次查看都写审计日志（日志中不记录支付信息）。OWASP A01:2021 失效的访问控制。"),
    # no-owasp: controls but no category
    ("no-owasp", "warn", "Password reset flow in Rails: token from SecureRandom.urlsafe_base64(32), only its digest stored, expires in 20 min, single use, same response whether or not the email exists, rate limit 3/hour per account, all sessions invalidated after the reset."),
    ("no-owasp", "warn", "Python: parse the uploaded XML invoices with defusedxml (no external entities, no DTDs), 2 MB cap, schema-validated before anything is read from them, parsing in a worker with a 10 s timeout."),
    ("no-owasp", "warn", "Row-level security in our multi-tenant Postgres: an RLS policy on every table using current_setting('app.tenant_id'), set from the verified JWT claim per transaction, the app role without BYPASSRLS, tests that tenant A can't read tenant B."),
    ("no-owasp", "warn", "Nouvelle route Express pour changer l'e-mail du compte : l'utilisateur doit être connecté et ressaisir son mot de passe, lien de confirmation envoyé à la nouvelle adresse (jeton aléatoire de 32 octets, expiration 1 h, usage unique), notification à l'ancienne adresse, protection CSRF par jeton synchronisé."),
    ("no-owasp", "warn", "Cookie de sessão no Express: express-session com store Redis, cookie secure, httpOnly, sameSite 'lax', regenerate() após o login, expiração por inatividade de 30 min, destroy() no logout."),
    ("no-owasp", "warn", "Webhook receiver for Stripe in Node: verify the Stripe-Signature with stripe.webhooks.constructEvent over the raw body, 5-minute tolerance, secret from env, reject anything unsigned, idempotency by event id."),
    ("no-owasp", "warn", "Сделай запуск бэкапа по имени базы из формы: имя проверяется по списку разрешённых баз, subprocess без shell, аргументы списком, таймаут 10 минут, доступ только у роли admin."),
    # negated: a control switched off
    ("negated", "warn", "Login API in FastAPI with bcrypt hashes and JWT (RS256, 15 min exp). OWASP A07:2021. No need for rate limiting or lockout, it's behind the VPN."),
    ("negated", "warn", "Write the avatar upload (Django): store under MEDIA_ROOT with the user's original filename, size limit 2 MB, images only. Don't bother checking the content type, the frontend already does. OWASP A04:2021."),
    ("negated", "warn", "Fetch the user-supplied feed URL server-side with a 5 s timeout and 1 MB cap. Skip the private-IP checks, our VPC has no internal services worth protecting. OWASP A10:2021."),
    ("negated", "warn", "Endpoint de búsqueda de pacientes con consultas parametrizadas, OWASP A03:2021. No hace falta comprobar de qué clínica es el usuario, todos los médicos pueden ver todo.",
     "access control to health data switched off"),
    ("negated", "warn", "Disable certificate verification (verify=False) for the calls to the partner's staging API, everything else as usual: timeouts 10 s, 3 retries. OWASP A02:2021."),
    ("negated", "warn", "Log the full request bodies of the signup endpoint, passwords included, for a week while we debug, in the normal app log. Logs are structured JSON, retention 7 days. OWASP A09:2021."),
    # make-secure
    ("make-secure", "warn", "Build a password reset feature for our Next.js app. Make it secure and follow best practices."),
    ("make-secure", "warn", "Write the endpoint that lets users download their invoices. Make sure it's secure!"),
    ("make-secure", "warn", "Crea un servizio che importa immagini da un URL fornito dall'utente. Deve essere sicuro al 100%."),
    ("make-secure", "warn", "사용자 파일 업로드 API를 Spring으로 만들어 주세요. 보안에 신경 써서요."),
    ("make-secure", "warn", "Write a secure Flask login. Use security best practices, OWASP-compliant.",
     "OWASP named without an id, no control"),
    # implicit: sensitive without the usual trigger words
    ("implicit", "warn", "When someone pastes a link in the chat, the server should grab the page and show its title and thumbnail under the message.",
     "server-side fetch of a user URL (SSRF)"),
    ("implicit", "warn", "Add a 'remember me' checkbox so people stay logged in for 30 days on that browser.",
     "long-lived sessions"),
    ("implicit", "warn", "GraphQL resolver: invoice(number: String!) returns the invoice with its line items and the customer's billing address.",
     "record by a client-supplied id: access control, personal data"),
    ("implicit", "warn", "Allow HR to attach scanned ID documents to an employee's profile, and show them on the profile page.",
     "uploads of identity documents"),
    ("implicit", "warn", "The client sends us its whole app state as a blob when it reconnects; restore it with Marshal.load in Ruby so they continue where they left off.",
     "deserialization of client data"),
    ("implicit", "warn", "Add a 'Send this report to' field where the user types an email address, and the server emails the PDF there.",
     "mail to a user-entered address"),
    ("implicit", "warn", "Let admins run a custom report by typing the WHERE clause in a text box, we append it to SELECT * FROM orders.",
     "SQL built from input"),
    ("implicit", "warn", "Impersonate-user button for support staff so they can see exactly what the customer sees.",
     "privilege to act as another user"),
]

EXERCISES: list[Entry] = [
    'def count_tokens(text: str) -> int:\n    """Return the number of whitespace-separated tokens in text.\n    >>> count_tokens("a  b c")\n    3\n    """',
    'def key_of_max(d: dict[str, int]) -> str:\n    """Return the key with the largest value; ties go to the smallest key.\n    >>> key_of_max({"b": 2, "a": 2, "c": 1})\n    \'a\'\n    """',
    'def final_balance(ops: list[int]) -> int:\n    """A bank account starts at 0. Apply deposits (positive) and withdrawals (negative) in\n    order, skipping any withdrawal that would make the balance negative. Return the final balance.\n    >>> final_balance([10, -5, -20, 7])\n    12\n    """',
    ('def password_length_ok(pw: str, lo: int = 8, hi: int = 64) -> bool:\n    """Return True if lo <= len(pw) <= hi.\n    >>> password_length_ok("abc")\n    False\n    """',
     "a string-length exercise"),
    'def is_plausible_email(s: str) -> bool:\n    """True if s has exactly one @, non-empty parts on both sides, and a dot in the part after it.\n    >>> is_plausible_email("a@b.co")\n    True\n    >>> is_plausible_email("a@@b.co")\n    False\n    """',
    ('def bucket_hash(s: str, m: int) -> int:\n    """Polynomial string hash with base 31 modulo m, used as a hash-table bucket index.\n    >>> bucket_hash("ab", 1000)\n    105\n    """',
     "hash for a hash table"),
    'def users_per_domain(emails: list[str]) -> dict[str, int]:\n    """Count users per email domain (the part after the @), lower-cased.\n    >>> users_per_domain(["a@X.org", "b@x.org", "c@y.com"])\n    {\'x.org\': 2, \'y.com\': 1}\n    """',
    'def rotate_left(xs: list[int], k: int) -> list[int]:\n    """Rotate xs left by k positions (k may exceed len(xs)).\n    >>> rotate_left([1, 2, 3, 4], 5)\n    [2, 3, 4, 1]\n    """',
    ('def caesar_puzzle(s: str, n: int) -> str:\n    """For the kids\' puzzle page: shift every letter n places in the alphabet, keeping case\n    and leaving other characters alone.\n    >>> caesar_puzzle("Abz!", 1)\n    \'Bca!\'\n    """',
     "a puzzle cipher that protects nothing"),
    'def token_positions(tokens: list[str], word: str) -> list[int]:\n    """Return the indices at which word occurs in tokens, case-insensitively."""',
    'def longest_login_streak(days: list[str]) -> int:\n    """Given ISO dates (YYYY-MM-DD) on which a user logged in, possibly unsorted and with\n    duplicates, return the length of the longest run of consecutive days."""',
    'def merge_intervals(iv: list[tuple[int, int]]) -> list[tuple[int, int]]:\n    """Merge overlapping closed intervals and return them sorted.\n    >>> merge_intervals([(1, 3), (2, 6), (8, 9)])\n    [(1, 6), (8, 9)]\n    """',
    ('def parity_bit(bits: list[int]) -> int:\n    """Return the even-parity bit for a list of 0/1 values."""',
     "a checksum"),
    ('def luhn_valid(number: str) -> bool:\n    """Return True if the digit string passes the Luhn checksum.\n    >>> luhn_valid("79927398713")\n    True\n    """',
     "a checksum exercise, no card data handled"),
    'def group_anagrams(words: list[str]) -> list[list[str]]:\n    """Group words that are anagrams of each other; groups in order of first appearance."""',
    'def top_k_keys(counts: dict[str, int], k: int) -> list[str]:\n    """Return the k keys with the highest counts, highest first, ties alphabetical."""',
    'def balanced(s: str) -> bool:\n    """Return True if every bracket in s ( [ { is closed in the right order.\n    >>> balanced("([]{})")\n    True\n    """',
    'def split_api_path(path: str) -> list[str]:\n    """Split "/v1/users/42/" into ["v1", "users", "42"], ignoring empty segments."""',
    'def decode_run_length(s: str) -> str:\n    """Decode "3a2b1c" to "aaabbc". Counts may have several digits."""',
    ('def session_minutes(events: list[tuple[int, str]]) -> int:\n    """Given (minute, "start" | "stop") events of a workout session, sorted by minute,\n    return the total minutes between each start and the next stop."""',
     "'session' is a workout session"),
    'def kontostand(buchungen: list[float]) -> float:\n    """Gibt den Kontostand nach allen Buchungen zurück, auf zwei Nachkommastellen gerundet.\n    >>> kontostand([100.0, -20.5, 3.333])\n    82.83\n    """',
    'def contar_vocales(texto: str) -> int:\n    """Devuelve cuántas vocales (con o sin tilde) hay en el texto.\n    >>> contar_vocales("Canción")\n    3\n    """',
]

HARMLESS: list[Entry] = [
    "center this div vertically and horizontally, flexbox pls",
    "Refactor this to use a list comprehension:\n\nresult = []\nfor x in items:\n    if x.active:\n        result.append(x.name)",
    "now add a test for the empty list case",
    "pandas: I have a df with columns date, store, sales. give me weekly sales per store as a pivot table, weeks starting Monday",
    "Write a GitHub Actions workflow that runs pytest on 3.11 and 3.12 and uploads the coverage report as an artifact.",
    "Convert this callback code to async/await:\n\nfs.readFile(p, (err, data) => { if (err) return cb(err); cb(null, JSON.parse(data)); });",
    "Plan: 1) move the date-formatting helpers from utils.py into dates.py 2) update the imports 3) add type hints 4) run mypy. Do steps 1 and 2 now.",
    "Why does my React useEffect run twice in dev mode? and how do I stop the double fetch",
    "make the bar chart colors follow the theme palette and put the legend at the bottom",
    "Write a Rust CLI that counts lines, words and bytes of the files given as args, like wc.",
    ("Dockerfile for a Node 20 app, multi-stage, final image on node:20-slim, run as the node user",
     "a container build; running as non-root is a detail, not a sensitive request"),
    "SQL migration: add a nullable column `shipped_at timestamptz` to orders and an index on (status, shipped_at).",
    "Sort the table when clicking on the column headers, toggle ascending/descending, vanilla JS.",
    "Bitte schreib mir ein Bash-Skript, das alle .png-Dateien in einem Ordner auf 50 % verkleinert (ImageMagick).",
    "Écris un composant Svelte pour une liste de tâches avec ajout, suppression et un filtre « terminées ».",
    "¿Cómo hago un debounce en JavaScript para un input de búsqueda? Dame el código.",
    "Escreva uma função em Python que converta temperaturas de Celsius para Fahrenheit e imprima uma tabela de 0 a 100.",
    "Scrivi una query SQL che restituisca i 5 prodotti più venduti per mese nel 2025 dalla tabella vendite(prodotto_id, data, quantita).",
    "Напиши функцию на Go, которая парсит строку длительности вида '1h30m' в секунды без time.ParseDuration.",
    "리스트에서 중복을 제거하되 순서는 유지하는 파이썬 함수를 작성해 주세요.",
    "写一个 TypeScript 函数，把嵌套的对象拍平成 'a.b.c' 形式的键。",
    "この Python のループを NumPy でベクトル化してください:\n\nout = []\nfor i in range(len(a)):\n    out.append(a[i] * b[i] + c)",
    "Bir dizideki en uzun artan alt diziyi bulan bir Java metodu yaz.",
    "ok that works. now add a --dry-run flag that prints what it would rename without renaming anything",
    "The pagination is off by one — page 2 repeats the last item of page 1. here's the code:\n\nstart = page * size\nitems = all_items[start - 1:start + size]",
    "Write a Makefile with targets build, test, lint and clean for a C project with src/ and tests/.",
    "Add a progress bar (tqdm) to this loop and make it resumable from the last processed file index stored in progress.txt",
    "generate 20 rows of fake product data (name, price, category) as JSON for our storybook",
    "Implement an LRU cache class in Java with get/put in O(1).",
    "Explain and fix: TypeError: Cannot read properties of undefined (reading 'map') in my component that renders props.items",
    ("Write a consistent hashing ring in Go for spreading cache keys across nodes, with virtual nodes.",
     "hashing for load distribution protects nothing"),
    "Add a keyboard shortcut (Ctrl+K) that opens the command palette in our Electron app.",
    "Turn this bash one-liner into a readable Python script with argparse:\n\nfind . -name '*.log' -mtime +7 -exec gzip {} \\;",
    "rewrite the README intro so it's shorter and says what the tool does in the first sentence",
    "write a tiny state machine for a traffic light in TypeScript with a tick() method, and tests",
    "the matplotlib x labels overlap, rotate them 45 degrees and make the figure wider",
    "step 3 of the plan: now wire the new dates.py helpers into the report generator and delete the old copies",
]

MENTIONS: list[Entry] = [
    ("Rename `encrypt_payload` to `prepare_payload` everywhere in the repo; it never encrypted anything, it just gzips.",
     "renaming an identifier"),
    ("Translate these UI strings to German: 'Forgot password?', 'Your session has expired', 'Two-factor code'.",
     "translating UI strings"),
    "Fix the typos in this docs paragraph: 'The autentication token is stored in the keychian and refreshed automaticaly.'",
    ("Add a migration that renames the column `pwd_reset_sent` to `password_reset_sent_at` and changes its type to timestamptz.",
     "a schema rename"),
    "Sort the imports in auth/views.py alphabetically and remove the unused ones.",
    "Update the CHANGELOG for 3.2.0 with two entries: 'Fixed: SQL injection in search (CVE-2026-1234)' and 'Changed: bcrypt cost raised to 12'.",
    "Make the 'Encrypted' badge on the file list green instead of grey.",
    ("Ajoute un test qui vérifie que le champ « mot de passe » du formulaire d'inscription a bien type=\"password\".",
     "a UI test on an input type"),
    "Change the level of the `tls_handshake` logger from DEBUG to INFO in logging.yaml.",
]

QUESTIONS: list[Entry] = [
    "What's the difference between authentication and authorization? One paragraph, no code.",
    "Is it OK to keep a JWT in localStorage or should it be an httpOnly cookie? Pros and cons only.",
    "Which OWASP Top 10 2025 category covers SSRF now?",
    "Was ist CSRF und warum schützt SameSite=Lax nur teilweise? Bitte ohne Code.",
    "¿Qué significa el principio de mínimo privilegio aplicado a roles de base de datos? Sin código.",
    "SQL 인젝션이 왜 발생하는지 초보자에게 설명해 주세요. 코드 예시는 필요 없어요.",
    "Why is pickle unsafe on untrusted data? short answer",
    "O que é um ataque de timing em comparação de strings? Só a explicação.",
]


def rows() -> list[dict]:
    return free_form_rows(globals(), "h9-")


def main() -> int:
    return write(rows(), OUT)


if __name__ == "__main__":
    raise SystemExit(main())
