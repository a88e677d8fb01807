"""Secrets known by their neighbours (`pairs.py`): the three patterns issue 12 found missed
(a `name:`/`value:` pair on two lines, setter and builder calls, fallbacks of environment
lookups) in every supported language, the positional secrets next to a key id or in a
credential call, and the look-alikes that are not secrets. Values are built at run time."""

from __future__ import annotations

import random
import string

import pytest

from vigilint.analyzers.secrets.scanner import scan_text

ALNUM = string.ascii_letters + string.digits


def rand(n: int, seed: int, alphabet: str = ALNUM) -> str:
    rng = random.Random(seed)
    value = "".join(rng.choice(alphabet) for _ in range(n))
    return value[:-2] + "7q" if not any(c.isdigit() for c in value) else value


PW = rand(14, 1) + "!"
TOKEN = rand(28, 2)
KEY_ID = "AKIA" + rand(16, 3, string.ascii_uppercase + "234567")
AWS_SECRET = rand(40, 4, ALNUM + "+/")


def found(text: str, path: str, language: str) -> dict[str, str]:
    return {m.value: m.rule_id for m in scan_text(text, path, language)}


# -- the three missed patterns, in every supported language ---------------------------------
SETTERS = [
    ("App.java", "java", f'ds.setPassword("{PW}");'),
    ("App.java", "java", f'DataSourceBuilder.create().password("{PW}").build();'),
    ("app.py", "python", f'cfg.set_password("{PW}")'),
    ("app.ts", "typescript", f'builder.password("{PW}").build();'),
    ("app.js", "javascript", f'client.withSecret("{TOKEN}");'),
    ("main.go", "go", f'cfg.SetPassword("{PW}")'),
    ("main.go", "go", f'client := openai.NewClient(option.WithAPIKey("{TOKEN}"))'),
    ("App.java", "java", f'mail.setApiKey("{TOKEN}");'),
]
FALLBACKS = [
    ("app.py", "python", f'KEY = os.environ.get("TOKEN_ENC_KEY", "{TOKEN}")'),
    ("app.py", "python", f'PW = os.getenv("DB_PASSWORD") or "{PW}"'),
    ("app.js", "javascript", f'const k = process.env.TOKEN_ENC_KEY || "{TOKEN}";'),
    ("app.ts", "typescript", f'const k: string = process.env["DB_PASSWORD"] ?? "{PW}";'),
    ("main.go", "go", f'key := getEnv("TOKEN_ENC_KEY", "{TOKEN}")'),
    ("main.go", "go", f'pw := cmp.Or(os.Getenv("DB_PASSWORD"), "{PW}")'),
    ("App.java", "java", f'String k = System.getenv().getOrDefault("TOKEN_ENC_KEY", "{TOKEN}");'),
    ("App.java", "java",
     f'String p = Optional.ofNullable(System.getenv("DB_PASSWORD")).orElse("{PW}");'),
    ("App.java", "java", f'@Value("${{app.db.password:{PW}}}") String password;'),
    ("application.properties", "properties", f"spring.datasource.password=${{DB_PASSWORD:{PW}}}"),
    ("docker-compose.yml", "yaml", f"      DB_PASSWORD: ${{DB_PASSWORD:-{PW}}}"),
    ("run.sh", "bash", f'export API_TOKEN="${{API_TOKEN:-{TOKEN}}}"'),
]
PAIRS = [
    ("deployment.yaml", "yaml", f'env:\n  - name: DATABASE_PASSWORD\n    value: "{PW}"\n'),
    ("values.yaml", "yaml", f'extraEnv:\n  - value: "{TOKEN}"\n    name: API_TOKEN\n'),
    ("task.json", "json", f'[{{"name": "DB_PASSWORD", "value": "{PW}"}}]'),
    ("task.json", "json", f'{{\n  "name": "API_TOKEN",\n  "value": "{TOKEN}"\n}}'),
    ("main.tf", "hcl", f'env {{\n  name  = "DB_PASSWORD"\n  value = "{PW}"\n}}'),
    ("stack.yaml", "yaml",
     f"Parameters:\n  - ParameterKey: DbPassword\n    ParameterValue: {PW}\n"),
    ("core-site.xml", "text",
     f"<property>\n  <name>fs.s3a.secret.key</name>\n  <value>{TOKEN}</value>\n</property>"),
    ("app.py", "python", f'ENV = [{{"name": "DATABASE_PASSWORD", "value": "{PW}"}}]'),
]


@pytest.mark.parametrize(("path", "language", "text"), [*SETTERS, *FALLBACKS, *PAIRS])
def test_value_given_by_context_is_found(path: str, language: str, text: str) -> None:
    values = found(text, path, language)
    assert PW in values or TOKEN in values, values


def test_fallback_findings_say_how_the_value_was_given() -> None:
    (match,) = scan_text(f'KEY = os.environ.get("TOKEN_ENC_KEY", "{TOKEN}")', "a.py", "python")
    assert match.advice is not None and "fallback" in match.advice


# -- secrets without a name ------------------------------------------------------------------
@pytest.mark.parametrize(("path", "language", "text"), [
    ("App.java", "java", f'AwsBasicCredentials.create("{KEY_ID}", "{AWS_SECRET}");'),
    ("App.java", "java", f'AwsBasicCredentials.create(\n    "{KEY_ID}",\n    "{AWS_SECRET}");'),
    ("main.go", "go", f'credentials.NewStaticCredentials("{KEY_ID}", "{AWS_SECRET}", "")'),
    ("app.js", "javascript", f'new AWS.Credentials("{KEY_ID}", "{AWS_SECRET}");'),
    ("creds.csv", "text", f"deploy,{KEY_ID},{AWS_SECRET}"),
])
def test_secret_next_to_an_aws_key_id(path: str, language: str, text: str) -> None:
    assert found(text, path, language).get(AWS_SECRET) == "VG-SEC-002"


@pytest.mark.parametrize(("path", "language", "text"), [
    ("App.java", "java", f'new UsernamePasswordCredentials("svc", "{PW}")'),
    ("App.java", "java", f'DriverManager.getConnection(url, "sa", "{PW}")'),
    ("app.py", "python", f'smtp.login("ops@corp.test", "{PW}")'),
    ("app.py", "python", f'requests.get(url, auth=("svc", "{PW}"))'),
    ("main.go", "go", f'req.SetBasicAuth("svc", "{PW}")'),
    ("App.java", "java", f'new StorageSharedKeyCredential("acct", "{AWS_SECRET}{AWS_SECRET}")'),
])
def test_literal_arguments_of_credential_calls(path: str, language: str, text: str) -> None:
    values = found(text, path, language)
    assert values and ("svc" not in values and "sa" not in values), values


# -- look-alikes -----------------------------------------------------------------------------
@pytest.mark.parametrize(("path", "language", "text"), [
    # a pair whose value is a reference, or another item's value
    ("deployment.yaml", "yaml",
     "env:\n  - name: USER\n    value: admin\n  - name: DATABASE_PASSWORD\n    valueFrom:\n"
     "      secretKeyRef: {name: db, key: password}\n"),
    # HTML forms: the name attribute's neighbours are other elements
    ("login.html", "text", '<input type="password" name="password">\n'
                           '<input type="submit" value="Log In">'),
    # tuples and lists of names, not a lookup and its default
    ("0002_alter.py", "python", 'dependencies = [("auth", "0001_initial")]'),
    ("forms.py", "python", '@sensitive_variables("password1", "password2")'),
    ("checks.py", "python", 'Permission = apps.get_model("auth", "Permission")'),
    ("hashers.py", "python", 'self.hasher.verify("password", "encoded")'),
    # verbs, not setters; lookups without a default
    ("App.java", "java", f'user.checkPassword("{PW}");'),
    ("app.py", "python", 'x = request.form.get("password", "")'),
    ("app.py", "python", 'translate("password", "Passwort")'),
    # credential-call look-alikes: the first argument alone, tuples of settings
    ("settings.py", "python",
     'AUTHENTICATION_BACKENDS=("django.contrib.auth.backends.ModelBackend",)'),
    ("App.java", "java", 'DriverManager.getConnection(url, "sa", System.getenv("DB_PW"))'),
    # names and expressions as values, messages in strings
    ("forms.py", "python", "if password1 and password2 and password1 != password2:"),
    ("db.py", "python", "return self.model.objects.filter(session_key=session_key).exists()"),
    ("vendor.min.js", "javascript", 'throw new SyntaxError("Invalid token "+name);'),
    ("views.py", "python", 'SESSION_KEY = "_auth_user_id"'),
])
def test_not_a_secret(path: str, language: str, text: str) -> None:
    assert found(text, path, language) == {}
