"""Context the detectors use: who owns a name, code vs config values, continued shell lines,
header schemes, masked vs structured values. Values are built from pieces at run time."""

from __future__ import annotations

import random
import string

import pytest

from vigilint.analyzers.secrets import filters
from vigilint.analyzers.secrets.scanner import classify, scan_text

ALNUM = string.ascii_letters + string.digits
LOWER = string.ascii_lowercase + string.digits
HEX = "0123456789abcdef"


def rand(alphabet: str, n: int, seed: int = 1) -> str:
    rng = random.Random(seed * 7919 + n)
    return "".join(rng.choice(alphabet) for _ in range(n))


def ids(text: str, path: str = "settings.txt", language: str = "text") -> list[str]:
    return [m.rule_id for m in scan_text(text, path, language)]


def test_vendor_owned_name_is_judged_by_the_vendor_detector():
    good = rand(string.digits, 10) + ":AA" + rand(ALNUM, 33)
    malformed = rand(string.digits, 8) + ":A" + rand(LOWER, 39)  # wrong secret length
    assert ids(f'telegram_bot_token = "{good}"') == ["VG-SEC-082"]
    assert ids(f'telegram_bot_token = "{malformed}"') == []
    # a name without an owned vendor word still goes to the generic rule
    assert ids(f'bot_token = "{malformed}"') == ["VG-SEC-251"]


def test_cpp_constructor_and_assign_literals():
    value = rand(ALNUM, 20, 2)
    assert ids(f'std::string secret("{value}");', "a.cpp", "cpp") == ["VG-SEC-251"]
    assert ids(f'secret.assign("{value}", 20);', "a.cpp", "cpp") == ["VG-SEC-251"]
    assert ids(f'return check_secret("{value}");', "a.cpp", "cpp") == []
    assert ids(f'x = get_token("{value}")', "a.py", "python") == []


def test_semicolon_terminated_unquoted_value_is_an_expression():
    assert ids("passwd = derive(keys[0], salt{1});", "a.c", "c") == []
    assert ids(f"passwd = {rand(ALNUM, 14, 3)}", "app.ini", "ini") == ["VG-SEC-250"]


def test_openai_marker_must_be_intact():
    head, tail = rand(ALNUM, 20, 4), rand(ALNUM, 20, 5)
    assert ids(f'k = "sk-proj-{head}T3BlbkFJ{tail}"') == ["VG-SEC-120"]
    assert "VG-SEC-120" not in ids(f'k = "sk-proj-{head}T4BlbkFJ{tail}"')


def test_repeated_digit_ids_with_random_tail_are_not_masked():
    ids_part = "5" + "1" * 8 + "-3" + "1" * 10
    token = f"xoxa-2-{ids_part}-" + rand(HEX, 18, 6)
    assert filters.has_random_segment(token)
    assert classify(token) == "placeholder"
    assert classify("xoxb-" + "x" * 30) == "drop"
    # a masked tail after a real-looking head is still a mask
    assert classify("eyJ" + rand(ALNUM, 30, 7) + "." + "x" * 20) == "drop"


def test_passphrase_vs_message():
    assert filters.is_passphrase("orbit maple quartz lantern")
    assert not filters.is_passphrase("must be at least eight characters")
    assert not filters.is_passphrase("Please enter it here")
    assert ids('password = "orbit maple quartz lantern"') == ["VG-SEC-250"]
    assert ids('password = "must be at least eight characters"') == []


def test_uuid_under_secret_name_but_not_under_id():
    uuid = "-".join(rand(HEX, n, 8 + n) for n in (8, 4, 4, 4, 12))
    assert ids(f'api_token = "{uuid}"') == ["VG-SEC-251"]
    assert ids(f'request_id = "{uuid}"') == []


@pytest.mark.parametrize("op", ["::=", ":::=", "?=", ":="])
def test_make_assignment_operators(op):
    assert ids(f'API_TOKEN {op} "{rand(ALNUM, 32, 9)}"', "Makefile", "text") == ["VG-SEC-251"]


def test_aligned_assignment():
    assert ids(f'  password          = "{rand(ALNUM, 14, 10)}"', "main.tf", "hcl") == ["VG-SEC-250"]


def test_curl_user_on_a_continued_line():
    password = rand(ALNUM, 16, 11)
    text = f"curl -X POST https://api.vigilint.test/v1 \\\n  -H 'Accept: text/plain' \\\n" \
           f"  -u deploy:{password}"
    assert "VG-SEC-213" in ids(text, "run.sh", "shell")
    assert "VG-SEC-213" in ids(f'curl -u ":{password}" https://localhost:9200', "r.sh", "shell")
    assert ids('curl -u "${USER}:${PASS}" https://x.test/', "r.sh", "shell") == []


def test_authorization_header_schemes():
    value = rand(ALNUM, 40, 12)
    assert "VG-SEC-212" in ids(f'curl -H "Authorization: Api-Token {value}"', "r.sh", "shell")
    assert "VG-SEC-212" in ids(f'curl -H "Authorization: {value}"', "r.sh", "shell")
    assert ids('curl -H "Authorization: Token <token>"', "r.sh", "shell") == []
    assert ids('authorization = request.headers.get("Authorization")', "a.py", "python") == []


def test_kubernetes_secret_in_either_order_and_block_scalars():
    value = __import__("base64").b64encode(rand(ALNUM, 18, 13).encode()).decode()
    data_first = f"apiVersion: v1\ndata:\n  token: {value}\nkind: secret\nmetadata:\n  name: a\n"
    block = f"apiVersion: v1\nkind: Secret\ntype: Opaque\ndata:\n  .dockercfg: |\n    {value}\n"
    assert ids(data_first, "secret.yaml", "yaml") == ["VG-SEC-035"]
    assert ids(block, "secret.yaml", "yaml") == ["VG-SEC-035"]
    tiny = "apiVersion: v1\nkind: Secret\ndata:\n  extra: " + \
        __import__("base64").b64encode(b"abc\n").decode() + "\n"
    assert ids(tiny, "secret.yaml", "yaml") == []


def test_creds_and_auth_names():
    value = rand(ALNUM, 30, 14)
    assert ids(f"creds = {value}") == ["VG-SEC-251"]
    assert ids(f'"user_auth": "{value}"', "c.json", "json") == ["VG-SEC-251"]
    assert ids('auth_type = "basic"') == []
    assert ids(f'authDomain: "{rand(LOWER, 12, 15)}-9f1ca.example-app.test"', "a.js",
               "javascript") == []
