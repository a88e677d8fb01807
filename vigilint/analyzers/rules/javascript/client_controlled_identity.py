"""## What it does
Flags a caller's identity or rights taken from the request instead of the verified session or
token: a role, user id, "admin"/"logged in" flag read from a cookie (`req.cookies`, Koa
`ctx.cookies.get`, Next `request.cookies.get`/`cookies()`), a header (`req.headers[...]`,
`req.get(...)`, NestJS `@Headers()`), the query string or the body and then used to decide
access, stored as the current caller (`req.user = ...`, `res.locals.user = ...`) or used to look
the caller's record up; claims of a JWT decoded without verifying its signature
(`jsonwebtoken`'s `jwt.decode`, `jwt-decode`, jose's `decodeJwt`, `atob(token.split(".")[1])`)
used the same way; and a forwarded address (`x-forwarded-for`, `req.ip` with `trust proxy` set
to `true`) compared with an allowlist. The finding is at the read, with the check that trusts it
as a related location. Also flagged, whatever is done with the result: a token decoded with its
signature check switched off and never verified in the same function (`jwt.decode`/`decodeJwt`
of a request's token in a handler registered with no middleware, in an app that verifies no
token, and `jwt.verify(token, "")` with no key); a client value compared with a fixed one that
decides whether the authentication step runs (CWE-807: `if (req.get('x-preview') !== 'editor')
authenticate(...)`), at the `if`; and each check on what an address helper returns (`ip =
clientIp(req); if (ip ...)`). The rightmost `X-Forwarded-For` entry (appended by the nearest
proxy) and a client id compared with the verified caller (an ownership check) are not flagged.

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

from vigilint.analyzers.access.javascript.reads import HOOKS
from vigilint.analyzers.access.rules import identity_rule

RULE = identity_rule(
    id="VG-JS-AUTH-004", language="javascript", hooks=HOOKS,
    prefilter=("req", "ctx", "cookies", "headers", "Headers", "Query", "Body", "decode", "Decode",
               "atob", "Buffer.from", "verify"),
)
