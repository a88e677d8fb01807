"""A catalogue of fake secrets planted in a project with one file per supported file type.

Every catalogue detector's sample (built at run time, no marker) goes into every file type in
that language's own syntax; structured samples (PEM keys, Kubernetes Secrets, curl commands,
`nuget.config` entries) go where they belong. Each file also holds the secrets that no name
announces: positional arguments (`AwsBasicCredentials.create("AKIA...", "<secret>")`, a random
literal next to a key id in a call no detector knows), setters and builders, fallbacks of
environment lookups and multi-line `name:`/`value:` pairs, in that language's idiom.

`Planted.fragments()` is every 8-character window of a planted value that is mostly random
text: the tests look for each of them in every output channel.
"""

from __future__ import annotations

import json
import random
import shlex
import string
from dataclasses import dataclass, field
from pathlib import Path

from vigilint.analyzers.secrets.catalog import DETECTORS, Detector
from vigilint.analyzers.secrets.samples import pieces

ALNUM = string.ascii_letters + string.digits
B64 = ALNUM + "+/"
UPPER = string.ascii_uppercase + "234567"
WINDOW = 8


@dataclass
class Planted:
    label: str
    parts: list[tuple[str, bool]]  # (text, is random)

    @property
    def value(self) -> str:
        return "".join(text for text, _ in self.parts)

    def fragments(self) -> set[str]:
        """8-character windows of the value with at least 6 random characters."""
        flags = [random_part for text, random_part in self.parts for _ in text]
        value = self.value
        return {value[i:i + WINDOW] for i in range(len(value) - WINDOW + 1)
                if sum(flags[i:i + WINDOW]) >= WINDOW - 2 and "\n" not in value[i:i + WINDOW]}


@dataclass
class Project:
    root: Path
    planted: list[Planted] = field(default_factory=list)
    files: dict[str, str] = field(default_factory=dict)  # file name -> language

    def leaks(self, text: str) -> list[str]:
        """Labels and fragments of planted values found in `text` (empty when clean)."""
        out = []
        for planted in self.planted:
            shown = sorted(f for f in planted.fragments() if f in text)
            if shown:
                out.append(f"{planted.label}: {shown[:3]}")
        return out


def _rand(rng: random.Random, n: int, chars: str = ALNUM) -> str:
    value = "".join(rng.choice(chars) for _ in range(n))
    # a random value that happens to have no digit would be judged a word by some filters
    return value[:-1] + rng.choice(string.digits) if not any(c.isdigit() for c in value) else value


def _random_planted(label: str, value: str) -> Planted:
    return Planted(label, [(value, True)])


def _sample(detector: Detector) -> Planted:
    return Planted(detector.name, pieces(detector.sample, detector.number + 1000))


_STRUCTURED = ("apiVersion", "<add", "curl", "-----BEGIN")


def _split_assignment(value: str, index: int) -> tuple[str, str]:
    """`KEY = "value"` samples keep their key; bare tokens get a neutral name."""
    if " = \"" in value and value.endswith("\"") and "\n" not in value:
        key, _, rest = value.partition(" = \"")
        return key.strip(), rest[:-1]
    return f"value_{index}", value


def _assign(language: str, name: str, value: str) -> str:
    quoted = json.dumps(value)
    return {
        "python": f"{name} = {quoted}",
        "javascript": f"const {name} = {quoted};",
        "typescript": f"const {name}: string = {quoted};",
        "tsx": f"export const {name}: string = {quoted};",
        "go": f"var {name} = {quoted}",
        "java": f"    static final String {name} = {quoted};",
        "yaml": f"{name}: {quoted}",
        "json": f"  {json.dumps(name)}: {quoted},",
        "toml": f"{name} = {quoted}",
        "hcl": f"  {name} = {quoted}",
        "bash": f"{name}={shlex.quote(value)}",
        "dockerfile": f"ENV {name}={quoted}",
        "dotenv": f"{name}={value}" if value.isprintable() and " " not in value
        else f"{name}={quoted}",
        "properties": f"{name}={value}",
        "text": f"{name}: {value}",
    }[language]


FILES = {
    "app.py": "python", "server.js": "javascript", "client.ts": "typescript",
    "View.tsx": "tsx", "main.go": "go", "App.java": "java", "values.yaml": "yaml",
    "task.json": "json", "settings.toml": "toml", "main.tf": "hcl", "deploy.sh": "bash",
    "Dockerfile": "dockerfile", ".env": "dotenv", "application.properties": "properties",
    "notes.txt": "text",
}
_HEAD = {
    "go": "package main\n\n", "java": "class App {\n", "json": "{\n", "hcl": "locals {\n",
    "bash": "#!/bin/bash\n", "dockerfile": "FROM python:3.12-slim\n",
}
_TAIL = {"java": "}\n", "json": '  "end": "end"\n}\n', "hcl": "}\n"}


def _positional(language: str, rng: random.Random) -> tuple[list[str], list[Planted]]:
    """The secrets no name announces, in the idiom of `language`: (lines, planted)."""
    key_id = "AKIA" + _rand(rng, 16, UPPER).upper()
    other_id = "AKIA" + _rand(rng, 16, UPPER).upper()  # its own finding on the unknown's line
    aws_secret = _rand(rng, 40, B64)
    unknown = _rand(rng, 32)  # no detector knows it; it shares a line with a key id
    password = _rand(rng, 14) + "!"
    token = _rand(rng, 36)
    fallback = _rand(rng, 24)
    pair = _rand(rng, 20)
    builder = _rand(rng, 18)
    other = _rand(rng, 30)  # on a line another rule reports (unsafe YAML loading, eval)
    planted = [_random_planted(f"{language}: AWS key id", key_id[4:]),
               _random_planted(f"{language}: AWS key id by an unknown literal", other_id[4:]),
               _random_planted(f"{language}: AWS secret next to its id", aws_secret),
               _random_planted(f"{language}: unknown literal next to a key id", unknown),
               _random_planted(f"{language}: password argument", password),
               _random_planted(f"{language}: setter token", token),
               _random_planted(f"{language}: lookup fallback", fallback),
               _random_planted(f"{language}: name/value pair", pair),
               _random_planted(f"{language}: builder password", builder),
               _random_planted(f"{language}: on another rule's line", other)]
    lines = {
        "python": [
            f'session = Session("{key_id}", "{aws_secret}")',
            f'client = init_storage("{other_id}", "{unknown}")',
            f'smtp.login("ops@vigilint.test", "{password}")',
            f'cfg.set_api_key("{token}")',
            f'TOKEN_ENC_KEY = os.environ.get("TOKEN_ENC_KEY", "{fallback}")',
            f'env = [{{"name": "DATABASE_PASSWORD", "value": "{pair}"}}]',
            f'db = Builder().password("{builder}").build()',
            f'config = yaml.load(open("c.yml"), access_token="{other}")',
        ],
        "javascript": [
            f'const creds = new AWS.Credentials("{key_id}", "{aws_secret}");',
            f'const client = initStorage("{other_id}", "{unknown}");',
            f'await smtp.login("ops@vigilint.test", "{password}");',
            f'mail.setApiKey("{token}");',
            f'const key = process.env.TOKEN_ENC_KEY || "{fallback}";',
            f'const env = [{{ name: "DATABASE_PASSWORD", value: "{pair}" }}];',
            f'const db = builder.password("{builder}").build();',
            f'const apiToken = "{other}"; eval(req.query.code);',
        ],
        "go": [
            f'var creds = credentials.NewStaticCredentials("{key_id}", "{aws_secret}", "")',
            f'var client = initStorage("{other_id}", "{unknown}")',
            f'func auth(r *http.Request) {{ r.SetBasicAuth("ops", "{password}") }}',
            f'var opt = option.WithAPIKey("{token}")',
            f'var key = getEnv("TOKEN_ENC_KEY", "{fallback}")',
            f'var env = []EnvVar{{{{Name: "DATABASE_PASSWORD", Value: "{pair}"}}}}',
            f'var db = cmp.Or(os.Getenv("DB_PASSWORD"), "{builder}")',
        ],
        "java": [
            f'    AwsBasicCredentials creds = AwsBasicCredentials.create("{key_id}", "{aws_secret}");',
            f'    Client client = initStorage("{other_id}", "{unknown}");',
            f'    Credentials c = new UsernamePasswordCredentials("ops", "{password}");',
            f'    void init() {{ cfg.setApiKey("{token}"); }}',
            f'    String key = System.getenv().getOrDefault("TOKEN_ENC_KEY", "{fallback}");',
            f'    @Value("${{db.password:{pair}}}") String dbPassword;',
            f'    DataSource ds = DataSourceBuilder.create().password("{builder}").build();',
        ],
        "yaml": [
            f'aws: {{id: "{key_id}", key: "{aws_secret}"}}',
            f'storage: [{other_id}, {unknown}]',
            "smtp_password: " + password,
            f'api_token: "{token}"',
            f'fallback: "${{TOKEN_ENC_KEY:-{fallback}}}"',
            "env:\n  - name: DATABASE_PASSWORD\n    value: \"" + pair + "\"",
            "extraEnv:\n  - value: \"" + builder + "\"\n    name: API_TOKEN",
        ],
        "json": [
            f'  "aws": ["{key_id}", "{aws_secret}"],',
            f'  "storage": ["{other_id}", "{unknown}"],',
            f'  "smtp_password": "{password}",',
            f'  "api_token": "{token}",',
            f'  "fallback": "${{TOKEN_ENC_KEY:-{fallback}}}",',
            f'  "environment": [{{"name": "DATABASE_PASSWORD", "value": "{pair}"}}],',
            '  "secrets": [\n    {\n      "name": "API_TOKEN",\n      "value": "' + builder
            + '"\n    }\n  ],',
        ],
        "toml": [
            f'aws = ["{key_id}", "{aws_secret}"]',
            f'storage = ["{other_id}", "{unknown}"]',
            f'smtp_password = "{password}"',
            f'api_token = "{token}"',
            f'fallback = "${{TOKEN_ENC_KEY:-{fallback}}}"',
            f'[[env]]\nname = "DATABASE_PASSWORD"\nvalue = "{pair}"',
            f'[[env]]\nname = "API_TOKEN"\nvalue = "{builder}"',
        ],
        "hcl": [
            f'  aws = ["{key_id}", "{aws_secret}"]',
            f'  storage = ["{other_id}", "{unknown}"]',
            f'  smtp_password = "{password}"',
            f'  api_token = "{token}"',
            f'  fallback = "${{TOKEN_ENC_KEY:-{fallback}}}"',
            f'  env = {{\n    name  = "DATABASE_PASSWORD"\n    value = "{pair}"\n  }}',
            f'  other = {{\n    name  = "API_TOKEN"\n    value = "{builder}"\n  }}',
        ],
        "bash": [
            f'export AWS_ACCESS_KEY_ID={key_id} AWS_SECRET_ACCESS_KEY={aws_secret}',
            f'init-storage {other_id} {unknown}',
            f'curl -u ops:{password} https://api.vigilint.test/',
            f'export API_TOKEN="{token}"',
            f'KEY="${{TOKEN_ENC_KEY:-{fallback}}}"',
            f'DATABASE_PASSWORD="{pair}" ./run',
            f'mysql --password={builder} app',
        ],
        "dockerfile": [
            f'ENV AWS_ACCESS_KEY_ID={key_id} AWS_SECRET_ACCESS_KEY={aws_secret}',
            f'RUN init-storage {other_id} {unknown}',
            f'RUN curl -u ops:{password} https://api.vigilint.test/',
            f'ENV API_TOKEN={token}',
            f'ARG TOKEN_ENC_KEY={fallback}',
            f'ENV DATABASE_PASSWORD="{pair}"',
            f'RUN mysql --password={builder} app',
        ],
        "dotenv": [
            f'AWS_ACCESS_KEY_ID={key_id}\nAWS_SECRET_ACCESS_KEY={aws_secret}',
            f'STORAGE={other_id},{unknown}',
            f'SMTP_PASSWORD={password}',
            f'API_TOKEN={token}',
            f'TOKEN_ENC_KEY=${{TOKEN_ENC_KEY:-{fallback}}}',
            f'DATABASE_PASSWORD={pair}',
            f'DB_PASS={builder}',
        ],
        "properties": [
            f'aws.credentials={key_id}:{aws_secret}',
            f'storage={other_id},{unknown}',
            f'spring.mail.password={password}',
            f'api.token={token}',
            f'token.enc.key=${{TOKEN_ENC_KEY:{fallback}}}',
            f'spring.datasource.password=${{DB_PASSWORD:{pair}}}',
            f'db.pass={builder}',
        ],
        "text": [
            f'{key_id} {aws_secret}',
            f'storage: {other_id} {unknown}',
            f'smtp password: {password}',
            f'api_token={token}',
            f'TOKEN_ENC_KEY=${{TOKEN_ENC_KEY:-{fallback}}}',
            f'DATABASE_PASSWORD: {pair}',
            f'db_pass = {builder}',
        ],
    }
    lines["typescript"] = lines["javascript"]
    lines["tsx"] = lines["javascript"]
    return lines[language], planted


def _structured(language: str, value: str) -> str | None:
    """Where a structured sample goes in `language` (None: not in this file type)."""
    if value.startswith("-----BEGIN"):
        return {
            "python": f'KEY = """{value}"""',
            "javascript": f"const KEY = `{value}`;",
            "typescript": f"const KEY = `{value}`;",
            "tsx": f"export const KEY = `{value}`;",
            "go": f"var key = `{value}`",
            "java": f'    static final String KEY = """\n{value}""";',
            "yaml": "key: |\n  " + value.replace("\n", "\n  "),
            "json": f'  "key": {json.dumps(value)},',
            "toml": f'key = """{value}"""',
            "hcl": f"  key = <<EOT\n{value}\nEOT",
            "bash": f"cat > id_rsa <<'EOF'\n{value}\nEOF",
            "text": value,
        }.get(language)
    if value.startswith("apiVersion"):
        return "---\n" + value if language in ("yaml", "text") else None
    if value.startswith("curl"):
        return value if language in ("bash", "text") else \
            f"RUN {value}" if language == "dockerfile" else None
    return value if language == "text" else None


# The HMAC key of the runs that search every output for fragments. Fingerprints and secret
# hashes are hex digests; with a fresh random key per run, one of their ~10^5 eight-digit windows
# matches one of the ~1,400 hex fragments of the planted values by chance in a few runs out of a
# hundred (a false "leak" of exactly one fragment). A fixed key makes every digest, and the test,
# the same on every run; the key file is still read from the config dir, as in use.
FIXED_KEY = "5a" * 32


def fixed_key(config_home: Path) -> Path:
    """Write the fixed key where vigilint looks for it under `XDG_CONFIG_HOME=config_home`."""
    from vigilint.analyzers.secrets.redaction import KEY_FILE

    path = config_home / "vigilint" / KEY_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(FIXED_KEY + "\n", encoding="ascii")
    path.chmod(0o600)
    return path


def plant(root: Path, seed: int = 20261206) -> Project:
    """Write the catalogue into `root` (a git work tree): one file per supported file type."""
    root.mkdir(parents=True, exist_ok=True)
    (root / ".git").mkdir(exist_ok=True)
    project = Project(root)
    samples = [_sample(d) for d in DETECTORS]
    project.planted.extend(samples)
    rng = random.Random(seed)
    for name, language in FILES.items():
        lines = [_HEAD.get(language, "")]
        for index, planted in enumerate(samples):
            value = planted.value
            if value.startswith(_STRUCTURED) or "\n" in value or " => " in value:
                placed = _structured(language, value)
                if placed is not None:
                    lines.append(placed)
                continue
            key, literal = _split_assignment(value, index)
            lines.append(_assign(language, key, literal))
        extra, planted_here = _positional(language, rng)
        lines.extend(extra)
        project.planted.extend(planted_here)
        lines.append(_TAIL.get(language, ""))
        (root / name).write_text("\n".join(lines), encoding="utf-8")
        project.files[name] = language
    return project
