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

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Literal

from pydantic import BaseModel, Field

from vigilint.policy import OWASP_NAMES, Edition
from vigilint.prompts.lexicon import Domain, Lexicon, lexicon
from vigilint.prompts.owasp_refs import OwaspRef, edition_note, find_refs
from vigilint.prompts.text import PhraseIndex, Tokens, negated, tokenize

Verdict = Literal["allow", "warn", "block"]
Severity = Literal["block", "warn", "note"]

RULE_CRYPTO = "VG-PROMPT-001"
RULE_CONSTRAINTS = "VG-PROMPT-002"
RULE_OWASP = "VG-PROMPT-003"
CRYPTO_OWASP = ("A02:2021", "A04:2025")


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

    crypto = _crypto_implementation(tokens, lex)
    domains, evidence = _domains(tokens, lex)
    constraints = _constraints(tokens, lex)
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

    if not domains or _informational(tokens, lex):
        return PromptVerdict(verdict="allow", domains=domains,
                             owasp_expected=_expected(lex, domains, edition),
                             owasp_found=found_ids, constraints_found=constraint_texts,
                             findings=notes)

    findings: list[PromptFinding] = []
    lacking: list[str] = []
    for domain_id in domains:
        domain = lex.domains[domain_id]
        has_constraint = bool(constraints.get(domain_id))
        has_owasp = bool(set(domain.owasp) & set(found_ids))
        if has_constraint and has_owasp:
            continue
        lacking.append(domain_id)
        span = evidence[domain_id]
        labels = _labels(domain.owasp, edition)
        if not has_constraint:
            tail = "" if has_owasp else f" and no OWASP reference ({labels})"
            message = (f"The prompt asks for {domain.title} code (\u201c{_clip(span.text)}\u201d)"
                       f" with no security constraint for it{tail}; add constraints such as: "
                       f"{_first_bullet(domain)}")
            rule = RULE_CONSTRAINTS
        else:
            message = (f"The prompt states {domain.title} constraints but names no OWASP "
                       f"category for them; add {labels}.")
            rule = RULE_OWASP
        findings.append(PromptFinding(id=rule, message=message, severity="warn",
                                      domain=domain_id, owasp=list(domain.owasp),
                                      start=span.start, end=span.end))
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
        parts.append(f"{domain.title.capitalize()} ({_labels(domain.owasp, edition)}):")
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
def _domains(tokens: Tokens, lex: Lexicon) -> tuple[list[str], dict[str, _Span]]:
    cosmetic = _any(lex.cosmetic, tokens)
    scores: dict[str, int] = defaultdict(int)
    evidence: dict[str, _Span] = {}
    seen: set[tuple[str, str]] = set()
    for phrase, domain_id, first, last in lex.triggers.matches(tokens):
        if (phrase.source, domain_id) in seen:
            continue
        seen.add((phrase.source, domain_id))
        weight = phrase.weight - (1 if cosmetic else 0)
        if weight <= 0:
            continue
        scores[domain_id] += weight
        span = _span(tokens, first, last)
        best = evidence.get(domain_id)
        if best is None or span.start < best.start:
            evidence[domain_id] = span
    if _any(lex.sources, tokens):
        for domain_id in list(scores):
            if lex.domains[domain_id].source_boost:
                scores[domain_id] += 1
    detected = [d for d in lex.domains if scores.get(d, 0) >= lex.threshold]
    return detected, evidence


def _constraints(tokens: Tokens, lex: Lexicon) -> dict[str, list[_Span]]:
    out: dict[str, list[_Span]] = defaultdict(list)
    for phrase, domain_id, first, last in lex.constraints.matches(tokens):
        if not phrase.negative_form and negated(tokens, first, lex.constraint_negators):
            continue
        out[domain_id].append(_span(tokens, first, last))
    return out


def _informational(tokens: Tokens, lex: Lexicon) -> bool:
    """A question about something, with no request for code."""
    if not tokens.tokens or _any(lex.generation, tokens):
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


def _any(index: PhraseIndex, tokens: Tokens) -> bool:
    return next(iter(index.matches(tokens)), None) is not None


# -- crypto implementation ----------------------------------------------------------------
def _crypto_implementation(tokens: Tokens, lex: Lexicon) -> _Span | None:
    """The first request to implement cryptography by hand, or None."""
    toks = tokens.tokens
    if not toks:
        return None
    by_clause: dict[str, dict[int, list[tuple[int, int]]]] = {}
    for name, index in (("verb", lex.build_verbs), ("prim", lex.primitives),
                        ("generic", lex.generic), ("own", lex.own), ("weak", lex.own_weak),
                        ("lib", lex.library_use), ("obf", lex.obfuscate),
                        ("key", lex.key_words), ("purpose", lex.purpose)):
        table: dict[int, list[tuple[int, int]]] = defaultdict(list)
        for _, _, first, last in index.matches(tokens):
            table[toks[first].clause].append((first, last))
        by_clause[name] = table
    clauses = sorted(set(by_clause["prim"]) | set(by_clause["generic"]) | set(by_clause["obf"]))
    for clause in clauses:
        verbs = [(f, la) for f, la in by_clause["verb"].get(clause, [])
                 if not negated(tokens, f, lex.build_negators)]
        prims = by_clause["prim"].get(clause, [])
        generics = by_clause["generic"].get(clause, [])
        strong_own = by_clause["own"].get(clause, [])
        weak_own = by_clause["weak"].get(clause, [])
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
        # 2. a build verb + crypto noun + a self-made marker: "write my own encryption"
        if verbs and (prims or generics):
            own = strong_own or (weak_own if not libs else [])
            if own:
                first = min(verbs[0][0], own[0][0])
                target = (prims or generics)[0]
                return _span(tokens, first, max(target[1], own[0][1], verbs[0][1]))
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
