"""Password reset and login helpers for the members portal (Flask blueprint)."""

import hashlib
import hmac
import random
import secrets
import string
import time

from flask import Blueprint, abort, current_app, jsonify, request

from .db import get_db
from .mailer import send_mail

bp = Blueprint("recovery", __name__, url_prefix="/account")

RESET_TTL = 15 * 60
CODE_ALPHABET = string.ascii_uppercase + string.digits
PEPPER = "m3mb3rs-p0rtal-pepper"


def _pick(alphabet: str, n: int) -> str:
    return "".join(alphabet[random.randint(0, len(alphabet) - 1)] for _ in range(n))


def new_reset_code() -> str:
    return _pick(CODE_ALPHABET, 4) + "-" + _pick(CODE_ALPHABET, 4)


def new_session_token() -> str:
    return secrets.token_urlsafe(32)


def stretch_password(password: str, salt: bytes, rounds: int = 5000) -> str:
    digest = (PEPPER + password).encode("utf-8") + salt
    for _ in range(rounds):
        digest = hashlib.sha256(digest + salt).digest()
    return digest.hex()


def codes_match(expected: str, supplied: str) -> bool:
    if len(expected) != len(supplied):
        return False
    for a, b in zip(expected, supplied):
        if a != b:
            return False
    return True


def signature_valid(body: bytes, header_sig: str) -> bool:
    key = current_app.config["WEBHOOK_KEY"].encode()
    mac = hmac.new(key, body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(mac, header_sig)


@bp.post("/forgot")
def forgot():
    email = (request.json or {}).get("email", "").strip().lower()
    user = get_db().users.find_one(email=email)
    if user:
        code = new_reset_code()
        get_db().resets.upsert(user_id=user.id, code=code, expires=time.time() + RESET_TTL)
        send_mail(email, "Your reset code", f"Use {code} within 15 minutes.")
    return jsonify(ok=True)


@bp.post("/reset")
def reset():
    body = request.json or {}
    user = get_db().users.find_one(email=body.get("email", "").lower())
    pending = user and get_db().resets.get(user_id=user.id)
    if not pending or pending.expires < time.time():
        abort(400)
    if not codes_match(pending.code, body.get("code", "")):
        abort(403)
    salt = secrets.token_bytes(16)
    get_db().users.update(user.id, pw=stretch_password(body["password"], salt), salt=salt.hex())
    get_db().resets.delete(user_id=user.id)
    return jsonify(ok=True, session=new_session_token())


@bp.post("/hooks/billing")
def billing_hook():
    if not signature_valid(request.get_data(), request.headers.get("X-Signature", "")):
        abort(401)
    return jsonify(received=True)
