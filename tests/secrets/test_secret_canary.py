"""Canary test: plant secrets of several kinds (one a multi-line private key) in a project, run
`vigilint scan` in every output format and with `--write-baseline`, and search everything it
prints or writes for each secret and for any 8-character piece of it. The planting helpers are
shared with the MCP server's redaction test; the catalogue in every file type, the ledger and
the language server's traffic are checked in `test_secret_catalogue*.py`."""

from __future__ import annotations

import binascii
import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from vigilint.analyzers.secrets.catalog import base62

_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
_B64 = _ALNUM + "+/"


def _rand(rng: random.Random, n: int, chars: str = _ALNUM) -> str:
    return "".join(rng.choice(chars) for _ in range(n))


def canaries() -> dict[str, str]:
    rng = random.Random(20261125)
    body = _rand(rng, 30)
    github = "gh" + "p_" + body + base62(binascii.crc32(body.encode()))
    pem_body = "\n".join(_rand(rng, 64, _B64) for _ in range(6))
    return {
        "github": github,
        "stripe": "sk" + "_live_" + _rand(rng, 28),
        "aws_id": "AK" + "IA" + _rand(rng, 16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"),
        "aws_secret": _rand(rng, 40, _B64),
        "anthropic": "sk-" + "ant-api03-" + _rand(rng, 93) + "AA",
        "password": "Qv7!" + _rand(rng, 12),
        "db_password": _rand(rng, 18),
        "pem_body": pem_body,
    }


def plant(root: Path) -> dict[str, str]:
    values = canaries()
    (root / "app.py").write_text(
        "import os, yaml\n"
        f'GITHUB_TOKEN = "{values["github"]}"\n'
        f'stripe.api_key = "{values["stripe"]}"\n'
        f'AWS_ACCESS_KEY_ID = "{values["aws_id"]}"\n'
        f'AWS_SECRET_ACCESS_KEY = "{values["aws_secret"]}"\n'
        f'client = Anthropic(api_key="{values["anthropic"]}")\n'
        # another rule's finding on a line that holds a secret must not show it either
        f'config = yaml.load(open("c.yml"), password="{values["password"]}")\n'
        f'DATABASE_URL = "postgresql://app:{values["db_password"]}@db.vigilint.test/app"\n',
        encoding="utf-8")
    (root / "deploy_key.py").write_text(
        'KEY = """-----BEGIN RSA PRIVATE KEY-----\n' + values["pem_body"]
        + '\n-----END RSA PRIVATE KEY-----"""\n', encoding="utf-8")
    (root / ".env").write_text(f"ADMIN_PASSWORD={values['password']}\n", encoding="utf-8")
    return values


def pieces(values: dict[str, str]) -> dict[str, set[str]]:
    """Each secret and every 8-character piece of it (for the key: of each body line)."""
    out: dict[str, set[str]] = {}
    for name, value in values.items():
        parts = value.split("\n")
        found = {value}
        for part in parts:
            found.update(part[i:i + 8] for i in range(len(part) - 7))
        out[name] = found
    return out


def assert_clean(label: str, text: str, values: dict[str, str]) -> None:
    for name, found in pieces(values).items():
        leaked = sorted(p for p in found if p in text)
        assert not leaked, f"{label} shows {name}: {leaked[:3]}"


@pytest.fixture
def project(tmp_path: Path) -> tuple[Path, dict[str, str], dict[str, str]]:
    root = tmp_path / "proj"
    root.mkdir()
    values = plant(root)
    env = dict(os.environ, XDG_CONFIG_HOME=str(tmp_path / "config"))
    env.pop("VIGILINT_HMAC_KEY", None)
    return root, values, env


def _run(args: list[str], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "vigilint", *args], capture_output=True,
                          text=True, env=env, cwd=cwd, timeout=120, check=False)


def test_cli_outputs_never_show_a_secret(project, tmp_path):
    root, values, env = project
    outputs = []
    for fmt in ("text", "json", "sarif"):
        result = _run(["scan", str(root), "--format", fmt], env, tmp_path)
        assert result.returncode == 1, result.stderr
        outputs.append((f"{fmt} stdout", result.stdout))
        outputs.append((f"{fmt} stderr", result.stderr))
    report = tmp_path / "report.sarif"
    baseline = tmp_path / "baseline.json"
    result = _run(["scan", str(root), "--format", "sarif", "--output", str(report),
                   "--write-baseline", str(baseline)], env, tmp_path)
    outputs += [("sarif file", report.read_text()), ("baseline", baseline.read_text()),
                ("stdout", result.stdout), ("stderr", result.stderr)]
    result = _run(["scan", str(root), "--baseline", str(baseline), "--format", "json"],
                  env, tmp_path)
    outputs += [("baselined stdout", result.stdout), ("baselined stderr", result.stderr)]
    assert json.loads(result.stdout)["summary"]["findings"] == 0
    for label, text in outputs:
        assert_clean(label, text, values)
    # the scan did see them: every kind is reported (in redacted form)
    doc = json.loads(outputs[2][1])
    rules = {f["rule"] for f in doc["findings"]}
    assert {"VG-SEC-040", "VG-SEC-100", "VG-SEC-001", "VG-SEC-002", "VG-SEC-121",
            "VG-SEC-190", "VG-SEC-210", "VG-SEC-250"} <= rules
    assert all(f["secret_hash"] for f in doc["findings"] if f["category"] == "secret")
    key_file = tmp_path / "config" / "vigilint" / "secret.key"
    assert key_file.exists() and (key_file.stat().st_mode & 0o777) == 0o600
