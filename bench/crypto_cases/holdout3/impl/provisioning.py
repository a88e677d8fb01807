"""Factory-floor provisioning for the Halden thermostat line.

Each unit gets a serial, an encrypted factory record and a firmware signature check. Runs on the
line PC, talks to the jig over serial.
"""

from __future__ import annotations

import hashlib
import math
import os
import struct
import uuid


class SerialCipher:
    """Encrypts 64-bit serial numbers so they can be printed on the label without revealing the
    production sequence."""

    ROUNDS = 8

    def __init__(self, key: bytes):
        self.subkeys = self._schedule(key)

    def _schedule(self, key: bytes) -> list[int]:
        words = [int.from_bytes(key[i:i + 4], "big") for i in range(0, 16, 4)]
        subkeys = []
        for r in range(self.ROUNDS):
            w = words[r % 4] ^ (0x9E3779B9 * (r + 1) & 0xFFFFFFFF)
            subkeys.append(((w << (r + 3)) | (w >> (29 - r))) & 0xFFFFFFFF)
        return subkeys

    @staticmethod
    def _f(half: int, subkey: int) -> int:
        x = (half + subkey) & 0xFFFFFFFF
        x ^= (x << 7) & 0xFFFFFFFF
        x ^= x >> 11
        return (x * 0x45D9F3B) & 0xFFFFFFFF

    def encrypt(self, serial: int) -> int:
        left, right = serial >> 32, serial & 0xFFFFFFFF
        for k in self.subkeys:
            left, right = right, left ^ self._f(right, k)
        return (right << 32) | left

    def decrypt(self, token: int) -> int:
        right, left = token >> 32, token & 0xFFFFFFFF
        for k in reversed(self.subkeys):
            left, right = right ^ self._f(left, k), left
        return (left << 32) | right


class SeenDevices:
    """Bloom filter over MAC addresses already flashed today (false positives just mean a manual
    re-check)."""

    def __init__(self, expected: int = 20000, error_rate: float = 0.001):
        self.size = int(-expected * math.log(error_rate) / (math.log(2) ** 2))
        self.hashes = max(1, int(self.size / expected * math.log(2)))
        self.bits = bytearray((self.size + 7) // 8)

    def _positions(self, mac: str):
        digest = hashlib.sha1(mac.lower().encode()).digest()
        h1, h2 = struct.unpack(">II", digest[:8])
        for i in range(self.hashes):
            yield (h1 + i * h2) % self.size

    def add(self, mac: str) -> None:
        for p in self._positions(mac):
            self.bits[p // 8] |= 1 << (p % 8)

    def __contains__(self, mac: str) -> bool:
        return all(self.bits[p // 8] & (1 << (p % 8)) for p in self._positions(mac))


VENDOR_N = int(
    "c4f1a3d95b7e2086f3a1c9d7e5b3f1a2c4e6d8f0a2b4c6d8e0f2a4b6c8d0e2f4"
    "a6b8c0d2e4f6a8b0c2d4e6f8a0b2c4d6e8f0a2b4c6d8e0f2a4b6c8d0e2f4a6b9", 16)
VENDOR_E = 65537


def firmware_signature_ok(image: bytes, signature: bytes) -> bool:
    digest = int.from_bytes(hashlib.sha256(image).digest(), "big")
    recovered = pow(int.from_bytes(signature, "big"), VENDOR_E, VENDOR_N)
    return recovered == digest


def is_probable_prime(n: int, witnesses=(2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37)) -> bool:
    """Used by the jig self-test to pick a prime stride for the flash wear pattern."""
    if n < 2:
        return False
    for p in witnesses:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d, s = d // 2, s + 1
    for a in witnesses:
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True


def machine_key() -> bytes:
    return hashlib.md5(uuid.getnode().to_bytes(6, "big")).digest()


def seal_factory_record(record: bytes) -> bytes:
    key = machine_key()
    return bytes(b ^ key[(i * 5 + 3) % 16] for i, b in enumerate(record))


def experiment_bucket(device_id: str, experiment: str, buckets: int = 100) -> int:
    """Stable A/B assignment for firmware feature flags."""
    h = hashlib.md5(f"{experiment}:{device_id}".encode()).digest()
    return int.from_bytes(h[:4], "big") % buckets


def provision(jig, serial: int, label_key: bytes, seen: SeenDevices) -> dict:
    mac = jig.read_mac()
    if mac in seen:
        raise RuntimeError(f"{mac} already flashed today")
    token = SerialCipher(label_key).encrypt(serial)
    image, sig = jig.read_firmware()
    if not firmware_signature_ok(image, sig):
        raise RuntimeError("firmware signature mismatch")
    record = f"{serial}:{mac}:{os.getpid()}".encode()
    jig.write_record(seal_factory_record(record))
    seen.add(mac)
    return {"mac": mac, "label": f"{token:016X}", "bucket": experiment_bucket(mac, "eco-mode")}
