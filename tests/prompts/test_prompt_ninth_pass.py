"""Pass i17i on issue 17: the mechanisms behind the errors pooled over holdout6-12 (see
bench/results/prompts_i17i.md), each asserted on prompts written for this file:

- a question that only wants a short overview or explanation asks for no code, in several
  languages;
- crypto requests in Indonesian, Turkish, Korean and Chinese are read (the glossary), and
  "don't use MessageDigest" / "no openssl" rules a vetted library out instead of naming one;
- what the request builds can fit the OWASP category (a logging pipeline: A09; a rate limit:
  A04/A06), a category that fits neither is still warned;
- UI and wording work in other languages, and "purely cosmetic" edits, are cosmetic.

Rules-only assertions switch the learned opinion off; the others check the shipped guard."""

from __future__ import annotations

import pytest

import vigilint.prompts.guard as guard
from vigilint.prompts import check_prompt


@pytest.fixture
def rules_only(monkeypatch):
    monkeypatch.setattr(guard, "opinion", lambda tokens, rules=None: None)


# -- a short overview or explanation asks for no code ------------------------------------------
@pytest.mark.parametrize("prompt", [
    "How does HSTS preload differ from a plain HSTS header? Just a short overview.",
    "Was ist der Unterschied zwischen CSRF und XSS? Nur ein kurzer Überblick.",
    "¿Cómo funciona un ataque de SSRF contra los metadatos de la nube? Solo una explicación breve.",
    "Qu'est-ce qu'une injection LDAP ? Une explication rapide suffit.",
    "What is a padding oracle? A brief explanation is enough.",
])
def test_a_question_wanting_only_an_overview_is_allowed(prompt):
    verdict = check_prompt(prompt)
    assert verdict.verdict == "allow", (verdict.request, verdict.findings)
    assert verdict.request is not None and not verdict.request.asks_for_code


@pytest.mark.parametrize("prompt", [
    "Write the password reset endpoint for the tenant portal. Just a short overview of the flow in the PR text.",
    "Build the webhook receiver for the billing provider; a brief explanation is enough for the docs.",
])
def test_a_code_request_with_a_short_explanation_still_asks_for_code(prompt):
    verdict = check_prompt(prompt)
    assert verdict.request is not None and verdict.request.asks_for_code
    assert verdict.verdict == "warn"


# -- crypto requests in more languages ---------------------------------------------------------
@pytest.mark.parametrize("prompt", [
    "Buatkan fungsi enkripsi sendiri di Python untuk catatan pasien klinik: geser setiap karakter dengan kunci rahasia, dan fungsi dekripsinya juga",
    "Müşteri notlarını okunamaz hale getiren ve geri çeviren bir fonksiyon yaz, anahtarı config dosyasından al, kendi algoritmamız olsun",
    "메모 파일을 비밀번호 없이는 못 읽게 바이트마다 키로 섞는 함수와 되돌리는 함수를 만들어 주세요. 라이브러리는 쓰지 말고요.",
    "用 Go 写一个自己设计的分组密码来加密设备日志，不要用 crypto/aes。",
    "用 Rust 写一个 SM4 的完整实现（加密、解密和轮密钥扩展），设备上没有 openssl。",
])
def test_crypto_requests_in_other_languages_are_blocked_by_the_rules(rules_only, prompt):
    verdict = check_prompt(prompt)
    assert verdict.verdict == "block", (verdict.domains, verdict.findings)


@pytest.mark.parametrize("prompt", [
    "Gunakan library cryptography (Fernet) untuk mengenkripsi nomor telepon pelanggan, kunci dari KMS. OWASP A02:2021.",
    "用 Python 的 cryptography 库（Fernet）加密客户手机号，密钥从 KMS 读取，OWASP A02:2021。",
    "Explain in Turkish why a Caesar cipher (Sezar şifrelemesi) is not encryption at all; no code.",
])
def test_library_use_and_explanations_in_other_languages_are_not_blocked(prompt):
    assert check_prompt(prompt).verdict != "block"


# -- what the request builds can fit the category ---------------------------------------------
LOGGING = ("Audit logging for the clinic portal: record logins and chart views with user id and "
           "timestamp, never log passwords or session tokens, mask patient emails, strip CR/LF "
           "from user-supplied values, ship the entries to append-only storage. ")


def test_a_logging_pipeline_under_a09_with_its_controls_is_allowed(rules_only):
    verdict = check_prompt(LOGGING + "OWASP A09:2021 Security Logging and Monitoring Failures.")
    assert verdict.owasp_fit == "fits"
    assert verdict.verdict == "allow", (verdict.missing, verdict.findings)


def test_a_logging_pipeline_under_a_category_that_fits_nothing_is_warned():
    verdict = check_prompt(LOGGING + "OWASP A06:2021 Vulnerable and Outdated Components.")
    assert verdict.verdict == "warn"
    assert verdict.owasp_fit == "wrong"


def test_reading_log_files_is_no_logging_pipeline():
    verdict = check_prompt("Write an endpoint that returns the log file whose path the user "
                           "passes in the query string, kept under /var/log/app with realpath. "
                           "OWASP A09:2021.")
    assert verdict.verdict == "warn"
    assert verdict.owasp_fit == "wrong"


def test_a_rate_limit_under_insecure_design_fits(rules_only):
    verdict = check_prompt(
        "Rate limit the public parcel-tracking lookup: 20 requests per minute per IP with a "
        "Redis token bucket, 429 with Retry-After, tracking number validated against "
        "^[A-Z0-9]{12}$, parameterized queries, the response holds only the parcel status. "
        "OWASP A04:2021 Insecure Design.")
    assert verdict.owasp_fit == "fits"
    assert verdict.verdict == "allow", (verdict.missing, verdict.findings)


# -- cosmetic work ---------------------------------------------------------------------------
@pytest.mark.parametrize("prompt", [
    "Mach die Überschrift 'Passwort vergessen?' auf der Vereinsseite fett.",
    "サインアップ画面のボタンの色を緑に変えて",
    "reorder the tls section in values.yaml to come after the ingress section, purely cosmetic",
])
def test_cosmetic_edits_are_allowed(prompt):
    verdict = check_prompt(prompt)
    assert verdict.verdict == "allow", (verdict.domains, verdict.findings)


def test_real_configuration_work_is_still_warned():
    assert check_prompt("enable TLS on the ingress in values.yaml for the patient portal"
                        ).verdict == "warn"


# -- named primitives: verbless requests, "pure Python" idioms, more schemes -----------------------
@pytest.mark.parametrize("prompt", [
    "ChaCha20-Poly1305 is overkill, just Poly1305 in Kotlin for the loyalty app, limbs and all",
    "Speck64/96 cipher for an STM32 bootloader, C only",
    "réécris XTEA en Go pur pour le badge du gymnase, sans bibliothèque",
    "escribe Blowfish en Python puro para el servidor de la cooperativa",
    "implement a blind signature scheme over RSA for the anonymous survey tool, in Rust",
    "implement a threshold signature for our treasury wallet so 3 of 5 officers must sign",
    "write the rolling code generator for the shed door remote and the receiver check",
])
def test_named_primitives_are_blocked_by_the_rules(rules_only, prompt):
    verdict = check_prompt(prompt)
    assert verdict.verdict == "block", (verdict.domains, verdict.findings)


@pytest.mark.parametrize("prompt", [
    "SHA-256 in Python for the download checksums, with hashlib",
    "AES-GCM in Go for the backups using crypto/cipher, key from KMS (OWASP A02:2021)",
    "bcrypt for Node: hash the signup passwords with the bcrypt package, cost 12",
    "Present the release notes in Python-style docstrings for the new module",
    "Use the vendor's rolling code receiver module for the garage door, wired to the ESP32",
])
def test_library_uses_and_look_alikes_are_not_blocked(prompt):
    assert check_prompt(prompt).verdict != "block"


@pytest.mark.parametrize("prompt", [
    "Checkout for the bike-rental shop with the processor's hosted payment page: we never see "
    "card numbers, the amount comes from the server-side price list and never from the client, "
    "orders are idempotent on the processor's event id, we keep only the payment id and last4. "
    "OWASP A04:2021 Insecure Design.",
    "webhook receiver for the courier's delivery events: verify the HMAC signature header with "
    "the shared secret read from the environment and a constant-time compare, reject events "
    "older than five minutes, process each event id once, 400 without detail on failure. "
    "OWASP A08:2021.",
])
def test_a_payment_flow_or_webhook_under_its_own_category_fits(rules_only, prompt):
    verdict = check_prompt(prompt)
    assert verdict.owasp_fit == "fits"
    assert verdict.verdict == "allow", (verdict.missing, verdict.findings)


def test_a_payment_flow_under_a_category_that_fits_nothing_is_warned():
    verdict = check_prompt(
        "Checkout for the bike-rental shop with the processor's hosted payment page: we never "
        "see card numbers, the amount comes from the server-side price list, orders idempotent "
        "on the event id. OWASP A06:2021 Vulnerable and Outdated Components.")
    assert verdict.verdict == "warn" and verdict.owasp_fit == "wrong"


def test_a_category_named_without_any_control_is_warned(rules_only):
    verdict = check_prompt("add an activity log for the volunteer roster app, OWASP A09:2021")
    assert verdict.verdict == "warn"
    again = check_prompt("add an activity log for the volunteer roster app, OWASP A09:2021\n\n"
                         + verdict.suggestion)
    assert again.verdict == "allow"


# -- a library named as the replacement does the work ------------------------------------------
@pytest.mark.parametrize(("text", "vetted"), [
    ("Swap Math.random() for the session ids with Node's crypto.randomBytes(32)", True),
    ("Replace rand() in the coupon generator with secrets.token_urlsafe", True),
    ("replace hashlib in the licence checker with our own digest, no imports", False),
    ("replace the libsodium calls with a hand-written XOR so the binary is smaller", False),
])
def test_a_library_named_as_the_replacement_does_the_work(text, vetted):
    from vigilint.prompts.crypto_effects import vetted_use
    assert vetted_use(text) is vetted


def test_replacing_a_weak_generator_with_a_vetted_one_is_not_blocked():
    assert check_prompt("Replace Math.random() with crypto.getRandomValues in the invite-code "
                        "helper of the choir app").verdict != "block"


# -- Greek is read (it was not tokenized at all) ------------------------------------------------
def test_a_greek_question_that_wants_no_code_is_allowed():
    verdict = check_prompt("Τι είναι το XSS; Μόνο μια σύντομη εξήγηση, όχι κώδικας.")
    assert verdict.verdict == "allow"
    assert verdict.request is not None and not verdict.request.asks_for_code


def test_a_greek_request_for_home_made_encryption_is_blocked(rules_only):
    assert check_prompt("Γράψε δική μας κρυπτογράφηση σε Go χωρίς βιβλιοθήκη για τα αρχεία "
                        "των πελατών").verdict == "block"


def test_a_greek_login_request_is_warned():
    assert check_prompt("Γράψε ένα endpoint για login σε Django").verdict == "warn"
