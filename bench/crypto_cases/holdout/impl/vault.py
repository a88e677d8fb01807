"""Encrypts configuration values before they are written to the settings table."""

import base64
import hashlib
import json
import os


class ConfigVault:
    def __init__(self, master_key: str):
        self.master_key = master_key.encode()

    def _keystream(self, nonce: bytes, length: int) -> bytes:
        stream = b""
        counter = 0
        while len(stream) < length:
            block = hashlib.sha256(self.master_key + nonce + counter.to_bytes(4, "big")).digest()
            stream += block
            counter += 1
        return stream[:length]

    def encrypt_value(self, value: str) -> str:
        nonce = os.urandom(12)
        plain = value.encode()
        ks = self._keystream(nonce, len(plain))
        cipher = bytes(p ^ k for p, k in zip(plain, ks))
        return base64.b64encode(nonce + cipher).decode()

    def decrypt_value(self, blob: str) -> str:
        raw = base64.b64decode(blob)
        nonce, cipher = raw[:12], raw[12:]
        ks = self._keystream(nonce, len(cipher))
        return bytes(c ^ k for c, k in zip(cipher, ks)).decode()


def mask_card(number: str) -> str:
    digits = "".join(ch for ch in number if ch.isdigit())
    return "*" * (len(digits) - 4) + digits[-4:]


def dump_settings(vault: ConfigVault, settings: dict[str, str]) -> str:
    return json.dumps({k: vault.encrypt_value(v) for k, v in settings.items()})
