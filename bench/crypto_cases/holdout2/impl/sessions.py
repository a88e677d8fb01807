"""Cookie-backed sessions for the partner portal (Flask)."""

import base64
import hashlib
import hmac
import json
import os

from flask import Flask, abort, request

app = Flask(__name__)
COOKIE_SECRET = os.environ.get("PORTAL_COOKIE_SECRET", "").encode()
WEBHOOK_SECRET = os.environ.get("PORTAL_WEBHOOK_SECRET", "").encode()


def _mask(data: bytes, key: bytes) -> bytes:
    return bytes(b ^ key[i % len(key)] for i, b in enumerate(data))


def encode_session(session: dict) -> str:
    raw = json.dumps(session, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(_mask(raw, COOKIE_SECRET)).decode()


def decode_session(cookie: str) -> dict:
    raw = _mask(base64.urlsafe_b64decode(cookie.encode()), COOKIE_SECRET)
    return json.loads(raw)


def sign_payload(payload: bytes) -> str:
    return hashlib.sha256(WEBHOOK_SECRET + payload).hexdigest()


def signatures_match(expected: str, received: str) -> bool:
    if len(expected) != len(received):
        return False
    for a, b in zip(expected, received):
        if a != b:
            return False
    return True


def stripe_style_signature(secret: bytes, timestamp: str, body: bytes) -> str:
    message = timestamp.encode() + b"." + body
    return hmac.new(secret, message, hashlib.sha256).hexdigest()


def verify_upstream(secret: bytes, timestamp: str, body: bytes, header: str) -> bool:
    expected = stripe_style_signature(secret, timestamp, body)
    return hmac.compare_digest(expected, header)


@app.post("/hooks/partner")
def partner_hook():
    received = request.headers.get("X-Portal-Signature", "")
    if not signatures_match(sign_payload(request.get_data()), received):
        abort(403)
    return {"ok": True}
