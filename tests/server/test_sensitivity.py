"""The security-context classifier (pure)."""

from __future__ import annotations

from vigilint.analyzers import sensitivity
from vigilint.analyzers.engine import Engine


def _classify(path: str, text: str, language: str) -> list[sensitivity.SecurityContext]:
    source = text.encode()
    return sensitivity.classify(path, source, Engine().parse(language, source))


def test_authentication_from_imports_and_definitions() -> None:
    contexts = _classify("app/views.py", "from flask_login import login_user\n\n"
                         "def login(request):\n    return login_user(request.user)\n", "python")
    auth = next(c for c in contexts if c.domain == "authentication")
    assert auth.tier == 3 and auth.owasp == ("A07:2021", "A07:2025")
    assert (auth.line, auth.column) == (1, 6)
    assert any("Argon2id" in item for item in auth.prompt_must_include)


def test_words_in_comments_and_strings_do_not_count() -> None:
    contexts = _classify("notes.py", "# password, encrypt, jwt, pickle\nx = 'login token'\n",
                         "python")
    assert contexts == []
    assert sensitivity.tier_of(contexts) == 1


def test_decorators_and_calls_in_javascript() -> None:
    contexts = _classify("server.js", "const crypto = require('crypto');\n"
                         "function f() { return crypto.createHash('md5'); }\n", "javascript")
    assert "cryptography" in {c.domain for c in contexts}
    py = _classify("api.py", "@login_required\ndef view():\n    pass\n", "python")
    assert {c.domain for c in py} == {"authorization"}


def test_infrastructure_by_path_and_kind() -> None:
    assert [c.domain for c in sensitivity.classify("deploy/main.tf", b"", None)] == \
        ["infrastructure"]
    manifest = b"apiVersion: v1\nkind: Pod\n"
    assert sensitivity.is_infrastructure("pod.yaml", manifest)
    assert not sensitivity.is_infrastructure("config.yaml", b"name: x\n")


def test_context_around_a_position_is_the_enclosing_function() -> None:
    text = ("import pickle\n\ndef load(b):\n    return pickle.loads(b)\n\n"
            "def add(a, b):\n    return a + b\n")
    source = text.encode()
    tree = Engine().parse("python", source)
    inside_add = text.index("a + b")
    around = sensitivity.classify_around("m.py", source, tree, inside_add)
    # The file's imports still count; the other function's calls do not.
    assert [c.domain for c in around] == ["deserialization"]
    assert sensitivity.tier_of(around) == 2


def test_evidence_by_groups_equals_evidence_over_edits() -> None:
    """The server classifies per group of a file, reusing what it learnt of the groups' texts
    in the last version: the evidence is the same as for the whole file, version after
    version."""
    import random

    from vigilint.server import scoped

    pieces = {
        "python": ["import jwt\nfrom passlib.hash import bcrypt\n",
                   "def login_{i}(request):\n    token = jwt.decode(request.token)\n"
                   "    return bcrypt.verify(request.password, token['hash'])\n",
                   "SECRET_{i} = 'x'  # password\n", "x_{i} = pickle.loads(data); y = 1\n",
                   "class Payment{i}:\n    card_number = None\n",
                   "@login_required\ndef view_{i}():\n    return render('é😀 encrypt')\n"],
        "javascript": ["const jwt = require('jsonwebtoken');\nconst crypto = require('crypto');\n",
                       "function login{i}(req) {{\n  return jwt.verify(req.token, KEY);\n}}\n",
                       "const SECRET_{i} = 'password';\n",
                       "let h{i} = crypto.createHash('md5'); let x = 1;\n",
                       "class Payment{i} {{\n  charge(cardNumber) {{ return stripe.charge(); }}\n}}\n",
                       "app.post('/login/{i}', passport.authenticate('local'));\n"],
    }
    rng = random.Random(5)
    engine = Engine()
    for language, parts in pieces.items():
        path = "svc.py" if language == "python" else "svc.js"
        units = [parts[0]] + [rng.choice(parts[1:]).format(i=i) for i in range(500)]
        cache = None
        for _ in range(12):
            source = "\n".join(units).encode()
            tree = engine.parse(language, source)
            layout = scoped.layout(language, tree, source)
            assert layout is not None and not layout.errors
            found = sensitivity.evidence_of_groups(
                path, source, tree, [(g.start_byte, g.key) for g in layout.groups], cache)
            assert found is not None
            evidence, cache = found
            assert evidence == sensitivity.evidence(path, source, tree)
            assert sensitivity.contexts_from(evidence, source) == \
                sensitivity.classify(path, source, tree)
            k = rng.randrange(1, len(units))
            if rng.random() < 0.5:
                units[k] = rng.choice(parts[1:]).format(i=1000 + k)
            else:
                units.insert(k, rng.choice(parts[1:]).format(i=2000 + k))
