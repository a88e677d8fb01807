"""The prompt guard: prompt text -> `PromptVerdict` (allow | warn | block).

1. **block** when the prompt asks the assistant to implement a cryptographic primitive or
   protocol itself ("implement AES", "my own encryption", "scramble the bytes with a key so
   nobody can read them"), whatever else it says. Asking to *use* a vetted library is not a block.
2. Otherwise the prompt is classified into security-sensitive **domains** (lexicon triggers,
   weighted; cosmetic context such as CSS or renaming weighs them down, data sources such as
   "from the request" push input-handling domains up). A question with no request for code
   ("explain how TLS works") is allowed.
3. For each domain the guard looks for explicit **constraints** (negated ones don't count:
   "no input validation") and for an **OWASP reference** to one of the domain's categories.
   **warn** names what is missing for which domain and suggests a constraint block built from
   the templates in `templates/`; **allow** when nothing is missing.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Literal

from pydantic import BaseModel, Field

from vigilint.policy import OWASP_NAMES, Edition
from vigilint.prompts.lexicon import Domain, Lexicon, Match, collect, lexicon
from vigilint.prompts.owasp_refs import OwaspRef, edition_note, find_refs
from vigilint.prompts.text import Tokens, negated, tokenize

Verdict = Literal["allow", "warn", "block"]
Severity = Literal["block", "warn", "note"]

RULE_CRYPTO = "VG-PROMPT-001"
RULE_CONSTRAINTS = "VG-PROMPT-002"
RULE_OWASP = "VG-PROMPT-003"
CRYPTO_OWASP = ("A02:2021", "A04:2025")
COSMETIC_MAX_WORDS = 60


class PromptFinding(BaseModel):
    """One reason for the verdict. `start`/`end` are character offsets into the prompt."""

    id: str
    message: str
    severity: Severity
    domain: str | None = None
    owasp: list[str] = Field(default_factory=list)
    start: int = 0
    end: int = 0


class PromptVerdict(BaseModel):
    """The JSON contract of `vigilint prompt` (docs/DESIGN.md)."""

    verdict: Verdict
    domains: list[str] = Field(default_factory=list)
    owasp_expected: list[str] = Field(default_factory=list)
    owasp_found: list[str] = Field(default_factory=list)
    constraints_found: list[str] = Field(default_factory=list)
    findings: list[PromptFinding] = Field(default_factory=list)
    suggestion: str = ""

    @property
    def exit_code(self) -> int:
        return {"allow": 0, "warn": 1, "block": 3}[self.verdict]


_REQUIREMENTS = "(stated requirements)"
# Code signals need code: a call, a member access, an assignment, an include or an SQL verb.
_CODEISH = re.compile(r"\w\s*\(|\w\.\w|::|=|#include|\$_|\b(?:SELECT|INSERT|DELETE|UPDATE)\b|-----BEGIN")
# A "Security constraints:" / "Security requirements" section (the guard's own suggestion, or
# the user's) lists requirements, not features: its words add constraints but no domains.
_SECTION = re.compile(r"^[ \t#>*_-]*security (?:constraints|requirements)\b[^\n]*$",
                      re.IGNORECASE | re.MULTILINE)
_SECTION_END = re.compile(r"\n[ \t]*\n(?![ \t]*[-*]|[ \t]*\w[^\n]*\(OWASP)")


def _constraint_sections(text: str) -> list[tuple[int, int]]:
    out = []
    for match in _SECTION.finditer(text):
        end = _SECTION_END.search(text, match.end())
        out.append((match.start(), end.start() if end else len(text)))
    return out


@dataclass
class _Span:
    start: int
    end: int
    text: str


def _edition_of(config: Any) -> Edition:
    edition = getattr(config, "owasp_edition", None) if config is not None else None
    if isinstance(config, str):
        edition = config
    return "2025" if edition == "2025" else "2021"


def check_prompt(text: str, config: Any = None) -> PromptVerdict:
    """Lint one prompt. `config` is a `vigilint.config.Settings` (only `owasp_edition` is
    used), an edition string ("2021"/"2025"), or None for the defaults."""
    edition = _edition_of(config)
    lex = lexicon()
    tokens = tokenize(text)
    refs = find_refs(text, edition)
    found_ids = sorted({i for ref in refs for i in ref.ids}, key=_id_order(edition))
    notes = [PromptFinding(id=RULE_OWASP, message=note, severity="note", start=ref.start,
                           end=ref.end)
             for ref in refs if (note := edition_note(ref, edition))]

    found = collect(lex, tokens)
    crypto = _crypto_implementation(tokens, lex, found)
    constraints, covered = _constraints(tokens, lex, found)
    for start, end in [(r.start, r.end) for r in refs] + _constraint_sections(text):
        for index, token in enumerate(tokens.tokens):
            if start <= token.start < end:
                covered[index] = _REQUIREMENTS
    domains, evidence = _domains(tokens, lex, found, covered)
    constraint_texts = _unique(s.text for spans in constraints.values() for s in spans)

    if crypto is not None:
        if "crypto" not in domains:
            domains.insert(0, "crypto")
        expected = _expected(lex, domains, edition)
        message = (f"The prompt asks the assistant to implement cryptography itself "
                   f"(\u201c{_clip(crypto.text)}\u201d); hand-written crypto is almost always "
                   "breakable: ask for a vetted library (the `cryptography` package, libsodium, "
                   "Tink, the platform crypto API) instead.")
        finding = PromptFinding(id=RULE_CRYPTO, message=message, severity="block",
                                domain="crypto", owasp=list(CRYPTO_OWASP), start=crypto.start,
                                end=crypto.end)
        return PromptVerdict(verdict="block", domains=domains, owasp_expected=expected,
                             owasp_found=found_ids, constraints_found=constraint_texts,
                             findings=[finding, *notes],
                             suggestion=suggestion_for(["crypto"], edition))

    if not domains or _informational(tokens, lex, found):
        return PromptVerdict(verdict="allow", domains=domains,
                             owasp_expected=_expected(lex, domains, edition),
                             owasp_found=found_ids, constraints_found=constraint_texts,
                             findings=notes)

    findings: list[PromptFinding] = []
    lacking: list[str] = []
    expected = _expected(lex, domains, edition)
    has_owasp = bool(set(expected) & set(found_ids))
    for domain_id in domains:
        if constraints.get(domain_id):
            continue
        domain = lex.domains[domain_id]
        lacking.append(domain_id)
        span = evidence[domain_id]
        message = (f"The prompt asks for {domain.title} code (\u201c{_clip(span.text)}\u201d) "
                   f"with no security constraint for it; add constraints such as: "
                   f"{_first_bullet(domain)}")
        findings.append(PromptFinding(id=RULE_CONSTRAINTS, message=message, severity="warn",
                                      domain=domain_id, owasp=list(domain.owasp),
                                      start=span.start, end=span.end))
    if not has_owasp:
        primary = domains[0]
        span = evidence[primary]
        titles = ", ".join(lex.domains[d].title for d in domains)
        wrong = (f" (it names {', '.join(found_ids)}, which does not cover them)"
                 if found_ids else "")
        message = (f"The prompt asks for {titles} code but names no OWASP category for it"
                   f"{wrong}; add {_labels(expected, edition)}.")
        findings.append(PromptFinding(id=RULE_OWASP, message=message, severity="warn",
                                      domain=primary, owasp=expected, start=span.start,
                                      end=span.end))
        lacking.extend(d for d in domains if d not in lacking)
    verdict: Verdict = "warn" if lacking else "allow"
    return PromptVerdict(
        verdict=verdict, domains=domains, owasp_expected=_expected(lex, domains, edition),
        owasp_found=found_ids, constraints_found=constraint_texts, findings=[*findings, *notes],
        suggestion=suggestion_for(lacking, edition) if lacking else "")


# -- suggestion -------------------------------------------------------------------------------
def suggestion_for(domain_ids: Iterable[str], edition: Edition = "2021") -> str:
    """The constraint block for `domain_ids`, ready to paste under a prompt."""
    lex = lexicon()
    parts = ["Security constraints:"]
    for domain_id in domain_ids:
        domain = lex.domains[domain_id]
        title = domain.title[0].upper() + domain.title[1:]
        parts.append(f"{title} \u2014 {_labels(domain.owasp, edition)}:")
        parts.append(domain.template)
    return "\n".join(parts)


def _labels(ids: Iterable[str], edition: Edition) -> str:
    ordered = sorted(ids, key=_id_order(edition))
    return "OWASP " + ", ".join(f"{i} {OWASP_NAMES[i]}" for i in ordered)


def _id_order(edition: Edition) -> Any:
    def key(owasp_id: str) -> tuple[int, str]:
        return (0 if owasp_id.endswith(edition) else 1, owasp_id)
    return key


def _expected(lex: Lexicon, domains: list[str], edition: Edition) -> list[str]:
    ids = {i for d in domains for i in lex.domains[d].owasp}
    return sorted(ids, key=_id_order(edition))


def _first_bullet(domain: Domain) -> str:
    first = domain.template.splitlines()[0].lstrip("- ").strip()
    return first if first.endswith(".") else first + "."


def _clip(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"


def _unique(items: Iterable[str]) -> list[str]:
    seen: dict[str, None] = {}
    for item in items:
        key = " ".join(item.split())
        if key.lower() not in {k.lower() for k in seen}:
            seen[key] = None
    return list(seen)


def _span(tokens: Tokens, first: int, last: int) -> _Span:
    start, end = tokens.tokens[first].start, tokens.tokens[last - 1].end
    return _Span(start, end, tokens.text[start:end])


# -- domains ----------------------------------------------------------------------------------
def _domains(tokens: Tokens, lex: Lexicon, found: dict[str, list[Match]],
             covered: dict[int, str]) -> tuple[list[str], dict[str, _Span]]:
    """Detected domains and, for each, where it shows. Words inside a constraint of another
    domain (`covered`) don't reveal a domain: "encrypt it at rest" (a constraint on personal
    data) asks for no crypto code."""
    # UI and naming requests are short; in a long prompt or pasted code the same words
    # ("center", "label", "style") say nothing about the task.
    cosmetic = bool(found["cosmetic"]) and len(tokens.tokens) <= COSMETIC_MAX_WORDS
    scores: dict[str, int] = defaultdict(int)
    evidence: dict[str, _Span] = {}
    seen: set[tuple[str, str]] = set()
    strong: set[str] = set()
    trigger_tokens: dict[str, set[int]] = defaultdict(set)
    for phrase, domain_id, first, last in found["trigger"]:
        if (phrase.source, domain_id) in seen or any(
                covered.get(i, domain_id) != domain_id for i in range(first, last)):
            continue
        seen.add((phrase.source, domain_id))
        weight = phrase.weight - (1 if cosmetic else 0)
        if weight <= 0:
            continue
        scores[domain_id] += weight
        trigger_tokens[domain_id].update(range(first, last))
        if phrase.weight >= 2:
            strong.add(domain_id)
        span = _span(tokens, first, last)
        best = evidence.get(domain_id)
        if best is None or span.start < best.start:
            evidence[domain_id] = span
    # Security signals in code (pasted code, code prefixes): calls and imports.
    for domain_id, weight, span in _code_signals(tokens, lex, covered):
        scores[domain_id] += weight
        if weight >= 2:
            strong.add(domain_id)
        best = evidence.get(domain_id)
        if best is None or span.start < best.start:
            evidence[domain_id] = span
    # A constraint that belongs to one domain only also reveals it ("prepared statement").
    for phrase, domain_id, first, last in found["constraint"]:
        if lex.constraint_domains.get(phrase.source) == domain_id and \
                covered.get(first) != _REQUIREMENTS and (phrase.source, domain_id) not in seen:
            seen.add((phrase.source, domain_id))
            scores[domain_id] += 1
            evidence.setdefault(domain_id, _span(tokens, first, last))
    sources = [(first, last) for _, _, first, last in found["source"] if first not in covered]
    in_source = {i for first, last in sources for i in range(first, last)}
    for domain_id in list(scores):
        # a source boosts a domain that shows elsewhere too: "the URL" alone is no request
        if lex.domains[domain_id].source_boost and sources and \
                any(i not in in_source for i in trigger_tokens[domain_id]):
            scores[domain_id] += 1
    # the native-code context must be in the request, not in its stated requirements
    present = {domain_id for _, domain_id, first, _ in found["requires"]
               if covered.get(first) != _REQUIREMENTS} | strong
    detected = [d for d, domain in lex.domains.items() if scores.get(d, 0) >= lex.threshold
                and (not domain.requires or d in present)]
    detected.sort(key=lambda d: -scores[d])  # stable: lexicon order among equals
    return detected, evidence


def _code_signals(tokens: Tokens, lex: Lexicon,
                  covered: dict[int, str]) -> Iterator[tuple[str, int, _Span]]:
    """(domain, weight, where) for each code signal of the lexicon that shows outside the
    stated constraints ("use `secrets.token_urlsafe`" is a constraint, not a signal)."""
    text = tokens.text
    if not _CODEISH.search(text):
        return
    starts = [t.start for t in tokens.tokens]
    for signal in lex.code_signals:
        if signal.prefilter.search(text) is None:
            continue
        for match in signal.pattern.finditer(text):
            index = bisect.bisect_right(starts, match.start()) - 1
            if index >= 0 and match.start() < tokens.tokens[index].end and index in covered:
                continue
            yield signal.domain, signal.weight, _Span(match.start(), match.end(), match.group())
            break


def _constraints(tokens: Tokens, lex: Lexicon,
                 found: dict[str, list[Match]]) -> tuple[dict[str, list[_Span]], dict[int, str]]:
    """Stated constraints per domain, and the token indexes they cover (-> a domain)."""
    out: dict[str, list[_Span]] = defaultdict(list)
    covered: dict[int, str] = {}
    for phrase, domain_id, first, last in found["constraint"]:
        if not phrase.negative_form and negated(tokens, first, lex.constraint_negators):
            continue
        out[domain_id].append(_span(tokens, first, last))
        for i in range(first, last):
            covered.setdefault(i, domain_id)
    return out, covered


def _informational(tokens: Tokens, lex: Lexicon, found: dict[str, list[Match]]) -> bool:
    """A question about something, with no request for code."""
    if not tokens.tokens or found["generation"]:
        return False
    toks = tokens.tokens
    for phrase in lex.informational:
        n = len(phrase.positions)
        words = toks[:n]
        if len(words) == n and all(
                not isinstance(p, str) and t.stem in p for p, t in zip(phrase.positions, words,
                                                                          strict=True)):
            return True
    # "can you explain ...", "please explain ..."
    return any(t.stem in ("explain", "describ") for t in toks[:4])


# -- crypto implementation ----------------------------------------------------------------
def _crypto_implementation(tokens: Tokens, lex: Lexicon,
                           found: dict[str, list[Match]]) -> _Span | None:
    """The first request to implement cryptography by hand, or None."""
    toks = tokens.tokens
    if not toks:
        return None
    by_clause: dict[str, dict[int, list[tuple[int, int]]]] = {}
    for name in ("verb", "prim", "generic", "own", "weak", "lib", "obf", "key", "purpose"):
        table: dict[int, list[tuple[int, int]]] = defaultdict(list)
        for _, _, first, last in found[name]:
            table[toks[first].clause].append((first, last))
        by_clause[name] = table
    def live_verbs(clause: int) -> list[tuple[int, int]]:
        return [(f, la) for f, la in by_clause["verb"].get(clause, [])
                if not negated(tokens, f, lex.build_negators)
                and not (la < len(toks) and toks[la].stem == "not")]

    def refused(clause: int) -> bool:
        """"don't write any crypto yourself": the self-made marker belongs to a refusal."""
        return bool(by_clause["verb"].get(clause)) and not live_verbs(clause)

    clauses = sorted(set(by_clause["prim"]) | set(by_clause["generic"]) | set(by_clause["obf"]))
    for clause in clauses:
        verbs = live_verbs(clause)
        prims = by_clause["prim"].get(clause, [])
        generics = by_clause["generic"].get(clause, [])
        strong_own = [(f, la) for c in (clause - 1, clause, clause + 1) if not refused(c)
                      for f, la in by_clause["own"].get(c, [])
                      if not negated(tokens, f, lex.build_negators)]
        weak_own = [(f, la) for f, la in by_clause["weak"].get(clause, [])
                    if not negated(tokens, f, lex.build_negators)]
        libs = by_clause["lib"].get(clause, [])
        # 1. a build verb whose object is a named primitive: "implement AES-256"
        for vf, vl in verbs:
            for pf, pl in prims:
                if pf < vl or any(toks[i].stem not in lex.fillers for i in range(vl, pf)):
                    continue
                if pf - vl > 4:
                    continue
                following = toks[pl].stem if pl < len(toks) and toks[pl].clause == clause else ""
                used = following in lex.use_nouns or any(lf > pl for lf, _ in libs)
                if not used or strong_own:
                    return _span(tokens, vf, pl)
        # 2. a crypto noun with a self-made marker, and a build verb unless the marker says
        # it all: "write my own encryption", "a hand-written PBKDF2"
        if prims or generics:
            own = strong_own or (weak_own if verbs and not libs else [])
            if own:
                target = (prims or generics)[0]
                spans = [target, own[0], *verbs[:1]]
                return _span(tokens, min(f for f, _ in spans), max(la for _, la in spans))
        # 3. indirect: scramble data with a key so others can't read it
        obf = by_clause["obf"].get(clause, [])
        if obf and by_clause["key"].get(clause) and not libs:
            purpose = [p for c in (clause, clause + 1) for p in by_clause["purpose"].get(c, [])]
            if purpose or strong_own:
                start = obf[0][0]
                end = max(obf[0][1], by_clause["key"][clause][0][1])
                return _span(tokens, start, end)
    return None


def refs_in(text: str, edition: Edition) -> list[OwaspRef]:
    """OWASP references in `text` (re-exported for the CLI's text output)."""
    return find_refs(text, edition)
