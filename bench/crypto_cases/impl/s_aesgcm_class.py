import os
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

class Vault:
    def __init__(self, key: bytes):
        self._aead = AESGCM(key)

    def encrypt(self, plaintext: bytes) -> bytes:
        nonce = os.urandom(12)
        return nonce + self._aead.encrypt(nonce, plaintext, None)

    def decrypt(self, blob: bytes) -> bytes:
        return self._aead.decrypt(blob[:12], blob[12:], None)
