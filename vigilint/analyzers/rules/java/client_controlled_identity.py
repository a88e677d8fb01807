"""## What it does
Flags a caller's identity or rights taken from the request instead of the verified session or
security context: a role, user id or "admin"/"internal" flag read from a cookie (a
`getCookies()` loop, `@CookieValue`), a header (`getHeader`, `@RequestHeader`, `@HeaderParam`),
a request parameter (`getParameter`, `@RequestParam`) and then used to decide access, stored as
the caller (`session.setAttribute("user", ...)`) or passed on as the caller's id; claims of a
JWT read without checking its signature (auth0 `JWT.decode`, jjwt `parseClaimsJwt`, Nimbus
`SignedJWT.parse` without `verify`) used the same way; and `X-Forwarded-For`/`X-Real-IP`
compared with an allowlist. The finding is at the read, with the check that trusts it as a
related location. Also flagged, whatever is done with the result: a token decoded with its
signature check switched off and never verified in the same function (jjwt `parse` on a parser
given a signing key (or with a plaintext-JWT handler), which returns an unsigned token as
readily as a signed one, and `parseClaimsJwt`); a client value compared with a fixed one that
decides whether the authentication step runs (CWE-807: `if (req.get('x-preview') !== 'editor')
authenticate(...)`), at the `if`; and each check on what an address helper returns (`ip =
clientIp(req); if (ip ...)`). The rightmost `X-Forwarded-For` entry (appended by the nearest
proxy) and a client id compared with the verified caller (an ownership check) are not flagged.

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
