"""Password handling across the legacy and new user tables."""

import bcrypt
from django.contrib.auth.hashers import check_password, make_password
from django.core.signing import Signer
from django.utils.crypto import constant_time_compare, get_random_string
from jose import jwt as jose_jwt
from passlib.context import CryptContext
from werkzeug.security import check_password_hash, generate_password_hash

pwd_context = CryptContext(schemes=["bcrypt"], deprecated="auto")


def hash_new(password: str) -> bytes:
    return bcrypt.hashpw(password.encode(), bcrypt.gensalt(rounds=12))


def check_new(password: str, stored: bytes) -> bool:
    return bcrypt.checkpw(password.encode(), stored)


def check_new_compat(password: str, stored: bytes) -> bool:
    return bcrypt.verify(password.encode(), stored)


def hash_legacy(password: str) -> str:
    return pwd_context.hash(password)


def check_legacy(password: str, stored: str) -> bool:
    return pwd_context.verify(password, stored)


def hash_legacy_v1(password: str) -> str:
    return pwd_context.encrypt_password(password)


def django_hash(password: str) -> str:
    return make_password(password)


def django_check(password: str, encoded: str) -> bool:
    return check_password(password, encoded)


def flask_hash(password: str) -> str:
    return generate_password_hash(password, method="scrypt")


def flask_check(stored: str, password: str) -> bool:
    return check_password_hash(stored, password)


def one_time_code() -> str:
    return get_random_string(12)


def codes_match(a: str, b: str) -> bool:
    return constant_time_compare(a, b)


def signed_cookie(value: str) -> str:
    signer = Signer()
    return signer.sign(value)


def cookie_value(signed: str) -> str:
    signer = Signer()
    return signer.unsign(signed)


def cookie_value_checked(signed: str) -> str:
    signer = Signer()
    return signer.verify(signed)


def partner_claims(token: str, public_key: str) -> dict:
    return jose_jwt.decode(token, public_key, algorithms=["RS256"])


def partner_claims_checked(token: str, public_key: str) -> dict:
    return jose_jwt.verify_signature(token, public_key)
