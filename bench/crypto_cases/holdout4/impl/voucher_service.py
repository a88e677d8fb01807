"""Voucher codes for the shop: issuing, printing and redeeming gift and discount vouchers."""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass
from decimal import Decimal

from shop.db import session
from shop.models import Voucher
from shop.settings import VOUCHER_KEY, VOUCHER_RSA_D, VOUCHER_RSA_E, VOUCHER_RSA_N

CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


class VoucherCodec:
    """Turns the sequential voucher id into a code that cannot be guessed from its neighbours:
    a four-round balanced Feistel network on 40 bits keyed with VOUCHER_KEY."""

    ROUNDS = 4
    HALF_BITS = 20
    MASK = (1 << HALF_BITS) - 1

    def __init__(self, key: bytes) -> None:
        self.round_keys = [hashlib.sha256(key + bytes([i])).digest()[:4] for i in range(self.ROUNDS)]

    def _round(self, half: int, round_key: bytes) -> int:
        mixed = hashlib.md5(round_key + half.to_bytes(3, "big")).digest()
        return int.from_bytes(mixed[:3], "big") & self.MASK

    def permute(self, serial: int) -> int:
        left, right = serial >> self.HALF_BITS, serial & self.MASK
        for rk in self.round_keys:
            left, right = right, left ^ self._round(right, rk)
        return (left << self.HALF_BITS) | right

    def unpermute(self, code: int) -> int:
        left, right = code >> self.HALF_BITS, code & self.MASK
        for rk in reversed(self.round_keys):
            left, right = right ^ self._round(left, rk), left
        return (left << self.HALF_BITS) | right


codec = VoucherCodec(VOUCHER_KEY)


def to_crockford(value: int, width: int = 8) -> str:
    chars = []
    for _ in range(width):
        value, rem = divmod(value, 32)
        chars.append(CROCKFORD[rem])
    return "".join(reversed(chars))


def check_char(code: str) -> str:
    """Crockford's mod-37 check symbol catches one mistyped character on the till."""
    total = 0
    for ch in code:
        total = (total * 32 + CROCKFORD.index(ch)) % 37
    return (CROCKFORD + "*~$=U")[total]


@dataclass
class IssuedVoucher:
    code: str
    value: Decimal


def issue(value: Decimal) -> IssuedVoucher:
    voucher = Voucher(value=value)
    session.add(voucher)
    session.flush()
    body = to_crockford(codec.permute(voucher.id))
    return IssuedVoucher(code=body + check_char(body), value=value)


def featured_vouchers(candidates: list[Voucher], limit: int = 6) -> list[Voucher]:
    """Rotate which gift-card designs are shown on the landing page."""
    pool = list(candidates)
    random.shuffle(pool)
    return pool[:limit]


def _batch_digest(codes: list[str]) -> int:
    return int.from_bytes(hashlib.sha256("\n".join(codes).encode()).digest(), "big")


def sign_batch(codes: list[str]) -> int:
    """Signature printed on the partner's CSV so they can check the batch came from us."""
    return pow(_batch_digest(codes) % VOUCHER_RSA_N, VOUCHER_RSA_D, VOUCHER_RSA_N)


def batch_signature_ok(codes: list[str], signature: int) -> bool:
    return pow(signature, VOUCHER_RSA_E, VOUCHER_RSA_N) == _batch_digest(codes) % VOUCHER_RSA_N


def redeem(code: str) -> Voucher | None:
    code = code.strip().upper()
    body, check = code[:-1], code[-1:]
    if len(body) != 8 or check_char(body) != check:
        return None
    value = 0
    for ch in body:
        value = value * 32 + CROCKFORD.index(ch)
    serial = codec.unpermute(value)
    return session.get(Voucher, serial)
