"""What the guard can read of a prompt, and what it cannot.

A prompt arrives as text or bytes. The guard reads at most `MAX_PROMPT_CHARS` characters of it,
the one size limit of the prompt guard everywhere (hooks, `vigilint prompt`, the MCP server,
the language server); whatever it cannot read is reported, never dropped silently:
- `size-limit`: the text beyond the limit (the verdict is then a block: the guard did not see
  what the prompt asks for there);
- `undecodable`: byte sequences that are not UTF-8 (and U+FFFD replacement characters or
  lone surrogates, which is how a caller's decoder leaves them);
- `binary`: NUL characters (a file that is not text).

Text hidden from a human reader is read, and reported as `hidden`: Unicode *tag* characters
(U+E0000-U+E007F, invisible, yet a model reads them as ASCII) are decoded to the ASCII they
spell. Zero-width and bidirectional format characters are dropped for the analysis, so
`AE<U+200B>S` reads as `AES`; fullwidth letters read as ASCII, and Cyrillic or Greek look-alike
letters inside a Latin word read as Latin (`АES` -> `AES`).

Everything here is one pass of compiled regular expressions or `str.translate` over the text:
linear in its length.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Literal

# The guard costs about 1 s of CPU per million characters (bench/results/fuzz.md): above this a
# hook could not answer within an agent's time limit. Nothing above it is allowed.
MAX_PROMPT_CHARS = 2_000_000

UnreadReason = Literal["size-limit", "undecodable", "binary", "hidden"]


@dataclass(frozen=True)
class Unread:
    """A part of the prompt the guard could not read as written (offsets into the prompt)."""

    start: int
    end: int
    reason: UnreadReason


@dataclass
class Reading:
    """`text` is what the guard analyses; `original_offset` maps its offsets back to the
    prompt as given (they differ only where format characters were dropped)."""

    text: str
    length: int  # characters in the prompt as given (decoded)
    unread: list[Unread] = field(default_factory=list)
    _dropped: list[int] = field(default_factory=list)  # analysis offsets where chars were dropped
    _dropped_before: list[int] = field(default_factory=list)  # cumulative count at each

    def original_offset(self, offset: int) -> int:
        index = bisect.bisect_right(self._dropped, offset)
        return offset + (self._dropped_before[index - 1] if index else 0)

    @property
    def complete(self) -> bool:
        return not any(u.reason != "hidden" for u in self.unread)


_FORMAT = re.compile("[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]+")
_TAGS = re.compile("[\U000e0000-\U000e007f]+")
_BAD = re.compile("[\ufffd\ud800-\udfff]+")
_NUL = re.compile("\x00+")
_TAG_TABLE: dict[int, int | None] = {code: code - 0xE0000 for code in range(0xE0020, 0xE007F)}
_TAG_TABLE.update({0xE0000: None, 0xE0001: None, 0xE007F: None})
_FULLWIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
# Cyrillic and Greek letters that look like Latin ones.
_CONFUSABLE = str.maketrans(
    "АВСЕНІЈКМОРЅТХУаеіјорсѕухԁһԛԝΑΒΕΗΙΚΜΝΟΡΤΥΧΖανορτυχ",
    "ABCEHIJKMOPSTXYaeijopcsyxdhqwABEHIKMNOPTYXZavoptux")
# `(?<![^\W\d_])`: a match starts only where a word starts, so a long run of letters is
# scanned once, not from each of its letters (quadratic).
_MIXED = re.compile(r"(?<![^\W\d_])[^\W\d_]*[\u0370-\u03ff\u0400-\u04ff][^\W\d_]*")
_LATIN = re.compile(r"[A-Za-z]")


def read(prompt: str | bytes, limit: int = MAX_PROMPT_CHARS, more: bool = False) -> Reading:
    """Decode, bound and normalise `prompt` for the analysis. `more` says the caller stopped
    reading the input before its end (it goes on beyond `prompt`)."""
    if isinstance(prompt, bytes | bytearray):
        text = bytes(prompt).decode("utf-8", errors="replace")
    else:
        text = prompt
    length = len(text)
    unread: list[Unread] = []
    if length > limit:
        cut = _cut_point(text, limit)
        unread.append(Unread(cut, length + (1 if more else 0), "size-limit"))
        text = text[:cut]
    elif more:
        unread.append(Unread(length, length + 1, "size-limit"))
    unread += [Unread(m.start(), m.end(), "undecodable") for m in _BAD.finditer(text)]
    unread += [Unread(m.start(), m.end(), "binary") for m in _NUL.finditer(text)]
    if _TAGS.search(text):
        unread += [Unread(m.start(), m.end(), "hidden") for m in _TAGS.finditer(text)]
        text = _TAGS.sub(lambda m: m.group().translate(_TAG_TABLE).ljust(len(m.group())), text)
    if not text.isascii():
        text = text.translate(_FULLWIDTH)
        text = _MIXED.sub(_latin_lookalike, text)
    reading = Reading(text, length, sorted(unread, key=lambda u: (u.start, u.reason)))
    if _FORMAT.search(text):
        _drop_format_characters(reading)
    return reading


def _cut_point(text: str, limit: int) -> int:
    """Cut at the last whitespace before `limit` (within 200 characters), so no word is
    split; else at `limit`."""
    low = max(0, limit - 200)
    space = max(text.rfind(" ", low, limit), text.rfind("\n", low, limit))
    return space + 1 if space > 0 else limit


def _latin_lookalike(match: re.Match[str]) -> str:
    word = match.group()
    translated = word.translate(_CONFUSABLE)
    # a Latin word with look-alike letters, or a word made only of look-alikes
    if _LATIN.search(word) or translated.isascii():
        return translated
    return word


def _drop_format_characters(reading: Reading) -> None:
    text = reading.text
    pieces: list[str] = []
    last = 0
    removed = 0
    for match in _FORMAT.finditer(text):
        pieces.append(text[last:match.start()])
        removed += match.end() - match.start()
        reading._dropped.append(match.start() - (removed - (match.end() - match.start())))
        reading._dropped_before.append(removed)
        last = match.end()
    pieces.append(text[last:])
    reading.text = "".join(pieces)
