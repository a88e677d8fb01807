"""The hard-coded secret fix (analyzers/secrets/fix.py): the literal becomes an environment
read named after its holder, in each language; no fix where the secret is not the whole literal
or the place needs a constant; never a raw secret in a fix."""

from __future__ import annotations

import pytest

from vigilint.analyzers.engine import Engine
from vigilint.analyzers.secrets.fix import env_name

TOKEN = "Lq7Xz2Vk9Wm4Rt6Hn3Bc8Pd5"  # made up for this test


@pytest.mark.parametrize(("name", "expected"), [
    ("stripeApiKey", "STRIPE_API_KEY"), ("self.stripe_api_key", "STRIPE_API_KEY"),
    ("queueAPIToken", "QUEUE_API_TOKEN"), ('"x-api-key"', "X_API_KEY"), ("9lives", ""),
])
def test_env_name(name, expected):
    assert env_name(name) == expected


def _fixes(path: str, text: str) -> list[str | None]:
    findings = [f for f in Engine().analyze(path, text).findings if f.category == "secret"]
    assert findings, "the fixture must hold a reported secret"
    return [None if f.fix is None else f.fix.edits[-1].new_text for f in findings]


@pytest.mark.parametrize(("path", "text", "expected"), [
    ("a.ts", f'export const billingApiToken: string = "{TOKEN}";\n',
     "process.env.BILLING_API_TOKEN"),
    ("a.py", f'import os\nsettings = {{"api_token": "{TOKEN}"}}\n', 'os.environ["API_TOKEN"]'),
    ("main.go", f'package main\n\nfunc main() {{\n\tapiToken := "{TOKEN}"\n\t_ = apiToken\n}}\n',
     'os.Getenv("API_TOKEN")'),
])
def test_fix_in_each_language(path, text, expected):
    assert _fixes(path, text) == [expected]


@pytest.mark.parametrize(("path", "text"), [
    ("a.py", f'api_token = b"{TOKEN}"\n'),                             # bytes
    ("A.java", f'class A {{\n  @Key(apiToken = "{TOKEN}")\n  void f() {{}}\n}}\n'),  # annotation
    ("a.js", f'const url = "https://x.example/?api_token={TOKEN}";\n'),  # part of a literal
])
def test_no_fix_where_an_environment_read_cannot_stand(path, text):
    assert _fixes(path, text) == [None]


def test_the_fix_never_carries_the_secret():
    analysis = Engine().analyze("a.py", f'API_TOKEN = "{TOKEN}"\n')
    [finding] = analysis.findings
    assert finding.fix is not None and not finding.fix.safe
    assert "rotate" in finding.fix.title
    assert all(TOKEN not in e.new_text for e in finding.fix.edits)
