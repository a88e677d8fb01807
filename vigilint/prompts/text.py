"""Prompt text -> clauses of stemmed tokens, and phrase matching over them.

The guard works on words, not characters: code identifiers are split (`password_field` ->
"password field", `pickleLoads` -> "pickle loads", `sha-256` -> "sha 256"; `md5`, `sha256` stay
whole), contractions are opened ("don't" -> "do not"), words are reduced to rough stems ("hashed",
"hashes", "hashing" -> "hash"), and the text is cut into clauses (sentences, lines), because a
negation or an "own"/"from scratch" marker only governs its own clause.

Each token also says where it stands: inside an identifier or a `backticked` name (a name is
not a request: `last_login_at` is a column), and on a line of code rather than prose (code
lines give no instructions). Tokens are kept in parallel arrays (a few bytes each), so a prompt
of many megabytes costs little memory; everything is one pass over the text.

A lexicon phrase is a space-separated sequence of positions; a position lists alternatives with
`|`, `*` is a gap of up to two arbitrary words and `**` one of up to four; `#` (not first) is any
number. Phrases are stemmed when
compiled, so the lexicon is written in plain words.
"""

from __future__ import annotations

import bisect
import functools
import re
import tomllib
import unicodedata
from array import array
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
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
# Names: identifiers with an underscore or an inner capital, and `backticked` spans.
_NAME = re.compile(r"`[^`\n]{1,80}`|\b[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+\b"
                   r"|\b[a-z]+[A-Z][A-Za-z0-9]*\b"
                   # an exception or error type in PascalCase names a failure, not a
                   # feature (HttpRequestException, InvalidTokenError)
                   r"|\b[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+)*(?:Exception|Error|Errors|Warning)\b"
                   r"|(?<![\w.])[.#][a-z][a-z0-9]*(?:-[a-z0-9]+)+")  # CSS names: .login-btn
# Product names read as one word, not split at their capitals (MariaDB is not "maria db").
_BRANDS = re.compile(
    r"\b(?:MySQL|MariaDB|PostgreSQL|MongoDB|DynamoDB|CosmosDB|CouchDB|SQLite|GraphQL|"
    r"JavaScript|TypeScript|CoffeeScript|GitHub|GitLab|BitBucket|OpenID|OAuth2?|WebSockets?|"
    r"PowerShell|ImageMagick|FastAPI|NestJS|NextJS|NodeJS|OpenSSL|LibreSSL|BoringSSL|WolfSSL|"
    r"BouncyCastle|OpenAPI|OpenAI|SendGrid|MailGun|PayPal|DropBox|CloudFlare|FireBase|"
    r"FireStore|ElasticSearch|OpenSearch|LinkedIn|YouTube|WordPress|MessageDigest|SecureRandom|"
    r"PyNaCl|TweetNaCl|NaCl|SecretBox|SealedBox|CryptoKit|PyJWT|PyCryptodome|PyOTP|SubtleCrypto|"
    r"WebCrypto)\b"
    r"|\b[Cc](?:\+\+|#)(?![\w+#])")  # C++ and C# are languages, not the letter c
_GLUED_NOT = frozenset({"dont", "doesnt", "didnt", "isnt", "arent", "shouldnt", "wouldnt",
                        "mustnt", "cant", "wont", "cannot", "couldnt", "wasnt", "werent"})
# French "dont" ("of which", "whose") is followed by an article, a determiner or a subject
# pronoun; English "dont" (don't without the apostrophe) by a verb.
_FRENCH_AFTER_DONT = frozenset({
    "le", "la", "les", "l", "un", "une", "des", "du", "je", "j", "il", "elle", "ils", "elles",
    "nous", "vous", "on", "ce", "cet", "cette", "ces", "son", "sa", "ses", "leur", "leurs",
    "mon", "ma", "mes", "ton", "ta", "tes", "notre", "nos", "votre", "vos", "chaque", "tous",
    "toutes", "certains", "certaines", "plusieurs", "deux", "trois", "quatre", "cinq", "aucun",
    "aucune", "au", "aux", "celui", "celle", "ceux", "celles", "quelques"})
_DOUBLE_END = re.compile(r"([b-df-hj-km-np-rtv-z])\1$")
_KEEP_DOUBLE = ("ll", "ss", "zz", "ff")

# Runs of Chinese and Japanese script, and Korean words (a stem with particles glued on): the
# glossary reads them by the longest entry at each place. Cyrillic and Greek words are read by
# their longest known beginning (Russian inflects the end: "реализацию", "библиотек").
_CJK_CLASS = ("\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f"
              "\u1100-\u11ff\u3130-\u318f\uac00-\ud7af")
_CYRILLIC_CLASS = "\u0370-\u03ff\u1f00-\u1fff\u0400-\u04ff"  # Greek read the same way
_CJK_RUN = re.compile(f"[{_CJK_CLASS}{_CYRILLIC_CLASS}]+")
_WORD_CJK = re.compile(_WORD.pattern + f"|[{_CJK_CLASS}]+|[{_CYRILLIC_CLASS}]+")
# Accented Latin letters folded one for one (offsets stay valid): é -> e, ü -> u, ß -> s.
_FOLD = str.maketrans(
    "àáâãäåāăąçćčèéêëēėęěìíîïīįñńňòóôõöøōőùúûüūůűýÿžźżßœæłśşğıșțđ"
    "ÀÁÂÃÄÅĀĂĄÇĆČÈÉÊËĒĖĘĚÌÍÎÏĪĮÑŃŇÒÓÔÕÖØŌŐÙÚÛÜŪŮŰÝŸŽŹŻŁŚŞĞİȘȚĐ"
    "ơưƠƯ",
    "aaaaaaaaacccéeeeeeeeiiiiiinnnoooooooouuuuuuuyyzzzsoalssgistd"
    "AAAAAAAAACCCEEEEEEEEIIIIIINNNOOOOOOOOUUUUUUUYYZZZLSSGISTD".replace("é", "e") + "ouOU")
# Vietnamese letters with two marks (ệ, ấ, ữ: U+1EA0-U+1EF9) fold to their base letter, so
# "mã hoá" / "thư viện" are words the glossary can read ("ư" and "ơ" above)
_FOLD.update({code: ord(unicodedata.normalize("NFD", chr(code))[0])
              for code in range(0x1EA0, 0x1EFA)})


_PHRASE_GAP = re.compile(r"[\s'-]+")
_ACCENTED = re.compile("[\u00c0-\u024f\u1ea0-\u1ef9]")


def fold(text: str) -> str:
    """`text` with accented Latin letters folded to ASCII, one character for one."""
    if text.isascii() or _ACCENTED.search(text) is None:
        return text
    return text.translate(_FOLD)


class _Glossary:
    """Words of other languages as English words (`glossary.toml`, described there)."""

    def __init__(self, data: dict[str, Any]) -> None:
        def split(value: str) -> tuple[str, ...]:
            return tuple(value.split())

        self.words = {k: split(v) for k, v in data["words"].items()}
        self.weak = frozenset(data["weak"]["words"])
        self.prefixes = {k: split(v) for k, v in data["prefixes"].items()}
        self.suffixes = sorted(((k, split(v)) for k, v in data["suffixes"].items()),
                               key=lambda kv: -len(kv[0]))
        self.prefix_lengths = sorted({len(k) for k in self.prefixes}, reverse=True)
        phrases = sorted(data["phrases"], key=len, reverse=True)
        self.phrase_values = {k: split(v) for k, v in data["phrases"].items()}
        self.phrase_firsts = frozenset(k.split()[0] for k in phrases)
        self.phrase = re.compile(
            "(?i)(?:" + "|".join(r"[\s'-]+".join(map(re.escape, k.split())) for k in phrases)
            + r")\b")
        self.cjk = {k: split(v) for k, v in data["cjk"].items()}
        self.cyrillic = {k: split(v) for k, v in data["cyrillic"].items()}
        self.cyrillic_lengths = sorted({len(k.rstrip("$")) for k in self.cyrillic}, reverse=True)
        self.accented = {k: split(v) for k, v in data["accented"].items()}
        self.cjk_longest = max(map(len, self.cjk), default=0)
        self._cache: dict[str, tuple[str, ...] | None] = {}
        self.maybe: dict[str, bool] = {}  # word -> whether `read` may gloss it

    def may_gloss(self, word: str) -> bool:
        """Whether the glossary knows `word` (or a phrase that starts with it); remembered."""
        maybe = (word in self.words or word in self.phrase_firsts or word[0] > "\u3000"
                 or "\u0370" <= word[0] <= "\u04ff" or "\u1f00" <= word[0] <= "\u1fff"
                 or self.lookup(word) is not None)
        if len(self.maybe) > _MEMO_MAX:
            self.maybe.clear()
        self.maybe[word] = maybe
        return maybe

    def has_cjk(self, text: str) -> bool:
        return not text.isascii() and _CJK_RUN.search(text) is not None

    def lookup(self, word: str) -> tuple[str, ...] | None:
        """The English words for one lower-case folded word, or None."""
        if word in self._cache:
            return self._cache[word]
        result = self.words.get(word)
        if result is None and len(word) >= 7 and word.isalpha():
            result = self._compound(word)
        if len(self._cache) > _MEMO_MAX:
            self._cache.clear()
        self._cache[word] = result
        return result

    def _compound(self, word: str) -> tuple[str, ...] | None:
        head: tuple[str, ...] = ()
        rest = word
        for length in self.prefix_lengths:
            if length < len(word) and word[:length] in self.prefixes:
                head, rest = self.prefixes[word[:length]], word[length:]
                break
        for suffix, english in self.suffixes:
            if rest.endswith(suffix) and (head or (len(rest) - len(suffix) >= 3
                                                   and suffix != "generator")):
                return head + english
        return head or None

    def read(self, text: str, start: int, word: str, raw: str, foreign: bool,
             following: str, original: str) -> tuple[tuple[str, ...], int] | None:
        """The English words of the word at `start` (or of a phrase starting there) and the
        end of what they stand for; None when the word is not glossed. `original` is the word
        before its accents were folded ("qué" is "what", "que" is "that")."""
        end = start + len(raw)
        if original in self.accented:
            return self.accented[original], end
        if word[0] > "\u3000":  # a run of Chinese or Japanese, a Korean word
            return self._cjk_run(word), end
        if len(raw) > 1 and raw.isupper():
            return None  # DES, PIN, SAL: acronyms
        if word in self.phrase_firsts:
            match = self.phrase.match(text, start)
            if match is not None:
                value = self.phrase_values.get(" ".join(_PHRASE_GAP.split(match.group().lower())))
                if value is not None:
                    return value, match.end()
        if "\u0370" <= word[0] <= "\u04ff" or "\u1f00" <= word[0] <= "\u1fff":
            cyrillic = self._cyrillic(word)
            return (cyrillic, end) if cyrillic is not None else None
        english = self.lookup(word)
        if english is None or english == (word,):
            return None
        if word in self.weak and not foreign and (
                not following or following in self.weak or self.lookup(following) is None):
            return None
        return english, end

    def _cyrillic(self, word: str) -> tuple[str, ...] | None:
        """A Cyrillic word by its longest known beginning; a key ending in `$` is a whole
        word ("без" is "without", "безопасный" is "secure")."""
        exact = self.cyrillic.get(word + "$")
        if exact is not None:
            return exact
        for length in self.cyrillic_lengths:
            if length <= len(word):
                english = self.cyrillic.get(word[:length])
                if english is not None:
                    return english
        return None

    def _cjk_run(self, run: str) -> tuple[str, ...]:
        out: list[str] = []
        i = 0
        while i < len(run):
            for length in range(min(self.cjk_longest, len(run) - i), 0, -1):
                english = self.cjk.get(run[i:i + length])
                if english is not None:
                    out += english
                    i += length
                    break
            else:
                i += 1
        return tuple(out)


@functools.cache
def _glossary() -> _Glossary:
    from vigilint.prompts.compiled import load_glossary  # compiled.py imports this module

    data = load_glossary()  # shipped parsed (scripts/gen_prompt_lexicon.py), or stale: parse
    if data is None:
        data = tomllib.loads(resources.files("vigilint.prompts").joinpath("glossary.toml")
                             .read_text(encoding="utf-8"))
    return _Glossary(data)


IDENT = 1  # the token is part of an identifier or a backticked name
CODE = 2  # the token stands on a line of code
DEFINITION = 4  # ... that defines a function or a class: its names say what the code is for


@lru_cache(maxsize=16384)
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
    """One token, as a value (see `Tokens.token`)."""

    stem: str
    word: str
    clause: int
    start: int  # character offsets into the text
    end: int
    flags: int = 0


@dataclass
class Tokens:
    """A prompt as tokens in parallel arrays; `text` is the text the offsets refer to."""

    text: str
    stems: list[str] = field(default_factory=list)
    starts: array[int] = field(default_factory=lambda: array("q"))
    ends: array[int] = field(default_factory=lambda: array("q"))
    clauses: array[int] = field(default_factory=lambda: array("q"))
    flags: bytearray = field(default_factory=bytearray)
    clause_starts: list[int] = field(default_factory=list)  # first token of each clause

    def __len__(self) -> int:
        return len(self.stems)

    def token(self, index: int) -> Token:
        start, end = self.starts[index], self.ends[index]
        word = self.text[start:end].lower()
        if self.stems[index] == "not" and not word.startswith("n"):
            word = "not"
        elif word.endswith(("'t", "’t")) or (word in _GLUED_NOT and self.stems[index] == "do"):
            word = "do" if word in _GLUED_NOT else word[:-3]
        return Token(self.stems[index], word, self.clauses[index], start, end,
                     self.flags[index])

    @property
    def tokens(self) -> list[Token]:
        return [self.token(i) for i in range(len(self))]

    def clause_range(self, clause: int) -> range:
        start = self.clause_starts[clause]
        end = (self.clause_starts[clause + 1] if clause + 1 < len(self.clause_starts)
               else len(self))
        return range(start, end)

    def span_text(self, first: int, last: int) -> str:
        return self.text[self.starts[first]:self.ends[last - 1]]


_INLINE_CODE = re.compile(r"`[^`\n]{1,200}`")


def _inside(spans: list[tuple[int, int]], position: int) -> bool:
    """`position` falls strictly inside one of `spans` (sorted, disjoint)."""
    index = bisect.bisect_right(spans, (position, 1 << 62)) - 1
    return index >= 0 and spans[index][0] < position < spans[index][1]


def tokenize(text: str) -> Tokens:
    """Cut `text` into clauses of stemmed tokens; offsets refer to `text` itself. Words of
    other languages are read through the glossary (`glossary.toml`): a glossed word becomes
    the English word(s) it stands for, at its own offsets."""
    out = Tokens(text)
    folded = fold(text)
    inline = [m.span() for m in _INLINE_CODE.finditer(folded)]
    bounds = iter([m.start() for m in _CLAUSE_SPLIT.finditer(folded)
                   if not _inside(inline, m.start())] + [len(text) + 1])
    # (a colon inside an inline code span, `f(pw: str) -> str`, ends no clause)
    names = _spans(_NAME, folded)
    code = code_line_spans(folded)
    definitions = _spans(_DEFINITION, folded)
    glossary = _glossary()
    stems, starts, ends, clauses, flags = out.stems, out.starts, out.ends, out.clauses, out.flags
    next_bound = next(bounds)
    clause = -1
    clause_open = False
    name_i = code_i = def_i = 0
    skip_to = 0  # the end of a glossary phrase already read
    foreign = False  # the word before was glossed
    words = _words(folded, cjk=glossary.has_cjk(folded))
    current = next(words, None)
    while current is not None:
        following = next(words, None)
        start, end, raw = current
        current = following
        if start < skip_to:
            continue
        while next_bound <= start:
            next_bound = next(bounds)
            clause_open = False
        if not clause_open:
            clause += 1
            clause_open = True
            out.clause_starts.append(len(stems))
        while name_i < len(names) and names[name_i][1] <= start:
            name_i += 1
        while code_i < len(code) and code[code_i][1] <= start:
            code_i += 1
        while def_i < len(definitions) and definitions[def_i][1] <= start:
            def_i += 1
        flag = (IDENT if name_i < len(names) and names[name_i][0] <= start else 0) | \
            (CODE if code_i < len(code) and code[code_i][0] <= start else 0) | \
            (DEFINITION if def_i < len(definitions) and definitions[def_i][0] <= start else 0)
        word = raw.lower()
        maybe = glossary.maybe.get(word)
        if maybe is None:
            maybe = glossary.may_gloss(word)
        if maybe and not flag & (IDENT | CODE):
            glossed = glossary.read(folded, start, word, raw, foreign,
                                    following[2].lower() if following else "",
                                    text[start:end].lower() if folded is not text else word)
            if glossed is not None:
                english, end = glossed
                skip_to = end
                for eng in english:
                    _append(stems, starts, ends, clauses, flags, stem(eng), start, end,
                            clause, flag)
                foreign = True
                continue
        foreign = False
        if word.endswith(("'t", "’t")):
            _append(stems, starts, ends, clauses, flags, stem(word[:-3]), start, end, clause,
                    flag)
            word = "not"
        elif word in _GLUED_NOT and not (word == "dont" and following is not None
                                         and following[2].lower() in _FRENCH_AFTER_DONT):
            # (French "dont", "of which", before an article or a pronoun: "dont le style ...")
            _append(stems, starts, ends, clauses, flags, "do", start, end, clause, flag)
            word = "not"
        stems.append(stem(word))
        starts.append(start)
        ends.append(end)
        clauses.append(clause)
        flags.append(flag)
    return out


def _words(text: str, cjk: bool = False) -> Iterator[tuple[int, int, str]]:
    """(start, end, word) of the words of `text`, with product names kept whole; with `cjk`,
    runs of Chinese and Japanese script come as words too (the glossary reads them)."""
    pattern = _WORD_CJK if cjk else _WORD
    if _BRANDS.search(text) is None:
        for m in pattern.finditer(text):
            yield m.start(), m.end(), m.group()
        return
    last = 0
    for brand in _BRANDS.finditer(text):
        for m in pattern.finditer(text, last, brand.start()):
            yield m.start(), m.end(), m.group()
        yield brand.start(), brand.end(), brand.group()
        last = brand.end()
    for m in pattern.finditer(text, last):
        yield m.start(), m.end(), m.group()


def _append(stems: list[str], starts: array[int], ends: array[int], clauses: array[int],
            flags: bytearray, stem_: str, start: int, end: int, clause: int, flag: int) -> None:
    stems.append(stem_)
    starts.append(start)
    ends.append(end)
    clauses.append(clause)
    flags.append(flag)


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


# -- code lines ---------------------------------------------------------------------------------
_FENCE = re.compile(r"^[ \t]*(```|~~~)", re.MULTILINE)
_DEFINITION = re.compile(
    r"^[ \t]*(?:(?:async\s+)?def|fn|func|function|class|interface|(?:public|private|protected|"
    r"static|export|pub)(?:\s+\w+){0,3})\s+\w+", re.MULTILINE)
_LINE = re.compile(r"[^\n]+")
_COMMENT = re.compile(r"[ \t]*+(?:#(?!include|define|if|pragma|!)|//|/\*|\*|--|<!--)")
# Lines that are code whatever else they hold: declarations, imports, block syntax, doctests.
_STRONG_CODE = re.compile(
    r"[ \t]*+(?:def |class |import [\w.]++(?: as \w++)?(?:[ \t]*+,[ \t]*+[\w.]++(?: as \w++)?)*+[ \t]*+;?[ \t]*+$|"
    r"import [\w{}*, ]{1,200}? from ['\"]|import ['\"(]|import static |"
    r"from [\w.]+ import |#include|#define|package [\w.]+;?$|"
    r"using [\w.]+;|func |fn |public |private |protected |static |(?:const|let|var) \w+ ?[:=]|"
    r"(?:var|val) \w+ [\w\[\]*.]+\s*$|@[\w.]+(?:\(.*\))?\s*$|[})\]]+[;,)]*\s*$|>>> |<\?php|"
    r"\$\w+ ?=|</?[a-zA-Z][^>]{0,200}>(?:[^\n]{0,200}>)?\s*$|0x[0-9a-fA-F]+,|"
    r"(?:for|if|elif|while|with|try|except|else|async def|switch|case)\b[^\n]{0,200}[:{]\s*$)"
    r"|[^\n]{0,400}\{\s*$")
# Lines that look like code unless they read as a sentence.
_WEAK_CODE = re.compile(
    r"[ \t]*+(?:[\w.\[\]'\"(), ]{1,80}?\s*+(?::=|[-+*/%|&^]?=(?!=))|[\w.$]+\(.*\)[;,]?\s*$|"
    r"(?:return|yield|raise|throw|await|print|echo)\b[^\n]{0,300}[()\[\]=+*/%<>]|(?:return|yield|raise|throw) \w+;?\s*$|"
    r"(?:SELECT|INSERT|UPDATE|DELETE|CREATE|ALTER|DROP)\b[^a-z]{0,30}\b[A-Z_]*)"
    r"|[^\n]{0,400}(?:;|\):)\s*$")
# A sentence: four plain words first (after a bullet, quotes or an @address).
_PROSE_START = re.compile(
    r"[ \t]*+(?:[-*\u2022>]|\d{1,3}[.)]|\"\"\"|\'\'\'|@\w++[,:]?)?\s*+(?:[A-Za-z][A-Za-z'\u2019]*+[,;]?\s++){3}"
    r"[A-Za-z]")


def code_line_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the lines that are code: inside a fenced block, or shaped like code (a
    declaration, an import, a block opener or closer, an assignment or a call that does not
    read as a sentence). Comment lines are prose: they often hold the instruction."""
    fences = [m.start() for m in _FENCE.finditer(text)]
    out: list[tuple[int, int]] = []
    fence_i = 0
    inside = False
    for match in _LINE.finditer(text):
        start, end = match.span()
        while fence_i < len(fences) and fences[fence_i] < end:
            if fences[fence_i] >= start:
                inside = not inside
            fence_i += 1
        line = match.group()
        if inside and not _FENCE.match(line):
            out.append((start, end))
        elif _COMMENT.match(line):
            continue
        elif _STRONG_CODE.match(line) or (_WEAK_CODE.match(line)
                                          and not _PROSE_START.match(line)
                                          and not _reads_as_prose(line)):
            out.append((start, end))
    return out


def _reads_as_prose(line: str) -> bool:
    """A sentence that names a piece of code ("Never use shell=True and validate the host
    against a strict pattern."): mostly plain words, no quotes and no trailing comment."""
    if '"' in line or "`" in line or " '" in line or "' " in line or "#" in line or \
            "//" in line:
        return False
    words = line.split()
    plain = sum(1 for w in words if w.strip(".,;:()!?").isalpha())
    return plain >= 6 and plain >= 0.75 * len(words)


# -- phrases ------------------------------------------------------------------------------------
GAP = "*"
WIDE_GAP = "**"
NUMBER = "#"  # an alternative that matches any number ("sha256 # times"); never first
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
        parts = _plain_words(parts[0]) or parts
    positions: list[frozenset[str] | str] = []
    for part in parts:
        if part in _GAP_SIZE:
            positions.append(part)
            continue
        alternatives: set[str] = set()
        for alternative in part.split("|"):
            if alternative == NUMBER:
                if not positions:
                    raise ValueError(f"lexicon phrase {source!r} must start with a word")
                alternatives.add(NUMBER)
                continue
            words = _plain_words(alternative)
            if len(words) != 1:
                raise ValueError(f"lexicon phrase {source!r}: {alternative!r} is not one word; "
                                 "write it as its own phrase after `;`")
            alternatives.add(stem(words[0]))
        positions.append(frozenset(alternatives))
    if not positions or isinstance(positions[0], str) or isinstance(positions[-1], str):
        raise ValueError(f"lexicon phrase {source!r} must start and end with a word")
    negative = any(not isinstance(p, str) and p & NEGATORS for p in positions)
    return Phrase(source, tuple(positions), weight, negative)


def _plain_words(text: str) -> list[str]:
    """The words the tokenizer makes of a lexicon entry (no clauses, flags or offsets)."""
    if text.isalpha() and text.islower() and text.isascii():
        return [text]  # most entries: one plain lowercase word
    out: list[str] = []
    for _, _, raw in _words(fold(text)):
        word = raw.lower()
        if word.endswith(("'t", "’t")):
            out += [word[:-3], "not"]
        elif word in _GLUED_NOT:
            out += ["do", "not"]
        else:
            out.append(word)
    return out


PREFIX_MIN = 5
# Stems whose inflections stem to them already and whose prefix reads other words: "invent"
# would find "inventory" ("the key in inventory" invents nothing).
_EXACT_ONLY = frozenset({"invent"})
# A compiled position: (exact stems, prefixes of PREFIX_MIN letters or more), or a gap size.
Position = tuple[frozenset[str], tuple[str, ...]] | int


def _compiled_positions(phrase: Phrase) -> tuple[Position, ...]:
    out: list[Position] = []
    for position in phrase.positions:
        if isinstance(position, str):
            out.append(_GAP_SIZE[position])
        else:
            # a word of PREFIX_MIN letters or more is also a prefix ("librar" matches
            # "libraries"), unless its stem ends in the "i" of a final y ("proxi", "queri"):
            # its inflections stem to it already, and as a prefix it would find other words
            # ("proximity")
            out.append((position, tuple(a for a in position
                                        if len(a) >= PREFIX_MIN and a[-1] != "i"
                                        and a not in _EXACT_ONLY)))
    return tuple(out)


def _at(stem_: str, position: tuple[frozenset[str], tuple[str, ...]]) -> bool:
    exact, prefixes = position
    return stem_ in exact or (bool(prefixes) and stem_.startswith(prefixes)) or (
        NUMBER in exact and stem_.isdigit())


_MEMO_MAX = 50_000


def phrase_needs(steps: tuple[Position, ...]) -> tuple[frozenset[str], ...]:
    """The words a phrase needs after its first where each must be one of a few exact stems
    (see `PhraseIndex`)."""
    return tuple(exact for step in steps[1:] if not isinstance(step, int)
                 for exact, prefixes in (step,) if not prefixes and NUMBER not in exact)


class PhraseIndex:
    """Phrases indexed by the first four letters of their first word. For each distinct stem
    the phrases whose first word it matches are worked out once and remembered, so matching
    costs one dict lookup per token, then the rest of the few phrases that start there. Tags
    are the caller's."""

    def __init__(self, phrases: Iterable[tuple[Phrase, Any]]) -> None:
        self._by_first: dict[str, list[tuple[Phrase, Any]]] = {}
        self._steps: dict[int, tuple[Position, ...]] = {}
        # words a phrase needs after its first, where each must be one of a few exact stems:
        # a phrase none of whose needs is in the clause cannot match there (checked before
        # walking its gaps)
        self._needs: dict[int, tuple[frozenset[str], ...]] = {}
        for phrase, tag in phrases:
            steps = _compiled_positions(phrase)
            self._steps[id(phrase)] = steps
            self._needs[id(phrase)] = phrase_needs(steps)
            for key in {first[:4] for first in phrase.first}:
                self._by_first.setdefault(key, []).append((phrase, tag))
        self._starting: dict[str, list[tuple[tuple[Position, ...], tuple[frozenset[str], ...],
                                             Phrase, Any]]] = {}

    def _starting_with(self, stem_: str) -> list[tuple[tuple[Position, ...],
                                                        tuple[frozenset[str], ...], Phrase, Any]]:
        found = self._starting.get(stem_)
        if found is None:
            found = []
            for phrase, tag in self._by_first.get(stem_[:4], ()):
                steps = self._steps[id(phrase)]
                first = steps[0]
                assert not isinstance(first, int)
                if _at(stem_, first):
                    found.append((steps, self._needs[id(phrase)], phrase, tag))
            if len(self._starting) >= _MEMO_MAX:
                self._starting.clear()
            self._starting[stem_] = found
        return found

    def matches(self, tokens: Tokens) -> Iterator[tuple[Phrase, Any, int, int]]:
        """(phrase, tag, first token index, last token index + 1) for every match; a phrase
        never crosses a clause boundary."""
        stems, clauses = tokens.stems, tokens.clauses
        starting = self._starting_with
        count = len(stems)
        words_clause = -1
        words: set[str] = set()  # the stems of the current clause, made when first needed
        for index, token_stem in enumerate(stems):
            candidates = starting(token_stem)
            if not candidates:
                continue
            clause = clauses[index]
            after = index + 1
            following = stems[after] if after < count and clauses[after] == clause else None
            for steps, needs, phrase, tag in candidates:
                if len(steps) == 1:
                    yield phrase, tag, index, after
                    continue
                second = steps[1]
                # most candidates fail at the second word
                if not isinstance(second, int) and (following is None or not _at(following,
                                                                                   second)):
                    continue
                if needs:
                    if words_clause != clause:
                        words_clause = clause
                        words = set(stems[i] for i in tokens.clause_range(clause))
                    if not all(not need.isdisjoint(words) for need in needs):
                        continue
                end = _match_from(steps, 1, stems, clauses, after, clause)
                if end is not None:
                    yield phrase, tag, index, end


def _match_from(steps: tuple[Position, ...], p: int, stems: list[str], clauses: array[int],
                i: int, clause: int) -> int | None:
    count = len(stems)
    while True:
        if p == len(steps):
            return i
        step = steps[p]
        if isinstance(step, int):
            for skip in range(0, step + 1):
                j = i + skip
                if j > count or (skip and clauses[j - 1] != clause):
                    break
                found = _match_from(steps, p + 1, stems, clauses, j, clause)
                if found is not None:
                    return found
            return None
        if i >= count or clauses[i] != clause or not _at(stems[i], step):
            return None
        p += 1
        i += 1


def negated(tokens: Tokens, index: int, negators: frozenset[str], window: int = 3) -> bool:
    """True when one of `negators` stands within `window` words before token `index`, in the
    same clause."""
    clauses, stems, text = tokens.clauses, tokens.stems, tokens.text
    clause = clauses[index]
    for j in range(index - 1, max(index - window, 0) - 1, -1):
        if clauses[j] != clause or "," in text[tokens.ends[j]:tokens.starts[j + 1]]:
            break  # a comma ends the negation's reach: "not pickle, verify the HMAC"
        if stems[j] in negators:
            return True
    return False
