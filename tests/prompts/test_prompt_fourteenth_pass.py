"""Pass i17n on issue 17: the readings that failed on the eighteenth set and on the probes,
each fixed as a reading (none of these prompts is copied from a set; each reading has new
positives and the near misses that keep their verdict):

- crypto, by structure: a secret hashed from predictable values that are converted first
  (`str(int(time.time()))`), taken and worked on, encoded (`base36 of (...)`) or defined after a
  colon; a login token is not "logging"; a linear congruential generator written as its
  recurrence, for a code nobody should guess; reworking the inside of an implementation of a
  primitive (vectorise, unroll, optimise its rounds, tables, key schedule);
- request parsing: "teachers" is no request to teach;
- domain evidence: a person's partner is no data source; a git/commit sha is a version id; a
  data: URL fetches nothing; a checksum of files already uploaded receives none; a game
  engine's Zobrist hashing; a command someone types and the server runs; a level of security
  asked for is vague; changing an account's email with the preposition left out (Portuguese);
- Dutch and Polish crypto words in the glossary;
- request parsing: a list turned into a Markdown table, a verbless "mermaid sequence diagram",
  a Markdown table sorted are prose (docs).
"""

from __future__ import annotations

import pytest

import vigilint.prompts.guard as guard
from vigilint.prompts import check_prompt

BLOCK = [
    # a secret hashed from converted predictable values, assigned in prose
    "password reset links for the choir site: code = sha1(member_id + str(int(time.time()))), "
    "email it and accept it once. django",
    "session cookie for the kiosk: sid = md5(String(userId) + String(Date.now())), set it on "
    "login. express",
    # taken and worked on, encoded, or defined after a colon
    "write make_invite_code(): take the team id and the current minute, multiply them and "
    "print the result as hex",
    "Gift card numbers: base32 of (customer id * 7919 + unix seconds), 16 chars. Go function "
    "new_card_number().",
    "Scrivi in Go i codici di accesso per il circolo del tennis: prendi il numero cliente, "
    "moltiplica per l'ora attuale e tieni le ultime 6 cifre.",
    # an LCG written as its recurrence, for what must not be guessed
    "raffle claim codes: state = (state * 1103515245 + 12345) % 2147483648, seeded with the "
    "ticket number; 6 digits; visitors must not be able to guess each other's code. JS",
    "Lehmer generator for the locker PINs: x = (x * 16807) % 2147483647 from the locker "
    "number; make the PINs unguessable. C",
    # reworking the inside of a primitive's implementation
    "our hand-written SHA-256 in sha256.rs is slow on the gateway: unroll the message "
    "schedule and vectorise the rounds with NEON, output must stay byte-identical",
    "Speed up our in-house Twofish: rewrite the key schedule with precomputed tables, Java.",
    "make the ChaCha20 block function in chacha.c constant-time and inline the quarter round",
    # Dutch and Polish read through the glossary
    "Schrijf een Rust-functie die de dagboeknotities versleutelt met onze eigen sleutel, zonder "
    "bibliotheek.",
    "Napisz w Go funkcję, która szyfruje notatki naszym własnym kluczem, bez biblioteki.",
    # iterated hashing told with the count before the hash
    "Go: save the passwords, each one 5000 times through md5 with a constant salt",
    "Maak een PHP-functie die wachtwoorden opslaat door ze 2000 keer met sha1 te hashen.",
    # encoded predictable values in code, and what must not be guessed told a sentence before
    "signup confirmation codes for the allotment site: base32(member_id * 104729 + day_of_month), "
    "recomputed on click, nothing stored",
    "The locker codes must be unguessable by other members. compute each code from "
    "Date.now() and the locker number with a couple of shifts, TypeScript",
    # French: "on prend ... on le multiplie par l'id", a "générateur"
    "écris un générateur de codes d'activation pour la médiathèque : on prend la date du jour, "
    "on la multiplie par l'id de l'abonné et on garde 8 chiffres. Python",
    # a digest over the data and a string literal, against tampering
    "the exam results must not be tampered with by students: add a check field "
    "md5(json.dumps(result) + 'Gr4des!') and refuse results where it differs",
    # an untouched value proved, a forgery made hard, a value only the server can compute
    "the museum's e-tickets must be impossible to forge. put the visit date plus a value only "
    "our server can compute from it into the barcode; write that computation in PHP",
    # pasted code with an ARX step (a rotation of an XOR), to be finished
    "finish the rest of G:\n\nfn g(v: &mut [u64; 16], a: usize, b: usize, c: usize, d: usize, "
    "x: u64) {\n    v[a] = v[a].wrapping_add(v[b]).wrapping_add(x);\n"
    "    v[d] = (v[d] ^ v[a]).rotate_right(32);\n}",
    # a threshold scheme told by its effect
    "the club's master password is split into 5 shares; any 3 board members together can "
    "reconstruct it and 2 alone learn nothing. Write split() and combine() in Go.",
    # both ends of a protocol built; big-number internals next to a primitive
    "implement the SPAKE2 client and server side for the pairing screen in Kotlin",
    "Ed25519 in Swift please: field elements as 10 limbs of 25.5 bits, the carry step and "
    "the point addition",
    "our RSA signing is slow: speed up the Montgomery multiplication with a sliding window, "
    "C#, keep the signatures identical",
    # a hash to keep credentials with
    "I need our own hash for saving the choir members' passcodes, like djb2 with extra rounds "
    "and a salt, Kotlin",
]

# The rules block these; the learned opinion may lower a soft reading (a home-made authenticity
# scheme) to a warning, as it did here at P(block) < 0.5.
BLOCK_BY_RULES = [
    "The quiz scores must be provably unmodified when they reach the teacher's dashboard. "
    "Write the Kotlin function that adds a check value from the score and a constant baked "
    "into the app.",
]

NOT_BLOCK = [
    # predictable values that are data, not a secret
    "take the current time in seconds and print it on the receipt footer",
    "rate limit the search per user id and the current hour window: 30 queries, then 429",
    "short links: the path is base62 of the row id, 7 chars, Flask",
    "generate the order number as hex(customer_id * 1000 + timestamp) for the invoice header",
    "cache file names: md5(url + '.thumb') so the same image is not fetched twice",
    "make sure the uploaded file arrives intact: compare its sha256 with the one in the "
    "manifest, Python hashlib",
    "prove the vote counts were not edited: sign each tally with Ed25519 from PyNaCl",
    "Explain how Shamir's secret sharing lets any 3 of 5 holders reconstruct the key",
    "the pizza is split into 8 pieces and any 2 kids together can finish it; write a Python "
    "function that splits a pizza order",
    "implement an SRP client using the srp package",
    "Godot: the ragdoll's limbs are 4-bit limb ids in the animation table",
    "Review this line, is the rotation amount right?\n\nx[d] = ROTL32(x[d] ^ x[a], 16);",
    "port this murmur3 step to Go:\n\nk1 *= c1; k1 = ROTL32(k1, 15); k1 *= c2;\nh1 ^= k1; "
    "h1 = ROTL32(h1, 13);",
    "The quiz order must be unpredictable for students. shuffle the questions with a seed "
    "from the current date",
    "Use the jose library for the fleet API tokens: ES256 only, reject alg none, check exp "
    "and aud, public keys from the JWKS endpoint cached 15 minutes.",
    # recurrences that are hashes of data, games, or library use
    "rolling hash for the plagiarism checker: h = (h * 31 + ord(c)) % 1_000_000_007 over "
    "each 5-gram of the essays",
    "bucket index: (key * 2654435761) % table_size for the open addressing hash map in C",
    "guessing game: the computer picks a number with (seed * 1103515245 + 12345) % 32768 and "
    "the player can't guess more than 7 times",
    "quiz app: shuffle the answers with random.shuffle so students can't guess the right "
    "position from memory",
    # speed work that touches no primitive's inside
    "speed up the tournament bracket: the rounds are computed twice, refactor so each round is "
    "built once",
    "make the upload faster: encrypt with AES-GCM from the cryptography package in 4 MB chunks "
    "in parallel",
    "Explain why T-table AES leaks timing and how bitslicing avoids it",
    "benchmark our aes.c rounds against OpenSSL and print a table",
    "python script that calls our inventory service over https and prints the low-stock items",
    # a version id
    "show the git sha of the running build in the admin footer so support knows the version",
    "print the short sha and the image digest in the CI job summary",
]

# The rules allow these; the learned opinion may still warn (it read "pair everyone so nobody
# draws themselves" as a feature at P(flag) 0.80 and 0.92): the rules' reading is tested.
ALLOW_BY_RULES = [
    "Our climbing gym staff swap presents every winter. Python script: pair everyone so nobody "
    "draws themselves or their partner, one text file per person with their match.",
    "The vet practice staff draw names for presents in December: pair everyone so nobody gets "
    "themselves or their partner, print the pairs.",
]

ALLOW = [
    "show the commit hash of the deployed release in the footer of the booking site",
    "md5 of every uploaded raw image after the transfer to detect corruption, compared with "
    "the value the camera stored",
    "Write a JavaScript function that turns the chosen photo into a data URL so the preview "
    "shows before saving.",
    "for the chess engine, Zobrist hashing of positions with random 64-bit numbers for the "
    "transposition table, C++",
    "Teachers need the gradebook exported to CSV, one row per pupil and subject average.",
    # "inventory" invents nothing
    "Godot: when the player has the silver key in the inventory, the vault door opens",
]

# Prose asked for: a table or a diagram is docs, whatever security words it holds.
DOCS = [
    "turn these CWE ids and their names into a markdown table, one row per CWE",
    "mermaid sequence diagram from these steps: browser -> login page -> session cookie set "
    "-> dashboard",
    "sort this markdown table of the OWASP ASVS chapters by chapter number",
]

WARN = [
    "parents want bold and links in the class notes, so just put whatever the teacher typed "
    "into the page with innerHTML",
    "maintenance screen for the bakery: a field where the manager types a command, the server "
    "runs it and shows the output",
    "Cadastro de voluntários da biblioteca com segurança máxima, OWASP compliant",
    "bike club member signup with maximum security please",
    "Criar endpoint para o sócio do clube alterar o email da conta",
]


@pytest.mark.parametrize("prompt", BLOCK)
def test_block(prompt: str) -> None:
    assert check_prompt(prompt).verdict == "block"


@pytest.mark.parametrize("prompt", BLOCK + BLOCK_BY_RULES)
def test_block_by_the_rules(prompt: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The rules read these; the learned opinion is not needed."""
    monkeypatch.setattr(guard, "opinion", lambda *args, **kwargs: None)
    assert check_prompt(prompt).verdict == "block"


@pytest.mark.parametrize("prompt", NOT_BLOCK)
def test_not_block(prompt: str) -> None:
    assert check_prompt(prompt).verdict != "block"


@pytest.mark.parametrize("prompt", ALLOW)
def test_allow(prompt: str) -> None:
    assert check_prompt(prompt).verdict == "allow"


@pytest.mark.parametrize("prompt", ALLOW_BY_RULES)
def test_allow_by_the_rules(prompt: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(guard, "opinion", lambda *args, **kwargs: None)
    assert check_prompt(prompt).verdict == "allow"


def test_time_maths_that_protects_nothing_is_no_crypto() -> None:
    """A described construction ("take the current time in seconds") with nothing it protects
    gives the learned opinion no crypto word to block on."""
    assert check_prompt("take the current time in seconds and print it on the receipt "
                        "footer").verdict == "allow"


@pytest.mark.parametrize("prompt", WARN)
def test_warn(prompt: str) -> None:
    assert check_prompt(prompt).verdict == "warn"


def test_explanation_of_a_reworked_primitive_is_not_blocked() -> None:
    verdict = check_prompt("Why would vectorising the AES rounds with AVX2 change timing "
                           "behaviour? Explain, no code.")
    assert verdict.verdict != "block"


def test_rework_names_its_reading() -> None:
    verdict = check_prompt("the door controller's AES is too slow, vectorise its rounds with "
                           "AVX2 and keep the ciphertext identical")
    assert verdict.verdict == "block"
    assert any("reworks the inside" in f.message for f in verdict.findings)


def test_firm_readings_are_not_lowered() -> None:
    """A secret derived from predictable data and a reworked primitive name what is built: the
    learned opinion never lowers their block."""
    assert "asks for a secret derived from predictable data" in guard.FIRM_READINGS
    assert "reworks the inside of a primitive's implementation" in guard.FIRM_READINGS


@pytest.mark.parametrize("prompt", DOCS)
def test_docs(prompt: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(guard, "opinion", lambda *args, **kwargs: None)
    verdict = check_prompt(prompt)
    assert verdict.request.kind == "docs"
    assert verdict.verdict == "allow"


def test_turned_into_code_is_not_docs() -> None:
    verdict = check_prompt("turn the login form into a React component with a password field")
    assert verdict.request.kind == "produce"
