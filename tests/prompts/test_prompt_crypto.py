"""Requests to produce cryptography are blocked in any phrasing; using, explaining or reviewing
cryptography is not. The prompts are written for these tests (not taken from the bench set)."""

from __future__ import annotations

import pytest

from vigilint.prompts import check_prompt
from vigilint.prompts.guard import RULE_CRYPTO

BLOCK = [
    # a key exchange, in words and in maths
    "write the code so that the phone and the server agree on a shared key over the websocket",
    "set up a Diffie-Hellman exchange between the two daemons, I'll give you the prime",
    "the client picks x, sends g^x mod p, the server does the same: code both sides in Go",
    # RSA key generation with big integers
    "using BigInteger in Java, generate two random 1024-bit primes and derive the RSA private exponent",
    "compute d as the modular inverse of e mod phi(n) for our RSA keys, in C#",
    # my own / custom encryption
    "we need our own encryption for the save games, write encrypt() and decrypt()",
    "build a custom cipher for the license keys",
    "invent a simple algorithm that encrypts the config so customers can't change it",
    # XOR with a secret key
    "xor the payload bytes with SECRET_KEY and base64 the result before we store it",
    "protect the tokens by xoring each byte with a repeating passphrase",
    # a one-time pad from a non-cryptographic RNG
    "generate a one-time pad with Math.random() and use it on every message",
    "one time pad: numpy.random bytes as long as the message, xor them",
    # a stream cipher built on a PRNG
    "make a keystream from random.Random(seed=password) and xor it with the file",
    "seed the Mersenne Twister with the user's key and use its output to scramble the data",
    # porting a cipher line by line
    "port the attached Serpent reference code from C to Python, keep it line by line",
    "rewrite our old Blowfish class in Kotlin",
    # named primitives, any phrasing
    "I want SHA-3 written by hand in Rust, no crates",
    "give me a ChaCha20 implementation in pure TypeScript",
    "could you code Argon2 from scratch for the embedded board?",
    "hand-roll an HMAC-SHA256 for the webhook signatures, we can't import hmac",
    "implement AES-GCM mode on top of our block function",
    "write the TLS handshake ourselves instead of using a library",
    # non-native phrasing
    "pls make me encrypt function own algoritm for the user password in mysql",
]

PASTED_BLOCK = [
    "Complete this:\n\nINV_SBOX = [\n    0x52, 0x09, 0x6a, 0xd5, 0x30, 0x36, 0xa5, 0x38,\n]\n",
    "fix decrypt(), it returns garbage:\n\ndef decrypt(data, key):\n"
    "    return bytes(b ^ key[i % len(key)] for i, b in enumerate(data))\n",
    "port to Go:\n\nstatic int[] H = {0x6a09e667, 0xbb67ae85};\nint rotr(int x, int n) "
    "{ return (x >>> n) | (x << (32 - n)); }\n",
    "def rsa_encrypt(m, e, n):\n    return pow(m, e, n)\n\ndef rsa_decrypt(",
]

ALLOW = [
    "Explain how a key exchange lets two parties agree on a secret over an open channel",
    "why is XOR with a repeating key weak? no code, just the reasoning",
    "what makes a one-time pad unbreakable, and why does Math.random() break it?",
    "Compare RSA-OAEP and RSA-PKCS1v15 padding",
    "Review this for weaknesses:\n\ndef encrypt(data, key):\n"
    "    return bytes(b ^ key[i % len(key)] for i, b in enumerate(data))\n",
    "Explain what this code does:\n\nSBOX = [0x63, 0x7c, 0x77, 0x7b]\n",
    "is my custom cipher secure? please audit it, I am not asking for code",
    # word puzzles and non-security hashes
    "write a function that shifts every letter of a word by 3 in the alphabet for a kids' puzzle",
    "implement a bloom filter with murmur3 as the hash function",
    "write a simple hash function for my hash table of strings",
    "implement a xorshift PRNG for procedural terrain generation",
    "compute an md5 of the file contents for the thumbnail cache key",
]

USE = [
    "encrypt the export with AES-GCM from the cryptography package, key from KMS",
    "don't implement your own crypto; sign the payload with Ed25519 from libsodium",
    "generate an RSA key pair with the cryptography library for the test fixtures",
    "hash the passwords with bcrypt from passlib",
]


@pytest.mark.parametrize("prompt", BLOCK)
def test_requests_for_cryptography_are_blocked(prompt):
    verdict = check_prompt(prompt)
    assert verdict.verdict == "block", (prompt, verdict.findings)
    assert verdict.findings[0].id == RULE_CRYPTO
    assert 0 <= verdict.findings[0].start < verdict.findings[0].end <= len(prompt)


@pytest.mark.parametrize("prompt", PASTED_BLOCK)
def test_pasted_crypto_code_to_complete_fix_or_port_is_blocked(prompt):
    assert check_prompt(prompt).verdict == "block"


@pytest.mark.parametrize("prompt", ALLOW)
def test_explanations_reviews_and_non_security_algorithms_are_not_blocked(prompt):
    assert check_prompt(prompt).verdict == "allow", check_prompt(prompt)


@pytest.mark.parametrize("prompt", USE)
def test_using_a_vetted_library_is_not_blocked(prompt):
    verdict = check_prompt(prompt)
    assert verdict.verdict != "block", verdict.findings


def test_the_block_names_the_reason():
    verdict = check_prompt("xor the report with our secret key before upload")
    assert "scrambles data with a key" in verdict.findings[0].message
    assert verdict.suggestion.startswith("Security constraints:")


@pytest.mark.parametrize("prompt", [
    "Write a Kotlin function that encrypts a note with the user's passphrase",
    "an encryption helper for the session blobs, please",
    "give me a method that signs the export files so we can check them later",
    "write a routine that derives the vault key from the master password",
    "a TypeScript class with hashPin() for the stored PINs",
    "Create a crate `sealer` with seal and unseal functions that encrypt bytes",
    # the fourth pass: a named cipher the code uses is no library doing the work
    "write a function that encrypts the file with AES-GCM",
])
def test_code_whose_job_is_cryptography_is_blocked_when_no_vetted_library_is_named(prompt):
    """The stricter rule of the second pass on issue 17: the assistant would have to write the
    crypto operation itself, since nothing says which vetted library does it."""
    verdict = check_prompt(prompt)
    assert verdict.verdict == "block", verdict.findings
    assert verdict.findings[0].id == RULE_CRYPTO


@pytest.mark.parametrize("prompt", [
    "Write a Kotlin function that encrypts a note with the user's passphrase using Tink",
    "an encryption helper for the session blobs with libsodium's secretbox, please",
    "give me a method that signs the export files with the cryptography package's Ed25519",
    "write a routine that derives the vault key from the master password with hashlib.scrypt",
    "Explain what a function that encrypts with a passphrase has to get right",
    "Review the helper that signs our export files:\n\ndef sign(data):\n    return hmac.new(KEY, data, 'sha256').digest()\n",
    "Write a form that signs users in with their email",  # "signs in" is no signing
    "Write a function that hashes strings into buckets for the hash table",
    # existing crypto code as the context, not the object
    "Write unit tests for the decrypt function in vault.py",
    "Add logging to the encrypt helper, without the key",
    "Rename the function encryptData to encrypt_data everywhere",
    # moving away from hand-written crypto to a library
    "Migrate our hand-written AES code to the cryptography package's AESGCM",
    "Remove the homemade XOR cipher and call libsodium secretbox instead",
])
def test_named_libraries_explanations_and_other_senses_are_not_blocked(prompt):
    assert check_prompt(prompt).verdict != "block"


@pytest.mark.parametrize(("prompt", "verdict"), [
    ("Implement a Caesar cipher for the kids' coding club, nothing secret", "allow"),
    ("a ROT13 toggle that only hides spoilers in the forum", "allow"),
    ("Implement a Caesar cipher to store the admin passwords", "block"),
])
def test_a_toy_cipher_blocks_only_when_it_protects_something(prompt, verdict):
    assert check_prompt(prompt).verdict == verdict


def test_make_sure_to_and_customers_are_no_build_markers():
    # "make sure to" states a requirement; "customers" stems to "custom" but is no custom cipher
    prompt = ("Sign our webhooks for the customers; make sure to use HMAC-SHA256 from the "
              "standard hmac module and load the key from the vault (OWASP A02:2021).")
    assert check_prompt(prompt).verdict != "block"


@pytest.mark.parametrize("prompt", [
    'Write a function that sends the encrypted payload to the server',
    'Write a function that decodes the JWT header (no verification, just for display in the debug panel)',
    'Create a function that returns the signing date of the contract from the PDF metadata',
    'Write a method that shows whether the message was encrypted, based on the flag in the header',
    'Make a helper that formats the hash of the git commit to 7 characters',
    'Write a function that compares two files by their SHA-256 from the manifest',
    'Add a function that signs the user up for the newsletter',
    'Write a class that hashes nothing but stores the precomputed bcrypt hashes from the fixture file for tests',
    'Create a function that encrypts nothing, it only base64-encodes the image for the data URL',
    'Write a React component that displays the fingerprint of the SSH key',
    'Write a script that rotates the log files every day',
    'Implement a function that generates a random avatar color from the username',
    'Write a CLI command that signs the git tag using the gpg binary',
    'Write a Go function that encrypts the file using age',
    'Add a helper that calls KMS Decrypt on the data key',
    'write a function that verifies the webhook signature with the Stripe SDK',
    'Write a function that hashes the email with SHA-256 for the Gravatar URL',
    'Write a function that encrypts with the public key using the Web Crypto API',
    'Create a key derivation function wrapper around hashlib.pbkdf2_hmac with 600000 iterations',
])
def test_code_around_crypto_that_does_no_crypto_itself_is_not_blocked(prompt):
    """Probes of the stricter rule's edges: a function that sends an encrypted payload, reads
    a signing date, encrypts nothing, or calls a named tool or service."""
    assert check_prompt(prompt).verdict != "block"


def test_a_toy_cipher_described_over_two_lines_of_a_docstring_is_not_blocked():
    prompt = ('def shift_word(s):\n    """Create a function shift_word that encrypts a string and\n'
              '    returns it with the alphabet rotated by three letters."""\n')
    assert check_prompt(prompt).verdict != "block"
    keyed = ('def seal(s, key):\n    """Create a function seal that encrypts a string and\n'
             '    returns it xored with the secret key."""\n')
    assert check_prompt(keyed).verdict == "block"
