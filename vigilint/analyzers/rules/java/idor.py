"""## What it does
Flags a record read, changed or deleted by an id from the request (`@PathVariable`,
`@RequestParam`, `@PathParam`, `request.getParameter`) in a handler that knows its caller
(method security, a `Principal`/`Authentication` parameter, `getUserPrincipal()`), when nothing
ties the record to that caller: Spring Data `findById`/`getById`/`deleteById`, JPA
`em.find(Order.class, id)`, DAO `findById`, `JdbcTemplate` queries `... WHERE id = ?`, JDBC
`prepareStatement("... WHERE id = ?")` with the values bound by `ps.setLong(1, id)`.
Ownership is recognised in the lookup (`findByIdAndOwnerUsername(id, principal.getName())`, a
query filtering by the owner) and in the handler (a condition comparing the record with the
caller, a policy call such as `hasPermission`). Administrators' handlers and records that are
not per-user data are left alone.

## Why is this bad?
Any logged-in user can change the id in the URL and read or modify another user's record
(insecure direct object reference, CWE-639).

## Example
```java
@GetMapping("/accounts/{id}")
Account get(@PathVariable long id) { return accounts.findById(id).orElseThrow(); }
```

## Use instead
```java
@GetMapping("/accounts/{id}")
Account get(@PathVariable long id, Principal me) {
    return accounts.findByIdAndOwnerUsername(id, me.getName()).orElseThrow();
}
```

## References
- CWE-639: Authorization Bypass Through User-Controlled Key
- OWASP A01:2021 / A01:2025 Broken Access Control
"""

from __future__ import annotations

from vigilint.analyzers.access.java.records import HOOKS
from vigilint.analyzers.access.rules import ownership_rule

RULE = ownership_rule(
    id="VG-JAVA-AUTH-002", name="idor-lookup-by-request-id", language="java", hooks=HOOKS,
    likelihood="likely",
    message="A record is looked up by an id from the request with no check that it belongs to "
            "the caller; filter by the owner.",
    prefilter=("ById", "find(", "By", "query", "update(", "prepareStatement", "prepareCall",
               "Dao", "DAO", "dao", "Repo", "repo", "Store", "store"),
)
