"""## What it does
Flags Go HTTP routes without the guard their sibling routes carry: net/http `HandleFunc`/
`Handle` whose siblings wrap their handler (`requireAuth(h)`, `s.requireLogin(http.HandlerFunc(h))`,
`alice.New(auth).Then(h)`), routes declared on a router outside the guarded group or subrouter
(gorilla/mux `PathPrefix(...).Subrouter()` + `Use`, chi `Group`/`Route`/`With`, Gin/Echo/Fiber
`Group(prefix, auth)` and `Use(auth)`), and per-route middleware arguments the siblings have.
A route is reported when it changes data or does administrative work and its siblings are
guarded, or when it does administrative or destructive work
with no guard while other routes of the file have one; a server file with no authentication
at all gets one note at its first administrative route. Public routes (login, signup, health,
static, docs, signed webhooks) are left alone. The quick fix wraps the handler in the
siblings' wrapper or adds their middleware argument.

## Why is this bad?
When most routes are wrapped in `requireAuth(...)` and one is not, that one is usually an
oversight: anyone can call it without logging in (CWE-862, CWE-306).

## Example
```go
r.HandleFunc("/api/users", requireAuth(listUsers))
r.HandleFunc("/api/users/delete", deleteUser)         // no auth
```

## Use instead
```go
r.HandleFunc("/api/users/delete", requireAuth(deleteUser))
// or: protected := r.PathPrefix("/api").Subrouter(); protected.Use(authMiddleware)
```

## References
- CWE-862: Missing Authorization
- CWE-306: Missing Authentication for Critical Function
- OWASP A01:2021 / A01:2025 Broken Access Control
"""

from __future__ import annotations

from vigilint.analyzers.access.go import inventory
from vigilint.analyzers.access.rules import gap_rule

RULE = gap_rule(
    id="VG-GO-AUTH-001", name="route-without-auth", language="go", cwe=(862, 306),
    likelihood="possible",
    message="A route lacks the authentication its sibling routes use; wrap it in the same auth "
            "middleware.",
    prefilter=("Handle", "GET", "POST", "PUT", "PATCH", "DELETE", "Get(", "Post(", "Put(",
               "Patch(", "Delete(", "Any(", "Method", "Router("),
    inventory=inventory,
)
