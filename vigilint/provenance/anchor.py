"""Content hashes of accepted lines and re-anchoring them in the file as it is now.

Each accepted line is stored as the hash of its whitespace-normalised text. To find a record
again, its hashes are aligned with the hashes of the current file (difflib's matching blocks,
which tolerate lines inserted above, inside or below, and code moved within the file). Lines
whose text changed beyond whitespace no longer match and lose their attribution; a record
none of whose lines match is "lost".
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache

HASH_CHARS = 16
# A lone matching line this short ("}", "else:", "return") is too common to re-anchor on.
_MIN_LONE_LINE = 8


def normalize(line: str) -> str:
    return " ".join(line.split())


@lru_cache(maxsize=65_536)  # the server asks again for the same file on every change
def line_hash(line: str) -> str:
    """Hash of one line with whitespace normalised (indentation and spacing ignored)."""
    return hashlib.sha256(normalize(line).encode("utf-8", "surrogatepass")).hexdigest()[
        :HASH_CHARS]


def line_hashes(lines: Sequence[str]) -> list[str]:
    return [line_hash(line) for line in lines]


def content_hash(lines: Sequence[str]) -> str:
    """Hash of a whole range (Agent Trace `content_hash`), whitespace-normalised."""
    text = "\n".join(normalize(line) for line in lines)
    return "sha256:" + hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


_BLANK = line_hash("")


@dataclass(frozen=True)
class Anchor:
    """Where (part of) a record is in the current file: 1-based inclusive lines."""

    start_line: int
    end_line: int
    exact: bool


def matcher_for(current: Sequence[str]) -> SequenceMatcher[str]:
    """A matcher over the current file's hashes, to reuse for every record of the file (the
    index of the file is built once)."""
    matcher: SequenceMatcher[str] = SequenceMatcher(None, autojunk=False)
    matcher.set_seq2(list(current))
    return matcher


def locate(recorded: Sequence[str], start_line: int, current: Sequence[str],
           current_text: Sequence[str],
           matcher: SequenceMatcher[str] | None = None) -> list[Anchor]:
    """Where the recorded line hashes are in `current` (hashes of the lines `current_text`).

    One exact anchor when the lines are unchanged at the recorded place; otherwise the runs of
    recorded lines found elsewhere (re-anchored); empty when none are recognisable."""
    count = len(recorded)
    if count == 0:
        return []
    begin = start_line - 1
    if begin >= 0 and list(current[begin:begin + count]) == list(recorded):
        return [Anchor(start_line, start_line + count - 1, exact=True)]
    if matcher is None:
        matcher = matcher_for(current)
    matcher.set_seq1(list(recorded))
    anchors: list[Anchor] = []
    for block in matcher.get_matching_blocks():
        if block.size == 0:
            continue
        hashes = recorded[block.a:block.a + block.size]
        if all(h == _BLANK for h in hashes):
            continue
        anchors.append(Anchor(block.b + 1, block.b + block.size, exact=False))
    if count > 1:
        # A lone short line ("}", "else:") matching on its own is a coincidence, not the code.
        anchors = [a for a in anchors if a.end_line > a.start_line
                   or len(normalize(current_text[a.start_line - 1])) >= _MIN_LONE_LINE]
    return _merge(anchors)


def _merge(anchors: list[Anchor]) -> list[Anchor]:
    anchors.sort(key=lambda a: a.start_line)
    merged: list[Anchor] = []
    for anchor in anchors:
        if merged and anchor.start_line <= merged[-1].end_line + 1:
            last = merged[-1]
            merged[-1] = Anchor(last.start_line, max(last.end_line, anchor.end_line), False)
        else:
            merged.append(anchor)
    return merged
