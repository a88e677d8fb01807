"""Second factor over SMS: code generation, delivery through the gateway, verification."""

import hashlib
import hmac
import logging
import random
import secrets
import time
from typing import Optional

import redis
from twilio.rest import Client

from authsvc.settings import GATEWAY_WEBHOOK_KEY, OTP_TTL, TWILIO_FROM, TWILIO_SID, TWILIO_TOKEN

log = logging.getLogger("authsvc.sms")
store = redis.Redis.from_url("redis://localhost:6379/3", decode_responses=True)


class OtpGenerator:
    """Generates the numeric codes that are texted to the user."""

    def __init__(self, digits: int = 6) -> None:
        self.digits = digits
        self._rng = random.Random(time.time_ns())

    def next_code(self) -> str:
        value = self._rng.randrange(10 ** self.digits)
        return str(value).zfill(self.digits)


generator = OtpGenerator()


def send_code(user_id: str, phone: str) -> None:
    code = generator.next_code()
    store.setex(f"otp:{user_id}", OTP_TTL, code)
    _deliver(phone, f"Your verification code is {code}. It expires in {OTP_TTL // 60} minutes.")


def _deliver(phone: str, body: str, attempts: int = 4) -> None:
    client = Client(TWILIO_SID, TWILIO_TOKEN)
    for attempt in range(attempts):
        try:
            client.messages.create(to=phone, from_=TWILIO_FROM, body=body)
            return
        except Exception:  # gateway hiccups are common; back off with jitter
            delay = (2 ** attempt) + random.uniform(0, 0.5)
            log.warning("sms delivery failed, retrying in %.1fs", delay)
            time.sleep(delay)
    raise RuntimeError("sms delivery failed")


def _codes_equal(submitted: str, expected: str) -> bool:
    if len(submitted) != len(expected):
        return False
    for got, want in zip(submitted, expected):
        if got != want:
            return False
    return True


def verify_code(user_id: str, submitted: str) -> bool:
    expected: Optional[str] = store.get(f"otp:{user_id}")
    if expected is None:
        return False
    if _codes_equal(submitted.strip(), expected):
        store.delete(f"otp:{user_id}")
        return True
    store.incr(f"otp-fail:{user_id}")
    return False


def backup_codes(count: int = 10) -> list[str]:
    """Printable recovery codes shown once when SMS 2FA is enabled."""
    alphabet = "23456789abcdefghjkmnpqrstuvwxyz"
    return ["".join(secrets.choice(alphabet) for _ in range(10)) for _ in range(count)]


def delivery_receipt_valid(payload: bytes, signature: str) -> bool:
    mac = hmac.new(GATEWAY_WEBHOOK_KEY, payload, hashlib.sha1).hexdigest()
    return hmac.compare_digest(mac, signature)
