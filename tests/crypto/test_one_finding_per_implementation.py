"""One finding per hand-rolled implementation, across languages and styles (issue 16: a Java
Feistel class of the held-back set was reported twice, once for its key schedule and once for
its rounds).

The fixtures (tests/fixtures/crypto_units/) are multi-function implementations whose parts
the recognisers see separately, often as different primitives: a key schedule and the rounds
that read the keys it writes (a class, Go methods on one type, top-level functions composed by
an entry point), a PRNG whose output a method XORs with the data, a MAC built on a hash
written by hand in the same class or module, a keystream helper of encrypt/decrypt, and
Vigenère shifts whose modulus is a named constant of the module or class. Every crypto rule
runs on each: exactly one finding, by the expected rule, over the expected region, naming the
implementation and listing the parts as related locations. `clean/` holds look-alikes (a
game's hint cipher with a named modulus, a Bloom filter of revoked tokens, a hash table, a
checksum, replayable dice, a shard router) that must draw nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from vigilint.analyzers.engine import Engine
from vigilint.analyzers.registry import all_rules

FIXTURES = Path(__file__).parent.parent / "fixtures" / "crypto_units"
ENGINE = Engine(rules=[r for r in all_rules() if r.category == "crypto-implementation"])

# file, rule, (first line, last line), the name the message gives, what the message names,
# lines that must be related locations (the parts recognised)
CASES = [
    # key schedule + rounds
    ("key_schedule_rounds.py", "VG-CRYPTO-004", (6, 32), "LabelCodec", "Feistel", {25, 31}),
    ("module_feistel.py", "VG-CRYPTO-004", (6, 24), "encrypt_order_number", "Feistel",
     {6, 15, 23}),
    # TEA: its rounds shift one word both ways (an ARX round), its key schedule XORs (pass i16o)
    ("keySchedule.js", "VG-CRYPTO-003", (6, 29), "CouponCipher", "ARX", {14, 19, 24}),
    ("tokenCipher.js", "VG-CRYPTO-002", (4, 24), "expandKey", "XOR", {8, 14}),
    ("VoucherCipher.java", "VG-CRYPTO-004", (4, 30), "VoucherCipher", "Feistel", {7, 25}),
    ("BlockTransform.java", "VG-CRYPTO-004", (4, 38), "BlockTransform", "Feistel",
     {14, 23, 33}),
    ("feistel_methods.go", "VG-CRYPTO-004", (10, 39), "blockCipher", "Feistel", {10, 28, 36}),
    ("ids.go", "VG-CRYPTO-004", (5, 26), "EncryptID", "Feistel", {9, 18}),
    # a generator whose output is XORed with the data
    ("lcg_keystream.py", "VG-CRYPTO-006", (7, 26), "KeyStream", "PRNG", {12, 16, 20}),
    ("sessionKeystream.ts", "VG-CRYPTO-006", (3, 22), "SessionScrambler", "PRNG", {11, 18}),
    ("PinVault.java", "VG-CRYPTO-006", (6, 26), "PinVault", "PRNG", {14, 22}),
    ("token_stream.go", "VG-CRYPTO-006", (10, 21), "tokenMasker", "PRNG", {11, 18}),
    ("seal.go", "VG-CRYPTO-002", (13, 20), "SealSecret", "XOR", {5, 17}),
    # RC4 drawn through `next(stream)`: its keystream XOR (like rc4Parts.js below)
    ("rc4_class.py", "VG-CRYPTO-002", (4, 22), "ConfigRC4", "keystream", {22}),
    ("streamFunctions.js", "VG-CRYPTO-002", (3, 25), "encryptTokens",
     "keystream", {3, 15, 18}),
    ("derive_then_xor.py", "VG-CRYPTO-009", (6, 21), "derive_key", "key derivation",
     {9, 16, 21}),
    # a MAC on a hash written by hand
    ("mac_on_own_hash.py", "VG-CRYPTO-009", (10, 20), "sign_webhook", "MAC", {6, 14, 20}),
    ("payloadSigner.ts", "VG-CRYPTO-009", (7, 19), "signPayload", "MAC", {3, 12, 18}),
    ("RequestSigner.java", "VG-CRYPTO-009", (6, 27), "RequestSigner", "MAC", {17, 25}),
    ("sign.go", "VG-CRYPTO-009", (5, 18), "SignInvoice", "MAC", {9, 17}),
    # Vigenère over printable ASCII, the modulus a named constant
    ("vigenere_printable.py", "VG-CRYPTO-008", (7, 20), "hide_password", "Vigenère",
     {11, 19}),
    ("vigenere_class_const.py", "VG-CRYPTO-008", (11, 15), "shroud_token", "Vigenère", {14}),
    ("vigenere.ts", "VG-CRYPTO-008", (6, 14), "maskPassword", "Vigenère", {11}),
    ("ConfigSecrets.java", "VG-CRYPTO-008", (8, 16), "encryptPassword", "Vigenère", {13}),
    ("vigenere.go", "VG-CRYPTO-008", (9, 16), "HidePassword", "Vigenère", {13}),
    # (second pass) a generator that is not cryptographic making keys, tokens and ids: one
    # finding from the generator (a helper, a class, a method reading a `Random` field) over
    # the functions named for the secret that take its values (the sinks, related locations)
    ("reset_codes.py", "VG-CRYPTO-006", (11, 19), "_random_code", "not cryptographically",
     {12, 16}),
    ("license_lcg.py", "VG-CRYPTO-006", (8, 23), "_Sequence", "PRNG", {13, 21}),
    ("inviteCodes.ts", "VG-CRYPTO-006", (6, 18), "randomChars", "not cryptographically",
     {9, 15}),
    ("deviceTokens.js", "VG-CRYPTO-006", (2, 23), "Xorshift", "xorshift", {9, 21}),
    ("ApiKeyIssuer.java", "VG-CRYPTO-006", (16, 23), "issueApiKey", "not cryptographically",
     {19}),
    ("session_ids.go", "VG-CRYPTO-006", (11, 22), "randomString", "not cryptographically",
     {15, 21}),
    # keystreams drawn from any generator
    ("save_slots.py", "VG-CRYPTO-002", (11, 18), "seal_save", "generator's output", {13, 18}),
    ("replayCipher.js", "VG-CRYPTO-002", (15, 28), "protectReplay", "generator's output",
     {25}),
    ("prng_stream.go", "VG-CRYPTO-002", (6, 13), "ScrambleArchive", "generator's output", {10}),
    ("cookie_mask.py", "VG-CRYPTO-002", (10, 11), "_mask", "XOR", {11}),
    # MACs as H(secret || msg) / H(msg || secret) fed in turn, and a djb2 over the secret
    ("streamed_mac.py", "VG-CRYPTO-009", (9, 13), "webhook_signature", "MAC", {11}),
    ("djb2_signature.py", "VG-CRYPTO-009", (8, 13), "callback_signature", "MAC", {12}),
    ("chainedHash.ts", "VG-CRYPTO-009", (6, 8), "billingSignature", "MAC", {7}),
    ("DigestSigner.java", "VG-CRYPTO-009", (17, 22), "signPush", "MAC", {19}),
    ("keyed_digest.go", "VG-CRYPTO-009", (12, 17), "signature", "MAC", {15}),
    # an early-exit comparison over `zip`, a constant shift without wrap-around, padding
    ("zip_compare.py", "VG-CRYPTO-007", (11, 17), "signatures_equal", "comparison", {15}),
    ("shifted_config.py", "VG-CRYPTO-008", (8, 13), "obscure", "Caesar", {9, 13}),
    ("ShiftedSecrets.java", "VG-CRYPTO-008", (6, 34), "ShiftedSecrets", "Caesar", {18, 26}),
    ("zero_pad.py", "VG-CRYPTO-009", (6, 18), "_pad", "padding", {7}),
    ("spacePadding.ts", "VG-CRYPTO-009", (4, 7), "padTo16", "padding", {5}),
    # textbook RSA operations on one key type or through one helper; ARX with its keystream
    ("tenant_rsa.py", "VG-CRYPTO-005", (28, 37), "wrap_key", "RSA", {29, 33, 37}),
    ("hubRsa.ts", "VG-CRYPTO-005", (2, 26), "sealToPeer", "RSA", {20, 25}),
    ("chacha_stream.go", "VG-CRYPTO-003", (8, 46), "Crypt", "ARX", {10, 43}),
    # other spellings of the same classes: a route callback, `new Random()` inline, a hash
    # chain zipped with the data, f-string and `append` MACs in verifiers, padding inline or
    # by `Arrays.copyOf` under NoPadding, one constant byte, a rotated translation table,
    # `every`, `**` then `%`
    ("resetTokens.js", "VG-CRYPTO-006", (7, 15), "", "not cryptographically", {10}),
    ("OtpService.java", "VG-CRYPTO-006", (14, 20), "OtpService", "not cryptographically",
     {15, 19}),
    ("hash_stream.py", "VG-CRYPTO-009", (6, 18), "_blocks", "key derivation", {9, 17}),
    ("fstring_mac.py", "VG-CRYPTO-009", (10, 12), "verify_callback", "MAC", {11}),
    ("append_mac.go", "VG-CRYPTO-009", (12, 15), "SignRequest", "MAC", {13}),
    ("inline_pad.py", "VG-CRYPTO-009", (6, 9), "export_vault", "padding", {8}),
    ("ZeroPadCipher.java", "VG-CRYPTO-009", (11, 16), "encrypt", "padding", {12}),
    ("singleXor.js", "VG-CRYPTO-002", (2, 4), "obfuscateToken", "constant byte", {3}),
    # the table is part of it: the region starts where the alphabet is rotated (pass i16k)
    ("rot_table.py", "VG-CRYPTO-008", (6, 10), "store_smtp_password", "Caesar", {6, 10}),
    ("everyCompare.ts", "VG-CRYPTO-007", (2, 5), "apiKeysMatch", "comparison", {4}),
    ("rsaBig.js", "VG-CRYPTO-005", (2, 16), "LicenseRsa", "RSA", {10, 14}),
    ("untyped_rsa.py", "VG-CRYPTO-005", (9, 14), "encrypt_number", "RSA", {10, 14}),
    # PKCS#7 written out for a raw CBC mode (formerly a look-alike: the padding layer of a
    # home-made CBC scheme is where padding oracles come from)
    ("pkcs7_box.py", "VG-CRYPTO-009", (8, 10), "pkcs7_pad", "padding-oracle", {9}),
    # (third pass) a pad and its unpad are one padding layer (functions, an object's methods);
    # two directions of one XOR over a key field of a service class; a key schedule whose
    # result is passed straight to the rounds
    ("pad_pair.py", "VG-CRYPTO-009", (8, 17), "add_padding", "padding-oracle", {9, 14}),
    ("padObject.ts", "VG-CRYPTO-009", (4, 11), "apply", "padding-oracle", {5, 9}),
    ("GiftCardService.java", "VG-CRYPTO-002", (13, 27), "maskBalance", "XOR", {16, 24}),
    ("frame_cipher.go", "VG-CRYPTO-003", (5, 23), "rounds", "ARX", {7, 18}),
    ("balance_mask_pair.py", "VG-CRYPTO-002", (6, 14), "mask_balance", "XOR", {8, 13}),
    # one weak generator field drawn by two adjacent methods that make secrets
    ("SmsCodes.java", "VG-CRYPTO-006", (9, 18), "SmsCodes", "not cryptographically",
     {10, 16}),
    # (fourth pass) the keystream helpers a cipher calls: RC4's KSA and PRGA are inside its
    # region, a hash over a counter above it is a related location
    ("hash_counter_stream.py", "VG-CRYPTO-002", (13, 18), "encrypt_note", "XOR",
     {4, 14, 17}),
    ("rc4Parts.js", "VG-CRYPTO-002", (1, 26), "encryptPayload", "XOR", {1, 11, 25}),
    # the block function that runs a quarter round again and again, whatever its name
    ("roundDriver.js", "VG-CRYPTO-003", (3, 17), "qr", "ARX", {4, 10}),
]


def test_every_fixture_is_a_case():
    assert {c[0] for c in CASES} == {p.name for p in FIXTURES.glob("*.*")}


@pytest.mark.parametrize(("name", "rule", "span", "called", "what", "parts"), CASES,
                         ids=[c[0] for c in CASES])
def test_one_implementation_is_one_finding(name, rule, span, called, what, parts):
    text = (FIXTURES / name).read_text(encoding="utf-8")
    findings = ENGINE.analyze(name, text).findings
    assert [(f.rule, f.line, f.end_line) for f in findings] == [(rule, *span)]
    finding = findings[0]
    name = f"`{called}`" if called else "This code"  # a top-level statement (a callback)
    assert finding.message.startswith((f"{name} is a hand-rolled ",
                                       f"{name} makes a secret value "))
    assert what in finding.message
    related = {r.line for r in finding.related}
    assert parts <= related
    assert {r.line for r in finding.related} <= set(range(1, span[1] + 1))


@pytest.mark.parametrize("path", sorted((FIXTURES / "clean").iterdir()),
                         ids=lambda p: p.name)
def test_look_alikes_stay_clean(path: Path):
    assert ENGINE.analyze(path.name, path.read_text(encoding="utf-8")).findings == []


TWO_PRIMITIVES = '''\
import hashlib


def hash_password(password: str, salt: bytes) -> bytes:
    digest = password.encode()
    for _ in range(5000):
        digest = hashlib.sha256(digest + salt).digest()
    return digest


def obfuscate_api_key(api_key: str, pad: bytes) -> bytes:
    data = api_key.encode()
    return bytes(data[i] ^ pad[i % len(pad)] for i in range(len(data)))


def register_user(db, name: str, password: str, api_key: str, salt: bytes, pad: bytes):
    db.insert(name, hash_password(password, salt), obfuscate_api_key(api_key, pad))
'''


def test_two_primitives_called_by_one_handler_stay_two_findings():
    """A request handler that calls a home-made KDF and a home-made cipher does not make
    them one implementation (only an entry point named for the operation composes parts)."""
    findings = ENGINE.analyze("users.py", TWO_PRIMITIVES).findings
    assert sorted((f.rule, f.line, f.end_line) for f in findings) == [
        ("VG-CRYPTO-002", 11, 13), ("VG-CRYPTO-009", 4, 8)]


@pytest.mark.parametrize(("source", "expected"), [
    ("SPAN = 95\n\ndef f(c, k):\n    return (c + k) % SPAN\n", 95),
    ("class A:\n    SPAN = 94\n\n    def f(self, c):\n        return c % self.SPAN\n", 94),
    # bound twice: not a constant
    ("SPAN = 95\nSPAN = 26\n\ndef f(c):\n    return c % SPAN\n", None),
    # a local of a function is not a module constant
    ("def g():\n    SPAN = 95\n\ndef f(c):\n    return c % SPAN\n", None),
])
def test_named_moduli_resolve_to_the_module_or_class_constant(source, expected):
    from vigilint.analyzers.context import FileContext
    from vigilint.analyzers.crypto.syntax import resolved_int, walk

    tree = ENGINE.parse("python", source.encode())
    ctx = FileContext(path="m.py", language="python", text=source, tree=tree)
    modulo = next(n for n in walk(tree.root_node)
                  if n.type == "binary_operator" and b"%" in n.text)
    assert resolved_int(ctx, modulo.child_by_field_name("right")) == expected
