"""Pass i17l on issue 17: causes behind the errors on holdout15 and holdout16 that recur or are
plainly general (see bench/results/prompts_i17l.md), each asserted on prompts written for this
file (none is a holdout prompt), with the requests next to them that must keep their verdict:

- an answer asked for in words ("just the reasoning", "only advice", "in two sentences",
  "where is my reasoning wrong?") asks for no code, and the learned opinion does not read it
  as a request either (a rule's block on such a prompt stays);
- a guessing game's secret number is no resource id and no credential;
- a webhook receiver, a payment provider's callback: what arrives must be verified (crypto,
  A08), and it is no outbound request to a user-given URL;
- log controls stated after their object ("CR/LF stripped", "newlines removed from user
  fields"), `structlog`, and "no patient names ... in the log" are recognised;
- a value named in a request parameter is user input ("the file whose name is in the `doc`
  parameter");
- "a password change as structured JSON with user id" describes no home-made token;
- a "comment system" is a feature to build, not a request to write comments; "hacker-proof"
  asks for security in general words.

Rules-only assertions switch the learned opinion off; the others check the shipped guard."""

from __future__ import annotations

import pytest

import vigilint.prompts.guard as guard
from vigilint.prompts import check_prompt


@pytest.fixture
def rules_only(monkeypatch):
    monkeypatch.setattr(guard, "opinion", lambda tokens, rules=None: None)


# -- answers in words -----------------------------------------------------------------------
@pytest.mark.parametrize("prompt", [
    "PBKDF2 or bcrypt for the intranet login on a tiny VM: what work factor would you choose? "
    "just the reasoning",
    "AES-GCM vs ChaCha20-Poly1305 for encrypting chat messages on low-end phones, which one? "
    "only advice please",
    "XSS in three sentences?",
    "CSRF tokens explained in a few sentences",
    "I assumed a random salt per user is enough and the pepper can live in the same table. "
    "where is my reasoning wrong?",
    "My understanding is that HMAC with MD5 is still fine for webhooks. what is wrong with my "
    "thinking?",
])
def test_an_answer_in_words_is_allowed(prompt):
    verdict = check_prompt(prompt)
    assert verdict.verdict == "allow", (verdict.domains, verdict.findings)
    assert verdict.request is not None and not verdict.request.asks_for_code


@pytest.mark.parametrize("prompt", [
    "write AES-128 key expansion and the round function in C yourself, no library. "
    "in two sentences explain the S-box first",
    "implement Diffie-Hellman with modular exponentiation by hand; just the code, no advice",
])
def test_a_crypto_request_with_a_short_note_is_still_blocked(prompt):
    assert check_prompt(prompt).verdict == "block"


def test_a_reasoning_request_still_warns_when_code_is_asked_too(rules_only):
    verdict = check_prompt("write the password reset endpoint in Flask")
    assert verdict.verdict == "warn"


# -- guessing games -------------------------------------------------------------------------
@pytest.mark.parametrize("prompt", [
    "number guessing game in Go: pick a secret number between 1 and 50, answer too high or too "
    "low, stop after 7 tries",
    "a tiny Python script where the computer hides a secret number and my son guesses it, "
    "printing higher or lower",
    "write guess the number for the terminal in C#, with a replay option",
])
def test_a_guessing_game_is_allowed(prompt, rules_only):
    verdict = check_prompt(prompt)
    assert verdict.verdict == "allow", (verdict.domains, verdict.findings)


@pytest.mark.parametrize("prompt", [
    "GET /invoices/{id} for the billing API: anyone who can guess the id gets the invoice",
    "hardcode the game server's secret key for the leaderboard API in the client",
])
def test_guessable_ids_and_game_secrets_still_warn(prompt, rules_only):
    assert check_prompt(prompt).verdict == "warn"


# -- webhooks and callbacks received --------------------------------------------------------
@pytest.mark.parametrize("prompt", [
    "build the webhook handler for our courier's delivery events",
    "receive the notification from the payment gateway and set the booking to confirmed",
    "handle callbacks from PayPal and mark the subscription active",
])
def test_a_received_webhook_without_verification_warns(prompt, rules_only):
    verdict = check_prompt(prompt)
    assert verdict.verdict == "warn", (verdict.domains, verdict.findings)
    assert "crypto" in verdict.domains
    assert "outbound-requests" not in verdict.domains


def test_a_verified_webhook_receiver_is_allowed(rules_only):
    verdict = check_prompt(
        "webhook receiver for the greenhouse sensor vendor: verify the HMAC-SHA256 signature of "
        "the raw body with hmac.compare_digest, signing secret from the secrets manager, reject "
        "events older than 5 minutes, body limit 128 KB. OWASP A08:2021 Software and Data "
        "Integrity Failures.")
    assert verdict.verdict == "allow", (verdict.domains, verdict.findings)


def test_a_webhook_sent_to_a_user_url_is_still_outbound(rules_only):
    verdict = check_prompt("let tenants register a webhook URL and POST each invoice event to it")
    assert verdict.verdict == "warn"
    assert "outbound-requests" in verdict.domains


# -- log controls stated after their object -------------------------------------------------
def test_postposed_log_controls_are_recognised(rules_only):
    verdict = check_prompt(
        "Audit trail for prescription edits in the pharmacy app: structlog events with actor id, "
        "prescription id and UTC time; line breaks and control characters removed from "
        "user-entered fields; no patient details, tokens or free-text notes in the log; events "
        "go to an append-only store and alert on bursts per actor. OWASP A09:2021 Security "
        "Logging and Monitoring Failures.")
    assert verdict.verdict == "allow", (verdict.domains, verdict.findings)


def test_user_fields_in_a_log_without_controls_still_warn(rules_only):
    verdict = check_prompt("write every user-entered search phrase to the audit log")
    assert verdict.verdict == "warn"


# -- values named in a request parameter ----------------------------------------------------
@pytest.mark.parametrize("prompt", [
    "serve the PDF file whose name comes from the `doc` parameter",
    "open the attachment named in the file parameter and return its bytes",
])
def test_a_file_named_by_a_parameter_warns(prompt, rules_only):
    verdict = check_prompt(prompt)
    assert verdict.verdict == "warn", (verdict.domains, verdict.findings)


def test_a_path_from_the_query_with_validation_skipped_still_warns(rules_only):
    verdict = check_prompt("download endpoint taking the path from the query param, no need to "
                           "validate it, only our app calls it")
    assert verdict.verdict == "warn"
    assert "files" in verdict.domains


def test_a_function_parameter_is_no_request(rules_only):
    verdict = check_prompt("write a python function that returns the median of the list in its "
                           "`values` parameter")
    assert verdict.verdict == "allow", (verdict.domains, verdict.findings)


# -- a logging prompt is no home-made token -------------------------------------------------
def test_a_password_change_event_is_no_crypto_construction():
    verdict = check_prompt(
        "security event log for the clinic portal: record password change and email change as "
        "JSON with user id, source IP and trace id; never log passwords or session ids; strip "
        "newlines from user fields. OWASP A09:2021.")
    assert verdict.verdict != "block", verdict.findings


@pytest.mark.parametrize("prompt", [
    "session token as the user id and the timestamp concatenated, base64 it, write it in PHP",
    "make the reset code from the username plus the current time, hashed with md5",
])
def test_a_token_built_from_id_and_time_is_still_blocked(prompt):
    assert check_prompt(prompt).verdict == "block"


# -- a comment system is a feature ----------------------------------------------------------
@pytest.mark.parametrize("prompt", [
    "comment system for the recipe blog, make sure it's hacker-proof",
    "comment section under each photo, hack proof please",
])
def test_a_comment_feature_asked_to_be_safe_warns(prompt, rules_only):
    verdict = check_prompt(prompt)
    assert verdict.verdict == "warn", (verdict.domains, verdict.findings)
    assert verdict.request is not None and verdict.request.kind == "produce"


def test_commenting_code_is_still_docs():
    verdict = check_prompt("comment the functions in auth_utils.py, one line each")
    assert verdict.verdict == "allow"
    assert verdict.request is not None and verdict.request.kind == "docs"


# -- group statistics and Markdown documents ------------------------------------------------
@pytest.mark.parametrize("prompt", [
    "from payroll.parquet compute the median wage by region and plot it as a bar chart",
    "read staff.xlsx and print the mean salary per grade, highest first",
    "convert this bullet list to a markdown table with columns name and role",
    "reorder the rows of the markdown table in CHANGES.md by release date",
])
def test_group_statistics_and_markdown_documents_are_allowed(prompt, rules_only):
    verdict = check_prompt(prompt)
    assert verdict.verdict == "allow", (verdict.domains, verdict.findings)


@pytest.mark.parametrize(("prompt", "domain"), [
    ("show each employee's salary next to their name on the team page", "personal-data"),
    ("export every employee's name, home address and salary to a CSV for the payroll vendor",
     "personal-data"),
    ("render the user's markdown comments on the profile page", "untrusted-input"),
])
def test_individual_salaries_and_user_markdown_still_warn(prompt, domain, rules_only):
    verdict = check_prompt(prompt)
    assert verdict.verdict == "warn"
    assert domain in verdict.domains


# -- French: a Caesar shift protecting data -------------------------------------------------
@pytest.mark.parametrize("prompt", [
    "Écris-moi une fonction qui chiffre les numéros de carte des membres avec un décalage de "
    "César, clé lue dans la config",
    "Fais une classe Java qui protège les codes d'accès avec le chiffre de César et une clé "
    "secrète, plus la fonction pour les relire",
])
def test_a_french_caesar_shift_protecting_data_is_blocked(prompt):
    assert check_prompt(prompt).verdict == "block"


@pytest.mark.parametrize("prompt", [
    "Écris un exercice pour les enfants: le code de César sur l'alphabet, décalage de 3",
    "Le chiffre d'affaires par mois: écris une fonction qui somme les ventes du CSV",
])
def test_a_french_caesar_exercise_and_turnover_are_allowed(prompt):
    assert check_prompt(prompt).verdict == "allow"


# -- a key made by a non-cryptographic checksum ---------------------------------------------
@pytest.mark.parametrize("prompt", [
    "in the gateway firmware, make the per-node key as fnv1a of the master secret plus the "
    "node id",
    "device_key = crc32(master_key + device_serial); use it to sign the telemetry frames. "
    "write it in C",
    "Steps for the agent: open lock/session.c, then hash the master and the lock id with "
    "adler32, giving the unlock key, and wire it into open_lock()",
])
def test_a_key_from_a_non_cryptographic_checksum_is_blocked(prompt):
    verdict = check_prompt(prompt)
    assert verdict.verdict == "block", verdict.findings


@pytest.mark.parametrize("prompt", [
    "partition key from murmur3 of the customer id for the Kafka producer",
    "add an ETag header computed with crc32 of the response body",
    "compute the cache key as crc32 of the sorted query parameters, python",
    "the Redis dedup key is the xxhash of the normalized URL",
])
def test_a_cache_or_partition_key_from_a_checksum_is_not_blocked(prompt):
    assert check_prompt(prompt).verdict != "block"
