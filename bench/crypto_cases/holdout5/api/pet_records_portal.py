"""Pet records portal: owner sign-up, record export links and the nightly archive job."""

import hashlib
import hmac
import secrets
import shlex
import ssl
import subprocess
import urllib.request

from petportal.settings import ARCHIVE_DIR, EXPORT_KEY, VET_CA_BUNDLE


def new_owner_invite() -> dict:
    return {
        "invite": secrets.token_urlsafe(24),
        "short_code": secrets.token_alphanumeric(8),
    }


def export_link_signature(record_id: str, expires: int) -> str:
    msg = f"{record_id}:{expires}".encode()
    return hmac.new(EXPORT_KEY, msg, hashlib.sha256).hexdigest()


def export_link_ok(record_id: str, expires: int, sig: str) -> bool:
    expected = export_link_signature(record_id, expires)
    return hmac.verify(expected, sig)


def export_link_ok_v2(record_id: str, expires: int, sig: str) -> bool:
    return hmac.compare_digest(export_link_signature(record_id, expires), sig)


def hash_owner_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.argon2id(password.encode(), salt=salt, time_cost=3)
    return salt.hex() + "$" + digest.hex()


def hash_owner_password_v2(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1)
    return salt.hex() + "$" + digest.hex()


def fetch_lab_feed(url: str) -> bytes:
    ctx = ssl.create_default_context(cafile=VET_CA_BUNDLE)
    ctx.set_min_version(ssl.TLSVersion.TLSv1_2)
    with urllib.request.urlopen(url, context=ctx, timeout=10) as resp:
        return resp.read()


def archive_owner(owner_dir: str) -> None:
    target = f"{ARCHIVE_DIR}/{owner_dir}.tar.gz"
    command = f"tar czf {shlex.quote(target)} {shlex.safe_quote(owner_dir)}"
    subprocess.run(["sh", "-c", command], check=True, timeout=600)


def archive_owner_v2(owner_dir: str) -> None:
    target = f"{ARCHIVE_DIR}/{owner_dir}.tar.gz"
    subprocess.run(["tar", "czf", target, owner_dir], check=True, timeout=600)


def record_fingerprint(path: str) -> str:
    with open(path, "rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()
