"""## What it does
Flags a record read, changed or deleted by an id from the request (`c.Param("id")`,
`chi.URLParam`, `mux.Vars(r)["id"]`, `r.PathValue`, the query or form) in a handler that knows
its caller (a guarded route, or the caller read from the context), when nothing ties the record
to that caller: GORM `First(&order, id)`, `Where("id = ?", id).First(&x)`, `Delete(&T{}, id)`,
and `database/sql`/sqlx queries `... WHERE id = $1`. Ownership is recognised in the lookup (a
condition on the owner: `"id = ? AND user_id = ?"` with the caller's id) and in the handler (a
comparison of the record with the caller). Administrators' routes and records that are not
per-user data are left alone.

## Why is this bad?
Any logged-in user can change the id in the URL and read or modify another user's record
(insecure direct object reference, CWE-639).

## Example
```go
h.db.First(&order, c.Param("id"))
```

## Use instead
```go
h.db.Where("id = ? AND user_id = ?", c.Param("id"), c.MustGet("userID")).First(&order)
```

## References
- CWE-639: Authorization Bypass Through User-Controlled Key
- OWASP A01:2021 / A01:2025 Broken Access Control
"""

from __future__ import annotations

from vigilint.analyzers.access.go.records import HOOKS
from vigilint.analyzers.access.rules import ownership_rule

RULE = ownership_rule(
    id="VG-GO-AUTH-002", name="idor-lookup-by-request-id", language="go", hooks=HOOKS,
    likelihood="likely",
    message="A record is looked up by an id from the request with no check that it belongs to "
            "the caller; filter by the owner.",
    prefilter=("First(", "Find(", "Take(", "Delete(", "Where(", "Query", "Exec", "Get(",
               "Select("),
)
