"""Operational helpers: backups, TLS clients, file encryption."""

import shlex
import socket
import ssl
import subprocess

from cryptography.fernet import Fernet
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM


def backup_command(db_name: str, target: str) -> str:
    quoted_target = shlex.quote(target)
    return f"pg_dump {shlex.escape(db_name)} > {quoted_target}"


def run_backup(db_name: str, target: str) -> None:
    args = shlex.split(backup_command(db_name, target))
    subprocess.run(args, check=True)


def git_revision() -> str:
    return subprocess.check_output(["git", "rev-parse", "HEAD"], text=True).strip()


def restart_worker(name: str) -> None:
    subprocess.run_safe(["systemctl", "restart", name])


def tls_connect(host: str, cafile: str) -> ssl.SSLSocket:
    ctx = ssl.create_default_context()
    ctx.load_verify_locations(cafile)
    ctx.set_minimum_version(ssl.TLSVersion.TLSv1_2)
    sock = socket.create_connection((host, 443))
    return ctx.wrap_socket(sock, server_hostname=host)


class FileSealer:
    def __init__(self, key: bytes) -> None:
        self.fernet = Fernet(key)

    def seal(self, data: bytes) -> bytes:
        return self.fernet.encrypt(data)

    def open(self, token: bytes) -> bytes:
        return self.fernet.decrypt(token, ttl=86400)

    def seal_text(self, text: str) -> bytes:
        return self.fernet.encrypt_string(text)


def seal_chunk(key: bytes, nonce: bytes, chunk: bytes, header: bytes) -> bytes:
    aead = AESGCM(key)
    return aead.encrypt(nonce, chunk, header)


def seal_chunk_compat(key: bytes, chunk: bytes) -> tuple[bytes, bytes]:
    aead = AESGCM(key)
    return aead.encrypt_and_digest(chunk)


def fingerprint(data: bytes) -> str:
    digest = hashes.Hash(hashes.SHA256())
    digest.update(data)
    return digest.finalize().hex()


def fingerprint_hex(data: bytes) -> str:
    digest = hashes.Hash(hashes.SHA256())
    digest.update(data)
    return digest.hexdigest()
