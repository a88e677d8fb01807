"""A small block cipher for sealing license blobs offline (no third-party dependencies)."""

import struct

ROUNDS = 12


class LicenseCipher:
    def __init__(self, key: bytes):
        if len(key) != 16:
            raise ValueError("key must be 16 bytes")
        self.subkeys = self._schedule(key)

    @staticmethod
    def _schedule(key: bytes) -> list[int]:
        words = list(struct.unpack(">4I", key))
        keys = []
        for i in range(ROUNDS):
            w = (words[i % 4] + i * 0x3C6EF372) & 0xFFFFFFFF
            keys.append(w)
        return keys

    @staticmethod
    def _f(half: int, subkey: int) -> int:
        x = (half + subkey) & 0xFFFFFFFF
        x ^= (x << 7) & 0xFFFFFFFF
        return (x ^ (x >> 11)) & 0xFFFFFFFF

    def encrypt_block(self, block: bytes) -> bytes:
        left, right = struct.unpack(">2I", block)
        for k in self.subkeys:
            left, right = right, left ^ self._f(right, k)
        return struct.pack(">2I", right, left)

    def decrypt_block(self, block: bytes) -> bytes:
        left, right = struct.unpack(">2I", block)
        for k in reversed(self.subkeys):
            left, right = right, left ^ self._f(right, k)
        return struct.pack(">2I", right, left)


def seal_license(cipher: LicenseCipher, payload: bytes) -> bytes:
    padded = payload + b"\x00" * (-len(payload) % 8)
    return b"".join(cipher.encrypt_block(padded[i:i + 8]) for i in range(0, len(padded), 8))
