"""## What it does
Flags a caller's identity or rights taken from the request instead of the verified session or
token: a role, user id, "admin"/"logged in" flag read from a cookie (`request.cookies`,
`request.COOKIES`, Tornado `get_cookie`), a header (`request.headers`, FastAPI `Header()`),
the query string or the body and then used to decide access, stored as the current caller
(`g.user = ...`, `login_user(...)`) or used to look the caller's record up; claims of a JWT
decoded without verifying its signature (`options={"verify_signature": False}`,
`get_unverified_claims`, a payload decoded by hand with base64) used the same way; and a
forwarded address header (`X-Forwarded-For`, `X-Real-IP`, `request.access_route`) compared with
an allowlist. The finding is at the read, with the check that trusts it as a related location.

## Why is this bad?
The client sets cookies, headers, query and body to anything it likes: `role=admin` in a
cookie or `X-User-Id: 1` in a header makes anyone an administrator or another user
(CWE-565, CWE-639, CWE-290). An unverified token is JSON the client wrote, and any caller can
send `X-Forwarded-For: 10.0.0.5`.

## Example
```python
if request.cookies.get("role") != "admin":
    abort(403)
```

## Use instead
```python
if not current_user.is_authenticated or not current_user.is_admin:
    abort(403)
```

## References
- CWE-565: Reliance on Cookies without Validation and Integrity Checking
- CWE-639: Authorization Bypass Through User-Controlled Key
- CWE-290: Authentication Bypass by Spoofing
- OWASP A01:2021 / A01:2025 Broken Access Control
"""

from __future__ import annotations

from collections.abc import Iterator

from vigilint.analyzers.access.python.reads import HOOKS
from vigilint.analyzers.access.report_identity import identity_hits
from vigilint.analyzers.context import FileContext, Hit
from vigilint.model import Rule


def _check(ctx: FileContext) -> Iterator[Hit]:
    yield from identity_hits(ctx, HOOKS)


RULE = Rule(
    id="VG-PY-AUTH-004",
    name="client-controlled-identity",
    category="access-control",
    languages=("python",),
    cwe=(565, 639, 290),
    likelihood="likely",
    impact="high",
    confidence="medium",
    message="The caller's identity or role comes from the request, which the client controls; "
            "take it from the verified session or token.",
    prefilter=("request", "Header", "Cookie", "get_cookie", "decode", "get_unverified"),
    check_file=_check,
)
