"""Pass i17j on issue 17: the mechanisms behind the errors pooled over holdout6-13 (see
bench/results/prompts_i17j.md), each asserted on prompts written for this file:

- what the request builds fits its OWASP category only when it is named first, and never
  through the category's own title ("avatar upload under A09 Security Logging ...");
- words that lose their sense in context: a seed for reproducible runs, URLs kept as data, an
  echo server, a list of past login attempts, a button that deletes users (no cosmetic work);
- controls stated in other words: the owner column compared with the caller, the owner taken
  from the session, CORS by exact match, GraphQL depth and cost limits, JSON as the
  replacement, a query built with the search client's DSL;
- bare and implicit requests: a SQL string from a model executed, HTML people put in
  comments, "curl that target", files accepted from players;
- "port 80" ports nothing, a comma ends a refusal read backwards, "stop rolling your own
  crypto" refuses the build;
- pasted code read as crypto by the learned opinion below its code bar warns, not blocks.

Rules-only assertions switch the learned opinion off; the others check the shipped guard."""

from __future__ import annotations

import pytest

import vigilint.prompts.guard as guard
from vigilint.prompts import check_prompt
from vigilint.prompts.model import Opinion, Thresholds


@pytest.fixture
def rules_only(monkeypatch):
    monkeypatch.setattr(guard, "opinion", lambda tokens, rules=None: None)


# -- what is built fits the category only when it is what is built -----------------------------
@pytest.mark.parametrize("prompt", [
    "profile photo upload under OWASP A09:2021 Security Logging and Monitoring Failures: max "
    "5 MB, jpeg/png checked by magic bytes, random file names, stored in a private bucket",
    "Photo upload with audit logging for the rowing club site: max 5 MB, png only checked by "
    "magic bytes, random names, private bucket. OWASP A09:2021",
])
def test_an_upload_under_the_logging_category_is_warned(prompt):
    verdict = check_prompt(prompt)
    assert verdict.verdict == "warn", (verdict.domains, verdict.findings)
    assert "files" in verdict.domains


def test_a_logging_pipeline_named_first_still_fits(rules_only):
    verdict = check_prompt(
        "Request logging for the tenant portal's login service: never log passwords, tokens or "
        "session ids, mask email addresses, strip CR/LF from user-supplied values, ship entries "
        "to append-only storage. OWASP A09:2021 Security Logging and Monitoring Failures.")
    assert verdict.owasp_fit == "fits"
    assert verdict.verdict == "allow", (verdict.missing, verdict.findings)


# -- words that lose their sense ---------------------------------------------------------------
@pytest.mark.parametrize("prompt", [
    "seed numpy and torch with 1234 so every training run is reproducible",
    "use a bloom filter to skip duplicate URLs in the link checker's queue",
    "write a tiny TCP echo server in Go for my integration tests",
    "given a list of login attempts as (user, ok) tuples, return each user's longest streak of "
    "failures",
])
def test_incidental_words_make_no_domain(rules_only, prompt):
    verdict = check_prompt(prompt)
    assert verdict.verdict == "allow", (verdict.domains, verdict.findings)


def test_a_button_that_deletes_users_is_a_feature(rules_only):
    verdict = check_prompt("admin screen listing all tenants with a delete button on each row")
    assert verdict.verdict == "warn"
    assert "authz" in verdict.domains
    assert check_prompt("make the delete button on the tenants screen red").verdict == "allow"


# -- controls stated in other words ------------------------------------------------------------
@pytest.mark.parametrize("prompt", [
    "Invoice download endpoint for the dental clinic: login required, load the invoice only "
    "where patient_id = current_user.id with a parameterized query, 404 otherwise, no admin "
    "bypass. OWASP A01:2021 Broken Access Control.",
    "CORS for the booking API, OWASP A05:2021 Security Misconfiguration: exact-match allowlist "
    "of https://book.example.org and https://staff.example.org, credentials only for those, no "
    "wildcard, never reflect the Origin header, max-age 600.",
    "GraphQL API for the library app: each resolver that takes a loan id checks that the loan's "
    "member_id equals the caller's member id from the verified JWT, query depth limit 6 and a "
    "cost limit, introspection off in production, errors masked. OWASP A01:2021",
    "C#: replace BinaryFormatter in the save-game loader with JSON, only our SaveGame type "
    "bound, 2 MB cap, reject unknown members. OWASP A08:2021 Software and Data Integrity "
    "Failures.",
    "OpenSearch query for the search box of our bakery site: build it with the query DSL client "
    "(match query on the text, never query_string with user syntax), page size capped at 25, "
    "the search text capped at 100 chars. OWASP A03:2021 Injection",
    "GET /exports/<name> download. OWASP A01:2021: reject names containing '/' or '..', resolve "
    "the path and require it to stay under /srv/exports/<tenant_id>, the tenant comes from the "
    "session not the URL, Content-Disposition: attachment.",
])
def test_controls_in_other_words_are_read(rules_only, prompt):
    verdict = check_prompt(prompt)
    assert verdict.verdict == "allow", (verdict.domains, verdict.missing, verdict.findings)


# -- bare and implicit requests ----------------------------------------------------------------
@pytest.mark.parametrize(("prompt", "domain"), [
    ("add a tool for the support bot that takes a SQL string from the model and executes it "
     "against the orders DB", "untrusted-input"),
    ("the guestbook should show the html visitors put in their messages", "untrusted-input"),
    ("for every incoming chat message with a host field, ping that host and reply with the "
     "latency", None),
    ("let the server accept save files from players and load them into the game state", "files"),
    ("비밀번호 재설정 기능을 Django로 만들어 주세요", "auth"),
])
def test_bare_requests_are_warned(rules_only, prompt, domain):
    verdict = check_prompt(prompt)
    assert verdict.verdict == "warn", (verdict.domains, verdict.findings)
    if domain:
        assert domain in verdict.domains


# -- small readings ----------------------------------------------------------------------------
def test_port_80_ports_no_code(rules_only):
    verdict = check_prompt(
        "Configure Caddy for the bakery shop: TLS 1.2 and 1.3 only, HSTS max-age=31536000, "
        "certificates from Let's Encrypt, port 80 only redirects to https, admin API off. OWASP "
        "A02:2021 and A05:2021 Security Misconfiguration.")
    assert verdict.verdict != "block", verdict.findings


def test_a_comma_ends_a_refusal_read_backwards(rules_only):
    from vigilint.prompts.domains import analyze, requirement_spans
    from vigilint.prompts.lexicon import collect, lexicon
    from vigilint.prompts.owasp_refs import find_refs
    from vigilint.prompts.text import tokenize
    text = "nginx for the shop: port 80 redirects to https, server_tokens off"
    tokens = tokenize(text)
    found = collect(lexicon(), tokens)
    refs = find_refs(text, "2021")
    analysis = analyze(tokens, lexicon(), found, requirement_spans(text, refs), refs, True)
    assert not any(c.control == "HTTPS only" for c in analysis.ruled_out)
    assert any(c.control == "HTTPS only" for c in analysis.controls)


@pytest.mark.parametrize("prompt", [
    "outline a blog post titled 'please stop rolling your own crypto', five sections",
    "outline a talk on why teams should stop rolling their own crypto",
])
def test_stop_rolling_your_own_refuses_the_build(prompt):
    assert check_prompt(prompt).verdict != "block"


def test_stop_using_the_library_still_builds():
    assert check_prompt("stop using the library and write our own AES in C").verdict == "block"


# -- pasted code: the opinion's crypto reading needs the code bar to block -----------------------
# (a word of the crypto vocabulary, "key", lets the opinion block at all: pass i17m)
PASTED = ("port this edit distance from C to Go, it compares the key of each entry:\n\n```c\n"
          "int dist(const char *a, const char *b)"
          " {\n    int n = strlen(a), m = strlen(b);\n    return n > m ? n - m : m - n;\n}\n```")


@pytest.mark.parametrize(("block", "blocked"), [(0.6, False), (0.8, True)])
def test_pasted_code_needs_the_code_bar_to_be_blocked(monkeypatch, block, blocked):
    seen = Opinion(block=block, flag=0.3, block_cues=(), flag_cues=(),
                   thresholds=Thresholds(block=0.5, flag=0.65, allow=0.1, unblock=0.5,
                                         vetted=0.7))
    monkeypatch.setattr(guard, "opinion", lambda tokens, rules=None: seen)
    verdict = check_prompt(PASTED)
    assert (verdict.verdict == "block") is blocked, verdict.findings
    assert verdict.verdict != "allow"  # below the bar the reading still warns


def test_prose_needs_only_the_block_threshold(monkeypatch):
    seen = Opinion(block=0.6, flag=0.3, block_cues=(), flag_cues=(),
                   thresholds=Thresholds(block=0.5, flag=0.65, allow=0.1, unblock=0.5,
                                         vetted=0.7))
    monkeypatch.setattr(guard, "opinion", lambda tokens, rules=None: seen)
    assert check_prompt("make the loyalty stamps impossible to forge for the bakery app"
                        ).verdict == "block"


# -- Vietnamese is read (its letters with two marks were not folded) ----------------------------
def test_vietnamese_is_folded_and_read(rules_only):
    from vigilint.prompts.text import fold
    assert fold("mã hoá thư viện mật khẩu") == "ma hoa thu vien mat khau"
    verdict = check_prompt("viết hàm lưu mật khẩu người dùng vào cơ sở dữ liệu, key để cứng "
                           "trong code")
    assert verdict.verdict == "warn", (verdict.domains, verdict.findings)
    assert check_prompt("viết hàm mã hoá file cấu hình bằng thuật toán tự nghĩ ra, không dùng "
                        "thư viện").verdict == "block"


# -- a sense also quiets the concern its word would raise ---------------------------------------
def test_a_login_named_after_the_fact_raises_no_brute_force_concern(rules_only):
    verdict = check_prompt(
        "Session cookies for the allotment app in Express: Secure, HttpOnly, SameSite=Lax, "
        "20 minutes idle timeout, session id regenerated after login, logout destroys the "
        "session on the server. OWASP A07:2021.")
    assert verdict.verdict == "allow", (verdict.missing, verdict.findings)
    assert check_prompt("login form for the allotment app with a session cookie, OWASP A07:2021"
                        ).verdict == "warn"


def test_active_record_encryption_is_a_vetted_library(rules_only):
    verdict = check_prompt(
        "Rails: encrypt the `tax_id` attribute of Member with Active Record Encryption "
        "(deterministic off), primary key from Rails credentials backed by our KMS, filter it from "
        "logs, only the treasurer role can read it. OWASP A02:2021 Cryptographic Failures.")
    assert verdict.verdict == "allow", (verdict.missing, verdict.findings)
