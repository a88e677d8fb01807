"""The prompt lexicon's compiled form, built at development time and shipped as data.

Compiling `lexicon.toml` and `controls.toml` (parsing, stemming 4,000 phrases, indexing them)
costs a `vigilint prompt` process more than the check itself. `scripts/gen_prompt_lexicon.py`
writes what `lexicon.build_lexicon()` makes into `lexicon_data.py`: literals only (strings,
numbers, tuples, dicts), never pickle, and nothing from outside the package. `load()` turns
them back into the same objects.

The glossary (`glossary.toml`, the words of other languages the tokenizer reads) ships in the
same module as a plain dict, so that a process does not parse it either (`load_glossary()`).

The data carries a fingerprint of every file its content depends on (the TOML files, the
tokenizer and the lexicon compiler, and this module). When any of them differs from what the
data was built from, `load()` gives None and the lexicon is compiled from the TOML files as
before: stale data is never used, it only costs time. `tests/prompts/test_prompt_compiled.py`
fails until the data is regenerated, and checks that the loaded lexicon equals the compiled
one, index included.
"""

from __future__ import annotations

import dataclasses
import hashlib
import importlib
import pprint
import tomllib
from pathlib import Path
from typing import Any

from vigilint.prompts import lexicon as lexicon_module
from vigilint.prompts.lexicon import CodeSignal, Concern, Domain, Lexicon
from vigilint.prompts.text import _GAP_SIZE, Phrase, PhraseIndex, phrase_needs

HERE = Path(__file__).resolve().parent
DATA_MODULE = "vigilint.prompts.lexicon_data"
DATA_FILE = HERE / "lexicon_data.py"
# What the compiled lexicon is made from: the data, and the code that reads and compiles it.
SOURCES = ("lexicon.toml", "controls.toml", "glossary.toml", "text.py", "lexicon.py",
           "compiled.py")
FORMAT = 1

_CLASSES: dict[str, type] = {cls.__name__: cls for cls in (Lexicon, Domain, Concern, CodeSignal)}


def fingerprint(folder: Path = HERE) -> str | None:
    """A digest of the files the compiled lexicon depends on; None when one can't be read
    (the package is not on a file system: compile from the TOML files)."""
    digest = hashlib.sha256(f"format {FORMAT}\n".encode())
    for name in SOURCES:
        try:
            data = (folder / name).read_bytes()
        except OSError:
            return None
        digest.update(f"{name} {len(data)}\n".encode())
        digest.update(data)
    return digest.hexdigest()


# -- writing ------------------------------------------------------------------------------------
class _Encoder:
    """Lexicon -> literals. Phrases and their stem sets are numbered (the index refers to
    phrases by number, positions to sets by number); everything else is a tagged tuple."""

    def __init__(self) -> None:
        self.sets: dict[frozenset[str], int] = {}
        self.prefixes: list[tuple[str, ...]] = []
        self.phrases: dict[int, int] = {}  # id(phrase) -> number
        self.phrase_rows: list[tuple[Any, ...]] = []
        self.tags: dict[tuple[Any, ...], int] = {}

    def stem_set(self, value: frozenset[str], prefixes: tuple[str, ...]) -> int:
        number = self.sets.get(value)
        if number is None:
            number = self.sets[value] = len(self.sets)
            self.prefixes.append(tuple(sorted(prefixes)))
        elif self.prefixes[number] != tuple(sorted(prefixes)):
            raise ValueError(f"one stem set, two prefix lists: {sorted(value)}")
        return number

    def phrase(self, phrase: Phrase, steps: tuple[Any, ...]) -> int:
        number = self.phrases.get(id(phrase))
        if number is not None:
            return number
        names = [f.name for f in dataclasses.fields(Phrase)]
        if names != ["source", "positions", "weight", "negative_form"]:
            raise ValueError(f"Phrase has fields {names}: update vigilint/prompts/compiled.py")
        if len(steps) != len(phrase.positions):
            raise ValueError(f"phrase {phrase.source!r}: steps and positions differ")
        positions: list[int | str] = []
        for position, step in zip(phrase.positions, steps, strict=True):
            if isinstance(position, str):
                if step != _GAP_SIZE[position]:
                    raise ValueError(f"phrase {phrase.source!r}: gap {position!r} is {step}")
                positions.append(position)
            else:
                exact, prefixes = step
                if exact is not position:
                    raise ValueError(f"phrase {phrase.source!r}: a step is not its position")
                positions.append(self.stem_set(position, prefixes))
        number = self.phrases[id(phrase)] = len(self.phrase_rows)
        self.phrase_rows.append((phrase.source, tuple(positions), phrase.weight,
                                 phrase.negative_form))
        return number

    def tag(self, tag: Any) -> int:
        """Tags are tuples of plain values, numbered (equal tags are one object when read)."""
        if not isinstance(tag, tuple) or not all(
                v is None or isinstance(v, (bool, int, str)) for v in tag):
            raise ValueError(f"the compiled lexicon can't hold the tag {tag!r}: update "
                             "vigilint/prompts/compiled.py")
        return self.tags.setdefault(tag, len(self.tags))

    def index(self, index: PhraseIndex) -> tuple[Any, ...]:
        state = vars(index)
        if sorted(state) != ["_by_first", "_needs", "_starting", "_steps"]:
            raise ValueError(f"PhraseIndex holds {sorted(state)}: update "
                             "vigilint/prompts/compiled.py")
        by_first = []
        for key, entries in sorted(state["_by_first"].items()):  # built from a set: any order
            rows = tuple((self.phrase(p, state["_steps"][id(p)]), self.tag(tag))
                         for p, tag in entries)
            by_first.append((key, rows))
        return ("index", tuple(by_first))

    def value(self, value: Any) -> Any:
        if value is None or isinstance(value, (bool, int, str)):
            return value
        if isinstance(value, tuple):
            return ("tuple", tuple(self.value(v) for v in value))
        if isinstance(value, frozenset):
            return ("frozenset", tuple(sorted(self.value(v) for v in value)))
        if isinstance(value, dict):
            return ("dict", tuple((self.value(k), self.value(v)) for k, v in value.items()))
        if isinstance(value, PhraseIndex):
            return self.index(value)
        name = type(value).__name__
        cls = _CLASSES.get(name)
        if cls is type(value):
            return ("object", name, tuple((f.name, self.value(getattr(value, f.name)))
                                          for f in dataclasses.fields(cls)))
        raise ValueError(f"the compiled lexicon can't hold a {name}: update "
                         "vigilint/prompts/compiled.py")


def source_text(lex: Lexicon, digest: str, glossary: dict[str, Any] | None = None) -> str:
    """The text of `lexicon_data.py` for `lex` (and the parsed `glossary.toml`), compiled from
    files whose fingerprint is `digest`."""
    if glossary is None:
        glossary = tomllib.loads((HERE / "glossary.toml").read_text(encoding="utf-8"))
    encoder = _Encoder()
    root = encoder.value(lex)
    sets = tuple(tuple(sorted(s)) for s in encoder.sets)
    lines = [
        '"""The prompt lexicon, compiled: generated by scripts/gen_prompt_lexicon.py from',
        "lexicon.toml and controls.toml (see vigilint/prompts/compiled.py). Do not edit.",
        '"""',
        "# fmt: off",
        "# ruff: noqa",
        f"FINGERPRINT = {digest!r}",
        f"SETS = {pprint.pformat(sets, width=100, compact=True)}",
        f"PREFIXES = {pprint.pformat(tuple(encoder.prefixes), width=100, compact=True)}",
        f"PHRASES = {pprint.pformat(tuple(encoder.phrase_rows), width=100, compact=True)}",
        f"TAGS = {pprint.pformat(tuple(encoder.tags), width=100, compact=True)}",
        f"ROOT = {pprint.pformat(root, width=100, compact=True)}",
        f"GLOSSARY = {pprint.pformat(glossary, width=100, compact=True)}",
        "",
    ]
    return "\n".join(lines)


def write(path: Path = DATA_FILE) -> None:
    """Compile the lexicon from the TOML files and write its data module."""
    digest = fingerprint()
    if digest is None:
        raise OSError("the lexicon's source files can't be read")
    path.write_text(source_text(lexicon_module.build_lexicon(), digest), encoding="utf-8")


# -- reading ------------------------------------------------------------------------------------
class _Decoder:
    def __init__(self, data: Any) -> None:
        steps_of_set = []
        self.sets = []
        for stems, prefixes in zip(data.SETS, data.PREFIXES, strict=True):
            stem_set = frozenset(stems)
            self.sets.append(stem_set)
            steps_of_set.append((stem_set, prefixes))
        self.tags = data.TAGS
        self.phrases: list[Phrase] = []
        self.steps: dict[int, tuple[Any, ...]] = {}
        sets, gaps = self.sets, _GAP_SIZE
        for source, codes, weight, negative in data.PHRASES:
            positions = tuple(code if code in gaps else sets[code] for code in codes)
            phrase = Phrase(source, positions, weight, negative)
            self.phrases.append(phrase)
            self.steps[id(phrase)] = tuple(gaps[code] if code in gaps else steps_of_set[code]
                                           for code in codes)

    def index(self, by_first: tuple[Any, ...]) -> PhraseIndex:
        index = PhraseIndex.__new__(PhraseIndex)
        phrases, tags = self.phrases, self.tags
        index._by_first = {key: [(phrases[number], tags[tag]) for number, tag in rows]
                           for key, rows in by_first}
        index._steps = self.steps
        index._needs = {id(phrase): phrase_needs(self.steps[id(phrase)])
                        for entries in index._by_first.values() for phrase, _ in entries}
        index._starting = {}
        return index

    def value(self, value: Any) -> Any:
        if not isinstance(value, tuple):
            return value
        kind = value[0]
        if kind == "tuple":
            return tuple(self.value(v) for v in value[1])
        if kind == "frozenset":
            return frozenset(self.value(v) for v in value[1])
        if kind == "dict":
            return {self.value(k): self.value(v) for k, v in value[1]}
        if kind == "index":
            return self.index(value[1])
        if kind == "object":
            cls = _CLASSES[value[1]]
            return cls(**{name: self.value(v) for name, v in value[2]})
        raise ValueError(f"unknown kind {kind!r} in the compiled lexicon")


def load() -> Lexicon | None:
    """The shipped compiled lexicon, or None when there is none or it was built from other
    files than those of this package (the caller compiles the TOML files then)."""
    digest = fingerprint()
    if digest is None:
        return None
    try:
        data = importlib.import_module(DATA_MODULE)
    except ImportError:
        return None
    if getattr(data, "FINGERPRINT", None) != digest:
        return None
    decoder = _Decoder(data)
    lex = decoder.value(data.ROOT)
    if not isinstance(lex, Lexicon):
        return None
    return lex


def load_glossary() -> dict[str, Any] | None:
    """The shipped parsed glossary, or None when the data is missing or stale."""
    digest = fingerprint()
    if digest is None:
        return None
    try:
        data = importlib.import_module(DATA_MODULE)
    except ImportError:
        return None
    glossary = getattr(data, "GLOSSARY", None)
    if getattr(data, "FINGERPRINT", None) != digest or not isinstance(glossary, dict):
        return None
    return glossary


__all__ = ["fingerprint", "load", "load_glossary", "source_text", "write"]
