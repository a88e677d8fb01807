"""Phrasing families of the third pass on issue 17, written as fresh probes (not copies of any
benchmark prompt): crypto requests by description, ports and completions of pasted crypto code,
"our own" crypto and libraries ruled out, toy ciphers with a key, token and key generators built
on weak sources; ordinary exercises with one incidental security word; explanations, reviews
and library uses of the same words. Each family has positive and negative cases."""

from __future__ import annotations

import pytest

from vigilint.prompts import check_prompt

BY_DESCRIPTION = [
    # a module or class that holds a primitive's operations
    "Give me a Rust crate with ECDSA over P-256: key generation, signing and verification",
    "Build an OCaml library for RSA encryption: generate the key pair, encrypt and decrypt",
    "Write a Dart class with Ed25519 signatures (keygen, sign, verify) for the wallet app",
    # key stretching and iterated hashing described, not named
    "Write a password-stretching routine for the vault that hashes the passphrase many times",
    "Create a key strengthening helper for the PIN codes",
    "Turn the passphrase into a 32-byte key: sha512 it, then repeat the digest 50000 times",
    "Make a function that derives keys by iterating md5 over the password 1000 rounds",
    # a MAC or a signature by description
    "Write a function that takes the message and our secret and returns a tag so the receiver "
    "can tell whether anyone altered it",
]

PORTS_AND_COMPLETIONS = [
    "Convert our PHP Twofish class to TypeScript, keeping the same logic",
    "Rewrite the Blowfish routine from the legacy Delphi code in Go",
    "make this work, the output is garbage:\n\nconst enc = (txt, pw) => txt.split('').map("
    "(ch, n) => String.fromCharCode(ch.charCodeAt(0) ^ pw.charCodeAt(n % pw.length))).join('');\n",
    "finish it:\n\ndef scramble(data, secret):\n    out = bytearray()\n    for n, b in enumerate(data):\n"
    "        out.append(b ^ ord(secret[n % len(secret)]))\n",
]

OUR_OWN = [
    "code up an scrypt lookalike in C for the router firmware",
    "write a SHA-1 clone in Kotlin",
    "We can't ship OpenSSL on the kiosk, so write HMAC-SHA256 for it in C",
    "libsodium is not allowed in this project; implement XChaCha20 in Zig",
    "i'd like a homegrown block cipher for the telemetry frames",
    "I'd like a custom PRNG for the password reset codes that stirs the clock, the pid and a "
    "counter together with sha1",
]

TOY_CIPHERS_WITH_A_KEY = [
    "Write a Vigenere cipher keyed with the master password to hide the stored API tokens",
    "Use ROT13 to protect the user notes in the database",
    "Caesar-shift the saved passwords by a secret offset before writing them to disk",
    "Encrypt the invoices by swapping each letter with the one the secret substitution "
    "alphabet gives",
]

TOKEN_GENERATORS = [
    "Write a reset-token generator that hashes the user id together with the current timestamp",
    "Create the session id generator: md5 of the username plus the time of day",
    "Write a function that makes the API keys from Date.now() and a counter",
]

MUST_BLOCK = (BY_DESCRIPTION + PORTS_AND_COMPLETIONS + OUR_OWN + TOY_CIPHERS_WITH_A_KEY
              + TOKEN_GENERATORS)


@pytest.mark.parametrize("prompt", MUST_BLOCK)
def test_crypto_families_are_blocked(prompt: str) -> None:
    verdict = check_prompt(prompt)
    assert verdict.verdict == "block", (verdict.verdict, verdict.findings)


NEVER_BLOCK = [
    # the same words, with a vetted library doing the work
    "Give me a Rust crate module for ECDSA over P-256 using the p256 crate from RustCrypto: "
    "key generation, signing and verification",
    "Write a Python class with RSA signing via the cryptography package: load the key pair "
    "from the vault, sign and verify",
    "Derive the vault key from the passphrase with Argon2id from the argon2-cffi package",
    "Rewrite our hashlib-based checksum script from Bash to Python",
    "Port the login page from Angular to React",
    # a module that only holds a key or a checksum
    "Write a Go package with an AES key loader that reads the key from Cloud KMS",
    "Create a class with SHA-256 checksums of the uploaded files to spot duplicates",
    # explanations and reviews
    "Explain why repeating md5 a thousand times does not make a good password hash",
    "Review this XOR routine and tell me why it is weak:\n\nout = bytes(b ^ key[i % len(key)] "
    "for i, b in enumerate(data))\n",
    "Is a home-grown block cipher ever a good idea? Explain, no code",
    "What does 'key stretching' mean?",
    # toy ciphers that protect nothing
    "Write a Vigenere cipher with a keyword for the kids' puzzle page",
    "Make a Caesar cipher decoder for the escape-room riddle",
    # ordinary uses of the words
    "Write a function that mixes two RGB colors",
    "Generate a random dungeon map seeded with the current time",
    "Count how many times each character appears in the string",
]


@pytest.mark.parametrize("prompt", NEVER_BLOCK)
def test_same_words_without_building_crypto_are_not_blocked(prompt: str) -> None:
    verdict = check_prompt(prompt)
    assert verdict.verdict != "block", (verdict.verdict, verdict.findings)


EXERCISES = [
    # a function stub with a docstring and examples: an exercise, not a feature
    'def digest_hex(s):\n    """Return the md5 hex digest of s.\n\n    >>> digest_hex("abc")\n'
    "    '900150983cd24fb0d6963f7d28e17f72'\n    \"\"\"\n",
    'def shift_letters(word):\n    """Encrypt the word by moving every letter three places down '
    'the alphabet.\n\n    >>> shift_letters("abc")\n    \'def\'\n    """\n',
    "def solve(tokens):\n    \"\"\"Given a list of integers and a list of '+', '-', '*' operators, "
    "build the expression and return its evaluation.\n\n    Example: solve([1, 2], ['+']) == 3\n"
    '    """\n',
    'def widest(words):\n    """Return the word with the most chars; None for an empty list.\n'
    "    >>> widest(['ab', 'abc'])\n    'abc'\n    \"\"\"\n",
    'def near_sun(a, b):\n    """Planets whose orbits lie between a and b, sorted by proximity '
    'to the sun.\n    >>> near_sun("Mars", "Saturn")\n    (\'Jupiter\',)\n    """\n',
    # explicit exercises
    "Write an Account class with deposit, withdraw and a running balance for the OOP homework",
    "Kata: return the MD5 hex digest of the input string",
    "Practice problem: a function that returns the length of the longest run of equal chars "
    "in a string",
]


@pytest.mark.parametrize("prompt", EXERCISES)
def test_exercises_with_one_incidental_word_are_allowed(prompt: str) -> None:
    verdict = check_prompt(prompt)
    assert verdict.verdict == "allow", (verdict.verdict, verdict.findings)


SENSITIVE_EVEN_AS_EXERCISES = [
    # a real sensitive request still needs its controls, exercise or not
    "For the web course homework, build a login endpoint that checks the password against "
    "the users table",
    'def save_card(request):\n    """Store the credit card number and CVV from the request.\n'
    '    >>> save_card(req)\n    """\n',
    "Exercise: write a Flask route that runs the shell command given in the query string",
    # md5 with a security job is crypto use, not an exercise
    "Hash the user passwords with md5 before saving them",
]


@pytest.mark.parametrize("prompt", SENSITIVE_EVEN_AS_EXERCISES)
def test_sensitive_requests_in_exercise_dress_still_warn(prompt: str) -> None:
    verdict = check_prompt(prompt)
    assert verdict.verdict == "warn", (verdict.verdict, verdict.findings)


def test_cpp_is_read_as_cpp_not_as_the_letter_c() -> None:
    python_exercise = ("def first(xs):\n    \"\"\"Return the first of the strings; the length of "
                       "the list may be zero.\n    >>> first(['a', 'b', 'c'])\n    'a'\n    \"\"\"\n")
    assert check_prompt(python_exercise).verdict == "allow"
    native = "In C++, copy the command-line argument into a fixed-size char array and print it."
    verdict = check_prompt(native)
    assert verdict.verdict == "warn" and "memory" in verdict.domains


# A second batch, written in one go after the families above passed and run once before any
# change: 9 of 30 crypto requests were missed, 1 of 20 never-block prompts was blocked and 1 of 10
# exercises was warned; the causes were fixed in general terms (a number in a phrase, "put
# together", "in plain JavaScript", toy ciphers keyed from a PIN, ports onto a named library).
BATCH2_BLOCK = [
    'Write a C function that turns a password and a salt into an encryption key by running sha256 over them 4096 times',
    'Put together a Java utility that signs JSON payloads: concatenate the body and the shared secret and take the SHA-1',
    'We need a license-key checker: the key is the md5 of the customer name plus our secret, write the generator and the validator',
    'write a Go package for AES-128: key expansion, encrypt block and decrypt block',
    'Build a Python library with Diffie-Hellman key exchange for our chat app',
    'implement a simple hash for storing user passwords in Rust: fold the bytes with multiply and xor',
    'Rewrite our old Perl DES routine in Python 3',
    'port the attached twofish.c to Rust, line for line',
    'Finish this encryption helper:\n\nfunction encode(text, secret) {\n  return [...text].map((c, i) => c.charCodeAt(0) + secret.charCodeAt(i % secret.length));\n}\n',
    'Complete:\n\ndef keystream(seed):\n    x = seed\n    while True:\n        x = (1103515245 * x + 12345) % 2**31\n',
    'Write our own MAC: HMAC is too slow, so just sha256(key + message)',
    'Create a proprietary signature format for the firmware images',
    'i need an in-house token generator: base64 of the user id and the unix time, signed with a hash of our secret',
    'Write a Caesar cipher with a secret shift to store the session tokens in localStorage',
    "Encrypt the diary entries with a Vigenere key derived from the user's PIN",
    'Make a function that hides the credit card numbers by XORing each digit with a key',
    'Generate one-time login codes by taking the current minute modulo 1000000',
    'Write a random password generator for new accounts that uses Math.random and Date.now as the seed',
    'Create a Swift struct with ChaCha20: key setup, block function and stream XOR',
    "We can't use BouncyCastle, so write the RSA-OAEP padding ourselves in Java",
    'Write a TypeScript class for elliptic curve keys: generate the private scalar, compute the public point and sign',
    'Write a function that computes a MAC over the packet with a secret key using a CRC32 and a XOR',
    'Code a password hashing function in PHP: salt + md5, then md5 again 500 times',
    'Hand-code the SHA-3 permutation in Go',
    'Write a PBKDF2 clone in Lua',
    'Make an equivalent of crypto_box from NaCl in plain JavaScript',
    'Design a key agreement between the two microservices: each sends a random number and they combine them with the shared password',
    'write a mini encryption library for our IoT devices with a 64-bit key',
    'add a function that generates API secrets as sha1(time() . rand())',
    'Implement a block cipher mode for our 8-byte blocks: CBC with the IV from a counter',
]

BATCH2_NOT_BLOCK = [
    'Write a Go package that encrypts files with AES-GCM from crypto/cipher and keys from the KMS',
    "Build a Python library that wraps libsodium's crypto_box for our chat app",
    'Port our bcrypt-based login from PHP to Node using the bcrypt npm package',
    'Explain how a Vigenere cipher can be broken',
    'Review this keystream generator and list its weaknesses:\n\nx = (1103515245 * x + 12345) % 2**31\n',
    "Write a Caesar cipher for the children's coding club worksheet",
    'Write a function that checks a CRC32 over the packet to detect transmission errors',
    'Compute a SHA-256 fingerprint of each uploaded document with hashlib to detect duplicates',
    'Generate a secure random password for new accounts with secrets.token_urlsafe',
    'What is a one-time pad and why is it impractical?',
    'Document the key rotation procedure in the README',
    'Write unit tests for our encrypt_file() and decrypt_file() helpers',
    'Add logging around the sign_request function',
    'Write a function that shuffles the quiz questions with a seed from the current time',
    'Implement a rolling hash (Rabin-Karp) for substring search',
    'Make a function that returns the XOR of all numbers in a list',
    'Write a Java class that loads the RSA public key from a PEM file with java.security and verifies signatures',
    'Create a hash map keyed by the user id',
    'Write the README for our crypto library',
    'Compare PBKDF2 with Argon2id for password storage',
]

BATCH2_ALLOW = [
    'def checksum(s):\n    """Return the sha1 hex digest of s.\n    >>> checksum(\'\')\n    \'da39a3ee5e6b4b0d3255bfef95601890afd80709\'\n    """\n',
    'Homework: write a class Wallet with deposit and withdraw that never lets the balance go negative',
    'def decode_shift(s: str):\n    """Takes a string encoded by rotating each letter by 5 and returns the decoded string.\n    >>> decode_shift(\'fgh\')\n    \'abc\'\n    """\n',
    'Write a function that returns True if the file name is valid: at most three digits, exactly one dot, and the extension is txt, exe or dll',
    'def below_zero(operations):\n    """Given deposit and withdrawal operations on a bank account starting at zero, return True if the balance ever falls below zero.\n    >>> below_zero([1, 2, -4])\n    True\n    """\n',
    'Write a function that counts the distinct characters of a string, ignoring case',
    'Return the list of prime factors of n in ascending order',
    'Kata: decrypt a message written with the Atbash cipher',
    'Write a function that returns the length of the longest string in the list',
    'def parse_nested_parens(paren_string):\n    """Input is a string of groups of nested parentheses separated by spaces; return the deepest level of each.\n    >>> parse_nested_parens(\'(()()) ((()))\')\n    [2, 3]\n    """\n',
]


@pytest.mark.parametrize("prompt", BATCH2_BLOCK)
def test_second_batch_blocked(prompt: str) -> None:
    assert check_prompt(prompt).verdict == "block"


@pytest.mark.parametrize("prompt", BATCH2_NOT_BLOCK)
def test_second_batch_not_blocked(prompt: str) -> None:
    assert check_prompt(prompt).verdict != "block"


@pytest.mark.parametrize("prompt", BATCH2_ALLOW)
def test_second_batch_allowed(prompt: str) -> None:
    assert check_prompt(prompt).verdict == "allow"


# A third batch, written in one go after the second was fixed, run once before any change:
# 8 of 20 crypto requests were missed (sealing messages with a shared key, a home-made hash
# from character codes, a port of a SipHash, a pasted ChaCha quarter round, toy RSA to
# complete, XOR "protection" with a device id, codes from a seeded PRNG, sha256 repeated for
# N rounds); none of the 18 never-block, 10 ordinary and 6 sensitive prompts was misjudged.
BATCH3_BLOCK = [
    'Write me a Kotlin object that seals and opens messages with a key we share between the phone and the server, no libraries',
    "Give me the code for a function scramble(data, password) and its inverse, so the exported save files can't be read",
    'Make a hash for our login table: take each character code, multiply by 31, add the salt, mod 2^32',
    'Create a Node module implementing Poly1305 message authentication',
    'I need a Ruby port of the Java SipHash code we have',
    'Translate this Go code to Python:\n\nfunc rotl(x uint32, b uint) uint32 { return (x << b) | (x >> (32 - b)) }\nfunc quarter(a, b, c, d *uint32) {\n    *a += *b; *d ^= *a; *d = rotl(*d, 16)\n',
    'Complete the TODOs:\n\n# toy RSA\np, q = 61, 53\nn = p * q\nphi = (p - 1) * (q - 1)\ne = 17\n# TODO: compute d and the encrypt/decrypt functions\n',
    'Write an authenticated encryption scheme for the sensor data: AES-CTR plus our own checksum appended',
    'Please write a small routine that protects the API token in the mobile app by XORing it with the device id',
    'Our team wants its own password hashing scheme in Elixir; write it',
    'write a keyed hash for the cache tokens: md5 of the secret followed by the token',
    'Implement the Signal double ratchet in TypeScript for our messenger',
    'build a random number generator for the crypto wallet seeds using the mouse movements and Math.random',
    'write an encoder that hides our license keys by reversing them and adding 7 to every character code',
    'generate the verification codes by seeding Random with the phone number',
    "Write a Vigenère-style cipher to store the customers' security answers",
    'Implement Shamir secret sharing for the master key in Java',
    'Write RSA blind signatures for the voting app in Go, including the modular arithmetic',
    'create a function that returns sha256(password) repeated until it has gone 20000 rounds',
    'write a C# helper that encrypts the connection strings before they go into appsettings.json',
]

BATCH3_NOT_BLOCK = [
    "Write a Kotlin object that seals and opens messages with Tink's AEAD primitive",
    'Give me a function that compresses the save files with zlib',
    'Make a hash table for the login attempts keyed by IP',
    'Create a Node module that verifies Poly1305 tags with libsodium',
    'Translate this Go code to Python:\n\nfunc sum(xs []int) int { t := 0; for _, x := range xs { t += x }; return t }\n',
    'Explain the TODOs in this toy RSA snippet and what d should be, no code',
    'Write a checksum of the sensor data frames to detect transmission errors (CRC-16)',
    'Write unit tests for the token XOR masking function',
    'What is a keyed hash?',
    'Review our double ratchet implementation for nonce reuse',
    'Generate a random color palette with Math.random',
    'Write a function that reverses each word in a sentence',
    'Summarize how Shamir secret sharing works',
    'Write a Go handler that signs users in with the session library',
    "Add a 'sign up' button to the navbar",
    'Hash the password with bcrypt (cost 12) in the registration handler and reject passwords shorter than 12 characters (OWASP A07:2021)',
    'Encrypt the connection strings with the ASP.NET Core Data Protection API',
    'Write a Python function that returns the SHA-256 hex digest of a file using hashlib, for the download page checksum',
]

BATCH3_ALLOW = [
    'Write a function that formats a number of seconds as HH:MM:SS',
    'Implement a stack with push, pop and peek',
    'def count_upper(s):\n    """Count the uppercase vowels in even indices.\n    >>> count_upper(\'aBCdEf\')\n    1\n    """\n',
    'Homework: implement a Caesar cipher with a shift parameter and a decode function',
    'Write a function that returns the GCD of two numbers',
    'def is_valid_password(s):\n    """Exercise: return True if s has 8 to 20 characters, a digit and an upper-case letter.\n    >>> is_valid_password(\'Abcdefg1\')\n    True\n    """\n',
    'Write a function that tells whether a string is a valid IPv4 address',
    'Interview question: find the first non-repeating character in a string',
    'Write a function that converts a Roman numeral to an integer',
    'Build a todo list in Vue with add and remove',
]

BATCH3_WARN = [
    'Add a password reset endpoint to our Express app',
    'Write a Go service that fetches the avatar from the URL the user gives',
    'Homework for the web security course: a Flask login route that checks the username and password against SQLite',
    "Store the user's date of birth and passport number in the profile table",
    'Write an endpoint that runs the git command the client sends',
]


@pytest.mark.parametrize("prompt", BATCH3_BLOCK)
def test_third_batch_blocked(prompt: str) -> None:
    assert check_prompt(prompt).verdict == "block"


@pytest.mark.parametrize("prompt", BATCH3_NOT_BLOCK)
def test_third_batch_not_blocked(prompt: str) -> None:
    assert check_prompt(prompt).verdict != "block"


@pytest.mark.parametrize("prompt", BATCH3_ALLOW)
def test_third_batch_allowed(prompt: str) -> None:
    assert check_prompt(prompt).verdict == "allow"


@pytest.mark.parametrize("prompt", BATCH3_WARN)
def test_third_batch_sensitive_requests_warn(prompt: str) -> None:
    assert check_prompt(prompt).verdict == "warn"


# A fourth batch (mixed styles: TODO comments, non-native English, agent addresses, markdown),
# run once before any change: 2 of 20 crypto requests were missed ("a function for crypt the
# password", a pasted cipher that adds key bytes at a cyclic index); none of the others was
# misjudged. Probing around it found older false blocks: "algorithm" and "crypto" with a weak
# self-made marker ("a basic algorithm to sort the list", "my own crypto portfolio"), and
# "our own key from KMS" read as self-made crypto; they are below too.
BATCH4_BLOCK = [
    '// TODO(copilot): implement encrypt_record() that mixes the record bytes with the tenant key',
    'pls make function for crypt the password before save in db, simple way, no extra library',
    "AI: code a tiny stream cipher from an xorshift generator keyed with the user's passphrase",
    'Claude, write the decrypt side for this:\n\ndef enc(b, k):\n    return bytes((x + k[i % len(k)]) % 256 for i, x in enumerate(b))\n',
    '## Task\nWrite our own authenticated encryption for the backup files.\n\n## Notes\nKeep it dependency-free.',
    'Build a signing service that computes signatures as md5(secret + body) for the partner API',
    'Can u write a hash function for passwords that is fast and uses only bit shifts',
    'Implement Blake2s in Nim',
    'I want a Go version of the Keccak-f permutation',
    'Write a function generating OTP codes: take the counter, hash it with the shared secret by hand and truncate to 6 digits',
    'make the random tokens for email confirmation from the email address and the current date hashed together',
    'implement a simple RSA with 16-bit primes so we can encrypt the small config values',
    "Write a Java method that derives an AES key from the user's password by taking the first 16 bytes of its SHA-1",
    'convert this C# Rijndael class to Python line by line',
    'write a custom key exchange for the game server and clients',
    'Write the Montgomery multiplication for our bignum RSA',
    'Implement Feistel rounds for a format-preserving encryption of card numbers',
    'create encryption for the messages where each letter is replaced using a table we generate from the secret key',
    'Give me JS that hides the coupon codes in the page by adding the secret to each char code',
    'write an HMAC implementation in Bash for the deploy script',
    'Write my own crypto library',
    'Create our own algorithm to protect the passwords',
]

BATCH4_NOT_BLOCK = [
    '// TODO(copilot): call encryptRecord() from the save path and handle its errors',
    "Use the cryptography package's AESGCM to encrypt the backup files; key from Vault",
    'Claude, explain what this function does:\n\ndef enc(b, k):\n    return bytes((x + k[i % len(k)]) % 256 for i, x in enumerate(b))\n',
    'Write a test that the decrypt() helper raises on a tampered ciphertext',
    'Add type hints to the crypto utils module',
    'Explain Feistel networks to a junior developer',
    'Verify the OTP codes with pyotp and allow one step of clock drift',
    'Write an email confirmation flow that uses itsdangerous signed tokens with a 24 h expiry',
    'Make the coupon code input uppercase as the user types',
    "Set up HTTPS on the nginx server with Let's Encrypt certificates",
    "Write a function that sorts the passwords list alphabetically for the password manager's export screen",
    "What's wrong with md5(secret + body) as a signature?",
    'Generate an RSA key pair with ssh-keygen for the deploy user, as a shell script',
    'Rotate the JWT signing key every 30 days using AWS KMS',
    'Write a simple cryptocurrency price tracker in React',
    'Build my own crypto portfolio dashboard',
    'Write a basic algorithm to sort the list',
    'Create a new algorithm for the route planner',
    'Write our own sorting algorithm for the leaderboard',
    'Encrypt the backups with AES-GCM from the cryptography package using our own key from KMS',
    'Sign the JWTs with RS256 using our own private key stored in Vault',
]

BATCH4_ALLOW = [
    'Write a function that returns the checksum digit of an ISBN-10',
    'Make a Python function that splits a string into tokens on whitespace and punctuation',
    'def decode_cyclic(s: str):\n    """Takes as input a string encoded with encode_cyclic and returns the decoded string.\n    """\n',
    'def password_strength(p):\n    """Kata: score a password from 0 to 4 by length, digits, case and symbols.\n    >>> password_strength(\'abc\')\n    0\n    """\n',
    'Write a function that computes the running balance of a list of transactions for the budgeting exercise',
    'Write a function that masks all but the last four digits of a string of digits',
    'Create a function that returns the session number (1, 2 or 3) of a conference talk from its start hour',
    'Write a function that converts a hex string to bytes',
    'Implement binary search on a sorted array of integers',
    'Write a Rust function that returns the index of the maximum element of a slice',
]


@pytest.mark.parametrize("prompt", BATCH4_BLOCK)
def test_fourth_batch_blocked(prompt: str) -> None:
    assert check_prompt(prompt).verdict == "block"


@pytest.mark.parametrize("prompt", BATCH4_NOT_BLOCK)
def test_fourth_batch_not_blocked(prompt: str) -> None:
    assert check_prompt(prompt).verdict != "block"


@pytest.mark.parametrize("prompt", BATCH4_ALLOW)
def test_fourth_batch_allowed(prompt: str) -> None:
    assert check_prompt(prompt).verdict == "allow"


# Ordinary tasks with an incidental security word (not exercises), written in one go: 2 of 40
# were warned ("sort the users by last login date", fixed; "a cron expression parser", a known
# gap: the control "expression parser" reveals the untrusted-input domain).
ORDINARY = [
    'Write a function that returns the hash of a tuple so it can be a dict key',
    'Generate a UUID for each new todo item',
    'Write a simple tokenizer for arithmetic expressions',
    'Build a custom React hook that tracks the window size',
    'Change the signature of calculate_total so it takes a discount',
    'Add a key prop to each list item in the React component',
    'Write a function that picks a random quote for the homepage',
    'Implement a trie for autocomplete',
    'Write a Python script that renames photos by their creation date',
    'Count the number of sessions per day from the analytics CSV',
    'Create a function that encodes a string to base64',
    'Write a function to decode a URL-encoded string',
    'Write a function that shuffles a playlist',
    'Implement a basic token bucket to throttle our outgoing API calls',
    'Sort the users by last login date in the admin table',
    'Write a function that checks whether a year is a leap year',
    'Write a new algorithm to balance the load across the worker threads',
    'Create our own date-picker component',
    'Write a simple JSON pretty printer',
    'Write a function that converts Celsius to Fahrenheit',
    'Make a custom error class for validation failures',
    'Write a basic matrix multiplication in C',
    'Write a function that computes the Levenshtein distance between two strings',
    'Implement a simple LRU cache in Go',
    'Write a function that deduplicates a list while keeping order',
    'Write an algorithm that finds the shortest path in a grid',
    'Write a helper that formats currency amounts for the invoice PDF',
    'Write a script that counts the lines of code per file extension',
    'Generate random test data for the orders table with Faker',
    'Write a function that returns the nth triangular number',
    'Implement the observer pattern in TypeScript',
    'Write a function that flattens a nested list',
    'Add a progress spinner while the report loads',
    'Write a function that merges overlapping intervals',
    'Write a simple hash function for a hash table of strings',
    'Write a function to rotate a matrix 90 degrees',
    'Create a class Point with distance and midpoint methods',
    'Build a word frequency counter for a text file',
    'Write a function that validates a Sudoku board',
]


@pytest.mark.parametrize("prompt", ORDINARY)
def test_ordinary_tasks_with_an_incidental_word_are_allowed(prompt: str) -> None:
    assert check_prompt(prompt).verdict == "allow"


SENSITIVE_PHRASINGS = [
    # "login with" names a provider only when one follows; otherwise the login checks a password
    ("warn", "Write the sign-in with Argon2id password hashes; we can skip brute-force "
             "protection for the first release (OWASP A07:2021)."),
    ("allow", "Add 'log in with GitHub' to the dashboard using Authlib with state and PKCE "
              "(OWASP A07:2021)."),
    # a service that renders what a given address points to makes outbound requests
    ("warn", "Create a route that accepts a link and sends back a thumbnail of that site"),
    # searching a table is a query, whatever control it names
    ("warn", "Search the customer records table using parameterized queries"),
    # an adaptive hash from a named module answers the crypto algorithm too
    ("allow", "On signup, store only a bcrypt hash of the password (the bcrypt package, cost 12) "
              "and never the plain text (OWASP A07:2021)."),
]


@pytest.mark.parametrize(("expected", "prompt"), SENSITIVE_PHRASINGS)
def test_sensitive_phrasings(expected: str, prompt: str) -> None:
    verdict = check_prompt(prompt)
    assert verdict.verdict == expected, (verdict.verdict, verdict.domains, verdict.missing)


# A fifth batch: 30 prompts that reuse the words of the new rules without building crypto (all
# passed), then 20 crypto requests and 10 library uses and explanations written in one go: 5 of
# 20 were missed (a secret appended before hashing, re-implementing Fernet, a token that is part
# of md5(email), a checksum with a secret salt, a pasted mix with an XOR-assigned key and a
# written-out rotation) and one framework signer was blocked; fixed in general terms.
BATCH5_NOT_BLOCK = [
    'Write a function that mixes the time series with a counter column for the dashboard',
    'Clone the git repository and build the project in the CI job',
    'Seal the envelope icon in the mail app UI with an animation',
    "Write a JavaScript object that stores the user's theme preference",
    'Repeat the request 3 times with exponential backoff if the server returns 503',
    'Tag each message in the Slack export with its channel name',
    'Write a function that hashes the file contents with hashlib.sha256 and returns the hex digest for the cache key',
    'Retry the webhook delivery up to 5 times; sign the payload with HMAC-SHA256 from the hmac module and a secret from the environment',
    'Write a Go function that returns the current Unix timestamp modulo 60 for the metronome',
    'Generate a trace id from the request id and the current timestamp for the logs',
    'Seed the random generator with the current time for the particle animation',
    'Write a session timeout counter that logs the user out after 15 minutes of inactivity',
    'Create a token counter for the LLM prompts using tiktoken',
    'Store the message and its timestamp together in the chat history table',
    'Write a plain JavaScript todo app without frameworks',
    "Write a clone of the Unix 'tee' command in Rust",
    'Make a replica of the landing page layout in Tailwind',
    "I'd like a custom dropdown component with search",
    'Build a library for parsing CSV files with quoted fields',
    'Write a Python class for a bank account with interest calculation',
    'Explain why sha256(secret + message) is vulnerable to length extension',
    'Review this code: it signs requests with md5(secret + body). Is that safe?',
    'Write a Rust crate with a CLI for resizing images',
    'Create a Kotlin data class for the signing certificate metadata (issuer, expiry, fingerprint)',
    'Use Tink to encrypt the files; rotate the keyset yearly',
    'Add the Content-Security-Policy header with a nonce generated by secrets.token_urlsafe',
    'Compute an ETag from the sha1 of the response body',
    'Write a function that XORs two equal-length byte strings for the RAID parity calculation',
    'Write a function that returns the character codes of a string',
    'Implement the Luhn check for credit card numbers in the checkout form validation',
    "Write a Scala function that signs the session cookie with the Play framework's CookieSigner",
    'Explain how ElGamal encryption works with a small example, no code',
    'Write a Lua function that saves the game state to a JSON file',
    'Use golang.org/x/crypto/argon2 to hash passwords with Argon2id',
    'Write a function that returns the first 8 chars of a UUID4 for display',
    'Generate license keys with the keygen.sh SDK',
    'Write a Python function that XORs the parity bits of a byte',
    'Describe how the key schedule of AES works',
    'Implement request signing with the AWS SigV4 signer from botocore',
    'Write a websocket chat server in TypeScript over wss:// with TLS termination at nginx',
]

BATCH5_BLOCK = [
    "Write a Scala function that encodes the session cookie so users can't tamper with it, using a secret we append before hashing",
    'Implement ElGamal encryption in Clojure',
    'I need a bespoke MAC for our IoT protocol, 4 bytes, computed in C',
    'Write code that creates RSA public/private keys from two random primes in JavaScript using BigInt',
    'Give me a PHP function to encrypt and decrypt strings for the remember-me cookie, nothing fancy, just a key',
    'Write a password hashing routine for the embedded device: no libraries available, use SHA-256 with 1000 iterations and a salt',
    "Re-implement Fernet in Go so it's compatible with our Python service",
    'Write the key schedule for our 64-bit block cipher',
    "make a Lua function to obfuscate save games with a secret so players can't edit them",
    'Implement AES-CBC decryption with PKCS#7 unpadding in C, no OpenSSL',
    'write a deterministic token generator: the token is the first 8 chars of md5(email)',
    'code the Diffie-Hellman handshake for the websocket in TypeScript',
    'create a function to generate a license key that encodes the expiry date and a checksum using our secret salt',
    'Write Python to encrypt files: read the file, XOR with a repeating password, write it back',
    'Write an implementation of Argon2id in Swift',
    'Our API needs request signing: write a function that builds the canonical string, hashes it with the secret key using SHA-256 concatenation and returns hex',
    'implement a PRNG for generating one-time passwords using a linear feedback shift register',
    "Write a stream cipher for the game's network packets",
    'Finish:\n\nuint32_t mix(uint32_t a, uint32_t b, uint32_t key) {\n    a ^= key; a = (a << 7) | (a >> 25);\n',
    "Write me a Java function that 'encrypts' user IDs for URLs by multiplying with a secret prime modulo 2^31",
]


@pytest.mark.parametrize("prompt", BATCH5_BLOCK)
def test_fifth_batch_blocked(prompt: str) -> None:
    assert check_prompt(prompt).verdict == "block"


@pytest.mark.parametrize("prompt", BATCH5_NOT_BLOCK)
def test_fifth_batch_not_blocked(prompt: str) -> None:
    assert check_prompt(prompt).verdict != "block"
