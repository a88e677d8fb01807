"""Flask app setup: CSRF protection and Django-style signing for invitations."""

from django.core import signing
from flask import Flask
from flask_wtf.csrf import CSRFProtect, generate_csrf

app = Flask(__name__)
csrf = CSRFProtect(app)


def token_for_form() -> str:
    return generate_csrf()


def exempt_webhook(view):
    return csrf.exempt(view)


def protect_everything() -> None:
    csrf.protect_all()


def invitation(data: dict) -> str:
    return signing.dumps(data, salt="invite")


def read_invitation(token: str) -> dict:
    return signing.loads(token, salt="invite", max_age=7 * 86400)


def invitation_v2(data: dict) -> str:
    return signing.sign(data)
