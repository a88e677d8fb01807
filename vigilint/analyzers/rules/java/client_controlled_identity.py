"""## What it does
Flags a caller's identity or rights taken from the request instead of the verified session or
security context: a role, user id or "admin"/"internal" flag read from a cookie (a
`getCookies()` loop, `@CookieValue`), a header (`getHeader`, `@RequestHeader`, `@HeaderParam`),
a request parameter (`getParameter`, `@RequestParam`) and then used to decide access, stored
as the caller (`session.setAttribute("user", ...)`) or passed on as the caller's id; claims of
a JWT read without checking its signature (auth0 `JWT.decode`, jjwt `parseClaimsJwt`, Nimbus
`SignedJWT.parse` without `verify`) used the same way; and `X-Forwarded-For`/`X-Real-IP`
compared with an allowlist. The finding is at the read, with the check that trusts it as a
related location.

## Why is this bad?
The client sets cookies, headers and parameters to anything it likes: `X-Customer-Id: 42`
acts as customer 42 and `role=editor` makes anyone an editor (CWE-565, CWE-639, CWE-290).

## Example
```java
@PostMapping("/transfers")
void transfer(@RequestHeader("X-Customer-Id") long customerId, ...) { ... }
```

## Use instead
```java
@PostMapping("/transfers")
void transfer(@AuthenticationPrincipal Customer customer, ...) { ... }
```

## References
- CWE-565: Reliance on Cookies without Validation and Integrity Checking
- CWE-639: Authorization Bypass Through User-Controlled Key
- CWE-290: Authentication Bypass by Spoofing
- OWASP A01:2021 / A01:2025 Broken Access Control
"""

from __future__ import annotations

from vigilint.analyzers.access.java.reads import HOOKS
from vigilint.analyzers.access.rules import identity_rule

RULE = identity_rule(
    id="VG-JAVA-AUTH-003", language="java", hooks=HOOKS,
    prefilter=("getHeader", "getParameter", "getCookies", "RequestHeader", "CookieValue",
               "RequestParam", "HeaderParam", "QueryParam", "CookieParam", "decode", "parse",
               "@Header", "QueryValue", "ctx.header", "ctx.cookie", "ctx.queryParam",
               "ctx.formParam"),
)
