"""Neighbourhood bakery pre-orders: order numbers, partner API, card vault, menu and tastings."""

from __future__ import annotations

import hashlib
import json
import os
import random
import secrets
from dataclasses import dataclass

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
ORDER_KEY = bytes.fromhex(os.environ.get("BAKERY_ORDER_KEY", "3b9ac9ff1c2d4e5f60718293a4b5c6d7"))
VAULT_KEY = bytes.fromhex(os.environ.get("BAKERY_VAULT_KEY", "00" * 32))


@dataclass
class PreOrder:
    order_id: int
    customer: str
    items: dict[str, int]
    pickup_day: str


def _round_keys(key: bytes) -> list[int]:
    return [int.from_bytes(key[i:i + 4], "little") for i in range(0, 16, 4)]


def _f(half: int, k: int) -> int:
    x = (half * 0x45D9F3B + k) & 0xFFFF
    x ^= x >> 7
    return (x * 0x2C1B) & 0xFFFF


def encrypt_order_id(order_id: int) -> int:
    left, right = (order_id >> 16) & 0xFFFF, order_id & 0xFFFF
    for k in _round_keys(ORDER_KEY) * 2:
        left, right = right, left ^ _f(right, k)
    return ((left << 16) | right) & 0xFFFFFFFF


def decrypt_order_id(token: int) -> int:
    left, right = (token >> 16) & 0xFFFF, token & 0xFFFF
    for k in reversed(_round_keys(ORDER_KEY) * 2):
        left, right = right ^ _f(left, k), left
    return (left << 16) | right


def crockford32(n: int) -> str:
    if n == 0:
        return "0"
    digits = []
    while n:
        n, r = divmod(n, 32)
        digits.append(CROCKFORD[r])
    return "".join(reversed(digits))


def pickup_reference(order: PreOrder) -> str:
    return crockford32(encrypt_order_id(order.order_id)).rjust(7, "0")


class PartnerGate:
    """Accepts bulk orders from the café partners' till system."""

    def __init__(self, keys: dict[str, str]) -> None:
        self._keys = keys

    @staticmethod
    def _same(a: str, b: str) -> bool:
        return len(a) == len(b) and all(x == y for x, y in zip(a, b))

    def authorised(self, partner: str, presented: str) -> bool:
        expected = self._keys.get(partner)
        return expected is not None and self._same(expected, presented)


def _pad(data: bytes) -> bytes:
    n = 16 - len(data) % 16
    return data + bytes([n]) * n


def _unpad(data: bytes) -> bytes:
    return data[:-data[-1]]


def vault_card(card_token: str) -> bytes:
    iv = os.urandom(16)
    enc = Cipher(algorithms.AES(VAULT_KEY), modes.CBC(iv)).encryptor()
    return iv + enc.update(_pad(card_token.encode())) + enc.finalize()


def unvault_card(blob: bytes) -> str:
    dec = Cipher(algorithms.AES(VAULT_KEY), modes.CBC(blob[:16])).decryptor()
    return _unpad(dec.update(blob[16:]) + dec.finalize()).decode()


def menu_etag(menu: dict) -> str:
    canonical = json.dumps(menu, sort_keys=True, separators=(",", ":")).encode()
    return '"' + hashlib.sha256(canonical).hexdigest()[:20] + '"'


def tasting_panel_order(loaves: list[str], session_day: int) -> list[str]:
    order = list(loaves)
    random.Random(session_day).shuffle(order)
    return order


def counter_pickup_pin() -> str:
    return f"{secrets.randbelow(10_000):04d}"
