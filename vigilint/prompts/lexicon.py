"""Load and compile the guard's data: `lexicon.toml` (intent, context, crypto vocabulary, domain
triggers, code signals) and `controls.toml` (the control catalogue per domain and concern).

Both are package data, read once per process with `tomllib`: configuration is data and nothing
here runs code from outside the package. Every phrase of both files goes into one index, so a
prompt is matched against all of them in one pass over its tokens.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from typing import Any

from vigilint.policy import OWASP_NAMES
from vigilint.prompts.text import Phrase, PhraseIndex, Tokens, compile_phrase, tokenize


class LexiconError(ValueError):
    """The packaged lexicon is malformed (a bug in vigilint, caught by the tests)."""


@dataclass(frozen=True)
class Concern:
    """One threat of a domain, the controls that answer it, and the line that asks for them."""

    domain: str
    id: str
    title: str
    source: str
    suggest: str
    controls: tuple[str, ...]  # control titles, by index
    activated: bool  # has `when` phrases (else only a default)
    owasp: tuple[str, ...] = ()  # categories besides the domain's that fit this concern


@dataclass(frozen=True)
class Domain:
    id: str
    title: str
    owasp: tuple[str, ...]
    source_boost: bool
    requires: bool  # the domain counts only when one of its `requires` phrases is present
    defaults: tuple[str, ...]
    concerns: dict[str, Concern]


@dataclass(frozen=True)
class CodeSignal:
    """A security signal in code (`[code_signals]` in the lexicon): a regular expression over
    the raw prompt that adds `weight` to `domain`. Compiled on first use: a hook process
    that only sees prose never pays for it."""

    domain: str  # "sources" for a source of untrusted data
    weight: int
    source: str
    concern: str = ""  # the concern it shows, when the table key names one

    @functools.cached_property
    def pattern(self) -> re.Pattern[str]:
        return re.compile(self.source)

    @functools.cached_property
    def prefilter(self) -> re.Pattern[str]:
        """The pattern without its word boundaries: it matches wherever the pattern does, and
        without a leading `\\b` the regex engine can skip ahead to a possible first
        character, many times faster on text that holds no match (most prompts)."""
        return re.compile(self.source.replace(r"\b", ""))


# A tag says what a phrase is: (kind, domain, concern, control index); unused parts are "" / -1.
Tag = tuple[str, str, str, int]
Match = tuple[Phrase, Tag, int, int]  # phrase, tag, first token, end token

CRYPTO_KINDS = {
    "verb": "build_verbs", "port": "port_verbs", "prim": "primitives", "toy": "toy",
    "toy_purpose": "toy_purpose", "generic": "generic", "algo_obj": "algorithm_objects",
    "own": "own", "weak": "own_weak", "lib": "library_use", "obf": "obfuscate_verbs",
    "key": "key_words", "purpose": "purpose", "int_strong": "internals_strong",
    "int_maths": "internals_maths", "int_desc": "internals_described",
    "crypto_ctx": "crypto_context", "unit": "code_units",
    "op": "crypto_operations", "toy_harmless": "toy_harmless",
}
INTENT_KINDS = {"explain": "explain", "review": "review", "docs": "docs", "produce": "produce",
                "docs_verb": "docs_verbs", "natlang": "natural_languages", "no_code": "no_code",
                "in_words": "answer_in_words",
                "vague": "vague_security", "post_negation": "after_control",
                "pre_negation": "before_control"}


@dataclass(frozen=True)
class Lexicon:
    threshold: int
    domains: dict[str, Domain]
    index: PhraseIndex
    skip: frozenset[str]  # stems skipped at the start of a clause
    constraint_negators: frozenset[str]
    build_negators: frozenset[str]
    use_nouns: frozenset[str]
    use_nouns_with_library: frozenset[str]
    build_nouns: frozenset[str]
    fillers: frozenset[str]
    senses: tuple[tuple[frozenset[str], frozenset[str]], ...]  # (stems, domains or all)
    control_domains: dict[str, str]  # control phrase -> its domain, if only one
    capped: tuple[str, ...]  # domains whose weak triggers need a source
    code_signals: tuple[CodeSignal, ...] = ()


def collect(lex: Lexicon, tokens: Tokens) -> dict[str, list[Match]]:
    """All lexicon matches in `tokens`, by kind, in one pass."""
    out: dict[str, list[Match]] = {}
    for phrase, tag, first, last in lex.index.matches(tokens):
        out.setdefault(tag[0], []).append((phrase, tag, first, last))
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


def _compiled(entries: Iterable[str], weighted: bool = False) -> list[Phrase]:
    out: list[Phrase] = []
    for entry in entries:
        text, weight = _weighted(entry) if weighted else (entry, 1)
        try:
            out.extend(compile_phrase(alt, weight) for alt in _alternatives(text))
        except ValueError as exc:
            raise LexiconError(str(exc)) from exc
    return out


def _stems(words: Iterable[str]) -> frozenset[str]:
    out: set[str] = set()
    for phrase in _compiled(words):
        out.update(phrase.first)
    return frozenset(out)


def _data(name: str) -> dict[str, Any]:
    text = resources.files("vigilint.prompts").joinpath(name).read_text(encoding="utf-8")
    return tomllib.loads(text)


@functools.cache
def lexicon() -> Lexicon:
    """The lexicon: the compiled form shipped with the package (`compiled.py`) when it was
    built from these very files, else compiled from the TOML files now."""
    from vigilint.prompts import compiled

    return compiled.load() or build_lexicon()


def build_lexicon() -> Lexicon:
    """Compile `lexicon.toml` and `controls.toml` (each call compiles them anew)."""
    raw = _data("lexicon.toml")
    catalogue = _data("controls.toml")
    tagged: list[tuple[Phrase, Tag]] = []
    domains: dict[str, Domain] = {}
    control_owners: dict[str, set[str]] = {}
    for domain_id, table in raw["domains"].items():
        owasp = tuple(table["owasp"])
        unknown = [o for o in owasp if o not in OWASP_NAMES]
        if unknown:
            raise LexiconError(f"domain {domain_id}: unknown OWASP ids {unknown}")
        entry = catalogue.get(domain_id)
        if entry is None:
            raise LexiconError(f"controls.toml has no domain {domain_id!r}")
        concerns: dict[str, Concern] = {}
        for concern_id, spec in entry.items():
            if not isinstance(spec, dict):
                continue
            titles = tuple(title for title, _ in spec["controls"])
            extra = tuple(spec.get("owasp", ()))
            if any(o not in OWASP_NAMES for o in extra):
                raise LexiconError(f"controls.toml {domain_id}.{concern_id}: unknown OWASP ids")
            concerns[concern_id] = Concern(domain_id, concern_id, spec["title"], spec["source"],
                                           spec["suggest"], titles, bool(spec["when"]), extra)
            tagged += [(p, ("when", domain_id, concern_id, -1)) for p in _compiled(spec["when"])]
            tagged += [(p, ("unless", domain_id, concern_id, -1))
                       for p in _compiled(spec.get("unless", []))]
            for index, (_, phrases) in enumerate(spec["controls"]):
                for phrase in _compiled([phrases]):
                    tagged.append((phrase, ("control", domain_id, concern_id, index)))
                    control_owners.setdefault(phrase.source, set()).add(domain_id)
        defaults = tuple(entry.get("default", []))
        if not defaults or any(d not in concerns for d in defaults):
            raise LexiconError(f"controls.toml: domain {domain_id} needs known default concerns")
        domains[domain_id] = Domain(domain_id, table["title"], owasp,
                                    bool(table.get("source_boost", False)),
                                    bool(table.get("requires") or table.get("requires_weak")),
                                    defaults, concerns)
        tagged += [(p, ("requires", domain_id, "", -1))
                   for p in _compiled(table.get("requires", []))]
        tagged += [(p, ("requires_weak", domain_id, "", -1))
                   for p in _compiled(table.get("requires_weak", []))]
        tagged += [(p, ("trigger", domain_id, "", -1))
                   for p in _compiled(table["triggers"], weighted=True)]
    context = raw["context"]
    tagged += [(p, ("source", "", "", -1)) for p in _compiled(context["sources"])]
    tagged += [(p, ("cosmetic", "", "", -1)) for p in _compiled(context["cosmetic"])]
    tagged += [(p, ("managed", "", "", -1)) for p in _compiled(context["managed"])]
    tagged += [(p, ("exercise", "", "", -1)) for p in _compiled(context["exercise"])]
    tagged += [(p, ("application", "", "", -1)) for p in _compiled(context["application"])]
    senses: list[tuple[frozenset[str], frozenset[str]]] = []
    for number, sense in enumerate(context["senses"]):
        senses.append((_stems(sense["words"]), frozenset(sense.get("domains", ()))))
        tagged += [(p, ("sense", "", "", number)) for p in _compiled(sense["contexts"])]
    for kind, key in INTENT_KINDS.items():
        tagged += [(p, (kind, "", "", -1)) for p in _compiled(raw["intent"][key])]
    crypto = raw["crypto_implementation"]
    for kind, key in CRYPTO_KINDS.items():
        tagged += [(p, (kind, "", "", -1)) for p in _compiled(crypto[key])]
    return Lexicon(
        threshold=int(raw["threshold"]),
        domains=domains,
        index=PhraseIndex(tagged),
        skip=frozenset(w for w in _stems(raw["intent"]["skip"])),
        constraint_negators=_stems(raw["negation"]["constraint"]),
        build_negators=_stems(raw["negation"]["build"]),
        use_nouns=_stems(crypto["use_nouns"]),
        use_nouns_with_library=_stems(crypto["use_nouns_with_library"]),
        build_nouns=_stems(crypto["build_nouns"]),
        fillers=_stems(crypto["fillers"]),
        senses=tuple(senses),
        control_domains={source: next(iter(owners)) for source, owners in control_owners.items()
                         if len(owners) == 1},
        capped=tuple(d for d, table in raw["domains"].items() if table.get("needs_source")),
        code_signals=_code_signals(raw.get("code_signals", {}), domains),
    )


def _code_signals(table: dict[str, list[str]], domains: dict[str, Domain]
                  ) -> tuple[CodeSignal, ...]:
    out: list[CodeSignal] = []
    for key, entries in table.items():
        domain_id, _, concern_id = key.partition("/")
        if domain_id != "sources" and (domain_id not in domains or (
                concern_id and concern_id not in domains[domain_id].concerns)):
            raise LexiconError(f"code_signals: unknown domain or concern {key!r}")
        for entry in entries:
            text, weight = _weighted(entry)
            out.append(CodeSignal(domain_id, weight, text, concern_id))
    return tuple(out)


def words_of(text: str) -> list[str]:
    """The stems the guard sees in `text` (for tests and tools)."""
    return tokenize(text).stems
