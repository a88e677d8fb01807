"""## What it does
Flags a caller's identity or rights taken from the request instead of the verified session or
token: a role, user id, "admin"/"logged in" flag read from a cookie (`req.cookies`, Koa
`ctx.cookies.get`, Next `request.cookies.get`/`cookies()`), a header (`req.headers[...]`,
`req.get(...)`, NestJS `@Headers()`), the query string or the body and then used to decide
access, stored as the current caller (`req.user = ...`, `res.locals.user = ...`) or used to
look the caller's record up; claims of a JWT decoded without verifying its signature
(`jsonwebtoken`'s `jwt.decode`, `jwt-decode`, jose's `decodeJwt`, `atob(token.split(".")[1])`)
used the same way; and a forwarded address (`x-forwarded-for`, `req.ip` with `trust proxy`
set to `true`) compared with an allowlist. The finding is at the read, with the check that
trusts it as a related location.

## Why is this bad?
The client sets cookies, headers, query and body to anything it likes: `x-user-role: admin`
makes anyone an administrator, `uid=1` in a cookie makes them user 1 (CWE-565, CWE-639,
CWE-290). A decoded-but-unverified token is JSON the client wrote.

## Example
```js
if (req.headers["x-user-role"] === "admin") return next();
```

## Use instead
```js
if (req.user?.role === "admin") return next(); // set by the JWT/session middleware
```

## References
- CWE-565: Reliance on Cookies without Validation and Integrity Checking
- CWE-639: Authorization Bypass Through User-Controlled Key
- CWE-290: Authentication Bypass by Spoofing
- OWASP A01:2021 / A01:2025 Broken Access Control
"""

from __future__ import annotations

from collections.abc import Iterator

from vigilint.analyzers.access.javascript.reads import HOOKS
from vigilint.analyzers.access.report_identity import identity_hits
from vigilint.analyzers.context import FileContext, Hit
from vigilint.model import Rule


def _check(ctx: FileContext) -> Iterator[Hit]:
    yield from identity_hits(ctx, HOOKS)


RULE = Rule(
    id="VG-JS-AUTH-004",
    name="client-controlled-identity",
    category="access-control",
    languages=("javascript",),
    cwe=(565, 639, 290),
    likelihood="likely",
    impact="high",
    confidence="medium",
    message="The caller's identity or role comes from the request, which the client controls; "
            "take it from the verified session or token.",
    prefilter=("req", "ctx", "cookies", "headers", "Headers", "Query", "Body", "decode", "Decode",
               "atob", "Buffer.from"),
    check_file=_check,
)
