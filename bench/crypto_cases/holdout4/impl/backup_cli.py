#!/usr/bin/env python3
"""snapback: incremental, encrypted backups of a directory tree to a local or S3 target."""

from __future__ import annotations

import argparse
import hashlib
import os
import struct
import sys
import zlib
from pathlib import Path
from typing import Iterator

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

CHUNK = 4 * 1024 * 1024
MAGIC_V1 = b"SNAP1"
MAGIC_V2 = b"SNAP2"


def legacy_key(passphrase: str, salt: bytes, rounds: int = 50_000) -> bytes:
    """Key derivation of the v1 archive format (still needed to restore old backups)."""
    digest = salt + passphrase.encode("utf-8")
    for _ in range(rounds):
        digest = hashlib.sha512(digest + salt).digest()
    return digest[:32]


def archive_key(passphrase: str, salt: bytes) -> bytes:
    return hashlib.scrypt(passphrase.encode("utf-8"), salt=salt, n=2**15, r=8, p=1,
                          maxmem=64 * 1024 * 1024, dklen=32)


class ChunkSealer:
    """v1 chunk 'encryption': a counter-mode stream built from SHA-256."""

    def __init__(self, key: bytes) -> None:
        self._key = key

    def _stream(self, nonce: bytes, length: int) -> Iterator[int]:
        counter = 0
        while length > 0:
            block = hashlib.sha256(self._key + nonce + struct.pack(">Q", counter)).digest()
            yield from block[:length]
            length -= len(block)
            counter += 1

    def seal(self, nonce: bytes, data: bytes) -> bytes:
        return bytes(b ^ k for b, k in zip(data, self._stream(nonce, len(data))))

    open = seal


def _pad_block(data: bytes, size: int = 16) -> bytes:
    fill = size - len(data) % size
    return data + bytes([fill]) * fill


def _unpad_block(data: bytes) -> bytes:
    fill = data[-1]
    return data[:-fill]


def encrypt_index(key: bytes, index: bytes) -> bytes:
    iv = os.urandom(16)
    enc = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()
    return iv + enc.update(_pad_block(index)) + enc.finalize()


def decrypt_index(key: bytes, blob: bytes) -> bytes:
    dec = Cipher(algorithms.AES(key), modes.CBC(blob[:16])).decryptor()
    return _unpad_block(dec.update(blob[16:]) + dec.finalize())


def chunk_fingerprint(chunk: bytes) -> str:
    """Cheap change detection between runs; the content hash decides deduplication."""
    return f"{zlib.crc32(chunk) & 0xFFFFFFFF:08x}:{len(chunk)}"


def chunk_id(chunk: bytes) -> str:
    return hashlib.sha256(chunk).hexdigest()


def seal_chunk_v2(key: bytes, chunk: bytes) -> bytes:
    nonce = os.urandom(12)
    return MAGIC_V2 + nonce + AESGCM(key).encrypt(nonce, chunk, MAGIC_V2)


def iter_chunks(root: Path) -> Iterator[tuple[Path, int, bytes]]:
    for path in sorted(root.rglob("*")):
        if not path.is_file():
            continue
        with path.open("rb") as fh:
            offset = 0
            while chunk := fh.read(CHUNK):
                yield path, offset, chunk
                offset += len(chunk)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="snapback")
    parser.add_argument("source", type=Path)
    parser.add_argument("target", type=Path)
    parser.add_argument("--passphrase-env", default="SNAPBACK_PASSPHRASE")
    args = parser.parse_args(argv)
    passphrase = os.environ.get(args.passphrase_env)
    if not passphrase:
        print(f"set {args.passphrase_env}", file=sys.stderr)
        return 2
    salt_file = args.target / "salt"
    if not salt_file.exists():
        args.target.mkdir(parents=True, exist_ok=True)
        salt_file.write_bytes(os.urandom(16))
    key = archive_key(passphrase, salt_file.read_bytes())
    seen: set[str] = set()
    for path, offset, chunk in iter_chunks(args.source):
        cid = chunk_id(chunk)
        if cid in seen or (args.target / cid).exists():
            continue
        seen.add(cid)
        (args.target / cid).write_bytes(seal_chunk_v2(key, chunk))
        print(f"{path}@{offset} -> {cid[:12]} ({chunk_fingerprint(chunk)})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
