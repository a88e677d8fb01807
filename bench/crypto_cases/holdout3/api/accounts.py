"""Account service for the clinic booking API: passwords, API tokens and email links.

Legacy accounts imported from the old PHP system still carry bcrypt hashes; new ones use argon2.
"""

from __future__ import annotations

import datetime as dt

import bcrypt
import jwt
from argon2 import PasswordHasher
from argon2.exceptions import VerifyMismatchError
from django.conf import settings
from django.contrib.auth.hashers import check_password, make_password
from django.utils.crypto import constant_time_compare, get_random_string
from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer
from passlib.context import CryptContext

from clinic.models import ApiClient, Patient


class PasswordService:
    def __init__(self) -> None:
        self.hasher = PasswordHasher(time_cost=3, memory_cost=64 * 1024, parallelism=2)
        self.legacy: CryptContext = CryptContext(schemes=["bcrypt", "md5_crypt"], deprecated="auto")

    def hash_new(self, password: str) -> str:
        return self.hasher.hash(password)

    def check(self, patient: Patient, password: str) -> bool:
        stored = patient.password_hash
        if stored.startswith("$2"):
            if not bcrypt.checkpw(password.encode("utf-8"), stored.encode("ascii")):
                return False
            patient.password_hash = self.hash_new(password)
            patient.save(update_fields=["password_hash"])
            return True
        if stored.startswith("$1$"):
            ok, _ = self.legacy.verify_and_update(password, stored)
            return ok
        try:
            self.hasher.verify(stored, password)
        except VerifyMismatchError:
            return False
        if self.hasher.needs_update(stored):
            patient.password_hash = self.hash_new(password)
            patient.save(update_fields=["password_hash"])
        return True

    def import_legacy(self, plain_from_csv: str) -> str:
        return self.legacy.hash_password(plain_from_csv)


def staff_password(raw: str) -> str:
    return make_password(raw, hasher="pbkdf2_sha256")


def staff_login_ok(raw: str, encoded: str) -> bool:
    return check_password(raw, encoded)


def new_api_client(name: str) -> tuple[ApiClient, str]:
    secret = get_random_string(40)
    client = ApiClient.objects.create(name=name, secret_hash=bcrypt.hashpw(secret.encode(), bcrypt.gensalt(rounds=12)))
    return client, secret


def api_client_ok(client: ApiClient, presented: str) -> bool:
    return bcrypt.verify(presented.encode(), client.secret_hash)


def access_token(patient: Patient) -> str:
    now = dt.datetime.now(dt.timezone.utc)
    claims = {"sub": str(patient.pk), "iat": now, "exp": now + dt.timedelta(minutes=20), "aud": "booking"}
    return jwt.encode(claims, settings.SECRET_KEY, algorithm="HS256")


def read_access_token(token: str) -> dict:
    return jwt.decode(token, settings.SECRET_KEY, algorithms=["HS256"], audience="booking")


def read_unverified_kid(token: str) -> str | None:
    return jwt.get_unverified_header(token).get("kid")


_links = URLSafeTimedSerializer(settings.SECRET_KEY, salt="email-confirm")


def confirmation_link(patient: Patient) -> str:
    return f"{settings.SITE_URL}/confirm/{_links.dumps({'p': patient.pk})}"


def confirm(token: str) -> int | None:
    try:
        return _links.loads(token, max_age=48 * 3600)["p"]
    except (BadSignature, SignatureExpired):
        return None


def kiosk_code_ok(expected: str, typed: str) -> bool:
    return constant_time_compare(expected, typed)
