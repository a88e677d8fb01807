"""Detectors by family: true positives built at run time from each row's sample (no literal
tokens in the source), masked look-alikes, placeholders, checksums and context."""

from __future__ import annotations

import pytest

from vigilint.analyzers.engine import Engine
from vigilint.analyzers.registry import all_rules
from vigilint.analyzers.secrets.catalog import (
    DETECTORS,
    FAMILIES,
    base62,
    github_checksum_ok,
    jwt_ok,
)
from vigilint.analyzers.secrets.generic import key_kind
from vigilint.analyzers.secrets.samples import sample
from vigilint.analyzers.secrets.scanner import scan_text

BY_NAME = {d.name: d for d in DETECTORS}


def _line(value: str) -> str:
    if "\n" in value or " = " in value or value.startswith(('"', "curl", "<add", "apiVersion")):
        return value
    return f'value = "{value}"'


def _ids(text: str, path: str = "app.py", language: str = "python") -> list[str]:
    return [m.rule_id for m in scan_text(text, path, language)]


def test_catalogue_size_and_families():
    assert len(DETECTORS) >= 100
    assert {d.family for d in DETECTORS} <= set(FAMILIES)
    counts = {f: sum(d.family == f for d in DETECTORS) for f in FAMILIES}
    assert all(counts[f] for f in ("cloud", "vcs", "chat", "payment", "ai", "key", "token", "url"))


def test_every_detector_is_a_registered_rule():
    ids = {r.id for r in all_rules() if r.category == "secret"}
    assert {d.id for d in DETECTORS} <= ids
    assert {"VG-SEC-250", "VG-SEC-251"} <= ids


@pytest.mark.parametrize("detector", DETECTORS, ids=[d.name for d in DETECTORS])
def test_detector_finds_its_own_format(detector):
    text = _line(sample(detector, seed=detector.number + 1000))
    assert detector.id in _ids(text), text


@pytest.mark.parametrize("detector", DETECTORS, ids=[d.name for d in DETECTORS])
def test_masked_values_are_documentation_examples_or_nothing(detector):
    """A mask over a vendor's own prefix (`AKIAXXXX...`) is reported as a documentation
    example (lowest priority); a mask after a name or in a URL is not a value at all."""
    text = _line(sample(detector, filler=True))
    found = scan_text(text, "app.py", "python")
    if detector.prefixed:
        assert all(m.example for m in found), text
    else:
        assert found == [], text


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_family_true_positives_are_high_or_medium_confidence(family):
    for detector in (d for d in DETECTORS if d.family == family):
        found = scan_text(_line(sample(detector, seed=7)), "app.py", "python")
        mine = [m for m in found if m.rule_id == detector.id]
        assert mine and mine[0].confidence in ("high", "medium", "low")


def test_github_checksum_raises_confidence():
    body = "Q7vLm2Xr9TzW4nBp8KcD1fHs3JgYa6"
    good = "ghp_" + body + base62(__import__("binascii").crc32(body.encode()))
    bad = "ghp_" + body + "Ab12Cd"
    assert github_checksum_ok(good) and not github_checksum_ok(bad)
    (m_good,) = scan_text(f'T = "{good}"', "a.py", "python")
    (m_bad,) = scan_text(f'T = "{bad}"', "a.py", "python")
    assert m_good.checksum is True and m_good.confidence == "high"
    assert m_bad.checksum is False and m_bad.confidence == "medium"


def test_jwt_needs_json_header_and_payload():
    jwt = sample(BY_NAME["jwt"], seed=3)
    assert jwt_ok(jwt)
    assert "VG-SEC-200" in _ids(f'TOKEN = "{jwt}"')
    broken = "eyJhbGciOiJIUzI1NiJ9x.eyJzdWIiOiIxMjM0NTY3ODkwIn0x.c2lnbmF0dXJlc2lnbmF0dXJl"
    assert "VG-SEC-200" not in _ids(f'TOKEN = "{broken}"')


@pytest.mark.parametrize("text", [
    'key = "sk-proj-' + "x" * 40 + '"',
    'key = "sk-proj-abc..."',
    'password = "[REDACTED]"',
    'OPENAI_API_KEY = "${OPENAI_API_KEY}"',
    'api_key = "{{ api_key }}"',
    "api_key = os.environ['API_KEY']",
    "token = process.env.TOKEN",
    'api_key = "<your-api-key>"',
    'api_key = "your_api_key_here"',
    "password = get_password()",
    "password = settings.DB_PASSWORD",
    'db = "postgres://app:${DB_PASSWORD}@db:5432/app"',
    'url = "https://user:password@registry.vigilint.test/"',
])
def test_not_a_value_is_dropped(text):
    assert _ids(text) == []


@pytest.mark.parametrize(("text", "rule"), [
    ('aws_key = "AKIA' + "1234567890ABCDEF" + '"', "VG-SEC-001"),
    ('client = OpenAI(api_key="sk-proj-' + "abc123" * 8 + '")', "VG-SEC-120"),
    ('password = "SuperSecret123!"', "VG-SEC-250"),
])
def test_ai_placeholders_are_findings_at_a_lower_priority(text, rule):
    analysis = Engine(rules=[r for r in all_rules() if r.category == "secret"]).analyze(
        "app.py", text)
    (finding,) = [f for f in analysis.findings if f.rule == rule]
    assert "looks like a placeholder, still a hard-coded credential" in finding.message
    assert finding.priority == "P3"


@pytest.mark.parametrize("text", [
    'aws = "AKIAIOSFODNN7EXAMPLE"',
    'secret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"',
])
def test_documentation_examples_are_reported_at_the_lowest_priority(text):
    analysis = Engine(rules=[r for r in all_rules() if r.category == "secret"]).analyze(
        "app.py", text)
    (finding,) = analysis.findings
    assert finding.priority == "P4" and "documentation example" in finding.message


def test_tests_and_docs_lower_machine_made_values_and_drop_test_values():
    engine = Engine(rules=[r for r in all_rules() if r.category == "secret"])
    (real,) = engine.analyze("tests/test_app.py", 'password = "Jd8!qWz2Lp5v"').findings
    assert real.likelihood == "unlikely" and real.priority == "P3"
    (in_docs,) = engine.analyze("docs/setup.md", 'SMTP_PASSWORD = "Jd8!qWz2Lp5v"').findings
    assert in_docs.likelihood == "unlikely"
    # a vendor key behind the vendor's own words (`sk_test_`) is still a key
    (stripe,) = engine.analyze("tests/test_pay.py",
                               'STRIPE = "sk_test_' + "W0aXNLK9JojJv8muZ2JOSHZ2" + '"').findings
    assert stripe.likelihood == "unlikely"


@pytest.mark.parametrize(("path", "text"), [
    ("tests/test_app.py", 'password = "SuperSecret123!"'),  # made up
    ("tests/test_auth.py", 'client.get("/me", auth=("stanley", "swordfish"))'),  # typed
    ("tests/test_login.py", 'data = {"username": "johndoe", "password": "incorrect"}'),
    ("tests/test_login.py", 'wrong_auth = ("wronguser", "wrongpassword")'),
    ("tests/test_url.py", 'URL = "http://user:pass%20pass@complex.url.test/path?q=yes"'),
    ("docs/deploy.md", 'SMTP_PASSWORD = "changeme"'),  # a usable default, in docs
    ("examples/app.py", 'aws = "AKIAIOSFODNN7EXAMPLE"'),  # a documented example
    ("spec/client.spec.ts", 'const k = "pplx-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";'),
])
def test_test_and_documentation_values_are_not_reported_there(path, text):
    engine = Engine(rules=[r for r in all_rules() if r.category == "secret"])
    assert engine.analyze(path, text).findings == []
    # the same line in application code is still reported (masks aside)
    suffix = ".py" if path.endswith(".md") else path[path.rindex("."):]
    if "xxxx" not in text:
        assert engine.analyze("app/settings" + suffix, text).findings


def test_default_passwords_are_possible_in_code():
    engine = Engine(rules=[r for r in all_rules() if r.category == "secret"])
    (code,) = engine.analyze("settings.py", 'SMTP_PASSWORD = "changeme"').findings
    assert code.likelihood == "possible" and code.priority == "P2"


@pytest.mark.parametrize(("key", "kind"), [
    ("db_password", "password"), ("DB_PASSWORD", "password"), ("dbPass", "password"),
    ("api_key", "secret"), ("apiKey", "secret"), ("client_secret", "secret"),
    ("GITHUB_TOKEN", "secret"), ("private_key", "secret"), ("config.secret_key", "secret"),
    ("password_field", None), ("key_id", None), ("tokenizer", None), ("sort_key", None),
    ("csrf_token", None), ("primary_key", None), ("token_url", None), ("monkey", None),
])
def test_assignment_names(key, kind):
    assert key_kind(key) == kind


@pytest.mark.parametrize(("path", "text"), [
    (".env", "STRIPE_SECRET_KEY=Vq3Lx8Zm2Wr7Tn4Kp9Bc5Hs1"),
    ("config.yaml", "  secret_key: Vq3Lx8Zm2Wr7Tn4Kp9Bc5Hs1"),
    ("config.json", '{"secret_key": "Vq3Lx8Zm2Wr7Tn4Kp9Bc5Hs1"}'),
    ("settings.toml", 'secret_key = "Vq3Lx8Zm2Wr7Tn4Kp9Bc5Hs1"'),
    ("app.ini", "secret_key = Vq3Lx8Zm2Wr7Tn4Kp9Bc5Hs1"),
    ("app.properties", "app.secret.key=Vq3Lx8Zm2Wr7Tn4Kp9Bc5Hs1"),
    ("main.tf", '  secret_key = "Vq3Lx8Zm2Wr7Tn4Kp9Bc5Hs1"'),
    ("Dockerfile", "ENV SECRET_KEY Vq3Lx8Zm2Wr7Tn4Kp9Bc5Hs1"),
    ("nb.ipynb", '    "secret_key = \\"Vq3Lx8Zm2Wr7Tn4Kp9Bc5Hs1\\"\\n",'),
    ("App.java", 'private static final String SECRET_KEY = "Vq3Lx8Zm2Wr7Tn4Kp9Bc5Hs1";'),
    ("main.go", 'secretKey := "Vq3Lx8Zm2Wr7Tn4Kp9Bc5Hs1"'),
    ("app.ts", 'const secretKey: string = "Vq3Lx8Zm2Wr7Tn4Kp9Bc5Hs1";'),
])
def test_generic_assignments_in_every_format(path, text):
    engine = Engine(rules=[r for r in all_rules() if r.category == "secret"])
    assert [f.rule for f in engine.analyze(path, text).findings] == ["VG-SEC-251"]


def test_lock_files_and_hashes_are_not_secrets():
    lock = '"integrity": "sha512-' + "Qz8" * 28 + '==", "resolved_token": "' + "ab12" * 10 + '"'
    assert _ids(lock, "package-lock.json", "json") == []
    assert _ids('commit_sha = "' + "3f9a1c0e7b" * 4 + '"') == []
    assert _ids('request_id = "5b0f2f6e-8a0c-4b8e-9f8e-6c2e1f0a9d3b"') == []


def test_database_url_and_basic_auth():
    assert _ids('DATABASE_URL = "postgresql://app:Zq8mK2vL9pX4@db.vigilint.test/app"') == \
        ["VG-SEC-210"]
    assert _ids('REG = "https://ci:Zq8mK2vL9pX4@registry.vigilint.test/v2/"') == ["VG-SEC-211"]


def test_specific_detector_wins_over_generic():
    value = "sk_live_" + "Q7vLm2Xr9TzW4nBp8KcD1fHs"
    assert _ids(f'stripe_secret_key = "{value}"') == ["VG-SEC-100"]


@pytest.mark.parametrize("text", [
    'user = {"hashed_password": "fakehashedsecretalice"}',  # a verifier by its name
    'hashedPassword = "Jd8qWz2Lp5vR7nT"',
    'ADMIN = {"password": "$argon2id$v=19$m=65536,t=3,p=4$wH9kR2nQ$Zk3p0b7yT1xVqL5sN8mE"}',
    "password = 'pbkdf2_sha256$600000$Qx7Lr2Vb9Kc$Zm4Tn8Wp1Hs5Jd3Fg6Ay'",
    'PASSWORD = "$2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW"',
])
def test_password_hashes_are_not_passwords(text):
    assert _ids(text) == []


def test_password_hashes_are_still_masked():
    from vigilint.analyzers.secrets.redaction import redact_text

    line = 'user = {"hashed_password": "Jd8qWz2Lp5vR7nT"}'
    assert "Jd8qWz2Lp5vR7nT" not in redact_text(line)


def test_a_query_parameter_value_ends_at_the_next_parameter():
    text = 'url = "https://x.test/cb?x-amz-security-token=keep&SIG=keep&x-goog-signature=keep"'
    assert _ids(text) == []
    real = 'url = "https://x.test/cb?api_key=Vq3Lx8Zm2Wr7Tn4Kp9Bc5Hs1&page=2"'
    assert _ids(real) == ["VG-SEC-251"]


@pytest.mark.parametrize(("text", "found"), [
    ('headers = {"Authorization": "Other invalidauthorization"}', False),
    ('headers = {"authorization": "Bearer authorization-secret"}', False),
    ('headers = {"Authorization": "Bearer qzjxkvwpmrtbnlhdfgcs"}', True),  # random letters
    ('headers = {"Authorization": "Bearer Vq3Lx8Zm2Wr7Tn4Kp9Bc5Hs1"}', True),
])
def test_header_values_made_of_words_are_not_tokens(text, found):
    assert ("VG-SEC-212" in _ids(text)) is found


@pytest.mark.parametrize(("path", "text"), [
    ("login.php", "if ($old_password == $db_info['password']) {"),
    ("login.php", '$password = $_POST["password"];'),
    ("login.php", "if ($pass == $repass) {"),
    ("extract.c", "    // Second pass: extract files"),
    ("xpath.c", "        found_password = content;"),
    ("hash.rs", "        password: &output,"),
    ("app.py", "conn = MySQLdb.connect(host=db_host,user=db_user,passwd=db_password,db=db_name)"),
    ("app.py", "    if (password == passwordhash200):"),
    ("app.py", "cursor.execute(\"SELECT id FROM users WHERE name='\"+name+\"' AND password='\"+password+\"'\")"),
    ("app.py", 'super_secret_info = "U2FsdGVkX1/R+WzJcxgvX/Iw=="'),  # `openssl enc` output
])
def test_variables_concatenations_and_ciphertexts_are_not_values(path, text):
    language = {"py": "python"}.get(path.rsplit(".", 1)[-1], "text")
    assert _ids(text, path, language) == []


@pytest.mark.parametrize(("path", "text"), [
    ("login.php", '$password = "Vq3Lx8Zm2Wr7Tn4K";'),
    ("Db.cs", 'var password = @"Vq3Lx8Zm2Wr7Tn4K";'),
    ("db.c", 'const char *db_password = "Vq3Lx8Zm2Wr7Tn4K";'),
    ("App.java", '@Value("${db.password:AXA9Ackbyk6KL5DjEXMb}") String dbPassword;'),
])
def test_literals_in_the_same_languages_are_still_found(path, text):
    language = {"java": "java"}.get(path.rsplit(".", 1)[-1], "text")
    assert _ids(text, path, language) == ["VG-SEC-250"]


def test_ciphertext_under_a_secret_name_is_still_masked():
    from vigilint.analyzers.secrets.redaction import redact_text

    assert "R+WzJcxgvX" not in redact_text('super_secret_info = "U2FsdGVkX1/R+WzJcxgvX/Iw=="')


OAUTH_DOCSTRING = '''def create_token_response(request):
    """Exchange the code for a token, as in RFC 6749 4.1.3::

        POST /token HTTP/1.1
        Authorization: Basic czZCaGRSa3F0MzpnWDFmQmF0M2JW

        {"access_token":"2YotnFZFEjr1zCsicMWpAA", "refresh_token":"tGzv3JOkF0XG5Qx2TlKWIA"}
    """
    return issue(request)
'''


def test_standard_examples_in_docstrings_and_comments_are_not_reported():
    engine = Engine(rules=[r for r in all_rules() if r.category == "secret"])
    assert engine.analyze("oauth/grants.py", OAUTH_DOCSTRING).findings == []
    js = '// e.g. Authorization: Basic czZCaGRSa3F0MzpnWDFmQmF0M2JW\nconst x = 1;\n'
    assert engine.analyze("lib/auth.js", js).findings == []
    # a machine-made value in a docstring is reported, lowered like one in a docs file
    real = OAUTH_DOCSTRING.replace("2YotnFZFEjr1zCsicMWpAA", "Vq3Lx8Zm2Wr7Tn4Kp9Bc5Hs1")
    (finding,) = engine.analyze("oauth/grants.py", real).findings
    assert finding.likelihood == "unlikely" and finding.priority in ("P2", "P3")
    # the same example as code is still reported, at the lowest priority
    (code,) = engine.analyze("oauth/grants.py", 'TOKEN = "2YotnFZFEjr1zCsicMWpAA"\n').findings
    assert code.priority == "P4"


def test_authentication_method_names_and_numbers_are_not_passwords():
    assert _ids('self.send_auth_request(username, "publickey", finish)') == []
    assert _ids('EXPIRES = {"implicit": 3600, "password": 864000}') == []
    assert _ids("PASSWORD = 864000", "a.env", "dotenv") == ["VG-SEC-250"]


def test_a_query_value_in_a_docstring_ends_at_the_next_parameter():
    text = "    oauth_token=hh5s93j4hdidpola&oauth_verifier=hfdp7dh39dks9884\n"
    assert [m.value for m in scan_text(text, "a.txt", "text")] == ["hh5s93j4hdidpola"]


def test_badge_image_tokens_are_not_secrets():
    badge = "[![Coverage](https://codecov.test/gh/o/r/graph/badge.svg?token=OWTd7Kq2Lp)]"
    assert _ids(badge, "README.md", "text") == []
    assert _ids("https://api.test/v1/items?token=Vq3Lx8Zm2Wr7Tn4Kp9Bc5Hs1", "a.txt", "text")


@pytest.mark.parametrize(("path", "language", "text", "rule"), [
    ("config.yaml", "yaml", "password: $3cr3tP4ss!", "VG-SEC-250"),  # a literal, not `$VAR`
    ("app.py", "python", 'encoded_secret = "Vq3Lx8Zm2Wr7Tn4Kp9Bc5Hs1"', "VG-SEC-251"),
])
def test_dollar_literals_in_config_and_encoded_secrets_are_still_found(path, language, text, rule):
    assert _ids(text, path, language) == [rule]
