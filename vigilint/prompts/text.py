"""Prompt text -> clauses of stemmed tokens, and phrase matching over them.

The guard works on words, not characters: code identifiers are split (`password_field` ->
"password field", `pickleLoads` -> "pickle loads", `sha-256` -> "sha 256"; `md5`, `sha256` stay
whole), contractions are opened ("don't" -> "do not"), words are reduced to rough stems ("hashed",
"hashes", "hashing" -> "hash"), and the text is cut into clauses (sentences, lines), because a
negation or an "own"/"from scratch" marker only governs its own clause.

A lexicon phrase is a space-separated sequence of positions; a position lists alternatives with
`|`, `*` is a gap of up to two arbitrary words and `**` one of up to four. Phrases are stemmed when compiled, so the
lexicon is written in plain words.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

# Sentence ends (a dot only when followed by space or end: `pickle.loads` stays one clause),
# line breaks, and a few joiners that start a new thought.
_CLAUSE_SPLIT = re.compile(r"[.!?;:]+(?=\s|$)|\n+|\s(?:but|however|instead of)\s", re.IGNORECASE)
# Words, with identifiers split (`getUserById` -> get User By Id, `HTTPServer` -> HTTP Server)
# but letter-digit names kept whole (md5, sha256, argon2id, chacha20, 2fa, k8s).
_WORD = re.compile(
    r"[A-Z]{2,}[0-9]*(?=[A-Z][a-z]{2})"
    r"|[A-Z]?[a-z]+[0-9]+[a-z]*"
    r"|[0-9]+[A-Za-z]+[0-9]*"
    r"|[A-Z]?[a-z]+(?:[’']t\b)?"
    r"|[A-Z]+[0-9]*[a-z]*"
    r"|[0-9]+")
_GLUED_NOT = frozenset({"dont", "doesnt", "didnt", "isnt", "arent", "shouldnt", "wouldnt",
                        "mustnt", "cant", "wont", "cannot", "couldnt", "wasnt", "werent"})
_DOUBLE_END = re.compile(r"([b-df-hj-km-np-rtv-z])\1$")
_KEEP_DOUBLE = ("ll", "ss", "zz", "ff")


@lru_cache(maxsize=8192)
def stem(word: str) -> str:
    """A rough English stem, good enough to make inflections meet: hashes/hashed/hashing ->
    hash, queries/query -> queri, cookies/cookie -> cooki, logging -> log."""
    w = word
    if len(w) <= 3 or w.isdigit():
        return w
    if w.endswith("ies") and len(w) > 4:
        w = w[:-3] + "i"
    elif w.endswith("sses"):
        w = w[:-2]
    elif w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    if w.endswith("ing") and len(w) - 3 >= 4:
        w = w[:-3]
    elif w.endswith("ed") and len(w) - 2 >= 3:
        w = w[:-2]
    if _DOUBLE_END.search(w) and not w.endswith(_KEEP_DOUBLE):
        w = w[:-1]
    if w.endswith("e") and len(w) > 4:
        w = w[:-1]
    elif w.endswith("y") and len(w) > 3:
        w = w[:-1] + "i"
    return w


@dataclass
class Token:
    stem: str
    word: str
    clause: int
    start: int  # character offsets into the text
    end: int


@dataclass
class Tokens:
    """A prompt as tokens; `text` is the text the offsets refer to."""

    text: str
    tokens: list[Token] = field(default_factory=list)
    clause_starts: list[int] = field(default_factory=list)  # token index where each clause starts

    @property
    def stems(self) -> list[str]:
        return [t.stem for t in self.tokens]

    def clause_range(self, clause: int) -> range:
        start = self.clause_starts[clause]
        end = (self.clause_starts[clause + 1] if clause + 1 < len(self.clause_starts)
               else len(self.tokens))
        return range(start, end)


def tokenize(text: str) -> Tokens:
    """Cut `text` into clauses of stemmed tokens; offsets refer to `text` itself."""
    out = Tokens(text)
    bounds = [m.start() for m in _CLAUSE_SPLIT.finditer(text)]
    raw_clause = -1
    clause = -1
    tokens = out.tokens
    for match in _WORD.finditer(text):
        here = bisect.bisect_right(bounds, match.start())
        if here != raw_clause:
            raw_clause = here
            clause += 1
            out.clause_starts.append(len(tokens))
        word = match.group().lower()
        start, end = match.start(), match.end()
        if word.endswith(("'t", "’t")):
            tokens.append(Token(stem(word[:-3]), word[:-3], clause, start, end))
            word = "not"
        elif word in _GLUED_NOT:
            tokens.append(Token("do", "do", clause, start, end))
            word = "not"
        tokens.append(Token(stem(word), word, clause, start, end))
    return out


# -- phrases ----------------------------------------------------------------------------------
GAP = "*"
WIDE_GAP = "**"
_GAP_SIZE = {GAP: 2, WIDE_GAP: 4}


@dataclass(frozen=True)
class Phrase:
    """A compiled lexicon phrase: per position a set of stems, or GAP."""

    source: str
    positions: tuple[frozenset[str] | str, ...]
    weight: int = 1
    negative_form: bool = False  # the phrase itself is negated ("no secrets in code")

    @property
    def first(self) -> frozenset[str]:
        first = self.positions[0]
        assert not isinstance(first, str)
        return first


NEGATORS = frozenset({"not", "no", "never", "without", "nor", "avoid", "neither"})


def compile_phrase(source: str, weight: int = 1) -> Phrase:
    """Compile one phrase. A single identifier (`shell=False`, `safe_load`) becomes the words
    the tokenizer will see; elsewhere an alternative must be one word."""
    parts = source.lower().split()
    if len(parts) == 1 and "|" not in parts[0]:
        parts = [t.word for t in tokenize(parts[0]).tokens] or parts
    positions: list[frozenset[str] | str] = []
    for part in parts:
        if part in _GAP_SIZE:
            positions.append(part)
            continue
        alternatives: set[str] = set()
        for alternative in part.split("|"):
            words = [t.word for t in tokenize(alternative).tokens]
            if len(words) != 1:
                raise ValueError(f"lexicon phrase {source!r}: {alternative!r} is not one word; "
                                 "write it as its own phrase after `;`")
            alternatives.add(stem(words[0]))
        positions.append(frozenset(alternatives))
    if not positions or isinstance(positions[0], str) or isinstance(positions[-1], str):
        raise ValueError(f"lexicon phrase {source!r} must start and end with a word")
    negative = any(not isinstance(p, str) and p & NEGATORS for p in positions)
    return Phrase(source, tuple(positions), weight, negative)


PREFIX_MIN = 5


def word_matches(stem_: str, position: frozenset[str]) -> bool:
    """A lexicon word of PREFIX_MIN letters or more is a prefix ("librar" matches "libraries",
    "owner" matches "ownership"); shorter ones must be equal ("sql" is not "sqlite")."""
    if stem_ in position:
        return True
    return any(len(alt) >= PREFIX_MIN and stem_.startswith(alt) for alt in position)


def _key(stem_: str) -> str:
    return stem_[:4]


class PhraseIndex:
    """Phrases indexed by the first four letters of their first word: matching costs one dict
    lookup per token, then a check of the few candidates. Tags are the caller's."""

    def __init__(self, phrases: Iterable[tuple[Phrase, Any]]) -> None:
        self._by_first: dict[str, list[tuple[Phrase, Any]]] = {}
        for phrase, tag in phrases:
            for key in {_key(first) for first in phrase.first}:
                self._by_first.setdefault(key, []).append((phrase, tag))

    def matches(self, tokens: Tokens) -> Iterator[tuple[Phrase, Any, int, int]]:
        """(phrase, tag, first token index, last token index + 1) for every match; a phrase
        never crosses a clause boundary."""
        toks = tokens.tokens
        by_first = self._by_first
        for index, token in enumerate(toks):
            candidates = by_first.get(token.stem[:4])
            if not candidates:
                continue
            for phrase, tag in candidates:
                if not word_matches(token.stem, phrase.first):
                    continue
                end = _match_at(phrase, toks, index)
                if end is not None:
                    yield phrase, tag, index, end


def _match_at(phrase: Phrase, toks: list[Token], index: int) -> int | None:
    clause = toks[index].clause
    return _match_from(phrase.positions, 1, toks, index + 1, clause)


def _match_from(positions: tuple[frozenset[str] | str, ...], p: int, toks: list[Token],
                i: int, clause: int) -> int | None:
    if p == len(positions):
        return i
    position = positions[p]
    if isinstance(position, str):
        for skip in range(0, _GAP_SIZE[position] + 1):
            j = i + skip
            if j > len(toks) or (skip and toks[j - 1].clause != clause):
                break
            found = _match_from(positions, p + 1, toks, j, clause)
            if found is not None:
                return found
        return None
    if i >= len(toks) or toks[i].clause != clause:
        return None
    assert not isinstance(position, str)
    if word_matches(toks[i].stem, position):
        return _match_from(positions, p + 1, toks, i + 1, clause)
    return None


def negated(tokens: Tokens, index: int, negators: frozenset[str], window: int = 3) -> bool:
    """True when one of `negators` stands within `window` words before token `index`, in the
    same clause."""
    toks = tokens.tokens
    clause = toks[index].clause
    for j in range(index - 1, max(index - window, 0) - 1, -1):
        if toks[j].clause != clause:
            break
        if toks[j].stem in negators:
            return True
    return False
