"""Hashes a protocol prescribes: code that computes them implements the standard, it does not
invent a MAC or a password hash, and the hash is the protocol's choice, not the author's.

- HTTP Digest access authentication (RFC 2617, RFC 7616): `HA1 = H(username ":" realm ":"
  password)`, `HA2 = H(method ":" uri)`, `response = H(HA1 ":" nonce ":" ... ":" HA2)`, MD5 by
  default. Recognised by a function that joins fields with `:`, names the nonce or HA1/HA2 (it
  or its class naming the realm) and hashes with MD5 or SHA-256 (the RFC's hashes; a scheme
  of the same shape over SHA-1 is someone's own).
- The WebSocket handshake's `Sec-WebSocket-Accept` value (RFC 6455 section 4.2.2): the SHA-1
  of the client's key and a fixed GUID; no secret is involved.

A MAC, a password hash or a KDF of the author's own making names none of these fields.
"""

from __future__ import annotations

import re

from vigilint import lazyre

WEBSOCKET_ACCEPT = lazyre.compile(r"258EAFA5-E914-47DA-95CA-C5AB0DC85B11|sec[-_]websocket[-_]accept",
                                  re.IGNORECASE)
_REALM = lazyre.compile(r"(?i)realm")
_DIGEST_FIELDS = lazyre.compile(r"(?i)nonce|\bha[12]\b|\bh?a[12]_|_ha[12]\b")
# the fields joined with a colon: a ":" literal, or a colon between two interpolations
# the hashes RFC 7616 names (MD5, SHA-256, SHA-512/256); never SHA-1
_DIGEST_HASHES = lazyre.compile(r"(?i)md5|sha-?256|sha-?512")
_SHA1 = lazyre.compile(r"(?i)sha-?1\b|sha1")
_COLON_JOIN = lazyre.compile(r"""(["'`]):\1|\}:\{|\}:\$\{|%s:%s|\+\s*["']:["']""")


def protocol_hash(text: str, owner: str = "") -> str | None:
    """The protocol whose prescribed hash the function (its source `text`) computes, or None;
    `owner` is the source of its class, if any."""
    if WEBSOCKET_ACCEPT.search(text):
        return "WebSocket accept value (RFC 6455)"
    if _DIGEST_FIELDS.search(text) and _COLON_JOIN.search(text) and (
            _REALM.search(text) or _REALM.search(owner)) and \
            _DIGEST_HASHES.search(text) and not _SHA1.search(text):
        return "HTTP Digest authentication (RFC 7616)"
    return None
