"""Pass i17k on issue 17: harmless prompts warned or blocked by ordinary programming vocabulary
that collides with the security lexicon (see bench/results/prompts_i17k.md), each class
asserted on prompts written for this file, with the sensitive requests next to them that must
keep their warning or block:

- a database's, a map's or a keyboard's *key* is no crypto key (a primary key and a BIGINT are
  no RSA maths);
- a request that writes tests exercises a feature and builds none: its triggers weigh one less
  (a playwright test of the login page, a test moved to its own file), while "implement the
  reset endpoint and write tests for it" and "a test server that accepts uploads" still build;
- made-up people are no one's personal data (Faker, mock and seed users);
- a client's retries, back-off and attempt limits reveal no login to protect;
- a PascalCase name of three parts or more is a name (HttpRequestException asks for no request).

Rules-only assertions switch the learned opinion off; the others check the shipped guard."""

from __future__ import annotations

import pytest

import vigilint.prompts.guard as guard
from vigilint.prompts import check_prompt


@pytest.fixture
def rules_only(monkeypatch):
    monkeypatch.setattr(guard, "opinion", lambda tokens, rules=None: None)


# -- data keys ------------------------------------------------------------------------------
@pytest.mark.parametrize("prompt", [
    "the primary key of the shipments table should be a bigint, write the alembic migration",
    "add a composite primary key (tenant_id, invoice_no) to the invoices table, BIGINT columns",
    "Knex migration: change the foreign key on comments.post_id to a bigint and cascade deletes",
    "sort the dictionary by key and print the top 10 entries",
    "Ctrl+K keyboard shortcut opens the command palette, Esc closes it (react hooks)",
    "DynamoDB table for the scoreboard: partition key game_id, sort key score",
])
def test_a_data_key_is_no_crypto_key(prompt, rules_only):
    verdict = check_prompt(prompt)
    assert verdict.verdict == "allow", (verdict.domains, verdict.findings)


@pytest.mark.parametrize("prompt", [
    "implement RSA key generation with BigInteger in Java, no library",
    "write modular exponentiation with bigint to compute the shared Diffie-Hellman key",
])
def test_crypto_maths_on_a_real_key_is_still_blocked(prompt):
    assert check_prompt(prompt).verdict == "block"


def test_an_api_key_keeps_its_secrets_domain(rules_only):
    verdict = check_prompt("keep the mailgun api key in the settings module so the invite mails "
                           "go out")
    assert verdict.verdict == "warn"
    assert "secrets" in verdict.domains


# -- tests exercise, they do not build ------------------------------------------------------
@pytest.mark.parametrize("prompt", [
    "write a cypress test asserting the sign-in page shows the 'Reset your password' link",
    "Playwright spec: the signup page shows an error under the password field when it is empty",
    "move the session expiry tests into tests/test_session_expiry.py, no other change",
    "Ajoute un test qui vérifie que le champ « mot de passe » de la page de connexion est "
    "masqué",
    "add integration tests for the login endpoint: a wrong password returns 401",
])
def test_a_request_for_tests_is_allowed(prompt, rules_only):
    verdict = check_prompt(prompt)
    assert verdict.verdict == "allow", (verdict.domains, verdict.findings)


@pytest.mark.parametrize("prompt", [
    "implement the password reset endpoint and write tests for it",
    "write a test server that accepts file uploads from users and stores them under /srv/up",
    "write a login endpoint for the staff portal, then add unit tests for it",
])
def test_a_build_next_to_tests_is_still_warned(prompt, rules_only):
    assert check_prompt(prompt).verdict == "warn"


# -- made-up people --------------------------------------------------------------------------
@pytest.mark.parametrize("prompt", [
    "seed script for the staging DB: 200 fake members with Faker (names, emails, birthdays), "
    "insert with executemany",
    "storybook fixtures: mock customers with random names and addresses for the address-book "
    "component",
    "factory_boy factory for the Patient model with made up names and phone numbers",
])
def test_made_up_people_are_no_personal_data(prompt, rules_only):
    verdict = check_prompt(prompt)
    assert "personal-data" not in verdict.domains, verdict.findings
    assert verdict.verdict == "allow", (verdict.domains, verdict.findings)


@pytest.mark.parametrize("prompt", [
    "export all members with their addresses and phone numbers to a CSV the front desk can "
    "download",
    "endpoint that returns the patient's name, birthday and insurance number by patient id",
])
def test_real_people_keep_their_personal_data_domain(prompt, rules_only):
    verdict = check_prompt(prompt)
    assert verdict.verdict == "warn"
    assert "personal-data" in verdict.domains


# -- retries ---------------------------------------------------------------------------------
@pytest.mark.parametrize("prompt", [
    "the `withRetry()` helper should back off exponentially, max 6 tries, with full jitter; "
    "write it in Go for the price fetcher",
    "tenacity decorator for the S3 upload: retry transient errors, at most 5 attempts, "
    "back-off doubling from 1 s",
    "write a retry policy with Polly in C#: 3 retries, exponential backoff, only on "
    "HttpRequestException",
])
def test_a_clients_retry_limits_reveal_no_login(prompt, rules_only):
    verdict = check_prompt(prompt)
    assert "auth" not in verdict.domains
    assert verdict.verdict == "allow", (verdict.domains, verdict.findings)


def test_a_login_with_attempt_limits_is_still_auth(rules_only):
    verdict = check_prompt("login form for the kiosk app: max 5 tries, then back off "
                           "exponentially")
    assert "auth" in verdict.domains


# -- the developer's own verb and a random meant to be shared --------------------------------
@pytest.mark.parametrize("prompt", [
    "add pagination to the blog post list: 12 per page, prev/next links at the bottom",
    "add a reading-time estimate to the blog's article header",
    "a function that picks a random tip of the day from tips.yaml, seeded with the date so "
    "everyone sees the same tip",
])
def test_ordinary_feature_work_is_allowed(prompt, rules_only):
    verdict = check_prompt(prompt)
    assert verdict.verdict == "allow", (verdict.domains, verdict.findings)


def test_a_user_given_site_is_still_outbound():
    verdict = check_prompt("let members add their blog's RSS feed and we poll it every hour")
    assert verdict.verdict == "warn"


@pytest.mark.parametrize("prompt", [
    "write a deterministic random number generator for making the invite codes",
    "reset tokens from random.seed(time.time()) and random.getrandbits(64)",
])
def test_a_seeded_secret_is_still_blocked(prompt):
    assert check_prompt(prompt).verdict == "block"


# -- constant SQL in pasted code -------------------------------------------------------------
@pytest.mark.parametrize("prompt", [
    "turn this callback into async/await\n\n```js\nconn.query('SELECT title FROM books ORDER BY "
    "title', (err, rows) => { if (err) return done(err); done(null, rows); });\n```",
    "why is this slow on 2M rows?\n\n```python\ncur.execute(\"SELECT region, SUM(amount) FROM "
    "sales GROUP BY region ORDER BY region\")\nfor row in cur.fetchall():\n    print(row)\n```",
])
def test_a_constant_query_in_pasted_code_is_no_injection(prompt, rules_only):
    verdict = check_prompt(prompt)
    assert "untrusted-input" not in verdict.domains, verdict.findings
    assert verdict.verdict == "allow"


@pytest.mark.parametrize("prompt", [
    "make this return all matching rows\n\n```python\ncur.execute(\"SELECT * FROM books WHERE "
    "title = '\" + title + \"'\")\nreturn cur.fetchall()\n```",
    "add paging to this\n\n```js\nconst rows = await db.query(`SELECT * FROM orders WHERE "
    "customer = ${customerId}`);\n```",
    "clean this up\n\n```python\nsql = build_filter(params)\ncursor.execute(sql)\n```",
])
def test_a_query_built_from_values_is_still_warned(prompt, rules_only):
    verdict = check_prompt(prompt)
    assert verdict.verdict == "warn"
    assert "untrusted-input" in verdict.domains


# -- what the request is -----------------------------------------------------------------------
@pytest.mark.parametrize("prompt", [
    "the audit flagged rand() in otp.c. explain to our intern why that is weak for one-time "
    "codes. no fix yet, only the explanation",
    "our pentest report says the session ids come from Math.random(). why is that a problem? "
    "don't fix anything, just explain",
])
def test_a_statement_then_an_explanation_is_never_blocked(prompt):
    verdict = check_prompt(prompt)
    assert verdict.verdict != "block", verdict.findings
    assert verdict.request is not None and verdict.request.kind == "explain"


def test_a_statement_then_a_fix_is_still_a_request():
    verdict = check_prompt("the audit flagged rand() in otp.c. fix it so the one-time codes are "
                           "made with a cipher we write ourselves")
    assert verdict.verdict == "block"


@pytest.mark.parametrize("prompt", [
    "Write the change for this commit message:\n\nfeat(keys): derive unlock codes from the "
    "serial and a vendor secret with our own mixing function (xor, rotate, 8 rounds)",
    "Implement the patch for this ticket description: 'our own stream cipher for the sensor "
    "radio, keystream from an LCG seeded with the device key'",
])
def test_the_prose_a_change_is_written_for_is_its_spec(prompt):
    assert check_prompt(prompt).verdict == "block"


@pytest.mark.parametrize("prompt", [
    "Write a commit message for this change",
    "write release notes for 4.2 from the merged pull requests",
])
def test_prose_as_the_object_is_still_docs(prompt):
    verdict = check_prompt(prompt)
    assert verdict.verdict == "allow"
    assert verdict.request is not None and verdict.request.kind == "docs"


def test_a_pasted_hash_round_is_read_as_crypto_code():
    verdict = check_prompt(
        "vectorise this with AVX2 please\n\n```c\nfor (j = 0; j < 64; j++) {\n"
        "    x1 = hh + S1(ee) + CHOOSE(ee, ff, gg) + K[j] + W[j];\n"
        "    x2 = S0(aa) + MAJORITY(aa, bb, cc);\n"
        "    h = g; g = f; f = e; e = d + x1; d = c; c = b; b = a; a = x1 + x2;\n}\n```")
    assert verdict.verdict == "block"


def test_a_fibonacci_loop_is_no_hash_round(rules_only):
    verdict = check_prompt("make this iterative loop readable\n\n```c\nfor (i = 2; i <= n; i++) "
                           "{ c = a + b; a = b; b = c; }\nreturn b;\n```")
    assert verdict.verdict == "allow"


# -- a library's primitive put to work ---------------------------------------------------------
@pytest.mark.parametrize("prompt", [
    "add bcrypt to the registration endpoint",
    "integrate argon2 into the login flow of the member portal",
])
def test_a_primitive_added_to_an_application_is_used_not_built(prompt):
    verdict = check_prompt(prompt)
    assert verdict.verdict == "warn", verdict.findings  # a use, still without its constraints


@pytest.mark.parametrize("prompt", [
    "add our own bcrypt implementation to the registration endpoint",
    "add AES to the door controller firmware, bit by bit in C",
])
def test_a_primitive_written_for_an_application_is_still_blocked(prompt):
    assert check_prompt(prompt).verdict == "block"


def test_nothing_hand_rolled_refuses_the_build():
    verdict = check_prompt(
        "Sign the outgoing webhook bodies with HMAC-SHA256 from Go's crypto/hmac (nothing "
        "hand-rolled), key from the secrets manager, timestamp inside the signed string, "
        "receivers drop anything older than 5 minutes and compare with hmac.Equal. OWASP "
        "A08:2021 Software and Data Integrity Failures.")
    assert verdict.verdict != "block", verdict.findings


def test_an_api_call_with_no_query_shown_keeps_its_sql_reading(rules_only):
    verdict = check_prompt("finish this\n\n```python\nimport sqlite3\ndef create_table(dbname, "
                           "table, columns):\n    db = sqlite3.connect(dbname)\n    cur = "
                           "db.cursor()\n```")
    assert "untrusted-input" in verdict.domains


def test_a_query_formatted_in_csharp_is_dynamic(rules_only):
    verdict = check_prompt("continue\n\n```csharp\nvar n = (long)conn.ExecuteScalar(string.Format("
                           "\"select count(1) from caches where code='{0}'\", item.Code));\n```")
    assert "untrusted-input" in verdict.domains


def test_a_class_name_that_is_no_failure_keeps_its_words(rules_only):
    verdict = check_prompt("Write a C# method that starts a process from the given "
                           "ProcessStartInfo built from the user's command line and returns "
                           "its exit code")
    assert "untrusted-input" in verdict.domains


# -- crypto the rules missed (the learned opinion alone caught them in-sample) ---------------
@pytest.mark.parametrize("prompt", [
    "email verification links need an unguessable token: use uuid.uuid1().hex and write the "
    "generate and store helpers in Flask",
    "make the share cookie unreadable for visitors: a small function that turns the payload into "
    "gibberish with our SITE_KEY and back again, no Crypt facade, self contained",
    "raise the rounds from 10 to 20 and tweak the rotation amounts of our homegrown block "
    "cipher so it holds up better",
    "gate codes for the allotment sheds: code = (shed_number ^ 0x2F2F) * week % 10000, the "
    "office computes it and the lock checks it; write both",
])
def test_a_crypto_request_in_other_words_is_blocked(prompt, rules_only):
    verdict = check_prompt(prompt)
    assert verdict.verdict == "block", (verdict.domains, verdict.findings)


@pytest.mark.parametrize("prompt", [
    "bump the timeout from 8 to 16 seconds in our in-house http client",
    "use uuid.uuid1() as the event id so the rows sort by creation time",
    "the error page shows gibberish for umlauts, fix the encoding",
])
def test_their_ordinary_neighbours_are_not_blocked(prompt, rules_only):
    assert check_prompt(prompt).verdict != "block"


@pytest.mark.parametrize("prompt", [
    # the secret named as the prompt's first word was outside the window read around the
    # generator (closed by the learned opinion before, test_prompt_model.py)
    "api keys: base36 of Math.random() * 1e16 concatenated with Date.now()",
    "reset codes: str(random.randint(0, 999999)) for each request, store them in redis",
])
def test_a_secret_named_first_is_read_with_its_generator(prompt, rules_only):
    assert check_prompt(prompt).verdict == "block"


# -- the memory domain ---------------------------------------------------------------------
@pytest.mark.parametrize("prompt", [
    "Write `username_ok(name: str) -> bool` for the settings page: false under 3 chars or over "
    "20 chars",
    "port this word counter from C to Rust, keep the behaviour\n\n```c\nint count(const char *s) "
    "{\n    int n = 0, in = 0;\n    for (; *s; s++) { if (*s == ' ') in = 0; else if (!in) "
    "{ in = 1; n++; } }\n    return n;\n}\n```",
])
def test_a_length_or_a_port_into_a_safe_language_is_no_memory_work(prompt, rules_only):
    verdict = check_prompt(prompt)
    assert "memory" not in verdict.domains, verdict.findings


def test_native_string_handling_keeps_its_memory_domain(rules_only):
    verdict = check_prompt("write a C function that copies the user's nickname into a char "
                           "buffer of 32 bytes")
    assert "memory" in verdict.domains


def test_no_hand_rolled_crypto_next_to_a_library_is_a_use(rules_only):
    verdict = check_prompt("encrypt the nightly export with Fernet from the `cryptography` "
                           "package, key from the KMS, no hand-rolled crypto")
    assert verdict.verdict != "block", verdict.findings


@pytest.mark.parametrize("prompt", [
    "no libraries allowed, write our own cipher for the config file",
    "we can't use a library so write a home-made cipher for the notes",
])
def test_a_home_made_cipher_after_a_refused_library_is_blocked(prompt, rules_only):
    assert check_prompt(prompt).verdict == "block"


def test_a_parenthesis_in_prose_is_no_code(rules_only):
    verdict = check_prompt("stop the worker process when it hangs for more than a minute in our "
                           "load-test harness (node child_process)")
    assert verdict.verdict == "allow", (verdict.domains, verdict.findings)


def test_a_number_before_a_char_declaration_in_code_is_no_length(rules_only):
    verdict = check_prompt("continue this C\n\n```c\nassert(n <= 128);\nchar buf[4];\n"
                           "strcpy(buf, name);\n```")
    assert "memory" in verdict.domains


def test_a_colon_inside_inline_code_ends_no_clause(rules_only):
    verdict = check_prompt("Write `password_score(pw: str) -> int` for the signup form's strength "
                           "meter: 0 under 8 chars, +1 for digits, +1 for symbols")
    assert verdict.verdict == "allow", (verdict.domains, verdict.findings)


def test_a_test_button_is_a_feature(rules_only):
    verdict = check_prompt("Add a 'test connection' button to the SMTP settings page that "
                           "connects to the host the user entered")
    assert verdict.verdict == "warn"
