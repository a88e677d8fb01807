"""Pasted code and code prefixes: the guard reads the security signals of the code (calls,
imports, assignments; `[code_signals]` in the lexicon), and the general vocabulary added for
natural-language requests that start processes, run code, touch databases or sockets.

The prompts are written for these tests (none comes from the corpus or the bench set).
"""

from __future__ import annotations

import re

import pytest

from vigilint.prompts import check_prompt
from vigilint.prompts.lexicon import LexiconError, _code_signals, lexicon

COMPLETE = "Continue this code:\n\n"

CODE_WARN = [
    (COMPLETE + "import subprocess\nimport sys\n\ndef run_tool(name):\n    target = sys.argv[1]\n",
     "untrusted-input"),
    (COMPLETE + "import pickle\n\ndef load_cart(blob):\n    cart = pickle.loads(blob)\n",
     "deserialization"),
    (COMPLETE + "#include <string.h>\n\nvoid set_title(struct win *w, const char *t) {\n"
     "    char title[32];\n    strcpy(title, t);\n", "memory"),
    (COMPLETE + "SMTP_HOST = 'mail.example.org'\nSMTP_PASSWORD = 'hunter2hunter2'\n\n"
     "def send_report(body):\n", "secrets"),
    (COMPLETE + "import requests\n\ndef preview(link):\n    page = requests.get(link)\n",
     "outbound-requests"),
    (COMPLETE + "from flask import Flask, request\napp = Flask(__name__)\n\n"
     "@app.route('/search')\ndef search():\n    term = request.args['q']\n    "
     "cur = db.cursor()\n    cur.execute(\n", "untrusted-input"),
    (COMPLETE + "import hashlib\n\ndef fingerprint(user):\n    h = hashlib.md5(\n", "crypto"),
    (COMPLETE + "const el = document.getElementById('out');\n"
     "el.innerHTML = params.get('msg');\n", "untrusted-input"),
    (COMPLETE + "def send_invoice(path_from_form):\n    return send_file(\n", "files"),
    (COMPLETE + "fn main() {\n    let raw = buf.as_ptr();\n    unsafe {\n", "memory"),
    (COMPLETE + "public void Save(Item item) {\n    var cmd = new SqlCommand();\n"
     "    cmd.CommandText = \"INSERT INTO items VALUES ('\" + item.Name + \"')\";\n",
     "untrusted-input"),
    (COMPLETE + "$name = $this->input->post('name');\n", "untrusted-input"),
]

CODE_HARMLESS = [
    "Add docstrings:\n\ndef clamp(x, lo, hi):\n    return max(lo, min(x, hi))\n",
    ".grid {\n  display: grid;\n  grid-template-columns: repeat(3, 1fr);\n}\n",
    "import numpy as np\n\ndef zscore(a):\n    return (a - a.mean()) / a.std()\n",
    "import random\n\ndef deal(deck):\n    random.shuffle(deck)\n    return deck[:5]\n",
    "<nav>\n  <a href=\"/\">Home</a>\n  <a href=\"/faq\">FAQ</a>\n</nav>\n",
    "def word_counts(lines):\n    counts = {}\n    for line in lines:\n"
    "        for w in line.split():\n            counts[w] = counts.get(w, 0) + 1\n"
    "    return counts\n",
]

NL_WARN = [
    ("write a method that launches the external program the admin picks from the list",
     "untrusted-input"),
    ("write a function that takes a string of code from the plugin file and executes it",
     "untrusted-input"),
    ("write a function that deletes the rows of the orders table that match a filter",
     "untrusted-input"),
    ("write a function that returns a cryptographically strong identifier for invites",
     "crypto"),
    ("write a method that opens a socket connection to the host and port it is given",
     "outbound-requests"),
    ("write a script that logs in to the FTP server with its user name and password",
     "secrets"),
    ("listen for message events from the embedding page and apply the settings they carry",
     "authz"),
    ("add an HTTP POST endpoint that renames the project", "authz"),
    ("// write the always block: grant access when the debug mode input is high", "authz"),
    ("write the report to a file made with tempfile.mktemp() and return its name", "files"),
    ("chmod the export file so that the backup job can read it", "files"),
    ("append a log entry with the user message we just received", "untrusted-input"),
    ("read a number from the command line and print the element at that index of the array",
     "memory"),
    ("show the stores on a map with the Google Maps API", "secrets"),
    ("call the partner analytics API with our client id and secret", "secrets"),
    ("add a user registration form to the forum", "auth"),
    ("let members change their password on the profile page", "auth"),
]


@pytest.mark.parametrize(("prompt", "domain"), CODE_WARN)
def test_security_relevant_code_without_constraints_warns(prompt, domain):
    verdict = check_prompt(prompt)
    assert verdict.verdict == "warn", verdict
    assert domain in verdict.domains, verdict.domains
    finding = next(f for f in verdict.findings if f.domain == domain)
    assert 0 <= finding.start < finding.end <= len(prompt)


@pytest.mark.parametrize("prompt", CODE_HARMLESS)
def test_harmless_code_is_allowed(prompt):
    verdict = check_prompt(prompt)
    assert verdict.verdict == "allow", verdict


@pytest.mark.parametrize(("prompt", "domain"), NL_WARN)
def test_general_vocabulary_for_processes_code_databases_sockets(prompt, domain):
    verdict = check_prompt(prompt)
    assert verdict.verdict == "warn", verdict
    assert domain in verdict.domains, verdict.domains


@pytest.mark.parametrize("prompt", [
    "Design a booking system (rooms and guests) for the hotel website",
    "write a page that lists free (as in beer) fonts for the blog",
    "the login (email + password) page needs a bigger font",
    "write a function to compile (and cache) the templates",
    "write a function that returns the element at a given index of a list, or None",
    "create a process diagram for the onboarding flow in mermaid",
])
def test_english_words_before_a_parenthesis_are_not_calls(prompt):
    assert check_prompt(prompt).verdict == "allow"


def test_code_signal_inside_a_constraint_section_is_not_a_request():
    prompt = ("add a dark mode toggle to the settings page\n\nSecurity constraints:\n"
              "- never call os.system or subprocess with shell=True\n")
    assert check_prompt(prompt).verdict == "allow"


def test_code_with_constraints_and_owasp_reference_is_allowed():
    prompt = ("Continue this code; use parameterized queries only (OWASP A03:2021):\n\n"
              "def find(conn, name):\n    cur = conn.cursor()\n    cur.execute(\n")
    verdict = check_prompt(prompt)
    assert verdict.verdict == "allow", verdict


def test_code_warn_is_fixed_by_its_suggestion():
    for prompt, _ in CODE_WARN:
        verdict = check_prompt(prompt)
        again = check_prompt(prompt + "\n\n" + verdict.suggestion)
        assert again.verdict == "allow", (prompt, again)


def test_a_hash_word_is_not_hidden_by_the_dependency_constraints():
    # "hash" used to be a constraint of the dependencies domain and so hid crypto triggers
    verdict = check_prompt("Continue:\n\nfn salted_hash(pw: &str, salt: &str) -> String {\n")
    assert "crypto" in verdict.domains


def test_code_signals_compile_and_name_known_domains():
    lex = lexicon()
    assert lex.code_signals
    for signal in lex.code_signals:
        assert signal.domain in lex.domains or signal.domain == "sources"
        assert not signal.concern or signal.concern in lex.domains[signal.domain].concerns
        assert signal.weight in (1, 2)
        assert isinstance(signal.pattern, re.Pattern)
    with pytest.raises(LexiconError):
        _code_signals({"nope": ["x =2"]}, lex.domains)
        assert isinstance(signal.prefilter, re.Pattern)
