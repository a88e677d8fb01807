"""## What it does
Flags a caller's identity or rights taken from the request instead of the verified session or
token: a role, user id, "admin"/"logged in" flag read from a cookie (`request.cookies`,
`request.COOKIES`, Tornado `get_cookie`), a header (`request.headers`, FastAPI `Header()`), the
query string or the body and then used to decide access, stored as the current caller (`g.user =
...`, `login_user(...)`) or used to look the caller's record up; claims of a JWT decoded without
verifying its signature (`options={"verify_signature": False}`, `get_unverified_claims`, a
payload decoded by hand with base64) used the same way; and a forwarded address header
(`X-Forwarded-For`, `X-Real-IP`, `request.access_route`) compared with an allowlist. The finding
is at the read, with the check that trusts it as a related location. Also flagged, whatever is
done with the result: a token decoded with its signature check switched off and never verified
in the same function (PyJWT `verify_signature: False`/`verify=False`, python-jose
`get_unverified_claims` and python_jwt `process_jwt`); a client value compared with a fixed one
that decides whether the authentication step runs (CWE-807: `if (req.get('x-preview') !==
'editor') authenticate(...)`), at the `if`; and each check on what an address helper returns
(`ip = clientIp(req); if (ip ...)`). The rightmost `X-Forwarded-For` entry (appended by the
nearest proxy) and a client id compared with the verified caller (an ownership check) are not
flagged.

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

from vigilint.analyzers.access.python.reads import HOOKS
from vigilint.analyzers.access.rules import identity_rule

RULE = identity_rule(
    id="VG-PY-AUTH-004", language="python", hooks=HOOKS,
    prefilter=("request", "Header", "Cookie", "get_cookie", "decode", "get_unverified",
               "process_jwt", "get_header", "req."),
)
