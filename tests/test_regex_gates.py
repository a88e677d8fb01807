"""The cheap tests placed before slow regexes (issue 18 speed work) never skip a match: on every
fixture file, every window of it and hand-written cases, a text the slow regex matches passes
its gate."""

from __future__ import annotations

from pathlib import Path

import pytest

from vigilint.analyzers.access import checks, project, siblings
from vigilint.analyzers.crypto.recognize import encoding, rsa

FIXTURES = Path(__file__).parent / "fixtures"

CASES = [
    "r = r * r % n\ne >>= 1",
    "result = (result * base) % m\nexp //= 2",
    "b = b ** 2 % n; e.shiftRight(1)",
    "x = x*x%n; e = e.Rsh(e, 1)",
    "rows[r] += ch\n",
    "rows[i].append(c)",
    "rails[ row ].push( ch )",
    "out += grid[col]\n",
    "return chr(ord('z') - (ord(c) - ord('a')))",
    "'Z' - (c - 'A')",
    "TABLE = {'a': 'q', 'b': 'w'}",
    "if not check_password(PassWord): abort(401)",
    "PIN = 1234; user.OTP",
    "Credential",
    "user.logIn(x)", "jwt.sign(p)", "signJWT(x)", "create_access_token(u)", "SignedString(k)",
    "issueToken()", "bcrypt.compareSync(a, b)", "argon2.verify(h, p)", "passport.authenticate(",
    "CompareHashAndPassword(h, p)", "passwordEncoder.matches(a, b)", "auth.sign_up(form)",
    "svc.registerUser(x)", "svc.create_account(x)", "CHECKPW(a)", "hashpw(p, salt)",
    "if len(a) != len(b): return False",
    'PLAIN = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"', "KEYED: str = 'QWERTYUIOPASDFGHJKLZXCVBNM'",
    "out += SUB[ALPHA.indexOf(ch)]", "mixed[ plain.index(c)]", "MIXED.charAt(PLAIN.find(c))",
]

REFUSALS = [
    "raise UnauthorizedException()", "http.StatusUnauthorized", "abort(401)", "403",
    "raise NotAuthenticated", "AuthenticationFailed('x')", "HTTP_403_FORBIDDEN",
    "Boom.unauthorized()", "Boom.forbidden()", "ErrUnauthorized", "UNAUTHORIZED",
    "ForbiddenException", "StatusForbidden", "PermissionDenied", "ErrForbidden", "forbidden",
    "unauthorised", "UNAUTHORISED", "AccessDenied", "NotAuthorized", "abort(",
]


def _texts() -> list[str]:
    texts = list(CASES)
    for path in sorted(FIXTURES.rglob("*")):
        if path.is_file():
            text = path.read_text(encoding="utf-8", errors="replace")
            texts.append(text)
            # windows of the file: function-sized pieces, as the recognizers see them
            lines = text.splitlines(keepends=True)
            for start in range(0, len(lines), 7):
                texts.append("".join(lines[start:start + 15]))
    return texts


TEXTS = _texts()


@pytest.mark.parametrize("gate, slow", [
    (rsa._squares, lambda t: rsa._SQUARE.search(t) is not None),
    (rsa._big_squares, lambda t: any(p.search(t) is not None for p in rsa._BIG_SQUARE)),
    (rsa._halves, lambda t: rsa._HALVE.search(t) is not None),
    (checks._credentials, lambda t: checks._CREDENTIALS.search(t) is not None),
    (siblings._signs_in, lambda t: siblings._SIGNS_IN.search(t) is not None),
    (project._refuses, lambda t: project._REFUSES.search(t) is not None),
])
def test_gated_search_equals_the_search(gate, slow):  # type: ignore[no-untyped-def]
    assert any(slow(t) for t in TEXTS)  # the cases exercise the regex
    assert [t for t in TEXTS if gate(t) != slow(t)] == []


@pytest.mark.parametrize("tail, full", [
    (encoding._TO_ROW_TAIL, encoding._TO_ROW),
    (encoding._FROM_COLUMN_TAIL, encoding._FROM_COLUMN),
    (encoding._ATBASH_TAIL, encoding._ATBASH),
    (encoding._PAIR_TAIL, encoding._CHAR_PAIR),
    (encoding._LETTERS_TAIL, encoding._LETTERS),
])
def test_every_match_holds_its_tail(tail, full):  # type: ignore[no-untyped-def]
    matched = [t for t in TEXTS if full.search(t)]
    assert matched
    assert [t for t in matched if not tail.search(t)] == []
    # and each match itself (not only the text around it) holds the tail
    for text in matched:
        for found in full.finditer(text):
            assert tail.search(found.group(0)), found.group(0)


def test_length_comparison_holds_its_words() -> None:
    from vigilint.analyzers.crypto.recognize import compare

    matched = [t.encode() for t in TEXTS if compare._LENGTHS_FIRST.search(t.encode())]
    assert matched
    for source in matched:
        assert b"len(" in source or b".length" in source or b".size" in source


@pytest.mark.parametrize("words, pattern", [
    (checks._REFUSAL_WORDS, checks._REFUSAL),
    (checks._UNAUTHENTICATED_WORDS, checks._UNAUTHENTICATED),
])
def test_every_match_holds_one_of_its_words(words, pattern):  # type: ignore[no-untyped-def]
    found = [m.group(0) for t in TEXTS + REFUSALS for m in pattern.finditer(t)]
    assert found
    assert [m for m in found if not any(w in m for w in words)] == []


def test_every_project_refusal_holds_one_of_its_words() -> None:
    found = [m.group(0) for t in TEXTS + REFUSALS + ["ErrJWTExpired", "statusforbidden(", "x=401"]
             for m in project._REFUSES.finditer(t)]
    assert found
    assert [m for m in found if m.isascii() and
            not any(w in m.lower() for w in project._REFUSES_WORDS)] == []
    # non-ASCII text (Unicode case folding: the Kelvin sign, the long s) runs the regex
    assert project._refuses("raiſe Unauthoriſed")


def test_every_cross_lookup_holds_index_or_find() -> None:
    found = [m.group(0) for t in TEXTS for m in encoding._CROSS_LOOKUP.finditer(t)]
    assert found
    assert [m for m in found if ".index" not in m and ".find(" not in m] == []
