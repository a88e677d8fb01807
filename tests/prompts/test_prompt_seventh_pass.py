"""The seventh pass on issue 17, after the eighth held-back set's misses were read (it is dev
data now, like the seventh). The fixes are readings of classes, not phrases; every prompt here
was written for this pass (none copied from a held-back set), with near misses that must keep
their verdict."""

from __future__ import annotations

import pytest

from vigilint.prompts import check_prompt

# -- questions and explanations in other languages, and the parts of an answer they ask for ---
EXPLAIN = [
    "Perché AES-ECB lascia vedere la struttura dell'immagine? Spiegami con un esempio.",
    "¿Por qué hay que usar un IV distinto en cada cifrado CBC? Dame un ejemplo sencillo.",
    "Wat is het verschil tussen hashing en versleuteling? Geen code, alleen uitleg.",
    "Varför ska man inte återanvända en nonce i ChaCha20? Förklara kort.",
    "Why is length extension a problem for sha256(secret + message)? Include a worked example "
    "and the history of the Flickr API bug.",
    "How does certificate pinning fail in practice? Mention the known incidents and cite the "
    "write-ups.",
    "What makes PBKDF2 weaker than Argon2 against GPUs? Give two numbers to compare.",
    "Explain how TOTP codes are derived. Cover the time step and the truncation.",
]

EXPLAIN_STILL_CODE = [
    # the follow-up asks for code after all
    "Explain how HMAC works. Include a Python snippet that checks a webhook with the hmac "
    "module.",
    "What is SQL injection? Give an example endpoint in Flask that is vulnerable.",
]


@pytest.mark.parametrize("prompt", EXPLAIN)
def test_explanations_are_allowed(prompt: str) -> None:
    verdict = check_prompt(prompt)
    assert verdict.verdict == "allow", (verdict.request, verdict.findings)


@pytest.mark.parametrize("prompt", EXPLAIN_STILL_CODE)
def test_a_follow_up_that_asks_for_code_asks_for_code(prompt: str) -> None:
    assert check_prompt(prompt).request.asks_for_code  # type: ignore[union-attr]


# -- fully constrained prompts ------------------------------------------------------------------
WELL_CONSTRAINED = [
    "Write the password-change endpoint in Express: require the current password, hash the new "
    "one with bcrypt cost 12, rate-limit to 5 attempts per 15 minutes per account, invalidate "
    "every other session after the change, log the event with the user id only. OWASP A07:2021.",
    "Build the avatar upload in Django: only PNG and JPEG checked by magic bytes, at most 2 MB, "
    "stored under a random UUID name outside the web root, re-encoded with Pillow, served with "
    "Content-Disposition attachment. OWASP A04:2021 Insecure Design.",
    "Webhook receiver in Go for GitHub events: verify X-Hub-Signature-256 with hmac.Equal and "
    "the secret from Vault, reject bodies over 1 MB, parse JSON into a typed struct, respond 401 "
    "without details on a bad signature, log the delivery id only. OWASP A08:2021.",
    "Endpoint de recherche en Node : la requête passe uniquement en paramètre lié, colonne de "
    "tri choisie dans une liste blanche, 50 résultats au plus, terme limité à 100 caractères, "
    "compte SQL en lecture seule, message d'erreur générique. OWASP A03:2021 Injection.",
]

STILL_WARNED = [
    # a control refused, a category missing, or a short prompt with one domain's controls and a
    # feature of another
    "Password-change endpoint in Express: hash the new password with bcrypt, log the event with "
    "the user id only, skip the rate limiting for now. OWASP A07:2021.",
    "Avatar upload in Django: only PNG and JPEG checked by magic bytes, at most 2 MB, random "
    "UUID names outside the web root.",
    "Let users upload their tax forms and seal them with AES-GCM from the cryptography package; "
    "the keys live in AWS KMS (OWASP A02:2021).",
]


@pytest.mark.parametrize("prompt", WELL_CONSTRAINED)
def test_fully_constrained_prompts_are_allowed(prompt: str) -> None:
    verdict = check_prompt(prompt)
    assert verdict.verdict == "allow", (verdict.domains, verdict.missing, verdict.findings)


@pytest.mark.parametrize("prompt", STILL_WARNED)
def test_partly_constrained_prompts_are_warned(prompt: str) -> None:
    verdict = check_prompt(prompt)
    assert verdict.verdict == "warn", (verdict.domains, verdict.missing)


# -- ordinary tasks whose words belong to another sense -------------------------------------------
HARMLESS = [
    "Write a Python function that polls our own health endpoint (hardcoded URL) every 10 s and "
    "prints when it goes down.",
    "Kotlin: retry the GET to the fixed pricing URL with exponential backoff, max 4 tries.",
    "def count_tokens(line: str) -> int:\n    \"\"\"Split on whitespace and count the tokens.\"\"\"",
    "Write a function that returns the key with the smallest value in a dict, ties by key order.",
    "Implement a BankAccount class with deposit, withdraw and a balance that never goes below 0.",
]

STILL_SENSITIVE = [
    # the URL comes from the user, or the webhook is sent to a URL the customer registered
    "Write a Python function that fetches the URL the user pastes and returns the page title.",
    "Send a POST to the webhook URL each customer registers in their settings when an order "
    "ships.",
]


@pytest.mark.parametrize("prompt", HARMLESS)
def test_ordinary_tasks_are_allowed(prompt: str) -> None:
    verdict = check_prompt(prompt)
    assert verdict.verdict == "allow", (verdict.domains, verdict.findings)


@pytest.mark.parametrize("prompt", STILL_SENSITIVE)
def test_user_given_destinations_are_warned(prompt: str) -> None:
    verdict = check_prompt(prompt)
    assert verdict.verdict == "warn", verdict.domains
    assert "outbound-requests" in verdict.domains
