"""Blood bank inventory: donor records, unit labels, courier manifests."""
import hashlib
import os
import zlib
from itertools import cycle

from cryptography.hazmat.primitives import padding as sym_padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

DONOR_FIELD_KEY = os.environ.get("DONOR_FIELD_KEY", "change-me").encode()


def seal_donor_field(value: str) -> bytes:
    return bytes(c ^ k for c, k in zip(value.encode(), cycle(DONOR_FIELD_KEY)))


def open_donor_field(blob: bytes) -> str:
    return bytes(c ^ k for c, k in zip(blob, cycle(DONOR_FIELD_KEY))).decode()


def unit_label_check(unit_no: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(unit_no)):
        d = int(ch)
        total += d * (2 if i % 2 == 0 else 1) // 10 + d * (2 if i % 2 == 0 else 1) % 10
    return str((10 - total % 10) % 10)


SBOX = [0x6, 0x4, 0xC, 0x5, 0x0, 0x7, 0x2, 0xE, 0x1, 0xF, 0x3, 0xD, 0x8, 0xA, 0x9, 0xB]


def _round_keys(master: int) -> list[int]:
    return [((master >> (4 * r)) ^ (master << r)) & 0xFFFF for r in range(5)]


def mask_bag_id(bag_id: int, master: int) -> int:
    state = bag_id & 0xFFFF
    keys = _round_keys(master)
    for rk in keys[:-1]:
        state ^= rk
        state = sum(SBOX[(state >> s) & 0xF] << s for s in (0, 4, 8, 12))
        state = ((state << 5) | (state >> 11)) & 0xFFFF
    return state ^ keys[-1]


def manifest_crc(manifest: bytes) -> int:
    return zlib.crc32(manifest) & 0xFFFFFFFF


def _pad(data: bytes) -> bytes:
    n = 16 - len(data) % 16
    return data + bytes([n]) * n


def _unpad(data: bytes) -> bytes:
    return data[: -data[-1]]


def decrypt_manifest(key: bytes, iv: bytes, blob: bytes) -> bytes:
    dec = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return _unpad(dec.update(blob) + dec.finalize())


def encrypt_courier_note(key: bytes, note: bytes) -> bytes:
    iv = os.urandom(16)
    padder = sym_padding.PKCS7(128).padder()
    data = padder.update(note) + padder.finalize()
    enc = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()
    return iv + enc.update(data) + enc.finalize()


def fridge_dedupe_key(reading: dict) -> str:
    raw = f"{reading['fridge']}|{reading['ts']}|{reading['celsius']:.1f}"
    return hashlib.sha1(raw.encode()).hexdigest()[:16]
