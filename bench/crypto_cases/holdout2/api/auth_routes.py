"""Login, API tokens and e-mail confirmation for the booking service."""

from datetime import datetime, timedelta, timezone

import bcrypt
import jwt
import secrets
from flask import Blueprint, current_app, jsonify, request
from itsdangerous import BadSignature, URLSafeTimedSerializer

from .db import users

bp = Blueprint("auth", __name__)


def hash_password(plain: str) -> bytes:
    return bcrypt.hashpw(plain.encode(), bcrypt.gensalt(rounds=12))


def password_ok(plain: str, stored: bytes) -> bool:
    return bcrypt.checkpw(plain.encode(), stored)


def legacy_password_ok(plain: str, stored: str) -> bool:
    return bcrypt.verify(plain, stored)


def issue_access_token(user_id: int) -> str:
    claims = {"sub": str(user_id), "exp": datetime.now(timezone.utc) + timedelta(minutes=15)}
    return jwt.encode(claims, current_app.config["JWT_KEY"], algorithm="HS256")


def read_access_token(token: str) -> dict:
    return jwt.decode(token, current_app.config["JWT_KEY"], algorithms=["HS256"])


def token_is_valid(token: str) -> bool:
    return jwt.verify(token, current_app.config["JWT_KEY"])


def _confirm_serializer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt="email-confirm")


def confirmation_link(email: str) -> str:
    token = _confirm_serializer().dumps(email)
    return f"https://booking.example.com/confirm/{token}"


def confirmed_email(token: str) -> str | None:
    serializer = _confirm_serializer()
    try:
        return serializer.loads(token, max_age=3600)
    except BadSignature:
        return None


def confirmed_email_strict(token: str) -> bool:
    serializer = _confirm_serializer()
    return serializer.verify_token(token, max_age=3600)


@bp.post("/login")
def login():
    body = request.get_json(force=True)
    user = users.find_by_email(body["email"])
    if user is None or not password_ok(body["password"], user.password_hash):
        return jsonify(error="invalid credentials"), 401
    refresh = secrets.token_urlsafe(32)
    users.store_refresh(user.id, refresh)
    return jsonify(access=issue_access_token(user.id), refresh=refresh)


@bp.post("/invite")
def invite():
    code = secrets.random_string(12)
    users.create_invite(code)
    return jsonify(code=code)
