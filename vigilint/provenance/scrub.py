"""The last gate before the ledger: no raw secret is stored.

Findings reach the ledger already redacted by the analyzers, but a ledger also stores text
that came from elsewhere: suppression justifications (a comment in the code), a JSON report
read back with `ledger sync --from`, names from the environment. Every text column goes through
`scrub`: the secret detectors run over it and the one redactor
(`vigilint.analyzers.secrets.redaction.redact`) masks what they find.
"""

from __future__ import annotations

from functools import lru_cache

from vigilint.analyzers.secrets.redaction import redact
from vigilint.analyzers.secrets.scanner import scan_text


@lru_cache(maxsize=8192)  # rule messages repeat; snippets rarely do
def _scrubbed(text: str) -> str:
    values = [m.value for m in scan_text(text)]
    return redact(text, values) if values else text


def scrub(text: str) -> str:
    return _scrubbed(text) if text else text


def scrub_optional(text: str | None) -> str | None:
    return None if text is None else scrub(text)
