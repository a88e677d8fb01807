"""The audited call to use instead of each kind of hand-rolled primitive, per language (named in
the findings of the VG-CRYPTO-* rules)."""

from __future__ import annotations

_ENCRYPT = {
    "python": "`cryptography`'s `AESGCM` (`cryptography.hazmat.primitives.ciphers.aead`) or "
              "`Fernet`",
    "javascript": "WebCrypto `crypto.subtle.encrypt({ name: \"AES-GCM\", iv }, key, data)` or "
                  "Node `crypto.createCipheriv(\"aes-256-gcm\", key, iv)`",
    "java": "JCA `Cipher.getInstance(\"AES/GCM/NoPadding\")` with a `GCMParameterSpec`",
    "go": "`crypto/aes` with `cipher.NewGCM` (`Seal`/`Open`)",
}
_HASH = {
    "python": "`hashlib.sha256` (passwords: `PasswordHasher().hash` (argon2-cffi); token fingerprints: "
              "`hmac.new(key, token, hashlib.sha256)`)",
    "javascript": "`crypto.createHash(\"sha256\")` (passwords: `argon2.hash` or `bcrypt.hash`; "
                  "token fingerprints: `crypto.createHmac(\"sha256\", key)`)",
    "java": "`MessageDigest` with SHA-256 (passwords: Spring's Argon2 or BCrypt "
            "`PasswordEncoder`; token fingerprints: `Mac` with HMAC-SHA-256)",
    "go": "`sha256.Sum256` (passwords: `argon2.IDKey` or `bcrypt` from x/crypto; token "
          "fingerprints: `hmac.New`)",
}
_MAC = {
    "python": "`hmac.new(key, message, hashlib.sha256)` and `hmac.compare_digest`",
    "javascript": "`crypto.createHmac(\"sha256\", key)` and `crypto.timingSafeEqual`",
    "java": "JCA `Mac.getInstance(\"HmacSHA256\")` and `MessageDigest.isEqual`",
    "go": "`hmac.New(sha256.New, key)` and `hmac.Equal`",
}
_KDF = {
    "python": "`PasswordHasher().hash` (argon2-cffi) or `hashlib.scrypt` for passwords, HKDF "
              "(`cryptography.hazmat.primitives.kdf.hkdf.HKDF`) for keys from keys",
    "javascript": "`crypto.scrypt` or `argon2.hash` for passwords, `crypto.hkdf` for keys from keys",
    "java": "`SecretKeyFactory` with PBKDF2 (HMAC-SHA-256) or Spring's Argon2 "
            "`PasswordEncoder` for passwords",
    "go": "`argon2.IDKey` or `scrypt.Key` (x/crypto) for passwords, `hkdf.Key` for keys "
          "from keys",
}
_RSA = {
    "python": "`cryptography`'s RSA with `padding.OAEP` (encryption) or `padding.PSS` "
              "(signatures), or Ed25519",
    "javascript": "`crypto.publicEncrypt` with OAEP, `crypto.sign` with RSA-PSS or Ed25519, or "
                  "WebCrypto `RSA-OAEP`/`RSA-PSS`",
    "java": "`Cipher` with RSA-OAEP padding or `Signature.getInstance(\"RSASSA-PSS\")`",
    "go": "`rsa.EncryptOAEP` / `rsa.SignPSS`, or `crypto/ed25519`",
}
_KEY_AGREEMENT = {
    "python": "`cryptography`'s X25519 (`X25519PrivateKey.generate()`, `.exchange(peer)`) then "
              "HKDF",
    "javascript": "`crypto.diffieHellman` with X25519 keys (`crypto.generateKeyPairSync(\"x25519\")`) "
                  "or WebCrypto `deriveBits({ name: \"X25519\" })`",
    "java": "`KeyAgreement.getInstance(\"X25519\")`",
    "go": "`crypto/ecdh` (`ecdh.X25519().GenerateKey`, `ECDH(peer)`)",
}
_RANDOM = {
    "python": "`secrets.token_urlsafe` / `secrets.token_bytes`",
    "javascript": "`crypto.randomBytes` or `crypto.getRandomValues`",
    "java": "`SecureRandom`",
    "go": "`crypto/rand` (`rand.Read`, `rand.Text`)",
}
_COMPARE = {
    "python": "`hmac.compare_digest`",
    "javascript": "`crypto.timingSafeEqual`",
    "java": "`MessageDigest.isEqual`",
    "go": "`crypto/subtle.ConstantTimeCompare` (or `hmac.Equal`)",
}
_STREAM = {
    "python": "`cryptography`'s `ChaCha20Poly1305`",
    "javascript": "Node `crypto.createCipheriv(\"chacha20-poly1305\", key, iv)` or WebCrypto "
                  "AES-GCM",
    "java": "JCA `Cipher.getInstance(\"ChaCha20-Poly1305\")`",
    "go": "the ChaCha20-Poly1305 AEAD of x/crypto",
}
_PADDING = {
    "python": "an AEAD that needs no padding (`AESGCM`) or `cryptography`'s "
              "`padding.PKCS7(128)`",
    "javascript": "`crypto.createCipheriv(\"aes-256-gcm\", key, iv)` (no padding) or the "
                  "cipher's automatic PKCS#7 padding",
    "java": "`Cipher.getInstance(\"AES/GCM/NoPadding\")` (an AEAD) or `AES/CBC/PKCS5Padding`",
    "go": "`cipher.NewGCM` (an AEAD, no padding)",
}
_SECRET_AT_REST = {
    language: f"{_ENCRYPT[language]} for data you must read back, argon2/bcrypt for passwords"
    for language in _ENCRYPT
}

BY_KIND: dict[str, dict[str, str]] = {
    "feistel": _ENCRYPT, "spn": _ENCRYPT, "xor": _ENCRYPT, "nolib": _ENCRYPT, "arx": _STREAM,
    "tables": _ENCRYPT, "rsa": _RSA, "prng": _RANDOM,
    "weakrandom": _RANDOM, "padding": _PADDING, "kdf": _KDF, "mac": _MAC, "hash": _HASH,
    "vigenere": _SECRET_AT_REST, "caesar": _SECRET_AT_REST,
    "transposition": _SECRET_AT_REST, "encoding": _SECRET_AT_REST,
    "compare": _COMPARE, "dh": _KEY_AGREEMENT,
}
_FAMILY = {"typescript": "javascript", "tsx": "javascript"}


def advice(kind: str, language: str, hashing: bool = False) -> str:
    """What to use instead of a hand-rolled `kind` in `language` (`hashing`: the constant
    tables or rounds belong to a hash, not a cipher)."""
    table = _HASH if hashing and kind in ("tables", "arx") else BY_KIND[kind]
    return table[_FAMILY.get(language, language)]
