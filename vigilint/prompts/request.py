"""What a prompt asks for: the action of each clause and whether code is requested at all.

Each prose clause is read from its first content word, after politeness and an address to
the assistant ("please", "can you", "Claude,", "TODO:"):
- `explain`: explain, describe, what, why, how does ... work, compare, should I, ...;
- `review`: review, audit, is this secure, what's wrong with, find the bugs in, ...;
- `docs`: a produce verb whose object is prose (a docstring, the README, a commit message),
  a documenting verb (document, annotate), or a translation into a natural language;
- `produce`: a verb that asks for code (write, implement, add, fix, port, return, ...);
- `none`: anything else continues the clause before it.

Lines of code give no instructions. A prompt asks for code when a clause produces, or when its
first prose clause is a plain request without a verb ("login endpoint for flask pls"), or when
it is only code (a completion prefix) - unless it says so ("no code, just the trade-offs").
Explanations, reviews and docs are never blocked and need no constraints.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from vigilint.prompts.lexicon import Lexicon, Match
from vigilint.prompts.text import CODE, Tokens, negated

ClauseKind = Literal["produce", "explain", "review", "docs", "none", "code"]
RequestKind = Literal["produce", "explain", "review", "docs"]
_REQUEST_KINDS: dict[str, RequestKind] = {"explain": "explain", "review": "review",
                                          "docs": "docs"}
_OBJECT_WINDOW = 6
# A docs noun followed by one of these is a feature, not prose ("a comment section").
_FEATURE_NOUNS = frozenset({"section", "box", "form", "field", "system", "featur", "api",
                            "endpoint", "page", "thread", "widget", "button", "modul", "servic",
                            "tabl", "column", "model", "list", "feed", "sender", "templat",
                            "queue", "handler", "route", "view", "store", "databas"})
_FEATURE_PREFIXES = frozenset(n[:5] for n in _FEATURE_NOUNS)
# Verbs that can write prose ("write a docstring", "update the changelog").
_DOCS_VERBS = frozenset({"writ", "write", "add", "generat", "updat", "creat", "improv", "fix",
                         "draft", "prepar", "produc", "make", "rewrit", "expand", "edit", "give",
                         "convert", "reformat", "format", "turn", "sort", "reorder", "shorten",
                         "merg", "merge", "restructur"})
# "turn this list of ... into a Markdown table": the prose object after "into" or "as".
_INTO = frozenset({"into", "as"})
_ARTICLES = frozenset({"a", "an", "the", "one"})
_USER_CONTENT = frozenset({"user", "visitor", "customer", "submit", "post", "blog", "markdown",
                           "reader", "member", "guest", "public"})
# After "document", these make it a noun ("Document upload to S3", "document storage").
_DOCUMENT_AS_NOUN = frozenset({"upload", "uploads", "storag", "store", "management", "manag",
                               "viewer", "editor", "sign", "signing", "scanner", "scan",
                               "servic", "search", "shar", "share", "sharing", "process",
                               "parser", "generat", "approval", "workflow", "vault",
                               "conversion", "convert", "preview", "download", "export",
                               "import", "version", "versioning", "templat", "id", "ids", "generation",
                               "archiv", "retention", "access", "permission", "owner",
                               "link", "links", "model", "tabl", "api", "endpoint"})
# After "audit", these make it a noun: "audit logging for the HR app" asks for logging code.
_AUDIT_AS_NOUN = frozenset({"log", "logs", "logging", "logger", "trail", "event", "record",
                            "tabl", "entri", "histori", "sink", "pipelin", "servic", "modul"})
# A test as the request's object, up to four words in and before any "and": the test word not
# followed by a noun it qualifies ("a test server", "test users", "a test harness").
_TEST_OBJECT = re.compile(
    r"(?i)^[^\w'’-]*+(?:(?!(?:and|und|et|y|e|then|also|plus)\b)\w+(?:['’-]\w+)*+"
    r"[^\w'’-]+){0,4}?"
    r"(?:tests?|specs?|test ?cases?|testfälle|testfall|pruebas?|testes?)\b"
    r"(?![ \t]+(?:server|servers|environment|env|endpoint|endpoints|account|accounts|user|users"
    r"|data|database|db|api|key|keys|mode|instance|bucket|site|page|app|harness|double|doubles"
    r"|payment|payments|card|cards|credential|credentials|token|tokens|tenant|login|password"
    r"|connection|connections|button|buttons|email|emails|mail|message|messages|send|webhook|url)\b)")
# A second thing built next to a test, coordinated in the same clause.
_ALSO_BUILDS = re.compile(
    r"(?i)\b(?:and|then|also|plus|as well as|together with)\s+(?:also\s+|then\s+)?"
    r"(?:implement|build|write|create|add|make|code|develop|ship)\w{0,3}\b(?!\s+(?:a |an |the )?"
    r"(?:tests?|specs?|fixtures?|mocks?|assertions?|test cases?)\b)")
# Verbs that change how code or a screen is arranged, named, placed or shown, never what it does.
_FORM_VERB = re.compile(
    r"(?i)sort|re-?order|group|alphabeti[sz]e|rename|move|relocate|re-?style|style|re-?format"
    r"|format|indent|prettify|re-?colou?r|cent(?:er|re)|align|animate|re-?arrange|arrange"
    r"|capitali[sz]e|pluralise|pluralize|re-?word|reword|spell-?check|proof-?read")
# What "make ..." turns the object into, when that is its form only.
_FORM_RESULT = re.compile(
    r"(?i)\b(?:responsive|bigger|smaller|wider|narrower|taller|shorter|prettier|consistent"
    r"|accessible|monospace|bold|italic|centred|centered|right-aligned|left-aligned|sticky"
    r"|scrollable|collapsible|dark|darker|lighter|rounded|readable on|fit (?:on|in)|look like"
    r"|match (?:the|our) (?:design|mock|brand|style))\b")
# A further verb that makes the request build behaviour after all.
_BEHAVIOUR = re.compile(
    r"(?i)\b(?:and|then|also|plus|,)\s+(?:also\s+)?(?:add|implement|build|create|store|save|send"
    r"|log|check|verify|validate|fetch|call|run|execute|delete|remove|encrypt|decrypt|hash|sign"
    r"|authenticate|authori[sz]e|upload|download|query|insert|write (?:a|an|the) (?!test)"
    r"|update (?!(?:the |all |its |their )?(?:imports?|references?|call ?sites?|callers|tests?|paths?)\b))")
# After a produce verb's object, these introduce what it is built from or for, not its object.
_SPEC_PREPOSITIONS = frozenset({"for", "from", "per", "matching", "match", "follow", "describ",
                                "according", "behind", "implementing"})
_MAX_CLAUSES = 400  # clauses read for the request (the rest of a huge prompt is content)


@dataclass
class Request:
    kind: RequestKind
    action: str  # the word that says what is asked, as written ("" when there is none)
    object: str  # what the action applies to, as written (clipped)
    asks_for_code: bool
    clause_kinds: dict[int, ClauseKind] = field(default_factory=dict)
    start: int = 0  # offsets of the action clause
    end: int = 0

    def tests_only(self) -> bool:
        """The request writes (or moves) tests and nothing else: its object is a test within its
        first words ("write a playwright test asserting the login page shows ...", "cypress
        test: the signup page shows an error", "ajoute un test qui vérifie ...", "move the
        password reset tests into their own file"), and no other clause produces. A test
        exercises code that exists; it builds no login, no upload, no query."""
        if sum(kind == "produce" for kind in self.clause_kinds.values()) > 1:
            return False
        asked = f"{self.action} {self.object}"
        # "write the tests and also implement the endpoint they exercise": a test and the code
        return _TEST_OBJECT.search(asked) is not None and _ALSO_BUILDS.search(asked) is None

    def form_only(self, text: str) -> bool:
        """The request changes only the form of something that exists: how it is arranged,
        named, placed or shown ("sort the firewall rules alphabetically", "move the
        `hash_password` helper into auth/", "make the encryption settings page responsive",
        "restyle the two-factor form"), in one clause that produces, and says nothing of what
        the code does. The security words of its object are the subject of that change, not a
        feature it builds."""
        if sum(kind == "produce" for kind in self.clause_kinds.values()) != 1:
            return False
        action = self.action.lower()
        asked = f"{action} {self.object}"
        if _FORM_VERB.fullmatch(action) is None and not (
                action in ("make", "turn", "get") and _FORM_RESULT.search(self.object)):
            return False
        # nothing in the prompt adds behaviour: no second verb of building after an "and"
        return _BEHAVIOUR.search(text) is None and _BEHAVIOUR.search(asked) is None

    def produces(self, clause: int) -> bool:
        """True when `clause` belongs to a request for code (a produce clause, or a
        continuation of one, or code in a prompt that asks for code)."""
        if not self.asks_for_code:
            return False
        kind = self.clause_kinds.get(clause, "none")
        if kind in ("produce", "code"):
            return True
        if kind != "none":
            return False
        for previous in range(clause - 1, max(clause - 6, -1), -1):
            earlier = self.clause_kinds.get(previous, "none")
            if earlier != "none":
                return earlier in ("produce", "code")
        return True


def parse_request(tokens: Tokens, lex: Lexicon, found: dict[str, list[Match]]) -> Request:
    starts_at: dict[int, set[str]] = {}
    for name in ("explain", "review", "docs_verb", "produce"):
        for _, _, first, _ in found.get(name, []):
            starts_at.setdefault(first, set()).add(name)
    docs_at: dict[int, int] = {}  # first token of a prose noun -> the token after it
    for _, _, first, last in found.get("docs", []):
        docs_at[first] = max(docs_at.get(first, last), last)
    natlang_clauses = {tokens.clauses[first] for _, _, first, _ in found.get("natlang", [])}
    no_code = any(not tokens.flags[first] & CODE for _, _, first, _ in found.get("no_code", [])
                  ) or (not found.get("produce") and _brief_answer(tokens))

    kinds: dict[int, ClauseKind] = {}
    first_prose: int | None = None
    docs_verb = False
    stated: int | None = None  # a first clause that states something rather than asks
    main: tuple[int, int] | None = None  # (clause, token index of the action)
    code_verb = False  # a clause opens with a verb that asks for code ("write", "implement")
    for clause in range(min(len(tokens.clause_starts), _MAX_CLAUSES)):
        span = tokens.clause_range(clause)
        if not len(span):
            continue
        if tokens.flags[span.start] & CODE:
            kinds[clause] = "code"
            continue
        at = _content_start(tokens, lex, span)
        if at >= span.stop:
            continue  # only an address or politeness ("prompt:", "Claude,")
        if first_prose is None and _presents(tokens, at, span):
            # "here's the PR diff, comment on ...": it hands over what the request after it
            # (in this clause or the next) asks about
            later = next((i for i in range(at + 2, span.stop) if i in starts_at and (
                starts_at[i] & {"review", "explain"} or _after_break(tokens, i))), None)
            if later is not None:
                at = later
            elif span.stop < len(tokens):
                kinds[clause] = "none"
                continue
        kind = _kind_at(tokens, at, span, starts_at, docs_at, clause in natlang_clauses)
        if first_prose is None and kind in ("none", "produce") and _review_heading(tokens, at, span):
            kind = "review"  # "PR review: they switched ... Is that a downgrade?"
        if _verb_last(tokens, span):
            # Japanese and Korean put the verb last: "RSAの…違いを説明してください" explains
            for index in range(span.stop - 1, at, -1):
                if index in starts_at:
                    kind = _kind_at(tokens, index, span, starts_at, docs_at,
                                    clause in natlang_clauses)
                    at = index
                    break
        if kind == "produce" and first_prose is not None and (
                _refusal(tokens, at, span) or _narrative(tokens, at, span)):
            # "don't rewrite it, just list them", "we encrypt the backups with age": what the
            # clause before asks for goes on
            kind = "none"
        if kind in ("produce", "none") and (_question(tokens, span) or (
                at > span.start and not _polite(tokens, span, at)
                and _question(tokens, range(at, span.stop)))):
            # "Claude, how do path traversal attacks work."
            kind = "explain"
        if kind == "produce" and first_prose is not None and kinds.get(first_prose) == "docs" \
                and docs_verb and _introduces(tokens, first_prose):
            kind = "none"  # "Convert this README section to rst:\n\n## JWT\nSet ...": the
            # text to convert, not an instruction
        if kind == "produce" and first_prose is not None and \
                kinds.get(first_prose) == "explain" and _elaborates(tokens, at, span):
            kind = "explain"  # "Why is X? Include the historical attacks": more of the answer
        if kind != "none" and _quoted(tokens, at):
            kind = "none"  # quoted text is data: "update the changelog: 'Fixed ...'"
        if first_prose is None:
            first_prose = clause
            docs_verb = kind == "docs"  # "Write release notes for v2.3: ..." (not "Changelog:")
            noun = next((i for i in (at, at + 1) if i in docs_at and i < span.stop), None)
            if kind in ("none", "produce") and noun is not None and not (
                    docs_at[noun] < span.stop
                    and tokens.stems[docs_at[noun]][:5] in _FEATURE_PREFIXES) and (
                    noun == at or kind == "none"):
                kind = "docs"  # a verbless request for prose: "changelog entry: ...", "mermaid
                # sequence diagram from this text"
            elif kind == "none":
                kind = "produce"
                if tokens.stems[span.start] in _OPENERS and (_reports(tokens, span) or any(
                        _quoted(tokens, i) for i in span)):
                    stated = clause  # "Our pentest report says ...": a statement, unless
                    # nothing else in the prompt asks for anything
        kinds[clause] = kind
        code_verb = code_verb or (kind == "produce" and tokens.stems[at] in _CODE_VERBS)
        if main is None and kind != "none":
            main = (clause, at)
    if stated is not None and any(k in ("explain", "review", "docs") for c, k in kinds.items()
                                  if c != stated) and not any(
            k == "produce" for c, k in kinds.items() if c != stated) and not any(
            tokens.stems[i] in _CODE_VERBS and not tokens.flags[i] & CODE
            and _as_verb(tokens, i) and not negated(tokens, i, lex.build_negators, 2)
            for i in range(tokens.clause_range(stated).stop, len(tokens))):
        kinds[stated] = "none"  # the statement sets up the question that follows
        if main is not None and main[0] == stated:
            main = next(((c, _content_start(tokens, lex, tokens.clause_range(c)))
                         for c, k in sorted(kinds.items()) if k != "none" and k != "code"), None)
    asked = [c for c, k in sorted(kinds.items()) if k == "produce"]
    if len(asked) == 1 and asked[0] == first_prose and _ends_question(
            tokens, tokens.clause_range(asked[0])) and any(
            k == "explain" for k in kinds.values()):
        kinds[asked[0]] = "explain"  # "Add a salt to our bcrypt hashes? Explain whether ...":
        # an imperative asked as a question, answered by the explanation that follows
        if main is not None and main[0] == asked[0]:
            main = (asked[0], main[1])
    produce = any(k == "produce" for k in kinds.values())
    if found.get("in_words") and not code_verb and any(
            not tokens.flags[first] & CODE for _, _, first, _ in found["in_words"]):
        no_code = True  # "Argon2id or scrypt here? just the reasoning", "SSRF in two sentences?"
    asks = not no_code and (produce or first_prose is None)
    if main is None:
        return Request("produce", "", "", asks, kinds)
    clause, at = main
    main_kind = _REQUEST_KINDS.get(kinds[clause], "produce")
    span = tokens.clause_range(clause)
    action = tokens.text[tokens.starts[at]:tokens.ends[at]] if at < span.stop else ""
    obj = tokens.span_text(at + 1, span.stop) if at + 1 < span.stop else ""
    return Request(main_kind, action, _clip(obj), asks, kinds,
                   tokens.starts[span.start], tokens.ends[span.stop - 1])


# A clause that is only "just an overview" / "only a short explanation" (in any language the
# glossary reads), in a prompt with no verb that asks for code, says what answer is wanted: no
# code ("How do the 2021 and 2025 lists differ? Just an overview.").
_BRIEF_ANSWER = frozenset({"overview", "explanation", "summari", "summary", "outlin"})
_BRIEF_FILLER = frozenset({"onli", "only", "just", "a", "an", "short", "brief", "quick", "pleas",
                           "pl", "thank", "thx", "the", "high", "level", "suffic", "suffices", "enough",
                           "is", "will", "be", "fine", "sufficient", "court", "courte", "kurz",
                           "kurzer", "kurze", "breve", "rapide", "rapid", "corto", "corta"})


def _brief_answer(tokens: Tokens) -> bool:
    for clause in range(min(len(tokens.clause_starts), _MAX_CLAUSES)):
        span = tokens.clause_range(clause)
        stems = [tokens.stems[i] for i in span]
        if 2 <= len(stems) <= 6 and (stems[0] in ("onli", "only", "just") or any(
                s in ("suffic", "suffices", "enough") for s in stems)) and any(
                s in _BRIEF_ANSWER for s in stems) and all(
                s in _BRIEF_ANSWER or s in _BRIEF_FILLER for s in stems) and not any(
                tokens.flags[i] & CODE for i in span):
            return True
    return False


# A question asks for code only with a verb that asks for it, or as a how-to ("how do I ...").
_INTERROGATIVES = frozenset({"how", "what", "whats", "why", "is", "are", "doe", "does", "do",
                             "can", "could", "should", "which", "when", "where", "who", "will",
                             "would", "isn"})
_CODE_VERBS = frozenset({"writ", "write", "implement", "creat", "build", "generat", "code", "make",
                         "give", "show", "add", "fix", "port", "convert", "refactor", "complet",
                         "finish", "continu", "translat", "rewrit", "design", "develop", "program"})
_HOW_TO = frozenset({"i", "we", "to", "you", "one"})
# A question may open with its condition: "If we ..., what ...?", "Assuming ..., is ...?"
_CONDITIONS = frozenset({"if", "assum", "assuming", "suppos", "given", "sinc", "since", "when",
                         "once", "in"})


# Kana and Hangul: a clause in Japanese or Korean (verb-final languages; Chinese is not).
_VERB_FINAL = re.compile("[\u3040-\u30ff\uac00-\ud7af]")


def _verb_last(tokens: Tokens, span: range) -> bool:
    start, end = tokens.starts[span.start], tokens.ends[span.stop - 1]
    return not tokens.text[start:end].isascii() and \
        _VERB_FINAL.search(tokens.text, start, end) is not None


def _question(tokens: Tokens, span: range) -> bool:
    """A clause that asks something without asking for code: "How do salts protect stored
    hashes?", "Is ECB really that bad?". A how-to ("how do I hash passwords in Node?") or a
    question with a code verb ("can you write ...?") asks for code."""
    first = tokens.stems[span.start]
    if first in _CONDITIONS and _ends_question(tokens, span) and any(
            tokens.stems[i] in ("what", "how", "which", "why", "whats", "do", "doe", "is",
                                "are", "should") for i in span if i > span.start + 2):
        first = next(tokens.stems[i] for i in span if i > span.start + 2 and tokens.stems[i] in (
            "what", "how", "which", "why", "whats", "do", "doe", "is", "are", "should"))
        # "If we use Stripe Elements ..., what does PCI DSS still require?"
    if first not in _INTERROGATIVES:
        return False
    stems = [tokens.stems[i] for i in span]
    if any(s in _CODE_VERBS for s in stems):
        return False
    if first in ("can", "could", "would", "will") and stems[1:2] == ["you"]:
        return False  # "would you add ...?" is a polite request
    if first == "how" and (any(s in _HOW_TO for s in stems[1:4])):
        return False
    end = tokens.ends[span.stop - 1]
    tail = tokens.text[end:end + 3]
    return "?" in tail or first in ("how", "what", "whats", "why", "which")


def _polite(tokens: Tokens, span: range, at: int) -> bool:
    """A polite request before the action: "Could you do RC4 in Lua?" asks for the "do"."""
    before = [tokens.stems[i] for i in range(span.start, at)]
    return before[:1] in (["can"], ["could"], ["would"], ["will"]) and before[1:2] == ["you"]


def _ends_question(tokens: Tokens, span: range) -> bool:
    end = tokens.ends[span.stop - 1]
    return "?" in tokens.text[end:end + 3]


_SUBJECTS = frozenset({"we", "i", "they", "it", "our", "my", "he", "she", "everyone"})
_MODALS = frozenset({"need", "want", "like", "d", "should", "must", "have", "to", "ll", "will",
                     "would", "can", "could", "please", "let", "lets"})


# Verbs of reported speech: a clause built on one tells what someone found or said.
_REPORTING = frozenset({"say", "said", "flag", "report", "found", "got", "mention", "claim",
                        "show", "warn", "complain", "rais", "list", "point"})


_OPENERS = _SUBJECTS | {"the", "this", "a", "an", "their", "your"}


# Before a verb: "... and fix it", "please write", "can you make", "to show".
_BEFORE_VERB = frozenset({"to", "and", "then", "also", "pleas", "please", "just", "can", "could",
                          "would", "you", "now", "i", "we", "need", "want", "let", "s"})


def _as_verb(tokens: Tokens, index: int) -> bool:
    """The word at `index` stands where a verb does: first in its clause, or after a word that
    comes before verbs ("the one-time codes" is a noun; "no fix yet" refuses one)."""
    return (index == tokens.clause_starts[tokens.clauses[index]]
            or tokens.stems[index - 1] in _BEFORE_VERB)


def _reports(tokens: Tokens, span: range) -> bool:
    return any(tokens.stems[i] in _REPORTING for i in span)


# After a question or an explanation, a clause on these verbs asks for more of the answer
# ("Include the historical attacks", "give two examples", "mention the CVEs") unless its object
# is code ("include a Python snippet").
_ELABORATING = frozenset({"includ", "include", "cover", "mention", "list", "give", "add",
                          "provid", "keep", "focu", "focus", "cite", "name", "note", "point",
                          "show", "illustr", "compar", "contrast", "us", "use"})
_CODE_OBJECTS = frozenset({"code", "snippet", "function", "script", "implement",
                           "implementation", "program", "class", "method", "endpoint", "modul",
                           "librari", "python", "java", "javascript", "js", "typescript", "go",
                           "golang", "rust", "c", "c++", "php", "rubi", "ruby", "kotlin", "swift",
                           "sql", "bash", "shell", "pseudocod", "pseudocode", "test", "demo",
                           "poc", "exploit", "payload", "cli", "tool", "app"})


def _introduces(tokens: Tokens, clause: int) -> bool:
    """The clause ends with a colon: what follows is its material ("release notes for v2.3: we
    now hash API keys ...")."""
    span = tokens.clause_range(clause)
    end = tokens.ends[span.stop - 1]
    return tokens.text[end:end + 1] == ":"


def _elaborates(tokens: Tokens, at: int, span: range) -> bool:
    return tokens.stems[at] in _ELABORATING and not any(
        tokens.stems[i] in _CODE_OBJECTS or tokens.flags[i] & CODE for i in span)


def _refusal(tokens: Tokens, at: int, span: range) -> bool:
    """The clause refuses code: "don't rewrite it", "do not change anything"."""
    return (tokens.stems[at] == "do" and at + 1 < span.stop and tokens.stems[at + 1] == "not") \
        or tokens.stems[at] in ("never", "not")


def _narrative(tokens: Tokens, at: int, span: range) -> bool:
    """The clause tells what is, not what to do: a subject and a verb with no modal before
    it ("we encrypt the backups with age", "I store the tokens in Redis")."""
    before = [tokens.stems[i] for i in range(span.start, at)]
    while before and before[-1] in _NARRATIVE_ADVERBS:
        before.pop()  # "we now hash the keys", "they already store ..."
    return bool(before) and before[-1] in _SUBJECTS and not any(s in _MODALS for s in before)


_NARRATIVE_ADVERBS = frozenset({"now", "currentli", "alreadi", "still", "alwai", "recentli",
                                "meanwhil", "todai", "today", "actualli", "basicalli"})


def _quoted(tokens: Tokens, at: int) -> bool:
    start = tokens.starts[at]
    before = tokens.text[max(0, start - 3):start].strip()
    if before[-1:] in ("'", "’") and start >= 2 and tokens.text[start - 1] == before[-1] \
            and tokens.text[start - 2].isalpha():
        return False  # an elision, not a quote: "m'expliquer", "l'endpoint"
    return before[-1:] in ("'", '"', "‘", "“", "`")


# A clause that hands over material rather than asking: "here's the diff", "here is our
# config", "below is the function", "attached is the log".
_PRESENTING = frozenset({"here", "below", "attach", "attached", "enclos", "enclosed"})
_PRESENTING_VERBS = frozenset({"s", "is", "are", "come", "goe", "go", "the", "our", "my", "a"})


def _presents(tokens: Tokens, at: int, span: range) -> bool:
    return (tokens.stems[at] in _PRESENTING and at + 1 < span.stop
            and tokens.stems[at + 1] in _PRESENTING_VERBS and not tokens.flags[at] & CODE
            and not any(tokens.stems[i] in _CODE_VERBS for i in range(at + 1, span.stop)))


def _after_break(tokens: Tokens, index: int) -> bool:
    """A comma, a dash or a colon stands right before the token at `index`."""
    gap = tokens.text[tokens.ends[index - 1]:tokens.starts[index]]
    return any(mark in gap for mark in ",:-\u2013\u2014")


# A heading that names the task as a review: "PR review:", "Security review -", "Code audit".
_REVIEW_NOUNS = frozenset({"review", "audit", "critiqu", "feedback", "assess", "assessment"})


def _review_heading(tokens: Tokens, at: int, span: range) -> bool:
    return (span.stop - at <= 3 and tokens.stems[span.stop - 1] in _REVIEW_NOUNS
            and not any(tokens.stems[i] in _CODE_VERBS and tokens.stems[i] != "code"
                        for i in range(at, span.stop))
            and not any(tokens.flags[i] & CODE for i in range(at, span.stop)))


def _content_start(tokens: Tokens, lex: Lexicon, span: range) -> int:
    for index in span:
        if tokens.stems[index] not in lex.skip:
            return index
    return span.stop


def _kind_at(tokens: Tokens, at: int, span: range, starts_at: dict[int, set[str]],
             docs_at: dict[int, int], natural_language: bool) -> ClauseKind:
    if at >= span.stop:
        return "none"
    if _HTTP_ROUTE.match(tokens.text, tokens.starts[at]):
        return "none"  # "POST /login", "DELETE /users/:id": a route, not a verb
    here = starts_at.get(at, set())
    if tokens.stems[at] in _LIGHT_VERBS and any(
            "review" in starts_at.get(index, ()) for index in range(at + 1, min(at + 5, span.stop))):
        return "review"  # "do a security review of ...", "perform an audit": the noun is the act
    if "explain" in here:
        return "explain"
    if "review" in here and not (tokens.stems[at] == "audit" and at + 1 < span.stop
                                 and tokens.stems[at + 1] in _AUDIT_AS_NOUN):
        return "review"
    if "docs_verb" in here and not (
            tokens.stems[at] == "document" and at + 1 < span.stop
            and tokens.stems[at + 1] in _DOCUMENT_AS_NOUN) and not (
            at + 1 < span.stop and tokens.stems[at + 1][:5] in _FEATURE_PREFIXES
            and not tokens.flags[at + 1] & CODE):
        # ("comment system for the site", "comment section with replies": a feature to build)
        stem_ = tokens.stems[at]
        if stem_ in ("translat", "convert") and not natural_language:
            # "convert this README section to reStructuredText" converts prose
            return "docs" if _prose_object(tokens, at, span, docs_at) else "produce"
        return "docs"
    if "produce" in here:
        if stem_is_translate(tokens.stems[at]) and natural_language:
            return "docs"
        if tokens.stems[at] not in _DOCS_VERBS:
            return "produce"  # "render the comments" shows content; it writes no prose
        for index in range(at + 1, min(at + 1 + 2 * _OBJECT_WINDOW, span.stop)):
            if tokens.stems[index] in _INTO:
                target = index + 1
                while target < span.stop and tokens.stems[target] in _ARTICLES:
                    target += 1
                if target in docs_at and not _feature(
                        tokens.stems[target],
                        tokens.stems[docs_at[target]] if docs_at[target] < span.stop else ""):
                    return "docs"  # "turn this list into a markdown table"
                break
            if index >= at + 1 + _OBJECT_WINDOW:
                continue  # (beyond the object's window only "into"/"as" is read)
            if tokens.stems[index] in _USER_CONTENT and index not in docs_at:
                break  # "add the user comments" is content, not docs ("a Markdown table" is)
            if tokens.stems[index] in _SPEC_PREPOSITIONS and index > at + 1:
                break  # "write the change for this commit message": the prose after the
                # object says what to build ("a commit message for this change" is prose)
            if index in docs_at:
                after = tokens.stems[docs_at[index]] if docs_at[index] < span.stop else ""
                if not _feature(tokens.stems[index], after):
                    return "docs"
        return "produce"
    return "none"


def _prose_object(tokens: Tokens, at: int, span: range, docs_at: dict[int, int]) -> bool:
    """A prose noun (README, docs, changelog) is the object of the verb at `at`."""
    for index in range(at + 1, min(at + 1 + _OBJECT_WINDOW, span.stop)):
        if index in docs_at:
            after = tokens.stems[docs_at[index]] if docs_at[index] < span.stop else ""
            return not _feature(tokens.stems[index], after)
    return False


def _feature(noun: str, after: str) -> bool:
    """A prose noun followed by `after` names a feature ("a comment section", "the docs
    page"), except a section of a document ("this README section")."""
    if after.startswith("section") and not noun.startswith("comment"):
        return False
    return after[:5] in _FEATURE_PREFIXES


_HTTP_ROUTE = re.compile(r"(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)[ \t]+/")
# Verbs whose object says what is done: "do a review", "perform an audit", "give an overview".
_LIGHT_VERBS = frozenset({"do", "perform", "run", "conduct", "carri", "give", "provid", "need"})


def stem_is_translate(stem_: str) -> bool:
    return stem_ in ("translat", "convert", "port", "rewrit")


def _clip(text: str, limit: int = 120) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"
