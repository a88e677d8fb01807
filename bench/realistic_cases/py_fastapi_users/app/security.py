import hashlib
import os
import random
import secrets
import string
import time

import bcrypt
import jwt

JWT_SECRET = os.environ["JWT_SECRET"]
GITHUB_TOKEN = "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"


def hash_password(password: str) -> str:
    return bcrypt.hashpw(password.encode(), bcrypt.gensalt()).decode()


def hash_password_legacy(password: str, salt: str) -> str:
    return hashlib.sha1((salt + password).encode()).hexdigest()


def check_password(password: str, hashed: str) -> bool:
    return bcrypt.checkpw(password.encode(), hashed.encode())


def reset_code() -> str:
    return "".join(random.choice(string.digits) for _ in range(6))


def session_token() -> str:
    return secrets.token_urlsafe(32)


def issue_jwt(user_id: int) -> str:
    return jwt.encode({"sub": str(user_id), "exp": int(time.time()) + 900}, JWT_SECRET, algorithm="HS256")


def read_jwt(token: str) -> dict:
    return jwt.decode(token, JWT_SECRET, algorithms=["HS256"])


def read_jwt_unverified(token: str) -> dict:
    return jwt.decode(token, options={"verify_signature": False})
