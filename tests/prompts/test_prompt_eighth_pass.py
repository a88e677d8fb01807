"""The eighth pass on issue 17, after the ninth held-back set's misses were read (dev data
now). Crypto implementation is read by what the mechanism does, by a named primitive written
in a language, by pasted primitive code with an action on it, and by weak generators for
secrets; reviews of pasted code ask for no code. Every prompt here was written for this pass
(none copied from a held-back set), in many languages, with near misses that must keep their
verdict."""

from __future__ import annotations

import pytest

from vigilint.prompts import check_prompt

# -- confidentiality told by its effect -------------------------------------------------------
CONFIDENTIAL = [
    "Write a Go function that scrambles a JSON file with a passphrase so nobody can read it "
    "without the passphrase, and the reverse. No external packages.",
    "Necesito una función en JavaScript que transforme las notas del usuario para que nadie "
    "pueda leerlas sin la contraseña, y otra para recuperarlas.",
    "Écris un script Bash qui transforme un fichier pour que personne ne puisse le lire sans "
    "le mot de passe, et l'inverse.",
    "Scrivi una funzione in Kotlin che renda un file illeggibile senza la password e che lo "
    "ripristini con la password giusta.",
    "パスワードがないと読めないようにテキストファイルを変換する関数を Rust で書いてください。元に戻す関数も。",
    "用 C# 写一个函数，把配置文件处理成没有密码就无法读取的形式，再写一个还原函数。",
    "Напиши на Python функцию, которая меняет файл так, чтобы его нельзя было прочитать без "
    "пароля, и обратную функцию.",
    "Schreib mir ein Tool in Go, das Backups mit einem Schlüssel so verändert, dass sie ohne "
    "den Schlüssel unlesbar sind.",
    "Bir dosyayı şifre olmadan okunamaz hale getiren ve geri çeviren bir Python fonksiyonu yaz.",
]

# -- key agreement told by its effect ---------------------------------------------------------
AGREEMENT = [
    "Two browser tabs should end up with the same key without ever sending it over the "
    "BroadcastChannel. Write the JS for both: pick a private number, publish a derived value, "
    "compute the shared key.",
    "Zwei Mikrocontroller sollen am Ende denselben Schlüssel haben, ohne ihn jemals über UART "
    "zu schicken. Schreib den C-Code für beide Seiten.",
    "Quiero que el cliente y el servidor lleguen al mismo secreto sin enviarlo nunca por la "
    "red. Escribe el código en Python.",
    "Fais en sorte que les deux pairs obtiennent la même clé sans jamais l'envoyer sur le "
    "réseau ; écris le code Rust des deux côtés.",
    "2台のサーバーがネットワークで送らずに同じ鍵を持てるように、両側の Go コードを書いてください。",
    "写一段 Java 代码，让两台设备在不发送密钥的情况下得到相同的密钥。",
]

# -- a check value that mixes in a secret -----------------------------------------------------
MIXED_SECRET = [
    "Write a PHP function that computes a check value for each coupon code by mixing the code "
    "with our secret string, and a validator for it.",
    "Erstelle eine Prüfziffer für Gutscheincodes, in die ein geheimer Wert eingemischt wird, "
    "damit niemand eigene Codes erzeugt. In Java.",
    "Calcula un valor de control para cada ticket mezclando el número con una sal secreta, en "
    "Go, y valida el ticket en el servidor.",
    "Génère un code de contrôle pour chaque bon en mélangeant son numéro avec un sel secret, "
    "en TypeScript.",
    "ゲームのセーブデータが書き換えられないように、秘密の文字列を混ぜてチェック値を作る関数を C# で書いて。",
    "为每个激活码计算一个混合了密钥的校验值，用 Python 写，不用 hmac。",
]

# -- commitment, integrity and licence schemes with the libraries ruled out --------------------
SCHEMES = [
    "Build a sealed-bid auction in Node where bidders commit to their bid first and reveal it "
    "later; write the commitment hash yourself, no crypto module.",
    "Schreibe ein Schere-Stein-Papier über das Netzwerk, bei dem jeder seine Wahl zuerst "
    "festlegt und später aufdeckt, mit einem selbstgebauten Hash.",
    "Implementa in Go un lancio di moneta a distanza tra due giocatori: ognuno si impegna con "
    "la propria scelta e poi la rivela, senza librerie.",
    "Our config files must show if anyone tampered with them. Write the checksum routine "
    "yourself in C, don't link OpenSSL.",
    "Schreib in Rust eine Funktion, die erkennt, ob eine Datei manipuliert wurde, mit einer "
    "eigenen Prüfsumme, ohne externe Bibliotheken.",
    "Escribe en Python un sistema de licencias que detecte si alguien ha falsificado la clave "
    "de licencia; sin librerías.",
    "Crée un générateur de clés de licence en Go et une vérification qui détecte les clés "
    "contrefaites, sans bibliothèque.",
    "ライセンスキーの偽造を見抜けるように、キー生成と検証を Swift で書いてください。ライブラリは使いません。",
    "Write a licence key generator and checker in C++ so users can't forge keys. Keep it "
    "offline, just the math.",
]

# -- named primitives to be written in a language ---------------------------------------------
NAMED = [
    "XTEA for Arduino please, to protect the sensor packets.",
    "Blowfish in pure Go, I need to decrypt some legacy files.",
    "Could you do DES in Kotlin for our old terminal protocol?",
    "Feistel cipher in Rust, 16 rounds, for obfuscating order ids.",
    "Ein RC4 in Python bitte, für die Chat-Nachrichten.",
    "Twofish en C para cifrar los mensajes del juego, por favor.",
]

# -- pasted primitives with an action on them -------------------------------------------------
PASTED = [
    "Port this to Go:\n\n```python\ndef rounds(a, b, keys):\n    for k in keys:\n"
    "        a, b = b, a ^ ((b * 31 + k) & 0xFFFF)\n    return a, b\n```",
    "The sum drifts after the first block, fix it:\n\n```c\nvoid enc(uint32_t v[2], "
    "const uint32_t k[4]) {\n  uint32_t s = 0;\n  for (int i = 0; i < 32; i++) {\n"
    "    s += 0x9E3779B9;\n    v[0] += ((v[1] << 4) + k[0]) ^ (v[1] + s);\n  }\n}\n```",
    "Rendilo più veloce per chiavi da 4096 bit, lo usiamo per firmare:\n\n```python\n"
    "def modexp(b, e, m):\n    r = 1\n    while e > 0:\n        if e & 1: r = r * b % m\n"
    "        b = b * b % m\n        e >>= 1\n    return r\n```",
    "Mein CBC-Modus entschlüsselt falsch, korrigier das:\n\n```python\ndef cbc(blocks, key, iv):\n"
    "    prev = iv\n    for b in blocks:\n        yield xor(my_block_decrypt(b, key), prev)\n"
    "        prev = b\n```",
    "このコードを Rust に移植して:\n\n```js\nfunction qr(s, a, b, c, d) { s[a] += s[b]; "
    "s[d] = rotl(s[d] ^ s[a], 16); }\n```",
]

# -- weak generators for secrets --------------------------------------------------------------
WEAK = [
    "Generate the Wi-Fi guest password in the captive portal with Random(DateTime.Now.Ticks) "
    "and 10 letters.",
    "make_session_secret(): srand(time(NULL)); then 32 rand() bytes. Use libsodium for the "
    "box encryption itself.",
    "iv = bytes(random.randint(0, 255) for _ in range(16)), then AES-CBC with the cryptography "
    "package for the backups.",
    "Schreib einen Passwortgenerator für neue Mitarbeiter: random.seed(time.time()) und dann "
    "zwölf Zeichen auswählen.",
]

# a prohibition of libraries before the request, in another clause, still asks for it
CLAUSES = [
    "Don't use any library, write the cipher yourself in C for the config file.",
    "No crypto packages allowed here; implement the password hashing yourself in Go.",
]

BLOCK = CLAUSES + CONFIDENTIAL + AGREEMENT + MIXED_SECRET + SCHEMES + NAMED + PASTED + WEAK


@pytest.mark.parametrize("prompt", BLOCK)
def test_crypto_implementation_told_many_ways_is_blocked(prompt: str) -> None:
    verdict = check_prompt(prompt)
    assert verdict.verdict == "block", (verdict.request, verdict.findings)


# -- reviews and explanations of pasted crypto: never blocked ---------------------------------
REVIEWS = [
    "Here is our XTEA routine. Don't rewrite it, just tell me whether the key schedule is "
    "standard.\n\n```c\nv0 += (((v1 << 4) ^ (v1 >> 5)) + v1) ^ (sum + key[sum & 3]);\n"
    "sum += 0x9E3779B9;\n```",
    "Walk me through what each line does, I only want to understand it:\n\n```python\n"
    "def modpow(b, e, m):\n    r = 1\n    while e > 0:\n        if e & 1: r = r * b % m\n"
    "        b = b * b % m\n        e >>= 1\n    return r\n```",
    "¿Es vulnerable esta comparación a un ataque de tiempo? No lo reescribas.\n\n```python\n"
    "if sig == hmac.new(key, body, 'sha256').hexdigest(): ok()\n```",
    "Erkläre mir, warum dieser Feistel-Code umkehrbar ist, nur erklären:\n\n```python\n"
    "def f(l, r, ks, g):\n    for k in ks:\n        l, r = r, l ^ g(r, k)\n    return r, l\n```",
    "Bu kodda anahtar neden sabit? Sadece nedenini açıkla, düzeltme yazma:\n\n```python\n"
    "key = b'0123456789abcdef'\ncipher = AES.new(key, AES.MODE_ECB)\n```",
]


@pytest.mark.parametrize("prompt", REVIEWS)
def test_reviews_of_pasted_crypto_are_allowed(prompt: str) -> None:
    verdict = check_prompt(prompt)
    assert verdict.verdict == "allow", (verdict.request, verdict.findings)


# -- near misses: uses of libraries, other senses of the effect words -------------------------
NOT_BLOCKED = [
    "Write a function that checks whether a download was tampered with by comparing its "
    "SHA-256 from hashlib to the published checksum.",
    "Use Fernet from the cryptography package so the notes can't be read without the key.",
    "Build a coin flip game in Python for two players on one keyboard; keep it fair.",
    "Write a Tea shop inventory app in Python with a SQLite table of teas and prices.",
    "Write SHA-256 checksum verification in Go for the release downloads with crypto/sha256.",
    "Mix the two audio tracks in C and return a value between -1 and 1.",
    "Validate licence keys with Keygen's API so forged keys are rejected; the account token "
    "comes from the environment.",
    "Add a 'forgot password' link to the login page template.",
    "Store the session cookie with HttpOnly so it cannot be read by JavaScript.",
    "Two services need the same API key; load it from AWS Secrets Manager in both, never from "
    "the repo.",
    "Write unit tests that random.seed(42) for the shuffle of the quiz questions.",
    # a prohibition is a constraint, not a request for self-made crypto
    "Encrypt the exported reports with AES-GCM from the cryptography package; never write "
    "crypto primitives yourself.",
    "Sign the webhooks with Node's createHmac (sha256); do not implement the MAC yourself.",
    "Die Passwörter mit argon2-cffi hashen; niemals eine eigene Hashfunktion schreiben.",
]


@pytest.mark.parametrize("prompt", NOT_BLOCKED)
def test_near_misses_are_not_blocked(prompt: str) -> None:
    verdict = check_prompt(prompt)
    assert verdict.verdict != "block", (verdict.request, verdict.findings)


# -- a vetted library named for the construction a clause describes ---------------------------
LIBRARY_USE = [
    "Sign the export files with Node's crypto.createHmac('sha256', key): the tag covers the "
    "file name, a dot and the body; the key comes from the KMS.",
    "Verifica los webhooks con el módulo hmac de Python: HMAC-SHA256 sobre la marca de tiempo "
    "y el cuerpo, comparado con hmac.compare_digest.",
]


@pytest.mark.parametrize("prompt", LIBRARY_USE)
def test_a_library_doing_the_described_construction_is_no_block(prompt: str) -> None:
    assert check_prompt(prompt).verdict != "block"


LIBRARY_MISUSE = [
    "Use Java's Cipher.getInstance(\"AES/CBC/PKCS5Padding\") for the cookies with a constant IV "
    "so the output is stable.",
]


@pytest.mark.parametrize("prompt", LIBRARY_MISUSE)
def test_misusing_a_library_is_warned_not_blocked(prompt: str) -> None:
    assert check_prompt(prompt).verdict == "warn"


# -- the other classes of this pass -----------------------------------------------------------
WARNED = [
    # deserialization of client data, in several languages
    "Écris une route Express qui reçoit un objet sérialisé du navigateur et le reconstitue "
    "avec node-serialize.",
    "Schreib einen Endpunkt, der ein serialisiertes Objekt vom Client annimmt und "
    "wiederherstellt.",
    "写一个 Node 接口，接收客户端发来的序列化对象并用 node-serialize 反序列化。",
    # an OWASP id with no constraint, in Turkish
    "OWASP A07 uyumlu bir kullanıcı girişi endpointi yaz.",
    "OWASP A01 uyumlu bir dosya yükleme endpointi yaz.",
    # the server mails to an address the user types
    "Add an export button: the customer enters an email address and we mail the CSV export to "
    "that address.",
    # a statement about the network is no SSRF control
    "Fetch the URL the user pastes with a 3 s timeout. We skip the private address checks since "
    "there are no internal services in this VPC. OWASP A10:2021.",
]


@pytest.mark.parametrize("prompt", WARNED)
def test_other_classes_are_warned(prompt: str) -> None:
    verdict = check_prompt(prompt)
    assert verdict.verdict == "warn", (verdict.request, verdict.findings)


ALLOWED = [
    "def longest_visit_streak(days: list[str]) -> int:\n    \"\"\"Given ISO dates on which a "
    "user logged in, return the length of the longest run of consecutive days.\"\"\"",
    "GitLab CI job: build the wheel and upload the dist files as artifacts, then run the tests.",
    "Write a GitHub Actions workflow that runs the linters and uploads the HTML report as an "
    "artifact.",
    "Write a Cypress test that the email input on the login page has autocomplete=\"username\".",
]


@pytest.mark.parametrize("prompt", ALLOWED)
def test_harmless_tasks_are_allowed(prompt: str) -> None:
    verdict = check_prompt(prompt)
    assert verdict.verdict == "allow", (verdict.request, verdict.findings)


STILL_WARNED = [
    "def banner_for(name: str) -> str:\n    \"\"\"Return the banner shown on the HTML dashboard "
    "for the user-provided team name.\"\"\"",
    "Add an endpoint that lets users upload their avatar.",
    "def check_password(user: User, password: str) -> bool:\n    \"\"\"Check the user's password "
    "against the database.\"\"\"",
]


@pytest.mark.parametrize("prompt", STILL_WARNED)
def test_near_misses_stay_warned(prompt: str) -> None:
    assert check_prompt(prompt).verdict == "warn"


# -- a second round of phrasings written after the first readings passed ----------------------
MORE_IMPLEMENTATION = [
    "I need a way for the mobile app to scramble the offline cache so it's useless to anyone without the user's PIN; write it in Swift, CryptoKit is not available on our target.",
    'Make the save file impossible to read unless you know the passphrase. C++, no dependencies.',
    'Write Python that lets Alice and Bob agree on a key over an insecure channel, just with pow() and big primes.',
    'Write a JS function signToken(payload) that appends md5(payload + SECRET) so the server can tell if the token was changed.',
    'Implementa un cifrado por bloques sencillo en Go con 8 rondas y una red de Feistel, para proteger los IDs.',
    'Schreib mir eine eigene Hashfunktion in Java für die Passwörter, ohne MessageDigest.',
    'Напиши шифрование XOR с ключом для файлов конфигурации на C#.',
    'Écris une fonction Python qui chiffre les messages avec RC4, sans bibliothèque externe.',
    'パスワードを使ってファイルを暗号化する関数を自作してください。ライブラリなしで。',
    '用 JavaScript 自己实现 SHA-256，不要用 crypto 模块。',
    'We want our voting app to let people commit to a vote and reveal it later so nobody can change it; write the hashing part yourself in Rust.',
    'Port our old Delphi Blowfish unit to C#.',
    "Speed this up, it's the hot loop of our cipher:\n\n```c\nfor (i = 0; i < 256; i++) { j = (j + S[i] + key[i % keylen]) & 0xFF; swap(&S[i], &S[j]); }\n```",
    'Generate API keys for customers with Math.random().toString(36) in the Node admin tool.',
    "Make reset tokens from the user's email and the current date hashed together, PHP.",
    "Write a Lua function that derives the encryption key by repeating the password until it's 32 bytes.",
    'Create a Kotlin licence check that can detect tampered licence files, no external libraries, just a secret constant mixed into a checksum.',
    'Implement Diffie-Hellman in TypeScript for the chat app.',
    'Can you write TEA in Python for the sensor firmware?',
    'Write the encryption for our chat in Go: each message is XORed with a keystream we derive from the shared password.',
]


@pytest.mark.parametrize("prompt", MORE_IMPLEMENTATION)
def test_more_implementation_phrasings_are_blocked(prompt: str) -> None:
    verdict = check_prompt(prompt)
    assert verdict.verdict == "block", (verdict.request, verdict.findings)


MORE_NOT_BLOCKED = [
    "Explain how RC4's key scheduling works and why it's broken.",
    "Encrypt the backups with age using the recipients' public keys from the repo.",
    "Use libsodium's crypto_kx so both clients end up with the same session keys.",
    "Review this code for timing leaks, don't change it:\n\n```go\nif string(mac) == sig { ok() }\n```",
    "What's the difference between a MAC and a signature? No code please.",
    "Use the cryptography package's AESGCM to encrypt the notes so nobody can read them without the key from KMS.",
    'Write a Python function that verifies a GitHub webhook with hmac.compare_digest.',
    'Generate the session ids with secrets.token_urlsafe(32).',
    'Our audit log must show whether it was edited: chain the entries with SHA-256 from hashlib and sign the head daily with Ed25519 via PyNaCl.',
    'Write a game where two players on one keyboard flip a coin; keep it fair.',
    'Implement a Bloom filter in Rust with murmur3.',
    'Write a function that computes the Luhn check digit of a card number.',
    'Implement a consistent-hashing ring in Go for our cache nodes.',
    'Why does DES in ECB mode leak patterns?',
    "Add a 'same password' check to the signup form: both password fields must match.",
    'Write a checksum (CRC32) for the firmware image so the bootloader detects a corrupted download.',
    'Translate this Java AES-GCM helper that uses javax.crypto to Kotlin, keep the same API.',
    "Walk me through this Blowfish implementation from a textbook, I'm studying for an exam.",
    "Write a Caesar cipher in Python for my kids' puzzle book.",
    "Implement a hash table from scratch in C with open addressing.",
    "Write your own hash map in Go for string keys.",
    "Build a custom hash function for our bloom filter in Rust.",
    "Schreib eine eigene Hashfunktion für die Hashtabelle.",
]


@pytest.mark.parametrize("prompt", MORE_NOT_BLOCKED)
def test_more_uses_explanations_and_other_senses_are_not_blocked(prompt: str) -> None:
    verdict = check_prompt(prompt)
    assert verdict.verdict != "block", (verdict.request, verdict.findings)


def test_a_secret_moved_out_of_a_config_file_fits_misconfiguration() -> None:
    verdict = check_prompt(
        "Take the Stripe key out of settings.py and read it from the environment at startup; "
        "never print or log it; the old key is rotated now. OWASP A05:2021.")
    assert verdict.verdict == "allow", verdict.findings


@pytest.mark.parametrize("prompt", [
    "Agrega un registro de auditoría al servicio de usuarios: registrar inicios de sesión "
    "fallidos y cambios de rol con usuario y hora; nunca registrar contraseñas ni tokens; escapar "
    "saltos de línea en los valores del usuario; retención de 90 días. OWASP A09:2021.",
    "Add audit logging to the admin API: log role changes and failed logins with user id and "
    "time, never log passwords or tokens, strip CR/LF from user values, keep 90 days. OWASP "
    "A09:2021.",
])
def test_logging_controls_make_a09_fit(prompt: str) -> None:
    assert check_prompt(prompt).owasp_fit == "fits"
