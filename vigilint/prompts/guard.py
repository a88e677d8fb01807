"""The prompt guard: prompt text -> `PromptVerdict` (allow | warn | block).

1. **Read** the prompt (`reading.py`): at most `MAX_PROMPT_CHARS`, invisible text decoded,
   look-alike letters folded; what cannot be read is reported and never allowed silently.
2. **Parse the request** (`request.py`): what each clause asks for - code, an explanation, a
   review, docs. Explanations, reviews and docs are allowed.
3. **block** when a clause that asks for code asks for a cryptographic primitive or protocol
   (`crypto.py`), in any phrasing or as pasted code to complete, fix or port.
4. Otherwise find the **domains** the request touches, their active **concerns**, and the
   **controls** it states (`domains.py`, `controls.toml`). **warn** names every concern
   without a control, per domain, and an OWASP category that is missing or does not fit any
   detected domain; the suggestion adds exactly those. **allow** when nothing is missing.
5. A **learned second opinion** (`model.py`), which reads the words and the rules' reading,
   may raise or lower that verdict for a request to produce something read in full, within
   guard rails (`_second_opinion`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any, Literal

from vigilint import lazyre
from vigilint.analyzers.secrets.redaction import mask
from vigilint.policy import OWASP_NAMES, Edition
from vigilint.prompts.crypto import CryptoRequest, crypto_request, protects_something
from vigilint.prompts.crypto_effects import legibility_only, review_only, vetted_use
from vigilint.prompts.domains import Analysis, analyze, requirement_spans, token_marks
from vigilint.prompts.lexicon import Lexicon, collect, lexicon
from vigilint.prompts.model import Opinion, opinion, rule_features
from vigilint.prompts.owasp_refs import OwaspRef, edition_note, find_refs
from vigilint.prompts.reading import MAX_PROMPT_CHARS, Reading, Unread, read
from vigilint.prompts.request import Request, parse_request
from vigilint.prompts.rule_ids import RULE_CONSTRAINTS, RULE_CRYPTO, RULE_OWASP, RULE_UNREAD
from vigilint.prompts.text import CODE, tokenize
from vigilint.records import Field  # plain records, not pydantic: start-up (records.py)
from vigilint.records import Record as BaseModel

Verdict = Literal["allow", "warn", "block"]
Severity = Literal["block", "warn", "note"]
OwaspFit = Literal["fits", "missing", "wrong", "not-needed"]

CRYPTO_OWASP = ("A02:2021", "A04:2025")
# Readings of the crypto rule that name what is built ("implement AES-GCM by hand", "the key
# schedule and the round function", "shift each character by the key"): the learned opinion
# never lowers their block (crypto-implementation recall comes first; on the labelled sets
# every block it lowered correctly came from a softer reading).
FIRM_READINGS = frozenset({"builds a named primitive", "ports a crypto library",
                           "spells out a primitive's internals", "spells out crypto maths",
                           "protects data with a toy cipher", "scrambles data with a key",
                           "asks to make a secret with a non-cryptographic generator",
                           # (pass i17n: on every labelled set and probe, each prompt this
                           # reading blocked is labelled block, 9 of 9; a retrained opinion
                           # lowered one, "token = md5(parent_id + str(int(time.time())))")
                           "asks for a secret derived from predictable data",
                           "reworks the inside of a primitive's implementation",
                           # (pass i17o: the effect, the library ruled out and the mechanism
                           # to write, all three; it fires on no prompt of the seen sets)
                           "asks for a mechanism told by whom it shuts out, written by hand"})
# The lexicon's crypto vocabulary (`[crypto_implementation]`): a primitive, a cipher-like
# operation, a key, a protective purpose, integer maths of a primitive, a crypto library. The
# learned opinion raises a prompt to block only when one of these shows: a block needs the
# request's object to be cryptography, and a prompt with none ("a lock-free queue in C++")
# asks for none, whatever its other words weigh.
CRYPTO_VOCABULARY = ("prim", "toy", "generic", "algo_obj", "lib", "obf", "key", "purpose",
                     "int_strong", "int_maths", "int_desc", "crypto_ctx", "op", "own", "weak")
# Purposes that say nothing of protection alone ("store it", "for later").
_PLAIN_PURPOSES = frozenset({"stor", "store", "sav", "save", "later", "befor", "writ"})
# Distinct controls that, with a fitting OWASP category and none ruled out, make a prompt's
# requirements explicit (measured on the labelled sets: every such prompt is labelled allow).
WELL_CONSTRAINED = 3
REQUIREMENTS_LIST_WORDS = 35
# What the request itself builds can fit a category that none of the domains its data touches
# has: the logging of a login service is Logging and Monitoring (A09), the rate limit of a
# lookup endpoint or a checkout flow Insecure Design (A04:2021 / A06:2025), a webhook receiver
# Software and Data Integrity (A08). Read in the request's main clause
# only ("Add request logging to ...", "Rate limit the public ... endpoint"), so a "log" or a
# "limit" among the constraints changes nothing; reading log *files* is no logging.
SUBJECT_OWASP = (
    (lazyre.compile(r"(?i)\b(?:logging|logger|audit(?:ing)?|audit[- ](?:trail|log)s?|monitoring"
                    r"|alerting|siem)\b"), ("A09:2021", "A09:2025")),
    (lazyre.compile(r"(?i)\b(?:rate[- ]?limit\w*|throttl\w*|quota\w*)"), ("A04:2021", "A06:2025")),
    # a payment flow's risks are its design (amounts from the server, idempotency) and, for a
    # webhook, the integrity of what arrives (a verified signature)
    (lazyre.compile(r"(?i)\b(?:checkout|payments?|billing|subscriptions?|membership fees)\b"),
     ("A04:2021", "A06:2025")),
    (lazyre.compile(r"(?i)\bwebhooks?\b"), ("A08:2021", "A08:2025")),
)


class PromptFinding(BaseModel):
    """One reason for the verdict. `start`/`end` are character offsets into the prompt."""

    id: str
    message: str
    severity: Severity
    domain: str | None = None
    owasp: list[str] = Field(default_factory=list)
    start: int = 0
    end: int = 0
    concerns: list[str] = Field(default_factory=list)  # the concerns a warn is about


class RequestInfo(BaseModel):
    """What the prompt asks for."""

    kind: Literal["produce", "explain", "review", "docs"]
    action: str
    object: str
    asks_for_code: bool


class MissingConstraint(BaseModel):
    """A concern of a detected domain that the prompt states no control for."""

    domain: str
    concern: str
    title: str
    controls: list[str]  # any one of these answers the concern
    owasp: list[str]
    suggestion: str  # the line the suggestion adds for it
    source: str  # where the vocabulary comes from


class ControlInfo(BaseModel):
    domain: str
    concern: str
    control: str
    text: str
    start: int
    end: int


class UnreadPart(BaseModel):
    start: int
    end: int
    reason: Literal["size-limit", "undecodable", "binary", "hidden"]


class SecondOpinion(BaseModel):
    """The learned second opinion (`model.py`): probabilities, the thresholds at which the guard
    lets it change the rules' verdict, and whether and which way it did."""

    block: float  # P(the prompt asks for a cryptographic implementation)
    flag: float  # P(the prompt is not allowed as it stands)
    block_threshold: float  # allow/warn -> block at P(block) >= this
    flag_threshold: float  # allow -> warn at P(flag) >= this
    escalated: bool = False
    cues: list[str] = Field(default_factory=list)  # the stems that pushed the change most
    allow_threshold: float = -1.0  # warn -> allow at P(flag) below this
    unblock_threshold: float = -1.0  # block -> warn at P(block) below this (not on pasted code)
    vetted_threshold: float = 1.01  # -> block where a vetted library seems to do the work
    lowered: bool = False
    rules_verdict: Verdict | None = None  # the rules' verdict, before the opinion


class PromptVerdict(BaseModel):
    """The JSON contract of `vigilint prompt` (docs/DESIGN.md): the first seven fields are the
    original contract, the rest were added by issue 17."""

    verdict: Verdict
    domains: list[str] = Field(default_factory=list)
    owasp_expected: list[str] = Field(default_factory=list)
    owasp_found: list[str] = Field(default_factory=list)
    constraints_found: list[str] = Field(default_factory=list)
    findings: list[PromptFinding] = Field(default_factory=list)
    suggestion: str = ""
    request: RequestInfo | None = None
    missing: list[MissingConstraint] = Field(default_factory=list)
    controls_found: list[ControlInfo] = Field(default_factory=list)
    owasp_fit: OwaspFit = "not-needed"
    unread: list[UnreadPart] = Field(default_factory=list)
    second_opinion: SecondOpinion | None = None

    @property
    def exit_code(self) -> int:
        return {"allow": 0, "warn": 1, "block": 3}[self.verdict]


def _edition_of(config: Any) -> Edition:
    edition = getattr(config, "owasp_edition", None) if config is not None else None
    if isinstance(config, str):
        edition = config
    return "2025" if edition == "2025" else "2021"


def check_prompt(text: str | bytes, config: Any = None, *,
                 limit: int = MAX_PROMPT_CHARS, more: bool = False) -> PromptVerdict:
    """Lint one prompt. `config` is a `vigilint.config.Settings` (only `owasp_edition` is
    used), an edition string ("2021"/"2025"), or None for the defaults. Bytes are decoded as
    UTF-8; what cannot be read (beyond `limit` characters, undecodable, or beyond the end of
    `text` when the caller says there is `more`) is reported in `unread` and makes the verdict
    at least `warn`; text beyond the size limit makes it a `block`."""
    edition = _edition_of(config)
    lex = lexicon()
    reading = read(text, limit, more)
    tokens = tokenize(reading.text)
    found = collect(lex, tokens)
    refs = find_refs(reading.text, edition)
    request = parse_request(tokens, lex, found)
    notes = [PromptFinding(id=RULE_OWASP, message=note, severity="note",
                           start=reading.original_offset(ref.start),
                           end=reading.original_offset(ref.end))
             for ref in refs if (note := edition_note(ref, edition))]
    found_ids = _ordered({i for ref in refs for i in ref.ids}, edition)
    requirements = requirement_spans(reading.text, refs)
    crypto = crypto_request(tokens, lex, found, request,
                            frozenset(token_marks(tokens, requirements)))
    legible = crypto is not None and legibility_only(reading.text, crypto.start, crypto.end)
    if legible:
        crypto = None  # "unreadable in dark mode": how text looks, not a cipher
    asks_for_code = request.asks_for_code and not review_only(reading.text)
    analysis = analyze(tokens, lex, found, requirements, refs, asks_for_code,
                       testing=request.tests_only())
    verdict = PromptVerdict(
        verdict="allow", domains=list(analysis.domains),
        owasp_expected=_expected(lex, analysis.domains, edition), owasp_found=found_ids,
        constraints_found=_unique(_masked(c.text) for c in analysis.controls),
        request=RequestInfo(kind=request.kind, action=_masked(request.action),
                            object=_masked(request.object), asks_for_code=request.asks_for_code),
        controls_found=[ControlInfo(domain=c.domain, concern=c.concern, control=c.control,
                                    text=_masked(c.text), start=reading.original_offset(c.start),
                                    end=reading.original_offset(c.end))
                        for c in analysis.controls[:100]],
        unread=[UnreadPart(start=u.start, end=u.end, reason=u.reason) for u in reading.unread])
    form_only = crypto is None and request.form_only(reading.text)
    if crypto is not None:
        _block(verdict, crypto, reading, lex, edition)
    elif form_only:
        pass  # "sort the firewall rules", "make the encryption settings page responsive": the
        # security words are the subject of a change of form, not a feature built
    elif asks_for_code and analysis.domains:
        _constraints(verdict, analysis, reading, lex, edition, refs,
                     _subject(reading.text, request.start, request.end, refs), request.start)
    elif asks_for_code and not analysis.controls and not found_ids and (vague := [
            m for m in found.get("vague", []) if tokens.stems[m[2]] != "securiti"]):
        _vague(verdict, vague[0], tokens, reading, edition)  # "secure", not "the security page"
    elif asks_for_code and found_ids and not analysis.stated:
        _named_only(verdict, refs, reading, edition)  # "log all API traffic, OWASP A09"
    if request.kind == "produce" and not reading.unread and not form_only and (
            request.asks_for_code or crypto):
        # a prompt that says it wants no code ("just the reasoning", "in two sentences") is
        # answered in words: the opinion does not read it as a request (a rule's block stays)
        reading_of_rules = rule_features(verdict.verdict, [f.id for f in verdict.findings + notes],
                                         verdict.domains)
        # a block on pasted code, on a reading of crypto code, or on an explicit request to
        # build a named primitive or its internals, is never lowered
        lowerable = crypto is None or ("code" not in crypto.reason
                                       and crypto.reason not in FIRM_READINGS and not any(
                                           flag & CODE for flag in tokens.flags))
        _second_opinion(verdict, opinion(tokens, reading_of_rules), edition, reading.text,
                        lowerable, owasp_named=bool(found_ids),
                        controls_stated=bool(analysis.controls),
                        pasted_code=any(flag & CODE for flag in tokens.flags),
                        crypto_words=not legible and _crypto_words(tokens, lex, found))
    verdict.findings += _unread_findings(reading)
    verdict.findings += notes
    if verdict.verdict == "allow" and verdict.unread:
        verdict.verdict = "warn"  # what the guard could not read is never allowed silently
    if any(u.reason == "size-limit" for u in verdict.unread):
        verdict.verdict = "block"  # an unread tail may ask for anything: not allowed at all
    return verdict


_DESCRIBED_MATHS = frozenset({"int_desc", "int_maths"})


def _crypto_words(tokens: Any, lex: Lexicon, found: dict[str, list[Any]]) -> bool:
    """A word of the crypto vocabulary shows that no sense of its clause takes away (the "key"
    of a key-value store, the "hash" of a hash table)."""
    neutral: dict[int, set[str]] = {}
    for _, tag, first, _ in found.get("sense", []):
        stems, domains = lex.senses[tag[3]]
        if not domains or "crypto" in domains:
            neutral.setdefault(tokens.clauses[first], set()).update(stems)
    protected: bool | None = None
    for kind in CRYPTO_VOCABULARY:
        for _, _, first, last in found.get(kind, []):
            if kind in _DESCRIBED_MATHS:
                # "take the current time in seconds and print it on the receipt" describes the
                # maths of nothing secret: a described construction needs something it protects
                if protected is None:
                    protected = protects_something(tokens.text)
                if not protected:
                    continue
            words = neutral.get(tokens.clauses[first], set())
            if kind == "purpose":
                words = words | _PLAIN_PURPOSES
            if not all(tokens.stems[i] in words for i in range(first, last)):
                return True
    return False


def _block(verdict: PromptVerdict, crypto: CryptoRequest, reading: Reading, lex: Lexicon,
           edition: Edition) -> None:
    if "crypto" not in verdict.domains:
        verdict.domains.insert(0, "crypto")
        verdict.owasp_expected = _expected(lex, verdict.domains, edition)
    message = (f"The prompt asks the assistant to implement cryptography itself "
               f"(\u201c{_clip(crypto.text)}\u201d: {crypto.reason}); hand-written crypto is "
               "almost always breakable: ask for a vetted library (the `cryptography` package, "
               "libsodium, Tink, the platform crypto API) instead.")
    verdict.verdict = "block"
    verdict.findings.append(PromptFinding(
        id=RULE_CRYPTO, message=message, severity="block", domain="crypto",
        owasp=list(CRYPTO_OWASP), start=reading.original_offset(crypto.start),
        end=reading.original_offset(crypto.end)))
    verdict.suggestion = suggestion_for(["crypto"], edition)


def _second_opinion(verdict: PromptVerdict, seen: Opinion | None, edition: Edition,
                    text: str, lowerable: bool, owasp_named: bool = False,
                    controls_stated: bool = True, pasted_code: bool = False,
                    crypto_words: bool = True) -> None:
    """The learned opinion may change the verdict of a request to produce something, each way
    only where it is confident:
    - raise to block at P(block) >= its threshold (a higher one where a vetted library seems to
      do the work: `vetted_use`, "with the keygen.sh SDK", and where code is pasted: the
      rules read the code itself, S-boxes, rotations, modular arithmetic, and "port this
      levenshtein distance from C to Rust" has none: below that bar its block reading warns),
      to warn an allowed prompt at P(flag) >= its threshold;
    - lower a warn to allow at P(flag) below its threshold (the rules warned on an incidental
      word), a block to warn at P(block) below its threshold, never a block on pasted code.
    A warning on a prompt that names an OWASP id and either states no control or names a
    category that does not fit is never lowered: such a prompt is about security by its own
    words, and issue 17's bar is that both are warned, whatever the opinion reads.
    It raises to block only where the prompt holds a word of the crypto vocabulary
    (`crypto_words`, `CRYPTO_VOCABULARY`).
    Explanations, reviews and docs never get here; a prompt not read in full neither.
    Thresholds and their measurement (leave-one-set-out and forward, on blind rules):
    scripts/train_prompt_model.py, bench/results/prompts_model.md."""
    if seen is None:
        return
    t = seen.thresholds
    record = SecondOpinion(block=round(seen.block, 3), flag=round(seen.flag, 3),
                           block_threshold=t.block, flag_threshold=t.flag,
                           allow_threshold=t.allow, unblock_threshold=t.unblock,
                           vetted_threshold=t.vetted, rules_verdict=verdict.verdict)
    verdict.second_opinion = record

    def cues(found: tuple[str, ...]) -> str:
        record.cues = [_masked(c) for c in found]
        quoted = ", ".join(f"\u201c{c}\u201d" for c in record.cues)
        return f"; strongest cues (stems): {quoted}" if quoted else ""

    if verdict.verdict != "block" and crypto_words and seen.block >= t.block and (
            seen.block >= t.vetted or not (vetted_use(text) or pasted_code)):
        record.escalated = True
        why = cues(seen.block_cues)
        verdict.verdict = "block"
        if "crypto" not in verdict.domains:
            verdict.domains.insert(0, "crypto")
            verdict.owasp_expected = _expected(lexicon(), verdict.domains, edition)
        verdict.findings.append(PromptFinding(
            id=RULE_CRYPTO, severity="block", domain="crypto", owasp=list(CRYPTO_OWASP),
            message=f"The guard's learned second opinion reads this prompt as a request to "
                    f"implement cryptography itself (confidence {seen.block:.2f}{why}), although "
                    "no rule blocked it; hand-written crypto is almost always breakable: ask for a "
                    "vetted library (the `cryptography` package, libsodium, Tink, the platform "
                    "crypto API) instead, or say that you want an explanation, not code."))
        verdict.suggestion = suggestion_for(["crypto"], edition)
    elif verdict.verdict == "allow" and (seen.flag >= t.flag or (pasted_code
                                                                 and seen.block >= t.block)):
        # pasted code read as crypto below the code bar is a warning, not a block
        record.escalated = True
        why = cues(seen.flag_cues if seen.flag >= t.flag else seen.block_cues)
        confidence = seen.flag if seen.flag >= t.flag else seen.block
        verdict.verdict = "warn"
        verdict.findings.append(PromptFinding(
            id=RULE_CONSTRAINTS, severity="warn",
            message=f"The guard's learned second opinion reads this prompt as security-sensitive "
                    f"with its security requirements left open (confidence {confidence:.2f}{why}), "
                    "although no rule found a missing control; state the controls this code "
                    "needs (who may call it, which inputs are accepted, what must never be "
                    "logged or trusted) and the OWASP category of the risk."))
        verdict.suggestion = verdict.suggestion or (
            "Security constraints: check the caller's authorization server-side; validate "
            "every input against an allowlist; state any further control this code needs and "
            "its OWASP category.")
    elif verdict.verdict == "warn" and seen.flag < t.allow and not (owasp_named and (
            not controls_stated or any(f.id == RULE_OWASP for f in verdict.findings))):
        record.lowered = True
        why = cues(seen.allow_cues)
        verdict.verdict = "allow"
        _demote(verdict, "warn", f"the guard's learned second opinion reads this prompt as an "
                f"ordinary request (P(not allowed as it stands) {seen.flag:.2f}{why}), so "
                "this rule's warning is kept as a note and the prompt is allowed")
    elif verdict.verdict == "block" and lowerable and seen.block < t.unblock:
        record.lowered = True
        why = cues(seen.unblock_cues)
        verdict.verdict = "warn"
        _demote(verdict, "block", f"the guard's learned second opinion does not read this "
                f"prompt as a request to implement cryptography (P {seen.block:.2f}{why}), so "
                "this rule's block is lowered to a warning: check that a vetted library does "
                "the cryptography")


def _demote(verdict: PromptVerdict, severity: Severity, why: str) -> None:
    """The rules' findings of `severity` one step down (block -> warn, warn -> note), each
    saying why."""
    lower: Severity = "warn" if severity == "block" else "note"
    for finding in verdict.findings:
        if finding.severity == severity:
            finding.severity = lower
            finding.message = f"{finding.message} (Lowered: {why}.)"


def _vague(verdict: PromptVerdict, match: Any, tokens: Any, reading: Reading,
           edition: Edition) -> None:
    """Security asked for in general words only ("make it secure"), with no domain, control or
    OWASP category: what "secure" means for this code is left to the assistant."""
    _, _, first, last = match
    start, end = tokens.starts[first], tokens.ends[last - 1]
    verdict.verdict = "warn"
    verdict.owasp_fit = "missing"
    verdict.findings.append(PromptFinding(
        id=RULE_CONSTRAINTS, severity="warn", start=reading.original_offset(start),
        end=reading.original_offset(end),
        message=f"The prompt asks for security in general words (\u201c{_clip(tokens.text[start:end])}"
                "\u201d) but states no concrete control and no OWASP category; name what must "
                "hold (for example: validate every input against an allowlist, check the "
                "caller's authorization server-side, parameterized queries) and the OWASP "
                "category of the risk."))
    category = "A01:2025" if edition == "2025" else "A01:2021"
    verdict.suggestion = (
        "Security requirements: check the caller's authorization server-side on every request "
        "and deny by default, and verify that each requested record belongs to the caller; "
        "validate every input against an allowlist; state any further "
        f"control this code needs. OWASP {category} {OWASP_NAMES.get(category, '')}".rstrip()
        + ".")


def _named_only(verdict: PromptVerdict, refs: list[OwaspRef], reading: Reading,
                edition: Edition) -> None:
    """A request that names an OWASP category of no domain the guard reads (A09 logging, A04
    design) and states no control: the category alone says nothing about what must hold."""
    ref = refs[0]
    named = ", ".join(verdict.owasp_found)
    verdict.verdict = "warn"
    verdict.owasp_fit = "missing"
    verdict.findings.append(PromptFinding(
        id=RULE_CONSTRAINTS, severity="warn", start=reading.original_offset(ref.start),
        end=reading.original_offset(ref.end),
        message=f"The prompt names OWASP {named} but states no concrete control; naming the "
                "category is not a requirement: say what must hold (for example: which events "
                "are logged and that secrets and personal data never are, who may call it, "
                "which inputs are accepted)."))
    verdict.suggestion = (
        f"Security constraints (OWASP {named}): mask or redact sensitive fields before they "
        "are written and never write secrets or tokens to the output; validate every input "
        "against an allowlist; state any further control this code needs.")


def _subject(text: str, start: int, end: int, refs: list[OwaspRef]) -> str:
    """The request's main clause as `SUBJECT_OWASP` reads it, with the OWASP references blanked
    out: a category's own title ("avatar upload under OWASP A09:2021 Security Logging and
    Monitoring Failures") names nothing that is built, so it never makes itself fit."""
    chars = list(text[start:end])
    for ref in refs:
        for i in range(max(ref.start, start), min(ref.end, end)):
            chars[i - start] = " "
    return "".join(chars)


def _named_first(analysis: Analysis, subject: str, start: int, at: int) -> bool:
    """What the request builds is the thing named first: "avatar upload with audit logging" is
    an upload (its category is the upload's), "Stripe webhooks" and "structured logging for
    the auth service" are a webhook receiver and a logging pipeline. False when a detected
    domain's first word comes before the subject word at `at` (an offset into `subject`) and
    is not part of the same noun phrase (only spaces or hyphens between them); `start`: where
    `subject` begins in the prompt."""
    for domain in analysis.domains:
        evidence = analysis.evidence.get(domain)
        if evidence is None or not start <= evidence.start < start + at:
            continue
        if evidence.end - start > at:
            continue  # the subject word is itself the domain's evidence
        between = subject[evidence.end - start:at]
        if between.strip(" -_'’s"):
            return False
    return True


def _constraints(verdict: PromptVerdict, analysis: Analysis, reading: Reading, lex: Lexicon,
                 edition: Edition, refs: list[OwaspRef], subject: str = "",
                 subject_at: int = 0) -> None:
    extra = ({i for d in analysis.domains for c in analysis.active[d]
              for i in lex.domains[d].concerns[c].owasp}
             | {i for c in analysis.controls if c.domain in lex.domains
                and c.concern in lex.domains[c.domain].concerns
                for i in lex.domains[c.domain].concerns[c.concern].owasp}) - set(
        verdict.owasp_expected)  # a stated control's concern fits too: CR/LF stripped from
    # log entries under A09
    subject_ids = {i for pattern, ids in SUBJECT_OWASP
                   if (m := pattern.search(subject)) and _named_first(analysis, subject, subject_at, m.start())
                   for i in ids}
    extra |= subject_ids
    extra -= set(verdict.owasp_expected)
    verdict.owasp_expected += _ordered(extra, edition)  # the concern's own category fits too
    fits = bool(set(verdict.owasp_expected) & set(verdict.owasp_found))
    # A prompt that states several concrete controls, refuses none and names a fitting OWASP
    # category has made its security requirements explicit: concerns raised by its other
    # words (a "token" in a webhook, the "log" of a login) are not asked for on top; only
    # what it rules out ("skip the rate limit") stays open.
    # A short prompt with a few controls of one domain has not: "let users upload PDFs and
    # seal them with AES-GCM ..." still needs the upload's controls.
    counted = analysis.controls
    if set(verdict.owasp_found) & subject_ids:
        # the category fits what is built (a logging pipeline): its controls count whatever
        # domain they belong to ("passwords never logged", "CR/LF stripped", "masked")
        counted = analysis.stated
    stated = {c.control for c in counted}
    constrained = fits and not analysis.ruled_out and len(stated) >= WELL_CONSTRAINED and (
        len({c.domain for c in counted}) >= 2
        or len(reading.text.split()) >= REQUIREMENTS_LIST_WORDS)
    for domain_id in analysis.domains:
        domain = lex.domains[domain_id]
        # a control the prompt rules out, unless a later sentence states it after all (an
        # appended suggestion)
        refused = {c.concern for c in analysis.ruled_out if c.domain == domain_id
                   and not any(k.domain == domain_id and k.concern == c.concern
                               and k.start > c.end for k in analysis.controls)}
        lacking = [] if constrained else [c for c in analysis.active[domain_id]
                                          if not analysis.satisfied(domain_id, c)]
        # a control the prompt rules out ("skip the type check") leaves its concern open
        lacking += [c for c in sorted(refused) if c not in lacking and c in domain.concerns]
        if lacking and analysis.incidental(domain_id):
            continue  # one weak word next to a constrained main request
        for concern_id in lacking:
            concern = domain.concerns[concern_id]
            verdict.missing.append(MissingConstraint(
                domain=domain_id, concern=concern_id, title=concern.title,
                controls=list(concern.controls), owasp=_ordered(domain.owasp, edition),
                suggestion=concern.suggest, source=concern.source))
        if lacking:
            span = analysis.evidence.get(domain_id)
            titles = ", ".join(domain.concerns[c].title for c in lacking)
            examples = "; ".join(domain.concerns[c].controls[0] for c in lacking)
            quote = f" (\u201c{_clip(span.text)}\u201d)" if span else ""
            verdict.findings.append(PromptFinding(
                id=RULE_CONSTRAINTS, severity="warn", domain=domain_id,
                owasp=list(domain.owasp), concerns=lacking,
                start=reading.original_offset(span.start) if span else 0,
                end=reading.original_offset(span.end) if span else 0,
                message=f"The prompt asks for {domain.title} code{quote} but states no "
                        f"control for {titles}; add for example: {examples}."))
    expected = set(verdict.owasp_expected)
    found = set(verdict.owasp_found)
    verdict.owasp_fit = "fits" if expected & found else ("wrong" if found else "missing")
    if verdict.owasp_fit != "fits":
        primary = analysis.domains[0]
        span = analysis.evidence.get(primary)
        titles = ", ".join(lex.domains[d].title for d in analysis.domains)
        wrong = (f"; it names {', '.join(verdict.owasp_found)}, which fits none of them"
                 if found else "")
        verdict.findings.append(PromptFinding(
            id=RULE_OWASP, severity="warn", domain=primary,
            owasp=_ordered(lex.domains[primary].owasp, edition),
            start=reading.original_offset(span.start) if span else 0,
            end=reading.original_offset(span.end) if span else 0,
            message=f"The prompt asks for {titles} code but names no OWASP category that fits"
                    f"{wrong}; add {_labels(lex.domains[primary].owasp, edition)}."))
    if verdict.missing or verdict.owasp_fit != "fits":
        verdict.verdict = "warn"
        verdict.suggestion = _suggestion(verdict, lex, edition)


def _unread_findings(reading: Reading) -> list[PromptFinding]:
    out: list[PromptFinding] = []
    for reason, what in (("size-limit", "is beyond the guard's size limit"),
                         ("undecodable", "are not valid UTF-8 text"),
                         ("binary", "are NUL characters (binary data)")):
        parts = [u for u in reading.unread if u.reason == reason]
        if parts:
            count = sum(u.end - u.start for u in parts)
            if reason == "size-limit":
                amount = f"everything after character {parts[0].start:,}"
            else:
                amount = f"{count:,} of its {reading.length:,} characters"
            if reason == "size-limit":
                out.append(PromptFinding(
                    id=RULE_UNREAD, severity="block", start=parts[0].start, end=parts[-1].end,
                    message=f"The guard could not read all of the prompt: {amount} {what}, "
                            "so it is not allowed; split it into smaller prompts."))
                continue
            out.append(PromptFinding(
                id=RULE_UNREAD, severity="warn", start=parts[0].start, end=parts[-1].end,
                message=f"The guard could not read all of the prompt: {amount} {what}; the "
                        "verdict covers only the rest. Check that part yourself before "
                        "sending it."))
    hidden = [u for u in reading.unread if u.reason == "hidden"]
    if hidden:
        shown = _clip(reading.text[hidden[0].start:hidden[0].end])
        out.append(PromptFinding(
            id=RULE_UNREAD, severity="warn", start=hidden[0].start, end=hidden[-1].end,
            message=f"The prompt carries invisible text (Unicode tag characters) that a model "
                    f"reads but a person does not see; it was read as \u201c{shown}\u201d. "
                    "Remove it unless you put it there on purpose."))
    return out


# -- suggestion -------------------------------------------------------------------------------
def _suggestion(verdict: PromptVerdict, lex: Lexicon, edition: Edition) -> str:
    parts = ["Security constraints:"]
    by_domain: dict[str, list[str]] = {}
    for item in verdict.missing:
        by_domain.setdefault(item.domain, []).append(item.suggestion)
    if verdict.owasp_fit != "fits" and verdict.domains and verdict.domains[0] not in by_domain:
        by_domain = {verdict.domains[0]: [], **by_domain}
    for domain_id, lines in by_domain.items():
        domain = lex.domains[domain_id]
        title = domain.title[0].upper() + domain.title[1:]
        parts.append(f"{title} \u2014 {_labels(domain.owasp, edition)}" + (":" if lines else "."))
        parts += [f"- {line}" for line in lines]
    return "\n".join(parts)


def suggestion_for(domain_ids: Iterable[str], edition: Edition = "2021") -> str:
    """The constraint block for every concern of `domain_ids`, ready to paste under a prompt."""
    lex = lexicon()
    parts = ["Security constraints:"]
    for domain_id in domain_ids:
        domain = lex.domains[domain_id]
        title = domain.title[0].upper() + domain.title[1:]
        parts.append(f"{title} \u2014 {_labels(domain.owasp, edition)}:")
        parts += [f"- {concern.suggest}" for concern in domain.concerns.values()]
    return "\n".join(parts)


def _labels(ids: Iterable[str], edition: Edition) -> str:
    return "OWASP " + ", ".join(f"{i} {OWASP_NAMES[i]}" for i in _ordered(ids, edition))


def _ordered(ids: Iterable[str], edition: Edition) -> list[str]:
    return sorted(ids, key=lambda i: (0 if i.endswith(edition) else 1, i))


def _expected(lex: Lexicon, domains: list[str], edition: Edition) -> list[str]:
    return _ordered({i for d in domains for i in lex.domains[d].owasp}, edition)


def _clip(text: str, limit: int = 60) -> str:
    """A short quote of the prompt for a message, with anything that may be a secret masked."""
    text = _masked(" ".join(text.split()))
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"


# Quoted literals and long key-like runs: a quote of the prompt never shows them.
_SECRET_LIKE = re.compile(r"(?<=[\"'`])[^\"'`\n]{4,200}(?=[\"'`])|[A-Za-z0-9_+/=-]{20,}")


def _masked(text: str) -> str:
    return _SECRET_LIKE.sub(lambda m: mask(m.group()), text)


def _unique(items: Iterable[str], limit: int = 50) -> list[str]:
    seen: dict[str, str] = {}
    for item in items:
        key = " ".join(item.split())
        seen.setdefault(key.lower(), key)
        if len(seen) >= limit:
            break
    return list(seen.values())


__all__ = ["RULE_CONSTRAINTS", "RULE_CRYPTO", "RULE_OWASP", "RULE_UNREAD", "MissingConstraint",
           "PromptFinding", "PromptVerdict", "Request", "SecondOpinion", "Unread", "check_prompt",
           "suggestion_for"]
