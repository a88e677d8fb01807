"""Firmware update server: signs release manifests and serves encrypted images to devices."""

import hashlib
import hmac
import json
import os
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

UPDATE_TOKEN_KEY = os.environ.get("UPDATE_TOKEN_KEY", "dev").encode()


class ManifestSigner:
    """RSA over the manifest hash; keys come from the release laptop."""

    def __init__(self, n: int, e: int, d: int | None = None) -> None:
        self.n, self.e, self.d = n, e, d

    @staticmethod
    def _digest_int(manifest: dict) -> int:
        blob = json.dumps(manifest, sort_keys=True).encode()
        return int.from_bytes(hashlib.sha256(blob).digest(), "big")

    def sign(self, manifest: dict) -> str:
        if self.d is None:
            raise ValueError("public key only")
        signature = pow(self._digest_int(manifest), self.d, self.n)
        return format(signature, "x")

    def verify(self, manifest: dict, signature_hex: str) -> bool:
        recovered = pow(int(signature_hex, 16), self.e, self.n)
        return recovered == self._digest_int(manifest) % self.n


def _pad16(data: bytes) -> bytes:
    n = 16 - len(data) % 16
    return data + bytes([n]) * n


def _unpad16(data: bytes) -> bytes:
    n = data[-1]
    return data[:-n]


def encrypt_image(image: bytes, key: bytes) -> bytes:
    iv = os.urandom(16)
    enc = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()
    return iv + enc.update(_pad16(image)) + enc.finalize()


def decrypt_image(blob: bytes, key: bytes) -> bytes:
    dec = Cipher(algorithms.AES(key), modes.CBC(blob[:16])).decryptor()
    return _unpad16(dec.update(blob[16:]) + dec.finalize())


def image_address(path: Path) -> str:
    """Content address used as the CDN object name; anyone may recompute it."""
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 16), b""):
            h.update(chunk)
    return "fw-" + h.hexdigest()[:32]


def update_token_ok(device_id: str, presented: str) -> bool:
    expected = hmac.new(UPDATE_TOKEN_KEY, device_id.encode(), hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, presented)


class RevokedSerials:
    """Bloom filter of revoked device serials, checked before the database lookup."""

    def __init__(self, bits: int = 1 << 16, hashes: int = 4) -> None:
        self.bits = bits
        self.hashes = hashes
        self.array = bytearray(bits // 8)

    def _positions(self, serial: str):
        digest = hashlib.blake2b(serial.encode(), digest_size=16).digest()
        for i in range(self.hashes):
            yield int.from_bytes(digest[i * 4:(i + 1) * 4], "little") % self.bits

    def add(self, serial: str) -> None:
        for pos in self._positions(serial):
            self.array[pos >> 3] |= 1 << (pos & 7)

    def maybe_revoked(self, serial: str) -> bool:
        return all(self.array[p >> 3] & (1 << (p & 7)) for p in self._positions(serial))


def release_notes(version: str, changes: list[str]) -> dict:
    return {"version": version, "changes": changes, "count": len(changes)}
