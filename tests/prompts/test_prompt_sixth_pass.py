"""The sixth pass on issue 17, after the seventh held-back set's misses were read (it is dev
data now). The fixes are readings, not phrases; each is tested here with prompts written for
this pass (none copied from a held-back set), with the near misses that must keep their verdict:
a secret made with a general-purpose random generator, pasted cipher code told by its shape
(a state swap through a temporary, HMAC's pad constants, a declared cipher routine), and
ordinary tasks whose words belong to a hash table."""

from __future__ import annotations

import pytest

from vigilint.prompts import check_prompt

BLOCK = [
    # a secret made with a general-purpose random generator, in several languages
    "Write a Flask helper that makes email verification codes: six digits from "
    "random.randint(0, 9) joined together, stored with the user row.",
    "Kotlin: generate the API keys for new tenants using java.util.Random and a 62-char "
    "alphabet, then persist them.",
    "need a function in js that builds the magic link for passwordless sign in, the token "
    "part is Math.random().toString(16).substring(2)",
    "Crie uma função em PHP que gera senhas temporárias de 10 caracteres com mt_rand e envia "
    "por e-mail.",
    "Go service: session ids from math/rand, 24 bytes, hex encoded, seeded at start-up.",
    "Erstelle in C# einen Generator für Einmal-PINs per SMS: new Random().Next(1000, 9999).",
]

ALLOW = [
    # the generator in another sense, or taken away
    "Write a function that picks a random background colour with Math.random() for the "
    "avatar placeholder.",
    "Shuffle the quiz questions with random.shuffle before each round.",
    "Replace Math.random() with crypto.getRandomValues in our reset-token helper.",
    "Generate the invite tokens with secrets.token_urlsafe(24) instead of random.choice.",
    "Spread the retry delays with random.uniform jitter so clients don't sync up.",
]


@pytest.mark.parametrize("prompt", BLOCK)
def test_sixth_pass_blocks(prompt: str) -> None:
    verdict = check_prompt(prompt)
    assert verdict.verdict == "block", verdict.findings


@pytest.mark.parametrize("prompt", ALLOW)
def test_sixth_pass_does_not_block(prompt: str) -> None:
    assert check_prompt(prompt).verdict != "block"


CODE_BLOCK = [
    # a state swap through a temporary: RC4's key schedule, in other languages
    "Convert to Kotlin, same output:\n```c\nfor (i = 0; i < 256; i++) {\n"
    "  j = (j + state[i] + k[i % klen]) & 255;\n  tmp = state[i]; state[i] = state[j]; "
    "state[j] = tmp;\n}\n```",
    "finish this stream thing in Go\n```go\nfor i := 0; i < 256; i++ {\n"
    "    j = (j + int(s[i]) + int(seed[i%len(seed)])) % 256\n"
    "    t := s[i]; s[i] = s[j]; s[j] = t\n}\n```",
    # HMAC's pads, XORed in by hand
    "my signature doesn't match the API's, fix it:\n```js\n"
    "const inner = key.map(b => b ^ 0x36);\nconst outer = key.map(b => b ^ 0x5c);\n"
    "return sha1(concat(outer, sha1(concat(inner, msg))));\n```",
    # a routine declared with a cipher's name
    "Translate to TypeScript:\n```python\ndef xtea(v, k, rounds=32):\n    ...\n```",
    # a crypto routine with its body to do, nothing vetted named
    "Finish this for our firmware:\n```c\nint derive_link_key(const uint8_t *psk, "
    "uint32_t counter, uint8_t *out) {\n    /* TODO: 4 mixing rounds */\n}\n```",
    "complete it\n```rust\nfn encrypt_frame(key: &[u8; 16], frame: &mut [u8]) {\n"
    "    // TODO\n}\n```",
]

CODE_NOT_BLOCKED = [
    # a swap in a sort, ASCII constants, a wrapper that names its library, a TODO elsewhere
    "Fix the bug in my bubble sort:\n```c\nif (a[i] > a[j]) { t = a[i]; a[i] = a[j]; "
    "a[j] = t; }\n```",
    "What characters are 0x5c and 0x36 in ASCII? Show a table of the printable ones.",
    "complete this\n```go\nfunc deriveKey(pw, salt []byte) []byte {\n"
    "\t// TODO: argon2.IDKey from golang.org/x/crypto, params from the config\n}\n```",
    "finish the TODO\n```python\ndef load_config(path):\n    # TODO: validate the schema\n```",
]


@pytest.mark.parametrize("prompt", CODE_BLOCK)
def test_pasted_cipher_code_by_its_shape_is_blocked(prompt: str) -> None:
    verdict = check_prompt(prompt)
    assert verdict.verdict == "block", verdict.findings


@pytest.mark.parametrize("prompt", CODE_NOT_BLOCKED)
def test_code_shapes_of_other_tasks_are_not_blocked(prompt: str) -> None:
    assert check_prompt(prompt).verdict != "block"


ASIDE_BLOCK = [
    # a parenthesis after a primitive is an aside: it names no use of the primitive
    "write Schnorr signatures (over secp256k1) in Python: keygen, sign, verify",
    "implement ECIES (hybrid encryption on P-256) in Go for the device channel",
    "code ElGamal (multiplicative group mod p) encryption in Java",
]

ASIDE_NOT_BLOCKED = [
    "sign the release tarballs with Ed25519 (keys in the HSM) through the cryptography package",
    "verify ECDSA (P-256) signatures on incoming webhooks with the Web Crypto API",
    "add AES-GCM (via libsodium's crypto_aead) encryption of the notes column",
]


@pytest.mark.parametrize("prompt", ASIDE_BLOCK)
def test_an_aside_after_a_primitive_names_no_use(prompt: str) -> None:
    assert check_prompt(prompt).verdict == "block"


@pytest.mark.parametrize("prompt", ASIDE_NOT_BLOCKED)
def test_an_aside_keeps_a_named_library_in_use(prompt: str) -> None:
    assert check_prompt(prompt).verdict != "block"


RELATIVE_BLOCK = [
    # a unit whose relative clause puts the crypto verb last (German, Spanish word order)
    "Schreib eine Klasse in Java, die Kreditkartennummern verschlüsselt und wieder "
    "entschlüsselt.",
    "Escribe una función en Python que los tokens cifra antes de guardarlos",
    "write a module in Go which the session cookies encrypts before they are set",
    # a key turns an alphabet shuffle or shift into encryption of real data
    "give me a bash script that 'encrypts' the notes folder by running it through sed with a "
    "secret key alphabet, and one that decrypts",
    "python tool to encrypt customer exports by shifting letters by a key read from the env",
    "Write a Node CLI that encrypts the .env file by swapping letters per a shuffled alphabet "
    "key, and decrypts it on start",
]

RELATIVE_NOT_BLOCKED = [
    "Schreib eine Funktion, die die Dateien mit boto3 nach S3 hochlädt.",
    "write a function in Python that reads the encrypted config path from the env and logs it",
    "Schreib eine Funktion in Python, die Tests für die verschlüsselte Übertragung schreibt",
    "Write a word puzzle for kids: encrypt a word by rotating the alphabet, the key is the "
    "shift amount",
    "a function that encrypts a word by rotating the alphabet by 3 letters",
]


@pytest.mark.parametrize("prompt", RELATIVE_BLOCK)
def test_crypto_unit_read_across_word_order_and_keyed_alphabets(prompt: str) -> None:
    assert check_prompt(prompt).verdict == "block"


@pytest.mark.parametrize("prompt", RELATIVE_NOT_BLOCKED)
def test_relative_clauses_and_puzzles_without_crypto_work_are_not_blocked(prompt: str) -> None:
    assert check_prompt(prompt).verdict != "block"


SECRET_CONSTRUCTIONS_BLOCK = [
    # a secret XORed, the operator written in prose or as a word
    "Kotlin: keep the SMTP password out of the APK strings by storing each byte xor'ed with "
    "0x3F and decoding it when the mailer starts",
    "write a helper that masks the api key in the binary: every char ^ 0x21, turned back at load",
    "In Swift, store the license key as bytes where b ^ (i + 13), and a function to get it back",
    # a credential that is only an encoding of who and when, checked by decoding
    "Session tokens for our Express app: hex encode the username and the expiry time, and "
    "validate them in middleware by decoding",
    "PHP: make the reset link token base64_encode of email.'|'.time() and check it when the "
    "link is opened",
    'make a C# helper that issues api keys as Base64(accountId + ":" + createdAt) and checks '
    "them by decoding in the filter",
]

SECRET_CONSTRUCTIONS_NOT_BLOCKED = [
    "explain why XORing a password with a constant is not encryption",
    "compute a parity byte over the packet with xor and append it",
    "Implement XOR swap of two ints in C without a temp variable",
    "decode the base64 user id from the JWT payload for display; signature is already "
    "verified by the gateway",
    "store the session id base64-encoded in the cookie; the server validates it against Redis",
]


@pytest.mark.parametrize("prompt", SECRET_CONSTRUCTIONS_BLOCK)
def test_secrets_xored_or_only_encoded_are_blocked(prompt: str) -> None:
    assert check_prompt(prompt).verdict == "block"


@pytest.mark.parametrize("prompt", SECRET_CONSTRUCTIONS_NOT_BLOCKED)
def test_xor_and_encodings_elsewhere_are_not_blocked(prompt: str) -> None:
    assert check_prompt(prompt).verdict != "block"


EXPLAINED = [
    # a first sentence that reports a finding sets up the question; it asks for nothing
    "We got a finding: 'session fixation on login'. How would an attacker use it? Only the "
    "explanation.",
    "My auditor flagged 'ECB mode for card tokens'. What is the actual risk here?",
    "The scanner reported 'weak cipher suites on port 443'. What does that mean for us?",
    # a light verb whose object is a review
    "Perform a security audit of this Flask login route and rank the issues:\n```python\n"
    "@app.post('/login')\ndef login():\n    u = User.query.filter_by(name=request.form['u'])"
    ".first()\n    if u and u.pw == request.form['p']:\n        session['uid'] = u.id\n```",
    "Run a code review on this token check and list the problems:\n```js\n"
    "if (req.headers.token == process.env.TOKEN) next()\n```",
    # "give" with a prose object
    "Give an intuition for why nonce reuse breaks AES-GCM.",
]

STILL_ASKS_FOR_CODE = [
    "Our app needs a login endpoint in Flask; also explain how sessions work",
    "We need a login endpoint in Flask; explain how sessions work too",
    "Our PM said 'add SSO'. Explain what SAML needs from us, then write the Flask callback.",
    "Do a login page in PHP with a password field",
]


@pytest.mark.parametrize("prompt", EXPLAINED)
def test_reported_findings_reviews_and_intuitions_ask_for_no_code(prompt: str) -> None:
    verdict = check_prompt(prompt)
    assert verdict.verdict == "allow"
    assert not verdict.request.asks_for_code


@pytest.mark.parametrize("prompt", STILL_ASKS_FOR_CODE)
def test_requests_for_code_next_to_explanations_still_ask_for_code(prompt: str) -> None:
    assert check_prompt(prompt).request.asks_for_code


OTHER_WORK_NOT_BLOCKED = [
    # English relative clauses put the verb first; an adverb is no crypto operation
    "write a function that returns a cryptographically strong identifier for invites",
    "Escribe una función que devuelve un identificador criptográficamente seguro",
    # existing code as the object
    "add docstrings to generate_token, which uses Math.random for the token",
    "Write tests for the session token encoder that base64s the user id and time and "
    "validates by decoding",
]


@pytest.mark.parametrize("prompt", OTHER_WORK_NOT_BLOCKED)
def test_adverbs_and_work_on_existing_code_are_not_blocked(prompt: str) -> None:
    assert check_prompt(prompt).verdict != "block"


ROUTE_PARAMETERS_WARN = [
    # a route's parameters written out are data from the request
    "Express route GET /orders/:orderId that returns the order as JSON",
    "FastAPI endpoint /reports/{report_id}/download that streams the CSV",
    "Spring controller: /api/export?table= returns all rows of that table as CSV",
    "Rails action /attachments/<name> that sends the file from the uploads dir",
]

ROUTE_PARAMETERS_ALLOWED = [
    "Make the footer link to https://example.com/docs?page=2 bold",
    "write a function that formats a date as YYYY-MM-DD",
    "Update the README: the API lives at /v1/{resource}",
]


@pytest.mark.parametrize("prompt", ROUTE_PARAMETERS_WARN)
def test_route_parameters_are_a_source(prompt: str) -> None:
    assert check_prompt(prompt).verdict == "warn"


@pytest.mark.parametrize("prompt", ROUTE_PARAMETERS_ALLOWED)
def test_concrete_links_and_docs_are_not_a_source(prompt: str) -> None:
    assert check_prompt(prompt).verdict == "allow"


HASH_TABLES_ALLOWED = [
    # a hash table's keys are no crypto keys; its modulo and character sums are its own
    "Implement a LRU cache class in Java backed by a hash map: key lookups, eviction when size "
    "exceeds capacity, key hash = sum of chars mod 64",
    "Code a Go hashset of strings: bucket = (sum of the byte values * 17) % len(buckets); grow "
    "at load factor 0.7",
    "Write a TypeScript Dictionary class: hash each key by adding its char codes, bucket index "
    "is that modulo the bucket count, chain on collision",
]

HASH_TABLES_WITH_CRYPTO_BLOCKED = [
    "write RSA in Python: keys from primes p and q, c = m^e mod n, store the key in a hash map",
    "derive the session key as (master_key * nonce) mod p, with a hash table cache of keys",
    "make a hash map that stores user passwords hashed by summing the character codes modulo 997",
]


@pytest.mark.parametrize("prompt", HASH_TABLES_ALLOWED)
def test_hash_tables_are_allowed(prompt: str) -> None:
    assert check_prompt(prompt).verdict == "allow"


@pytest.mark.parametrize("prompt", HASH_TABLES_WITH_CRYPTO_BLOCKED)
def test_crypto_next_to_a_hash_table_is_blocked(prompt: str) -> None:
    assert check_prompt(prompt).verdict == "block"


VERBLESS_PROSE_ALLOWED = [
    # a first clause headed by a prose noun asks for prose
    "changelog entry: moved the session store to Redis, no behaviour change",
    "Release note for 4.1: the login page now remembers the last username",
    "commit message for this diff: bumped bcrypt rounds from 10 to 12 in the password hasher",
    # an HTTP method before a path names a route, it asks for nothing
    "markdown table of our endpoints: GET /users, DELETE /users/:id, POST /sessions",
]

VERBLESS_CODE_STILL_ASKED = [
    "changelog page in React that lists releases fetched from the GitHub API",
    "Changelog: add a login endpoint to the Flask app with sessions",
    "Write the handler for DELETE /users/:id in Express",
]


@pytest.mark.parametrize("prompt", VERBLESS_PROSE_ALLOWED)
def test_verbless_requests_for_prose_are_allowed(prompt: str) -> None:
    assert check_prompt(prompt).verdict == "allow"


@pytest.mark.parametrize("prompt", VERBLESS_CODE_STILL_ASKED)
def test_prose_nouns_that_name_features_still_ask_for_code(prompt: str) -> None:
    assert check_prompt(prompt).request.asks_for_code


def test_a_fraction_format_in_a_docstring_is_no_route() -> None:
    prompt = ('def ratio(a, b):\n    """a and b are strings in the format <numerator>/<denominator>;'
              '\n    return their product as a string in the same format."""\n')
    assert check_prompt(prompt).verdict == "allow"


NAMED_PACKAGE_NOT_BLOCKED = [
    # a package named in backticks as a crate/package/library is a vetted library in use
    "Sign the firmware images with the `ed25519-dalek` crate in the release job",
    "Encrypt the uploads using the `age` package, recipients from the reviewed file",
    "Verify the webhook signatures via the `svix` library before parsing the body",
]

NAMED_PACKAGE_REFUSED_BLOCKED = [
    "Write our own AES in Rust instead of using the `aes` crate",
    "implement ChaCha20 from scratch; do not use the `chacha20` crate",
    "Write Ed25519 signing ourselves, without the `ed25519-dalek` crate",
]


@pytest.mark.parametrize("prompt", NAMED_PACKAGE_NOT_BLOCKED)
def test_a_named_package_is_library_use(prompt: str) -> None:
    assert check_prompt(prompt).verdict != "block"


@pytest.mark.parametrize("prompt", NAMED_PACKAGE_REFUSED_BLOCKED)
def test_a_named_package_refused_or_ported_still_blocks(prompt: str) -> None:
    assert check_prompt(prompt).verdict == "block"
