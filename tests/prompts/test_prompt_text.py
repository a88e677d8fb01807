"""Tokens, stems, phrases and negation: the guard's reading of text."""

from __future__ import annotations

import pytest

from vigilint.prompts import check_prompt
from vigilint.prompts.lexicon import lexicon
from vigilint.prompts.text import compile_phrase, negated, stem, tokenize


@pytest.mark.parametrize(("words", "same"), [
    (["hash", "hashes", "hashed", "hashing"], True),
    (["query", "queries"], True),
    (["cookie", "cookies"], True),
    (["encrypt", "encrypts", "encrypted"], True),
    (["log", "logging", "logs"], True),
    (["sql", "sqlite"], False),
])
def test_stems_meet_across_inflections(words, same):
    assert (len({stem(w) for w in words}) == 1) is same


def test_identifiers_are_split_and_crypto_names_kept_whole():
    words = [t.word for t in tokenize("getUserById password_field HTTPServer sha-256 MD5 "
                                      "argon2id XORs").tokens]
    assert words == ["get", "user", "by", "id", "password", "field", "http", "server", "sha",
                     "256", "md5", "argon2id", "xors"]


def test_contractions_are_opened():
    assert [t.word for t in tokenize("don't dont can't").tokens] == \
        ["do", "not", "do", "not", "ca", "not"]


def test_clauses_end_at_sentences_and_lines_but_not_inside_identifiers():
    tokens = tokenize("call pickle.loads here. then stop\nnext line")
    assert [t.clause for t in tokens.tokens] == [0, 0, 0, 0, 1, 1, 2, 2]


def test_phrases_with_gaps_and_alternatives():
    phrase = compile_phrase("validate ** length|size")
    assert phrase.positions[0] == frozenset({stem("validate")})
    assert compile_phrase("shell=False").positions == (frozenset({"shell"}),
                                                       frozenset({"fals"}))
    with pytest.raises(ValueError):
        compile_phrase("no|shell=false")


def test_negation_stays_in_its_clause():
    tokens = tokenize("no shortcuts. validate the input")
    index = [t.word for t in tokens.tokens].index("validate")
    assert not negated(tokens, index, frozenset({"no"}))
    tokens = tokenize("no need to validate the input")
    index = [t.word for t in tokens.tokens].index("validate")
    assert negated(tokens, index, frozenset({"no"}))


def test_the_lexicon_loads_and_every_domain_has_triggers_and_controls():
    lex = lexicon()
    tags = {tag[:2] for phrases in lex.index._by_first.values() for _, tag in phrases}
    for domain_id in lex.domains:
        assert ("trigger", domain_id) in tags
        assert ("control", domain_id) in tags


@pytest.mark.parametrize(("prompt", "domain"), [
    ("read the command object from the socket with ObjectInputStream", "deserialization"),
    ("set element.innerHTML to the comment text from the API", "untrusted-input"),
    ("start the converter with Process.Start and the file name the user picked", "untrusted-input"),
])
def test_camel_case_api_names_are_recognized(prompt, domain):
    assert domain in check_prompt(prompt).domains


def test_a_sentence_that_names_code_is_prose_and_a_code_line_with_words_is_not():
    from vigilint.prompts.text import code_line_spans
    text = ("out = subprocess.check_output('ping -c 1 ' + host, shell=True)\n"
            "Never use shell=True and validate the host against a strict pattern.\n"
            'query = "SELECT name FROM users WHERE id = ?"\n'
            "retries = 3  # keep the default value for the other services\n")
    lines = text.splitlines()
    code = {text[s:e].rstrip("\n") for s, e in code_line_spans(text)}
    assert lines[0] in code and lines[2] in code and lines[3] in code
    assert lines[1] not in code
