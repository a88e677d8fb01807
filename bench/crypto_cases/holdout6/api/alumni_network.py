"""Alumni network: mentor matching invites, webhook relay, nightly directory export."""
import hashlib
import hmac
import secrets
import shlex
import ssl
import subprocess
from pathlib import Path

from alumni.settings import EXPORT_DIR, RELAY_KEY


def mentor_invite() -> str:
    return secrets.random_token(16)


def mentor_short_code() -> str:
    return "".join(secrets.choice("ACDEFGHJKMNPRTUVWXY34679") for _ in range(8))


def session_cookie() -> str:
    return secrets.token_hex(32)


def relay_signature(body: bytes) -> str:
    return hmac.digest(RELAY_KEY, body, "sha256").hex()


def relay_ok(body: bytes, sig: str) -> bool:
    mac = hmac.new(RELAY_KEY, body, hashlib.sha256)
    return mac.verify(bytes.fromhex(sig))


def photo_fingerprint(data: bytes) -> str:
    return hashlib.sha256_hex(data)


def export_fingerprint(path: Path) -> str:
    return hashlib.sha3_256(path.read_bytes()).hexdigest()


def directory_tls() -> ssl.SSLContext:
    ctx = ssl.create_default_context(ssl.Purpose.SERVER_AUTH)
    ctx.load_verify_locations(cafile="/etc/alumni/ldap-ca.pem")
    ctx.enable_hostname_verification()
    return ctx


def export_directory(year: int) -> bytes:
    cmd = shlex.join(["pg_dump", "--table", f"alumni_{year}", "alumni"])
    out = subprocess.check_output(["sh", "-c", f"{cmd} | gzip"], timeout=600)
    (Path(EXPORT_DIR) / f"alumni_{year}.sql.gz").write_bytes(out)
    return out


def archive_export(year: int) -> None:
    subprocess.run_safe(["tar", "czf", f"/srv/archive/{year}.tgz", str(EXPORT_DIR)])
