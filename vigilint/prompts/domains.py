"""Which security domains a prompt touches, which of their concerns are active, and which
controls it states for them.

**Domains** are detected from weighted evidence (lexicon triggers, code signals, controls that
belong to one domain, data sources), and one incidental word does not make one: a trigger of
weight 1 needs a second piece of evidence, and a trigger weighs one less when
- all its words are a name in prose (`last_login_at`, `invalid_password`, a `backticked` id);
- the prompt is short and cosmetic (a button, a label, a translation, a column migration);
- the prompt is an exercise (a kata, homework, a function stub whose docstring shows examples)
  and names no data source: "the md5 of a string" or "a bank account class" for practice.
A trigger does not count at all when its clause gives the word another sense (a bloom
filter's *hash*, a Pomodoro *session*, a mortgage *payment*), when it stands inside a
constraint of another domain ("encrypt it at rest" asks for no crypto code), or inside the
prompt's stated requirements (a "Security constraints:" section, an OWASP reference).
A request that names an OWASP category and nothing else reveals that category's domain.

**Concerns** come from `controls.toml`: a concern is active when one of its `when` phrases
shows (and none of its `unless` phrases); a domain with none active gets its defaults.
**Controls** are the catalogue's phrases, found anywhere in the prompt unless negated.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field

from vigilint import lazyre
from vigilint.prompts.flow import flows
from vigilint.prompts.lexicon import CodeSignal, Lexicon, Match
from vigilint.prompts.owasp_refs import OwaspRef
from vigilint.prompts.text import CODE, DEFINITION, IDENT, Tokens, negated

COSMETIC_MAX_WORDS = 60
# Naming and wording work, cosmetic even where a data source is named ("rename the variable in
# the signup form").
_NAMING = ("rename", "typo", "variable name", "wording", "label text")
# A quoted string in prose: 'Forgot password?', "Sign in with Google".
_UI_STRING = re.compile(r"""(?:^|(?<=[\s(:]))['"\u2018\u201c]([^'"\u2019\u201d\n]{2,80})['"\u2019\u201d]""")
# A control that does something ("a delete button next to each user", "an impersonate link"):
# when it is the only cosmetic word, the request builds the action, not its look.
_ACTION_UI = lazyre.compile(
    r"(?i)\b(?:delete|remove|ban|block|suspend|impersonate|promote|demote|refund|reset|deactivate"
    r"|disable|kick|approve|revoke|grant|export|download|unlock)\w{0,3}[ \t]+(?:[\w-]{1,30}[ \t]+){0,2}?"
    r"(?:button|link|icon|toggle|switch|checkbox)s?\b")
# Retrying a failed call: its attempt limits and back-off are a client's, and reveal no login
# to protect ("the retry() decorator backs off exponentially, max 5 tries, with jitter").
_RESILIENCE = lazyre.compile(
    r"(?i)\b(?:retr(?:y|ies|ied|ying)|re-?tries|backoff|jitter|circuit[ -]breakers?|transient"
    r"|reconnect\w{0,4}|polly|tenacity|resilience4j|idempotent)\b")
_ATTEMPTS = re.compile(r"(?i)\b(?:back[ -]?offs?|backing off|tries|try|attempts?|retries|delays?)\b")
# Code that builds a query from values: concatenation or interpolation next to a string, a
# format call, or a query passed in a variable. Without any, SQL in pasted code is a constant.
_DYNAMIC_QUERY = lazyre.compile(
    r"""["'`][ \t]*+\+|\+[ \t]*+["'`]|\$\{|#\{|\bf["']|["'][ \t]*+%|\.[Ff]ormat\(|\bformat!|"""
    r"""\b(?:sprintf|Sprintf|[Ss]tring\.[Ff]ormat|concat|Concat|join)\b|\.(?:execute\w{0,6}|query|raw|exec|prepare"""
    r"""|createQuery|createNativeQuery|executeQuery|executeUpdate|rawQuery|execSQL)[ \t]*+\([ \t]*+"""
    r"""[A-Za-z_$][\w.$]{0,60}[ \t]*+[,)+]|\b(?:SqlCommand|text)\([ \t]*+[A-Za-z_$]\w{0,60}[ \t]*+[,)]""")
# A query written out as a string literal ("SELECT name FROM products"): with none, the code
# only calls a database API and where its queries come from is not shown.
_SQL_LITERAL = lazyre.compile(
    r"""(?i)["'`][ \t]*+(?:select|insert|update|delete|with|replace|merge)\b""")
INCIDENTAL_SCORE = 2  # a secondary domain at this score or less may be incidental
REQUIREMENTS = "(stated requirements)"
# Code signals need code: a call, a member access, an assignment, an include or an SQL verb.
_CODEISH = re.compile(r"\w\(|\w[ \t]*+\([^()\n]{0,200}\)[ \t]*+[;{]|\w\.\w|::|=|/<\w|/\{\w|/:\w|#include|\$_|\b(?:SELECT|INSERT|DELETE|UPDATE)\b|-----BEGIN")
# A function stub whose docstring shows examples: `>>> f(1)`, "Examples:", "f(2) == 4", "➞".
_EXERCISE_STUB = re.compile(
    r"^[ \t]*+(?:>>>[ \t]|(?:for[ \t]+)?examples?[ \t]*+:|\w{1,40}\([^\n]{0,200}\)[ \t]*+"
    r"(?:==|\u279e|=>|->|returns|should return|gives)[ \t]*+\S)", re.IGNORECASE | re.MULTILINE)
# A prompt that is one Python function stub and its docstring, nothing else: an exercise when
# every annotation is a builtin type (data in, data out: "def longest_streak(days: list[str])
# -> int" with its description).
_PURE_STUB = re.compile(
    r"\A\s*+(?:(?:from[ \t]+\w+[ \t]+)?import[ \t][^\n]{1,80}\n\s*+){0,3}def[ \t]+\w{1,60}[ \t]*+"
    r"\((?P<args>[^()]{0,300})\)[ \t]*+(?:->[ \t]*+(?P<ret>[\w\[\], |.]{1,80}))?:[ \t]*+\n"
    r"[ \t]++(?:\"\"\"|\'\'\')(?:(?!\"\"\"|\'\'\')[\s\S]){0,3000}(?:\"\"\"|\'\'\')\s*+\Z")
_BUILTIN_TYPES = frozenset({"list", "dict", "set", "tuple", "frozenset", "str", "int", "float",
                            "bool", "bytes", "None", "Optional", "List", "Dict", "Tuple", "Set",
                            "Union", "Any", "Iterable", "Sequence", "complex"})


# What a stub's description may not name to be data in, data out: a sink, a secret, input
# from someone ("rendered in an HTML page", "the user-specified name", "run the command").
_STUB_SINKS = re.compile(
    r"(?i)\b(?:html|web ?page|sql|quer(?:y|ies)|database|shell|command\w{0,2}|subprocess|files?|paths?"
    r"|director(?:y|ies)|urls?|links?|render\w{0,3}|templates?|requests?|passw\w{0,6}|tokens?|secrets?"
    r"|keys?|encrypt\w{0,4}|decrypt\w{0,4}|hash\w{0,3}|sign\w{0,4}|xml|yaml|pickle|eval|exec\w{0,4}"
    r"|regex\w{0,2}|regular expressions?|upload\w{0,3}|download\w{0,3}|redirect\w{0,3}|cookies?"
    r"|sessions?|ldap|xpath|log (?:file|entry|line)s?|user[- ](?:specified|provided|supplied|given"
    r"|controlled|input|entered)|untrusted|from (?:the )?(?:user|client|request))\b")


def _pure_stub(text: str) -> bool:
    match = _PURE_STUB.match(text)
    if match is None or _STUB_SINKS.search(text, match.end("args") if match.group("args") else 0) is not None:
        return False
    typed = re.findall(r":\s*([\w\[\], |.]+)", match.group("args"))
    if not typed:
        return False  # untyped arguments say nothing about what comes in
    return all(word in _BUILTIN_TYPES for a in [*typed, match.group("ret") or ""]
               for word in re.findall(r"[A-Za-z_]\w*", a))


# Code of a memory-safe language: a Python `def`, a JavaScript `function` or binding, a doctest.
_MANAGED_CODE = re.compile(
    r"^[ \t]*+(?:(?:async[ \t]+)?def[ \t]+\w+[ \t]*+\(|function[ \t]+\w+[ \t]*+\(|"
    r"(?:const|let)[ \t]+\w+[ \t]*+=|>>>[ \t])", re.MULTILINE)
# C declarations: pointers, fixed arrays, unsigned types. Native code whatever else is named
# (a PHP extension's `char *`).
_NATIVE_CODE = re.compile(
    r"\b(?:char|int|void|long|short|size_t|u?int(?:8|16|32|64)_t)[ \t]*+\*|"
    r"\b(?:char|u?int8_t)[ \t]++\w{1,40}[ \t]*+\[|\bunsigned[ \t]++(?:int|char|long|short)\b")
# The domain an OWASP category names, when a request names nothing else.
OWASP_DOMAIN = {
    "A01:2021": "authz", "A02:2021": "crypto", "A03:2021": "untrusted-input",
    "A05:2021": "configuration", "A06:2021": "dependencies", "A07:2021": "auth",
    "A08:2021": "deserialization", "A10:2021": "outbound-requests", "A01:2025": "authz",
    "A02:2025": "configuration", "A03:2025": "dependencies", "A04:2025": "crypto",
    "A05:2025": "untrusted-input", "A07:2025": "auth", "A08:2025": "deserialization",
}


@dataclass
class Evidence:
    start: int
    end: int
    text: str


@dataclass
class ControlFound:
    domain: str
    concern: str
    control: str  # the control's title
    text: str  # as written in the prompt
    start: int
    end: int


@dataclass
class Analysis:
    domains: list[str]  # detected, strongest first
    scores: dict[str, int]
    evidence: dict[str, Evidence]
    active: dict[str, list[str]]  # domain -> active concerns
    controls: list[ControlFound] = field(default_factory=list)
    defaulted: set[str] = field(default_factory=set)  # domains with only default concerns
    ruled_out: list[ControlFound] = field(default_factory=list)  # controls the prompt refuses
    stated: list[ControlFound] = field(default_factory=list)  # every control stated, of any
    # domain (`controls` keeps those of the detected domains)

    def satisfied(self, domain: str, concern: str) -> bool:
        """A control of the concern is stated; for a domain whose concerns are only its
        defaults (nothing in the prompt names a particular threat), any control of the domain
        answers them: "return 404 unless the requester owns the ticket" covers the access
        control of a delete endpoint."""
        return any(c.domain == domain and (c.concern == concern or domain in self.defaulted)
                   for c in self.controls)

    def incidental(self, domain: str) -> bool:
        """A secondary domain shown only by the least evidence (the threshold) that names no
        concern of its own, in a request that states controls for its main domain: "encrypt
        the documents ... before the S3 upload" is no upload handler."""
        main = self.domains[0]
        return (domain != main and domain in self.defaulted
                and self.scores.get(domain, 0) <= INCIDENTAL_SCORE
                and any(c.domain == main for c in self.controls)
                and all(self.satisfied(main, c) for c in self.active[main]))


def requirement_spans(text: str, refs: list[OwaspRef]) -> list[tuple[int, int]]:
    """Spans of the prompt that state requirements: OWASP references and "Security
    constraints:" / "Security requirements" sections (one pass)."""
    sections: list[tuple[int, int]] = []
    for match in _SECTION.finditer(text):
        if sections and sections[-1][1] > match.start():
            continue  # inside the previous section
        end = _SECTION_END.search(text, match.end())
        sections.append((match.start(), end.start() if end else len(text)))
    return sorted([(r.start, r.end) for r in refs] + sections)


_SECTION = re.compile(r"^[ \t#>*_/-]*security (?:constraints|requirements)\b[^\n]*$",
                      re.IGNORECASE | re.MULTILINE)
_SECTION_END = re.compile(r"\n[ \t]*\n(?![ \t]*[-*]|[ \t]*\w[^\n]{0,200}\(OWASP)")


def analyze(tokens: Tokens, lex: Lexicon, found: dict[str, list[Match]],
            requirements: list[tuple[int, int]], refs: list[OwaspRef],
            asks_for_code: bool, testing: bool = False) -> Analysis:
    """`testing`: the request writes tests only (`Request.tests_only`): its triggers weigh one
    less, as in an exercise."""
    in_requirements = token_marks(tokens, requirements)
    found = _without_kin(tokens, found)
    controls, covered, ruled_out = _controls(tokens, lex, found)
    signals = list(_code_signals(tokens, lex, covered, in_requirements))
    scores, evidence = _scores(tokens, lex, found, covered, in_requirements, signals, testing)
    detected = [d for d, domain in lex.domains.items() if scores.get(d, 0) >= lex.threshold
                and (not domain.requires or _present(tokens, found, d, in_requirements)
                     or _strong(scores, found, d))
                and not (domain.requires and _PORT_TO_SAFE.search(tokens.text) is not None)]
    # (native code ported into a memory-safe language leaves its memory handling behind: "port
    # this levenshtein from C to Rust line by line")
    if "crypto" not in detected and asks_for_code and (used := _library_crypto(
            tokens, controls, in_requirements)) is not None:
        # encryption or signing done by a named library: the library answers the algorithm,
        # not where the key lives ("encrypt the notes column with Fernet", "add jsonwebtoken
        # signing for the partner API")
        detected.append("crypto")
        scores["crypto"] = lex.threshold
        evidence["crypto"] = used
    if asks_for_code and not testing:
        # data someone outside the code supplies reaching what interprets it or acts on what
        # it names, told without a trigger word ("ping the host the operator types in"); a
        # test exercises such code, it does not build it
        for flow in flows(tokens.text):
            if flow.domain in detected or flow.domain not in lex.domains or any(
                    a <= flow.start < b for a, b in requirements):
                continue
            detected.append(flow.domain)
            scores[flow.domain] = lex.threshold
            evidence[flow.domain] = Evidence(flow.start, flow.end, flow.text)
    if not detected and asks_for_code and any(s.domain == "sources" for s, _, _ in signals):
        # code that reads request data, with nothing else to say what it does with it
        detected.append("untrusted-input")
        start, end = next((a, b) for s, a, b in signals if s.domain == "sources")
        scores["untrusted-input"] = lex.threshold
        evidence["untrusted-input"] = Evidence(start, end, tokens.text[start:end])
    if not detected and asks_for_code:
        for ref in refs:
            for owasp_id in ref.ids:
                domain_id = OWASP_DOMAIN.get(owasp_id)
                if domain_id and domain_id not in detected:
                    detected.append(domain_id)
                    scores[domain_id] = lex.threshold
                    evidence[domain_id] = Evidence(ref.start, ref.end, ref.text)
    first_seen = {d: evidence[d].start if d in evidence else 0 for d in detected}
    detected.sort(key=lambda d: (-scores[d], first_seen[d]))
    shown = defaultdict(set)  # concerns the code signals show
    for signal, _, _ in signals:
        if signal.concern:
            shown[signal.domain].add(signal.concern)
    quiet = in_requirements | covered.keys()  # words of a stated control raise no concern
    # ... nor do words a sense made neutral for the domain ("the session id regenerated after
    # login" names no login form to rate-limit)
    neutral = _neutral_words(tokens, lex, found)
    active = {d: _active(lex, found, d, quiet | neutral.get(d, set()), shown[d])
              for d in detected}
    defaulted = {d for d in detected
                 if not _named_concerns(found, d, quiet | neutral.get(d, set()), shown[d])}
    return Analysis(detected, scores, evidence, active,
                    [c for c in controls if c.domain in active], defaulted,
                    [c for c in ruled_out if c.domain in active], controls)


# Whose partner: "their partner", "his or her partner" is a person's, not a business's feed.
_KIN = frozenset({"their", "his", "her", "my", "your", "life", "spous"})


def _without_kin(tokens: Tokens, found: dict[str, list[Match]]) -> dict[str, list[Match]]:
    """`found` without the data sources that name a person's partner ("nobody draws themselves
    or their partner"): a partner is a source of data only as a business ("the partner feed")."""
    sources = found.get("source", [])
    kept = [m for m in sources if not (
        tokens.stems[m[2]].startswith("partner") and m[2] > 0
        and tokens.stems[m[2] - 1] in _KIN)]
    if len(kept) == len(sources):
        return found
    return {**found, "source": kept}


# What a library is used for that needs a key: encryption, sealing, signing, a MAC.
_KEYED_USE = lazyre.compile(
    r"(?i)\b(?:en|de)crypt\w{0,5}|\bseal(?:s|ed|ing)?\b|\bsealed box\w{0,2}|\bsign(?:s|ed|ing)?\b"
    r"(?![ -]?(?:in|up|out|on|off)\b)|\bsignatures?\b|\bhmac\w{0,8}")


def _library_crypto(tokens: Tokens, controls: list[ControlFound],
                    in_requirements: set[int]) -> Evidence | None:
    """A vetted crypto library named by the request (not in its stated requirements), in a
    prompt that says what it does with a key (encrypts, signs, seals): the evidence, or None."""
    for control in controls:
        if control.domain != "crypto" or control.control != "vetted library":
            continue
        index = bisect.bisect_right(tokens.starts, control.start) - 1
        if index in in_requirements:
            continue
        if _KEYED_USE.search(tokens.text) is not None:
            return Evidence(control.start, control.end, control.text)
    return None


def token_marks(tokens: Tokens, spans: list[tuple[int, int]]) -> set[int]:
    """Indexes of the tokens inside `spans` (sorted spans; tokens are sorted)."""
    out: set[int] = set()
    for start, end in spans:
        index = bisect.bisect_left(tokens.starts, start)
        while index < len(tokens) and tokens.starts[index] < end:
            out.add(index)
            index += 1
    return out


def _controls(tokens: Tokens, lex: Lexicon, found: dict[str, list[Match]]
              ) -> tuple[list[ControlFound], dict[int, frozenset[str]], list[ControlFound]]:
    """Stated controls, the tokens they cover (-> the domains of their longest control), and
    the controls the prompt rules out ("skip the file type check", "certificate verification
    turned off"; not "do not disable TLS verification")."""
    out: list[ControlFound] = []
    refused: list[ControlFound] = []
    owner: dict[int, tuple[int, frozenset[str]]] = {}  # token -> (length, domains)
    seen: set[tuple[str, str, int]] = set()
    ruled_out = _ruled_out(tokens, found)
    for phrase, tag, first, last in found.get("control", []):
        _, domain_id, concern_id, index = tag
        if tokens.flags[first] & CODE:
            continue  # code does what it does; a constraint is stated in words
        if not phrase.negative_form and (negated(tokens, first, lex.constraint_negators)
                                         or last in ruled_out or -1 - first in ruled_out):
            if (last in ruled_out or -1 - first in ruled_out or (
                    _ruling_before(tokens, first) and not _double_negation(
                        tokens, first, lex.constraint_negators))) and len(refused) < 20:
                concern = lex.domains[domain_id].concerns[concern_id]
                refused.append(ControlFound(
                    domain_id, concern_id, concern.controls[index],
                    tokens.text[tokens.starts[first]:tokens.ends[last - 1]],
                    tokens.starts[first], tokens.ends[last - 1]))
            continue
        for i in range(first, last):
            length, domains = owner.get(i, (0, frozenset()))
            if length < last - first:
                owner[i] = (last - first, frozenset({domain_id}))
            elif length == last - first:
                owner[i] = (length, domains | {domain_id})
        key = (domain_id, concern_id, index)
        if key in seen or len(out) > 500:
            continue
        seen.add(key)
        concern = lex.domains[domain_id].concerns[concern_id]
        start, end = tokens.starts[first], tokens.ends[last - 1]
        out.append(ControlFound(domain_id, concern_id, concern.controls[index],
                                tokens.text[start:end], start, end))
    return out, {i: domains for i, (_, domains) in owner.items()}, refused


# Hazards whose being turned off is the control: "default typing disabled", "DTDs off".
_HAZARDS = frozenset({"typing", "entiti", "entity", "dtd", "dtds", "debug", "shell", "eval",
                      "pickle", "redirect", "redirects", "wildcard", "anonymou", "guest",
                      "autoload", "include", "directori", "listing", "introspection", "trace"})
# Negators that turn a control off, not merely mention its absence: "skip the type check",
# "disable certificate verification" (while "return 404 if it is not owned" states a check).
_RULING = frozenset({"skip", "skipping", "disable", "disabling", "ignore", "ignoring", "bypass",
                     "bypassing", "turn", "forget", "bother", "drop", "dropping",
                     "unnecessary", "optional",
                     # "the cookie without HttpOnly", "bitte ohne HttpOnly", "sin CSRF"
                     "without", "ohne", "sin", "sans", "senza", "sem", "zonder", "bez"})


def _ruling_before(tokens: Tokens, first: int) -> bool:
    """A ruling verb as written (not "disabled": "typing disabled and validated") stands up to
    three words before token `first`, in its clause, with no comma between."""
    clause = tokens.clauses[first]
    for j in range(first - 1, max(first - 3, 0) - 1, -1):
        if tokens.clauses[j] != clause or "," in tokens.text[tokens.ends[j]:tokens.starts[j + 1]]:
            return False
        if tokens.text[tokens.starts[j]:tokens.ends[j]].lower() in _RULING:
            return True
    return False


def _double_negation(tokens: Tokens, first: int, negators: frozenset[str]) -> bool:
    """The negator before a control is itself negated: "do not disable TLS verification"."""
    clause = tokens.clauses[first]
    for j in range(first - 1, max(first - 3, 0) - 1, -1):
        if tokens.clauses[j] != clause:
            return False
        if tokens.stems[j] in negators:
            return any(tokens.stems[k] in ("not", "never", "no") and tokens.clauses[k] == clause
                       for k in range(max(j - 2, 0), j))
    return False


def _ruled_out(tokens: Tokens, found: dict[str, list[Match]]) -> set[int]:
    """Where a control is ruled out: a control that ends at an index in the set, up to three
    words (no comma) before a ruling word ("certificate verification turned off for now",
    "parameterized queries are overkill"), or starts at `-1 - index`, up to five words after a
    ruling phrase ("no need to check the content type")."""
    out: set[int] = set()
    for _, _, _, last in found.get("pre_negation", []):
        clause = tokens.clauses[last - 1]
        for ahead in range(last, min(last + 5, len(tokens))):  # "no need to check the type"
            if tokens.clauses[ahead] != clause:
                break
            out.add(-1 - ahead)  # a control starting here is ruled out
            if "," in tokens.text[tokens.ends[ahead]:tokens.starts[ahead + 1]
                                  if ahead + 1 < len(tokens) else len(tokens.text)]:
                break
    in_control = {i for _, _, first, last in found.get("control", []) for i in range(first, last)}
    for _, _, first, _ in found.get("post_negation", []):
        if first in in_control or any(tokens.stems[i] in _HAZARDS
                                      for i in range(max(first - 3, 0), first)):
            continue  # "external entities disabled" is the control itself
        clause = tokens.clauses[first]
        for back in range(0, 4):
            end = first - back
            if end <= 0 or tokens.clauses[end - 1] != clause:
                break
            gap = tokens.text[tokens.ends[end - 1]:tokens.starts[end]]
            if "," in gap or "(" in gap:
                break  # "redirects to https, server_tokens off", "X (deterministic off)": the
                # comma or the parenthesis ends the refusal
            out.add(end)
    return out


def _scores(tokens: Tokens, lex: Lexicon, found: dict[str, list[Match]],
            covered: dict[int, frozenset[str]], in_requirements: set[int],
            signals: list[tuple[CodeSignal, int, int]], testing: bool = False
            ) -> tuple[dict[str, int], dict[str, Evidence]]:
    # UI and naming requests are short; in a long prompt or pasted code the same words
    # ("center", "label", "style") say nothing about the task.
    cosmetic = bool(found.get("cosmetic")) and len(tokens) <= COSMETIC_MAX_WORDS and (
        not found.get("source")  # UI work with data from outside is not cosmetic ...
        or any(p.source.startswith(_NAMING) for p, _, _, _ in found["cosmetic"])
        # ... unless the prompt says no data flows: "in the signup form (list only, no backend)"
        or _NO_DATA_FLOW.search(tokens.text) is not None) and not (
        # ... nor is an endpoint that returns a page's title ("the page title" is its data)
        any(tokens.stems[i] in _SERVER_UNITS and not tokens.flags[i] & (IDENT | CODE)
            for i in range(min(len(tokens), 6))))  # ... renames are
    if cosmetic:
        actions = token_marks(tokens, [m.span() for m in _ACTION_UI.finditer(tokens.text)])
        if actions and all(i in actions for _, _, first, last in found["cosmetic"]
                           for i in range(first, last)):
            cosmetic = False  # ... nor is a button that deletes users
    # an exercise with data from outside, or one that builds part of an application, is a
    # feature in disguise
    pure_stub = _pure_stub(tokens.text)
    exercise = not found.get("source") and not found.get("application") and (
        bool(found.get("exercise")) or (
        _EXERCISE_STUB.search(tokens.text) is not None
        and any(flag & DEFINITION for flag in tokens.flags)) or pure_stub)
    quoted = token_marks(tokens, [m.span(1) for m in _UI_STRING.finditer(tokens.text)]) \
        if cosmetic or testing else set()
    # text quoted as a sample of the data or as a label's value ("ticket ids like
    # 'SEC-1234 SQL injection fix'", "the header 'SSN' should read 'Tax ID'") is data the code
    # handles or shows, not a feature it builds
    sample = token_marks(tokens, [m.span(1) for m in _SAMPLE_STRING.finditer(tokens.text)])
    # "lock-free", "allocation-free", "sugar-free": the compound says *without* the thing
    compound = {i for m in _FREE_COMPOUND.finditer(tokens.text)
                for i in token_marks(tokens, [m.span()])}
    senses: dict[int, list[tuple[frozenset[str], frozenset[str]]]] = defaultdict(list)
    for _, tag, first, _ in found.get("sense", []):
        senses[tokens.clauses[first]].append(lex.senses[tag[3]])
    scores: dict[str, int] = defaultdict(int)
    evidence: dict[str, Evidence] = {}
    seen: set[tuple[str, str]] = set()
    trigger_tokens: dict[str, set[int]] = defaultdict(set)

    def note(domain_id: str, weight: int, start: int, end: int) -> None:
        scores[domain_id] += weight
        best = evidence.get(domain_id)
        if best is None or start < best.start:
            evidence[domain_id] = Evidence(start, end, tokens.text[start:end])

    refusals = {i for phrase, tag, first, last in found.get("control", []) if phrase.negative_form
                for i in range(first, last)}  # "never log passwords" asks for no logging
    used: set[tuple[str, int]] = set()  # (domain, token): a word counts once per domain
    weak: dict[str, int] = defaultdict(int)
    # the heaviest phrase first, and at one place the longest: "GitHub Actions workflow" is
    # one piece of evidence, not "GitHub Actions" and "workflow"
    triggers = sorted(found.get("trigger", []), key=lambda m: (-m[0].weight, m[2], m[2] - m[3]))
    for phrase, tag, first, last in triggers:
        domain_id = tag[1]
        span = range(first, last)
        if all(i in sample for i in span) or any(i in compound for i in span):
            continue
        if (phrase.source, domain_id) in seen or any(
                domain_id not in covered.get(i, (domain_id,)) or i in refusals
                or i in in_requirements
                or (domain_id, i) in used for i in span):
            continue  # words of another domain's control, or of a refusal, ask for nothing
        neutral = senses.get(tokens.clauses[first], ())
        if any((not domains or domain_id in domains) and any(tokens.stems[i] in stems
                                                               for i in span)
               for stems, domains in neutral):
            continue
        weight = phrase.weight
        if cosmetic or exercise or testing:
            weight -= 1  # (a test exercises the feature, it does not build it)
        if exercise and pure_stub and phrase.weight < 3:
            weight -= 1  # data in, data out: the words of its description name no feature
        if (cosmetic or testing) and phrase.weight < 3 and all(i in quoted for i in span):
            weight -= 1  # a UI string in a UI task: "the 'Forgot password?' link" (but an
            # 'impersonate user' button is the feature)
        if all(_incidental(tokens.flags[i], lex.domains[domain_id].requires) for i in span):
            weight -= 1  # a name in prose, or a word in code (the code signals read code)
        if weight <= 0:
            continue
        seen.add((phrase.source, domain_id))
        used.update((domain_id, i) for i in span)
        if weight == 1:
            weak[domain_id] += 1
        trigger_tokens[domain_id].update(span)
        note(domain_id, weight, tokens.starts[first], tokens.ends[last - 1])
    code_sources = False
    signalled: set[str] = set()
    for signal, start, end in signals:
        if signal.domain == "sources":
            code_sources = True
        else:
            signalled.add(signal.domain)
            note(signal.domain, signal.weight, start, end)
    # A control that belongs to one domain only also reveals it ("prepared statement"), by 1;
    # two different ones by 2: a prompt that lists a domain's controls ("http/https only, block
    # private and metadata IPs") is about that domain whatever it calls the feature.
    revealed: dict[str, set[str]] = defaultdict(set)
    revealing: dict[str, list[tuple[int, int]]] = defaultdict(list)
    resilient = _RESILIENCE.search(tokens.text) is not None
    for phrase, tag, first, last in found.get("control", []):
        domain_id = tag[1]
        if resilient and _ATTEMPTS.search(tokens.span_text(first, last)):
            continue  # "retry with back-off, max 5 tries" limits a client's retries, not the
            # guesses at a login
        concern = lex.domains[domain_id].concerns[tag[2]]
        title = concern.controls[tag[3]] if 0 <= tag[3] < len(concern.controls) else phrase.source
        if lex.control_domains.get(phrase.source) == domain_id and last - first >= 2 and \
                domain_id in covered.get(first, ()) and first not in in_requirements and \
                len(revealed[domain_id]) < 2 and title not in revealed[domain_id] and \
                not any(first < e and s_ < last for s_, e in revealing[domain_id]) and \
                not negated(tokens, first, lex.constraint_negators):
            revealed[domain_id].add(title)  # two controls in two places ("lasts four" once)
            revealing[domain_id].append((first, last))
            scores[domain_id] += 1
            evidence.setdefault(domain_id, Evidence(tokens.starts[first], tokens.ends[last - 1],
                                                    tokens.span_text(first, last)))
    sources = [(first, last) for _, _, first, last in found.get("source", [])
               if first not in covered and first not in in_requirements
               and not all(i in sample for i in range(first, last))
               and not (tokens.flags[first] & CODE and _in_string(tokens.text,
                                                                   tokens.starts[first]))]
    # (a source phrase inside a string of code is the string's text: "ORDER BY name")
    for domain_id in lex.capped:
        # generic sink words ("query", "html", "template") say little without data from
        # outside: without a source or a strong trigger they add up to 1 at most
        if not sources and not code_sources and weak[domain_id] > 1 and \
                scores[domain_id] == weak[domain_id]:
            scores[domain_id] = 1
    in_source = {i for _, _, first, last in found.get("source", []) for i in range(first, last)}
    for domain_id in list(scores):
        # a source boosts a domain that shows elsewhere too: "the URL" alone is no request
        if lex.domains[domain_id].source_boost and (
                (code_sources and (trigger_tokens[domain_id] or domain_id in signalled))
                or (sources and any(i not in in_source for i in trigger_tokens[domain_id]))):
            scores[domain_id] += 1
    return scores, evidence


# Quoted text given as a sample or as a label's value: after "e.g.", "like", "such as", "for
# example", or "reads", "should read", "labelled", "titled", "header", "caption".
_SAMPLE_STRING = lazyre.compile(
    r"""(?i)(?:\be\.g\.|\bi\.e\.|\bfor (?:example|instance)|\bsuch as|\blike|\b(?:should |to |must |now )?"""
    r"""(?:read|reads|say|says)|\blabell?ed|\btitled|\bcaptioned|\bheader|\bheading|\bcaption"""
    r"""|\bplaceholder)[,:]?[ \t]{0,3}\(?[ \t]{0,3}['"\u2018\u201c]([^'"\u2019\u201d\n]{2,120})['"\u2019\u201d]""")
# A hyphenated compound on "free": "lock-free", "allocation-free" (its word is absent).
_FREE_COMPOUND = lazyre.compile(r"(?i)\b[a-z]{2,20}-free\b")
# The prompt says that no data flows: a static list, UI only, no backend.
_NO_DATA_FLOW = lazyre.compile(
    r"(?i)\b(?:no backend|no back-end|no server[- ]side|static list|list only|ui only|frontend only"
    r"|front[- ]end only|markup only|no api calls?|no data (?:is )?(?:sent|stored|saved))\b")
def _in_string(text: str, position: int) -> bool:
    """`position` stands inside a quoted string of its line (an odd number of one kind of
    quote before it on the line)."""
    line = text[text.rfind("\n", 0, position) + 1:position]
    if len(line) > 400:
        return False
    return any(line.count(quote) % 2 == 1 for quote in "'\"`")


def _incidental(flags: int, native: bool) -> bool:
    """A name in prose (`last_login_at`), or a word on a line of code other than a function or
    class definition (whose names say what the code is for). In native code (the memory
    domain, which needs a C/C++ context) the code's own words are what the domain is about."""
    if flags & CODE:
        return not (flags & DEFINITION or native)
    return bool(flags & IDENT)


def _present(tokens: Tokens, found: dict[str, list[Match]], domain_id: str,
             in_requirements: set[int]) -> bool:
    """The domain's `requires` context (native code for memory) is in the request; its weak
    cues ("char", "an index") count only where no memory-safe language shows."""
    def cues(kind: str) -> bool:
        return any(tag[1] == domain_id and first not in in_requirements
                   and not (kind == "requires_weak" and _counted(tokens, first))
                   for _, tag, first, _ in found.get(kind, []))
    # ... nor in a web application (an endpoint, an API): "inputs longer than 200 chars
    # rejected" is a length limit there, not a C string
    return cues("requires") or (cues("requires_weak") and not _managed(tokens, found)
                                and not any(not tokens.flags[first] & (IDENT | CODE)
                                            and tokens.stems[first] in _WEB
                                            for _, _, first, _ in found.get("application", [])))


# A request that opens with one of these asks for server code, never for UI work.
_SERVER_UNITS = frozenset({"endpoint", "api", "route", "handler", "webhook", "microservic",
                           "servic", "lambda", "backend", "server"})
# Words of a web application (an endpoint, an API): its "200 chars" are a length limit.
_WEB = frozenset({"endpoint", "route", "api", "web", "http", "https", "websit", "webapp", "site",
                  "flask", "django", "fastapi", "laravel", "express", "spring", "rail"})


# A port, a translation or a rewrite into a memory-safe language.
_PORT_TO_SAFE = lazyre.compile(
    r"(?i)\b(?:port|translate|convert|rewrite|migrate|transpile)\w{0,4}\b[^\n]{0,80}?\b(?:to|into)"
    r"[ \t]++(?:safe[ \t]++|idiomatic[ \t]++)?(?:rust|python|java|kotlin|go|golang|typescript"
    r"|javascript|c#|swift|scala|ruby|haskell|elixir)\b")


def _counted(tokens: Tokens, index: int) -> bool:
    """The word at `index` follows a number: "under 8 chars", "12+ characters" is a length,
    not a C char."""
    return (index > 0 and not tokens.flags[index] & CODE and tokens.stems[index - 1].isdigit()
            and tokens.clauses[index - 1] == tokens.clauses[index])


# A Python signature with type annotations ("`password_strength(pw: str) -> str`"), in prose
# or in code: a memory-safe language.
_ANNOTATED = re.compile(r"\b\w{1,60}\(\s{0,3}\w{1,30}\s{0,3}:\s{0,3}(?:str|int|float|bool|bytes"
                        r"|list|dict|set|tuple|Optional|List|Dict)\b[^()\n]{0,200}\)\s{0,3}->")


def _managed(tokens: Tokens, found: dict[str, list[Match]]) -> bool:
    """A memory-safe language shows (named in prose, or its code) and no C declaration does."""
    return (any(not tokens.flags[first] & (IDENT | CODE)
                for _, _, first, _ in found.get("managed", []))
            or _MANAGED_CODE.search(tokens.text) is not None
            or _ANNOTATED.search(tokens.text) is not None) \
        and _NATIVE_CODE.search(tokens.text) is None


def _strong(scores: dict[str, int], found: dict[str, list[Match]], domain_id: str) -> bool:
    return any(tag[1] == domain_id and phrase.weight >= 2
               for phrase, tag, _, _ in found.get("trigger", [])) and scores[domain_id] >= 2


def _named_concerns(found: dict[str, list[Match]], domain_id: str, quiet: set[int],
                    shown: set[str]) -> bool:
    """Does anything in the prompt (a `when` phrase, a code signal) name a concern?"""
    return bool(shown) or any(tag[1] == domain_id and any(i not in quiet for i in range(f, la))
                              for _, tag, f, la in found.get("when", []))


def _neutral_words(tokens: Tokens, lex: Lexicon, found: dict[str, list[Match]]
                   ) -> dict[str, set[int]]:
    """Per domain, the tokens whose security sense a `[context] senses` entry takes away in
    their clause (the words of the entry, in a clause that holds one of its contexts)."""
    out: dict[str, set[int]] = defaultdict(set)
    entries: dict[int, set[int]] = defaultdict(set)  # clause -> the senses found in it
    for _, tag, first, _ in found.get("sense", []):
        entries[tokens.clauses[first]].add(tag[3])
    # one walk per clause, not one per sense found: a clause of a megabyte holds many
    for clause, senses in entries.items():
        wanted = frozenset().union(*(lex.senses[k][0] for k in senses))
        at: dict[str, set[int]] = defaultdict(set)
        for i in tokens.clause_range(clause):
            if tokens.stems[i] in wanted:
                at[tokens.stems[i]].add(i)
        for k in senses:
            stems, domains = lex.senses[k]
            words = set().union(*(at[s] for s in stems if s in at))
            for domain_id in domains or lex.domains:
                out[domain_id] |= words
    return out


def _active(lex: Lexicon, found: dict[str, list[Match]], domain_id: str,
            quiet: set[int], shown: set[str]) -> list[str]:
    domain = lex.domains[domain_id]
    blocked = {tag[2] for _, tag, _, _ in found.get("unless", []) if tag[1] == domain_id}
    active = {tag[2] for _, tag, first, last in found.get("when", [])
              if tag[1] == domain_id and tag[2] not in blocked
              and any(i not in quiet for i in range(first, last))}
    active |= shown
    ordered = [c for c in domain.concerns if c in active]
    return ordered or list(domain.defaults)


def _code_signals(tokens: Tokens, lex: Lexicon, covered: dict[int, frozenset[str]],
                  in_requirements: set[int]) -> Iterator[tuple[CodeSignal, int, int]]:
    """(signal, start, end) for each code signal of the lexicon that shows outside
    the stated constraints ("use `secrets.token_urlsafe`" is a constraint, not a signal)."""
    text = tokens.text
    if not _CODEISH.search(text):
        return
    constant_sql = _SQL_LITERAL.search(text) is not None and _DYNAMIC_QUERY.search(text) is None
    for signal in lex.code_signals:
        if signal.prefilter.search(text) is None:
            continue
        if constant_sql and signal.domain == "untrusted-input" and signal.concern == "sql":
            continue  # the queries shown are constants: nothing from outside reaches them
        for match in signal.pattern.finditer(text):
            index = bisect.bisect_right(tokens.starts, match.start()) - 1
            if index >= 0 and match.start() < tokens.ends[index] and (
                    index in covered or index in in_requirements):
                continue
            yield signal, match.start(), match.end()
            break
