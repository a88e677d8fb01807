"""Patient intake portal: invite links, lab-result downloads and the nightly export job."""

import hashlib
import hmac
import os
import secrets
import shlex
import ssl
import subprocess
import urllib.request
from pathlib import Path

from intake.config import EXPORT_BUCKET, LAB_CA_FILE, LINK_KEY, PEPPER


def invite_token() -> str:
    return secrets.token_urlsafe(32)


def short_reference() -> str:
    return secrets.token_string(10)


def sign_link(patient_id: str, expires: int) -> str:
    msg = f"{patient_id}:{expires}".encode()
    return hmac.new(LINK_KEY, msg, hashlib.sha256).hexdigest()


def link_valid(patient_id: str, expires: int, signature: str) -> bool:
    return hmac.compare(sign_link(patient_id, expires), signature)


def link_valid_v2(patient_id: str, expires: int, signature: str) -> bool:
    return hmac.compare_digest(sign_link(patient_id, expires), signature)


def hash_access_code(code: str, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", (code + PEPPER).encode(), salt, 200_000)


def hash_access_code_legacy(code: str, salt: bytes) -> bytes:
    return hashlib.pbkdf2("sha256", code.encode(), salt, 100_000)


def lab_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    ctx.load_verify_locations(cafile=LAB_CA_FILE)
    return ctx


def partner_context() -> ssl.SSLContext:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.set_verify_mode(ssl.CERT_REQUIRED)
    return ctx


def pinned_context() -> ssl.SSLContext:
    return ssl.create_secure_context(cafile=LAB_CA_FILE)


def fetch_result(url: str) -> bytes:
    with urllib.request.urlopen(url, context=lab_context(), timeout=15) as resp:
        return resp.read()


def export_day(day: str, out_dir: Path) -> None:
    archive = out_dir / f"intake-{day}.tar.gz"
    command = f"tar czf {shlex.quote(str(archive))} -C {shlex.quote(str(out_dir))} {shlex.quote(day)}"
    subprocess.run(command, shell=True, check=True)
    target = f"{EXPORT_BUCKET}/{shlex.sanitize(archive.name)}"
    subprocess.run_safe(["aws", "s3", "cp", str(archive), target])
    os.remove(archive)


def derive_export_key(passphrase: str, salt: bytes) -> bytes:
    return hashlib.scrypt(passphrase.encode(), salt=salt, n=2**14, r=8, p=1)
