"""## What it does
Flags a caller's identity or rights taken from the request instead of the verified session or
token: a role, user id or "admin"/"editor" flag read from a cookie (`r.Cookie`, Gin/Echo
`c.Cookie`, Fiber `c.Cookies`), a header (`r.Header.Get`, `c.GetHeader`), the query or form
(`r.URL.Query().Get`, `r.FormValue`, `c.Query`) and then used to decide access, stored as the
caller (`c.Set("user", ...)`, `context.WithValue(ctx, userKey, ...)`) or passed on as the
caller's id; claims of a JWT parsed with `ParseUnverified` (or a payload decoded by hand with
base64) used the same way; and `X-Forwarded-For`/`X-Real-IP`, Gin's `ClientIP()` or Echo's
`RealIP()` without trusted proxies compared with an allowlist. The finding is at the read, with
the check that trusts it as a related location. Also flagged, whatever is done with the result:
a token decoded with its signature check switched off and never verified in the same function
(golang-jwt `ParseUnverified`, go-jose `UnsafeClaimsWithoutVerification`, jwx `ParseInsecure`);
a client value compared with a fixed one that decides whether the authentication step runs
(CWE-807: `if (req.get('x-preview') !== 'editor') authenticate(...)`), at the `if`; and each
check on what an address helper returns (`ip = clientIp(req); if (ip ...)`). The rightmost
`X-Forwarded-For` entry (appended by the nearest proxy) and a client id compared with the
verified caller (an ownership check) are not flagged.

## Why is this bad?
The client sets cookies, headers and the query to anything it likes: `X-Admin: true` makes
anyone an administrator, and any caller can claim `X-Real-IP: 10.0.0.1` (CWE-565, CWE-639,
CWE-290). `ParseUnverified` returns claims nobody signed.

## Example
```go
if c.GetHeader("X-Admin") != "true" {
    c.AbortWithStatus(http.StatusForbidden)
}
```

## Use instead
```go
claims := c.MustGet("claims").(jwt.MapClaims) // set by the JWT middleware after verifying
if claims["role"] != "admin" { ... }
```

## References
- CWE-565: Reliance on Cookies without Validation and Integrity Checking
- CWE-639: Authorization Bypass Through User-Controlled Key
- CWE-290: Authentication Bypass by Spoofing
- OWASP A01:2021 / A01:2025 Broken Access Control
"""

from __future__ import annotations

from vigilint.analyzers.access.go.reads import HOOKS
from vigilint.analyzers.access.rules import identity_rule

RULE = identity_rule(
    id="VG-GO-AUTH-003", language="go", hooks=HOOKS,
    prefilter=("Header", "Cookie", "Query", "FormValue", "ParseUnverified", "ClientIP", "RealIP",
               "DecodeString", "Param", "Unverified", "Insecure", "GetString", "GetInt",
               "GetBool"),
)
