"""Name vocabularies shared by the crypto rules: what a key, a secret or a crypto routine is
called, and which calls reach an audited cryptography library."""

from __future__ import annotations

from vigilint.analyzers.crypto.syntax import words

KEY_WORDS = frozenset({"key", "keys", "secret", "password", "passwd", "passphrase", "pwd",
                       "xorkey", "keystream", "pad", "otp", "cipherkey", "enckey"})
SECRET_WORDS = frozenset({"password", "passwd", "pwd", "passphrase", "secret", "secrets",
                          "token", "apikey", "api", "credential", "credentials", "ssn",
                          "card", "cvv", "pin", "private", "auth", "session", "cookie", "jwt"})
TOKEN_WORDS = frozenset({"token", "key", "salt", "nonce", "iv", "secret", "password", "otp",
                         "session", "csrf", "api", "apikey", "reset", "verification", "auth",
                         "uuid", "id"})
CIPHER_VERBS = frozenset({"encrypt", "decrypt", "encipher", "decipher", "cipher", "encryption",
                          "decryption", "crypt", "encrypted", "decrypted"})
SIGN_VERBS = frozenset({"sign", "signature", "hmac", "mac", "kdf", "pbkdf", "pbkdf2", "hkdf",
                        "scrypt", "derive"})
# Names of non-cryptographic hashing and mixing: hash tables, checksums, games.
NON_CRYPTO_WORDS = frozenset({"crc", "crc32", "adler", "adler32", "checksum", "fnv", "murmur",
                              "murmur3", "xxhash", "xxh", "djb2", "jenkins", "siphash",
                              "hashcode", "bloom", "shuffle", "noise", "perlin", "simplex",
                              "dice", "game", "puzzle", "maze", "seed", "benchmark",
                              "zobrist"})

# Prefixes of import-resolved call names that are audited cryptography.
CRYPTO_LIBRARY_PREFIXES: tuple[str, ...] = (
    "hashlib.", "hmac.", "secrets.", "ssl.", "cryptography.", "Crypto.", "Cryptodome.", "nacl.",
    "bcrypt.", "argon2.", "passlib.", "jwt.", "jose.", "itsdangerous.", "crypt.", "scrypt.",
    "crypto.", "node:crypto.", "bcryptjs.", "crypto-js.", "tweetnacl.", "node-forge.",
    "jsonwebtoken.", "libsodium-wrappers.", "sodium.", "window.crypto.", "globalThis.crypto.",
    "self.crypto.", "argon2-browser.", "@noble/", "jose/",
)
# Last names of calls that are (or delegate to) a cipher, hash or MAC.
CRYPTO_CALL_NAMES = frozenset({
    "encrypt", "decrypt", "sign", "verify", "digest", "hexdigest", "update", "final", "doFinal",
    "createHash", "createHmac", "createCipheriv", "createDecipheriv", "pbkdf2", "pbkdf2Sync",
    "scrypt", "scryptSync", "hkdf", "hkdfSync", "randomBytes", "timingSafeEqual", "getInstance",
    "Seal", "Open", "NewCipher", "NewGCM", "Sum256", "Sum512", "Sum", "New", "GenerateFromPassword",
    "CompareHashAndPassword", "IDKey", "Key", "hashpw", "checkpw", "gensalt", "hash",
    "compare_digest", "pbkdf2_hmac", "new", "derive", "finalize", "encryptor", "decryptor",
    "compareSync", "hashSync", "genSalt", "genSaltSync", "compare", "ConstantTimeCompare",
    "isEqual", "token_bytes", "token_hex", "token_urlsafe", "generate_key", "b64encode",
    "importKey", "deriveKey", "deriveBits", "getRandomValues", "modPow", "doPhase",
    "EncryptOAEP", "DecryptOAEP", "SignPSS", "SignPKCS1v15", "seal", "open",
})
BASE64_CALLS = frozenset({"b64encode", "urlsafe_b64encode", "standard_b64encode", "encodebytes",
                          "b32encode", "b85encode", "btoa", "EncodeToString", "encodeToString",
                          "hexlify", "b16encode"})


# What a code opens (`alarm_code`, `doorCode`, `safe_pin`): a code named so is an access
# code, a secret (not a country, colour or discount code).
ACCESS_CODE_QUALIFIERS = frozenset({"alarm", "door", "gate", "keypad", "safe", "vault",
                                    "garage", "locker", "entry", "unlock", "access"})


def access_code_named(name: str) -> bool:
    w = set(words(name))
    return bool(w & {"code", "codes", "pin", "pins"} and w & ACCESS_CODE_QUALIFIERS)


def name_words(name: str) -> frozenset[str]:
    return frozenset(words(name))


def mentions(name: str, vocabulary: frozenset[str]) -> bool:
    """True when a word of the identifier, or the whole lowercased identifier, is in the set."""
    w = words(name)
    return bool(set(w) & vocabulary) or name.lower() in vocabulary


def is_crypto_library_call(qualified: str, imported_roots: frozenset[str]) -> bool:
    """True for calls into an audited library (import-resolved name) or the JCA classes."""
    if qualified.startswith(CRYPTO_LIBRARY_PREFIXES):
        return True
    head = qualified.split(".", 1)[0]
    if head in imported_roots:
        return True
    return head in ("Cipher", "MessageDigest", "Mac", "SecretKeyFactory", "KeyGenerator",
                    "Signature", "SecureRandom", "KeyPairGenerator", "BCrypt", "Argon2Factory",
                    "PasswordEncoder", "BCryptPasswordEncoder", "sha256", "sha512", "sha1",
                    "md5", "aes", "cipher", "hmac", "rand", "bcrypt", "argon2", "scrypt",
                    "pbkdf2", "hkdf", "subtle", "ed25519", "rsa", "ecdsa", "chacha20poly1305",
                    "secretbox", "box", "sha3", "blake2b")
