"""Encryption of sensitive columns (IBAN, tax id) before they are written to the reporting DB."""

from __future__ import annotations

import hashlib
import struct

_MASK32 = 0xFFFFFFFF


class FieldCipher:
    ROUNDS = 12

    def __init__(self, key: bytes) -> None:
        if len(key) < 16:
            raise ValueError("key too short")
        self._round_keys = self._schedule(key)

    @staticmethod
    def _schedule(key: bytes) -> list[int]:
        words = list(struct.unpack(">4I", key[:16]))
        keys = []
        for r in range(FieldCipher.ROUNDS):
            w = words[r % 4]
            w = ((w << 7) | (w >> 25)) & _MASK32
            w ^= 0x9E3779B9 * (r + 1) & _MASK32
            words[r % 4] = w
            keys.append(w)
        return keys

    @staticmethod
    def _f(half: int, k: int) -> int:
        x = (half + k) & _MASK32
        x ^= (x << 11) & _MASK32
        x = ((x << 5) | (x >> 27)) & _MASK32
        return x ^ (x >> 3)

    def _encrypt_block(self, block: bytes) -> bytes:
        left, right = struct.unpack(">2I", block)
        for k in self._round_keys:
            left, right = right, left ^ self._f(right, k)
        return struct.pack(">2I", right, left)

    def _decrypt_block(self, block: bytes) -> bytes:
        right, left = struct.unpack(">2I", block)
        for k in reversed(self._round_keys):
            left, right = right ^ self._f(left, k), left
        return struct.pack(">2I", left, right)

    def encrypt(self, value: str) -> bytes:
        data = value.encode()
        data += b"\x00" * (-len(data) % 8)
        return b"".join(self._encrypt_block(data[i:i + 8]) for i in range(0, len(data), 8))

    def decrypt(self, blob: bytes) -> str:
        data = b"".join(self._decrypt_block(blob[i:i + 8]) for i in range(0, len(blob), 8))
        return data.rstrip(b"\x00").decode()


def key_from_passphrase(passphrase: str, salt: bytes, rounds: int = 5000) -> bytes:
    digest = salt + passphrase.encode()
    for _ in range(rounds):
        digest = hashlib.sha256(digest + salt).digest()
    return digest[:16]


_CRC_TABLE = []
for _n in range(256):
    _c = _n
    for _ in range(8):
        _c = (0xEDB88320 ^ (_c >> 1)) if _c & 1 else _c >> 1
    _CRC_TABLE.append(_c)


def export_checksum(chunk: bytes, crc: int = 0) -> int:
    crc ^= _MASK32
    for byte in chunk:
        crc = _CRC_TABLE[(crc ^ byte) & 0xFF] ^ (crc >> 8)
    return crc ^ _MASK32


def open_reporting_cipher(passphrase: str, salt: bytes) -> FieldCipher:
    return FieldCipher(key_from_passphrase(passphrase, salt))
