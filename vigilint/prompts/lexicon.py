"""Load and compile the guard's data: `lexicon.toml` and the constraint templates.

Both are package data, read once per process with `tomllib` / plain text: configuration is
data and nothing here runs code from outside the package.
"""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass
from importlib import resources
from typing import Any

from vigilint.policy import OWASP_NAMES
from vigilint.prompts.text import Phrase, PhraseIndex, Tokens, compile_phrase


class LexiconError(ValueError):
    """The packaged lexicon is malformed (a bug in vigilint, caught by the tests)."""


@dataclass(frozen=True)
class Domain:
    id: str
    title: str
    owasp: tuple[str, ...]
    source_boost: bool
    template: str
    requires: bool  # the domain counts only when one of its `requires` phrases is present


KINDS = ("trigger", "constraint", "requires", "source", "cosmetic", "generation", "verb", "prim", "generic",
         "own", "weak", "lib", "obf", "key", "purpose")


@dataclass(frozen=True)
class Lexicon:
    """Every phrase of the lexicon in one index, tagged (kind, domain id or "")."""

    threshold: int
    domains: dict[str, Domain]
    index: PhraseIndex
    informational: tuple[Phrase, ...]
    constraint_negators: frozenset[str]
    build_negators: frozenset[str]
    use_nouns: frozenset[str]
    fillers: frozenset[str]
    constraint_domains: dict[str, str]  # constraint phrase -> its domain, if only one
    code_signals: tuple[CodeSignal, ...] = ()


@dataclass(frozen=True)
class CodeSignal:
    """A security signal in code (`[code_signals]` in the lexicon): a regular expression over
    the raw prompt that adds `weight` to `domain`. Compiled on first use: a hook process
    that only sees prose never pays for it."""

    domain: str
    weight: int
    source: str

    @functools.cached_property
    def pattern(self) -> re.Pattern[str]:
        return re.compile(self.source)

    @functools.cached_property
    def prefilter(self) -> re.Pattern[str]:
        """The pattern without its word boundaries: it matches wherever the pattern does, and
        without a leading `\\b` the regex engine can skip ahead to a possible first
        character, many times faster on text that holds no match (most prompts)."""
        return re.compile(self.source.replace(r"\b", ""))


Match = tuple[Phrase, str, int, int]  # phrase, domain id ("" if none), first token, end token


def collect(lex: Lexicon, tokens: Tokens) -> dict[str, list[Match]]:
    """All lexicon matches in `tokens`, by kind, in one pass."""
    out: dict[str, list[Match]] = {kind: [] for kind in KINDS}
    for phrase, (kind, domain_id), first, last in lex.index.matches(tokens):
        out[kind].append((phrase, domain_id, first, last))
    return out


def _weighted(entry: str) -> tuple[str, int]:
    text, sep, weight = entry.rpartition(" =")
    if not sep:
        return entry, 1
    try:
        return text, int(weight)
    except ValueError as exc:
        raise LexiconError(f"bad weight in lexicon entry {entry!r}") from exc


def _alternatives(entry: str) -> list[str]:
    """`a b; c d` -> two phrases."""
    return [part.strip() for part in entry.split(";") if part.strip()]


def _compiled(entries: list[str], weighted: bool = False) -> list[Phrase]:
    out: list[Phrase] = []
    for entry in entries:
        text, weight = _weighted(entry) if weighted else (entry, 1)
        if weight > 0:
            out.extend(compile_phrase(alt, weight) for alt in _alternatives(text))
    return out


def _stems(words: list[str]) -> frozenset[str]:
    out: set[str] = set()
    for phrase in _compiled(words):
        out.update(phrase.first)
    return frozenset(out)


def template_text(domain_id: str) -> str:
    path = resources.files("vigilint.prompts").joinpath("templates", f"{domain_id}.md")
    return path.read_text(encoding="utf-8").strip()


@functools.cache
def lexicon() -> Lexicon:
    raw: dict[str, Any] = tomllib.loads(
        resources.files("vigilint.prompts").joinpath("lexicon.toml").read_text(encoding="utf-8"))
    domains: dict[str, Domain] = {}
    triggers: list[tuple[Phrase, str]] = []
    constraints: list[tuple[Phrase, str]] = []
    requires: list[tuple[Phrase, str]] = []
    for domain_id, table in raw["domains"].items():
        owasp = tuple(table["owasp"])
        unknown = [o for o in owasp if o not in OWASP_NAMES]
        if unknown:
            raise LexiconError(f"domain {domain_id}: unknown OWASP ids {unknown}")
        domains[domain_id] = Domain(domain_id, table["title"], owasp,
                                    bool(table.get("source_boost", False)),
                                    template_text(domain_id), bool(table.get("requires")))
        requires.extend((p, domain_id) for p in _compiled(table.get("requires", [])))
        triggers.extend((p, domain_id) for p in _compiled(table["triggers"], weighted=True))
        constraints.extend((p, domain_id) for p in _compiled(table["constraints"]))
    crypto = raw["crypto_implementation"]
    tagged: list[tuple[Phrase, tuple[str, str]]] = []
    tagged.extend((p, ("trigger", d)) for p, d in triggers)
    tagged.extend((p, ("constraint", d)) for p, d in constraints)
    tagged.extend((p, ("requires", d)) for p, d in requires)
    for kind, entries in (
            ("source", raw["context"]["sources"]), ("cosmetic", raw["context"]["cosmetic"]),
            ("generation", raw["intent"]["generation"]), ("verb", crypto["build_verbs"]),
            ("prim", crypto["primitives"]), ("generic", crypto["generic"]),
            ("own", crypto["own"]), ("weak", crypto["own_weak"]),
            ("lib", crypto["library_use"]), ("obf", crypto["obfuscate_verbs"]),
            ("key", crypto["key_words"]), ("purpose", crypto["purpose"])):
        tagged.extend((p, (kind, "")) for p in _compiled(entries))
    return Lexicon(
        threshold=int(raw["threshold"]),
        domains=domains,
        index=PhraseIndex(tagged),
        informational=tuple(compile_phrase(e) for e in raw["intent"]["informational"]),
        constraint_negators=_stems(raw["negation"]["constraint"]),
        build_negators=_stems(raw["negation"]["build"]),
        use_nouns=_stems(crypto["use_nouns"]),
        fillers=_stems(crypto["fillers"]),
        constraint_domains=_single_domain(constraints),
        code_signals=_code_signals(raw.get("code_signals", {}), domains),
    )


def _code_signals(table: dict[str, list[str]], domains: dict[str, Domain]
                  ) -> tuple[CodeSignal, ...]:
    out: list[CodeSignal] = []
    for domain_id, entries in table.items():
        if domain_id not in domains:
            raise LexiconError(f"code_signals: unknown domain {domain_id!r}")
        for entry in entries:
            text, weight = _weighted(entry)
            out.append(CodeSignal(domain_id, weight, text))
    return tuple(out)


def _single_domain(constraints: list[tuple[Phrase, str]]) -> dict[str, str]:
    owners: dict[str, set[str]] = {}
    for phrase, domain_id in constraints:
        owners.setdefault(phrase.source, set()).add(domain_id)
    return {source: next(iter(ds)) for source, ds in owners.items() if len(ds) == 1}
