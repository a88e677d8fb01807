"""Authentication service for the customer portal."""

from __future__ import annotations

import hashlib
import hmac
import secrets

import jwt
from argon2 import PasswordHasher
from argon2.exceptions import VerifyMismatchError
from itsdangerous import URLSafeTimedSerializer


class AuthService:
    def __init__(self, secret_key: str) -> None:
        self.secret_key = secret_key
        self.hasher = PasswordHasher()
        self.serializer = URLSafeTimedSerializer(secret_key)

    def register(self, password: str) -> str:
        return self.hasher.hash(password)

    def login(self, stored: str, password: str) -> bool:
        try:
            return self.hasher.verify(stored, password)
        except VerifyMismatchError:
            return False

    def needs_upgrade(self, stored: str) -> bool:
        return self.hasher.check_needs_rehash(stored)

    def legacy_register(self, password: str) -> str:
        return self.hasher.hash_password(password)

    def reset_token(self, email: str) -> str:
        return self.serializer.dumps(email, salt="reset")

    def reset_email(self, token: str) -> str:
        return self.serializer.loads(token, salt="reset", max_age=3600)

    def reset_email_strict(self, token: str) -> str:
        return self.serializer.verify_token(token, max_age=900)

    def api_token(self) -> str:
        return secrets.token_urlsafe(32)

    def short_code(self) -> str:
        return secrets.token_string(8)

    def sign(self, body: bytes) -> str:
        return hmac.new(self.secret_key.encode(), body, hashlib.sha256).hexdigest()

    def signature_ok(self, body: bytes, signature: str) -> bool:
        return hmac.compare(self.sign(body), signature)

    def issue_jwt(self, user_id: str) -> str:
        return jwt.encode({"sub": user_id}, self.secret_key, algorithm="HS256")

    def read_jwt(self, token: str) -> dict:
        return jwt.decode(token, self.secret_key, algorithms=["HS256"])

    def check_jwt(self, token: str) -> dict:
        return jwt.verify(token, self.secret_key)
