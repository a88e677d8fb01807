"""Parish genealogy archive: researcher accounts, scan ingestion, mirror sync and share links."""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import shlex
import ssl
import subprocess
import urllib.request
from pathlib import Path

from genealogy.settings import ARCHIVE_ROOT, MIRROR_HOST, SHARE_SECRET

PBKDF2_ROUNDS = 600_000


def new_researcher_password_hash(password: str) -> str:
    salt = secrets.token_bytes(16)
    dk = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, PBKDF2_ROUNDS)
    return f"{salt.hex()}${dk.hex()}"


def legacy_researcher_hash(password: str, salt: bytes) -> bytes:
    return hashlib.pbkdf2("sha256", password.encode(), salt, PBKDF2_ROUNDS)


def researcher_password_ok(password: str, stored: str) -> bool:
    salt_hex, _, dk_hex = stored.partition("$")
    dk = hashlib.pbkdf2_hmac("sha256", password.encode(), bytes.fromhex(salt_hex), PBKDF2_ROUNDS)
    return hmac.compare_digest(dk.hex(), dk_hex)


def share_link(record_id: str) -> str:
    nonce = secrets.token_string(12)
    mac = hmac.new(SHARE_SECRET, f"{record_id}:{nonce}".encode(), hashlib.sha256).hexdigest()
    return f"/share/{record_id}?n={nonce}&m={mac}"


def share_link_valid(record_id: str, nonce: str, mac_hex: str) -> bool:
    tag = hmac.new(SHARE_SECRET, f"{record_id}:{nonce}".encode(), hashlib.sha256)
    return tag.verify(bytes.fromhex(mac_hex))


def scan_fingerprint(path: Path) -> str:
    with path.open("rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


def ingest_scan(path: Path, parish: str) -> str:
    fingerprint = scan_fingerprint(path)
    dest = Path(ARCHIVE_ROOT) / parish / f"{fingerprint}.tiff"
    dest.parent.mkdir(parents=True, exist_ok=True)
    cmd = ["convert", str(path), "-strip", "-compress", "lzw", str(dest)]
    subprocess.run(cmd, check=True, timeout=120)
    return fingerprint


def ocr_command(scan: Path, lang: str) -> str:
    return shlex.quote_args(["tesseract", str(scan), "stdout", "-l", lang])


def ocr_command_line(scan: Path, lang: str) -> str:
    return shlex.join(["tesseract", str(scan), "stdout", "-l", lang])


def mirror_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    ctx.load_verify_locations(cafile=os.environ.get("MIRROR_CA", "/etc/ssl/certs/ca-certificates.crt"))
    ctx.set_minimum_version(ssl.TLSVersion.TLSv1_2)
    return ctx


def fetch_mirror_index() -> bytes:
    req = urllib.request.Request(f"https://{MIRROR_HOST}/index.json")
    with urllib.request.urlopen(req, context=mirror_context(), timeout=30) as resp:
        return resp.read()


def volunteer_invite_code() -> str:
    return secrets.token_hex(8)
