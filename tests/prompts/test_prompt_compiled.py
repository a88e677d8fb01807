"""The compiled lexicon shipped as data (`vigilint/prompts/lexicon_data.py`): current, equal to
the lexicon compiled from the TOML files, and the guard answers the same with either; stale
data is never used."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest

from vigilint.prompts import check_prompt, compiled
from vigilint.prompts.lexicon import Lexicon, build_lexicon, collect, lexicon
from vigilint.prompts.text import tokenize

STALE = "the compiled prompt lexicon is stale: run `python scripts/gen_prompt_lexicon.py`"

PROMPTS = [
    "Write a Flask endpoint that lets a logged-in user upload a profile picture and store it "
    "under the uploads folder.",
    "Implement my own AES block cipher in Python from scratch, with a custom key schedule.",
    "Add a login form with password hashing (argon2id) and rate limiting; see OWASP A07.",
    "Explain how JWT signatures are verified.",
    "Build a REST API in Express that runs a SQL query with the user's search term and "
    "returns the rows as JSON.",
    "Create a script that downloads a URL given on the command line and saves it to disk.",
    "Refactor `get_user_by_id` to use the ORM, don't build the query with f-strings.",
    "```python\nimport pickle\ndata = pickle.loads(request.data)\n```\nMake this faster.",
    "Write a webhook receiver that verifies the HMAC signature before parsing the payload, "
    "and never logs the secret.",
    "Generate a password reset flow: email a token, expire it after 15 minutes, hash it at "
    "rest.",
    "Translate this README into French.",
    "Add an admin page to delete any user's account by id.",
    "Spawn a shell command with the filename the user typed: subprocess.run(cmd, shell=True)",
    "Store the API key for Stripe in the config and call the payment endpoint.",
    "Parse the uploaded XML invoice with lxml and extract the totals.",
]


@pytest.fixture
def built() -> Iterator[Lexicon]:
    yield build_lexicon()


@pytest.fixture
def compiled_only() -> Lexicon:
    found = compiled.load()
    assert found is not None, STALE
    return found


def test_the_shipped_data_is_current() -> None:
    digest = compiled.fingerprint()
    assert digest is not None
    data_text = compiled.DATA_FILE.read_text(encoding="utf-8")
    assert data_text == compiled.source_text(build_lexicon(), digest), STALE


def _index_state(lex: Lexicon) -> dict[str, list[tuple[object, object, object]]]:
    """The index's phrases, tags and match steps; a step's prefixes in any order (they are
    made from a set, and `str.startswith` takes them as alternatives)."""
    state = vars(lex.index)

    def steps(phrase: object) -> tuple[object, ...]:
        return tuple(s if isinstance(s, int) else (s[0], frozenset(s[1]))
                     for s in state["_steps"][id(phrase)])

    return {key: [(phrase, tag, steps(phrase)) for phrase, tag in entries]
            for key, entries in state["_by_first"].items()}


def test_the_loaded_lexicon_equals_the_compiled_one(built: Lexicon,
                                                    compiled_only: Lexicon) -> None:
    for field in dataclasses.fields(Lexicon):
        if field.name != "index":
            assert getattr(compiled_only, field.name) == getattr(built, field.name), field.name
    assert sorted(vars(compiled_only.index)) == sorted(vars(built.index))
    assert _index_state(compiled_only) == _index_state(built)
    assert compiled_only.code_signals == built.code_signals
    assert [s.pattern.pattern for s in compiled_only.code_signals] == \
        [s.pattern.pattern for s in built.code_signals]


def _every_phrase_text(lex: Lexicon) -> str:
    sources = {phrase.source for entries in vars(lex.index)["_by_first"].values()
               for phrase, _ in entries}
    return "\n".join(sorted(sources))


def test_matches_are_the_same_with_either(built: Lexicon, compiled_only: Lexicon) -> None:
    text = _every_phrase_text(built) + "\n" + "\n".join(PROMPTS)
    tokens = tokenize(text)
    found, expected = collect(compiled_only, tokens), collect(built, tokens)
    assert sum(len(v) for v in expected.values()) > 4000
    assert found == expected


def _verdicts() -> list[dict[str, object]]:
    return [check_prompt(prompt).model_dump() for prompt in PROMPTS]


def test_the_guard_answers_the_same_with_either(monkeypatch: pytest.MonkeyPatch) -> None:
    lexicon.cache_clear()
    try:
        monkeypatch.setattr(compiled, "load", lambda: None)  # as when the data is stale
        expected = _verdicts()
        monkeypatch.undo()
        lexicon.cache_clear()
        assert compiled.load() is not None, STALE
        found = _verdicts()
    finally:
        lexicon.cache_clear()
    assert found == expected
    assert {v["verdict"] for v in expected} == {"allow", "warn", "block"}


def test_stale_data_is_not_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "lexicon.toml").write_text("changed", encoding="utf-8")
    for name in compiled.SOURCES:
        if name != "lexicon.toml":
            (tmp_path / name).write_bytes((compiled.HERE / name).read_bytes())
    assert compiled.fingerprint(tmp_path) not in (None, compiled.fingerprint())
    real = compiled.fingerprint
    monkeypatch.setattr(compiled, "fingerprint", lambda: real(tmp_path))
    assert compiled.load() is None
    monkeypatch.setattr(compiled, "fingerprint", lambda: None)
    assert compiled.load() is None


def test_the_shipped_glossary_is_the_parsed_toml() -> None:
    import tomllib

    shipped = compiled.load_glossary()
    assert shipped is not None, STALE
    parsed = tomllib.loads((compiled.HERE / "glossary.toml").read_text(encoding="utf-8"))
    assert shipped == parsed


def test_a_stale_glossary_is_not_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(compiled, "fingerprint", lambda: "not the data's")
    assert compiled.load_glossary() is None
