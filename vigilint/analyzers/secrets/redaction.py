"""Redaction: the only form in which a secret may leave vigilint.

**What to call** (a small, stable API; everything vigilint writes goes through one of these):
- `redact_text(text, secrets=(), carries_secret=False) -> str`: any outgoing text (a snippet,
  a message, a log line, an LSP message, hover text, a notice). Defence in depth, in order:
  1. the given secret values (and every line or piece of a multi-line one) are masked;
  2. every value a detector recognises in the text itself is masked: vendor formats, values
     under secret-named keys (`password = ...`, `"apiKey": ...`, `setPassword("...")`,
     `getenv("TOKEN", "...")` defaults, `name:`/`value:` pairs), credential-call arguments and
     the secret next to an AWS key id, *whether or not* the detectors would report it (a short
     or placeholder-looking password is masked too);
  3. every high-entropy token (20+ random-looking letters and digits) is masked anywhere, and
     on every line that carries a secret (`carries_secret=True`, or a line where the steps
     before masked something) every credential-shaped token and quoted literal is masked as
     well: a secret no detector knows (`create("AKIA...", "<40 characters>")`) is hidden by its
     neighbour, and one quoted in an error message by its shape.
- `redact_finding(finding) -> Finding`: a finding with its snippet, message, related
  locations' messages and suppression justification redacted as above (a secret finding's
  snippet counts as carrying a secret) and a fix dropped when it would show a masked value; the
  same object when nothing changes. The report writers, the ledger and the language server
  call it on every finding they emit.
- `redact(text, values)`, `mask(value)`, `fingerprint(value)`: the building blocks (known
  values only; a 4-character preview; the HMAC of a value), kept for callers that need them.

A secret finding keeps a short preview (at most 4 characters) and an HMAC-SHA256 fingerprint of
the value. The HMAC key is per install: `$XDG_CONFIG_HOME/vigilint/secret.key` (or
`~/.config/vigilint/secret.key`), 32 random bytes created with mode 0600 on first use. Set
`VIGILINT_HMAC_KEY` to share one key across machines (CI), so that baselines written on one
machine match findings on another. Without a usable key file, a per-process key is used and
fingerprints of secrets are not stable across runs.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import os
import secrets
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from vigilint import lazyre
from vigilint.analyzers.secrets.entropy import is_random_looking

if TYPE_CHECKING:
    from vigilint.model import Finding

PREVIEW_MAX = 4
MASK = "****[redacted]"
KEY_ENV = "VIGILINT_HMAC_KEY"
KEY_FILE = "secret.key"
_FRAGMENT_MIN = 6
_TOKEN = lazyre.compile(r"[^\s\"'`,;()\[\]{}<>]+")
_HEADER_WORD = lazyre.compile(r"^-*[A-Z]{1,12}-*$")  # BEGIN, PRIVATE, KEY-----: not secret


def mask(value: str) -> str:
    """A short preview (at most 4 characters, none for short values) and a fixed mask, so
    neither the secret nor its length is shown."""
    value = value.strip()
    keep = PREVIEW_MAX if len(value) >= 16 else (2 if len(value) >= 8 else 0)
    return value[:keep] + MASK


def fragments(value: str) -> list[str]:
    """Pieces of a multi-line or escaped secret (PEM lines, `\\n`-joined JSON strings) that
    may show up on their own in a snippet, longest first."""
    return list(_fragments(value))


@functools.lru_cache(maxsize=4096)
def _fragments(value: str) -> tuple[str, ...]:
    """`fragments`, memoised: every finding of a file redacts all of the file's secrets."""
    pieces: set[str] = set()
    for line in value.replace("\\r", "\n").replace("\\n", "\n").split("\n"):
        for piece in line.split():
            piece = piece.strip("\"',\\")
            # a word of a passphrase (`password`) is not a piece to hunt for elsewhere
            if len(piece) >= _FRAGMENT_MIN and not _HEADER_WORD.match(piece) \
                    and not (" " in value.strip() and _identifier_like(piece)):
                pieces.add(piece)
    return tuple(sorted(pieces, key=lambda p: (-len(p), p)))


def redact(text: str, values: list[str] | tuple[str, ...]) -> str:
    """`text` with every secret (and every fragment of a multi-line one) masked. Longest first,
    ties by value: the result (and so every fingerprint) must not depend on set order."""
    pieces: list[str] = []
    for value in sorted({v for v in values if v}, key=lambda v: (-len(v), v)):
        if value in text:
            text = text.replace(value, mask(value))
        for piece in _fragments(value):
            if piece in text:
                text = text.replace(piece, MASK)
            pieces.append(piece)
    if pieces:
        # a piece cut short (at a line or length limit) is still part of the secret; a word
        # that happens to be part of one (`access` in `access_token$production$...`) is not
        for token in sorted(set(_TOKEN.findall(text)), key=lambda t: (-len(t), t)):
            if len(token) >= _FRAGMENT_MIN and not _identifier_like(token) \
                    and any(token in piece for piece in pieces):
                text = text.replace(token, MASK)
    return text


# -- defence in depth: what redact_text masks beyond the given values ------------------------
# pieces of a line: runs between quotes, brackets, separators (a `:` splits unless in a URL)
_PIECE = lazyre.compile(r"[^\s\"'`,;()\[\]{}<>=|]+")
_QUOTED = lazyre.compile(r"""(?P<q>["'`])(?P<v>[^"'`\n]{6,2000})(?P=q)""")
_UUID = lazyre.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
_USERINFO = lazyre.compile(r"://[^/@\s]{1,200}:[^/@\s]{1,200}@")
_CAMEL_WORD = lazyre.compile(r"[A-Z]?[a-z]{2,}|[A-Z]{2,}(?![a-z])")
# words joined by separators (`application/json`, `Content-Type`), one lower-case word, a
# constant's name: labels, not values
_SLUG_LIKE = lazyre.compile(r"^[A-Za-z][a-z.]*(?:[-_./][A-Za-z][a-z.]*)*$|^[A-Z][A-Z_]*$")


_SEPARATORS = str.maketrans("", "", "-_./@")


def _identifier_like(token: str) -> bool:
    """`AwsBasicCredentials`, `getConnection`, `DATABASE_URL`: made of words, not random."""
    bare = token.translate(_SEPARATORS)
    if not bare.isalpha():
        return False
    covered = sum(len(w) for w in _CAMEL_WORD.findall(token))
    letters = sum(c.isalpha() for c in token)
    return covered >= 0.9 * letters and len(_CAMEL_WORD.findall(token)) <= max(2, letters // 3)


def credential_shaped(token: str) -> bool:
    """A token that could be a credential: 8+ characters with letters and digits, a base64
    run, or a random-looking run of letters; not a word, an identifier or a plain URL."""
    token = token.strip(".:")
    if len(token) < 8 or "****" in token:
        return False
    if "://" in token:
        return bool(_USERINFO.search(token))
    letters = any(c.isalpha() for c in token)
    if letters and any(c.isdigit() for c in token):
        return True
    if letters and len(token) >= 16 and any(c in "+/=" for c in token) \
            and not token.islower() and is_random_looking(token, 0.8):
        return True  # base64, not a path
    return len(token) >= 12 and not _identifier_like(token) and is_random_looking(token, 0.9)


def _literal_shaped(value: str) -> bool:
    """A quoted literal on a line that carries a secret: masked unless it is prose, a URL
    without credentials, or a lower-case slug / constant name (`application/json`)."""
    if any(c.isspace() for c in value) or "****" in value:
        return False
    if "://" in value:
        return bool(_USERINFO.search(value))
    return not (_SLUG_LIKE.match(value) or _identifier_like(value))


# `argon2`, `sha256`, `BenchmarkTest00042`, `Pbkdf2WithHmacSHA256`: words with at most two
# version or serial numbers among them (random text scatters its digits)
_WORD_NUMBER = lazyre.compile(r"[A-Za-z_]+(?:[0-9]{1,8}[A-Za-z_]*){0,2}")
_DIGITS = str.maketrans("", "", "0123456789")
_SEGMENT_SPLIT = lazyre.compile(r"[./\\@:-]")


def _wordish(segment: str) -> bool:
    if len(segment) <= 3 or segment.isdigit():
        return True
    if not _WORD_NUMBER.fullmatch(segment):
        return False
    letters = segment.translate(_DIGITS)
    return len(letters) <= 3 or _identifier_like(letters)


def _made_of_words(token: str) -> bool:
    """`argon2.PasswordHasher`, `crypto/sha256`, `org/owasp/BenchmarkTest00042.java`: names
    and paths whose every part is a word (with at most a trailing number), not random text."""
    return all(_wordish(part) for part in _SEGMENT_SPLIT.split(token) if part)


def high_entropy(token: str) -> bool:
    """A token no text would hold by chance: 20+ characters of letters and digits (and
    base64 punctuation) that look random; not a word, an identifier, a path or a UUID."""
    token = token.strip(".:")
    return (len(token) >= 20 and "****" not in token and "://" not in token
            and any(c.isdigit() for c in token) and any(c.isalpha() for c in token)
            and not _identifier_like(token) and not _UUID.match(token)
            and not _made_of_words(token)
            and is_random_looking(token))


def _mask_high_entropy(text: str) -> str:
    found = {p for piece in _PIECE.findall(text)
             for p in ([piece] if "://" in piece else piece.split(":")) if high_entropy(p)}
    for value in sorted(found, key=lambda v: (-len(v), v)):
        text = text.replace(value, mask(value))
    return text


def _mask_shaped(line: str) -> str:
    """Every credential-shaped piece and quoted literal of a line that carries a secret."""
    found = {m.group("v") for m in _QUOTED.finditer(line) if _literal_shaped(m.group("v"))}
    for piece in _PIECE.findall(line):
        parts = [piece] if "://" in piece else [p for p in piece.split(":") if p]
        found.update(p for p in parts if credential_shaped(p))
    for value in sorted(found, key=lambda v: (-len(v), v)):
        line = line.replace(value, mask(value))
    return line


def _recognized(text: str, formats: bool = True) -> list[str]:
    """Values the detectors recognise in `text`, reported or not (see `redact_text`, step 2);
    `formats=False` leaves out the vendor-format detectors (the caller already ran them)."""
    from vigilint.analyzers.secrets.generic import maskable, scan_generic
    from vigilint.analyzers.secrets.scanner import lowered, scan_text

    found = [m.value for m in scan_text(text, "", "text", generic=False)] if formats else []
    low = lowered(text)
    found += [m.value for m in scan_generic(text, low, "", "text", maskable)]
    return found


def redact_text(text: str, secrets: Iterable[str] = (), carries_secret: bool = False,
                scanned: bool = False) -> str:
    """`text` as it may leave vigilint: see the module docstring for the three steps.
    `scanned=True` says `secrets` already holds every value the format detectors found in the
    text's source (the engine's case), so step 2 runs only the name, pair and call passes."""
    if not text:
        return text
    values = tuple(v for v in secrets if v)
    if values:
        text = redact(text, values)
    return _redact_found(text, carries_secret, not scanned)


@functools.lru_cache(maxsize=2048)
def _redact_found(text: str, carries_secret: bool, formats: bool) -> str:
    """Steps 2 and 3 of `redact_text`, memoised: messages and notices repeat."""
    found = _recognized(text, formats)
    if found:
        text = redact(text, found)
    return _mask_carrying(_mask_high_entropy(text), carries_secret)


def _mask_carrying(text: str, carries_secret: bool) -> str:
    if not carries_secret and MASK not in text:
        return text
    lines = text.split("\n")
    for index, line in enumerate(lines):
        if carries_secret or MASK in line:
            lines[index] = _mask_shaped(line)
    return "\n".join(lines)


def redact_finding(finding: Finding) -> Finding:
    """The finding with everything it would print redacted (see the module docstring)."""
    snippet = redact_text(finding.snippet, carries_secret=finding.category == "secret")
    message = redact_text(finding.message)
    update: dict[str, object] = {}
    if snippet != finding.snippet:
        update["snippet"] = snippet
    if message != finding.message:
        update["message"] = message
    if finding.fix is not None and (
            redact_text(finding.fix.title) != finding.fix.title
            or any(redact_text(e.new_text) != e.new_text for e in finding.fix.edits)):
        update["fix"] = None
    related = tuple(r if redact_text(r.message) == r.message
                    else r.model_copy(update={"message": redact_text(r.message)})
                    for r in finding.related)
    if related != finding.related:
        update["related"] = related
    if finding.suppression is not None:
        justification = redact_text(finding.suppression.justification)
        if justification != finding.suppression.justification:
            update["suppression"] = finding.suppression.model_copy(
                update={"justification": justification})
    return finding.model_copy(update=update) if update else finding


def config_dir() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "vigilint"


@functools.cache
def _file_key(path: str) -> bytes:
    key_path = Path(path)
    try:
        return bytes.fromhex(key_path.read_text("ascii").strip())
    except (OSError, ValueError):
        pass
    key = secrets.token_bytes(32)
    try:
        key_path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(key_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="ascii") as handle:
            handle.write(key.hex() + "\n")
    except FileExistsError:  # another process won the race: use its key
        try:
            return bytes.fromhex(key_path.read_text("ascii").strip())
        except (OSError, ValueError):
            return key
    except OSError:
        return key  # read-only home: a per-process key
    return key


def hmac_key() -> bytes:
    """The HMAC key: `VIGILINT_HMAC_KEY` if set, else the per-install key file."""
    env = os.environ.get(KEY_ENV)
    if env:
        return env.encode("utf-8")
    return _file_key(str(config_dir() / KEY_FILE))


def fingerprint(value: str, key: bytes | None = None) -> str:
    """HMAC-SHA256 of the secret value (hex, 32 characters): stable, not reversible without
    the key, and not a plain hash that a dictionary of leaked keys could match."""
    digest = hmac.new(key if key is not None else hmac_key(),
                      value.strip().encode("utf-8", "surrogatepass"), hashlib.sha256)
    return digest.hexdigest()[:32]
