"""Account recovery and API keys (Django views helpers)."""

import hashlib
import random
import secrets
import string

from django.core.mail import send_mail
from django.utils import timezone

from .models import ApiKey, ResetRequest

RESET_ALPHABET = string.ascii_letters + string.digits


def make_reset_token(length: int = 40) -> str:
    random.seed()
    return "".join(random.choices(RESET_ALPHABET, k=length))


def start_password_reset(user) -> ResetRequest:
    token = make_reset_token()
    request = ResetRequest.objects.create(user=user, token=token, created=timezone.now())
    send_mail("Reset your password", f"https://app.example.com/reset/{token}",
              "noreply@example.com", [user.email])
    return request


def create_api_key(owner) -> str:
    raw = secrets.token_urlsafe(32)
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(raw.encode(), salt=salt, n=2**14, r=8, p=1)
    ApiKey.objects.create(owner=owner, prefix=raw[:8], salt=salt.hex(), digest=digest.hex())
    return raw


def pick_reviewers(candidates: list, count: int = 2) -> list:
    return random.sample(candidates, min(count, len(candidates)))
